package census.notebook;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.apache.spark.sql.Dataset;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notebooks' Jupyter kernel: a cell is Java, run by JShell inside this JVM, whose class path
 * holds Census and Spark, so cells use the project's classes and a local Spark session directly.
 * The value of a cell's last expression is shown, a {@link Dataset} as a table ({@link
 * TableDisplay}).
 *
 * <p>Jupyter's wire protocol comes from jjava-jupyter (the library under the JJava kernel, whose
 * kernel itself is not on Maven Central); this class is only the evaluator on top of it.
 */
public final class NotebookKernel extends BaseKernel {
  private static final Logger LOG = LoggerFactory.getLogger(NotebookKernel.class);
  private static final int TABLE_ROWS = 50;
  // What the jshell tool imports by default; the JShell API itself imports nothing.
  private static final List<String> DEFAULT_IMPORTS =
      List.of(
          "java.io.*",
          "java.math.*",
          "java.nio.file.*",
          "java.util.*",
          "java.util.function.*",
          "java.util.stream.*");

  private final InProcessControl control = new InProcessControl();
  private final JShell shell;

  NotebookKernel() {
    super(
        "census-java",
        NotebookKernel.class.getPackage().getImplementationVersion(),
        new LanguageInfo.Builder("java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java-source")
            .fileExtension(".jshell")
            .pygments("java")
            .codemirror("text/x-java")
            .build(),
        List.of(),
        null,
        new JupyterIO(UTF_8),
        new CommManager(),
        new Renderer(),
        null,
        null,
        false,
        new StringStyler.Builder().build());
    shell =
        JShell.builder()
            .executionEngine(new InProcessProvider(control), Map.of())
            .compilerOptions("-Xlint:none")
            .build();
    // The snippets compile against this JVM's class path and run in it (InProcessControl).
    shell.addToClasspath(System.getProperty("java.class.path"));
    DEFAULT_IMPORTS.forEach(name -> evalSnippet("import " + name + ";"));
  }

  /** Started by Jupyter with the connection file named in kernel.json's argv. */
  public static void main(String[] args) throws Exception {
    // Binds the log appender to the real stderr before cells swap System.err for the notebook's.
    LOG.info("census-java kernel starting, connection file {}", args[0]);
    JupyterConnection connection =
        new JupyterConnection(
            KernelConnectionProperties.parse(Files.readString(Path.of(args[0]), UTF_8)));
    NotebookKernel kernel = new NotebookKernel();
    kernel.onStartup();
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
    kernel.shell.close();
    // A Spark session leaves non-daemon threads behind; the notebook is closed, so end here.
    System.exit(0);
  }

  /** Runs the cell's snippets in order; the value of the last one, if an expression, is shown. */
  @Override
  public Object evalRaw(String source) {
    control.clear();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    Object last = null;
    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(source);
    while (info.completeness().isComplete()) {
      last = evalSnippet(info.source());
      info = analysis.analyzeCompletion(info.remaining());
    }
    if (info.completeness() != Completeness.EMPTY) {
      throw new CellException("incomplete code: " + info.remaining().trim(), null);
    }
    if (last == null) {
      return null;
    }
    return last instanceof Dataset<?> frame
        ? TableDisplay.of(frame.toDF(), TABLE_ROWS)
        : new DisplayData(String.valueOf(last));
  }

  private Object evalSnippet(String code) {
    Object value = null;
    for (SnippetEvent event : shell.eval(code)) {
      if (event.causeSnippet() != null) {
        continue; // another snippet re-evaluated because this one changed a definition
      }
      JShellException thrown = event.exception();
      if (thrown != null) {
        String name =
            thrown instanceof EvalException e
                ? e.getExceptionClassName()
                : thrown.getClass().getName();
        throw new CellException(name + ": " + thrown.getMessage(), thrown);
      }
      if (event.status() == Snippet.Status.REJECTED) {
        throw new CellException(compileErrors(event.snippet()), null);
      }
      value =
          switch (event.snippet().subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, OTHER_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND ->
                control.value(event.value());
            default -> null;
          };
    }
    return value;
  }

  private String compileErrors(Snippet snippet) {
    String source = snippet.source();
    return shell
        .diagnostics(snippet)
        .filter(Diag::isError)
        .map(
            d -> {
              int start = (int) Math.max(0, d.getStartPosition());
              int end = (int) Math.min(source.length(), Math.max(start, d.getEndPosition()));
              return d.getMessage(null) + "\n  at: " + source.substring(start, end);
            })
        .collect(Collectors.joining("\n", "does not compile:\n", ""));
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    List<SourceCodeAnalysis.Documentation> docs =
        shell.sourceCodeAnalysis().documentation(code, at, extraDetail);
    if (docs.isEmpty()) {
      return null;
    }
    return new DisplayData(
        docs.stream()
            .map(d -> d.signature() + (d.javadoc() == null ? "" : "\n" + d.javadoc()))
            .collect(Collectors.joining("\n\n")));
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    int[] anchor = new int[1];
    List<String> names =
        shell.sourceCodeAnalysis().completionSuggestions(code, at, anchor).stream()
            .map(SourceCodeAnalysis.Suggestion::continuation)
            .distinct()
            .toList();
    return new ReplacementOptions(names, anchor[0], at);
  }

  @Override
  public String isComplete(String code) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code);
    while (info.completeness().isComplete()) {
      info = analysis.analyzeCompletion(info.remaining());
    }
    return switch (info.completeness()) {
      case EMPTY, COMPLETE, COMPLETE_WITH_SEMI -> IS_COMPLETE_YES;
      case CONSIDERED_INCOMPLETE, DEFINITELY_INCOMPLETE -> "    ";
      case UNKNOWN -> IS_COMPLETE_BAD;
    };
  }

  /** A cell's error shows the cell's own stack, not the kernel's frames under it. */
  @Override
  public List<String> formatError(Throwable e) {
    if (!(e instanceof CellException)) {
      return super.formatError(e);
    }
    List<String> lines = new ArrayList<>(List.of(e.getMessage().split("\n")));
    if (e.getCause() != null) {
      for (StackTraceElement frame : e.getCause().getStackTrace()) {
        lines.add("    at " + frame);
      }
    }
    return lines;
  }

  /** Jupyter's interrupt button (kernel.json asks for interrupts as messages). */
  @Override
  public void interrupt() {
    control.interruptRunning();
  }

  /** A cell that did not compile or threw: Jupyter shows the message and the cell fails. */
  static final class CellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CellException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private record InProcessProvider(ExecutionControl control) implements ExecutionControlProvider {
    @Override
    public String name() {
      return "census-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      return control;
    }
  }
}
