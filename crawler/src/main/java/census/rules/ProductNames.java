package census.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Power Platform product names, which connector text may not carry: the rules that report them and
 * the fixes that must not write them read this one list.
 */
public final class ProductNames {
  private ProductNames() {}

  /**
   * Current and former names ({@code Microsoft Flow}, {@code Common Data Service}, {@code Power
   * Virtual Agents}), and Logic Apps, which serves the same connectors. A space inside a name may
   * be missing ("PowerApps").
   */
  private static final List<String> PRODUCTS =
      List.of(
          "Power Platform",
          "Power Apps",
          "Power Automate",
          "Microsoft Flow",
          "Power BI",
          "Power Pages",
          "Power Fx",
          "Power Virtual Agents",
          "Copilot Studio",
          "AI Builder",
          "Dataverse",
          "Common Data Service",
          "Logic Apps");

  /** Any product name, as a whole word, in any case. */
  public static final Pattern PATTERN = words();

  /** Any product name or any of {@code plain} (or its plural), as a whole word, in any case. */
  public static Pattern words(String... plain) {
    List<String> alternatives = new ArrayList<>();
    for (String w : plain) {
      alternatives.add(Pattern.quote(w) + "s?");
    }
    for (String product : PRODUCTS) {
      alternatives.add(Pattern.quote(product).replace(" ", "\\E\\s*\\Q"));
    }
    return Pattern.compile(
        "\\b(?:" + String.join("|", alternatives) + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
