package census.report;

import census.check.CheckIndex;
import census.pipeline.Reporter;
import census.warehouse.Warehouse;
import com.google.auto.service.AutoService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's report step: reads the published tables, renders the site, summary.md, csv/ and
 * the check index into a new folder and swaps it in.
 */
@AutoService(Reporter.class)
public final class SiteReporter implements Reporter {
  private static final Logger LOG = LoggerFactory.getLogger(SiteReporter.class);

  @Override
  public List<String> inputs() {
    List<String> all = new java.util.ArrayList<>(ReportData.tables());
    CheckIndex.tables().stream().filter(t -> !all.contains(t)).forEach(all::add);
    return all;
  }

  @Override
  public Path report(String warehouse, Path report) throws IOException {
    long start = System.nanoTime();
    Warehouse tablesAt = new Warehouse(warehouse);
    ReportData tables = ReportData.read(tablesAt);
    Path out = report.toAbsolutePath().normalize();
    Path next = out.resolveSibling(out.getFileName() + ".next");
    delete(next);
    Files.createDirectories(next);
    long read = System.nanoTime();
    Collection<Table> computed = Site.write(tables, next);
    Files.writeString(
        next.resolve("summary.md"), MarkdownSummary.render(tables), StandardCharsets.UTF_8);
    long site = System.nanoTime();
    CsvExport.write(tables, computed, next.resolve("csv"));
    long csv = System.nanoTime();
    // published with the report, so that check and pr need no warehouse (census check --index)
    CheckIndex.of(tablesAt).write(next.resolve(CheckIndex.FILE_NAME));
    long end = System.nanoTime();
    LOG.info(
        "report: read and rendered {} connector pages, {} computed tables in {} ms"
            + " (reading {} ms, pages {} ms, csv {} ms, check index {} ms)",
        tables.connectors().size(),
        computed.size(),
        (end - start) / 1_000_000,
        (read - start) / 1_000_000,
        (site - read) / 1_000_000,
        (csv - site) / 1_000_000,
        (end - csv) / 1_000_000);
    swap(next, out);
    return out.resolve("index.html");
  }

  /** Replaces {@code out} with {@code next}; until the last rename the old report stays whole. */
  private static void swap(Path next, Path out) throws IOException {
    Path old = out.resolveSibling(out.getFileName() + ".old");
    delete(old);
    if (Files.exists(out)) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(next, out, StandardCopyOption.ATOMIC_MOVE);
    delete(old);
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
