package census.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the history trend jobs share: the period (a Spark setting) and each connector's version
 * current at the end of each period, with its content's counts.
 */
final class HistoryPeriods {
  /** The Spark setting that picks the period: week, month (the default), quarter or year. */
  static final String PERIOD_CONF = "census.history.period";

  private static final Set<String> UNITS = Set.of("week", "month", "quarter", "year");

  private HistoryPeriods() {}

  static String unit(Dataset<Row> any) {
    String unit =
        any.sparkSession().conf().get(PERIOD_CONF, "month").trim().toLowerCase(Locale.ROOT);
    if (!UNITS.contains(unit)) {
      throw new IllegalArgumentException(
          PERIOD_CONF + " must be one of " + UNITS + ", not " + unit);
    }
    return unit;
  }

  /**
   * One row per period from the first version's to the last's: {@code period_start} (a date) and
   * {@code period_end} (the next period's start, as a timestamp).
   */
  static Dataset<Row> periods(Dataset<Row> versions, String unit) {
    String step =
        switch (unit) {
          case "week" -> "interval 7 days";
          case "quarter" -> "interval 3 months";
          case "year" -> "interval 12 months";
          default -> "interval 1 month";
        };
    String end =
        unit.equals("week")
            ? "date_add(period_start, 7)"
            : "add_months(period_start, "
                + (unit.equals("quarter") ? 3 : unit.equals("year") ? 12 : 1)
                + ")";
    return versions
        .agg(expr("min(valid_from) as lo"), expr("max(valid_from) as hi"))
        .where(col("lo").isNotNull())
        .select(
            expr(String.format(
                    "explode(sequence(to_date(date_trunc('%s', lo)),"
                        + " to_date(date_trunc('%s', hi)), %s))",
                    unit, unit, step))
                .as("period_start"))
        .withColumn("period_end", expr(end).cast("timestamp"))
        .withColumn("period", expr("date_format(period_start, 'yyyy-MM-dd')"));
  }

  /**
   * The version of each connector current at each period's end, if the connector was live then:
   * period, connector_id, kind, content_hash and the content's error_count and finding_count.
   */
  static Dataset<Row> liveAtEnd(Dataset<Row> versions, Dataset<Row> contents, String unit) {
    Dataset<Row> periods = periods(versions, unit);
    Dataset<Row> current =
        periods
            .join(
                versions,
                col("valid_from")
                    .lt(col("period_end"))
                    .and(col("valid_to").isNull().or(col("valid_to").geq(col("period_end")))))
            .where(col("change").notEqual(lit("deleted")))
            .select("period", "connector_id", "kind", "content_hash");
    Dataset<Row> counts =
        contents.select(col("content_hash"), col("error_count"), col("finding_count"));
    return current
        .join(counts, current.col("content_hash").equalTo(counts.col("content_hash")), "left")
        .select(
            current.col("period"),
            current.col("connector_id"),
            current.col("kind"),
            current.col("content_hash"),
            expr("coalesce(error_count, 0)").as("error_count"),
            expr("coalesce(finding_count, 0)").as("finding_count"));
  }
}
