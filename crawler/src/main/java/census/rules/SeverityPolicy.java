package census.rules;

import census.model.Severity;

/**
 * How a rule's severity follows from the repository's own evidence (the {@code rule_evidence}
 * table, calibration window: merges up to {@link #CALIBRATION_END}). The thresholds were fixed
 * before the evidence was looked at, and are not tuned on the merges after it, which are kept to
 * test them. docs/rules.md prints them from here.
 *
 * <ul>
 *   <li><b>error</b>: the platform or the Swagger 2.0 format rejects it ({@link
 *       RuleInfo#enforcedBy()}), or at most {@link #ERROR_MAX_CARRY} of merged versions carry it
 *       and at least {@link #ERROR_MIN_FIXED} of its violations seen in an earlier commit of a
 *       merged pull request were gone at the merge, over at least {@link #MIN_CASES} cases;
 *   <li><b>warning</b>: reviews ask for it (at least {@link #WARNING_MIN_FIXED} fixed before merge,
 *       in review or in commits that say they fix validation, over at least {@link #MIN_CASES}
 *       cases), or it is a seed requirement that most merged versions meet (at most {@link
 *       #INFO_MIN_CARRY} carry it);
 *   <li><b>info</b>: nobody follows it: most merged versions carry it and reviews do not ask for
 *       it.
 * </ul>
 */
public final class SeverityPolicy {
  /** The last day of the merges the thresholds are applied to; later merges test them. */
  public static final String CALIBRATION_END = "2023-12-31";

  /** An error is carried by at most this share of merged connector versions... */
  public static final double ERROR_MAX_CARRY = 0.10;

  /** ...and at least this share of its violations in pull requests were fixed before merge. */
  public static final double ERROR_MIN_FIXED = 0.60;

  /** A warning is fixed before merge at least this often (else: a seed requirement most meet). */
  public static final double WARNING_MIN_FIXED = 0.35;

  /**
   * A rule carried by more than this share of merged versions, and not fixed in review, is info.
   */
  public static final double INFO_MIN_CARRY = 0.50;

  /** Fewer review cases than this say nothing about review, either way. */
  public static final int MIN_CASES = 10;

  private SeverityPolicy() {}

  /** What a rule's evidence says of it. */
  public record Evidence(
      long versions,
      long versionsCarrying,
      long reviewCases,
      long reviewFixed,
      long validationCases,
      long validationFixed) {
    /** No evidence at all: a rule that has none yet. */
    public static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0);

    public double carryShare() {
      return versions == 0 ? 0 : (double) versionsCarrying / versions;
    }

    public double reviewFixShare() {
      return reviewCases == 0 ? 0 : (double) reviewFixed / reviewCases;
    }

    public double validationFixShare() {
      return validationCases == 0 ? 0 : (double) validationFixed / validationCases;
    }

    boolean reviewed() {
      return reviewCases >= MIN_CASES;
    }

    boolean askedFor() {
      return (reviewed() && reviewFixShare() >= WARNING_MIN_FIXED)
          || (validationCases >= MIN_CASES && validationFixShare() >= WARNING_MIN_FIXED);
    }
  }

  /** The severity the policy gives a rule with this enforcement and evidence. */
  public static Severity decide(Enforcement enforcedBy, Evidence e) {
    if (enforcedBy != Enforcement.EVIDENCE) {
      return Severity.ERROR;
    }
    if (e.reviewed()
        && e.carryShare() <= ERROR_MAX_CARRY
        && e.reviewFixShare() >= ERROR_MIN_FIXED) {
      return Severity.ERROR;
    }
    if (e.askedFor() || e.carryShare() <= INFO_MIN_CARRY) {
      return Severity.WARNING;
    }
    return Severity.INFO;
  }

  /** Why {@link #decide} gives what it gives, in words and figures, for the rule's doc. */
  public static String reason(Enforcement enforcedBy, Evidence e) {
    String carried = pct(e.carryShare()) + " of " + e.versions() + " merged versions carry it";
    String reviewed =
        e.reviewCases() == 0
            ? "no pull request fixed or kept it between an earlier commit and its merge"
            : e.reviewFixed()
                + " of "
                + e.reviewCases()
                + " violations in pull requests were fixed before merge ("
                + pct(e.reviewFixShare())
                + (e.reviewed() ? ")" : "; too few cases to say)");
    return switch (enforcedBy) {
      case FORMAT -> "error whatever the evidence: the format rejects it";
      case PLATFORM -> "error whatever the evidence: the platform rejects it";
      case EVIDENCE ->
          switch (decide(enforcedBy, e)) {
            case ERROR ->
                "error: "
                    + carried
                    + " (at most "
                    + pct(ERROR_MAX_CARRY)
                    + "), and "
                    + reviewed
                    + ", at least "
                    + pct(ERROR_MIN_FIXED);
            case WARNING ->
                e.askedFor()
                    ? "warning: reviews ask for it ("
                        + reviewed
                        + validated(e)
                        + "), but "
                        + carried
                        + " or too few were fixed to call it blocking"
                    : "warning: a seed requirement most merged versions meet ("
                        + carried
                        + "), and reviews do not show it blocks: "
                        + reviewed;
            case INFO -> "info: " + carried + ", and reviews do not ask for it: " + reviewed;
          };
    };
  }

  private static String validated(Evidence e) {
    return e.validationCases() == 0
        ? ""
        : "; in commits fixing validation, "
            + e.validationFixed()
            + " of "
            + e.validationCases()
            + " ("
            + pct(e.validationFixShare())
            + ")";
  }

  /** A share as a percentage with one decimal, as docs and reasons print them. */
  static String pct(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
  }
}
