package census.match;

import java.util.Locale;

/** How two related titles relate, from a clash a reviewer would reject to a product family. */
public enum PairClass {
  /** Equal after normalisation. */
  IDENTICAL(true),
  /** Equal but for a version mark ("V2", "(v3)"): one service, deliberately versioned. */
  VERSION_SIBLING(false),
  /** A certified and an independent-publisher or custom connector for one service. */
  SAME_SERVICE(true),
  /** Differs by spelling, spacing, an abbreviation or a small edit. */
  NEAR_DUPLICATE(true),
  /** One vendor's distinct products sharing a prefix: related, not a duplicate. */
  FAMILY(false);

  private final boolean duplicate;

  PairClass(boolean duplicate) {
    this.duplicate = duplicate;
  }

  /** Whether a reviewer would call the pair the same connector (and group it). */
  public boolean duplicate() {
    return duplicate;
  }

  /**
   * Whether one of the pair covers a proposal of the other, in the publishing process's table: a
   * duplicate, or a version of the same connector.
   */
  public boolean covers() {
    return duplicate || this == VERSION_SIBLING;
  }

  /** The value of the {@code class} column. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PairClass fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
