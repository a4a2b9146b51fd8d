package census.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The data of one chart, handed to the page as JSON in a data block and drawn by census.js with
 * Chart.js. Labels come from the repository; Chart.js draws them on a canvas as text.
 *
 * @param type bar, horizontal-bar, line or doughnut (census.js accepts only these)
 */
record Chart(String type, List<String> labels, List<Series> series) {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Series(String label, List<? extends java.lang.Number> data) {}

  static Chart single(String type, String label, List<String> labels, List<Long> values) {
    return new Chart(type, labels, List.of(new Series(label, values)));
  }

  /** The chart as JSON, safe inside a script data block. */
  String json() {
    try {
      return Escape.scriptData(JSON.writeValueAsString(this));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
