package census.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.pipeline.CrawlTipStep;
import census.pipeline.Locations;
import census.pipeline.SyncStep;
import census.testing.ConnectorFixture;
import census.testing.CountingServer;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content built to hurt, committed the way a hostile pull request could: each case ends as a row
 * and findings, the crawl finishes, nothing reaches the network and nothing is written outside the
 * data folder.
 */
class HostileContentTest {
  @TempDir Path tmp;

  @Test
  void hostileFoldersAndFilesEndAsRowsAndFindings() throws Exception {
    try (CountingServer server = new CountingServer(200)) {
      String remote = server.url("/schema.json");
      Map<String, Map<String, byte[]>> folders =
          Map.of(
              "..", ConnectorFixture.named("Dots").files(),
              "new\nline", ConnectorFixture.named("Newline").files(),
              "ctl\u0001\u001b[31m", ConnectorFixture.named("Control").files(),
              "\u202Egnp.exe", ConnectorFixture.named("RightToLeft").files(),
              "Deep",
                  ConnectorFixture.named("Deep")
                      .file("apiDefinition.swagger.json", "[".repeat(100_000))
                      .files(),
              "Huge",
                  ConnectorFixture.named("Huge")
                      .file("apiDefinition.swagger.json", new byte[50 * 1024 * 1024])
                      .files(),
              "LongString",
                  ConnectorFixture.named("LongString")
                      .file(
                          "apiDefinition.swagger.json",
                          "{\"swagger\": \"2.0\", \"info\": {\"title\": \""
                              + "x".repeat(10 * 1024 * 1024)
                              + "\"}}")
                      .files(),
              "Refs",
                  ConnectorFixture.named("Refs")
                      .swagger(
                          s -> {
                            s.withObject("definitions")
                                .putObject("A")
                                .put("$ref", "#/definitions/B");
                            s.withObject("definitions")
                                .putObject("B")
                                .put("$ref", "#/definitions/A");
                            s.withObject("paths")
                                .withObject("/tasks/{taskId}")
                                .withObject("get")
                                .withObject("responses")
                                .withObject("200")
                                .putObject("schema")
                                .put("$ref", remote);
                            s.withObject("parameters").putObject("p").put("$ref", remote);
                          })
                      .files());
      Path origin = tmp.resolve("origin.git");
      try (FixtureRepo repo = FixtureRepo.create(origin)) {
        commitRawTree(repo.repository(), folders);
      }
      Path data = tmp.resolve("data");
      Locations at = Locations.under(data);
      new SyncStep(origin.toString()).run(at);
      new CrawlTipStep("dev").run(at, "hostile");

      Warehouse warehouse = new Warehouse(data.resolve("warehouse").toString());
      List<Row> connectors = warehouse.read(Tables.CONNECTORS);
      assertEquals(
          new TreeSet<>(folders.keySet()),
          connectors.stream()
              .map(r -> r.string("folder"))
              .collect(Collectors.toCollection(TreeSet::new)),
          "every hostile folder keeps its row, its name preserved exactly");
      List<Row> findings = warehouse.read(Tables.FINDINGS);
      assertTrue(hasFinding(findings, "Deep", "InvalidJson"), "nesting limit reported");
      assertTrue(hasFinding(findings, "Huge", "FileUnreadable"), "size limit reported");
      assertTrue(hasFinding(findings, "LongString", "InvalidJson"), "string limit reported");
      assertEquals(0, server.requests(), "no request reached the listening server");
      try (Stream<Path> written = Files.walk(tmp)) {
        Set<Path> outside =
            written
                .filter(p -> !p.startsWith(data) && !p.startsWith(origin) && !p.equals(tmp))
                .collect(Collectors.toSet());
        assertEquals(Set.of(), outside, "nothing is written outside the data folder");
      }
    }
  }

  private static boolean hasFinding(List<Row> findings, String folder, String rule) {
    return findings.stream()
        .anyMatch(
            f ->
                f.string("connector_path").endsWith("/" + folder)
                    && f.string("rule_id").equals(rule));
  }

  /**
   * Writes trees by hand: JGit's index refuses names such as "..", which is exactly what a hostile
   * repository may still contain.
   */
  private static void commitRawTree(Repository repo, Map<String, Map<String, byte[]>> folders)
      throws Exception {
    try (ObjectInserter inserter = repo.newObjectInserter()) {
      TreeFormatter kind = new TreeFormatter();
      for (String name : new TreeSet<>(folders.keySet())) {
        TreeFormatter folder = new TreeFormatter();
        for (Map.Entry<String, byte[]> file :
            new java.util.TreeMap<>(folders.get(name)).entrySet()) {
          folder.append(
              file.getKey(),
              FileMode.REGULAR_FILE,
              inserter.insert(Constants.OBJ_BLOB, file.getValue()));
        }
        kind.append(name.getBytes(StandardCharsets.UTF_8), FileMode.TREE, inserter.insert(folder));
      }
      TreeFormatter root = new TreeFormatter();
      root.append("certified-connectors", FileMode.TREE, inserter.insert(kind));
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(inserter.insert(root));
      PersonIdent who = new PersonIdent("Mallory", "mallory@example.com");
      commit.setAuthor(who);
      commit.setCommitter(who);
      commit.setMessage("hostile");
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      RefUpdate update = repo.updateRef("refs/heads/dev");
      update.setNewObjectId(id);
      update.forceUpdate();
    }
  }
}
