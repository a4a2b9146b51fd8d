package census.pr;

import census.model.Severity;

/**
 * What a pull request is judged on as a whole, beside its folders' findings: the shape the
 * publishing process asks of it. Checks that are properties of one folder (readme sections, icon,
 * brand colour, required files) are catalog rules and reach the review as findings, once.
 *
 * <p>All are warnings: maintainers ask for them in review (the publishing process's own words), but
 * no measurement of the repository's history yet shows that one blocks a merge.
 */
public enum PullRequestCheck {
  MULTIPLE_CONNECTORS(
      "PullRequestChangesSeveralConnectors",
      "A pull request changes one connector: maintainers ask for one connector per pull request."),
  FILE_OUTSIDE_CONNECTOR(
      "PullRequestFileOutsideConnector",
      "Every changed file lies inside the connector's folder; a stray file (the repository's"
          + " README, schemas/, a file beside the connector folders) is asked to be removed."),
  TITLE_PATTERN(
      "PullRequestTitlePattern",
      "An independent publisher's pull request is titled \"Connector Name (Independent"
          + " Publisher)\", and a proposal \"Proposal - Connector Name (Independent Publisher)\"."
          + " Checked only when the title is given (--title): git does not hold it."),
  PROPOSAL_SHAPE(
      "PullRequestProposalShape",
      "A proposal adds one folder under independent-publisher-connectors holding only its"
          + " readme.md (and intro.md); the definition and properties follow once it is accepted.");

  private final String id;
  private final String doc;

  PullRequestCheck(String id, String doc) {
    this.id = id;
    this.doc = doc;
  }

  public String id() {
    return id;
  }

  public String doc() {
    return doc;
  }

  public Severity severity() {
    return Severity.WARNING;
  }
}
