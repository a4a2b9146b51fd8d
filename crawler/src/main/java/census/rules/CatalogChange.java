package census.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What a change of the rule catalog invalidates. Findings made under the previous catalog still
 * hold for every rule whose entry (id, severity, version) is unchanged; a new or changed rule runs
 * again, and the findings of a changed or removed one are dropped. So a catalog change costs the
 * rules that changed, not a check of everything.
 *
 * @param rerun ids of the rules to run on contents checked under the previous catalog
 * @param stale ids whose findings from the previous catalog no longer hold
 */
public record CatalogChange(Set<String> rerun, Set<String> stale) {
  public static final CatalogChange NONE = new CatalogChange(Set.of(), Set.of());

  public CatalogChange {
    rerun = Set.copyOf(rerun);
    stale = Set.copyOf(stale);
  }

  /** From the entries ({@link RuleCatalog#entries()}) of a previous catalog to {@code current}. */
  public static CatalogChange between(Collection<String> previous, RuleCatalog current) {
    Set<String> before = new HashSet<>(previous);
    List<String> now = current.entries();
    Set<String> rerun = new TreeSet<>();
    for (String entry : now) {
      if (!before.contains(entry)) {
        rerun.add(id(entry));
      }
    }
    Set<String> stale = new TreeSet<>(rerun);
    before.removeAll(now);
    before.forEach(entry -> stale.add(id(entry)));
    return new CatalogChange(rerun, stale);
  }

  /** This change, and rule {@code ruleId} to run again with its earlier findings dropped. */
  public CatalogChange plus(String ruleId) {
    Set<String> moreRerun = new HashSet<>(rerun);
    moreRerun.add(ruleId);
    Set<String> moreStale = new HashSet<>(stale);
    moreStale.add(ruleId);
    return new CatalogChange(moreRerun, moreStale);
  }

  public boolean isEmpty() {
    return stale.isEmpty();
  }

  /** Whether a finding of {@code ruleId} made under the previous catalog still holds. */
  public boolean keeps(String ruleId) {
    return !stale.contains(ruleId);
  }

  /** The rules to run on a content checked under the previous catalog. */
  public Predicate<RuleInfo> toRun() {
    return info -> rerun.contains(info.id());
  }

  private static String id(String entry) {
    return entry.substring(0, entry.indexOf(':'));
  }
}
