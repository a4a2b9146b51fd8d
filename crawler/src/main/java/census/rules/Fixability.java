package census.rules;

/**
 * Whether a rule's findings carry fixes, and of which kind ({@link RuleInfo#fixability()}), as Ruff
 * tells safe fixes from unsafe ones.
 */
public enum Fixability {
  /** The rule offers no fix: what to write needs a person. */
  NONE,
  /**
   * {@code census lint --fix} applies the fix: it cannot change what a live connector sends,
   * receives or shows its users' flows (labels, punctuation, layout, encoding).
   */
  SAFE,
  /**
   * Offered only under {@code --unsafe-fixes}: the fix can change what a connector sends or
   * returns, or break a flow built on it (an encoding, a response schema, a name flows use).
   */
  UNSAFE
}
