package census.rules.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on info: title, description, version and contact. */
class InfoRulesTest {
  private static final ConnectorFixture CLEAN = ConnectorFixture.named("Contoso");

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  private static String message(Class<? extends Rule> rule, ConnectorFixture fixture) {
    List<Finding> found = RuleTester.check(rule, fixture);
    assertEquals(1, found.size(), () -> "one finding expected: " + found);
    return found.get(0).message();
  }

  private static ConnectorFixture info(String field, String value) {
    return ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").put(field, value));
  }

  @Test
  void titleMustEndWithLetterOrDigit() {
    assertTrue(
        message(ValueMustEndWithAlphanumeric.class, info("title", "Contoso.")).contains("\".\""));
    assertTrue(
        message(ValueMustEndWithAlphanumeric.class, info("title", "Contoso "))
            .contains("white space"));
    assertEquals(
        List.of("/info/title"),
        pointers(ValueMustEndWithAlphanumeric.class, info("title", "Contoso [Beta]")));
    assertTrue(
        message(ValueMustEndWithAlphanumeric.class, info("title", "Contoso (US Gov.)"))
            .contains("\".\""),
        "the character before the closing parenthesis counts");
    assertTrue(
        pointers(ValueMustEndWithAlphanumeric.class, info("title", "Contoso (Europe)")).isEmpty());
    assertTrue(
        pointers(ValueMustEndWithAlphanumeric.class, info("title", "Zürich Öffi 2")).isEmpty());
    assertTrue(pointers(ValueMustEndWithAlphanumeric.class, CLEAN).isEmpty());
  }

  @Test
  void infoFieldsAndHostMustExist() {
    ConnectorFixture noVersion =
        ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").remove("version"));
    assertEquals("info has no version", message(RequiredPropertyMissing.class, noVersion));
    assertEquals(List.of("/info"), pointers(RequiredPropertyMissing.class, noVersion));
    ConnectorFixture noHost = ConnectorFixture.named("Contoso").swagger(s -> s.remove("host"));
    assertEquals(List.of(""), pointers(RequiredPropertyMissing.class, noHost));
    ConnectorFixture noInfo = ConnectorFixture.named("Contoso").swagger(s -> s.remove("info"));
    assertEquals(
        "the definition has no info object", message(RequiredPropertyMissing.class, noInfo));
    assertTrue(pointers(RequiredPropertyMissing.class, CLEAN).isEmpty());
  }

  @Test
  void infoFieldsMustBeNonEmptyStrings() {
    assertEquals("info.title is empty", message(RequiredValueEmpty.class, info("title", "  ")));
    ConnectorFixture numericVersion =
        ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").put("version", 1.0));
    assertEquals(
        "info.version must be a string, not number",
        message(RequiredValueEmpty.class, numericVersion));
    ConnectorFixture textInfo =
        ConnectorFixture.named("Contoso").swagger(s -> s.put("info", "Contoso"));
    assertEquals(List.of("/info"), pointers(RequiredValueEmpty.class, textInfo));
    assertEquals(
        List.of("/host"),
        pointers(
            RequiredValueEmpty.class,
            ConnectorFixture.named("Contoso").swagger(s -> s.put("host", ""))));
    assertTrue(pointers(RequiredValueEmpty.class, CLEAN).isEmpty());
  }

  @Test
  void descriptionMustEndLikeASentence() {
    assertEquals(
        List.of("/info/description"),
        pointers(
            ConnectorDescriptionNotSentence.class,
            info("description", "Manages the tasks and projects of a workspace")));
    for (String fine :
        List.of(
            "Manages the tasks of a workspace.",
            "Manages tasks (and projects).",
            "Why wait for your tasks?",
            "Manages tasks \"fast.\"")) {
      assertTrue(
          pointers(ConnectorDescriptionNotSentence.class, info("description", fine)).isEmpty(),
          fine);
    }
  }

  @Test
  void titleAndDescriptionHoldNoUrl() {
    assertEquals(
        "description contains the URL https://contoso.com/docs",
        message(
            ConnectorInfoContainsUrl.class,
            info("description", "Manages tasks; read more at https://contoso.com/docs.")));
    assertEquals(
        List.of("/info/title"),
        pointers(ConnectorInfoContainsUrl.class, info("title", "www.contoso.com Tasks")));
    assertTrue(
        pointers(ConnectorInfoContainsUrl.class, info("title", "Contoso.com Tasks")).isEmpty(),
        "a brand name that is a domain is not a link");
    assertTrue(pointers(ConnectorInfoContainsUrl.class, CLEAN).isEmpty());
  }

  /** Each finding of {@code rule} on {@code fixture} as rule id, pointer and message. */
  private static List<List<String>> findings(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream()
        .map(f -> List.of(f.ruleId(), f.jsonPointer(), f.message()))
        .toList();
  }

  @Test
  void aDefinitionWithoutContactIsContactInfoMissingsAlone() {
    ConnectorFixture noContact =
        ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").remove("contact"));
    assertEquals(
        List.of(List.of("ContactInfoMissing", "/info", "info.contact is missing")),
        findings(ContactInfoMissing.class, noContact));
    assertEquals(List.of(), findings(ContactDetailsMissing.class, noContact));
    assertEquals(List.of(), findings(ContactInfoMissing.class, CLEAN));
  }

