package census.pulls;

import census.connector.ConnectorContext;
import census.extract.ConnectorExtractor;
import census.extract.ConnectorExtractor.Identity;
import census.model.Severity;
import census.rules.Finding;
import census.rules.FindingSummary;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pull request's version of one connector folder says: its title, host and publisher, readme
 * heading, whether it is only a proposal's documents, and its findings.
 */
public record FolderCheck(
    String title,
    String host,
    String publisher,
    String readmeTitle,
    boolean hasSwagger,
    boolean onlyDocs,
    FindingSummary findings) {
  private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final int MAX_TITLE = 200;

  /** A folder whose findings are known: its definition, file list and readme are read. */
  public static FolderCheck of(ConnectorContext context, List<Finding> findings) {
    return of(context, FindingSummary.of(findings));
  }

  static FolderCheck of(ConnectorContext context, FindingSummary findings) {
    return known(context, ConnectorExtractor.identity(context), findings);
  }

  /**
   * A folder whose findings and identity are known already (from the history's content cache): only
   * its file list and readme are read.
   */
  static FolderCheck known(ConnectorContext context, Identity identity, FindingSummary findings) {
    String readme = context.readme().flatMap(r -> firstHeading(r.text())).orElse(null);
    return new FolderCheck(
        identity.title() == null || identity.title().isBlank() ? null : clip(identity.title()),
        identity.host() == null ? null : clip(identity.host()),
        identity.publisher() == null ? null : clip(identity.publisher()),
        readme,
        context.folder().swaggerFile().isPresent(),
        context.folder().onlyDocs(),
        findings);
  }

  static Optional<String> firstHeading(String markdown) {
    Matcher m = HEADING.matcher(markdown);
    return m.find() ? Optional.of(clip(m.group(1))) : Optional.empty();
  }

  int count(Severity severity) {
    return findings.count(severity);
  }

  private static String clip(String text) {
    String trimmed = text.strip();
    return trimmed.length() <= MAX_TITLE ? trimmed : trimmed.substring(0, MAX_TITLE);
  }
}
