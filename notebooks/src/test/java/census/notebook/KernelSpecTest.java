package census.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
  @TempDir Path tmp;

  @Test
  void startsTheKernelOnTheGivenClassPathWithSparksJvmFlags() throws Exception {
    Path file = KernelSpec.write(tmp.resolve(KernelSpec.NAME), "/a.jar:/lib/b.jar");
    JsonNode spec = new ObjectMapper().readTree(file.toFile());
    List<String> argv = new ArrayList<>();
    spec.path("argv").forEach(a -> argv.add(a.asText()));

    assertTrue(Path.of(argv.get(0)).endsWith(Path.of("bin", "java")), argv.get(0));
    assertTrue(argv.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), argv.toString());
    assertEquals(
        List.of("-cp", "/a.jar:/lib/b.jar", NotebookKernel.class.getName(), "{connection_file}"),
        argv.subList(argv.size() - 4, argv.size()));
    assertEquals("java", spec.path("language").asText());
    assertEquals("message", spec.path("interrupt_mode").asText(), "SIGINT would end the JVM");
  }
}
