package census.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.TableSchema;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .census.json} in crawled repository content is never read: a pull request cannot silence
 * its own errors by committing one. The crawl of a repository whose connector folders (and root)
 * carry a configuration ignoring and suppressing the rule that fires there finds exactly what the
 * crawl of the same repository without them finds.
 */
class CommittedConfigurationTest {
  private static final String FOLDER = "certified-connectors/Fabrikam";
  private static final String PULLED = "independent-publisher-connectors/Other";
  private static final String SILENCING =
      """
      {
          "ignore": [
              "HttpsOnly"
          ],
          "suppress": [
              {
                  "rule": "HttpsOnly",
                  "path": "**",
                  "reason": "please look away"
              }
          ]
      }
      """;

  @TempDir Path tmp;

  private static ConnectorFixture insecure(String title) {
    return ConnectorFixture.named(title).swagger(s -> s.putArray("schemes").add("http"));
  }

  /**
   * Builds the repository, with or without the configuration files, runs {@code crawls} (each the
   * options after {@code crawl}) and returns the findings of {@code table}.
   */
  private List<String> crawl(String name, boolean configured, TableSchema table, String... more)
      throws Exception {
    Path origin = tmp.resolve(name + ".git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write(FOLDER, insecure("Fabrikam"));
      if (configured) {
        repo.write(ConfigFile.NAME, SILENCING).write(FOLDER + "/" + ConfigFile.NAME, SILENCING);
      }
      repo.commit("add Fabrikam");
      repo.write(FOLDER + "/readme.md", "# Fabrikam\n\nTasks.\n");
      repo.commit("edit Fabrikam");
      repo.branch("pr1").write(PULLED, insecure("Other"));
      if (configured) {
        repo.write(PULLED + "/" + ConfigFile.NAME, SILENCING);
      }
      repo.pullRequest(1, repo.commit("Add Other", "Pat Proposer"));
    }
    Path data = tmp.resolve(name);
    run("sync", "--repo", origin.toString(), "--data", data.toString());
    String step =
        table == Tables.FINDINGS
            ? null
            : table == Tables.CONTENT_FINDINGS ? "--history" : "--pulls";
    run(
        step == null
            ? new String[] {"crawl", "--data", data.toString()}
            : new String[] {"crawl", step, "--data", data.toString()});
    return rows(new Warehouse(data.resolve("warehouse").toString()), table, more);
  }

  /** The crawl of {@code table} finds the same with the configuration files as without. */
  private void assertUnchanged(TableSchema table, String... more) throws Exception {
    List<String> plain = crawl("plain", false, table, more);
    assertTrue(
        plain.stream().anyMatch(f -> f.contains("HttpsOnly, error")),
        "the error the configuration would silence is found: " + plain);
    assertEquals(plain, crawl("configured", true, table, more), table.name());
  }

  private static void run(String... args) {
    assertEquals(0, Census.commandLine().execute(args), String.join(" ", args));
  }

  /** Each row as its finding's columns (and {@code more}), sorted: commit and tree ids differ. */
  private static List<String> rows(Warehouse warehouse, TableSchema table, String... more)
      throws Exception {
    List<String> columns =
        new java.util.ArrayList<>(
            List.of("file", "rule_id", "severity", "json_pointer", "line", "column", "message"));
    columns.addAll(List.of(more));
    return warehouse.read(table).stream()
        .map(r -> columns.stream().map(c -> String.valueOf(r.get(c))).toList().toString())
        .sorted()
        .toList();
  }

  @Test
  void theTipCrawlReadsNoCommittedConfiguration() throws Exception {
    assertUnchanged(Tables.FINDINGS, "connector_path");
  }

  @Test
  void theHistoryCrawlReadsNoCommittedConfiguration() throws Exception {
    assertUnchanged(Tables.CONTENT_FINDINGS);
  }

  @Test
  void thePullRequestCrawlReadsNoCommittedConfiguration() throws Exception {
    assertUnchanged(Tables.PULL_REQUEST_FINDINGS, "connector_path");
  }
}
