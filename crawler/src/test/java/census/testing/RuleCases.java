package census.testing;

import census.connector.RepositoryView;
import census.model.ConnectorKind;
import census.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The valid and invalid cases of one rule, in the manner of ESLint's RuleTester: a valid case must
 * report nothing, an invalid one exactly its {@link Expected} findings, in order, and nothing else.
 *
 * <pre>{@code
 * RuleCases.of(OperationIdSanitized.class)
 *     .valid("a PascalCase id", ConnectorFixture.named("Contoso"))
 *     .invalid("an underscore", fixture, Expected.at(OP + "/operationId", "operationId ..."))
 * }</pre>
 *
 * <p>A fixable rule's invalid case also states what its fixes change ({@link #output}); the tester
 * applies them and fails when a fixed file no longer parses, or a strict one is no longer strict.
 */
public final class RuleCases {
  /** One case: what it is called, the connector it reads, and the findings it must report. */
  public record Case(
      String name,
      Supplier<ConnectorFixture> fixture,
      ConnectorKind kind,
      RepositoryView repository,
      List<Expected> expected,
      List<Output> outputs) {
    public boolean valid() {
      return expected.isEmpty();
    }
  }

  /**
   * What the rule's fixes (applied until none is left, at most 10 passes) change in one file: the
   * lines taken out, each prefixed "-", then those put in, prefixed "+", hunk by hunk; every other
   * line stays byte for byte.
   */
  public record Output(String file, List<String> lines) {
    @Override
    public String toString() {
      return file + ":\n" + String.join("\n", lines);
    }
  }

  /** A finding as a case expects it: the file, the JSON pointer and the message. */
  public record Expected(String file, String pointer, String message) {
    /** A finding in the API definition. */
    public static Expected at(String pointer, String message) {
      return new Expected(ConnectorFixture.SWAGGER, pointer, message);
    }

    /** A finding in another file of the folder (its name as the folder lists it). */
    public static Expected in(String file, String pointer, String message) {
      return new Expected(file, pointer, message);
    }

    @Override
    public String toString() {
      return file + "#" + pointer + " " + message;
    }
  }

  private final Class<? extends Rule> rule;
  private final List<Case> cases = new ArrayList<>();
  private ConnectorKind kind = ConnectorKind.CERTIFIED;
  private RepositoryView repository = RepositoryView.EMPTY;

  private RuleCases(Class<? extends Rule> rule) {
    this.rule = rule;
  }

  public static RuleCases of(Class<? extends Rule> rule) {
    return new RuleCases(rule);
  }

  /** The kind of connector folder the cases after this one are read as (certified by default). */
  public RuleCases kind(ConnectorKind kind) {
    this.kind = kind;
    return this;
  }

  /** The repository files (say {@code schemas/...}) visible to the cases after this one. */
  public RuleCases repository(RepositoryView repository) {
    this.repository = repository;
    return this;
  }

  public RuleCases valid(String name, ConnectorFixture fixture) {
    return valid(name, () -> fixture);
  }

  public RuleCases valid(String name, Supplier<ConnectorFixture> fixture) {
    cases.add(new Case(name, fixture, kind, repository, List.of(), List.of()));
    return this;
  }

  public RuleCases invalid(String name, ConnectorFixture fixture, Expected... expected) {
    return invalid(name, () -> fixture, expected);
  }

  public RuleCases invalid(String name, Supplier<ConnectorFixture> fixture, Expected... expected) {
    if (expected.length == 0) {
      throw new IllegalArgumentException(name + ": an invalid case expects at least one finding");
    }
    cases.add(new Case(name, fixture, kind, repository, List.of(expected), List.of()));
    return this;
  }

  /**
   * The lines the fixes of the invalid case before this call change in {@code file} ("-" taken out,
   * "+" put in), as ESLint's RuleTester asserts a fixable rule's {@code output}. A fixable rule's
   * invalid case whose findings carry fixes must say what they do.
   */
  public RuleCases output(String file, String... lines) {
    if (cases.isEmpty() || cases.get(cases.size() - 1).valid()) {
      throw new IllegalStateException("output() follows an invalid case");
    }
    Case last = cases.remove(cases.size() - 1);
    List<Output> outputs = new ArrayList<>(last.outputs());
    outputs.add(new Output(file, List.of(lines)));
    cases.add(
        new Case(
            last.name(), last.fixture(), last.kind(), last.repository(), last.expected(), outputs));
    return this;
  }

  public Class<? extends Rule> rule() {
    return rule;
  }

  public List<Case> cases() {
    return List.copyOf(cases);
  }
}
