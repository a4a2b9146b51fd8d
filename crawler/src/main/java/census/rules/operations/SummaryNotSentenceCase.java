package census.rules.operations;

import census.json.Edit;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import com.google.common.base.Splitter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "SummaryNotSentenceCase",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"summary— ... Must be sentence case\"",
    doc =
        "Operation summaries are in sentence case: a capital first letter, the rest lower case except names and acronyms (\"List tasks\", not \"List Tasks\").",
    fix = "Lower-case the words after the first unless they are names or acronyms.",
    fixability = Fixability.UNSAFE,
    fixSafety =
        "Unsafe: lower-casing cannot tell a product or place name (\"Word\", \"Teams\") from a"
            + " common word, so the fix can write a name wrong. It keeps all-caps words, words with"
            + " a capital inside, and words that are capitalised in the connector's title or"
            + " mid-sentence in its descriptions; it also makes the changes the other summary rules'"
            + " fixes make, and is not offered where the summary would still break one of them.")
public final class SummaryNotSentenceCase implements Rule {
  private static final Splitter WORDS = Splitter.onPattern("\\s+");
  private static final Splitter NOT_LETTERS = Splitter.onPattern("[^\\p{L}]+");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    SwaggerWalk.eachOperation(
        connector,
        (doc, root, op) -> {
          String summary = op.node().path("summary").asText("").strip();
          if (summary.isEmpty()) {
            return;
          }
          if (Character.isLowerCase(summary.codePointAt(0))) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary \"" + summary + "\" does not start with a capital letter",
                fix(doc, root, op, summary));
          } else if (isTitleCase(summary)) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary \"" + summary + "\" is in title case, not sentence case",
                fix(doc, root, op, summary));
          }
        });
  }

  /**
   * Title case: three or more words after the first, every one capitalised (and not an all-caps
   * acronym). Fewer words are too often names ("Get Azure Blob") to tell.
   */
  static boolean isTitleCase(String summary) {
    List<String> words = WORDS.splitToList(summary);
    int capitalised = 0;
    int considered = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i).replaceAll("[^\\p{L}]", "");
      if (w.length() < 2 || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        continue;
      }
      considered++;
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      }
    }
    return considered >= 3 && capitalised == considered;
  }

  private static List<Edit> fix(
      JsonDocument doc, JsonNode root, SwaggerWalk.Operation op, String summary) {
    return SummaryFixes.edit(
        doc, op, SummaryFixes.cleaned(summary).flatMap(s -> sentenceCased(s, names(root, op))));
  }

  /** A capitalised word of letters, perhaps in parentheses: "Task", "(Simple)". */
  private static final Pattern CAPITALISED = Pattern.compile("\\(?(\\p{Lu}\\p{Ll}+)\\)?");

  /**
   * {@code summary} (single-spaced) in sentence case: the first word capitalised, unless it has a
   * capital inside ("iPhone"), and each capitalised word after it lower-cased unless {@code names}
   * holds it. All-caps words, words with a capital inside and words with digits stay.
   */
  static Optional<String> sentenceCased(String summary, Set<String> names) {
    StringBuilder out = new StringBuilder(summary.length());
    for (String word : WORDS.split(summary)) {
      if (out.length() == 0) {
        if (Character.isLowerCase(word.codePointAt(0))) {
          if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
          }
          word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        out.append(word);
        continue;
      }
      Matcher m = CAPITALISED.matcher(word);
      if (word.equals("A") || (m.matches() && !names.contains(m.group(1)))) {
        word = word.toLowerCase(Locale.ROOT);
      }
      out.append(' ').append(word);
    }
    return Optional.of(out.toString());
  }

  /**
   * Words the connector writes capitalised where a common word would not be: every word of its
   * title, and the words of its and the operation's descriptions that are not first in a sentence.
   */
  private static Set<String> names(JsonNode root, SwaggerWalk.Operation op) {
    Set<String> names = new HashSet<>();
    for (String word : NOT_LETTERS.split(root.path("info").path("title").asText(""))) {
      names.add(word);
    }
    for (JsonNode text :
        List.of(root.path("info").path("description"), op.node().path("description"))) {
      boolean sentenceStart = true;
      for (String token : WORDS.split(text.asText("").strip())) {
        if (!sentenceStart) {
          names.add(token.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
        }
        sentenceStart = token.isEmpty() || ".!?:".indexOf(token.charAt(token.length() - 1)) >= 0;
      }
    }
    return names;
  }
}
