package census.rules;

import census.model.ConnectorKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalog as {@code census rules} prints it (text, Markdown, JSON); docs/rules.md is the
 * Markdown, so the document cannot drift from the rules. Rules come in id order.
 */
public final class RulesDoc {
  /** The command that regenerates docs/rules.md. */
  public static final String REGENERATE = "scripts/census rules --format md > docs/rules.md";

  private static final ObjectMapper JSON = new ObjectMapper();

  private RulesDoc() {}

  public static String text(RuleCatalog catalog) {
    StringBuilder out = new StringBuilder();
    for (Rule rule : catalog.rules()) {
      RuleInfo r = rule.info();
      out.append(r.id())
          .append("  ")
          .append(r.severity().id())
          .append("  ")
          .append(kinds(r))
          .append(r.optIn() ? "  (opt-in)" : "")
          .append('\n')
          .append("  source: ")
          .append(r.source())
          .append('\n')
          .append("  files:  ")
          .append(String.join(", ", r.files()))
          .append('\n')
          .append("  ")
          .append(r.doc())
          .append('\n')
          .append("  fix: ")
          .append(r.fix())
          .append(autofix(r).map(a -> "\n  " + a).orElse(""))
          .append("\n\n");
    }
    out.append(catalog.rules().size()).append(" rules\n");
    return out.toString();
  }

  /** What {@code census lint --fix} does for the rule's findings, and why that is its kind. */
  static Optional<String> autofix(RuleInfo r) {
    return switch (r.fixability()) {
      case NONE -> Optional.empty();
      case SAFE -> Optional.of("Fixed by `census lint --fix` (a safe fix): " + r.fixSafety());
      case UNSAFE ->
          Optional.of(
              "Fixed by `census lint --fix --unsafe-fixes` only (an unsafe fix): " + r.fixSafety());
    };
  }

