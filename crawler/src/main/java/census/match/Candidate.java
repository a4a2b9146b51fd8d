package census.match;

import census.match.TitleNormalizer.NormalizedTitle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One connector (or proposed connector) as the matcher sees it: its title and the other evidence
 * that two entries are one service. Built once per entry; the normalised forms are computed here so
 * that comparing a pair costs string comparisons only.
 *
 * @param id what the entry is known by (a connector path, or a pull request)
 * @param kind certified, independent_publisher, custom, platform (a catalog entry: on the platform
 *     but not in the repository) or null when unknown
 * @param label the title, or the folder name where the definition has none
 */
public record Candidate(
    String id,
    String kind,
    String label,
    NormalizedTitle title,
    String folderKey,
    String host,
    String publisher) {
  private static final Pattern PROPOSAL_PREFIX =
      Pattern.compile("^\\s*proposal\\s*[-:]\\s*", Pattern.CASE_INSENSITIVE);
  // hosts shared by unrelated connectors or left as placeholders say nothing about the service
  private static final Pattern UNSPECIFIC_HOST =
      Pattern.compile(
          "contoso|example\\.|localhost|^your|[{<\\[]|dynamic|definedinconnectionparameters"
              + "|^(management\\.azure\\.com|graph\\.microsoft\\.com|api\\.github\\.com)$"
              + "|^[^.]*$");

  /** A candidate from a connector's columns; {@code title} may be null (the folder is used). */
  public static Candidate of(
      String id, String kind, String folder, String title, String host, String publisher) {
    String folderName = folder == null ? "" : PROPOSAL_PREFIX.matcher(folder).replaceFirst("");
    String label = title == null || title.isBlank() ? folderName : title.strip();
    return new Candidate(
        id,
        kind,
        label,
        TitleNormalizer.normalize(label),
        TitleNormalizer.key(folderName),
        specificHost(host),
        publisher == null || publisher.isBlank() ? null : publisher.strip());
  }

  /** A bare title, as {@code census check "Name"} receives it. */
  public static Candidate ofTitle(String title) {
    return of("(proposed)", null, null, title, null, null);
  }

  /** Certified connectors and catalog entries are on the platform; the rest are not (yet). */
  public boolean onPlatform() {
    return onPlatform(kind);
  }

  /** Whether connectors of this kind are on the platform. */
  public static boolean onPlatform(String kind) {
    return "certified".equals(kind) || "platform".equals(kind);
  }

  private static String specificHost(String host) {
    if (host == null || host.isBlank()) {
      return null;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    return UNSPECIFIC_HOST.matcher(h).find() ? null : h;
  }
}
