package census.rules.info;

import census.json.JsonDocument;
import census.rules.ConnectorIndex;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code x-ms-connector-metadata} array of a definition: the Website, Privacy policy and
 * Categories of the service, as {@code {"propertyName": ..., "propertyValue": ...}} entries.
 */
public final class ConnectorMetadata {
  public static final String POINTER = "/x-ms-connector-metadata";
  public static final String WEBSITE = "Website";
  public static final String PRIVACY_POLICY = "Privacy policy";
  public static final String CATEGORIES = "Categories";

  /** The property names certification requires, spelled as seed 003 writes them. */
  public static final List<String> REQUIRED = List.of(WEBSITE, PRIVACY_POLICY, CATEGORIES);

  private static final Splitter SEMICOLONS = Splitter.on(';').trimResults().omitEmptyStrings();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ConnectorMetadata() {}

  /** One entry of the array and its index. */
  public record Entry(int index, JsonNode node) {
    public String pointer() {
      return POINTER + "/" + index;
    }

    public String valuePointer() {
      return pointer() + "/propertyValue";
    }

    /** The propertyName, or "" when it is missing or not text. */
    public String name() {
      JsonNode name = node.path("propertyName");
      return name.isTextual() ? name.asText() : "";
    }

    public JsonNode value() {
      return node.path("propertyValue");
    }

    /** True when the name is {@code property} up to case and spacing, as the platform reads it. */
    public boolean is(String property) {
      return normal(name()).equals(normal(property));
    }
  }

  /** Every entry that is an object, in order. */
  public static List<Entry> entries(JsonNode root) {
    List<Entry> entries = new ArrayList<>();
    JsonNode metadata = root.path("x-ms-connector-metadata");
    for (int i = 0; i < metadata.size(); i++) {
      if (metadata.get(i).isObject()) {
        entries.add(new Entry(i, metadata.get(i)));
      }
    }
    return entries;
  }

  /** The first entry for {@code property} (see {@link Entry#is}). */
  public static Optional<Entry> find(JsonNode root, String property) {
    return entries(root).stream().filter(e -> e.is(property)).findFirst();
  }

  /** A check of the Categories entry and the categories it names. */
  @FunctionalInterface
  interface CategoriesCheck {
    void check(JsonDocument doc, Entry entry, List<String> categories);
  }

  /** Runs {@code check} on the Categories entry of the connector's definition, if it has one. */
  static void withCategories(ConnectorIndex connector, CategoriesCheck check) {
    connector
        .definition()
        .ifPresent(
            doc ->
                find(doc.tree(), CATEGORIES)
                    .ifPresent(entry -> check.check(doc, entry, categories(entry))));
  }

  /** The categories of a Categories entry: its value split at semicolons. */
  public static List<String> categories(Entry entry) {
    return entry.value().isTextual() ? SEMICOLONS.splitToList(entry.value().asText()) : List.of();
  }

  static String normal(String name) {
    return SPACES.matcher(name).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }
}
