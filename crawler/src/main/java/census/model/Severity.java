package census.model;

import java.util.Locale;

/**
 * How much a finding matters: errors block certification, warnings should be fixed, info is advice.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
