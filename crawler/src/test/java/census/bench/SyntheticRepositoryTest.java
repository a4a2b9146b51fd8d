package census.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.crawl.CrawlStep;
import census.history.HistoryStep;
import census.model.ConnectorKind;
import census.pulls.PullRequestStep;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small synthetic repository, crawled by the real tip, history and pull-request steps: what they
 * find is what the generator says it made, so the scale benchmark measures a repository the crawler
 * reads as it reads the real one.
 */
class SyntheticRepositoryTest {
  private static final SyntheticRepository.Size SMALL = new SyntheticRepository.Size(30, 60, 75);
  // a seed whose small history also turns a proposal into a connector
  private static final long SEED = 21;

  @TempDir static Path tmp;
  static SyntheticRepository.Manifest manifest;
  static Warehouse warehouse;
  static HistoryStep.Result history;
  static PullRequestStep.Result pulls;

  @BeforeAll
  static void generateAndCrawl() throws Exception {
    Path workdir = tmp.resolve("work");
    manifest = SyntheticRepository.generate(workdir.resolve("repo.git"), SMALL, SEED, null);
    String location = tmp.resolve("warehouse").toString();
    CrawlStep.run(workdir, location, "dev", "tip");
    history = HistoryStep.run(workdir, location, "dev", "history");
    pulls = PullRequestStep.run(workdir, location, "pulls");
    warehouse = new Warehouse(location);
  }

