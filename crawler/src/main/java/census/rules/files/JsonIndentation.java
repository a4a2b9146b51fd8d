package census.rules.files;

import census.connector.FileRef;
import census.json.Edit;
import census.json.JsonDocument;
import census.model.Severity;
import census.rules.ConnectorIndex;
import census.rules.Findings;
import census.rules.Fixability;
import census.rules.Rule;
import census.rules.RuleInfo;
import census.rules.Sources;
import com.google.auto.service.AutoService;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

@AutoService(Rule.class)
@RuleInfo(
    id = "JsonIndentation",
    severity = Severity.INFO,
    files = {"apiDefinition.swagger.json", "apiProperties.json", "settings.json"},
    source = Sources.AUTHORING + ", \"File formatting\": soft tabs with 4 spaces, no hard tabs",
    doc =
        "Connector JSON files are indented with spaces, four per level, and no tab characters. A"
            + " file whose top level is indented by another step gets one finding (paconn writes 2"
            + " spaces, as do 97% of the files on dev, which is why this is advice); otherwise the"
            + " first few offending lines are reported, then a count of the rest.",
    fix =
        "Reformat the file with a 4-space indent (VS Code: \"editor.tabSize\": 4,"
            + " \"editor.insertSpaces\": true, then Format Document).",
    fixability = Fixability.SAFE,
    fixSafety =
        "Only the white space before each line's first token changes, which carries nothing. A"
            + " file indented by 4 with lines out of step is re-indented by its brackets (by"
            + " paconn's 2 where 4 would take the definition over 1 MB); in a file indented by"
            + " another step, tabs become that step. A file consistently indented by 2 gets no"
            + " fix: a diff of every line for advice reviewers do not ask for. A leniently read"
            + " file, whose comments may hold brackets, gets none.")
public final class JsonIndentation implements Rule {
  static final int STEP = 4;

  /** paconn's step, which the fix falls back to where {@link #STEP} would not fit. */
  private static final int PACONN_STEP = 2;

  /** Indentation strings by level, shared by the edits of every line. */
  private static final String[] LEVELS = new String[32];

  static {
    for (int i = 0; i < LEVELS.length; i++) {
      LEVELS[i] = " ".repeat(STEP * i);
    }
  }

  @Override
  public void check(ConnectorIndex connector, Findings findings) {
    Optional<JsonDocument> definition = connector.definitionFile();
    long definitionSize = connector.folder().swaggerFile().map(FileRef::size).orElse(0L);
    connector
        .jsonFiles()
        .forEach(
            doc -> {
              // The fix must not take the definition over DefinitionTooLarge's limit.
              long room =
                  definition.isPresent() && definition.get() == doc
                      ? DefinitionTooLarge.MAX_BYTES - definitionSize
                      : Long.MAX_VALUE;
              check(doc, room, findings);
            });
  }

  private static void check(JsonDocument doc, long room, Findings findings) {
    // The file's own step is the indentation of its first indented line: the top level.
    int[] first = {0, 0}; // width, line number
    JsonLines.forEach(
        doc,
        line -> {
          int width = line.indent();
          if (!line.inString() && width > 0 && width < line.length()) {
            first[0] = width;
            first[1] = line.number();
            return false;
          }
          return true;
        });
    if (first[0] == 0 || first[0] == STEP) {
      // Made once, when a finding needs it; the file's first finding carries it.
      Supplier<List<Edit>> fix =
          Suppliers.memoize(
              () ->
                  reindent(doc, room, STEP)
                      .or(() -> reindent(doc, room, PACONN_STEP))
                      .orElse(List.of()));
      JsonLines.report(
          doc, findings, JsonIndentation::offence, "indented otherwise", Optional.of(fix));
      return;
    }
    // Advice, with no fix: re-indenting every line of a file laid out as paconn lays it out
    // would make a pull request's diff unreadable for a step reviewers do not ask for.
    findings.atLine(
        doc.file(),
        first[1],
        1,
        "the file is indented by "
            + first[0]
            + (first[0] == 1 ? " space" : " spaces")
            + " per level; the guide asks for "
            + STEP);
    if (doc.text().indexOf('\t') >= 0) {
      // Tabs become the file's own step; the first tab's finding carries the fix.
      int step = first[0];
      JsonLines.report(
          doc,
          findings,
          JsonIndentation::tab,
          "indented with a tab",
          Optional.of(Suppliers.memoize(() -> reindent(doc, room, step).orElse(List.of()))));
    }
  }

