package census.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.testing.Layers;
import com.google.common.base.Splitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/architecture.md lists the layers that census.testing.Layers checks. */
class LayersDocTest {
  private static final String START = "<!-- layers -->";
  private static final String END = "<!-- /layers -->";

  /** "N. `a`, `b` → `c` — what the layer is for": tiers split by →, packages in backticks. */
  private static final Pattern ITEM = Pattern.compile("(\\d+)\\. (.+?) — .*");

  private static final Splitter TIERS = Splitter.on('→');

  private static final Pattern PACKAGE = Pattern.compile("`(census[\\w.]*)`");

  @Test
  void theDocumentListsTheOrderTheTestsCheck() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "architecture.md"), StandardCharsets.UTF_8);
    String list = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));
    List<List<List<String>>> documented = new ArrayList<>();
    for (String line : list.strip().lines().toList()) {
      Matcher item = ITEM.matcher(line);
      if (!item.matches()) {
        continue; // a layer's description may run on to a second line
      }
      assertEquals(documented.size() + 1, Integer.parseInt(item.group(1)), line);
      documented.add(
          TIERS
              .splitToStream(item.group(2))
              .map(tier -> PACKAGE.matcher(tier).results().map(m -> m.group(1)).toList())
              .toList());
    }
    assertEquals(
        Layers.ORDER.stream().map(Layers.Layer::tiers).toList(),
        documented,
        "docs/architecture.md's layer list differs from census.testing.Layers");
  }
}
