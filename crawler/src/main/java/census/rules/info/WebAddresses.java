package census.rules.info;

import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * Checks of the web addresses a connector gives: URLs, e-mail addresses and the API host. Syntax
 * only: nothing here looks a name up or opens a connection, since the content is untrusted.
 */
public final class WebAddresses {
  /**
   * Public http(s) URLs: the gallery shows them to everyone, so a host that only resolves on a
   * local network does not count; an empty path segment ("https://contoso.com//") does.
   */
  private static final UrlValidator URLS =
      new UrlValidator(new String[] {"http", "https"}, UrlValidator.ALLOW_2_SLASHES);

  private static final EmailValidator EMAILS = EmailValidator.getInstance(false, true);
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private WebAddresses() {}

  /** Why {@code value} is not an absolute, public http(s) URL, or empty when it is one. */
  public static Optional<String> urlProblem(String value) {
    if (!value.equals(value.strip())) {
      return Optional.of("has white space around it");
    }
    Matcher scheme = SCHEME.matcher(value);
    if (!scheme.find() || !value.startsWith("//", scheme.end())) {
      return Optional.of("is not an absolute URL: it lacks a scheme such as https://");
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    if (!name.equals("http") && !name.equals("https")) {
      return Optional.of("has the scheme \"" + scheme.group(1) + "\"; only http and https work");
    }
    return URLS.isValid(value) ? Optional.empty() : Optional.of("is not a valid absolute URL");
  }

  /** True for an ASCII e-mail address with a real top-level domain. */
  public static boolean isEmail(String value) {
    return value.chars().allMatch(c -> c < 128) && EMAILS.isValid(value);
  }

  /**
   * The host and optional port of a Swagger {@code host}, or empty when it is not a host name or IP
   * address (a URL, a path, a template placeholder).
   */
  public static Optional<HostAndPort> host(String value) {
    HostAndPort parsed;
    try {
      parsed = HostAndPort.fromString(value);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String host = parsed.getHost();
    boolean valid =
        InetAddresses.isUriInetAddress(host)
            || InetAddresses.isInetAddress(host)
            || InternetDomainName.isValid(host);
    if (!valid || (parsed.hasPort() && parsed.getPort() == 0)) {
      return Optional.empty();
    }
    return Optional.of(parsed);
  }
}
