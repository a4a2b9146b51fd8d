package census.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.RuleCatalog;
import census.testing.CliRun;
import census.testing.SplitRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  private static CliRun rules(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "rules";
    System.arraycopy(args, 0, full, 1, args.length);
    return CliRun.census(full);
  }

  @Test
  void explainPrintsTheRulesSectionOfTheRulesDocument() throws Exception {
    // A rule the platform enforces (an error whatever the evidence) that no rule was split from.
    CliRun r = rules("--explain", "OperationIdNotUnique");
    assertEquals(0, r.status(), r.err());
    assertTrue(
        r.out().startsWith("### OperationIdNotUnique\n\n**error** · kinds: all · files: "),
        r.out());
    assertTrue(r.out().contains("\n\nFix: "), r.out());
    assertTrue(r.out().contains("\n\nSource: "), r.out());
    String doc = Files.readString(Path.of("..", "docs", "rules.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains("\n\n" + r.out()), "the same text as docs/rules.md");
  }

  @Test
  void anUnknownIdIsAUsageError() {
    CliRun r = rules("--explain", "HttpOnly");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no rule has the id 'HttpOnly'"), r.err());
  }

  @Test
  void theOldIdOfASplitRuleExplainsEachPart() {
    RuleCatalog catalog = SplitRules.catalog();
    String both = RulesCommand.explanation(catalog, SplitRules.OLD_ID).orElseThrow();
    assertEquals(
        RulesCommand.explanation(catalog, "SplitA").orElseThrow()
            + "\n"
            + RulesCommand.explanation(catalog, "SplitB").orElseThrow(),
        both);
    assertTrue(both.startsWith("### SplitA\n\n**error** · kinds: all"), both);
    assertTrue(both.contains("\n### SplitB\n\n**warning**"), both);
    assertEquals(Optional.empty(), RulesCommand.explanation(catalog, "Other"));
  }
}
