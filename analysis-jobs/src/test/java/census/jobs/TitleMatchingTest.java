package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import census.match.Blocking;
import census.match.Candidate;
import census.match.PairMatch;
import census.match.TitleMatcher;
import census.warehouse.Column;
import census.warehouse.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TitleMatchingTest {
  private static final String ZOHO = "certified-connectors/Zoho CRM";
  private static final String ZOHO_IP = "independent-publisher-connectors/ZohoCRM";
  private static final String CATS = "independent-publisher-connectors/Proposal - Cat Facts";
  private static final String NONE = "custom-connectors/---";
  private static final String DEEPL = "certified-connectors/DeepL";

  private static Dataset<Row> connectors() {
    return SparkTest.frame(
        Tables.CONNECTORS,
        List.of(
            row("path", ZOHO, "kind", "certified", "folder", "Zoho CRM", "title", "Zoho CRM"),
            row(
                "path",
                ZOHO_IP,
                "kind",
                "independent_publisher",
                "folder",
                "ZohoCRM",
                "title",
                "ZohoCRM (Independent Publisher)",
                "host",
                "API.zoho.com"),
            row("path", CATS, "kind", "independent_publisher", "folder", "Proposal - Cat Facts"),
            row("path", NONE, "kind", "custom", "folder", "---"),
            row("path", DEEPL, "kind", "certified", "folder", "DeepL", "title", "DeepL")));
  }

  private static Candidate candidate(Row connector) {
    return Candidate.of(
        connector.getAs("path"),
        connector.getAs("kind"),
        connector.getAs("folder"),
        connector.getAs("title"),
        connector.getAs("host"),
        connector.getAs("publisher"));
  }

  @Test
  void candidatesNormaliseEachEntryOnceAndLeaveOutThoseWithoutLetters() {
    Map<String, Row> byPath =
        TitleMatching.candidates(connectors()).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("path"), r -> r));
    assertEquals(Set.of(ZOHO, ZOHO_IP, CATS, DEEPL), byPath.keySet(), "--- has no title");
    Row ip = byPath.get(ZOHO_IP).getAs("c");
    assertEquals(ZOHO_IP, ip.getAs("id"));
    assertEquals("independent_publisher", ip.getAs("kind"));
    assertEquals("ZohoCRM (Independent Publisher)", ip.getAs("label"));
    assertEquals("api.zoho.com", ip.getAs("host"));
    Row cats = byPath.get(CATS).getAs("c");
    assertEquals("Cat Facts", cats.getAs("label"), "the folder, without Proposal -");
    assertEquals(
        candidate(connectors().where("path = '" + CATS + "'").first()).title().tokens(),
        cats.getList(cats.fieldIndex("tokens")));
  }

  @Test
  void blockedFilesEachCandidateUnderItsBlockingKeysRankedWithinTheBlock() {
    List<Row> blocked =
        TitleMatching.blocked(TitleMatching.candidates(connectors())).collectAsList();
    Map<String, Set<Blocking.BlockKey>> keys = new HashMap<>();
    for (Row r : blocked) {
      keys.computeIfAbsent(r.getAs("path"), p -> new HashSet<>())
          .add(new Blocking.BlockKey(r.getAs("block"), r.getAs("sort_key")));
    }
    Map<String, Set<Blocking.BlockKey>> expected = new HashMap<>();
    for (Row c : connectors().where("path <> '" + NONE + "'").collectAsList()) {
      expected.put(c.getAs("path"), new HashSet<>(Blocking.keys(candidate(c))));
    }
    assertEquals(expected, keys);
    // within each block, rank 1..n by sort_key then path, and chunk = rank / WINDOW
    Map<String, List<Row>> byBlock =
        blocked.stream().collect(Collectors.groupingBy(r -> r.getAs("block")));
    for (List<Row> block : byBlock.values()) {
      List<Row> ordered =
          block.stream()
              .sorted(
                  java.util.Comparator.comparing((Row r) -> (String) r.getAs("sort_key"))
                      .thenComparing(r -> (String) r.getAs("path")))
              .toList();
      for (int i = 0; i < ordered.size(); i++) {
        assertEquals(i + 1, (int) ordered.get(i).getAs("rank"));
        assertEquals((i + 1) / TitleMatching.WINDOW, (long) ordered.get(i).getAs("chunk"));
      }
    }
  }

  @Test
  void neighbourPairsAreTheEntriesAtMostAWindowApartInSomeBlockEachOnce() {
    int n = 2 * TitleMatching.WINDOW + 5;
    List<Row> rows = new ArrayList<>();
    for (int rank = 1; rank <= n; rank++) {
      rows.add(
          RowFactory.create(path(rank), "b", path(rank), rank, (long) rank / TitleMatching.WINDOW));
    }
    // a second block that holds a pair of the first again
    rows.add(RowFactory.create(path(1), "c", "x", 1, 0L));
    rows.add(RowFactory.create(path(2), "c", "y", 2, 0L));
    Dataset<Row> blocked =
        SparkTest.spark()
            .createDataFrame(
                rows,
                new StructType()
                    .add("path", DataTypes.StringType)
                    .add("block", DataTypes.StringType)
                    .add("sort_key", DataTypes.StringType)
                    .add("rank", DataTypes.IntegerType)
                    .add("chunk", DataTypes.LongType));
    List<Row> pairs = TitleMatching.neighbourPairs(blocked).collectAsList();
    Set<String> expected = new HashSet<>();
    for (int a = 1; a <= n; a++) {
      for (int b = a + 1; b <= Math.min(n, a + TitleMatching.WINDOW); b++) {
        expected.add(path(a) + " " + path(b));
      }
    }
    assertEquals(expected.size(), pairs.size(), "each pair once");
    assertEquals(
        expected,
        pairs.stream()
            .map(r -> r.getAs("path_a") + " " + r.getAs("path_b"))
            .collect(Collectors.toSet()));
  }

  @Test
  void classifyKeepsThePairsTheMatcherRelatesWithTheColumnsOfDuplicatePairs() {
    Dataset<Row> candidates = TitleMatching.candidates(connectors());
    Dataset<Row> pairs =
        SparkTest.spark()
            .createDataFrame(
                List.of(RowFactory.create(ZOHO, ZOHO_IP), RowFactory.create(DEEPL, ZOHO)),
                new StructType()
                    .add("path_a", DataTypes.StringType)
                    .add("path_b", DataTypes.StringType));
    Dataset<Row> classified = TitleMatching.classify(pairs, candidates);
    assertEquals(
        Tables.DUPLICATE_PAIRS.columns().stream().map(Column::name).toList(),
        Arrays.asList(classified.columns()));
    List<Row> rows = classified.collectAsList();
    assertEquals(1, rows.size(), "DeepL and Zoho CRM are unrelated: " + rows);
    Map<String, Row> byPath =
        connectors().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("path"), r -> r));
    PairMatch m =
        TitleMatcher.compare(candidate(byPath.get(ZOHO)), candidate(byPath.get(ZOHO_IP)))
            .orElseThrow();
    assertEquals(
        RowFactory.create(
            ZOHO,
            ZOHO_IP,
            m.pairClass().id(),
            m.score(),
            m.evidence(),
            "Zoho CRM",
            "ZohoCRM (Independent Publisher)",
            "certified",
            "independent_publisher"),
        rows.get(0));
  }

  private static String path(int rank) {
    return String.format("p%02d", rank);
  }
}
