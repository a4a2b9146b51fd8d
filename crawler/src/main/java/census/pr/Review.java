package census.pr;

import census.check.Checker;
import census.history.BreakingChanges;
import census.model.Severity;
import census.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What {@code census pr} found: per changed connector folder, the findings new against the base and
 * the breaking changes; the pull request's shape; whether its connector already exists; and other
 * pull requests that change the same folders.
 *
 * @param number the pull request's number, or 0 for a working tree
 * @param head what was reviewed: {@code refs/pull/N/head} at a commit, or the working tree
 * @param base the merge-base the changes are measured from
 */
public record Review(
    int number,
    String head,
    String base,
    List<Folder> folders,
    List<Shape> shape,
    Optional<Existence> existence,
    List<Overlap> overlaps) {

  /** A connector folder the pull request adds, modifies or deletes. */
  public record Folder(
      String path,
      String change,
      Optional<String> title,
      List<Finding> newFindings,
      int unchangedFindings,
      List<BreakingChanges.Change> breakingChanges) {
    public long count(Severity severity) {
      return newFindings.stream().filter(f -> f.severity() == severity).count();
    }
  }

  /** A finding about the pull request as a whole; {@code path} is a file or folder, or empty. */
  public record Shape(PullRequestCheck check, String path, String message) {}

  /** The publishing process's "does it already exist?" answer for the connector it adds. */
  public record Existence(String path, Checker.Answer answer) {}

  /** Another pull request not merged that changes one of the same folders. */
  public record Overlap(int number, String path, String lastActivity) {}

  public long count(Severity severity) {
    long n = folders.stream().mapToLong(f -> f.count(severity)).sum();
    return n + shape.stream().filter(s -> s.check().severity() == severity).count();
  }

  public int breakingChangeCount() {
    return folders.stream().mapToInt(f -> f.breakingChanges().size()).sum();
  }

  /**
   * What would block, in words: new errors (the validator's), breaking changes (ValidateChange's),
   * a connector that exists on the platform already (which cannot be built again).
   */
  public List<String> blockers() {
    List<String> why = new java.util.ArrayList<>();
    if (count(Severity.ERROR) > 0) {
      why.add(count(Severity.ERROR) + " new errors");
    }
    if (breakingChangeCount() > 0) {
      why.add(breakingChangeCount() + " breaking changes");
    }
    existence
        .filter(e -> e.answer().outcome() == census.check.Outcome.ON_PLATFORM)
        .ifPresent(e -> why.add("the connector is on the Power Platform already"));
    return why;
  }

  public boolean blocks() {
    return !blockers().isEmpty();
  }
}