  public static String markdown(RuleCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# Rules\n\n")
        .append("Generated from the rule classes' `@RuleInfo` by `")
        .append(REGENERATE)
        .append("`; do not edit by hand.\n\n")
        .append("Each rule is one class under `crawler/src/main/java/census/rules/`. Its id is the")
        .append(" code of Microsoft's Swagger Validator where the validator checks the same thing.")
        .append(
            " Kinds are the publisher kinds a rule applies to. Opt-in rules run only when asked")
        .append(" for (`census lint --spelling`, `census crawl --spelling`).\n\n")
        .append(policy())
        .append("| id | severity | kinds | files |\n|---|---|---|---|\n");
    for (Rule rule : catalog.rules()) {
      RuleInfo r = rule.info();
      md.append("| [")
          .append(r.id())
          .append("](#")
          .append(r.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(r.severity().id())
          .append(r.optIn() ? " (opt-in)" : "")
          .append(" | ")
          .append(kinds(r))
          .append(" | ")
          .append(cell(String.join(", ", r.files())))
          .append(" |\n");
    }
    for (Rule rule : catalog.rules()) {
      md.append('\n').append(section(rule));
    }
    return md.toString();
  }

  /**
   * One rule's section of docs/rules.md: id, severity, kinds, files, doc, fix and source ({@code
   * census rules --explain}).
   */
  public static String section(Rule rule) {
    RuleInfo r = rule.info();
    StringBuilder md = new StringBuilder();
    md.append("### ").append(r.id()).append("\n\n");
    md.append("**")
        .append(r.severity().id())
        .append("**")
        .append(r.optIn() ? ", opt-in" : "")
        .append(" · kinds: ")
        .append(kinds(r))
        .append(" · files: ")
        .append(Arrays.stream(r.files()).map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
        .append("\n\n");
    md.append(r.doc()).append("\n\n");
    md.append(evidence(r, RuleEvidence.standard()));
    md.append("Fix: ").append(r.fix()).append("\n\n");
    autofix(r).ifPresent(a -> md.append(a).append("\n\n"));
    if (r.replaces().length > 0) {
      md.append("Replaces: ")
          .append(
              Arrays.stream(r.replaces())
                  .map(id -> "`" + id + "`")
                  .collect(Collectors.joining(", ")))
          .append(" (that id still selects, ignores and matches this rule in baselines).\n\n");
    }
    md.append("Source: ")
        .append(
            Sources.url(r.source()).map(u -> "[" + r.source() + "](" + u + ")").orElse(r.source()))
        .append('\n');
    return md.toString();
  }

  /** How severities are decided, from {@link SeverityPolicy}'s own thresholds. */
  static String policy() {
    return String.format(
        Locale.ROOT,
        "## Severity policy%n%n"
            + "A finding is worth what it predicts: errors are what blocks certification, warnings"
            + " what a reviewer asks for, info the rest. What blocks is read from the repository's"
            + " own history (the `rule_evidence` table, written by `census analyze` from the history"
            + " and pull-request crawls; its figures below are checked in by `scripts/evidence.sh`):"
            + " what merged connectors keep carrying does not block, and what authors fixed between"
            + " an earlier commit of a pull request and its merge does. The thresholds were fixed"
            + " before the evidence was looked at, from merges up to %s only; the merges after it"
            + " test them (`scripts/bench-trust.sh`) and are not used to tune them.%n%n"
            + "- **error**: the platform or the Swagger 2.0 format rejects it (invalid JSON,"
            + " OpenAPI 3, http-only, reserved names, missing required files, broken references:"
            + " the rule says what rejects it), or at most %s of merged connector versions carry it"
            + " and at least %s of its violations in pull requests were fixed before merge, over"
            + " at least %d cases;%n"
            + "- **warning**: reviews ask for it (at least %s fixed before merge, in review or in"
            + " commits that say they fix validation, over at least %d cases), or it is a seed"
            + " requirement that most merged versions meet (at most %s carry it);%n"
            + "- **info**: nobody follows it: more than %s of merged versions carry it and reviews"
            + " do not ask for it.%n%n"
            + "A rule whose severity departs from the policy says why. `census rules --explain ID`"
            + " prints one rule with its evidence, and `census evidence` the whole table.%n%n",
        SeverityPolicy.CALIBRATION_END,
        pct(SeverityPolicy.ERROR_MAX_CARRY),
        pct(SeverityPolicy.ERROR_MIN_FIXED),
        SeverityPolicy.MIN_CASES,
        pct(SeverityPolicy.WARNING_MIN_FIXED),
        SeverityPolicy.MIN_CASES,
        pct(SeverityPolicy.INFO_MIN_CARRY),
        pct(SeverityPolicy.INFO_MIN_CARRY));
  }

  private static String pct(double share) {
    return Math.round(share * 100) + " %";
  }

  public static String json(RuleCatalog catalog) {
    ArrayNode rules = JSON.createArrayNode();
    for (Rule rule : catalog.rules()) {
      RuleInfo r = rule.info();
      ObjectNode o = rules.addObject();
      o.put("id", r.id()).put("severity", r.severity().id());
      ArrayNode kinds = o.putArray("kinds");
      Arrays.stream(r.kinds()).map(ConnectorKind::id).forEach(kinds::add);
      ArrayNode files = o.putArray("files");
      Arrays.stream(r.files()).forEach(files::add);
      o.put("source", r.source());
      Sources.url(r.source()).ifPresent(u -> o.put("sourceUrl", u));
      o.put("doc", r.doc()).put("fix", r.fix()).put("optIn", r.optIn()).put("version", r.version());
      o.put("fixability", r.fixability().name().toLowerCase(Locale.ROOT));
      if (r.fixability() != Fixability.NONE) {
        o.put("fixSafety", r.fixSafety());
      }
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("catalogVersion", catalog.version());
    root.set("rules", rules);
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first sentence of a rule's doc, for one-line descriptions (SARIF shortDescription). */
  public static String firstSentence(String doc) {
    int end = doc.indexOf(". ");
    return end < 0 ? doc : doc.substring(0, end + 1);
  }

  /** "all", or the kinds' ids. */
  public static String kinds(RuleInfo r) {
    return r.kinds().length == 0
        ? "all"
        : Arrays.stream(r.kinds()).map(ConnectorKind::id).collect(Collectors.joining(", "));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /**
   * Why the rule has its severity, with the figures of the checked-in evidence: the calibration
   * window the policy reads, the test window beside it, and each facet where there are several.
   */
  static String evidence(RuleInfo r, RuleEvidence evidence) {
    StringBuilder md = new StringBuilder();
    Optional<RuleEvidence.Row> cal = evidence.of(r.id(), RuleEvidence.CALIBRATION);
    SeverityPolicy.Evidence figures =
        cal.map(RuleEvidence.Row::evidence).orElse(new SeverityPolicy.Evidence(0, 0, 0, 0, 0, 0));
    md.append("Severity: ").append(SeverityPolicy.reason(r.enforcedBy(), figures)).append('.');
    if (!r.rationale().isBlank()) {
      md.append(' ').append(r.rationale());
    }
    md.append("\n\n");
    if (cal.isEmpty()) {
      return md.append("Evidence: none yet (`scripts/evidence.sh`).\n\n").toString();
    }
    md.append("Evidence, merges to ")
        .append(SeverityPolicy.CALIBRATION_END)
        .append(": ")
        .append(figures(cal.get()));
    evidence
        .of(r.id(), RuleEvidence.TEST)
        .ifPresent(t -> md.append(" Merges since: ").append(figures(t)));
    List<RuleEvidence.Row> facets = evidence.facets(r.id(), RuleEvidence.CALIBRATION);
    if (facets.size() > 1) {
      md.append(" By field: ")
          .append(
              facets.stream()
                  .map(
                      f ->
                          "`"
                              + f.facet()
                              + "` "
                              + SeverityPolicy.pct(f.evidence().carryShare())
                              + " carry, "
                              + f.reviewFixed()
                              + "/"
                              + f.reviewCases()
                              + " fixed")
                  .collect(Collectors.joining("; ")))
          .append('.');
    }
    return md.append("\n\n").toString();
  }

  private static String figures(RuleEvidence.Row r) {
    SeverityPolicy.Evidence e = r.evidence();
    StringBuilder out =
        new StringBuilder()
            .append(SeverityPolicy.pct(e.carryShare()))
            .append(" of ")
            .append(r.versions())
            .append(" merged versions carry it (")
            .append(r.connectorsCarrying())
            .append(" of ")
            .append(r.connectorsLive())
            .append(" connectors live at the end); ")
            .append(r.reviewFixed())
            .append(" of ")
            .append(r.reviewCases())
            .append(" violations in pull requests fixed before merge");
    if (r.reviewCases() > 0) {
      out.append(" (")
          .append(SeverityPolicy.pct(e.reviewFixShare()))
          .append(", in ")
          .append(r.reviewPullRequests())
          .append(r.reviewPullRequests() == 1 ? " pull request)" : " pull requests)");
    }
    if (r.validationCases() > 0) {
      out.append("; in ")
          .append(r.validationCommits())
          .append(r.validationCommits() == 1 ? " commit" : " commits")
          .append(" fixing validation, ")
          .append(r.validationFixed())
          .append(" of ")
          .append(r.validationCases());
    }
    return out.append('.').toString();
  }
}
