package census.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Runs the Spark jobs on a session at {@code master} (null: local[*]) with extra Spark
 * configuration {@code conf}, only the jobs named in {@code jobs} (null or empty: all). The work is
 * done by the {@link Analyzer} on the class path.
 */
public record AnalyzeStep(String master, Map<String, String> conf, List<String> jobs)
    implements Step<Void> {
  /** Every job, on {@code master} (null: local[*]). */
  public static AnalyzeStep on(String master) {
    return new AnalyzeStep(master, Map.of(), List.of());
  }

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public Void run(Locations at, String runId) throws Exception {
    Services.find(Analyzer.class, name()).analyze(at.warehouse(), this);
    return null;
  }
}
