package census.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether the host a definition calls says which service it is, so that a proposal whose title
 * differs from an existing connector's but which calls that connector's host is tied to it.
 *
 * <p>A host is evidence when {@link Candidate} keeps it (not a placeholder nor a multi-tenant API
 * such as graph.microsoft.com) and the connectors calling it are one service: at most {@value
 * #MAX_CALLERS} of them, every pair of which {@link TitleMatcher} calls the same connector or a
 * version of it. A host that two products of one vendor call (a family: "HubSpot CRM" and "HubSpot
 * CMS" on api.hubapi.com) or that many connectors call says nothing alone. Both limits were set
 * before the bundle was measured, from what the duplicates work calls a duplicate.
 */
public final class HostEvidence {
  /** Callers beyond which a host is shared, whatever their titles: a platform, not a service. */
  public static final int MAX_CALLERS = 4;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final Map<String, List<Candidate>> callers;

  private HostEvidence(Map<String, List<Candidate>> callers) {
    this.callers = callers;
  }

  /** The hosts among {@code connectors} that are evidence, with the connectors that call each. */
  public static HostEvidence of(Collection<Candidate> connectors) {
    Map<String, List<Candidate>> byHost = new HashMap<>();
    for (Candidate c : connectors) {
      if (c.host() != null) {
        byHost.computeIfAbsent(c.host(), h -> new ArrayList<>()).add(c);
      }
    }
    byHost.values().removeIf(group -> !oneService(group));
    return new HostEvidence(byHost);
  }

  /** Whether these connectors, which call one host, are one service (so the host is evidence). */
  public static boolean oneService(List<Candidate> callers) {
    if (callers.isEmpty() || callers.size() > MAX_CALLERS) {
      return false;
    }
    for (int i = 0; i < callers.size(); i++) {
      for (int j = i + 1; j < callers.size(); j++) {
        Optional<PairMatch> m = TitleMatcher.compare(callers.get(i), callers.get(j));
        if (m.isEmpty() || !m.get().pairClass().covers()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The connectors calling {@code host}, when it is evidence; none otherwise. */
  public List<Candidate> callers(String host) {
    return host == null ? List.of() : callers.getOrDefault(host, List.of());
  }

  /** How alike two titles are, 0 to 1, for ranking matches that titles did not decide. */
  public static double similarity(Candidate a, Candidate b) {
    return Math.round(JARO_WINKLER.apply(a.title().baseKey(), b.title().baseKey()) * 1000) / 1000.0;
  }

  /** The words of a same-host tie, as the evidence column gives it. */
  public static String evidence(String host) {
    return "both definitions call " + host;
  }
}
