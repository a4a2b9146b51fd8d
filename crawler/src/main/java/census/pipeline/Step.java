package census.pipeline;

/**
 * A step of the pipeline, built with its own options (a ref, a Spark master) and run on the
 * pipeline's locations. Its result type is the step's own; Spark's classes stay out of every step's
 * signatures, so the commands that need no Spark never load it.
 */
public interface Step<R> {
  /** The step's name in the log and in the {@code steps} of its runs row. */
  String name();

  /** Runs the step; {@code runId} names the staging folders of the tables it writes. */
  R run(Locations at, String runId) throws Exception;
}
