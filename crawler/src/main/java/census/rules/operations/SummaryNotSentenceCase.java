package census.rules.operations;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import census.rules.SwaggerWalk;
import com.google.auto.service.AutoService;
import com.google.common.base.Splitter;
import java.util.List;

@AutoService(Rule.class)
@RuleInfo(
    id = "SummaryNotSentenceCase",
    severity = Severity.WARNING,
    files = {"apiDefinition.swagger.json"},
    source = Sources.AUTHORING + ", \"summary— ... Must be sentence case\"",
    doc =
        "Operation summaries are in sentence case: a capital first letter, the rest lower case except names and acronyms (\"List tasks\", not \"List Tasks\").",
    fix = "Lower-case the words after the first unless they are names or acronyms.")
public final class SummaryNotSentenceCase implements Rule {
  private static final Splitter WORDS = Splitter.onPattern("\\s+");

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
                "summary \"" + summary + "\" does not start with a capital letter");
          } else if (isTitleCase(summary)) {
            findings.at(
                doc,
                op.pointer() + "/summary",
                "summary \"" + summary + "\" is in title case, not sentence case");
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
}
