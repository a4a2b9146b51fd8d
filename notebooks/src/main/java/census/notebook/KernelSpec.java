package census.notebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the Jupyter kernel spec ({@code kernel.json}) that starts {@link NotebookKernel} with this
 * Java, a class path, and the JVM flags Spark needs (analysis-jobs' {@code census-jvm.options}).
 * {@code scripts/notebook-kernel} and the notebooks' test both install the kernel through it.
 */
public final class KernelSpec {
  public static final String NAME = "census-java";

  private KernelSpec() {}

  /** {@code KernelSpec DIR}: writes DIR/kernel.json for the class path this JVM runs on. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: KernelSpec DIR");
      System.exit(2);
    }
    Path file = write(Path.of(args[0]), System.getProperty("java.class.path"));
    System.out.println(file);
  }

  /** Writes {@code dir/kernel.json}; returns its path. */
  public static Path write(Path dir, String classpath) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode spec = json.createObjectNode();
    ArrayNode argv = spec.putArray("argv");
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    jvmOptions().forEach(argv::add);
    argv.add("-cp").add(classpath).add(NotebookKernel.class.getName()).add("{connection_file}");
    spec.put("display_name", "Java (Census, Spark)");
    spec.put("language", "java");
    // SIGINT would end the JVM; as a message, an interrupt stops the running cell only.
    spec.put("interrupt_mode", "message");
    Files.createDirectories(dir);
    Path file = dir.resolve("kernel.json");
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), spec);
    return file;
  }

  /** The --add-opens flags of the parent POM's spark.jvm.opens, as packaged by analysis-jobs. */
  static List<String> jvmOptions() {
    try (InputStream in = KernelSpec.class.getResourceAsStream("/census-jvm.options")) {
      if (in == null) {
        throw new IllegalStateException("census-jvm.options is not on the class path");
      }
      String options = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return Arrays.stream(options.split("\\s+")).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
