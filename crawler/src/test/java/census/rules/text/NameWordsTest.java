package census.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.NameWords;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Labels and summaries made from names as the dev tip's properties, parameters and ids have them.
 */
class NameWordsTest {
  @Test
  void titleCaseSplitsEveryKindOfNameAndKeepsAcronyms() {
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("CardTemplateId", "Card Template ID"),
            Map.entry("createdOn", "Created On"),
            Map.entry("due_date", "Due Date"),
            Map.entry("model-version", "Model Version"),
            Map.entry("@odata.nextLink", "OData Next Link"),
            Map.entry("$top", "Top"),
            Map.entry("HTMLParser", "HTML Parser"),
            Map.entry("userIDs", "User IDs"),
            Map.entry("courseID", "Course ID"),
            Map.entry("FIRST_NAME", "First Name"),
            Map.entry("NAME_OF_THE_TASK", "Name of the Task"),
            Map.entry("numberOfItems", "Number of Items"),
            Map.entry("signUp", "Sign Up"),
            Map.entry("AddressLine2", "Address Line 2"),
            Map.entry("sha256", "SHA256"),
            Map.entry("Schema_DeviceProperties_V1", "Schema Device Properties V1"),
            Map.entry("L3Data", "L3 Data"),
            Map.entry("Document (Base64 encoded)", "Document (Base64 Encoded)"),
            Map.entry("número", "Número"));
    cases.forEach((name, label) -> assertEquals(Optional.of(label), NameWords.titleCase(name)));
  }

  @Test
  void sentenceCaseLowersAllButTheFirstWordAndAcronyms() {
    assertEquals(Optional.of("Add card schema"), NameWords.sentenceCase("AddCardSchema"));
    assertEquals(Optional.of("Split PDF task"), NameWords.sentenceCase("split_pdf_task"));
    assertEquals(Optional.of("Who am I"), NameWords.sentenceCase("WhoAmI"));
    assertEquals(
        Optional.of("Test my API connection"), NameWords.sentenceCase("TestMyAPIConnection"));
  }

  @Test
  void nothingFromANameWithoutLettersOrOfAnotherScript() {
    for (String name : new String[] {"", "200", "_-_", "名前", "🇸ourceLibraryId"}) {
      assertTrue(NameWords.titleCase(name).isEmpty(), name);
    }
  }

  @Test
  void wordsKeptLowerInsideAreMinorForLabelNotTitleCase() {
    for (String word : NameWords.LOWER_INSIDE) {
      assertTrue(Labels.firstNotCapitalized("Name " + word + " Task").isEmpty(), word);
    }
  }
}
