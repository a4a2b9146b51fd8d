package census.report;

import java.net.URI;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Every string in the report comes from strangers' pull requests; each is escaped for the context
 * it lands in. Nothing else in the report writes repository text.
 */
final class Escape {
  private Escape() {}

  /** Text between tags. */
  static String html(String text) {
    return text == null ? "" : Encode.forHtml(text);
  }

  /** A quoted attribute value. */
  static String attribute(String text) {
    return text == null ? "" : Encode.forHtmlAttribute(text);
  }

  /**
   * An http(s) URL as a link, anything else (javascript:, data:, relative paths, garbage) as plain
   * text, so a repository URL can never run script or point into the report.
   */
  static String link(String url, String label) {
    if (!isWebUrl(url)) {
      return html(url == null ? label : url);
    }
    return "<a href=\""
        + Encode.forHtmlAttribute(url)
        + "\" rel=\"nofollow noopener noreferrer\">"
        + html(label)
        + "</a>";
  }

  static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /**
   * JSON for a {@code <script type="application/json">} data block. The characters that could end
   * the block or open a comment in it ({@code < > &}) and the JavaScript line separators become
   * {@code \\uXXXX} escapes, which leave the JSON value unchanged: structural JSON never contains
   * them, so they can only be inside strings. OWASP's {@code forJavaScriptBlock} is not used
   * because its {@code \\'} and {@code \\x} escapes are not valid JSON.
   */
  static String scriptData(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' ->
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Text for Markdown: characters that make links, emphasis, tables, code or HTML are escaped, and
   * line breaks folded, so a title cannot inject anything into an issue or email.
   */
  static String markdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (char c : text.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
      if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
