package census.jobs;

import static census.jobs.SparkTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Rule;
import census.rules.RuleCatalog;
import census.warehouse.Tables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class RuleEvidenceJobTest {
  /** In all kinds; its findings on the title and on the description are two facets. */
  private static final String A = "ConnectorInfoContainsUrl";

  /** In all kinds. */
  private static final String B = "ContactInfoMissing";

  /** In certified connectors only. */
  private static final String C = "IconSize";

  /** Never fires here. */
  private static final String Z = "ArrayHasNoItems";

  private static final String SWAGGER = "apiDefinition.swagger.json";
  private static final String X = "certified-connectors/X";

  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }

  /**
   * History: X (certified) added in 2023 carrying A on its title and description and C on its icon,
   * changed in 2024 to carry A on its title only; Y (custom) added on the last evening of 2023
   * carrying B (and a C finding, which does not apply to custom connectors), deleted in 2024; W
   * (certified) added clean at the first instant of 2024.
   *
   * <p>Pull requests: #7, merged in 2023, a first commit with A and B, then a final one with B
   * only; #8, merged in 2024, whose final commit deletes the folder; #9, open, "paconn validate"
   * fixes A of its base and keeps C, then "Fixed the warnings" fixes C.
   */
  private static JobInputs inputs() {
    Dataset<Row> versions =
        SparkTest.frame(
            Tables.CONNECTOR_VERSIONS,
            List.of(
                version(
                    "X",
                    "certified",
                    "added",
                    "x1",
                    "2023-06-01T00:00:00Z",
                    "2024-03-01T00:00:00Z"),
                version("X", "certified", "modified", "x2", "2024-03-01T00:00:00Z", null),
                version(
                    "Y", "custom", "added", "y1", "2023-12-31T23:00:00Z", "2024-02-01T00:00:00Z"),
                version("Y", "custom", "deleted", null, "2024-02-01T00:00:00Z", null),
                version("W", "certified", "added", "w1", "2024-01-01T00:00:00Z", null)));
    Dataset<Row> contentFindings =
        SparkTest.frame(
            Tables.CONTENT_FINDINGS,
            List.of(
                contentFinding("x1", SWAGGER, A, "/info/title"),
                contentFinding("x1", SWAGGER, A, "/info/description"),
                contentFinding("x1", "icon.png", C, ""),
                contentFinding("x2", SWAGGER, A, "/info/title"),
                contentFinding("y1", SWAGGER, B, "/info/contact"),
                contentFinding("y1", "icon.png", C, "")));
    Dataset<Row> pulls =
        SparkTest.frame(
            Tables.PULL_REQUESTS,
            List.of(
                pull(7, true, "2023-11-15T00:00:00Z"),
                pull(8, true, "2024-02-20T00:00:00Z"),
                pull(9, false, null)));
    Dataset<Row> commits =
        SparkTest.frame(
            Tables.PULL_REQUEST_COMMITS,
            List.of(
                commit(7, "c1", "Add connector X", 0, X, "t1", false, "2023-11-01T00:00:00Z"),
                commit(
                    7, "c2", "Address review comments", 1, X, "t2", true, "2023-11-02T00:00:00Z"),
                commit(
                    8,
                    "c5",
                    "Update Y",
                    0,
                    "custom-connectors/Y",
                    "t5",
                    false,
                    "2024-02-18T00:00:00Z"),
                commit(
                    8,
                    "c6",
                    "Remove Y",
                    1,
                    "custom-connectors/Y",
                    null,
                    true,
                    "2024-02-19T00:00:00Z"),
                commit(9, "c8", "Run paconn validate", 0, X, "t8", false, "2024-02-10T00:00:00Z"),
                commit(9, "c9", "Fixed the warnings", 1, X, "t9", true, "2024-02-11T00:00:00Z")));
    Dataset<Row> folders =
        SparkTest.frame(
            Tables.PULL_REQUEST_CONNECTORS,
            List.of(
                row("number", 7, "path", X, "kind", "certified", "change", "added"),
                row(
                    "number",
                    9,
                    "path",
                    X,
                    "kind",
                    "certified",
                    "change",
                    "modified",
                    "base_tree_id",
                    "t0")));
    Dataset<Row> pullFindings =
        SparkTest.frame(
            Tables.PULL_REQUEST_FINDINGS,
            List.of(
                pullFinding("t1", X, SWAGGER, A, "/info/title"),
                pullFinding("t1", X, SWAGGER, B, "/info/contact"),
                pullFinding("t2", X, SWAGGER, B, "/info/contact"),
                pullFinding("t5", "custom-connectors/Y", SWAGGER, B, "/info/contact"),
                pullFinding("t0", X, SWAGGER, A, "/info/description"),
                pullFinding("t0", X, "icon.png", C, ""),
                pullFinding("t8", X, "icon.png", C, "")));
    return JobInputs.of(
        SparkTest.spark(),
        Map.of(
            Tables.CONNECTOR_VERSIONS.name(), versions,
            Tables.CONTENT_FINDINGS.name(), contentFindings,
            Tables.PULL_REQUESTS.name(), pulls,
            Tables.PULL_REQUEST_COMMITS.name(), commits,
            Tables.PULL_REQUEST_CONNECTORS.name(), folders,
            Tables.PULL_REQUEST_FINDINGS.name(), pullFindings));
  }

  private static Map<String, Object> version(
      String id, String kind, String change, String hash, String from, String to) {
    return row(
        "connector_id",
        id,
        "path",
        id,
        "kind",
        kind,
        "change",
        change,
        "content_hash",
        hash,
        "commit_time",
        at(from),
        "valid_from",
        at(from),
        "valid_to",
        to == null ? null : at(to));
  }

  private static Map<String, Object> contentFinding(
      String hash, String file, String rule, String pointer) {
    return row(
        "content_hash",
        hash,
        "file",
        file,
        "rule_id",
        rule,
        "json_pointer",
        pointer,
        "message",
        rule + " message");
  }

  private static Map<String, Object> pull(int number, boolean merged, String mergedAt) {
    return row(
        "number", number, "merged", merged, "merged_at", mergedAt == null ? null : at(mergedAt));
  }

  private static Map<String, Object> commit(
      int number,
      String commit,
      String message,
      int ordinal,
      String path,
      String tree,
      boolean isFinal,
      String time) {
    return row(
        "number",
        number,
        "commit_id",
        commit,
        "message",
        message,
        "ordinal",
        ordinal,
        "path",
        path,
        "tree_id",
        tree,
        "is_final",
        isFinal,
        "commit_time",
        at(time));
  }

  private static Map<String, Object> pullFinding(
      String tree, String path, String file, String rule, String pointer) {
    return row(
        "tree_id",
        tree,
        "connector_path",
        path,
        "file",
        file,
        "rule_id",
        rule,
        "json_pointer",
        pointer,
        "message",
        rule + " message");
  }

  private static String severity(String rule) {
    return RuleCatalog.standard().rules().stream()
        .map(Rule::info)
        .filter(i -> i.id().equals(rule))
        .findFirst()
        .orElseThrow()
        .severity()
        .id();
  }

  /**
   * A row as window, rule, facet, severity, then versions carrying/of, carry share, connectors
   * carrying/live, review fixed/cases/pull requests and share, validation fixed/cases/commits and
   * share.
   */
  private static String line(Row r) {
    return String.join(
        " ",
        r.<String>getAs("window"),
        r.<String>getAs("rule_id"),
        "[" + r.getAs("facet") + "]",
        r.<String>getAs("severity"),
        r.getAs("versions_carrying") + "/" + r.getAs("versions"),
        String.valueOf(r.<Double>getAs("carry_share")),
        r.getAs("connectors_carrying") + "/" + r.getAs("connectors_live"),
        r.getAs("review_fixed")
            + "/"
            + r.getAs("review_cases")
            + "/"
            + r.getAs("review_pull_requests"),
        String.valueOf(r.<Double>getAs("review_fix_share")),
        r.getAs("validation_fixed")
            + "/"
            + r.getAs("validation_cases")
            + "/"
            + r.getAs("validation_commits"),
        String.valueOf(r.<Double>getAs("validation_fix_share")));
  }

  private static String expected(String window, String rule, String facet, String figures) {
    return window + " " + rule + " [" + facet + "] " + severity(rule) + " " + figures;
  }

  @Test
  void evidencePerWindowRuleAndFacet() {
    Dataset<Row> evidence = new RuleEvidenceJob().run(inputs()).get(Tables.RULE_EVIDENCE.name());
    List<String> rows =
        evidence.collectAsList().stream()
            .filter(r -> Set.of(A, B, C, Z).contains(r.<String>getAs("rule_id")))
            .map(RuleEvidenceJobTest::line)
            .toList();
    assertEquals(
        List.of(
            // Rows sort by window, rule and facet: Z (ArrayHasNoItems) first.
            expected("calibration", Z, "", "0/2 0.0 0/2 0/0/0 null 0/0/0 null"),
            // X and Y were merged; X carries A on two facets, counted once for the whole rule.
            // #7 fixed A and kept B in review.
            expected("calibration", A, "", "1/2 0.5 1/2 1/1/1 1.0 0/0/0 null"),
            expected("calibration", A, "description", "1/2 0.5 1/2 0/0/0 null 0/0/0 null"),
            expected("calibration", A, "title", "1/2 0.5 1/2 1/1/1 1.0 0/0/0 null"),
            expected("calibration", B, "", "1/2 0.5 1/2 0/1/1 0.0 0/0/0 null"),
            expected("calibration", B, "contact", "1/2 0.5 1/2 0/1/1 0.0 0/0/0 null"),
            // Y is custom: neither its version nor its finding of C count.
            expected("calibration", C, "", "1/1 1.0 1/1 0/0/0 null 0/0/0 null"),
            expected("calibration", C, "icon.png", "1/1 1.0 1/1 0/0/0 null 0/0/0 null"),
            // X's change and W were merged in 2024 (W at its first instant); Y was deleted, and
            // #8's folder too, so #8 has no cases. #9's two validation commits: A fixed against
            // the base, C kept by the first and fixed by the second.
            expected("test", Z, "", "0/2 0.0 0/2 0/0/0 null 0/0/0 null"),
            expected("test", A, "", "1/2 0.5 1/2 0/0/0 null 1/1/1 1.0"),
            expected("test", A, "description", "0/2 0.0 0/2 0/0/0 null 1/1/1 1.0"),
            expected("test", A, "title", "1/2 0.5 1/2 0/0/0 null 0/0/0 null"),
            expected("test", B, "", "0/2 0.0 0/2 0/0/0 null 0/0/0 null"),
            expected("test", C, "", "0/2 0.0 0/2 0/0/0 null 1/2/2 0.5"),
            expected("test", C, "icon.png", "0/2 0.0 0/2 0/0/0 null 1/2/2 0.5")),
        rows);
  }

  @Test
  void aFileReadByAGuessKeepsOnlyItsInvalidJsonFindings() {
    Map<String, Object> guess = pullFinding("g", X, SWAGGER, "InvalidJson", "");
    guess.put("message", "not JSON: missing comma between members");
    Map<String, Object> lenient = pullFinding("l", X, SWAGGER, "InvalidJson", "");
    lenient.put("message", "not strict JSON: comment is not JSON");
    Dataset<Row> findings =
        SparkTest.frame(
            Tables.PULL_REQUEST_FINDINGS,
            List.of(
                guess,
                pullFinding("g", X, SWAGGER, A, "/info/title"),
                pullFinding("g", X, "apiProperties.json", B, "/properties"),
                lenient,
                pullFinding("l", X, SWAGGER, A, "/info/title"),
                pullFinding("s", X, SWAGGER, A, "/info/title")));
    List<String> kept =
        RuleEvidenceJob.withoutGuessedContent(findings, "connector_path", "tree_id")
            .collectAsList()
            .stream()
            .map(r -> r.<String>getAs("tree_id") + " " + r.<String>getAs("rule_id"))
            .sorted()
            .toList();
    // g's A was found in a guess, its B in a file read as written; l was read as written, only
    // not strictly; s is strict.
    assertEquals(List.of("g " + B, "g InvalidJson", "l " + A, "l InvalidJson", "s " + A), kept);
  }

  @Test
  void aReviewWhoseFinalVersionIsAGuessCountsOnlyItsInvalidJsonCases() {
    Map<String, Object> guess = pullFinding("t2", X, SWAGGER, "InvalidJson", "");
    guess.put("message", "not JSON: missing comma between members");
    Map<String, Object> earlierGuess = pullFinding("t1", X, SWAGGER, "InvalidJson", "");
    earlierGuess.put("message", "not JSON: missing colon after key");
    Dataset<Row> findings =
        RuleEvidenceJob.keyed(
            SparkTest.frame(
                Tables.PULL_REQUEST_FINDINGS,
                List.of(pullFinding("t1", X, SWAGGER, A, "/info/title"), earlierGuess, guess)),
            RuleEvidenceJob.catalog(SparkTest.spark(), RuleCatalog.standard()));
    Dataset<Row> cases =
        RuleEvidenceJob.reviewCases(
            SparkTest.frame(Tables.PULL_REQUESTS, List.of(pull(7, true, "2023-11-15T00:00:00Z"))),
            SparkTest.frame(
                Tables.PULL_REQUEST_COMMITS,
                List.of(
                    commit(7, "c1", "Add X", 0, X, "t1", false, "2023-11-01T00:00:00Z"),
                    commit(7, "c2", "Edit X", 1, X, "t2", true, "2023-11-02T00:00:00Z"))),
            findings);
    List<String> found =
        cases.collectAsList().stream()
            .map(
                r -> r.<Row>getAs("key").<String>getAs("rule_id") + " " + r.<Boolean>getAs("fixed"))
            .sorted()
            .toList();
    // A's absence from the guessed final version says nothing; the first fault was fixed.
    assertEquals(List.of("InvalidJson true"), found);
  }

  @Test
  void everyRuleOfTheCatalogHasItsWholeRuleRowInEachWindow() {
    Dataset<Row> evidence =
        new RuleEvidenceJob()
            .run(JobInputs.of(SparkTest.spark(), Map.of()))
            .get(Tables.RULE_EVIDENCE.name());
    List<Row> rows = evidence.collectAsList();
    assertEquals(2 * RuleCatalog.standard().rules().size(), rows.size());
    String first = RuleCatalog.standard().rules().get(0).info().id();
    assertEquals(
        expected("calibration", first, "", "0/0 0.0 0/0 0/0/0 null 0/0/0 null"), line(rows.get(0)));
  }

  @Test
  void validationFixMessages() {
    Pattern fix = Pattern.compile(RuleEvidenceJob.VALIDATION_FIX);
    for (String message :
        List.of(
            "Fix validation errors",
            "Swagger Validator fixes",
            "fixed swaggervalidator warnings",
            "Run paconn validate",
            "Fixes the errors",
            "fix warning",
            "Address certification feedback",
            "Invalid JSON fixed",
            "lint")) {
      assertTrue(fix.matcher(message).find(), message);
    }
    for (String message :
        List.of(
            "Add files via upload",
            "Update apiDefinition.swagger.json",
            "Adding certified connector Foo",
            "Fix typo in readme",
            "Improve error handling",
            "Validity period parameter added",
            "splint")) {
      assertFalse(fix.matcher(message).find(), message);
    }
  }
}
