package census.rules.files;

import census.connector.TextFile;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.JsonTrail;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "SecretInFile",
    severity = Severity.ERROR,
    files = {
      "apiDefinition.swagger.json",
      "apiProperties.json",
      "settings.json",
      "readme.md",
      "intro.md"
    },
    source =
        Sources.AUTHORING
            + ", PR checklist: \"No secrets or real API keys in any file\"; \"Don't: Include real"
            + " API keys or secrets in files (use dummy values: <<Enter your API key>>)\"",
    doc =
        "No file holds a credential: a key in a well-known format (AWS, GitHub, Slack, Stripe,"
            + " Google, SendGrid, OpenAI, private key blocks, JSON web tokens) anywhere, or a value"
            + " that looks real (long, random, not a placeholder) in a field or parameter named"
            + " like a secret (clientSecret, apiKey, password, token). Connector files are public.",
    fix =
        "Replace the value with a placeholder such as <<Enter your API key>>, and revoke the"
            + " credential: it is in the repository's history.")
public final class SecretInFile implements Rule {
  /**
   * A credential with a recognisable shape. Every match starts a word with one of {@code prefixes},
   * so one pass over a file looks for all formats at once and runs an expression only where a
   * prefix is.
   */
  record Format(String name, List<String> prefixes, Pattern pattern) {
    Format(String name, String prefixes, String regex) {
      this(name, List.of(prefixes.split(" ")), Pattern.compile(regex));
    }
  }

