package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.warehouse.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class DuplicateTitlesJobTest {
  private static Map<String, Object> connector(
      String kind, String folder, String title, String host) {
    String root =
        switch (kind) {
          case "certified" -> "certified-connectors/";
          case "independent_publisher" -> "independent-publisher-connectors/";
          default -> "custom-connectors/";
        };
    return row("kind", kind, "folder", folder, "path", root + folder, "title", title, "host", host);
  }

  private static Map<String, Dataset<Row>> run(List<Map<String, Object>> connectors) {
    return new DuplicateTitlesJob()
        .run(
            JobInputs.of(
                SparkTest.spark(),
                Map.of("connectors", SparkTest.frame(Tables.CONNECTORS, connectors))));
  }

  @Test
  void classifiesPairsAndGroupsTheDuplicateClassesTransitively() {
    Map<String, Dataset<Row>> out =
        run(
            List.of(
                connector("certified", "Zoho CRM", "Zoho CRM", null),
                connector(
                    "independent_publisher", "ZohoCRM", "ZohoCRM (Independent Publisher)", null),
                connector("custom", "Zoho CRM Online", "Zoho CRM Online", null),
                connector("certified", "Zoho Books", "Zoho Books", null),
                connector("certified", "Zoho Books V2", "Zoho Books V2", null),
                connector("certified", "DeepL", "DeepL", "api.deepl.com"),
                connector("independent_publisher", "DeepLIP", "DeepLIP", "api.deepl.com"),
                connector("custom", "Untitled", null, null)));
    Map<String, String> classes =
        out.get("duplicate_pairs").collectAsList().stream()
            .collect(
                Collectors.toMap(
                    r -> r.getAs("path_a") + " | " + r.getAs("path_b"), r -> r.getAs("class")));
    assertEquals(
        "identical",
        classes.get("certified-connectors/Zoho CRM | independent-publisher-connectors/ZohoCRM"));
    assertEquals(
        "version_sibling",
        classes.get("certified-connectors/Zoho Books | certified-connectors/Zoho Books V2"));
    assertEquals(
        "family", classes.get("certified-connectors/Zoho Books | certified-connectors/Zoho CRM"));
    assertEquals(
        "same_service",
        classes.get("certified-connectors/DeepL | independent-publisher-connectors/DeepLIP"));
    // "Zoho CRM Online" is a near duplicate of both spellings of "Zoho CRM"
    assertEquals(
        "near_duplicate",
        classes.get("certified-connectors/Zoho CRM | custom-connectors/Zoho CRM Online"));
    assertTrue(classes.keySet().stream().noneMatch(k -> k.contains("Untitled")));

    Map<String, Set<String>> groups =
        out.get("duplicate_groups").collectAsList().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.getAs("group_id"),
                    Collectors.mapping(r -> (String) r.getAs("path"), Collectors.toSet())));
    assertEquals(
        Map.of(
            "certified-connectors/DeepL",
            Set.of("certified-connectors/DeepL", "independent-publisher-connectors/DeepLIP"),
            "certified-connectors/Zoho CRM",
            Set.of(
                "certified-connectors/Zoho CRM",
                "independent-publisher-connectors/ZohoCRM",
                "custom-connectors/Zoho CRM Online")),
        groups);
    Row member = out.get("duplicate_groups").where("path like '%ZohoCRM'").first();
    assertEquals(3, (int) member.getAs("group_size"));
    assertEquals("ZohoCRM (Independent Publisher)", member.getAs("title"));
  }

  @Test
  void aLargeBlockIsComparedWithinAWindowNotAllAgainstAll() {
    List<Map<String, Object>> connectors = new ArrayList<>();
    // 200 products of one vendor share the block "w:acme": all pairs would be 19,900
    for (int i = 0; i < 200; i++) {
      String title = String.format("Acme Product %03d", i);
      connectors.add(connector("certified", title, title, null));
    }
    connectors.add(connector("independent_publisher", "Acme Prodct 007", "Acme Prodct 007", null));
    Map<String, Dataset<Row>> out = run(connectors);
    Dataset<Row> pairs = out.get("duplicate_pairs");
    long count = pairs.count();
    assertTrue(count < 201L * 2 * (TitleMatching.WINDOW + 1), "pairs: " + count);
    assertEquals(
        "near_duplicate",
        pairs
            .where(
                "path_a = 'certified-connectors/Acme Product 007'"
                    + " and path_b = 'independent-publisher-connectors/Acme Prodct 007'")
            .first()
            .getAs("class"));
  }
}
