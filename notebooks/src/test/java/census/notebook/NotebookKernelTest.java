package census.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluator without Jupyter: what a cell shows, and how a bad cell fails. */
class NotebookKernelTest {
  static NotebookKernel kernel;
  static ClassLoader contextLoader;

  @BeforeAll
  static void start() {
    contextLoader = Thread.currentThread().getContextClassLoader();
    kernel = new NotebookKernel();
  }

  /** Cells set the context class loader to JShell's (for Spark); later tests get theirs back. */
  @AfterAll
  static void restoreContextLoader() {
    Thread.currentThread().setContextClassLoader(contextLoader);
  }

  @Test
  void showsTheValueOfTheLastExpressionAndKeepsDefinitions() {
    assertNull(kernel.evalRaw("int base = 40;"), "a declaration shows nothing");
    DisplayData shown = (DisplayData) kernel.evalRaw("List<Integer> xs = List.of(1, 2);\nbase + 2");
    assertEquals("42", shown.getData(MIMEType.TEXT_PLAIN));
    assertEquals("[1, 2]", text(kernel.evalRaw("xs")), "default imports and earlier cells");
  }

  @Test
  void printsWhatACellPrints() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertNull(
          kernel.evalRaw("for (int i = 0; i < 2; i++) { System.out.println(\"row \" + i); }"));
    } finally {
      System.setOut(original);
    }
    assertEquals("row 0\nrow 1\n", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCellThatDoesNotCompileFailsWithTheCompilerMessage() {
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> kernel.evalRaw("String s = 1 + ;"));
    assertTrue(e.getMessage().contains("does not compile"), e.getMessage());
    RuntimeException unknown =
        assertThrows(RuntimeException.class, () -> kernel.evalRaw("noSuchVariable.length()"));
    assertTrue(unknown.getMessage().contains("noSuchVariable"), unknown.getMessage());
  }

  @Test
  void aCellThatThrowsFailsWithTheExceptionAndItsStack() {
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> kernel.evalRaw("int z = 0;\nint y = 1 / z;"));
    assertTrue(e.getMessage().startsWith("java.lang.ArithmeticException"), e.getMessage());
    assertTrue(
        kernel.formatError(e).stream().anyMatch(line -> line.trim().startsWith("at ")),
        "the cell's frames are listed");
  }

  @Test
  void anIncompleteCellFailsAndIsReportedIncomplete() {
    assertThrows(RuntimeException.class, () -> kernel.evalRaw("if (true) {"));
    assertEquals(BaseKernel.IS_COMPLETE_YES, kernel.isComplete("int a = 1;"));
    assertFalse(kernel.isComplete("if (true) {").equals(BaseKernel.IS_COMPLETE_YES));
  }

  @Test
  void aDataFrameIsATableWhoseHtmlEscapesRepositoryText() {
    DisplayData shown =
        (DisplayData)
            kernel.evalRaw(
                "var spark = census.jobs.SparkSessions.start(\"local[1]\");\n"
                    + "spark.sql(\"select '<script>alert(1)</script>' as title, array('a', 'b')"
                    + " as kinds from range(3)\")");
    String html = (String) shown.getData(MIMEType.TEXT_HTML);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("<th>kinds</th>") && html.contains("[a, b]"), html);
    assertTrue(text(shown).contains("3 rows"), text(shown));
  }

  private static String text(Object shown) {
    return (String) ((DisplayData) shown).getData(MIMEType.TEXT_PLAIN);
  }
}