  /**
   * The fix: each line of a strict file indented by {@code step} spaces for each bracket open at
   * its start (one fewer when it starts by closing one); nothing but leading white space changes,
   * and a blank line that holds a tab is emptied (other blank lines are TrailingWhitespace's).
   * Empty (no fix) for a leniently read file, whose comments and strings may hold brackets, and
   * when the first indented line would be more than one level deep, which the check would take for
   * the file's step; not present when the file would grow by more than {@code room} bytes.
   */
  private static Optional<List<Edit>> reindent(JsonDocument doc, long room, int step) {
    if (!doc.isStrict()) {
      return Optional.of(List.of());
    }
    char[] text = doc.chars();
    List<Edit> edits = new ArrayList<>();
    int depth = 0;
    boolean indented = false;
    long growth = 0;
    for (int start = 0; start < text.length; ) {
      int lineEnd = start;
      while (lineEnd < text.length && text[lineEnd] != '\n') {
        lineEnd++;
      }
      int end = lineEnd > start && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      int first = start;
      while (first < end && (text[first] == ' ' || text[first] == '\t')) {
        first++;
      }
      if (first == end) {
        if (hasTab(text, start, first)) {
          edits.add(new Edit(start, first, ""));
          growth -= first - start;
        }
      } else {
        int level = text[first] == '}' || text[first] == ']' ? depth - 1 : depth;
        if (level > 0 && !indented) {
          if (level > 1) {
            return Optional.of(List.of());
          }
          indented = true;
        }
        if (!isIndent(text, start, first, step * level)) {
          edits.add(new Edit(start, first, indent(step, level)));
          growth += step * level - (first - start);
        }
        depth = depthAfter(text, first, end, depth);
      }
      start = lineEnd + 1;
    }
    return growth > room ? Optional.empty() : Optional.of(edits);
  }

  private static boolean hasTab(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text[i] == '\t') {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndent(char[] text, int start, int end, int width) {
    if (end - start != width) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (text[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  private static String indent(int step, int level) {
    return step == STEP && level < LEVELS.length ? LEVELS[level] : " ".repeat(step * level);
  }

  /** The brackets open after {@code text[from..to)}: strict JSON has no line break in a string. */
  private static int depthAfter(char[] text, int from, int to, int depth) {
    int open = depth;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == '"') {
        i++;
        while (i < to && text[i] != '"') {
          i += text[i] == '\\' ? 2 : 1;
        }
      } else if (c == '{' || c == '[') {
        open++;
      } else if (c == '}' || c == ']') {
        open--;
      }
    }
    return open;
  }

  static Optional<JsonLines.Offence> tab(JsonLines.Line line) {
    if (line.inString() || line.indent() >= 0) {
      return Optional.empty();
    }
    int column = 1;
    while (line.charAt(column - 1) != '\t') {
      column++;
    }
    return Optional.of(new JsonLines.Offence(column, "indented with a tab character"));
  }

  static Optional<JsonLines.Offence> offence(JsonLines.Line line) {
    if (line.inString()) {
      return Optional.empty(); // the continuation of a multi-line string is content, not layout
    }
    int width = line.indent();
    if (width < 0) {
      return tab(line);
    }
    if (width == line.length() || width % STEP == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new JsonLines.Offence(
            width + 1, "indented by " + width + " spaces, not a multiple of " + STEP));
  }
}
