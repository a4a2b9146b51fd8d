package census.lint;

import census.connector.ConnectorFolder;
import census.connector.RepositoryView;
import census.rules.RuleInfo;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One thing {@code census lint} checks: a connector folder on disk, or a single API definition file
 * read as a folder that holds only it.
 *
 * @param location the folder, or the definition file
 * @param repository the checkout around it, for the JSON Schemas under {@code schemas/}
 */
public record LintTarget(
    Path location, ConnectorFolder folder, RepositoryView repository, boolean singleFile) {

  /** Where a finding's file lives on disk; the folder (or the file) for folder-wide findings. */
  public Path fileOf(String findingFile) {
    if (singleFile || findingFile.isEmpty()) {
      return location;
    }
    return location.resolve(findingFile);
  }

  /** A lone definition is checked only by the rules that read the definition and nothing else. */
  public boolean runs(RuleInfo rule) {
    return !singleFile
        || Arrays.stream(rule.files())
            .allMatch(f -> f.equals(ConnectorFolder.SWAGGER) || f.equals("*"));
  }
}
