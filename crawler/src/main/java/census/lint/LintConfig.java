package census.lint;

import census.rules.Rule;
import census.rules.RuleCatalog;
import census.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The configuration of each lint target: the nearest {@code .census.json} from the target's folder
 * up to the repository root (a folder holding {@code .git}) or the file-system root, or one file
 * given for all targets, or none. Resolved before the lint, so the engine knows which opt-in rules
 * some configuration selects.
 */
public final class LintConfig {
  /** No configuration for any target. */
  public static final LintConfig NONE = new LintConfig(new IdentityHashMap<>());

  // By identity: the linter asks with the very targets it was given, and a record's hash would
  // walk its folder's file list.
  private final IdentityHashMap<LintTarget, FolderConfig> byTarget;

  private LintConfig(IdentityHashMap<LintTarget, FolderConfig> byTarget) {
    this.byTarget = byTarget;
  }

  /**
   * Each target's nearest configuration file.
   *
   * @param commandLineOptIn the opt-in rules the command line runs everywhere
   */
  public static LintConfig discover(
      List<LintTarget> targets, RuleCatalog catalog, Set<String> commandLineOptIn)
      throws IOException, ConfigException {
    Discovery discovery = new Discovery(catalog);
    IdentityHashMap<LintTarget, FolderConfig> byTarget = new IdentityHashMap<>();
    for (LintTarget target : targets) {
      Optional<ConfigFile> config = discovery.nearest(start(target));
      if (config.isPresent()) {
        byTarget.put(target, new FolderConfig(config.get(), target.location(), commandLineOptIn));
      }
    }
    return new LintConfig(byTarget);
  }

  /** One configuration file for every target ({@code --config}). */
  public static LintConfig of(
      Path file, List<LintTarget> targets, RuleCatalog catalog, Set<String> commandLineOptIn)
      throws IOException, ConfigException {
    ConfigFile config = ConfigFile.read(file, catalog);
    IdentityHashMap<LintTarget, FolderConfig> byTarget = new IdentityHashMap<>();
    for (LintTarget target : targets) {
      byTarget.put(target, new FolderConfig(config, target.location(), commandLineOptIn));
    }
    return new LintConfig(byTarget);
  }

  /** The configuration in force for a target. */
  public FolderConfig of(LintTarget target) {
    return byTarget.getOrDefault(target, FolderConfig.NONE);
  }

  /**
   * The rules that run on a target: those its place and files call for that its configuration runs.
   */
  Predicate<RuleInfo> rules(LintTarget target) {
    FolderConfig folder = of(target);
    return info -> target.runs(info) && folder.runs(info);
  }

  /** The opt-in rules of {@code catalog} that some target's configuration selects. */
  public Set<String> optedIn(RuleCatalog catalog) {
    Set<String> ids = new TreeSet<>();
    for (Rule rule : catalog.rules()) {
      RuleInfo info = rule.info();
      if (info.optIn() && byTarget.values().stream().anyMatch(c -> c.selects(info.id()))) {
        ids.add(info.id());
      }
    }
    return ids;
  }

  /** Where the search for a target's configuration starts: its folder, or a lone file's folder. */
  private static Path start(LintTarget target) {
    Path abs = target.location().toAbsolutePath().normalize();
    return target.singleFile() ? abs.getParent() : abs;
  }

  /** Configuration files found so far, each folder looked at and each file read once. */
  private static final class Discovery {
    private final RuleCatalog catalog;
    private final Map<Path, Optional<ConfigFile>> nearest = new HashMap<>();

    Discovery(RuleCatalog catalog) {
      this.catalog = catalog;
    }

    Optional<ConfigFile> nearest(Path dir) throws IOException, ConfigException {
      if (dir == null) {
        return Optional.empty();
      }
      Optional<ConfigFile> known = nearest.get(dir);
      if (known != null) {
        return known;
      }
      Path file = dir.resolve(ConfigFile.NAME);
      Optional<ConfigFile> found;
      if (Files.isRegularFile(file)) {
        found = Optional.of(ConfigFile.read(file, catalog));
      } else if (Files.exists(dir.resolve(".git"))) {
        found = Optional.empty(); // the repository root: configuration above it is not its own
      } else {
        found = nearest(dir.getParent());
      }
      nearest.put(dir, found);
      return found;
    }
  }
}
