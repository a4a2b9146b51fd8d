package census.rules;

import census.json.Edit;
import census.json.JsonDocument;
import census.json.Location;
import census.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the findings of one connector. The engine points it at each rule in turn, so a rule only
 * says where and what, and how to fix it where it can; id, severity and fixability come from the
 * rule's {@link RuleInfo}.
 *
 * <p>One rule lists at most {@link #PER_RULE_LIMIT} findings per connector, then one more that
 * counts the rest: a definition with 2,000 unlabelled properties needs fixing as a whole, and
 * listing each would swamp both the reader and the warehouse. For {@code --fix}, findings past the
 * limit that carry a fix are listed too; the rest are counted.
 */
public final class Findings {
  public static final int PER_RULE_LIMIT = 50;

  /** Which findings carry their fix. */
  public enum Fixes {
    /**
     * None: a crawl stores findings, not fixes, and their edits cost a tenth of a check. The
     * findings are the same as with fixes.
     */
    NONE,
    /** The listed findings', as lint shows which it could fix. */
    LISTED,
    /** As {@link #LISTED}, and each finding past the limit that has a fix is listed, for --fix. */
    EVERY
  }

  private final String connectorPath;
  private final boolean everyFix;
  private final boolean makesFixes;
  private final List<Finding> found = new ArrayList<>();
  // The current rule's id (null outside a rule), severity and fixability, from fields rather than
  // annotation methods, which are reflective calls.
  private String currentId;
  private Severity currentSeverity;
  private Fixability currentFixability = Fixability.NONE;
  private int listed;
  private int unlisted;

  public Findings(String connectorPath) {
    this(connectorPath, Fixes.LISTED);
  }

  public Findings(String connectorPath, Fixes fixes) {
    this.connectorPath = connectorPath;
    this.everyFix = fixes == Fixes.EVERY;
    this.makesFixes = fixes != Fixes.NONE;
  }

  /** Whether findings carry fixes: a rule may skip working out what no one will use. */
  public boolean makesFixes() {
    return makesFixes;
  }

  void startRule(String id, Severity severity, Fixability fixability) {
    endRule();
    this.currentId = id;
    this.currentSeverity = severity;
    this.currentFixability = fixability;
  }

  /** Closes the current rule, adding the count of what it found beyond the limit. */
  void endRule() {
    if (currentId != null && unlisted > 0) {
      found.add(
          new Finding(
              connectorPath,
              "",
              currentId,
              currentSeverity,
              "",
              0,
              0,
              unlisted + " more findings of this rule in this connector are not listed"));
    }
    currentId = null;
    listed = 0;
    unlisted = 0;
  }

  /** A finding at a JSON pointer of {@code doc}; its line and column come from the document. */
  public void at(JsonDocument doc, String pointer, String message) {
    at(doc, pointer, message, List.of());
  }

  /**
   * A finding at a JSON pointer of {@code doc} that {@code edits} of its text fix (together); no
   * edits means no fix, as when the place was too oddly laid out to edit.
   */
  public void at(JsonDocument doc, String pointer, String message, List<Edit> edits) {
    at(doc, pointer, message, () -> edits);
  }

  /**
   * As above, with the edits worked out only if the finding is listed: past the listing limit a
   * plain lint only counts findings, and a rule with thousands of them need not make their fixes.
   */
  public void at(JsonDocument doc, String pointer, String message, Supplier<List<Edit>> edits) {
    if (listed >= PER_RULE_LIMIT && currentId != null && !everyFix) {
      unlisted++;
      return;
    }
    List<Edit> made = makesFixes ? edits.get() : List.of();
    if (full(made)) {
      return;
    }
    Location where = doc.locate(pointer);
    add(doc.file(), pointer, where.line(), where.column(), message, fix(doc, made, false));
  }

  /** A finding at a line and column of a file that is not JSON (Markdown, or raw text). */
  public void atLine(String file, int line, int column, String message) {
    add(file, "", line, column, message, Optional.empty());
  }

  /** A finding at a line and column of a JSON document that {@code edits} of its text fix. */
  public void atLine(JsonDocument doc, int line, int column, String message, List<Edit> edits) {
    if (full(edits)) {
      return;
    }
    add(doc.file(), "", line, column, message, fix(doc, edits, false));
  }

  /** A finding about a whole file or a missing file; {@code ""} for the folder as a whole. */
  public void file(String file, String message) {
    add(file, "", 0, 0, message, Optional.empty());
  }

  /**
   * A finding at a line and column of a JSON document (its first byte-order mark or byte that is
   * not UTF-8) that writing the whole document as UTF-8 without a BOM fixes.
   */
  public void toUtf8(JsonDocument doc, int line, int column, String message) {
    add(doc.file(), "", line, column, message, fix(doc, List.of(), true));
  }

  /** Everything found, once the last rule is closed. */
  public List<Finding> list() {
    endRule();
    return List.copyOf(found);
  }

  /**
   * True when the current rule has listed all it may and a finding with {@code edits} is only to be
   * counted; then it is counted. Saves locating a pointer for a finding no one will see.
   */
  private boolean full(List<Edit> edits) {
    if (listed >= PER_RULE_LIMIT && currentId != null && !(everyFix && !edits.isEmpty())) {
      unlisted++;
      return true;
    }
    return false;
  }

  private Optional<Fix> fix(JsonDocument doc, List<Edit> edits, boolean utf8) {
    if (!makesFixes || (edits.isEmpty() && !utf8)) {
      return Optional.empty();
    }
    if (currentFixability == Fixability.NONE) {
      throw new IllegalStateException(currentId + " offers a fix but declares no fixability");
    }
    List<Fix.Splice> splices = new ArrayList<>(edits.size());
    for (Edit e : edits) {
      Location from = doc.location(e.start());
      Location to = doc.location(e.end());
      splices.add(
          new Fix.Splice(
              e.start(), e.end(), e.text(), from.line(), from.column(), to.line(), to.column()));
    }
    return Optional.of(new Fix(currentFixability == Fixability.SAFE, splices, utf8));
  }

  private void add(
      String file, String pointer, int line, int column, String message, Optional<Fix> fix) {
    if (currentId == null) {
      throw new IllegalStateException("a finding was reported outside a rule");
    }
    if (listed >= PER_RULE_LIMIT && !(everyFix && fix.isPresent())) {
      unlisted++;
      return;
    }
    listed++;
    found.add(
        new Finding(
            connectorPath, file, currentId, currentSeverity, pointer, line, column, message, fix));
  }
}
