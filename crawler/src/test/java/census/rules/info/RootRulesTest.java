package census.rules.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import census.rules.Finding;
import census.rules.Rule;
import census.testing.ConnectorFixture;
import census.testing.RuleTester;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The rules on the definition's root: host, basePath, schemes, tags, MIME types, names. */
class RootRulesTest {
  private static final ConnectorFixture CLEAN = ConnectorFixture.named("Contoso");

  private static List<String> pointers(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::jsonPointer).toList();
  }

  private static List<String> messages(Class<? extends Rule> rule, ConnectorFixture fixture) {
    return RuleTester.check(rule, fixture).stream().map(Finding::message).toList();
  }

  private static ConnectorFixture root(Consumer<ObjectNode> edit) {
    return ConnectorFixture.named("Contoso").swagger(edit);
  }

  private static ConnectorFixture host(String host) {
    return root(s -> s.put("host", host));
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

  @Test
  void hostIsABareHostName() {
    assertEquals(
        List.of("host \"https://api.contoso.com\" holds a scheme; put it in schemes"),
        messages(HostNameNotValid.class, host("https://api.contoso.com")));
    assertEquals(
        List.of("host \"api.contoso.com/v1\" holds a path; put it in basePath"),
        messages(HostNameNotValid.class, host("api.contoso.com/v1")));
    assertEquals(
        List.of("host \"{{replace_with_your_domain}}\" is a placeholder, not a host"),
        messages(HostNameNotValid.class, host("{{replace_with_your_domain}}")));
    assertEquals(List.of("/host"), pointers(HostNameNotValid.class, host("api contoso.com")));
    for (String fine : List.of("api.contoso.com:8443", "[2001:db8::1]:443", "10.1.2.3")) {
      assertTrue(pointers(HostNameNotValid.class, host(fine)).isEmpty(), fine);
    }
    assertTrue(pointers(HostNameNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void basePathStartsWithSlash() {
    assertEquals(
        List.of("basePath \"v1\" must start with \"/\""),
        messages(BasePathNotValid.class, root(s -> s.put("basePath", "v1"))));
    assertEquals(
        List.of("basePath \"/app/<App ID>/v1\" contains a placeholder"),
        messages(BasePathNotValid.class, root(s -> s.put("basePath", "/app/<App ID>/v1"))));
    for (String bad : List.of("https://api.contoso.com/v1", "/v1?x=1", "/{tenant}/api", "/v 1")) {
      assertEquals(
          List.of("/basePath"),
          pointers(BasePathNotValid.class, root(s -> s.put("basePath", bad))),
          bad);
    }
    assertEquals(
        List.of("/basePath"), pointers(BasePathNotValid.class, root(s -> s.put("basePath", 1))));
    assertTrue(pointers(BasePathNotValid.class, root(s -> s.remove("basePath"))).isEmpty());
    assertTrue(pointers(BasePathNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void schemesAreHttpOrHttps() {
    assertEquals(
        List.of("/schemes/1"), pointers(SchemeNotValid.class, array("schemes", "https", "ftp")));
    assertEquals(List.of("/schemes/0"), pointers(SchemeNotValid.class, array("schemes", "HTTPS")));
    assertEquals(
        List.of("/schemes"), pointers(SchemeNotValid.class, root(s -> s.put("schemes", "https"))));
    assertTrue(
        pointers(SchemeNotValid.class, array("schemes", "https", "wss")).isEmpty(),
        "WebSocket schemes are SchemeNotSupported's");
    assertTrue(pointers(SchemeNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void webSocketSchemesAreNotSupported() {
    assertEquals(
        List.of("/schemes/1"),
        pointers(SchemeNotSupported.class, array("schemes", "https", "wss")));
    assertTrue(pointers(SchemeNotSupported.class, CLEAN).isEmpty());
  }

  @Test
  void schemesIsNotEmpty() {
    assertEquals(List.of("/schemes"), pointers(SchemesArrayEmpty.class, array("schemes")));
    assertTrue(pointers(SchemesArrayEmpty.class, root(s -> s.remove("schemes"))).isEmpty());
    assertTrue(pointers(SchemesArrayEmpty.class, CLEAN).isEmpty());
  }

  @Test
  void tagsAreDefinedOnce() {
    ConnectorFixture twice =
        root(
            s -> {
              ArrayNode tags = s.putArray("tags");
              tags.addObject().put("name", "Tasks");
              tags.addObject().put("name", "Projects");
              tags.addObject().put("name", "Tasks");
            });
    assertEquals(
        List.of("tag \"Tasks\" is already defined at /tags/0"),
        messages(TagRedefined.class, twice));
    assertEquals(List.of("/tags/2"), pointers(TagRedefined.class, twice));
    assertTrue(pointers(TagRedefined.class, CLEAN).isEmpty());
  }

  @Test
  void onlySwaggerPropertiesAndExtensions() {
    ConnectorFixture fixture =
        root(
            s -> {
              s.put("basepath", "/v1");
              s.put("x-ms-capabilities", "fine");
              s.withObject("/info").put("summary", "Tasks");
              s.withObject("/info").put("x-ms-keywords", "fine");
              s.withObject("/info/contact").put("phone", "555");
              ObjectNode tag = s.withArray("/tags").addObject();
              tag.put("name", "Tasks");
              tag.put("x-ms-summary", "fine");
              tag.put("displayName", "Tasks");
            });
    List<Finding> found = RuleTester.check(ExtensionNameNotValid.class, fixture);
    assertEquals(
        List.of("/basepath", "/info/summary", "/info/contact/phone", "/tags/0/displayName"),
        found.stream().map(Finding::jsonPointer).toList());
    assertEquals(
        "\"basepath\" is not a property of the root; did you mean \"basePath\"?",
        found.get(0).message());
    assertTrue(pointers(ExtensionNameNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void rootArraysListEachValueOnce() {
    ConnectorFixture twice =
        array("consumes", "application/json", "text/plain", "application/json");
    assertEquals(List.of("/consumes/2"), pointers(ArrayDuplicateValue.class, twice));
    assertEquals(
        List.of("/schemes/1"),
        pointers(ArrayDuplicateValue.class, array("schemes", "https", "https")));
    assertTrue(pointers(ArrayDuplicateValue.class, CLEAN).isEmpty());
  }

  @Test
  void mimeTypesAreWellFormed() {
    assertEquals(
        List.of("/produces/0", "/produces/2"),
        pointers(MimeTypeNotValid.class, array("produces", "json", "text/plain", "application/")));
    assertEquals(
        List.of("/consumes/0"),
        pointers(MimeTypeNotValid.class, root(s -> s.putArray("consumes").add(5))));
    assertTrue(
        pointers(MimeTypeNotValid.class, array("produces", "application/json; charset=utf-8"))
            .isEmpty());
    assertTrue(pointers(MimeTypeNotValid.class, CLEAN).isEmpty());
  }

  @Test
  void openApi3DefinitionsAreLeftToTheVersionRule() {
    ConnectorFixture openApi =
        root(
            s -> {
              s.remove("swagger");
              s.put("openapi", "3.0.1");
              s.remove("host");
              s.put("basePath", "v1");
            });
    assertTrue(pointers(RequiredPropertyMissing.class, openApi).isEmpty());
    assertTrue(pointers(BasePathNotValid.class, openApi).isEmpty());
  }
}
