package census.rules;

import census.connector.FileRef;
import census.json.Edit;
import census.json.JsonDocument;
import census.json.JsonEdits;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The edits of the fixes that write display text into a definition where it lacks some (a label, a
 * summary), and the room they may take: they insert lines, so they keep to the indentation that
 * JsonIndentation asks for and keep the definition under DefinitionTooLarge's limit.
 */
public final class LabelEdits {
  /** DefinitionTooLarge's limit, in bytes. */
  public static final long MAX_DEFINITION_BYTES = 1024 * 1024;

  /** JsonIndentation's step: the guide's 4 spaces. */
  public static final int INDENT_STEP = 4;

  private LabelEdits() {}

  /**
   * The edit that gives the object at {@code pointer} the string {@code text} under {@code key}: a
   * first member inserted, or the blank string or null there replaced. None when there is no text
   * or the place cannot be edited safely, and none where the inserted line would be indented as
   * JsonIndentation reports (it copies the first member's line, which may hold a tab or an odd
   * width): one more such line changes the count that rule reports.
   */
  public static List<Edit> put(
      JsonDocument doc, String pointer, String key, Optional<String> text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String json = JsonEdits.quote(text.get());
    JsonNode value = doc.tree().at(pointer).path(key);
    Optional<Edit> edit =
        value.isMissingNode()
            ? JsonEdits.insertMember(doc, pointer, key, json).filter(e -> indentFits(doc, e))
            : value.isNull() || (value.isTextual() && value.asText().isBlank())
                ? JsonEdits.replaceValue(doc, pointer + "/" + JsonDocument.escape(key), json)
                : Optional.empty();
    return edit.map(List::of).orElse(List.of());
  }

  /**
   * True when an inserted member's new line, if it makes one, is indented as JsonIndentation asks.
   */
  private static boolean indentFits(JsonDocument doc, Edit insert) {
    String text = insert.text();
    int lineStart = text.lastIndexOf('\n', text.indexOf('"')) + 1;
    if (lineStart == 0) {
      return true; // on the line of the brace
    }
    String indent = text.substring(lineStart, text.indexOf('"'));
    if (indent.indexOf('\t') >= 0) {
      return false;
    }
    // JsonIndentation reports widths off the 4-space grid only in a file whose top level is
    // indented by 4 spaces (or not at all); a file of another step is reported once as a whole.
    int step = topIndent(doc.text());
    return indent.length() % INDENT_STEP == 0 || (step != 0 && step != INDENT_STEP);
  }