  static final List<Format> KNOWN_FORMATS =
      List.of(
          new Format("an AWS access key", "AKIA ASIA", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
          new Format(
              "a GitHub token",
              "ghp_ gho_ ghu_ ghs_ ghr_ github_pat_",
              "\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\\b"),
          new Format("a Slack token", "xox", "\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
          new Format(
              "a Stripe secret key", "sk_live_ rk_live_", "\\b[rs]k_live_[A-Za-z0-9]{16,}\\b"),
          new Format("a Google API key", "AIza", "\\bAIza[0-9A-Za-z_-]{35}\\b"),
          new Format("a SendGrid key", "SG.", "\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}\\b"),
          new Format(
              "an OpenAI key",
              "sk-",
              "\\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"),
          new Format(
              "a private key",
              "-----BEGIN",
              "-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"),
          new Format(
              "a JSON web token",
              "eyJ",
              "\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}"),
          new Format("an Azure storage key", "AccountKey=", "AccountKey=[A-Za-z0-9+/]{86}=="));

  /** The formats by the first character of their prefixes, for the one pass over a file. */
  private static final Map<Character, List<Format>> BY_FIRST = new java.util.HashMap<>();

  /** Whether any prefix starts with the two characters: most candidate first letters fail here. */
  private static final boolean[][] FIRST_TWO = new boolean[128][128];

  static {
    for (Format f : KNOWN_FORMATS) {
      for (String prefix : f.prefixes()) {
        char c = prefix.charAt(0);
        FIRST_TWO[c][prefix.charAt(1)] = true;
        List<Format> formats = BY_FIRST.computeIfAbsent(c, k -> new java.util.ArrayList<>());
        if (!formats.contains(f)) {
          formats.add(f);
        }
      }
    }
  }

  /** Field and parameter names that hold secrets, compared without case, '-' or '_'. */
  static final Set<String> SECRET_NAMES =
      Set.of(
          "clientsecret",
          "apikey",
          "xapikey",
          "apitoken",
          "secret",
          "secretkey",
          "apisecret",
          "accesstoken",
          "refreshtoken",
          "authtoken",
          "bearertoken",
          "privatekey",
          "accesskey",
          "password",
          "subscriptionkey",
          "ocpapimsubscriptionkey");

  /** Values people write where a secret goes when they mean no secret. */
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i).*(<<|>>|\\{\\{|}}|\\[\\[|]]|<|>|\\$\\{|your|enter|example|sample|dummy|placeholder"
              + "|xxx|\\*\\*\\*|changeme|replace|secret|password|insert|redacted|test|demo|value).*");

  /** Where a secret-named parameter may carry a value. */
  private static final Set<String> VALUE_KEYS = Set.of("default", "x-ms-test-value", "example");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .jsonFiles()
        .forEach(
            doc -> {
              knownFormats(doc.file(), doc.text(), doc.chars(), findings);
              doc.root().ifPresent(root -> namedValues(doc, root, JsonTrail.ROOT, findings));
            });
    for (Optional<TextFile> text : List.of(connector.readme(), connector.intro())) {
      text.ifPresent(t -> knownFormats(t.file(), t.text(), t.text().toCharArray(), findings));
    }
  }

  /** One pass over {@code text}, given also as {@code chars}: an array scans faster. */
  private static void knownFormats(String file, String text, char[] chars, Findings findings) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c < FIRST_TWO.length
          && i + 1 < chars.length
          && chars[i + 1] < FIRST_TWO.length
          && FIRST_TWO[c][chars[i + 1]]
          && (i == 0 || !letterOrDigit(chars[i - 1]))) {
        int end = match(text, i, BY_FIRST.get(c), file, line, i - lineStart + 1, findings);
        i = Math.max(i, end - 1);
      }
    }
  }

  /** {@link Character#isLetterOrDigit}, without its table lookup for the ASCII most files are. */
  private static boolean letterOrDigit(char c) {
    return c < 128
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
  }

  /** Reports a known format starting at {@code at}; returns where it ends, or {@code at}. */
  private static int match(
      String text,
      int at,
      List<Format> formats,
      String file,
      int line,
      int column,
      Findings findings) {
    for (Format format : formats) {
      for (String prefix : format.prefixes()) {
        if (text.startsWith(prefix, at)) {
          Matcher m = format.pattern().matcher(text).region(at, text.length());
          if (m.useTransparentBounds(true).lookingAt()) {
            findings.atLine(
                file,
                line,
                column,
                "this looks like " + format.name() + " (" + mask(m.group()) + ")");
            return m.end();
          }
        }
      }
    }
    return at;
  }

  /** Secret-named fields, and secret-named parameters with a default or test value. */
  private static void namedValues(
      JsonDocument doc, JsonNode node, JsonTrail trail, Findings findings) {
    if (node.isObject()) {
      if (secretName(node.path("name").asText(""))) {
        for (String key : VALUE_KEYS) {
          JsonNode value = node.path(key);
          if (value.isTextual() && looksReal(value.asText())) {
            findings.at(
                doc,
                trail.field(key).pointer(),
                "parameter "
                    + node.path("name").asText()
                    + " carries a real-looking "
                    + key
                    + " ("
                    + mask(value.asText())
                    + ")");
          }
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode value = e.getValue();
        if (value.isContainerNode()) {
          namedValues(doc, value, trail.field(e.getKey()), findings);
        } else if (value.isTextual() && secretName(e.getKey()) && looksReal(value.asText())) {
          findings.at(
              doc,
              trail.field(e.getKey()).pointer(),
              e.getKey() + " holds a real-looking value (" + mask(value.asText()) + ")");
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          namedValues(doc, node.get(i), trail.index(i), findings);
        }
      }
    }
  }

  static boolean secretName(String name) {
    return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", ""));
  }

  /**
   * Long enough, no spaces, not a placeholder, and random: high entropy, or for short passwords
   * three kinds of character.
   */
  static boolean looksReal(String value) {
    String v = value.strip();
    if (v.length() < 8
        || v.chars().anyMatch(Character::isWhitespace)
        || PLACEHOLDER.matcher(v).matches()) {
      return false;
    }
    if (v.length() >= 16) {
      return entropy(v) >= 3.5 && classes(v) >= 2;
    }
    return classes(v) >= 3 && entropy(v) >= 2.5;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String s) {
    Map<Integer, Long> counts =
        s.chars()
            .boxed()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    c -> c, java.util.stream.Collectors.counting()));
    double bits = 0;
    for (long n : counts.values()) {
      double p = (double) n / s.length();
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }

  /** How many of lower case, upper case, digits and other characters the value mixes. */
  private static int classes(String s) {
    boolean lower = s.chars().anyMatch(Character::isLowerCase);
    boolean upper = s.chars().anyMatch(Character::isUpperCase);
    boolean digit = s.chars().anyMatch(Character::isDigit);
    boolean other = s.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /** Enough to find the value, not enough to use it. */
  static String mask(String secret) {
    String s = secret.strip();
    return s.substring(0, Math.min(4, s.length() / 4)) + "… " + s.length() + " characters";
  }
}
