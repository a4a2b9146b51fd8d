package census.rules;

import census.model.Severity;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a crawl needs to keep of a folder version's findings to count them and tell new ones from
 * old, in 8 bytes a finding: each finding's {@link FindingKey} hashed, with its severity. The
 * findings themselves go to a table as they are found, so the pull-request crawl's memory does not
 * grow with them (at 100× the connectors its folder versions have ten million).
 */
public final class FindingSummary {
  public static final FindingSummary EMPTY = new FindingSummary(new long[0]);

  private static final HashFunction HASH = Hashing.murmur3_128();
  private static final int SEVERITY_BITS = 2;

  // Sorted; a key's hash in the high bits, its severity's code in the low two. A rule has one
  // severity in a catalog, so equal keys carry equal severities and sorting keeps them together.
  private final long[] keys;

  private FindingSummary(long[] keys) {
    this.keys = keys;
  }

  public static FindingSummary of(List<Finding> findings) {
    Builder b = new Builder();
    findings.forEach(b::add);
    return b.build();
  }

  /** This version's findings and {@code more}'s together. */
  public FindingSummary plus(FindingSummary more) {
    long[] all = Arrays.copyOf(keys, keys.length + more.keys.length);
    System.arraycopy(more.keys, 0, all, keys.length, more.keys.length);
    Arrays.sort(all);
    return new FindingSummary(all);
  }

  public int size() {
    return keys.length;
  }

  public int count(Severity severity) {
    int n = 0;
    for (long k : keys) {
      n += severityOf(k) == code(severity) ? 1 : 0;
    }
    return n;
  }

  /**
   * How many of this version's findings of {@code severity} {@code base} does not hold, matched by
   * key as multisets, as {@link FindingKey#newIn} matches them.
   */
  public int countNewAgainst(FindingSummary base, Severity severity) {
    int n = 0;
    int j = 0;
    for (long k : keys) {
      while (j < base.keys.length && base.keys[j] < k) {
        j++;
      }
      if (j < base.keys.length && base.keys[j] == k) {
        j++; // matched: one of base's equal keys is used up
      } else if (severityOf(k) == code(severity)) {
        n++;
      }
    }
    return n;
  }

  // Fixed here rather than taken from the enum's order, which a new severity could shift.
  private static int code(Severity severity) {
    return switch (severity) {
      case ERROR -> 0;
      case WARNING -> 1;
      case INFO -> 2;
    };
  }

  private static int severityOf(long key) {
    return (int) (key & ((1 << SEVERITY_BITS) - 1));
  }

  /** Collects keys one finding at a time, from checks or from stored rows. */
  public static final class Builder {
    private long[] keys = new long[8];
    private int size;

    public Builder add(Finding f) {
      return add(FindingKey.of(f), f.severity());
    }

    /** A finding as a findings table stores it. */
    public Builder add(
        String file, String ruleId, String jsonPointer, String message, String severity) {
      return add(
          FindingKey.of(file, ruleId, jsonPointer, message),
          Severity.valueOf(severity.toUpperCase(Locale.ROOT)));
    }

    public Builder add(FindingKey key, Severity severity) {
      Hasher hasher = HASH.newHasher();
      for (String part : new String[] {key.file(), key.ruleId(), key.path(), key.message()}) {
        hasher.putString(Objects.toString(part, ""), StandardCharsets.UTF_8).putChar('\0');
      }
      long hash = hasher.hash().asLong();
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = (hash << SEVERITY_BITS) | code(severity);
      return this;
    }

    public FindingSummary build() {
      long[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      return new FindingSummary(sorted);
    }
  }
}
