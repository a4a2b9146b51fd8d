package census.rules;

import census.model.ConnectorKind;
import census.model.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a rule is, written beside its check: the catalog, {@code census rules} and docs/rules.md are
 * all generated from these annotations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /**
   * Stable id: the code of Microsoft's Swagger Validator where it checks the same thing, otherwise
   * a descriptive PascalCase id.
   */
  String id();

  Severity severity();

  /** Publisher kinds the rule applies to; empty means all kinds. */
  ConnectorKind[] kinds() default {};

  /** The files the rule reads, e.g. {@code apiDefinition.swagger.json}. */
  String[] files();

  /** Where the requirement comes from: a seed file and section, or "Swagger Validator: Code". */
  String source();

  /** One or two sentences: what is required and why. */
  String doc();

  /** How to fix a finding. */
  String fix();

  /** Whether findings carry fixes, and whether {@code --fix} applies them without asking. */
  Fixability fixability() default Fixability.NONE;

  /**
   * For a rule with fixes: why its fix is safe (cannot change what a live connector sends, receives
   * or shows flows) or why it is not.
   */
  String fixSafety() default "";

  /**
   * True for a rule that runs only when asked for (the spelling check: {@code census lint
   * --spelling}, {@code census crawl --spelling}), because it is slow or noisy.
   */
  boolean optIn() default false;

  /**
   * What blocks a violation, where something beyond the repository's evidence does: {@link
   * Enforcement#FORMAT} or {@link Enforcement#PLATFORM} make the rule an error whatever its
   * evidence, and {@link #rationale()} says why.
   */
  Enforcement enforcedBy() default Enforcement.EVIDENCE;

  /**
   * Why the rule has its severity, where the evidence alone does not say: what the platform or the
   * format rejects, or why a rule departs from {@link SeverityPolicy}.
   */
  String rationale() default "";

  /**
   * Ids this rule was split or renamed from. {@code --select}, {@code --ignore}, configuration and
   * baselines that name an old id mean every rule that lists it (and the rule that still has it),
   * as ESLint redirects renamed rules.
   */
  String[] replaces() default {};

  /** Bump when the check changes, so contents checked under the old version are checked again. */
  int version() default 1;
}
