package census.testing;

import census.json.JsonDocument;
import census.json.Span;
import java.nio.charset.StandardCharsets;

/**
 * Fixtures with one object or array of a file written on one line, compact ({@code {"a":1,"b":2}}),
 * the rest as the fixture lays it out: for cases showing that a fix keeps a compact layout compact.
 */
public final class OneLine {
  private OneLine() {}

  /** {@code fixture} with the value at {@code pointer} of {@code file} written on one line. */
  public static ConnectorFixture at(ConnectorFixture fixture, String file, String pointer) {
    JsonDocument doc = JsonDocument.parse(file, fixture.files().get(file));
    Span span = doc.span(pointer).orElseThrow(() -> new IllegalArgumentException(pointer));
    String text = doc.text();
    String compact =
        text.substring(0, span.start()) + doc.tree().at(pointer) + text.substring(span.end());
    return fixture.file(file, compact.getBytes(StandardCharsets.UTF_8));
  }
}
