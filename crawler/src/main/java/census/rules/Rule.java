package census.rules;

/**
 * One certification requirement. Implementations carry {@link RuleInfo} and register with
 * {@code @AutoService(Rule.class)}; they are stateless and may run on several threads at once.
 */
public interface Rule {
  /** Reports every violation in {@code connector} to {@code findings}. */
  void check(ConnectorIndex connector, Findings findings);

  /** This rule's annotation. */
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }
}