  /** The width of the first line indented by spaces only, as JsonIndentation takes the step. */
  private static int topIndent(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int i = start;
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      boolean content = i < end && text.charAt(i) != '\t' && text.charAt(i) != '\r';
      if (i > start && content) {
        return i - start;
      }
      start = end + 1;
    }
    return 0;
  }

  /**
   * The share of the room below DefinitionTooLarge's limit that each rule whose fixes lengthen a
   * definition may take in one pass of {@code --fix}, in thirtieths, about in proportion to what
   * they write; the shares add up to the whole room, so that together the fixes never take a
   * definition over the limit.
   */
  public enum Share {
    /** A line per property: SchemaPropertySummaryMissing. */
    PROPERTY_SUMMARY(15),
    /** A line per property under definitions: DefinitionPropertyTitleMissing. */
    PROPERTY_TITLE(12),
    /** ParameterSummaryMissing. */
    PARAMETER_SUMMARY(1),
    /** OperationSummaryMissing. */
    OPERATION_SUMMARY(1),
    /** A space or two per word written out, or backticks: CamelCaseString. */
    WORDS(1);

    private final int thirtieths;

    Share(int thirtieths) {
      this.thirtieths = thirtieths;
    }
  }

  /**
   * The findings of one rule whose fixes lengthen the definition, held until the rule is done and
   * then reported with their fixes only if all of them fit in the rule's {@link Share}. All or
   * none, so that the fixes settle: a rule that fixed a part would find room for another part in
   * each later pass. Nothing of a fix is worked out, not even its text, when the findings carry
   * none (a crawl).
   */
  public static final class Growth {
    /**
     * A finding held, its edits made when first asked for, and what it adds to the definition: the
     * least and most bytes, and whether it inserts a member (which copies white space around it).
     */
    private record Held(
        JsonDocument doc,
        String pointer,
        String message,
        Supplier<List<Edit>> edits,
        Supplier<Size> size) {}

    private record Size(long least, long most, boolean inserts) {
      static final Size NONE = new Size(0, 0, false);
    }

    private final long room;
    private final List<Held> held = new ArrayList<>();
    private final IntSupplier widestSpace;

    private Growth(long room, IntSupplier widestSpace) {
      this.room = room;
      this.widestSpace = widestSpace;
    }

    /** A finding at {@code pointer} of the definition without a fix, held to keep the order. */
    public void at(JsonDocument doc, String pointer, String message) {
      held.add(new Held(doc, pointer, message, List::of, null));
    }

    /** A finding at {@code pointer} of the definition that {@code edits} fix, held. */
    public void at(JsonDocument doc, String pointer, String message, Supplier<List<Edit>> edits) {
      held.add(new Held(doc, pointer, message, Suppliers.memoize(edits::get), null));
    }

    /**
     * A finding at {@code pointer} of the definition that {@link LabelEdits#put} of {@code text}
     * under {@code key} of the object {@code node} at {@code object} fixes, held. The edit is made
     * only when a finding is shown or fixed, or when its size decides whether the fixes fit: a
     * plain lint lists at most 50 of a rule's findings, and a large definition lacks thousands of
     * labels. Until then it is measured by what it must and what it may add.
     */
    public void put(
        JsonDocument doc,
        String pointer,
        String message,
        String object,
        JsonNode node,
        String key,
        Supplier<Optional<String>> text) {
      Supplier<Optional<String>> once = Suppliers.memoize(text::get);
      held.add(
          new Held(
              doc,
              pointer,
              message,
              Suppliers.memoize(() -> LabelEdits.put(doc, object, key, once.get())),
              () -> sizeOf(node, key, once)));
    }

    /** What a label's edit adds, from its text alone. */
    private static Size sizeOf(JsonNode node, String key, Supplier<Optional<String>> text) {
      if (text.get().isEmpty()) {
        return Size.NONE;
      }
      long value = utf8Length(JsonEdits.quote(text.get().get()));
      JsonNode old = node.path(key);
      if (old.isMissingNode()) {
        // At least the member and its colon and comma; at most also two runs of the file's white
        // space copied around it, which report() adds.
        long member = utf8Length(JsonEdits.quote(key)) + value + 2;
        return new Size(member, member, true);
      }
      return old.isNull() || old.isTextual() ? new Size(0, value, false) : Size.NONE;
    }

    /** Reports the findings held, with their fixes if together they fit in the share. */
    public void report(Findings findings) {
      if (!findings.makesFixes()) {
        held.forEach(h -> findings.at(h.doc(), h.pointer(), h.message()));
        return;
      }
      long least = 0;
      long most = 0;
      long inserts = 0;
      for (Held h : held) {
        Size size = h.size() != null ? h.size().get() : exact(h);
        least += size.least();
        most += size.most();
        inserts += size.inserts() ? 1 : 0;
      }
      boolean fits =
          least <= room
              && ((most <= room
                      && (inserts == 0 || most + 2L * inserts * widestSpace.getAsInt() <= room))
                  || exactly() <= room);
      for (Held h : held) {
        findings.at(h.doc(), h.pointer(), h.message(), fits ? h.edits() : List::of);
      }
    }

    private static Size exact(Held h) {
      long added = added(h.doc(), h.edits().get());
      return new Size(added, added, false);
    }

    /** What the held fixes add, made and measured. */
    private long exactly() {
      return held.stream().mapToLong(h -> exact(h).least()).sum();
    }

    private static long added(JsonDocument doc, List<Edit> edits) {
      String text = doc.text();
      long added = 0;
      for (Edit e : edits) {
        added += utf8Length(e.text()) - utf8Length(text.substring(e.start(), e.end()));
      }
      return added;
    }
  }

  /**
   * The longest run of JSON white space in the definition, which bounds what an inserted member
   * copies around it; once per connector, as several rules' growths ask.
   */
  private static final ConnectorIndex.Key<Integer> WIDEST_SPACE =
      ConnectorIndex.Key.of(c -> c.definition().map(LabelEdits::widestSpace).orElse(0));

  private static int widestSpace(JsonDocument doc) {
    int widest = 0;
    int run = 0;
    for (char c : doc.chars()) {
      run = c == ' ' || c == '\n' || c == '\t' || c == '\r' ? run + 1 : 0;
      widest = Math.max(widest, run);
    }
    return widest;
  }

  /** The room of one rule's label fixes in the connector's definition. */
  public static Growth growth(ConnectorIndex connector, Share share) {
    long size = connector.folder().swaggerFile().map(FileRef::size).orElse(MAX_DEFINITION_BYTES);
    return new Growth(
        (MAX_DEFINITION_BYTES - size) * share.thirtieths / 30, () -> connector.get(WIDEST_SPACE));
  }

  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : (c < 0x800 || Character.isSurrogate(c)) ? 2 : 3;
    }
    return n;
  }
}
