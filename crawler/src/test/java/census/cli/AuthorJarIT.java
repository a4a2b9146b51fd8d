package census.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.check.CheckIndex;
import census.testing.ConnectorFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged author jar, run as an author runs it: {@code java -jar census-author.jar}. */
class AuthorJarIT {
  private static final Path JAR = Path.of("target", "census-author.jar");

  @TempDir Path tmp;

  record Run(int status, String out, String err) {}

  private Run run(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "census-author.jar did not finish in 60 s");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void itHoldsNeitherHadoopNorParquet() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertFalse(
          jar.stream()
              .anyMatch(
                  e ->
                      e.getName().startsWith("org/apache/hadoop/")
                          || e.getName().startsWith("org/apache/parquet/")));
      assertTrue(
          jar.getEntry("META-INF/services/census.rules.Rule") != null, "the rules' services");
    }
  }

  @Test
  void lintFindsTheFaultsOfACrlfFolderWithItsRules() throws Exception {
    Path folder =
        ConnectorFixture.named("Contoso Tasks")
            .swagger(s -> s.putArray("schemes").add("http"))
            .writeTo(tmp.resolve("certified-connectors").resolve("Contoso Tasks"));
    Path swagger = folder.resolve(ConnectorFixture.SWAGGER);
    Files.writeString(
        swagger,
        Files.readString(swagger, StandardCharsets.UTF_8).replace("\n", "\r\n"),
        StandardCharsets.UTF_8);

    Run r = run("lint", "--format", "json", "--no-config", "certified-connectors");
    assertEquals(1, r.status(), r.err());
    JsonNode https = null;
    for (JsonNode f : new ObjectMapper().readTree(r.out()).path("findings")) {
      if (f.path("ruleId").asText().equals("HttpsOnly")) {
        https = f;
      }
    }
    assertTrue(https != null, r.out());
    assertEquals(
        "certified-connectors/Contoso Tasks/apiDefinition.swagger.json",
        https.path("file").asText());
  }

  @Test
  void checkReadsAnIndexAndWithoutOneSaysSo() throws Exception {
    Path index = tmp.resolve(CheckIndex.FILE_NAME);
    new CheckIndex(
            List.of(
                new CheckIndex.Connector(
                    "certified-connectors/Contoso Tasks",
                    "certified",
                    "Contoso Tasks",
                    "Contoso Tasks",
                    null,
                    null)),
            List.of())
        .write(index);

    Run covered =
        run("check", "contoso-tasks (Independent Publisher)", "--index", index.toString());
    assertEquals(1, covered.status(), covered.err());
    assertTrue(covered.out().contains("certified-connectors/Contoso Tasks"), covered.out());

    Run none = run("check", "contoso-tasks");
    assertEquals(2, none.status());
    assertTrue(none.err().contains("give --index FILE|URL"), none.err());
  }
}
