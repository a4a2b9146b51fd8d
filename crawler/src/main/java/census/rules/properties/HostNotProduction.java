package census.rules.properties;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.info.Documents;
import census.rules.info.WebAddresses;
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
    files = {"apiDefinition.swagger.json", "apiProperties.json"},
    source =
        Sources.AUTHORING
            + ", key rules: host \"Production host URL only. Staging, dev, and test host URLs are"
            + " not allowed\"; "
            + Sources.A_TO_Z
            + ", \"audited for the use of production URLs\"",
    doc =
        "host is the service's production host: not localhost or another single-label name, not"
            + " an IP address, not a name reserved for examples (example.com, .test, .invalid,"
            + " .localhost), and no label below the registered domain names a development stage"
            + " (dev, test, staging, qa, uat, sandbox, ...). The registered domain itself is not"
            + " judged: dev.to and swapi.dev are production sites. Nor is a host that a"
            + " dynamichosturl policy replaces, or one an on-premises data gateway resolves"
            + " (a gatewaySetting connection parameter).",
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
          "preprod");

  /** Names reserved for documentation and testing (RFC 2606, RFC 6761). */
  static final Set<String> RESERVED_DOMAINS = Set.of("example.com", "example.net", "example.org");

  static final Set<String> RESERVED_SUFFIXES =
      Set.of("test", "example", "invalid", "localhost", "local");

  private static final Splitter PARTS = Splitter.on('-').omitEmptyStrings();

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    boolean elsewhere =
        Documents.properties(connector)
            .map(
                doc ->
                    !Policies.of(doc, Policies.DYNAMIC_HOST).isEmpty()
                        || ConnectionParameters.all(doc).stream()
                            .anyMatch(ConnectionParameters.Parameter::isGateway))
            .orElse(false);
    if (elsewhere) {
      return;
    }
    connector
        .definition()
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
    InternetDomainName name = InternetDomainName.from(host);
    List<String> labels = name.parts();
    if (labels.size() == 1) {
      return Optional.of("is a single-label name that only resolves on a local network");
    }
    if (RESERVED_SUFFIXES.contains(labels.get(labels.size() - 1))) {
      return Optional.of("is in a top-level domain reserved for testing");
    }
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
