package census.cli;

import census.check.CheckIndex;
import census.check.Checker;
import census.check.Checker.Answer;
import census.check.Checker.Match;
import census.check.Entry;
import census.check.Outcome;
import census.check.Registry;
import census.warehouse.Warehouse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    description = {
      "Does this proposed connector already exist? Answers from the latest warehouse, without"
          + " Spark: the publishing process's outcome with its reason, then the closest"
          + " connectors and pull requests.",
      "Exit status: 0 when nothing covers the name, 1 when something does, 2 on an error."
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOptions data = new DataOptions();

  @Parameters(index = "0", paramLabel = "NAME", description = "The proposed connector's title.")
  String name;

  @Option(
      names = "--catalog",
      paramLabel = "FILE.csv",
      description =
          "Connectors on the platform but not in the repository: CSV with a header row, column"
              + " title (required), publisher and host (optional).")
  Path catalog;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "The host the proposed connector's definition calls: a connector calling it is the same"
              + " service, unless the host is a placeholder, a multi-tenant API or shared by"
              + " several products (docs/matching.md).")
  String host;

  @Option(
      names = "--index",
      paramLabel = "FILE|URL",
      description =
          "Answer from the check index a nightly run publishes (DATA/report/"
              + CheckIndex.FILE_NAME
              + ") instead of the warehouse.")
  String index;

  @Option(names = "--json", description = "Print the answer as JSON.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "5",
      description = "Closest entries to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    List<Entry> entries = new ArrayList<>();
    if (index != null) {
      entries.addAll(CheckIndex.load(index).entries());
    } else {
      Warehouse warehouse = data.openWarehouse();
      entries.addAll(Registry.connectors(warehouse));
      entries.addAll(Registry.pullRequests(warehouse));
    }
    if (catalog != null) {
      entries.addAll(Registry.catalog(catalog));
    }
    Answer answer = new Checker(entries).check(name, host, limit);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? asJson(answer) : asText(answer));
    out.flush();
    return answer.outcome() == Outcome.NEW ? 0 : 1;
  }

  static String asText(Answer a) {
    StringBuilder s = new StringBuilder(a.verdict());
    s.append("\nclosest:\n");
    s.append(String.format("  %-5s  %-15s  %-21s  %s%n", "score", "class", "kind", "where"));
    for (Match m : a.closest()) {
      s.append(
          String.format(
              "  %.3f  %-15s  %-21s  %s%n",
              m.score(),
              m.matchClass() == null ? "-" : m.matchClass(),
              m.entry().pullRequest() > 0 ? "pull request" : m.entry().candidate().kind(),
              m.where()));
    }
    return s.toString();
  }

  static String asJson(Answer a) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("title", a.title());
    root.put("outcome", a.outcome().id());
    root.put("status", a.outcome().status());
    root.put("option", a.outcome().option());
    a.decidedBy().ifPresent(m -> root.set("decided_by", match(mapper, m)));
    ArrayNode closest = root.putArray("closest");
    a.closest().forEach(m -> closest.add(match(mapper, m)));
    return mapper.writeValueAsString(root) + "\n";
  }

  private static ObjectNode match(ObjectMapper mapper, Match m) {
    ObjectNode n = mapper.createObjectNode();
    Entry e = m.entry();
    if (e.pullRequest() > 0) {
      n.put("pull_request", e.pullRequest());
      n.put("proposal", e.proposal());
    } else {
      n.put("path", e.candidate().id());
    }
    n.put("kind", e.candidate().kind());
    n.put("title", e.candidate().label());
    n.put("class", m.matchClass());
    n.put("score", m.score());
    n.put("evidence", m.evidence());
    return n;
  }
}
