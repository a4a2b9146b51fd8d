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

  /**
   * True for a rule that runs only when asked for (the spelling check: {@code census lint
   * --spelling}, {@code census crawl --spelling}), because it is slow or noisy.
   */
  boolean optIn() default false;

  /** Bump when the check changes, so contents checked under the old version are checked again. */
  int version() default 1;
}
