package census.rules.info;

import static census.testing.ConnectorFixture.SWAGGER;
import static census.testing.RuleCases.Expected.at;

import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import java.util.List;

/** The rules on info: title, description, version and contact. */
class InfoRulesTest implements RuleCaseSource {
  private static final List<String> PRODUCTS =
      List.of("Power Fx", "AI Builder", "Common Data Service", "PowerAutomate");

  /** A definition written on one line. */
  private static final String COMPACT =
      "{\"swagger\":\"2.0\",\"info\":{\"title\":\"Contoso\",\"description\":\"Manages the"
          + " tasks and projects of a workspace\",\"version\":\"1.0\"},\"host\":\"api.contoso.com\","
          + "\"paths\":{}}";

  private static ConnectorFixture info(String field, String value) {
    return ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").put(field, value));
  }

  private static ConnectorFixture contact(String field, String value) {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> s.withObject("/info/contact").put(field, value));
  }

  private static ConnectorFixture withoutContact() {
    return ConnectorFixture.named("Contoso").swagger(s -> s.withObject("/info").remove("contact"));
  }

  private static ConnectorFixture emptyContact() {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> s.withObject("/info").putObject("contact"));
  }

  private static ConnectorFixture withoutUrl() {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> s.withObject("/info/contact").remove("url"));
  }

  private static ConnectorFixture withoutDescription() {
    return ConnectorFixture.named("Contoso")
        .swagger(s -> s.withObject("/info").remove("description"));
  }

  /** Cognite Data Fusion's shape: the API it connects to named in the description. */
  private static ConnectorFixture apiInDescription() {
    return info(
        "description",
        "Connect to your Cognite Data Fusion project using the Cognite Data Fusion API"
            + " endpoints and its APIs.");
  }

  private static ConnectorFixture product(String product) {
    return info("description", "Adds Contoso tasks to " + product + " for all.");
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(ValueMustEndWithAlphanumeric.class)
            .valid("a closing parenthesis after a letter", info("title", "Contoso (Europe)"))
            .valid("letters beyond ASCII and a digit", info("title", "Zürich Öffi 2"))
            .invalid(
                "a full stop",
                info("title", "Contoso."),
                at(
                    "/info/title",
                    "title \"Contoso.\" ends with \".\"; it must end with a letter or digit"))
            .output(
                SWAGGER, "-        \"title\" : \"Contoso.\",", "+        \"title\" : \"Contoso\",")
            .invalid(
                "a trailing space",
                info("title", "Contoso "),
                at(
                    "/info/title",
                    "title \"Contoso \" ends with white space; it must end with a letter or digit"))
            .output(
                SWAGGER, "-        \"title\" : \"Contoso \",", "+        \"title\" : \"Contoso\",")
            // What the bracket says ([Beta], [DEPRECATED]) is for a person to reword: no fix.
            .invalid(
                "a closing bracket",
                info("title", "Contoso [Beta]"),
                at(
                    "/info/title",
                    "title \"Contoso [Beta]\" ends with \"]\"; it must end with a letter or digit"))
            .invalid(
                "a full stop before the closing parenthesis",
                info("title", "Contoso (US Gov.)"),
                at(
                    "/info/title",
                    "title \"Contoso (US Gov.)\" ends with \".\"; it must end with a letter or"
                        + " digit"))
            .output(
                SWAGGER,
                "-        \"title\" : \"Contoso (US Gov.)\",",
                "+        \"title\" : \"Contoso (US Gov)\","),
        RuleCases.of(RequiredPropertyMissing.class)
            .valid("title, description, version and host", ConnectorFixture.named("Contoso"))
            .valid(
                "an OpenAPI 3 definition is left to the version rule",
                ConnectorFixture.named("Contoso")
                    .swagger(
                        s -> {
                          s.remove("swagger");
                          s.put("openapi", "3.0.1");
                          s.remove("host");
                        }))
            .invalid(
                "no version",
                ConnectorFixture.named("Contoso")
                    .swagger(s -> s.withObject("/info").remove("version")),
                at("/info", "info has no version"))
            .invalid(
                "no host",
                ConnectorFixture.named("Contoso").swagger(s -> s.remove("host")),
                at("", "the definition has no host"))
            .invalid(
                "no info",
                ConnectorFixture.named("Contoso").swagger(s -> s.remove("info")),
                at("", "the definition has no info object")),
        RuleCases.of(RequiredValueEmpty.class)
            .valid("non-empty strings", ConnectorFixture.named("Contoso"))
            .invalid("a blank title", info("title", "  "), at("/info/title", "info.title is empty"))
            .invalid(
                "a numeric version",
                ConnectorFixture.named("Contoso")
                    .swagger(s -> s.withObject("/info").put("version", 1.0)),
                at("/info/version", "info.version must be a string, not number"))
            .invalid(
                "info as a string",
                ConnectorFixture.named("Contoso").swagger(s -> s.put("info", "Contoso")),
                at("/info", "info must be an object"))
            .invalid(
                "an empty host",
                ConnectorFixture.named("Contoso").swagger(s -> s.put("host", "")),
                at("/host", "host is empty")),
        RuleCases.of(ConnectorDescriptionNotSentence.class)
            .valid("a full stop", info("description", "Manages the tasks of a workspace."))
            .valid(
                "a full stop after a parenthesis",
                info("description", "Manages tasks (and projects)."))
            .valid("a question mark", info("description", "Why wait for your tasks?"))
            .valid("a full stop inside quotes", info("description", "Manages tasks \"fast.\""))
            .invalid(
                "no full stop",
                info("description", "Manages the tasks and projects of a workspace"),
                at(
                    "/info/description",
                    "description does not end with punctuation; write it as full sentences"))
            .output(
                SWAGGER,
                "-        \"description\" : \"Manages the tasks and projects of a workspace\",",
                "+        \"description\" : \"Manages the tasks and projects of a workspace.\",")
            .invalid(
                "a closing parenthesis",
                info("description", "Manages the tasks of a workspace (and its projects)"),
                at(
                    "/info/description",
                    "description does not end with punctuation; write it as full sentences"))
            .output(
                SWAGGER,
                "-        \"description\" : \"Manages the tasks of a workspace (and its projects)\",",
                "+        \"description\" : \"Manages the tasks of a workspace (and its projects).\",")
            .invalid(
                "a definition on one line",
                ConnectorFixture.named("Contoso").file(SWAGGER, COMPACT + "\n"),
                at(
                    "/info/description",
                    "description does not end with punctuation; write it as full sentences"))
            .output(SWAGGER, "-" + COMPACT, "+" + COMPACT.replace("workspace", "workspace."))
            // 501 characters would break FieldLengthNotInRange's limit.
            .invalid(
                "500 characters",
                info("description", "Tasks" + " task".repeat(99)),
                at(
                    "/info/description",
                    "description does not end with punctuation; write it as full sentences"))
            .invalid(
                "a URL at the end",
                info("description", "Manages tasks; read more at https://contoso.com/docs"),
                at(
                    "/info/description",
                    "description does not end with punctuation; write it as full sentences")),
        RuleCases.of(ConnectorInfoContainsUrl.class)
            .valid(
                "a brand name that is a domain is not a link", info("title", "Contoso.com Tasks"))
            .invalid(
                "a URL in the description",
                info("description", "Manages tasks; read more at https://contoso.com/docs."),
                at("/info/description", "description contains the URL https://contoso.com/docs"))
            .invalid(
                "a www address in the title",
                info("title", "www.contoso.com Tasks"),
                at("/info/title", "title contains the URL www.contoso.com")),
        RuleCases.of(ContactInfoMissing.class)
            .valid("an empty contact is ContactDetailsMissing's", emptyContact())
            .valid("a contact without url is ContactDetailsMissing's", withoutUrl())
            .invalid("no contact", withoutContact(), at("/info", "info.contact is missing")),
        RuleCases.of(ContactDetailsMissing.class)
            .valid("no contact at all is ContactInfoMissing's", withoutContact())
            .invalid(
                "no url, the commonest gap on dev's tip",
                withoutUrl(),
                at("/info/contact", "info.contact.url is missing or empty"))
            .invalid(
                "an empty email, AzureAD's shape",
                contact("email", ""),
                at("/info/contact", "info.contact.email is missing or empty"))
            .invalid(
                "an empty contact object, KnowledgeLakeRPA's shape",
                emptyContact(),
                at("/info/contact", "info.contact.name is missing or empty"),
                at("/info/contact", "info.contact.url is missing or empty"),
                at("/info/contact", "info.contact.email is missing or empty")),
        RuleCases.of(ContactEmailNotValid.class)
            .valid("an empty email is ContactDetailsMissing's", contact("email", ""))
            .invalid(
                "no @",
                contact("email", "jane.contoso.com"),
                at("/info/contact/email", "\"jane.contoso.com\" is not a valid e-mail address"))
            .invalid(
                "a name and an address",
                contact("email", "Jane <jane@contoso.com>"),
                at(
                    "/info/contact/email",
                    "\"Jane <jane@contoso.com>\" is not a valid e-mail address"))
            .invalid(
                "a domain beyond ASCII",
                contact("email", "jane@例え.jp"),
                at("/info/contact/email", "\"jane@例え.jp\" is not a valid e-mail address")),
        RuleCases.of(FieldLengthNotInRange.class)
            .valid("a missing description is RequiredPropertyMissing's", withoutDescription())
            .invalid(
                "a short description",
                info("description", "Tasks here."),
                at("/info/description", "description is 11 characters; it must be 30 to 500"))
            .invalid(
                "a long description",
                info("description", "Manages tasks. ".repeat(40)),
                at("/info/description", "description is 599 characters; it must be 30 to 500")),
        RuleCases.of(FieldLengthExceeded.class)
            .valid(
                "30 characters, 52 UTF-16 units",
                info("title", "Contoso " + "\uD83D\uDE80".repeat(22)))
            .invalid(
                "31 characters",
                info("title", "Contoso " + "\uD83D\uDE80".repeat(22) + "x"),
                at("/info/title", "title is 31 characters; the limit is 30")),
        valueRestrictedWords(),
        descriptionRestrictedWords());
  }

  private static RuleCases valueRestrictedWords() {
    RuleCases cases =
        RuleCases.of(ValueContainsRestrictedWords.class)
            .valid("the API it connects to in the description", apiInDescription())
            .invalid(
                "a plural",
                info("title", "Contoso APIs"),
                at("/info/title", "title contains the restricted word \"APIs\""))
            .invalid(
                "a product name in the title, CardsForPowerApps's shape",
                info("title", "Cards For PowerApps"),
                at("/info/title", "title contains the restricted word \"PowerApps\""));
    for (String product : PRODUCTS) {
      cases.valid(
          product + " in the description is DescriptionContainsRestrictedWords's",
          product(product));
    }
    return cases;
  }

  private static RuleCases descriptionRestrictedWords() {
    // The certification requirements restrict only product names in a description; the authoring
    // checklist's ban on "API" there is stricter than they are.
    RuleCases cases =
        RuleCases.of(DescriptionContainsRestrictedWords.class)
            .valid("the API it connects to", apiInDescription());
    for (String product : PRODUCTS) {
      cases.invalid(
          product,
          product(product),
          at("/info/description", "description contains the restricted word \"" + product + "\""));
    }
    return cases;
  }
}
