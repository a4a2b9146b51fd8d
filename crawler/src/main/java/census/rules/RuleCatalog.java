package census.rules;

import census.model.ConnectorKind;
import census.model.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Every rule on the class path, found through {@code META-INF/services/census.rules.Rule}. */
public final class RuleCatalog {
  private static final RuleCatalog DEFAULT = new RuleCatalog(load());

  private final List<Rule> rules;

  public RuleCatalog(List<Rule> rules) {
    Map<String, Rule> byId = new HashMap<>();
    for (Rule rule : rules) {
      Rule twin = byId.put(rule.info().id(), rule);
      if (twin != null) {
        throw new IllegalStateException(
            "rule id "
                + rule.info().id()
                + " is used by "
                + twin.getClass()
                + " and "
                + rule.getClass());
      }
    }
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(r -> r.info().id()));
    this.rules = List.copyOf(sorted);
  }

  public static RuleCatalog standard() {
    return DEFAULT;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Whether a rule of the catalog has this id. */
  public boolean has(String id) {
    return rules.stream().anyMatch(r -> r.info().id().equals(id));
  }

  /**
   * The ids an id given by a user stands for: the rule that has it, and every rule split or renamed
   * from it ({@link RuleInfo#replaces()}); empty for an id no rule knows.
   */
  public Set<String> resolve(String id) {
    Set<String> ids = new TreeSet<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (info.id().equals(id) || Arrays.asList(info.replaces()).contains(id)) {
        ids.add(info.id());
      }
    }
    return ids;
  }

  /**
   * The catalog's rules that {@code keep} accepts. Its {@link #version()} is its own, so findings
   * cached under one selection of rules are not taken for another's.
   */
  public RuleCatalog only(Predicate<RuleInfo> keep) {
    return new RuleCatalog(rules.stream().filter(r -> keep.test(r.info())).toList());
  }

  public static boolean appliesTo(RuleInfo info, ConnectorKind kind) {
    return info.kinds().length == 0 || Arrays.asList(info.kinds()).contains(kind);
  }

  /**
   * Each rule as {@code id:severity:version}: what its findings depend on. Findings made under an
   * older catalog still hold for every rule whose entry is unchanged ({@link CatalogChange}).
   */
  public List<String> entries() {
    List<String> entries = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      entries.add(entry(info.id(), info.severity(), info.version()));
    }
    return entries;
  }

  /** One rule's entry, as {@link #entries()} lists it. */
  public static String entry(String id, Severity severity, int version) {
    return id + ':' + severity + ':' + version;
  }

  /**
   * A fingerprint of every rule's entry: stored with cached findings, so a catalog change re-checks
   * what it must.
   */
  public String version() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String entry : entries()) {
        sha.update((entry + '\n').getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Rule> load() {
    List<Rule> found = new ArrayList<>();
    ServiceLoader.load(Rule.class).forEach(found::add);
    return found;
  }
}
