package census.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What the report step does, provided by reports ({@code census.report}) as a service. */
public interface Reporter {
  /** The tables the report reads: a report from unchanged tables and code need not be redone. */
  List<String> inputs();

  /**
   * Renders the warehouse as a static site in {@code out}, replacing the report there only once the
   * new one is complete; returns the new report's index.html.
   */
  Path report(String warehouse, Path out) throws IOException;
}
