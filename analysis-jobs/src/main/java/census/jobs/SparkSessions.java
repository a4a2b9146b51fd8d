package census.jobs;

import org.apache.spark.sql.SparkSession;

/** The one way Census starts Spark, so jobs, tests and the CLI run with the same settings. */
public final class SparkSessions {
  public static final String LOCAL = "local[*]";

  private SparkSessions() {}

  public static SparkSession start(String master) {
    return start(master, java.util.Map.of());
  }

  /** A session on {@code master}; {@code conf} overrides Census's defaults. */
  public static SparkSession start(String master, java.util.Map<String, String> conf) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("connector-census")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            // Timestamps the crawler's parquet-java reader (reports, check) can read back.
            .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
            // The tables are thousands of rows, not billions: few partitions keep jobs quick.
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.adaptive.enabled", "true");
    if (master.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    conf.forEach(builder::config);
    return builder.getOrCreate();
  }
}
