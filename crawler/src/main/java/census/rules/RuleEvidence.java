package census.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figures of the {@code rule_evidence} table that docs and the severity policy quote, checked
 * in as {@value #RESOURCE} (written by {@code scripts/evidence.sh} from the bundle; a bundle test
 * fails when it drifts from the table). Shares are not stored: they follow from the counts.
 */
public final class RuleEvidence {
  public static final String RESOURCE = "/census/rules/evidence.tsv";
  public static final String CALIBRATION = "calibration";
  public static final String TEST = "test";

  private static final String HEADER =
      "window\trule_id\tfacet\tversions\tversions_carrying\tconnectors_live\tconnectors_carrying"
          + "\treview_cases\treview_fixed\treview_pull_requests\tvalidation_cases"
          + "\tvalidation_fixed\tvalidation_commits";
  private static final Comparator<Row> ORDER =
      Comparator.comparing(Row::window).thenComparing(Row::ruleId).thenComparing(Row::facet);

  private final List<Row> rows;

  public RuleEvidence(Collection<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    this.rows = List.copyOf(sorted);
  }

  /** The checked-in figures; empty where the resource is absent. */
  public static RuleEvidence standard() {
    return Standard.EVIDENCE;
  }

  /** Loaded on first use: {@code census evidence} builds evidence without reading the resource. */
  private static final class Standard {
    static final RuleEvidence EVIDENCE = load();
  }

  /** One rule's (or one facet's) figures in one window. */
  public record Row(
      String window,
      String ruleId,
      String facet,
      long versions,
      long versionsCarrying,
      long connectorsLive,
      long connectorsCarrying,
      long reviewCases,
      long reviewFixed,
      long reviewPullRequests,
      long validationCases,
      long validationFixed,
      long validationCommits) {
    public SeverityPolicy.Evidence evidence() {
      return new SeverityPolicy.Evidence(
          versions, versionsCarrying, reviewCases, reviewFixed, validationCases, validationFixed);
    }
  }

  public List<Row> rows() {
    return rows;
  }

  /** The whole rule's figures in {@code window}. */
  public Optional<Row> of(String ruleId, String window) {
    return rows.stream()
        .filter(r -> r.window().equals(window) && r.ruleId().equals(ruleId) && r.facet().isEmpty())
        .findFirst();
  }

  /** The figures of each field the rule's findings were on, in {@code window}. */
  public List<Row> facets(String ruleId, String window) {
    return rows.stream()
        .filter(r -> r.window().equals(window) && r.ruleId().equals(ruleId) && !r.facet().isEmpty())
        .toList();
  }

  /** The resource's text: a header, then a row per line in window, rule and facet order. */
  public String tsv() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      out.append(r.window())
          .append('\t')
          .append(r.ruleId())
          .append('\t')
          .append(r.facet().replace('\t', ' ').replace('\n', ' '))
          .append('\t')
          .append(r.versions())
          .append('\t')
          .append(r.versionsCarrying())
          .append('\t')
          .append(r.connectorsLive())
          .append('\t')
          .append(r.connectorsCarrying())
          .append('\t')
          .append(r.reviewCases())
          .append('\t')
          .append(r.reviewFixed())
          .append('\t')
          .append(r.reviewPullRequests())
          .append('\t')
          .append(r.validationCases())
          .append('\t')
          .append(r.validationFixed())
          .append('\t')
          .append(r.validationCommits())
          .append('\n');
    }
    return out.toString();
  }

  static RuleEvidence parse(BufferedReader in) throws IOException {
    String header = in.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException("not a rule evidence file: its header is " + header);
    }
    List<Row> rows = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] c = line.split("\t", -1);
      rows.add(
          new Row(
              c[0],
              c[1],
              c[2],
              Long.parseLong(c[3]),
              Long.parseLong(c[4]),
              Long.parseLong(c[5]),
              Long.parseLong(c[6]),
              Long.parseLong(c[7]),
              Long.parseLong(c[8]),
              Long.parseLong(c[9]),
              Long.parseLong(c[10]),
              Long.parseLong(c[11]),
              Long.parseLong(c[12])));
    }
    return new RuleEvidence(rows);
  }

  private static RuleEvidence load() {
    try (InputStream in = RuleEvidence.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new RuleEvidence(List.of());
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
