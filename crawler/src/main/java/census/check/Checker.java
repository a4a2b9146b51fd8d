package census.check;

import census.match.Candidate;
import census.match.PairClass;
import census.match.PairMatch;
import census.match.TitleMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Answers "does this proposed connector already exist?" with the duplicate-title matcher. */
public final class Checker {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final List<Entry> entries;

  public Checker(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * An entry near the proposed title.
   *
   * @param pairClass the matcher's class, or null when only the similarity score ranks it
   */
  public record Match(Entry entry, PairClass pairClass, double score, String evidence) {
    /** Whether the entry covers the proposal: a duplicate class or a version of it. */
    public boolean covers() {
      return pairClass != null && (pairClass.duplicate() || pairClass == PairClass.VERSION_SIBLING);
    }
  }

  /** The verdict: the outcome, the entry that decided it (if any) and the closest entries. */
  public record Answer(
      String title, Outcome outcome, Optional<Match> decidedBy, List<Match> closest) {}

  public Answer check(String title, int limit) {
    Candidate probe = Candidate.ofTitle(title);
    if (probe.title().tokens().isEmpty()) {
      throw new IllegalArgumentException(
          "\"" + title + "\" has no letters or digits once normalised; give a connector name");
    }
    List<Match> matches = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Optional<PairMatch> m = TitleMatcher.compare(probe, e.candidate());
      matches.add(
          m.map(p -> new Match(e, p.pairClass(), p.score(), p.evidence()))
              .orElseGet(
                  () ->
                      new Match(
                          e,
                          null,
                          JARO_WINKLER.apply(probe.title().key(), e.candidate().title().key()),
                          "")));
    }
    Optional<Match> decided =
        matches.stream()
            .filter(Match::covers)
            .min(
                Comparator.comparing((Match m) -> m.entry().outcome())
                    .thenComparing(Match::score, Comparator.reverseOrder()));
    List<Match> closest =
        matches.stream()
            .sorted(
                Comparator.comparing((Match m) -> !m.covers())
                    .thenComparing(m -> m.pairClass() == null)
                    .thenComparing(Match::score, Comparator.reverseOrder())
                    .thenComparing(m -> m.entry().candidate().id()))
            .limit(limit)
            .toList();
    return new Answer(
        title, decided.map(m -> m.entry().outcome()).orElse(Outcome.NEW), decided, closest);
  }
}
