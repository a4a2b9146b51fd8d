package census.rules;

import java.util.Map;
import java.util.Optional;

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

  /** A check of Census's own, for trouble reading files that no document foresees. */
  public static final String CENSUS = "Census";

  /** The public pages of the documents that have one (seeds 002 and 004 have none). */
  private static final Map<String, String> PAGES =
      Map.of(
          PUBLISHING,
          "https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission-ip",
          SUBMIT,
          "https://learn.microsoft.com/en-us/connectors/custom-connectors/submit-for-certification",
          CERTIFICATION,
          "https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission",
          VALIDATOR,
          "https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-swagger-validator-rules");

  /** The page of the document a rule's source cites first, if it has a public one. */
  public static Optional<String> url(String source) {
    String first = source.split(";", 2)[0];
    return PAGES.entrySet().stream()
        .filter(e -> first.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
