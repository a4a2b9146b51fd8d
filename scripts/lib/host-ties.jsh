// Run by scripts/host-ties.sh: reads the warehouse named by the system property census.warehouse.
import census.check.Checker;
import census.match.Candidate;
import census.match.HostEvidence;
import census.warehouse.*;
import java.util.*;

Warehouse w = new Warehouse(System.getProperty("census.warehouse"));
List<Candidate> dev = new ArrayList<>();
for (Row r : w.read(Tables.CONNECTORS)) {
  dev.add(Candidate.of(r.string("path"), r.string("kind"), r.string("folder"), r.string("title"), r.string("host"), r.string("publisher")));
}
HostEvidence evidence = HostEvidence.of(dev);
Map<String, List<Candidate>> byHost = new TreeMap<>();
for (Candidate c : dev) if (c.host() != null) byHost.computeIfAbsent(c.host(), h -> new ArrayList<>()).add(c);
Set<String> devRawHosts = new HashSet<>();
for (Row r : w.read(Tables.CONNECTORS)) if (r.string("host") != null) devRawHosts.add(r.string("host").strip().toLowerCase(Locale.ROOT));

Map<Long, Row> overlap = new HashMap<>();
for (Row r : w.read(Tables.PR_OVERLAP)) overlap.put(r.longValue("number"), r);
Map<Long, Row> pulls = new HashMap<>();
for (Row r : w.read(Tables.PULL_REQUESTS)) pulls.put(r.longValue("number"), r);

List<census.check.Entry> entries = new ArrayList<>(census.check.Registry.connectors(w));
entries.addAll(census.check.Registry.pullRequests(w));
Checker checker = new Checker(entries);
int considered = 0, tied = 0, updates = 0, placeholder = 0, family = 0, checkDecides = 0, checkLists = 0;
Map<String, Integer> tiedBy = new TreeMap<>();
List<String> unnamed = new ArrayList<>();
List<String> exceptions = new ArrayList<>();
Map<String, Integer> sharedHosts = new TreeMap<>();
for (Row f : w.read(Tables.PULL_REQUEST_CONNECTORS)) {
  Row pull = pulls.get(f.longValue("number"));
  if (pull == null || pull.bool("merged") || !f.string("path").equals(pull.string("path")) || f.string("host") == null) continue;
  String raw = f.string("host").strip().toLowerCase(Locale.ROOT);
  if (!devRawHosts.contains(raw)) continue;
  considered++;
  Row o = overlap.get(f.longValue("number"));
  Candidate mine = Candidate.of("#", "pull_request", f.string("folder"), f.string("title"), f.string("host"), null);
  if (f.string("change").equals("modified")) { updates++; continue; }
  if (mine.host() == null) { placeholder++; sharedHosts.merge(raw + " (placeholder or multi-tenant)", 1, Integer::sum); continue; }
  List<Candidate> callers = evidence.callers(mine.host());
  if (callers.isEmpty()) { family++; sharedHosts.merge(raw + " (" + byHost.get(mine.host()).size() + " connectors, not one service)", 1, Integer::sum); continue; }
  String target = o == null ? null : o.string("target_path");
  if (target != null && callers.stream().anyMatch(c -> c.id().equals(target))) {
    tied++;
    tiedBy.merge(o.string("match_class"), 1, Integer::sum);
    Checker.Answer a = checker.check(pull.string("proposed_title"), 5);
    if (a.decidedBy().filter(m -> m.entry().candidate().id().equals(target)).isPresent()) checkDecides++;
    else if (a.closest().stream().anyMatch(m -> m.entry().candidate().id().equals(target))) checkLists++;
    else unnamed.add("#" + f.longValue("number") + " \"" + pull.string("proposed_title") + "\" -> " + target + "; check: " + a.outcome().id() + " " + a.decidedBy().map(m -> m.entry().candidate().id() + " " + m.matchClass()).orElse("-"));
    continue;
  }
  exceptions.add("#" + f.longValue("number") + " " + f.string("path") + " calls " + raw + " of " + callers.stream().map(Candidate::id).toList()
      + "; pr_overlap: " + (o == null ? "no row" : o.string("outcome") + " " + o.string("match_class") + " " + (target != null ? target : "#" + o.get("target_number"))));
}
System.out.println("unmerged pull requests whose proposed folder's definition calls a host some dev connector calls: " + considered);
System.out.println("  updates of a connector (change modified, outcome update): " + updates);
System.out.println("  tied to a connector calling the host in pr_overlap: " + tied);
System.out.println("    by match class: " + tiedBy);
System.out.println("    `census check \"proposed title\"` decides by that connector: " + checkDecides + ", lists it among the closest: " + checkLists + ", does not name it: " + unnamed.size());
unnamed.forEach(e -> System.out.println("      " + e));
System.out.println("  not tied, host is a placeholder or multi-tenant API: " + placeholder);
System.out.println("  not tied, host called by several services on dev: " + family);
System.out.println("  exceptions (host is evidence, pr_overlap names something else): " + exceptions.size());
exceptions.forEach(e -> System.out.println("    " + e));
System.out.println("shared hosts met, with the pull requests calling them:");
sharedHosts.forEach((h, n) -> System.out.println("  " + h + ": " + n));
/exit