  @Test
  void aContactWithoutUrlOrEmailIsContactDetailsMissings() {
    // A contact without its url, the commonest gap on dev's tip.
    ConnectorFixture noUrl =
        ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info/contact").remove("url"));
    assertEquals(
        List.of(
            List.of(
                "ContactDetailsMissing", "/info/contact", "info.contact.url is missing or empty")),
        findings(ContactDetailsMissing.class, noUrl));
    assertEquals(List.of(), findings(ContactInfoMissing.class, noUrl));
    // AzureAD's shape: a name and a url, and no email.
    ConnectorFixture noEmail =
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.withObject("/info/contact").put("email", ""));
    assertEquals(
        List.of(
            List.of(
                "ContactDetailsMissing",
                "/info/contact",
                "info.contact.email is missing or empty")),
        findings(ContactDetailsMissing.class, noEmail));
    // KnowledgeLakeRPA's shape: "contact": {} is there, with nothing in it.
    ConnectorFixture empty =
        ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").putObject("contact"));
    assertEquals(
        List.of(
            List.of(
                "ContactDetailsMissing", "/info/contact", "info.contact.name is missing or empty"),
            List.of(
                "ContactDetailsMissing", "/info/contact", "info.contact.url is missing or empty"),
            List.of(
                "ContactDetailsMissing",
                "/info/contact",
                "info.contact.email is missing or empty")),
        findings(ContactDetailsMissing.class, empty));
    assertEquals(List.of(), findings(ContactInfoMissing.class, empty));
    assertEquals(List.of(), findings(ContactDetailsMissing.class, CLEAN));
  }

  @Test
  void contactEmailMustBeAnAsciiAddress() {
    for (String bad : List.of("jane.contoso.com", "Jane <jane@contoso.com>", "jane@例え.jp")) {
      ConnectorFixture fixture =
          ConnectorFixture.named("Contoso")
              .swagger(s -> s.withObject("/info/contact").put("email", bad));
      assertEquals(
          List.of("/info/contact/email"), pointers(ContactEmailNotValid.class, fixture), bad);
    }
    ConnectorFixture empty =
        ConnectorFixture.named("Contoso")
            .swagger(s -> s.withObject("/info/contact").put("email", ""));
    assertTrue(
        pointers(ContactEmailNotValid.class, empty).isEmpty(), "empty is ContactDetailsMissing's");
    assertTrue(pointers(ContactEmailNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void descriptionLengthIsThirtyToFiveHundred() {
    assertEquals(
        "description is 11 characters; it must be 30 to 500",
        message(FieldLengthNotInRange.class, info("description", "Tasks here.")));
    assertEquals(
        List.of("/info/description"),
        pointers(FieldLengthNotInRange.class, info("description", "Manages tasks. ".repeat(40))));
    ConnectorFixture none =
        ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").remove("description"));
    assertTrue(
        pointers(FieldLengthNotInRange.class, none).isEmpty(),
        "missing is RequiredPropertyMissing's");
    assertTrue(pointers(FieldLengthNotInRange.class, CLEAN).isEmpty());
  }

  @Test
  void titleLengthCountsCharactersNotUtf16Units() {
    String thirty = "Contoso " + "\uD83D\uDE80".repeat(22);
    assertTrue(pointers(FieldLengthExceeded.class, info("title", thirty)).isEmpty());
    assertEquals(
        "title is 31 characters; the limit is 30",
        message(FieldLengthExceeded.class, info("title", thirty + "x")));
  }

  @Test
  void restrictedWordsIncludePluralsAndEveryProductName() {
    assertEquals(
        List.of(
            List.of(
                "ValueContainsRestrictedWords",
                "/info/title",
                "title contains the restricted word \"APIs\"")),
        findings(ValueContainsRestrictedWords.class, info("title", "Contoso APIs")));
    // CardsForPowerApps's shape: a product name in the title.
    assertEquals(
        List.of(
            List.of(
                "ValueContainsRestrictedWords",
                "/info/title",
                "title contains the restricted word \"PowerApps\"")),
        findings(ValueContainsRestrictedWords.class, info("title", "Cards For PowerApps")));
    for (String product :
        List.of("Power Fx", "AI Builder", "Common Data Service", "PowerAutomate")) {
      ConnectorFixture named =
          info("description", "Adds Contoso tasks to " + product + " for all.");
      assertEquals(
          List.of(
              List.of(
                  "DescriptionContainsRestrictedWords",
                  "/info/description",
                  "description contains the restricted word \"" + product + "\"")),
          findings(DescriptionContainsRestrictedWords.class, named),
          product);
      assertEquals(List.of(), findings(ValueContainsRestrictedWords.class, named), product);
    }
    assertEquals(List.of(), findings(ValueContainsRestrictedWords.class, CLEAN));
    assertEquals(List.of(), findings(DescriptionContainsRestrictedWords.class, CLEAN));
  }

  @Test
  void aDescriptionMayMentionTheApiItConnectsTo() {
    // Cognite Data Fusion's shape: the certification requirements restrict only product names in a
    // description; the authoring checklist's ban on "API" there is stricter than they are.
    ConnectorFixture api =
        info(
            "description",
            "Connect to your Cognite Data Fusion project using the Cognite Data Fusion API"
                + " endpoints and its APIs.");
    assertEquals(List.of(), findings(DescriptionContainsRestrictedWords.class, api));
    assertEquals(List.of(), findings(ValueContainsRestrictedWords.class, api));
  }
}
