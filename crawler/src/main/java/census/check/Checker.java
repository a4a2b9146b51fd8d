package census.check;

import census.match.Candidate;
import census.match.HostEvidence;
import census.match.PairClass;
import census.match.PairMatch;
import census.match.TitleMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "does this proposed connector already exist?" with the duplicate-title matcher, and with
 * the host its definition calls where that host is evidence ({@link HostEvidence}).
 */
public final class Checker {
  /** The match class of a tie by host, beside the matcher's classes. */
  public static final String SAME_HOST = "same_host";

  private final List<Entry> entries;
  private final HostEvidence hosts;

  public Checker(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.hosts =
        HostEvidence.of(
            entries.stream().filter(e -> e.pullRequest() == 0).map(Entry::candidate).toList());
  }

  /**
   * An entry near the proposed connector.
   *
   * @param matchClass the matcher's class, {@value #SAME_HOST}, or null when only the similarity of
   *     the titles ranks it
   * @param covers whether the entry decides the outcome: a duplicate class, a version of it, or a
   *     connector on the same host
   */
  public record Match(
      Entry entry, String matchClass, double score, String evidence, boolean covers) {
    /** The entry in words: a connector's path or a pull request's number, with its title. */
    public String where() {
      String label = "\"" + entry.candidate().label() + "\"";
      return entry.pullRequest() > 0
          ? "pull request #" + entry.pullRequest() + " " + label
          : entry.candidate().id() + " " + label;
    }

    /** Why it decides the outcome: where it is, its class and the evidence. */
    public String reason() {
      return where() + " is " + matchClass + " (" + evidence + ")";
    }
  }

  /** The verdict: the outcome, the entry that decided it (if any) and the closest entries. */
  public record Answer(
      String title, Outcome outcome, Optional<Match> decidedBy, List<Match> closest) {
    /** The outcome in words, with the entry that decided it: a line or two of plain text. */
    public String verdict() {
      return "\""
          + title
          + "\": "
          + outcome.status()
          + " "
          + outcome.option()
          + "\n"
          + decidedBy.map(m -> "  because: " + m.reason() + "\n").orElse("");
    }
  }

  public Answer check(String title, int limit) {
    return check(title, null, limit);
  }

  /**
   * The outcome for a connector of this title whose definition calls {@code host} (null when not
   * known). An open pull request proposing the same title lends its host: what it calls is what the
   * proposal will call.
   */
  public Answer check(String title, String host, int limit) {
    Candidate probe = Candidate.of("(proposed)", null, null, title, host, null);
    if (probe.title().tokens().isEmpty()) {
      throw new IllegalArgumentException(
          "\"" + title + "\" has no letters or digits once normalised; give a connector name");
    }
    Map<Entry, Optional<PairMatch>> byTitle = new LinkedHashMap<>();
    for (Entry e : entries) {
      byTitle.put(e, TitleMatcher.compare(probe, e.candidate()));
    }
    Map<String, String> probeHosts = probeHosts(probe, byTitle);
    List<Match> matches = new ArrayList<>(entries.size());
    byTitle.forEach((e, m) -> matches.add(match(probe, e, m, probeHosts)));
    Optional<Match> decided =
        matches.stream()
            .filter(Match::covers)
            .min(
                Comparator.comparing((Match m) -> m.entry().outcome())
                    .thenComparing(m -> m.matchClass().equals(SAME_HOST))
                    .thenComparing(Match::score, Comparator.reverseOrder()));
    List<Match> closest =
        matches.stream()
            .sorted(
                Comparator.comparing((Match m) -> !m.covers())
                    .thenComparing(m -> m.matchClass() == null)
                    .thenComparing(Match::score, Comparator.reverseOrder())
                    .thenComparing(m -> m.entry().candidate().id()))
            .limit(limit)
            .toList();
    return new Answer(
        title, decided.map(m -> m.entry().outcome()).orElse(Outcome.NEW), decided, closest);
  }

  /** The hosts the proposal calls, each with where that is known from. */
  private static Map<String, String> probeHosts(
      Candidate probe, Map<Entry, Optional<PairMatch>> byTitle) {
    Map<String, String> found = new LinkedHashMap<>();
    if (probe.host() != null) {
      found.put(probe.host(), "");
    }
    byTitle.forEach(
        (e, m) -> {
          if (e.pullRequest() > 0
              && e.candidate().host() != null
              && m.filter(p -> p.pairClass() == PairClass.IDENTICAL).isPresent()) {
            found.putIfAbsent(
                e.candidate().host(),
                "; pull request #" + e.pullRequest() + " proposes this title and calls it");
          }
        });
    return found;
  }

  private Match match(
      Candidate probe, Entry e, Optional<PairMatch> byTitle, Map<String, String> probeHosts) {
    if (byTitle.isPresent() && byTitle.get().pairClass().covers()) {
      PairMatch p = byTitle.get();
      return new Match(e, p.pairClass().id(), p.score(), p.evidence(), true);
    }
    String host = e.candidate().host();
    if (e.pullRequest() == 0
        && probeHosts.containsKey(host)
        && hosts.callers(host).contains(e.candidate())) {
      return new Match(
          e,
          SAME_HOST,
          HostEvidence.similarity(probe, e.candidate()),
          HostEvidence.evidence(host) + probeHosts.get(host),
          true);
    }
    return byTitle
        .map(p -> new Match(e, p.pairClass().id(), p.score(), p.evidence(), false))
        .orElseGet(
            () -> new Match(e, null, HostEvidence.similarity(probe, e.candidate()), "", false));
  }
}
