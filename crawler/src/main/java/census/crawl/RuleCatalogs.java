package census.crawl;

import census.model.Severity;
import census.rules.CatalogChange;
import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code rule_catalogs} table: the rules of each catalog version that findings in the warehouse
 * were made with. A crawl that finds contents checked under another catalog asks it what changed.
 */
public final class RuleCatalogs {
  private static final Logger LOG = LoggerFactory.getLogger(RuleCatalogs.class);

  private RuleCatalogs() {}

  /** The published rows, plus the current catalog's when they are not there yet. */
  public static List<Row> withCurrent(Warehouse warehouse, RuleCatalog catalog) {
    String version = catalog.version();
    List<Row> rows = new ArrayList<>();
    try {
      rows.addAll(warehouse.read(Tables.RULE_CATALOGS));
    } catch (IOException | RuntimeException e) {
      LOG.warn("rule_catalogs cannot be read; it is written anew: {}", e.toString());
    }
    if (rows.stream().noneMatch(r -> version.equals(r.string("catalog_version")))) {
      for (Rule rule : catalog.rules()) {
        RuleInfo info = rule.info();
        rows.add(
            Tables.RULE_CATALOGS
                .row()
                .set("catalog_version", version)
                .set("rule_id", info.id())
                .set("severity", info.severity().id())
                .set("rule_version", info.version())
                .build());
      }
    }
    return rows;
  }

  /**
   * What changed from the catalog named {@code previous} to {@code current}: {@link
   * CatalogChange#NONE} when they are the same, empty when the warehouse does not know the rules of
   * {@code previous} (then everything is checked again).
   */
  public static Optional<CatalogChange> since(
      Warehouse warehouse, String previous, RuleCatalog current) {
    if (previous.equals(current.version())) {
      return Optional.of(CatalogChange.NONE);
    }
    try {
      List<String> entries = new ArrayList<>();
      for (Row row : warehouse.read(Tables.RULE_CATALOGS)) {
        if (previous.equals(row.string("catalog_version"))) {
          entries.add(
              RuleCatalog.entry(
                  row.string("rule_id"),
                  Severity.valueOf(row.string("severity").toUpperCase(Locale.ROOT)),
                  (int) row.longValue("rule_version")));
        }
      }
      return entries.isEmpty()
          ? Optional.empty()
          : Optional.of(CatalogChange.between(entries, current));
    } catch (IOException | RuntimeException e) {
      LOG.warn("rule_catalogs cannot be read, so every content is checked again: {}", e.toString());
      return Optional.empty();
    }
  }
}
