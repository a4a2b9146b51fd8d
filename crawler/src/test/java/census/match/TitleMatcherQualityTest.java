package census.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.match.Blocking.BlockKey;
import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher against the labelled set in test resources: precision and recall of the duplicate
 * classes must stay at 0.9 or above, and docs/matching.md shows the current confusion figures.
 */
class TitleMatcherQualityTest {
  private static final String UNRELATED = "unrelated";
  private static final List<String> LABELS =
      List.of(
          "identical", "version_sibling", "same_service", "near_duplicate", "family", UNRELATED);

  record Labelled(Candidate a, Candidate b, String label, String predicted) {}

  private static List<Labelled> pairs;

  @BeforeAll
  static void classifyAll() throws IOException {
    pairs = new ArrayList<>();
    try (InputStream in = TitleMatcherQualityTest.class.getResourceAsStream("labelled-pairs.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int n = 0;
      for (String line : Splitter.on('\n').split(text)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        @SuppressWarnings("StringSplitter") // a row missing its last fields fails on f[5]
        String[] f = line.split("\t");
        Candidate a = candidate("a" + n, f[0], f[1], f[2]);
        Candidate b = candidate("b" + n, f[3], f[4], f[5]);
        String predicted =
            TitleMatcher.compare(a, b).map(m -> m.pairClass().id()).orElse(UNRELATED);
        assertEquals(
            predicted,
            TitleMatcher.compare(b, a).map(m -> m.pairClass().id()).orElse(UNRELATED),
            "the verdict does not depend on the order of the pair: " + line);
        pairs.add(new Labelled(a, b, f[6], predicted));
        n++;
      }
    }
  }

  private static Candidate candidate(String id, String title, String kind, String host) {
    String k =
        switch (kind) {
          case "c" -> "certified";
          case "i" -> "independent_publisher";
          case "u" -> "custom";
          default -> throw new IllegalArgumentException(kind);
        };
    return Candidate.of(id, k, null, title, host.equals("-") ? null : host, null);
  }

  private static boolean duplicate(String label) {
    return !label.equals(UNRELATED) && PairClass.fromId(label).duplicate();
  }

  @Test
  void labelledSetIsLargeAndHasHardNegatives() {
    assertTrue(pairs.size() >= 60, "at least 60 labelled pairs");
    assertTrue(pairs.stream().filter(p -> p.label().equals("family")).count() >= 20);
    for (String label : LABELS) {
      assertTrue(pairs.stream().anyMatch(p -> p.label().equals(label)), "some pairs are " + label);
    }
  }

  @Test
  void precisionAndRecallOfTheDuplicateClassesAreAtLeast90Percent() {
    long truePositives =
        pairs.stream().filter(p -> duplicate(p.label()) && duplicate(p.predicted())).count();
    long predicted = pairs.stream().filter(p -> duplicate(p.predicted())).count();
    long actual = pairs.stream().filter(p -> duplicate(p.label())).count();
    double precision = (double) truePositives / predicted;
    double recall = (double) truePositives / actual;
    List<String> wrong =
        pairs.stream()
            .filter(p -> !p.label().equals(p.predicted()))
            .map(p -> p.a().label() + " / " + p.b().label() + ": " + p.predicted())
            .toList();
    assertTrue(precision >= 0.9, "precision " + precision + "; misclassified: " + wrong);
    assertTrue(recall >= 0.9, "recall " + recall + "; misclassified: " + wrong);
  }

  @Test
  void everyRelatedLabelledPairSharesABlock() {
    for (Labelled p : pairs) {
      if (p.label().equals(UNRELATED)) {
        continue;
      }
      Set<String> blocks = new HashSet<>();
      Blocking.keys(p.a()).stream().map(BlockKey::block).forEach(blocks::add);
      assertTrue(
          Blocking.keys(p.b()).stream().map(BlockKey::block).anyMatch(blocks::contains),
          "no shared block for " + p.a().label() + " / " + p.b().label());
    }
  }

  @Test
  void docsShowTheCurrentConfusionFigures() throws IOException {
    String figures = confusionMarkdown();
    Path out = Path.of("target", "matching-quality.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, figures);
    String docs = Files.readString(Path.of("..", "docs", "matching.md"));
    assertTrue(
        docs.contains(figures),
        "docs/matching.md is out of date: paste target/matching-quality.md into it");
  }

  /** The confusion matrix (labels down, verdicts across) and the duplicate-class figures. */
  static String confusionMarkdown() {
    Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
    for (String label : LABELS) {
      matrix.put(label, new LinkedHashMap<>());
      LABELS.forEach(v -> matrix.get(label).put(v, 0));
    }
    pairs.forEach(p -> matrix.get(p.label()).merge(p.predicted(), 1, Integer::sum));
    StringBuilder md = new StringBuilder();
    md.append("| labelled \\ verdict | ").append(String.join(" | ", LABELS)).append(" |\n");
    md.append("|---|").append("---:|".repeat(LABELS.size())).append('\n');
    matrix.forEach(
        (label, row) -> {
          md.append("| ").append(label);
          row.values().forEach(v -> md.append(" | ").append(v));
          md.append(" |\n");
        });
    long tp = pairs.stream().filter(p -> duplicate(p.label()) && duplicate(p.predicted())).count();
    long fp = pairs.stream().filter(p -> !duplicate(p.label()) && duplicate(p.predicted())).count();
    long fn = pairs.stream().filter(p -> duplicate(p.label()) && !duplicate(p.predicted())).count();
    md.append(
        String.format(
            "%nDuplicate classes (identical, same_service, near_duplicate) on %d labelled pairs:"
                + " %d true positives, %d false positives, %d false negatives; precision %.3f,"
                + " recall %.3f.%n",
            pairs.size(), tp, fp, fn, (double) tp / (tp + fp), (double) tp / (tp + fn)));
    return md.toString();
  }
}
