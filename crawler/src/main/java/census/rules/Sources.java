package census.rules;

/** Names of the documents rules cite, so every rule cites them the same way. */
public final class Sources {
  private Sources() {}

  public static final String PUBLISHING = "seed 000 (Independent publisher certification process)";
  public static final String SUBMIT =
      "seed 001 (Submit your connector for Microsoft certification)";
  public static final String A_TO_Z = "seed 002 (Publishing, Certification, and Deployment)";
  public static final String CERTIFICATION =
      "seed 003 (Non-Microsoft publisher certification process)";
  public static final String AUTHORING = "seed 004 (Custom connector creation guide)";
  public static final String VALIDATOR = "Swagger Validator";
}