  @Test
  void tipHoldsTheFoldersGeneratedOfEachKind() throws Exception {
    Map<ConnectorKind, Integer> found = new EnumMap<>(ConnectorKind.class);
    for (Row row : warehouse.read(Tables.CONNECTORS)) {
      found.merge(ConnectorKind.fromId(row.string("kind")).orElseThrow(), 1, Integer::sum);
    }
    assertEquals(manifest.tipFolders(), found);
    assertEquals(SMALL.connectors(), found.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void historyWalksEveryDevCommit() {
    assertEquals(SMALL.commits(), manifest.devCommits());
    assertEquals(manifest.devCommits(), history.commitsWalked());
  }

  @Test
  void everyPullRequestHeadIsCrawledAndMergesAreRecognised() throws Exception {
    List<Row> rows = warehouse.read(Tables.PULL_REQUESTS);
    assertEquals(SMALL.pulls(), manifest.pullRequests());
    assertEquals(manifest.pullRequests(), pulls.crawled());
    assertEquals(manifest.pullRequests(), rows.size());
    assertEquals(manifest.mergedPulls(), rows.stream().filter(r -> r.bool("merged")).count());
  }

  @Test
  void renamedFoldersKeepTheirIdentity() throws Exception {
    assertTrue(
        manifest.renames().stream().anyMatch(r -> r.from().contains("/Proposal - ")),
        "a proposal became a connector: " + manifest.renames());
    List<Row> versions = warehouse.read(Tables.CONNECTOR_VERSIONS);
    for (SyntheticRepository.Rename rename : manifest.renames()) {
      Row renamed =
          versions.stream()
              .filter(r -> r.string("path").equals(rename.to()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no version at " + rename.to()));
      assertEquals("renamed", renamed.string("change"), rename::toString);
      assertEquals(rename.from(), renamed.string("previous_path"));
      String identity = renamed.string("connector_id");
      assertTrue(
          versions.stream()
              .anyMatch(
                  r ->
                      r.string("path").equals(rename.from())
                          && r.string("connector_id").equals(identity)),
          "the folder before the rename is the same connector: " + rename);
    }
  }

  @Test
  void proposalsAndRacingPullRequestsAreFound() throws Exception {
    assertTrue(manifest.openProposals() > 0);
    long proposals =
        warehouse.read(Tables.PULL_REQUESTS).stream()
            .filter(r -> !r.bool("merged") && r.bool("is_proposal"))
            .count();
    assertTrue(proposals >= manifest.openProposals(), proposals + " proposals");

    Set<Integer> open =
        warehouse.read(Tables.PULL_REQUESTS).stream()
            .filter(r -> !r.bool("merged"))
            .map(r -> (int) r.longValue("number"))
            .collect(Collectors.toSet());
    long raced =
        warehouse.read(Tables.PULL_REQUEST_CONNECTORS).stream()
            .filter(
                r ->
                    open.contains((int) r.longValue("number"))
                        && r.string("change").equals("added"))
            .collect(Collectors.groupingBy(r -> r.string("path"), Collectors.counting()))
            .values()
            .stream()
            .filter(n -> n > 1)
            .count();
    assertTrue(manifest.racingPairs() > 0);
    assertTrue(raced >= manifest.racingPairs(), raced + " folders added by two open pulls");
  }

  @Test
  void breakingEditsAreDetected() throws Exception {
    assertFalse(manifest.breakingEdits().isEmpty(), "the generator makes breaking edits");
    Set<String> broken =
        warehouse.read(Tables.BREAKING_CHANGES).stream()
            .map(r -> r.string("connector_id"))
            .collect(Collectors.toSet());
    assertTrue(
        broken.containsAll(manifest.breakingEdits()), broken + " " + manifest.breakingEdits());
  }

  @Test
  void definitionsThatAreNotStrictJsonHaveSyntaxFindings() throws Exception {
    assertFalse(manifest.brokenAtTip().isEmpty(), "some definitions at the tip are not strict");
    Set<String> invalid =
        warehouse.read(Tables.FINDINGS).stream()
            .filter(r -> r.string("rule_id").equals("InvalidJson"))
            .map(r -> r.string("connector_path"))
            .collect(Collectors.toSet());
    assertEquals(manifest.brokenAtTip(), invalid);
  }

  @Test
  void deltasChangeHowObjectsAreStoredNotWhatTheyAre() throws Exception {
    Path whole = tmp.resolve("whole.git");
    assertEquals(manifest.tip(), SyntheticRepository.generate(whole, SMALL, SEED, null, 0).tip());
    Set<ObjectId> inDeltaPack = readBack(tmp.resolve("work/repo.git"));
    assertEquals(readBack(whole), inDeltaPack);
  }

  @Test
  void treeDeltasKeepThePackFromGrowingWithConnectorsTimesCommits() throws Exception {
    SyntheticRepository.Size manyCommits = new SyntheticRepository.Size(300, 600, 20);
    long withDeltas = treeBytes(manyCommits, RepositoryWriter.DELTA_DEPTH);
    long whole = treeBytes(manyCommits, 0);
    assertTrue(withDeltas * 5 < whole, withDeltas + " bytes of trees with deltas, " + whole);
  }

  /** The bytes the trees take in the pack of a repository generated at {@code size}. */
  private static long treeBytes(SyntheticRepository.Size size, int maxDeltaDepth) throws Exception {
    Path gitDir = tmp.resolve("depth-" + maxDeltaDepth + ".git");
    SyntheticRepository.generate(gitDir, size, SEED, null, maxDeltaDepth);
    try (FileRepository repo = new FileRepository(gitDir.toFile());
        ObjectReader reader = repo.newObjectReader()) {
      Pack pack = repo.getObjectDatabase().getPacks().iterator().next();
      TreeMap<Long, ObjectId> byOffset = new TreeMap<>();
      for (PackIndex.MutableEntry entry : pack) {
        byOffset.put(entry.getOffset(), entry.toObjectId());
      }
      long end = pack.getPackFile().length() - Constants.OBJECT_ID_LENGTH; // the checksum
      long trees = 0;
      for (Map.Entry<Long, ObjectId> object : byOffset.descendingMap().entrySet()) {
        if (reader.open(object.getValue()).getType() == Constants.OBJ_TREE) {
          trees += end - object.getKey();
        }
        end = object.getKey();
      }
      return trees;
    }
  }

  /** Every object in the repository's packs, each read back and hashed to the id it is filed at. */
  private static Set<ObjectId> readBack(Path gitDir) throws Exception {
    Set<ObjectId> ids = new HashSet<>();
    ObjectInserter.Formatter hash = new ObjectInserter.Formatter();
    try (FileRepository repo = new FileRepository(gitDir.toFile());
        ObjectReader reader = repo.newObjectReader()) {
      for (Pack pack : repo.getObjectDatabase().getPacks()) {
        for (PackIndex.MutableEntry entry : pack) {
          ObjectId id = entry.toObjectId();
          ObjectLoader object = reader.open(id);
          assertEquals(id, hash.idFor(object.getType(), object.getCachedBytes()));
          ids.add(id);
        }
      }
    }
    assertFalse(ids.isEmpty());
    return ids;
  }

  @Test
  void theSameSeedWritesTheSameRepository() throws Exception {
    var again = SyntheticRepository.generate(tmp.resolve("again.git"), SMALL, SEED, null);
    assertEquals(manifest.tip(), again.tip());
    var other = SyntheticRepository.generate(tmp.resolve("other.git"), SMALL, SEED + 1, null);
    assertNotEquals(manifest.tip(), other.tip());
  }
}
