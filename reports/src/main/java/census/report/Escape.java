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

  /**
   * Text between tags, encoded as OWASP's {@code Encode.forHtml} does (EscapeTest compares the two
   * on random text): {@code & < > " '} as entities, characters invalid in HTML (controls other than
   * tab and line breaks, non-characters, unpaired surrogates) as a space. Written out here because
   * {@code Encode.forHtml} allocates 6 KB of buffers per string that needs encoding, which was a
   * third of the time of a report with 95,000 findings.
   */
  static String html(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    int i = 0;
    while (i < n && plain(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (plain(c)) {
        out.append(c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        if ((cp & 0xfffe) == 0xfffe) {
          out.append(' ');
        } else {
          out.appendCodePoint(cp);
        }
      } else {
        switch (c) {
          case '&' -> out.append("&amp;");
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&#34;");
          case '\'' -> out.append("&#39;");
          case '\t', '\n', '\r' -> out.append(c);
          default -> out.append(' ');
        }
      }
    }
    return out.toString();
  }

  /** A character that HTML text takes as it is. */
  private static boolean plain(char c) {
    if (c < 0x7f) {
      return c >= ' ' && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }
    return (c > 0x9f || c == 0x85)
        && !Character.isSurrogate(c)
        && !(c >= '\ufdd0' && c <= '\ufdef')
        && c < '\ufffe';
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
