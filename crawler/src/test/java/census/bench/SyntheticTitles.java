package census.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic connector title sets for the duplicate-titles benchmark: vendors with product lines,
 * version siblings, typos, spacing variants and independent-publisher copies of certified
 * connectors, in the proportions seen in the repository, at any size.
 */
public final class SyntheticTitles {
  private static final String[] SYLLABLES = {
    "ac", "al", "an", "ar", "bel", "bro", "ca", "cor", "da", "del", "do", "el", "en", "fa", "fin",
    "ga", "gro", "ha", "in", "io", "ka", "kor", "la", "lin", "lo", "ma", "mer", "mo", "na", "nex",
    "no", "or", "pa", "per", "po", "qua", "ra", "ri", "ro", "sa", "sen", "so", "ta", "ter", "to",
    "tri", "u", "va", "ver", "vo", "xa", "ya", "za", "zen"
  };
  private static final String[] PRODUCTS = {
    "CRM",
    "CMS",
    "Mail",
    "Calendar",
    "Forms",
    "Documents",
    "Analytics",
    "Storage",
    "Billing",
    "Payments",
    "Invoices",
    "Tasks",
    "Projects",
    "Chat",
    "SMS",
    "Voice",
    "Video",
    "Search",
    "Translate",
    "Maps",
    "Weather",
    "Security",
    "Identity",
    "Inventory",
    "Orders",
    "Tickets",
    "Helpdesk",
    "Marketing",
    "Sales",
    "Survey",
    "Sign",
    "PDF",
    "Barcode",
    "OCR",
    "NLP",
    "HR",
    "Payroll",
    "Recruit",
    "Learning",
    "Events"
  };

  /** One synthetic connector. */
  public record Title(String path, String kind, String folder, String title, String host) {}

  private SyntheticTitles() {}

  public static List<Title> generate(int count, long seed) {
    Random random = new Random(seed);
    List<Title> titles = new ArrayList<>(count);
    while (titles.size() < count) {
      String vendor = vendor(random);
      String host = "api." + vendor.toLowerCase(Locale.ROOT).replace(" ", "") + ".com";
      int products = 1 + random.nextInt(random.nextInt(10) < 8 ? 2 : 15);
      for (int p = 0; p < products && titles.size() < count; p++) {
        String title =
            products == 1 ? vendor : vendor + " " + PRODUCTS[random.nextInt(PRODUCTS.length)];
        add(titles, "certified", title, host);
        int variant = random.nextInt(100);
        if (variant < 5 && titles.size() < count) {
          add(titles, "certified", title + " V" + (2 + random.nextInt(3)), host);
        } else if (variant < 8 && titles.size() < count) {
          add(titles, "independent_publisher", typo(title, random), null);
        } else if (variant < 11 && titles.size() < count) {
          add(titles, "independent_publisher", title.replace(" ", ""), host);
        }
      }
    }
    return titles;
  }

  private static void add(List<Title> titles, String kind, String title, String host) {
    // a numeric suffix keeps folders unique, as the repository's paths are
    String folder = title + " " + titles.size();
    String root =
        kind.equals("certified") ? "certified-connectors/" : "independent-publisher-connectors/";
    titles.add(new Title(root + folder, kind, folder, title, host));
  }

  private static String vendor(Random random) {
    StringBuilder name = new StringBuilder();
    int syllables = 2 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
    return name.toString();
  }

  /** One slip: a letter dropped, doubled or swapped with its neighbour. */
  private static String typo(String title, Random random) {
    int i = 1 + random.nextInt(Math.max(1, title.length() - 2));
    return switch (random.nextInt(3)) {
      case 0 -> title.substring(0, i) + title.substring(i + 1);
      case 1 -> title.substring(0, i) + title.charAt(i) + title.substring(i);
      default ->
          title.substring(0, i - 1)
              + title.charAt(i)
              + title.charAt(i - 1)
              + title.substring(i + 1);
    };
  }
}
