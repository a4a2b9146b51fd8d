package census.lint;

import census.connector.ConnectorContext;
import census.connector.ConnectorFolder;
import census.connector.FileRef;
import census.json.JsonDocument;
import census.parallel.Parallel;
import census.rules.Finding;
import census.rules.FindingKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A lint report's findings grouped by the target they were found in, each with its {@link
 * FindingKey}: what {@code --new-from-rev} and {@code --baseline} compare, folder by folder.
 */
public final class KeyedFindings {
  /** A target's findings, in report order, and their keys in the same order. */
  record Folder(LintTarget target, List<LintReport.Entry> entries, List<FindingKey> keys) {}

  private record Keyed(LintReport.Entry entry, FindingKey key) {}

  private KeyedFindings() {}

  /**
   * The targets that have findings, with their keys. Each target is opened again to name array
   * elements from its documents (the lint itself may have taken its findings from the cache).
   */
  static List<Folder> of(List<LintTarget> targets, LintReport report) {
    Map<Path, LintTarget> byLocation = new LinkedHashMap<>();
    targets.forEach(t -> byLocation.putIfAbsent(t.location(), t));
    Map<LintTarget, List<LintReport.Entry>> grouped = new LinkedHashMap<>();
    for (LintReport.Stated s : report.all()) {
      grouped
          .computeIfAbsent(targetOf(s.entry(), byLocation), t -> new ArrayList<>())
          .add(s.entry());
    }
    return Parallel.map(
        new ArrayList<>(grouped.entrySet()),
        e -> {
          ConnectorContext context =
              new ConnectorContext(e.getKey().folder(), e.getKey().repository());
          List<Finding> findings = e.getValue().stream().map(LintReport.Entry::finding).toList();
          return new Folder(e.getKey(), e.getValue(), keys(context, findings));
        });
  }

  /** The keys of findings made in {@code context}, array elements named from its documents. */
  public static List<FindingKey> keys(ConnectorContext context, List<Finding> findings) {
    Function<String, Optional<JsonNode>> roots = roots(context);
    return findings.stream().map(f -> FindingKey.of(f, roots)).toList();
  }

  /**
   * The findings of {@code folders} whose keys {@code before} (a folder's keys in the base) does
   * not hold, matched as multisets; the others are listed in the comparison as unchanged.
   */
  static LintReport compare(
      LintReport report,
      List<Folder> folders,
      String base,
      Function<Folder, List<FindingKey>> before) {
    List<List<LintReport.Entry>> fresh =
        Parallel.map(
            folders,
            folder -> {
              List<Keyed> now = new ArrayList<>();
              for (int i = 0; i < folder.entries().size(); i++) {
                now.add(new Keyed(folder.entries().get(i), folder.keys().get(i)));
              }
              List<Keyed> old = before.apply(folder).stream().map(k -> new Keyed(null, k)).toList();
              return FindingKey.newIn(now, old, Keyed::key).stream().map(Keyed::entry).toList();
            });
    // Entries are compared by identity: two equal findings in one file are two findings.
    Set<LintReport.Entry> isNew = Collections.newSetFromMap(new IdentityHashMap<>());
    fresh.forEach(isNew::addAll);
    List<LintReport.Entry> reported = new ArrayList<>();
    List<LintReport.Entry> unchanged = new ArrayList<>();
    for (LintReport.Stated s : report.all()) {
      (isNew.contains(s.entry()) ? reported : unchanged).add(s.entry());
    }
    return new LintReport(
        report.folders(), reported, Optional.of(new LintReport.Comparison(base, unchanged)));
  }

  /** The nearest target at or above the entry's file: findings name files inside their target. */
  private static LintTarget targetOf(LintReport.Entry entry, Map<Path, LintTarget> byLocation) {
    for (Path p = entry.file(); p != null; p = p.getParent()) {
      LintTarget t = byLocation.get(p);
      if (t != null) {
        return t;
      }
    }
    throw new IllegalStateException(entry.file() + " is in no lint target");
  }

  /** The parsed tree of each JSON document the context reads, by the file name findings use. */
  private static Function<String, Optional<JsonNode>> roots(ConnectorContext context) {
    ConnectorFolder folder = context.folder();
    return file -> {
      if (named(folder.swaggerFile(), file)) {
        return context.swagger().flatMap(JsonDocument::root);
      }
      if (named(folder.propertiesFile(), file)) {
        return context.properties().flatMap(JsonDocument::root);
      }
      if (named(folder.settingsFile(), file)) {
        return context.settings().flatMap(JsonDocument::root);
      }
      return Optional.empty();
    };
  }

  private static boolean named(Optional<FileRef> ref, String file) {
    return ref.isPresent() && ref.get().name().equals(file);
  }
}
