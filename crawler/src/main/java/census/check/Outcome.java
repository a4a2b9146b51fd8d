package census.check;

import census.match.Candidate;
import java.util.Locale;

/**
 * What an author may do with a proposed connector, from the publishing process's table ("Verify
 * that the connector hasn't already been built"), strongest first.
 */
public enum Outcome {
  ON_PLATFORM("Already exists on the Power Platform.", "You can't build the connector."),
  INDEPENDENT_PUBLISHER(
      "Already exists as an independent publisher connector.",
      "You can add more functionality to the connector."),
  OPEN_PROPOSAL(
      "Is currently a pull request and a proposal.",
      "You can contact the independent publisher to collaborate with them on the connector."),
  OPEN_PULL_REQUEST(
      "Is a pull request and isn't a proposal.",
      "Wait until the connector is certified and deployed and then add an update to that"
          + " connector's files."),
  CUSTOM_SAMPLE(
      "Exists as a custom connector sample in the repository (not on the platform).",
      "You may build it; consider starting from the sample."),
  NEW(
      "No connector or open pull request covers it.",
      "Share a proposal: open a pull request titled \"Proposal - <Connector Name> (Independent"
          + " Publisher)\".");

  private final String status;
  private final String option;

  Outcome(String status, String option) {
    this.status = status;
    this.option = option;
  }

  /**
   * The outcome for a proposal covered by an entry: a connector of this kind (certified,
   * independent_publisher, custom, or platform for a catalog entry), or an unmerged pull request.
   * The one classifier of the table: {@code census check}, {@code census pr} and the pr-overlap job
   * all call it.
   */
  public static Outcome of(String kind, boolean pullRequest, boolean proposal) {
    if (pullRequest) {
      return proposal ? OPEN_PROPOSAL : OPEN_PULL_REQUEST;
    }
    if (Candidate.onPlatform(kind)) {
      return ON_PLATFORM;
    }
    return "independent_publisher".equals(kind) ? INDEPENDENT_PUBLISHER : CUSTOM_SAMPLE;
  }

  public String status() {
    return status;
  }

  public String option() {
    return option;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
