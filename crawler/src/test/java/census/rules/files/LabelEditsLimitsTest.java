package census.rules.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import census.rules.LabelEdits;
import org.junit.jupiter.api.Test;

/**
 * LabelEdits sits below the file rules, so it keeps their numbers itself: they must stay the same.
 */
class LabelEditsLimitsTest {
  @Test
  void labelEditsKeepTheFileRulesLimits() {
    assertEquals(DefinitionTooLarge.MAX_BYTES, LabelEdits.MAX_DEFINITION_BYTES);
    assertEquals(JsonIndentation.STEP, LabelEdits.INDENT_STEP);
  }
}
