package census.lint;

import census.connector.ConnectorContext;
import census.parallel.Parallel;
import census.rules.Finding;
import census.rules.RuleEngine;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks lint targets against the rule catalog, several folders at a time. */
public final class Linter {
  private static final Logger LOG = LoggerFactory.getLogger(Linter.class);

  private final RuleEngine engine;
  private final Optional<LintCache> cache;
  private final LintConfig config;

  public Linter(RuleEngine engine) {
    this(engine, Optional.empty());
  }

  /** A linter that takes the findings of folders it has seen before from {@code cache}. */
  public Linter(RuleEngine engine, Optional<LintCache> cache) {
    this(engine, cache, LintConfig.NONE);
  }

  /** A linter that applies each target's configuration: rules, severities, suppressions. */
  public Linter(RuleEngine engine, Optional<LintCache> cache, LintConfig config) {
    this.engine = engine;
    this.cache = cache;
    this.config = config;
  }

  public LintReport lint(List<LintTarget> targets) {
    AtomicBoolean warned = new AtomicBoolean();
    List<LintReport.Entry> entries =
        Parallel.map(
                targets,
                t -> {
                  FolderConfig folderConfig = config.of(t);
                  List<Finding> found =
                      cache.isPresent() ? cached(t, folderConfig, cache.get(), warned) : check(t);
                  return found.stream().map(f -> folderConfig.entry(t.fileOf(f.file()), f));
                })
            .stream()
            .flatMap(s -> s)
            .sorted(LintReport.ORDER)
            .toList();
    return new LintReport(targets.size(), entries);
  }

  /**
   * The findings of the rules that run on the target; its severities and suppressions come after.
   */
  private List<Finding> check(LintTarget t) {
    return engine.check(new ConnectorContext(t.folder(), t.repository()), config.rules(t));
  }

  private List<Finding> cached(
      LintTarget t, FolderConfig folderConfig, LintCache cache, AtomicBoolean warned) {
    String key = cache.key(t, folderConfig.fingerprint());
    Optional<List<Finding>> hit = cache.get(key, t.folder().path());
    if (hit.isPresent()) {
      return hit.get();
    }
    List<Finding> found = check(t);
    try {
      cache.put(key, found);
    } catch (IOException e) {
      // A cache that cannot be written costs speed, not the lint.
      if (!warned.getAndSet(true)) {
        LOG.warn("cannot write the lint cache in {}: {}", cache.location(), e.toString());
      }
    }
    return found;
  }
}
