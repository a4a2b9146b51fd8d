package census.rules.info;

import census.connector.ConnectorContext;
import census.model.Severity;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import com.google.common.base.Splitter;
import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@AutoService(Rule.class)
@RuleInfo(
    id = "HostNotProduction",
    severity = Severity.ERROR,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.AUTHORING
            + ", key rules: host \"Production host URL only. Staging, dev, and test host URLs are"
            + " not allowed\"; "
            + Sources.A_TO_Z
            + ", \"audited for the use of production URLs\"",
    doc =
        "host is the service's production host: not localhost, an IP address or a name reserved"
            + " for examples (example.com, .test, .invalid, .localhost), and no label below the"
            + " registered domain names a development stage (dev, test, staging, qa, uat,"
            + " sandbox, ...). The registered domain itself is not judged: dev.to and"
            + " swapi.dev are production sites.",
    fix = "Point host at the production API, e.g. api.contoso.com rather than api-dev.contoso.com.")
public final class HostNotProduction implements Rule {
  /** Words that name a non-production stage when they are a label or a hyphen-separated part. */
  static final Set<String> STAGES =
      Set.of(
          "dev",
          "develop",
          "development",
          "test",
          "testing",
          "staging",
          "stage",
          "stg",
          "qa",
          "uat",
          "sandbox",
          "preprod",
          "localhost");

  /** Names reserved for documentation and testing (RFC 2606, RFC 6761). */
  static final Set<String> RESERVED_DOMAINS = Set.of("example.com", "example.net", "example.org");

  static final Set<String> RESERVED_SUFFIXES =
      Set.of("test", "example", "invalid", "localhost", "local");

  private static final Splitter PARTS = Splitter.on('-').omitEmptyStrings();

  @Override
  public void check(ConnectorContext connector, Findings findings) {
    Documents.swagger(connector)
        .ifPresent(
            doc -> {
              JsonNode host = doc.tree().path("host");
              if (host.isTextual()) {
                WebAddresses.host(host.asText())
                    .flatMap(h -> problem(h.getHost().toLowerCase(Locale.ROOT)))
                    .ifPresent(
                        why ->
                            findings.at(
                                doc,
                                "/host",
                                "host \"" + host.asText() + "\" " + why + ", not production"));
              }
            });
  }

  static Optional<String> problem(String host) {
    if (InetAddresses.isInetAddress(host)) {
      return Optional.of("is an IP address");
    }
    List<String> labels = InternetDomainName.from(host).parts();
    String last = labels.get(labels.size() - 1);
    if (labels.size() == 1 || RESERVED_SUFFIXES.contains(last)) {
      return Optional.of("is a local or reserved name");
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderRegistrySuffix()) {
      return Optional.empty();
    }
    InternetDomainName registered = name.topDomainUnderRegistrySuffix();
    if (RESERVED_DOMAINS.contains(registered.toString())) {
      return Optional.of("is in a domain reserved for examples");
    }
    List<String> below = labels.subList(0, labels.size() - registered.parts().size());
    for (String label : below) {
      for (String part : PARTS.split(label)) {
        if (STAGES.contains(part)) {
          return Optional.of("names the stage \"" + part + "\"");
        }
      }
    }
    return Optional.empty();
  }
}
