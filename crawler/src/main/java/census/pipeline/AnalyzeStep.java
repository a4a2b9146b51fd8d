package census.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Runs the Spark jobs on a session at {@code master} (null: local[*]) with extra Spark
 * configuration {@code conf}, only the jobs named in {@code jobs} (null or empty: all). A job whose
 * code and inputs are unchanged since it last ran is skipped and keeps its tables, unless {@code
 * force}. The work is done by the {@link Analyzer} on the class path; the result is the steps
 * skipped ({@code job:NAME}).
 */
public record AnalyzeStep(String master, Map<String, String> conf, List<String> jobs, boolean force)
    implements Step<List<String>> {
  /** Every job, on {@code master} (null: local[*]). */
  public static AnalyzeStep on(String master, boolean force) {
    return new AnalyzeStep(master, Map.of(), List.of(), force);
  }

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public List<String> run(Locations at, String runId) throws Exception {
    return Services.find(Analyzer.class, name()).analyze(at.warehouse(), this, runId);
  }
}
