package census.pr;

import census.lint.LintReport;
import census.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A review's findings as a lint report, each file named by its repository path, so the lint's
 * formats (SARIF, JSON) carry them: the folders' new findings, then the pull request's shape.
 */
final class ReviewFindings {
  private ReviewFindings() {}

  static LintReport of(Review review) {
    List<LintReport.Entry> entries = new ArrayList<>();
    for (Review.Folder folder : review.folders()) {
      for (Finding f : folder.newFindings()) {
        entries.add(new LintReport.Entry(file(folder.path(), f.file()), f));
      }
    }
    for (Review.Shape s : review.shape()) {
      Finding f =
          new Finding("", s.path(), s.check().id(), s.check().severity(), "", 0, 0, s.message());
      entries.add(new LintReport.Entry(Path.of(s.path()), f));
    }
    return new LintReport(review.folders().size(), entries);
  }

  /** The repository path of a finding's file ({@code ""} is the folder itself). */
  static Path file(String folder, String file) {
    return file.isEmpty() ? Path.of(folder) : Path.of(folder, file);
  }

  /** The same as text, with forward slashes on every system. */
  static String path(String folder, String file) {
    return file.isEmpty() ? folder : folder + "/" + file;
  }
}
