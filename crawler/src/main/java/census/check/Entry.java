package census.check;

import census.match.Candidate;

/**
 * Something a proposed connector may already be: a connector in the repository, a catalog entry (on
 * the platform, not in the repository) or an open pull request.
 *
 * @param pullRequest the pull request's number, or 0 for a connector or catalog entry
 * @param proposal for a pull request: whether it is only a proposal
 */
public record Entry(Candidate candidate, int pullRequest, boolean proposal) {
  public static Entry connector(Candidate candidate) {
    return new Entry(candidate, 0, false);
  }

  public static Entry pullRequest(Candidate candidate, int number, boolean proposal) {
    return new Entry(candidate, number, proposal);
  }

  /** The outcome an author gets when this entry covers the proposed connector. */
  Outcome outcome() {
    return Outcome.of(candidate.kind(), pullRequest > 0, proposal);
  }
}
