package census.rules.readme;

import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import com.google.common.base.Splitter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@AutoService(Rule.class)
@RuleInfo(
    id = "IntroDescriptionTooLong",
    severity = Severity.WARNING,
    files = {"intro.md"},
    source = Sources.SUBMIT + ", intro template: \"no more than one paragraph of eight sentences\"",
    doc =
        "The description that opens intro.md, before its first section, is one paragraph of at"
            + " most eight sentences.",
    fix = "Keep the opening to one short paragraph; move detail into the sections below.")
public final class IntroDescriptionTooLong implements Rule {
  static final int MAX_SENTENCES = 8;

  /** A section heading other than the page's title ("# Name"). */
  private static final Pattern SECTION = Pattern.compile("^ {0,3}#{2,6}\\s", Pattern.MULTILINE);

  /** The page's title line, which is not part of the description. */
  private static final Pattern TITLE_LINE = Pattern.compile("^ {0,3}#.*$", Pattern.MULTILINE);

  /** The end of a sentence: . ! or ? before white space or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

  private static final Splitter PARAGRAPHS = Splitter.onPattern("\\R\\s*\\R");

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    connector
        .intro()
        .ifPresent(
            intro -> {
              Matcher section = SECTION.matcher(intro.text());
              String opening =
                  TITLE_LINE
                      .matcher(
                          intro
                              .text()
                              .substring(
                                  0, section.find() ? section.start() : intro.text().length()))
                      .replaceAll("");
              int paragraphs = 0;
              int sentences = 0;
              for (String block : PARAGRAPHS.split(opening)) {
                String text = block.strip();
                if (text.isEmpty()) {
                  continue;
                }
                paragraphs++;
                Matcher end = SENTENCE_END.matcher(text);
                while (end.find()) {
                  sentences++;
                }
              }
              if (paragraphs > 1 || sentences > MAX_SENTENCES) {
                findings.file(
                    intro.file(),
                    "intro.md opens with "
                        + paragraphs
                        + (paragraphs == 1 ? " paragraph" : " paragraphs")
                        + " of "
                        + sentences
                        + " sentences; the template asks for one of at most "
                        + MAX_SENTENCES);
              }
            });
  }
}
