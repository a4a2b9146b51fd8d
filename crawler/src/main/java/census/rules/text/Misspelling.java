package census.rules.text;

import census.json.JsonDocument;
import census.model.Severity;
import census.rules.CamelCase;
import census.rules.ConnectorIndex;
import census.rules.DisplayStrings;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = Misspelling.ID,
    severity = Severity.WARNING,
    optIn = true,
    files = {"apiDefinition.swagger.json"},
    source =
        Sources.CERTIFICATION
            + ", \"Create quality English language strings\" and \"Write a description for your"
            + " connector\"",
    doc =
        "Titles, summaries and descriptions are free of spelling errors, since they are"
            + " translated. Checked against an American English dictionary; words in capitals, in"
            + " CamelCase, with digits, names used elsewhere in the definition (title, host,"
            + " operation and parameter names) and capitalised words inside a sentence (proper"
            + " names) are not checked. Opt-in: census lint --spelling.",
    fix =
        "Correct the word. A real word the dictionaries lack (a product or technical term) can be"
            + " added to crawler/src/main/resources/census/rules/text/connector-words.txt.")
public final class Misspelling implements Rule {
  public static final String ID = "Misspelling";

  private static final Pattern HYPHEN = Pattern.compile("-");

  private static final Pattern NAME_PARTS = Pattern.compile("[^\\p{L}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .definition()
        .filter(doc -> doc.root().isPresent())
        .ifPresent(
            doc -> {
              Set<String> names = ownNames(doc.tree());
              for (DisplayStrings.Text text : DisplayStrings.of(connector)) {
                check(doc, text, names, findings);
              }
            });
  }

  private static void check(
      JsonDocument doc, DisplayStrings.Text text, Set<String> names, Findings findings) {
    for (DisplayStrings.Word word : DisplayStrings.words(text.value())) {
      if (!checked(word)) {
        continue;
      }
      // A possessive is its noun; a hyphenated compound is its parts.
      for (String part : HYPHEN.splitAsStream(withoutPossessive(word.text())).toList()) {
        if (part.length() < 3 || names.contains(part.toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (!CamelCase.DATE_FORMAT.matcher(part).matches() && EnglishSpeller.misspelled(part)) {
          findings.at(
              doc, text.pointer(), text.key() + ": \"" + part + "\" is not in the dictionary");
        }
      }
    }
  }

  private static String withoutPossessive(String word) {
    int n = word.length();
    boolean possessive =
        n > 2
            && word.charAt(n - 1) == 's'
            && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019');
    return possessive ? word.substring(0, n - 2) : word;
  }

  /** Proper names inside a sentence, acronyms and CamelCase are left alone. */
  private static boolean checked(DisplayStrings.Word word) {
    String w = word.text();
    if (w.length() < 3 || CamelCase.hasHump(w)) {
      return false;
    }
    if (w.chars().noneMatch(Character::isLowerCase)) {
      return false; // an acronym
    }
    return Character.isLowerCase(w.charAt(0)) || word.sentenceStart();
  }

  /**
   * The connector's own vocabulary: words of its title, host, operation ids and parameter names.
   */
  static Set<String> ownNames(JsonNode root) {
    Set<String> names = new HashSet<>();
    addParts(root.path("info").path("title").asText(""), names);
    addParts(root.path("host").asText(""), names);
    for (SwaggerWalk.Operation op : SwaggerWalk.operations(root)) {
      addParts(op.operationId() == null ? "" : op.operationId(), names);
      addParts(op.path(), names);
      for (SwaggerWalk.Parameter p : SwaggerWalk.parameters(root, op)) {
        addParts(p.name(), names);
      }
    }
    for (var definition : SwaggerWalk.fields(root.path("definitions"))) {
      addParts(definition.getKey(), names);
      for (var property : SwaggerWalk.fields(definition.getValue().path("properties"))) {
        addParts(property.getKey(), names);
      }
    }
    return names;
  }

  private static void addParts(String name, Set<String> names) {
    NAME_PARTS
        .splitAsStream(name)
        .filter(part -> !part.isEmpty())
        .forEach(part -> names.add(part.toLowerCase(Locale.ROOT)));
  }
}
