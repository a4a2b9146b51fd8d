package census.match;

/**
 * The matcher's verdict on a pair.
 *
 * @param score similarity of the two titles, 0 to 1
 * @param evidence which evidence decided the class, in words
 */
public record PairMatch(PairClass pairClass, double score, String evidence) {}
