package census.rules.info;

import static census.testing.RuleCases.Expected.at;

import census.testing.ConnectorFixture;
import census.testing.RuleCaseSource;
import census.testing.RuleCases;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/** The rules on the definition's root: host, basePath, schemes, tags, MIME types, names. */
class RootRulesTest implements RuleCaseSource {
  private static ConnectorFixture root(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso").swagger(edit);
  }

  private static ConnectorFixture host(String host) {
    return root(s -> s.put("host", host));
  }

  private static ConnectorFixture basePath(String basePath) {
    return root(s -> s.put("basePath", basePath));
  }

  private static ConnectorFixture array(String name, String... values) {
    return root(
        s -> {
          ArrayNode array = s.putArray(name);
          for (String v : values) {
            array.add(v);
          }
        });
  }

  @Override
  public List<RuleCases> ruleCases() {
    return List.of(
        RuleCases.of(HostNameNotValid.class)
            .valid("a port", host("api.contoso.com:8443"))
            .valid("an IPv6 address and a port", host("[2001:db8::1]:443"))
            .valid("an IPv4 address", host("10.1.2.3"))
            .invalid(
                "a scheme",
                host("https://api.contoso.com"),
                at("/host", "host \"https://api.contoso.com\" holds a scheme; put it in schemes"))
            .invalid(
                "a path",
                host("api.contoso.com/v1"),
                at("/host", "host \"api.contoso.com/v1\" holds a path; put it in basePath"))
            .invalid(
                "a placeholder",
                host("{{replace_with_your_domain}}"),
                at("/host", "host \"{{replace_with_your_domain}}\" is a placeholder, not a host"))
            .invalid(
                "a space",
                host("api contoso.com"),
                at("/host", "host \"api contoso.com\" is not a valid host name or IP address")),
        RuleCases.of(BasePathNotValid.class)
            .valid("no basePath", root(s -> s.remove("basePath")))
            .valid(
                "an OpenAPI 3 definition is left to the version rule",
                root(
                    s -> {
                      s.remove("swagger");
                      s.put("openapi", "3.0.1");
                      s.put("basePath", "v1");
                    }))
            .invalid(
                "no leading slash",
                basePath("v1"),
                at("/basePath", "basePath \"v1\" must start with \"/\""))
            .invalid(
                "a placeholder",
                basePath("/app/<App ID>/v1"),
                at("/basePath", "basePath \"/app/<App ID>/v1\" contains a placeholder"))
            .invalid(
                "a URL",
                basePath("https://api.contoso.com/v1"),
                at(
                    "/basePath",
                    "basePath \"https://api.contoso.com/v1\" is a URL; it must be a path"
                        + " starting with \"/\""))
            .invalid(
                "a query",
                basePath("/v1?x=1"),
                at("/basePath", "basePath \"/v1?x=1\" contains a query or fragment"))
            .invalid(
                "a path template",
                basePath("/{tenant}/api"),
                at(
                    "/basePath",
                    "basePath \"/{tenant}/api\" contains a template; basePath cannot be templated"))
            .invalid(
                "a space",
                basePath("/v 1"),
                at("/basePath", "basePath \"/v 1\" contains white space"))
            .invalid(
                "a number",
                root(s -> s.put("basePath", 1)),
                at("/basePath", "basePath 1 is not a string")),
        RuleCases.of(SchemeNotValid.class)
            .valid("WebSocket schemes are SchemeNotSupported's", array("schemes", "https", "wss"))
            .invalid(
                "ftp",
                array("schemes", "https", "ftp"),
                at("/schemes/1", "scheme \"ftp\" is not valid; use \"https\" (or \"http\")"))
            .invalid(
                "upper case",
                array("schemes", "HTTPS"),
                at("/schemes/0", "scheme \"HTTPS\" is not valid; use \"https\" (or \"http\")"))
            .invalid(
                "a string, not an array",
                root(s -> s.put("schemes", "https")),
                at("/schemes", "schemes must be an array such as [\"https\"]")),
        RuleCases.of(SchemeNotSupported.class)
            .valid("http and https", array("schemes", "http", "https"))
            .invalid(
                "wss",
                array("schemes", "https", "wss"),
                at("/schemes/1", "WebSocket scheme \"wss\" is not supported")),
        RuleCases.of(SchemesArrayEmpty.class)
            .valid("no schemes", root(s -> s.remove("schemes")))
            .invalid("an empty array", array("schemes"), at("/schemes", "schemes is empty")),
        RuleCases.of(TagRedefined.class)
            .valid(
                "two tags",
                root(
                    s -> {
                      ArrayNode tags = s.putArray("tags");
                      tags.addObject().put("name", "Tasks");
                      tags.addObject().put("name", "Projects");
                    }))
            .invalid(
                "a tag defined twice",
                root(
                    s -> {
                      ArrayNode tags = s.putArray("tags");
                      tags.addObject().put("name", "Tasks");
                      tags.addObject().put("name", "Projects");
                      tags.addObject().put("name", "Tasks");
                    }),
                at("/tags/2", "tag \"Tasks\" is already defined at /tags/0")),
        RuleCases.of(ExtensionNameNotValid.class)
            .valid(
                "extensions at the root, in info and in a tag",
                root(
                    s -> {
                      s.put("x-ms-capabilities", "fine");
                      s.withObject("/info").put("x-ms-keywords", "fine");
                      s.withArray("/tags")
                          .addObject()
                          .put("name", "Tasks")
                          .put("x-ms-summary", "fine");
                    }))
            .invalid(
                "names Swagger does not define",
                root(
                    s -> {
                      s.put("basepath", "/v1");
                      s.withObject("/info").put("summary", "Tasks");
                      s.withObject("/info/contact").put("phone", "555");
                      s.withArray("/tags")
                          .addObject()
                          .put("name", "Tasks")
                          .put("displayName", "Tasks");
                    }),
                at(
                    "/basepath",
                    "\"basepath\" is not a property of the root; did you mean \"basePath\"?"),
                at(
                    "/info/summary",
                    "\"summary\" is not a property of /info; an extension must start with x-"),
                at(
                    "/info/contact/phone",
                    "\"phone\" is not a property of /info/contact; an extension must start with"
                        + " x-"),
                at(
                    "/tags/0/displayName",
                    "\"displayName\" is not a property of /tags/0; an extension must start with"
                        + " x-")),
        RuleCases.of(ArrayDuplicateValue.class)
            .valid("distinct values", array("consumes", "application/json", "text/plain"))
            .invalid(
                "a MIME type twice",
                array("consumes", "application/json", "text/plain", "application/json"),
                at(
                    "/consumes/2",
                    "consumes lists \"application/json\" again; it is already at /consumes/0"))
            .invalid(
                "a scheme twice",
                array("schemes", "https", "https"),
                at("/schemes/1", "schemes lists \"https\" again; it is already at /schemes/0")),
        RuleCases.of(MimeTypeNotValid.class)
            .valid("a parameter", array("produces", "application/json; charset=utf-8"))
            .invalid(
                "no subtype",
                array("produces", "json", "text/plain", "application/"),
                at("/produces/0", "\"json\" in produces is not a valid MIME type"),
                at("/produces/2", "\"application/\" in produces is not a valid MIME type"))
            .invalid(
                "a number",
                root(s -> s.putArray("consumes").add(5)),
                at("/consumes/0", "5 in consumes is not a valid MIME type")));
  }
}
