package census.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CensusTest {
  @Test
  void everySubcommandAnswersHelpWithItsUsageOnStdoutAndExitStatusZero() {
    Set<String> names = Census.commandLine().getSubcommands().keySet();
    assertTrue(
        names.containsAll(Set.of("sync", "crawl", "run", "lint", "check", "rules")),
        names::toString);
    for (String name : names) {
      CommandLine cli = Census.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));

      assertEquals(0, cli.execute(name, "--help"), name + ": " + err);
      assertTrue(out.toString().startsWith("Usage: census " + name), name + ": " + out);
      assertTrue(out.toString().contains("--help"), name + " lists --help");
      assertEquals("", err.toString(), name);
    }
  }
}
