package census.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.match.Candidate;
import census.match.PairClass;
import census.match.PairMatch;
import census.match.TitleMatcher;
import census.match.TitleNormalizer;
import census.pipeline.AnalyzeStep;
import census.pipeline.Locations;
import census.pipeline.Pipeline;
import census.pipeline.RunOptions;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes every notebook in this folder with {@code jupyter nbconvert --execute} on the Census
 * kernel, over a warehouse that the whole pipeline ({@link Pipeline#run}, as {@code census run})
 * built from a fixture repository; any cell error fails. The executed notebooks are kept in
 * target/executed-notebooks/ to look at.
 */
class NotebooksTest {
  private static final Logger LOG = LoggerFactory.getLogger(NotebooksTest.class);
  static final String HOSTILE = "<script>alert(1)</script>";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path warehouse;
  static Path jupyterPath;
  static final Path EXECUTED = Path.of("target/executed-notebooks");

  /** Once per class, before the first notebook runs: not needed to check the committed files. */
  private static synchronized void prepare() throws Exception {
    requireJupyter();
    if (warehouse != null) {
      return;
    }
    Path origin = tmp.resolve("origin.git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Zoho CRM", ConnectorFixture.named("Zoho CRM"))
          .write(
              "independent-publisher-connectors/Sloppy",
              ConnectorFixture.named("Sloppy")
                  .swagger(
                      s -> ((ObjectNode) s.get("info")).remove(List.of("description", "contact")))
                  .without("readme.md"));
      repo.commit("first connectors");
      // a second commit, so that the history tables and the trends have more than one version
      repo.write("independent-publisher-connectors/ZohoCRM", ConnectorFixture.named("Zoho-CRM"))
          .write("independent-publisher-connectors/Zoho Desk", ConnectorFixture.named("Zoho Desk"))
          .write("custom-connectors/Hostile", ConnectorFixture.named(HOSTILE));
      repo.commit("more connectors");
    }
    Path data = tmp.resolve("data");
    Pipeline.run(
        new RunOptions(
            Locations.under(data), origin.toString(), "dev", AnalyzeStep.on("local[2]", false)));

    jupyterPath = tmp.resolve("jupyter");
    String classpath =
        Path.of("target/classes").toAbsolutePath()
            + File.pathSeparator
            + Files.readString(Path.of("target/kernel.classpath")).trim();
    KernelSpec.write(jupyterPath.resolve("kernels").resolve(KernelSpec.NAME), classpath);
    warehouse = data.resolve("warehouse");
  }

  /** Jupyter comes from Debian packages (.ci/run installs them); CI must have it. */
  private static void requireJupyter() throws InterruptedException {
    boolean present;
    try {
      Process probe =
          new ProcessBuilder("jupyter", "nbconvert", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      present = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      present = false;
    }
    String missing =
        "jupyter nbconvert is not installed: apt-get install jupyter-nbconvert jupyter-client";
    if (!present && System.getenv("CI") != null) {
      throw new AssertionError(missing + " (.ci/run does this)");
    }
    Assumptions.assumeTrue(present, missing);
  }

  @Test
  void ecosystemOverviewRuns() throws Exception {
    JsonNode notebook = execute("ecosystem-overview.ipynb", Map.of());
    String html = outputs(notebook, "text/html");
    assertTrue(html.contains("independent_publisher"), "connectors by kind");
    assertTrue(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile title is shown");
    assertFalse(html.contains(HOSTILE), "as text, escaped");
  }

  @Test
  void conformanceRuns() throws Exception {
    JsonNode notebook = execute("conformance.ipynb", Map.of());
    // The drill-down picks the connector with the most errors and lists every rule it fails.
    Warehouse tables = new Warehouse(warehouse.toString());
    Row worst =
        tables.read(Tables.CONNECTORS).stream()
            .max(
                Comparator.comparingLong((Row r) -> r.longValue("error_count"))
                    .thenComparingLong(r -> r.longValue("warning_count")))
            .orElseThrow();
    assertEquals("independent-publisher-connectors/Sloppy", worst.string("path"));
    String text = outputs(notebook, "text/plain") + outputs(notebook, "stream");
    assertTrue(text.contains("connector: " + worst.string("path")), text);
    List<String> rules =
        tables.read(Tables.FINDINGS).stream()
            .filter(f -> f.string("connector_path").equals(worst.string("path")))
            .map(f -> f.string("rule_id"))
            .distinct()
            .toList();
    assertFalse(rules.isEmpty(), "the sloppy connector has findings");
    for (String rule : rules) {
      assertTrue(text.contains(rule), "the drill-down lists " + rule);
    }
    List<Row> periods = tables.read(Tables.CONFORMANCE_BY_PERIOD);
    assertFalse(periods.isEmpty(), "the history gives a trend");
    for (Row period : periods) {
      assertTrue(text.contains(period.string("period")), "the trend shows " + period);
    }
  }

  @Test
  void connectorIdeaFindsTheSameServiceUnderOtherSpellings() throws Exception {
    String idea = "zoho crm";
    JsonNode notebook = execute("is-my-connector-idea-taken.ipynb", Map.of("CENSUS_IDEA", idea));
    String text = outputs(notebook, "text/plain") + outputs(notebook, "stream");
    assertTrue(text.contains("key of \"zoho crm\": " + TitleNormalizer.key(idea)), text);
    // every connector the matcher relates to the idea is listed; the two spellings of Zoho CRM
    // are the same service
    Candidate proposed = Candidate.ofTitle(idea);
    List<String> same = new ArrayList<>();
    for (Row c : new Warehouse(warehouse.toString()).read(Tables.CONNECTORS)) {
      Candidate candidate =
          Candidate.of(
              c.string("path"),
              c.string("kind"),
              c.string("folder"),
              c.string("title"),
              c.string("host"),
              c.string("publisher"));
      Optional<PairMatch> match = TitleMatcher.compare(proposed, candidate);
      match.ifPresent(m -> assertTrue(text.contains(c.string("path")), "lists " + c));
      if (match.isPresent() && match.get().pairClass() == PairClass.IDENTICAL) {
        same.add(c.string("path"));
      }
    }
    assertEquals(
        List.of("certified-connectors/Zoho CRM", "independent-publisher-connectors/ZohoCRM"),
        same.stream().sorted().toList());
    assertTrue(text.contains("2 connector(s) already are this service"), text);
  }

  @Test
  void committedNotebooksHaveNoOutputs() throws IOException {
    List<Path> notebooks = notebooks();
    assertEquals(3, notebooks.size(), notebooks.toString());
    for (Path path : notebooks) {
      for (JsonNode cell : JSON.readTree(path.toFile()).path("cells")) {
        assertTrue(cell.path("outputs").isEmpty(), path + ": clear the outputs before committing");
        assertFalse(cell.path("execution_count").isNumber(), path + ": and the execution counts");
      }
    }
  }

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("."))) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  /** Runs nbconvert on one notebook; a cell error makes it exit non-zero and fails the test. */
  private static JsonNode execute(String name, Map<String, String> env) throws Exception {
    prepare();
    Files.createDirectories(EXECUTED);
    Path log = EXECUTED.resolve(name + ".log");
    List<String> command =
        new ArrayList<>(
            List.of(
                "jupyter",
                "nbconvert",
                "--to",
                "notebook",
                "--execute",
                "--ExecutePreprocessor.kernel_name=" + KernelSpec.NAME,
                "--ExecutePreprocessor.timeout=900",
                // The notebook is written even when a cell fails, so the failure below can show
                // the cell's error and stack; any error output still fails the test.
                "--allow-errors",
                "--output-dir",
                EXECUTED.toAbsolutePath().toString(),
                name));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JUPYTER_PATH", jupyterPath.toString());
    builder.environment().put("JUPYTER_RUNTIME_DIR", tmp.resolve("runtime").toString());
    builder.environment().put("CENSUS_WAREHOUSE", warehouse.toString());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    boolean done = process.waitFor(20, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(done && process.exitValue() == 0, name + " failed:\n" + output);
    LOG.info("{} executed in {} s", name, (System.nanoTime() - start) / 1_000_000_000);
    JsonNode executed = JSON.readTree(EXECUTED.resolve(name).toFile());
    for (JsonNode cell : executed.path("cells")) {
      for (JsonNode out : cell.path("outputs")) {
        assertFalse(
            "error".equals(out.path("output_type").asText()),
            () -> name + ": a cell failed:\n" + cell.path("source") + "\n" + out.path("traceback"));
      }
    }
    return executed;
  }

  /** Every output of the given MIME type ("stream" for printed text), one after another. */
  private static String outputs(JsonNode notebook, String type) {
    StringBuilder all = new StringBuilder();
    for (JsonNode cell : notebook.path("cells")) {
      for (JsonNode out : cell.path("outputs")) {
        JsonNode value = type.equals("stream") ? out.path("text") : out.path("data").path(type);
        if (value.isArray()) {
          value.forEach(line -> all.append(line.asText()));
        } else if (value.isTextual()) {
          all.append(value.asText());
        }
        all.append('\n');
      }
    }
    return all.toString();
  }
}
