package census.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.cli.Census;
import census.pipeline.CrawlTipStep;
import census.pipeline.Locations;
import census.pipeline.SyncStep;
import census.testing.ConnectorFixture;
import census.testing.FixtureRepo;
import census.warehouse.Row;
import census.warehouse.Tables;
import census.warehouse.Warehouse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code census analyze --master spark://127.0.0.1:PORT} against a real Spark standalone
 * master and worker started from the packaged jars, with the warehouse given as a Hadoop URI.
 */
class StandaloneClusterIT {
  @TempDir static Path tmp;
  static final List<Process> cluster = new ArrayList<>();
  static int masterPort;
  static int masterUiPort;
  static Path workerDir;

  @BeforeAll
  static void startCluster() throws Exception {
    Path sparkHome = sparkHomeFromPackagedJars();
    masterPort = freePort();
    masterUiPort = freePort();
    workerDir = tmp.resolve("worker");
    cluster.add(
        start(
            sparkHome,
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(masterPort),
            "--webui-port",
            Integer.toString(masterUiPort)));
    cluster.add(
        start(
            sparkHome,
            "worker",
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            "127.0.0.1",
            "--cores",
            "2",
            "--memory",
            "1g",
            "--webui-port",
            Integer.toString(freePort()),
            "--work-dir",
            workerDir.toString(),
            "spark://127.0.0.1:" + masterPort));
    awaitMasterJson("\"aliveworkers\" : 1", Duration.ofMinutes(5));
  }

  @AfterAll
  static void stopCluster() {
    cluster.forEach(Process::destroyForcibly);
  }

  @Test
  void analyzeRunsTheJobsOnTheClusterAgainstAHadoopUri() throws Exception {
    Path origin = tmp.resolve("origin.git");
    try (FixtureRepo repo = FixtureRepo.create(origin)) {
      repo.write("certified-connectors/Zoho CRM", ConnectorFixture.named("Zoho CRM"))
          .write("independent-publisher-connectors/ZohoCRM", ConnectorFixture.named("Zoho-CRM"))
          .write("certified-connectors/Other", ConnectorFixture.named("Other"));
      repo.commit("connectors");
    }
    Path data = tmp.resolve("data");
    Locations at = Locations.under(data);
    new SyncStep(origin.toString()).run(at);
    new CrawlTipStep("dev").run(at, "cluster");
    String warehouseUri = data.resolve("warehouse").toUri().toString();

    int code =
        Census.commandLine()
            .execute(
                "analyze",
                "--warehouse",
                warehouseUri,
                "--master",
                "spark://127.0.0.1:" + masterPort,
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                "--conf",
                "spark.executor.memory=512m");
    assertEquals(0, code);

    List<Row> groups = new Warehouse(warehouseUri).read(Tables.DUPLICATE_GROUPS);
    assertEquals(
        List.of("certified-connectors/Zoho CRM", "independent-publisher-connectors/ZohoCRM"),
        groups.stream().map(r -> r.string("path")).sorted().toList());
    awaitMasterJson("\"completedapps\" : [ {", Duration.ofMinutes(2));
    try (Stream<Path> executors = Files.walk(workerDir, 2)) {
      assertTrue(
          executors.anyMatch(
              p -> p.getFileName().toString().matches("\\d+") && Files.isDirectory(p)),
          "an executor ran on the worker");
    }
  }

  /** A SPARK_HOME whose jars/ holds the module's packaged jar and its runtime dependencies. */
  private static Path sparkHomeFromPackagedJars() throws IOException {
    Path target = Path.of("target");
    Path home = tmp.resolve("spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createFile(home.resolve("RELEASE")); // tells Spark's launcher to use jars/
    try (Stream<Path> libs = Files.list(target.resolve("lib"));
        Stream<Path> own = Files.list(target)) {
      for (Path jar :
          Stream.concat(
                  libs,
                  own.filter(
                      p -> p.toString().matches(".*census-analysis-jobs-[^/]*(?<!tests)\\.jar")))
              .toList()) {
        Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
      }
    }
    return home;
  }

  private static Process start(Path sparkHome, String name, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            Files.readString(Path.of("target/classes/census-jvm.options")).trim().split("\\s+")));
    command.addAll(List.of("-Xmx512m", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
    return builder.start();
  }

  private static void awaitMasterJson(String expected, Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      try {
        body =
            http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (body.contains(expected)) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("master never showed " + expected + "; last: " + body + "\n" + logs());
  }

  private static String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String name : List.of("master", "worker")) {
      Path log = tmp.resolve(name + ".log");
      if (Files.exists(log)) {
        all.append("--- ").append(name).append('\n').append(Files.readString(log));
      }
    }
    return all.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
