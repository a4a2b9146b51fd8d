package census.report;

import census.warehouse.Row;
import java.util.List;
import java.util.Map;

/** summary.md: the report's headline figures as Markdown, for a GitHub issue or an email. */
final class MarkdownSummary {
  private MarkdownSummary() {}

  static String render(ReportData data) {
    StringBuilder md = new StringBuilder();
    md.append("# Connector Census\n\n");
    Map<String, Long> publishers = data.counts("publisher", "(none)").orElse(null);
    Map<String, Long> conformance = data.counts("conformance", "").orElse(null);
    md.append("- ").append(data.connectors().size()).append(" connectors");
    if (publishers != null) {
      md.append(" from ").append(publishers.size()).append(" publishers");
    }
    md.append('\n');
    if (conformance != null) {
      md.append("- ")
          .append(conformance.getOrDefault("with_errors", 0L))
          .append(" connectors with at least one error\n");
    }
    md.append("- ").append(data.findings().count()).append(" findings\n");
    md.append("- ")
        .append(data.duplicateGroupsById().size())
        .append(" groups of duplicate titles\n\n");

    md.append("## Connectors by kind\n\n");
    Map<String, Long> kinds = data.counts("kind", "(none)").orElse(null);
    if (kinds == null) {
      absent(md, ReportData.COUNTS, ReportData.COUNTS_JOB);
    } else {
      md.append("| kind | connectors |\n|---|---:|\n");
      kinds.forEach(
          (k, n) ->
              md.append("| ").append(Escape.markdown(k)).append(" | ").append(n).append(" |\n"));
    }

    md.append("\n## Top publishers\n\n");
    if (publishers == null) {
      absent(md, ReportData.COUNTS, ReportData.COUNTS_JOB);
    } else {
      md.append("| publisher | connectors |\n|---|---:|\n");
      publishers.entrySet().stream()
          .limit(10)
          .forEach(
              e ->
                  md.append("| ")
                      .append(Escape.markdown(e.getKey()))
                      .append(" | ")
                      .append(e.getValue())
                      .append(" |\n"));
    }

    md.append("\n## Rules failing most\n\n");
    if (data.byRule().isEmpty()) {
      absent(md, ReportData.BY_RULE, "written by the findings-by-rule job");
    } else {
      md.append("| rule | severity | findings | connectors |\n|---|---|---:|---:|\n");
    }
    data.byRule().orElse(List.of()).stream()
        .limit(15)
        .forEach(
            r ->
                md.append("| `")
                    .append(r.ruleId().replace("`", ""))
                    .append("` | ")
                    .append(r.severity())
                    .append(" | ")
                    .append(r.findings())
                    .append(" | ")
                    .append(r.connectors())
                    .append(" |\n"));

    Map<String, List<Row>> groups = data.duplicateGroupsById();
    md.append("\n## Duplicate titles\n\n");
    if (groups.isEmpty()) {
      md.append("None.\n");
    }
    groups
        .values()
        .forEach(
            members -> {
              md.append("- ");
              for (int i = 0; i < members.size(); i++) {
                Row m = members.get(i);
                md.append(i == 0 ? "" : "; ")
                    .append(Escape.markdown(m.string("title")))
                    .append(" (")
                    .append(Escape.markdown(m.string("path")))
                    .append(")");
              }
              md.append('\n');
            });
    return md.toString();
  }

  /** Says a section's table is not in the warehouse, as the site's pages do. */
  private static void absent(StringBuilder md, String table, String producedBy) {
    md.append("The table ")
        .append(table)
        .append(" is not in this warehouse (")
        .append(producedBy)
        .append(").\n");
  }
}
