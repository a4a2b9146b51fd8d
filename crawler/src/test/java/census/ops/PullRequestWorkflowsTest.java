package census.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The recipe for authors' pull requests (scripts/ops/github-pr-*.yml): the workflow that reads the
 * pull request has a read-only token, and the one with write permissions runs nothing of it.
 */
class PullRequestWorkflowsTest {
  private static final Path OPS = Path.of("..", "scripts", "ops");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> workflow(String file) throws Exception {
    return (Map<String, Object>) new Yaml().load(Files.readString(OPS.resolve(file)));
  }

  /** YAML 1.1 reads the key {@code on} as true. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> triggers(Map<?, ?> workflow) {
    Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
    return (Map<String, Object>) on;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Object job : ((Map<String, Object>) workflow.get("jobs")).values()) {
      steps.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).get("steps"));
    }
    return steps;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> permissions(Map<String, Object> workflow) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add((Map<String, Object>) workflow.get("permissions"));
    for (Object job : ((Map<String, Object>) workflow.get("jobs")).values()) {
      Object p = ((Map<String, Object>) job).get("permissions");
      if (p != null) {
        all.add((Map<String, Object>) p);
      }
    }
    return all;
  }

  private static List<String> runs(Map<String, Object> workflow) {
    return steps(workflow).stream()
        .filter(s -> s.containsKey("run"))
        .map(s -> (String) s.get("run"))
        .toList();
  }

  private static List<String> uses(Map<String, Object> workflow) {
    return steps(workflow).stream()
        .filter(s -> s.containsKey("uses"))
        .map(s -> (String) s.get("uses"))
        .toList();
  }

  @Test
  void theReviewOfThePullRequestHasAReadOnlyToken() throws Exception {
    Map<String, Object> review = workflow("github-pr-review.yml");
    assertEquals(List.of("pull_request"), List.copyOf(triggers(review).keySet()));
    for (Map<String, Object> p : permissions(review)) {
      assertEquals(Map.of("contents", "read"), p, "read only");
    }
    assertTrue(
        runs(review).stream().anyMatch(r -> r.contains("pr --new-from-rev origin/dev")),
        "it runs census pr");
    assertTrue(uses(review).stream().anyMatch(u -> u.startsWith("actions/upload-artifact@")));
  }

  @Test
  void theCommentWorkflowRunsNothingOfThePullRequest() throws Exception {
    Map<String, Object> review = workflow("github-pr-review.yml");
    Map<String, Object> comment = workflow("github-pr-comment.yml");
    @SuppressWarnings("unchecked")
    Map<String, Object> run = (Map<String, Object>) triggers(comment).get("workflow_run");
    assertEquals(List.of(review.get("name")), run.get("workflows"));
    assertEquals(List.of("workflow_run"), List.copyOf(triggers(comment).keySet()));

    assertFalse(
        uses(comment).stream().anyMatch(u -> u.startsWith("actions/checkout@")), "no checkout");
    for (String script : runs(comment)) {
      assertFalse(
          script.matches(
              "(?ms).*(\\bjava\\b|\\.jar\\b|scripts/census|\\bmvnw?\\b|^\\s*census\\s).*"),
          "census runs nowhere here: " + script);
      // values of the event or of earlier steps reach a script only through env, never pasted
      // into its text where they could run
      assertFalse(script.contains("${{"), script);
    }
    assertTrue(
        runs(comment).stream().anyMatch(r -> r.contains("=~ ^[0-9]+$ ]]")),
        "the pull request's number is checked to be digits");
    assertTrue(
        steps(comment).stream()
            .anyMatch(
                s ->
                    String.valueOf(s.get("env"))
                        .contains("${{ github.event.workflow_run.pull_requests[0].number }}")),
        "the number comes from the event");
  }
}
