package census.rules.properties;

import static census.testing.RuleCases.Expected.in;

import census.model.ConnectorKind;
import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** The rules on apiProperties.json's own fields: brand colour, publisher, capabilities. */
class PropertiesRulesTest implements RuleCaseSource {
  private static final String COLOR = "/properties/iconBrandColor";

  /** A finding in apiProperties.json. */
  private static RuleCases.Expected inProperties(String pointer, String message) {
    return in(ConnectorFixture.PROPERTIES, pointer, message);
  }

  private static ConnectorFixture props(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso")
        .properties(p -> edit.accept(p.withObject("/properties")));
  }

  private static ConnectorFixture color(String color) {
    return props(p -> p.put("iconBrandColor", color));
  }

  private static ConnectorFixture publisher(String publisher) {
    return props(p -> p.put("publisher", publisher));
  }

  /** An independent publisher who names itself the owner of the service. */
  private static ConnectorFixture owner() {
    return props(
        p -> {
          p.put("publisher", "Contoso Ltd");
          p.put("stackOwner", "contoso ltd ");
        });
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(IconBrandColorNotValid.class)
            .valid("upper-case hex digits", color("#DA3B01"))
            .invalid(
                "no iconBrandColor",
                props(p -> p.remove("iconBrandColor")),
                inProperties("/properties", "iconBrandColor is missing"))
            .invalid(
                "a colour name",
                color("red"),
                inProperties(COLOR, "iconBrandColor \"red\" is not a hex colour such as #0f6cbd"))
            .invalid(
                "three digits",
                color("#fff"),
                inProperties(COLOR, "iconBrandColor \"#fff\" is not a hex colour such as #0f6cbd"))
            .invalid(
                "no #",
                color("da3b01"),
                inProperties(
                    COLOR, "iconBrandColor \"da3b01\" is not a hex colour such as #0f6cbd"))
            .invalid(
                "a letter beyond f",
                color("#da3b0g"),
                inProperties(
                    COLOR, "iconBrandColor \"#da3b0g\" is not a hex colour such as #0f6cbd")),
        RuleCases.of(IndependentPublisherBrandColor.class)
            .valid("a certified connector's own colour", color("#0f6cbd"))
            .kind(ConnectorKind.INDEPENDENT_PUBLISHER)
            .valid("the independent publishers' colour in upper case", color("#DA3B01"))
            .valid(
                "a missing colour is IconBrandColorNotValid's",
                props(p -> p.remove("iconBrandColor")))
            .invalid(
                "another colour",
                color("#0f6cbd"),
                inProperties(COLOR, "iconBrandColor is #0f6cbd; it must be #da3b01")),
        RuleCases.of(IconBrandColorDefault.class)
            .valid("a brand colour", color("#0f6cbd"))
            .invalid(
                "white",
                color("#FFFFFF"),
                inProperties(COLOR, "iconBrandColor #FFFFFF is white; use the brand colour"))
            .invalid(
                "the default blue",
                color("#007ee5"),
                inProperties(
                    COLOR, "iconBrandColor #007ee5 is the default blue; use the brand colour"))
            .kind(ConnectorKind.INDEPENDENT_PUBLISHER)
            .valid(
                "the icon rules of seed 003 do not apply to independent publishers",
                color("#007ee5")),
        RuleCases.of(PublisherPropertiesMissing.class)
            .valid("publisher and stackOwner", ConnectorFixture.named("Contoso"))
            .invalid(
                "no stackOwner",
                props(p -> p.remove("stackOwner")),
                inProperties("/properties", "stackOwner is missing"))
            .invalid(
                "a blank publisher",
                publisher(" "),
                inProperties("/properties/publisher", "publisher must be a non-empty string")),
        RuleCases.of(PublisherNotAlphanumeric.class)
            .valid("punctuation of a company name", publisher("Contoso, Inc. (Europe)"))
            .valid("letters beyond ASCII", publisher("Ærøskøbing ApS"))
            .valid("an apostrophe and an ampersand", publisher("O'Neil & Sons"))
            .invalid(
                "a URL as stackOwner",
                props(p -> p.put("stackOwner", "https://swapi.dev/")),
                inProperties(
                    "/properties/stackOwner",
                    "stackOwner \"https://swapi.dev/\" contains \":\"; it must be a plain name"))
            .invalid(
                "two names with a bar",
                publisher("Jane Doe | John Roe"),
                inProperties(
                    "/properties/publisher",
                    "publisher \"Jane Doe | John Roe\" contains \"|\"; it must be a plain name"))
            .invalid(
                "underscores only",
                publisher("_____"),
                inProperties(
                    "/properties/publisher",
                    "publisher \"_____\" contains \"_\"; it must be a plain name"))
            .invalid(
                "an e-mail address",
                publisher("jane@contoso.com"),
                inProperties(
                    "/properties/publisher",
                    "publisher \"jane@contoso.com\" contains \"@\"; it must be a plain name")),
        RuleCases.of(IndependentPublisherIsStackOwner.class)
            .valid("a certified connector's publisher owns the service", owner())
            .kind(ConnectorKind.INDEPENDENT_PUBLISHER)
            .valid("a publisher who is not the owner", ConnectorFixture.named("Contoso"))
            .invalid(
                "the owner in another case and with a space",
                owner(),
                inProperties(
                    "/properties/stackOwner",
                    "stackOwner \"contoso ltd\" is the publisher; an independent publisher does"
                        + " not own the service")),
        RuleCases.of(CapabilityNotRecognized.class)
            .valid(
                "actions and triggers",
                props(p -> p.putArray("capabilities").add("actions").add("triggers")))
            .invalid(
                "a capital, an unknown value and one listed twice",
                props(
                    p ->
                        p.putArray("capabilities")
                            .add("actions")
                            .add("Actions")
                            .add("cloud only")
                            .add("actions")),
                inProperties(
                    "/properties/capabilities/1",
                    "capability \"Actions\" is not one of actions, triggers, gateway"),
                inProperties(
                    "/properties/capabilities/2",
                    "capability \"cloud only\" is not one of actions, triggers, gateway"),
                inProperties(
                    "/properties/capabilities/3", "capability \"actions\" is listed twice")));
  }
}
