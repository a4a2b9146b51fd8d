package census.rules;

/** What makes a rule's violations block certification, as {@link SeverityPolicy} reads it. */
public enum Enforcement {
  /** Nothing declared: the repository's history decides ({@link SeverityPolicy}). */
  EVIDENCE,
  /** The file is not a Swagger 2.0 definition (or not JSON) without it: no tool can read it. */
  FORMAT,
  /** The platform refuses to import or run the connector (reserved names, http-only, limits). */
  PLATFORM
}
