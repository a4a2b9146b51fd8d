package census.match;

import census.match.TitleNormalizer.NormalizedTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Classifies a pair of connectors by title, folder, host and publisher (see {@link PairClass}).
 * Plain Java so that {@code census check} and the Spark job share one definition.
 */
public final class TitleMatcher {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  // at most 2 edits are ever allowed, so the distance need not be computed beyond 3
  private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "ms", "microsoft",
          "msft", "microsoft",
          "mgmt", "management",
          "svc", "service",
          "db", "database",
          "intl", "international",
          "gov", "government",
          "docs", "documents",
          "info", "information",
          "sp", "sharepoint");
  // words that begin unrelated titles, so sharing one says nothing about a vendor
  private static final Set<String> GENERIC_FIRST_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "my",
          "open",
          "power",
          "smart",
          "simple",
          "easy",
          "free",
          "get",
          "app",
          "advanced",
          "digital",
          "pro",
          "super",
          "quick");
  // what some vendors append to their name: "DadJokesIO" is "Dad Jokes"
  private static final Set<String> NAME_SUFFIXES =
      Set.of("io", "hq", "inc", "ltd", "llc", "app", "online", "com", "net", "ip");

  private TitleMatcher() {}

  /** The class of a related pair, or empty when the two are unrelated. */
  public static Optional<PairMatch> compare(Candidate a, Candidate b) {
    NormalizedTitle ta = a.title();
    NormalizedTitle tb = b.title();
    if (ta.tokens().isEmpty() || tb.tokens().isEmpty()) {
      return Optional.empty();
    }
    String also = corroboration(a, b);
    if (ta.key().equals(tb.key())) {
      return match(PairClass.IDENTICAL, 1.0, "title equal after normalisation" + also);
    }
    if (ta.baseKey().equals(tb.baseKey())) {
      return match(
          PairClass.VERSION_SIBLING,
          1.0,
          "title equal but for the version mark (" + mark(ta) + " / " + mark(tb) + ")");
    }
    double score = JARO_WINKLER.apply(ta.baseKey(), tb.baseKey());
    if (a.kind() != null && b.kind() != null && a.onPlatform() != b.onPlatform()) {
      if (!a.folderKey().isEmpty() && a.folderKey().equals(b.folderKey())) {
        return match(PairClass.SAME_SERVICE, score, "same folder name, other publisher kind");
      }
      if (a.host() != null && a.host().equals(b.host()) && related(ta, tb, score)) {
        return match(
            PairClass.SAME_SERVICE,
            score,
            "same host " + a.host() + " and related titles, other publisher kind");
      }
    }
    Optional<String> edit = smallEdit(ta.tokens(), tb.tokens());
    if (edit.isPresent()) {
      return match(PairClass.NEAR_DUPLICATE, score, edit.get() + also);
    }
    int shared = sharedPrefix(ta.tokens(), tb.tokens());
    if (shared > 1 || (shared == 1 && !GENERIC_FIRST_WORDS.contains(ta.tokens().get(0)))) {
      return match(
          PairClass.FAMILY,
          score,
          "shared prefix \"" + String.join(" ", ta.tokens().subList(0, shared)) + "\"" + also);
    }
    return Optional.empty();
  }

  private static Optional<PairMatch> match(PairClass pairClass, double score, String evidence) {
    return Optional.of(new PairMatch(pairClass, Math.round(score * 1000) / 1000.0, evidence));
  }

  private static String mark(NormalizedTitle title) {
    return title.version().isEmpty() ? "none" : title.version();
  }

  /** Host and publisher agreeing, as a note on a verdict decided by the titles. */
  private static String corroboration(Candidate a, Candidate b) {
    StringBuilder note = new StringBuilder();
    if (a.host() != null && a.host().equals(b.host())) {
      note.append("; same host ").append(a.host());
    }
    if (a.publisher() != null && a.publisher().equalsIgnoreCase(b.publisher())) {
      note.append("; same publisher ").append(a.publisher());
    }
    return note.toString();
  }

  /**
   * Titles of one service under two publisher kinds: one contains the other, one's words are all in
   * the other ("Adobe Sign", "Adobe Acrobat Sign"), or they are nearly equal.
   */
  private static boolean related(NormalizedTitle a, NormalizedTitle b, double score) {
    return a.baseKey().contains(b.baseKey())
        || b.baseKey().contains(a.baseKey())
        || a.tokens().containsAll(b.tokens())
        || b.tokens().containsAll(a.tokens())
        || score >= 0.9;
  }

  /**
   * Whether the titles differ only by a slip: an abbreviation, a vendor-name suffix, or one or two
   * edits in the words they do not share. Words they share at either end are set aside first, so
   * "HubSpot CMS" and "HubSpot CRM" differ in "cms"/"crm", which is too short to be a typo.
   */
  static Optional<String> smallEdit(List<String> a, List<String> b) {
    List<String> ea = expanded(a);
    List<String> eb = expanded(b);
    if (String.join("", ea).equals(String.join("", eb))) {
      return Optional.of("abbreviation");
    }
    int prefix = sharedPrefix(ea, eb);
    int suffix = sharedSuffix(ea.subList(prefix, ea.size()), eb.subList(prefix, eb.size()));
    List<String> ra = ea.subList(prefix, ea.size() - suffix);
    List<String> rb = eb.subList(prefix, eb.size() - suffix);
    if (ra.isEmpty() || rb.isEmpty()) {
      List<String> extra = ra.isEmpty() ? rb : ra;
      return extra.size() == 1 && NAME_SUFFIXES.contains(extra.get(0))
          ? Optional.of("differs by the suffix \"" + extra.get(0) + "\"")
          : Optional.empty();
    }
    if (isInitials(ra, rb) || isInitials(rb, ra)) {
      return Optional.of("abbreviation (initials)");
    }
    String da = String.join("", ra);
    String db = String.join("", rb);
    int longest = Math.max(da.length(), db.length());
    // short words differ by one letter too often to call it a slip: "Mail" and "Gmail"
    int allowed = longest >= 9 ? 2 : longest >= 6 ? 1 : 0;
    int distance = LEVENSHTEIN.apply(da, db);
    if (distance >= 0 && distance <= allowed) {
      return Optional.of("spelling (" + distance + (distance == 1 ? " edit)" : " edits)"));
    }
    return Optional.empty();
  }

  /** The tokens with common abbreviations written out ("ms" → "microsoft"). */
  static List<String> expanded(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(ABBREVIATIONS.getOrDefault(t, t));
    }
    return out;
  }

  /** "nlp" against "natural language processing". */
  private static boolean isInitials(List<String> shortForm, List<String> longForm) {
    if (shortForm.size() != 1 || longForm.size() < 2) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : longForm) {
      initials.append(word.charAt(0));
    }
    return initials.toString().equals(shortForm.get(0));
  }

  static int sharedPrefix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
      n++;
    }
    return n;
  }

  private static int sharedSuffix(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size()
        && n < b.size()
        && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
      n++;
    }
    return n;
  }
}
