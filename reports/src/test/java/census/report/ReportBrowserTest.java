package census.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the report of a repository with hostile titles in headless Chromium (Debian's chromium and
 * chromium-driver) straight from disk: every page loads without console errors (a CSP violation is
 * one), charts draw, a table filters, and no hostile string runs or adds an element. Screenshots go
 * to target/report-browser/. Without Chromium the test is skipped, or fails under CI.
 */
class ReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "report-browser");

  @TempDir static Path tmp;
  static Path report;
  static ChromeDriver driver;

  @BeforeAll
  static void renderAndOpenABrowser() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why =
          "the report's browser test needs "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": apt-get install -y chromium chromium-driver (.ci/run does)";
      if (System.getenv("CI") != null) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    Path data = tmp.resolve("data");
    HostileWarehouse.create(tmp, data);
    new SiteReporter().report(data.resolve("warehouse").toString(), data.resolve("report"));
    report = data.resolve("report");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1000",
        "--user-data-dir=" + tmp.resolve("profile"));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    // An alert must not be dismissed silently: the test looks for it.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  static List<Path> pages() throws IOException {
    try (Stream<Path> all = Files.walk(report)) {
      return all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** Loads a page and returns what it logged at error level. */
  static List<String> open(Path page) {
    driver.manage().logs().get(LogType.BROWSER); // drops what earlier pages logged
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "complete".equals(js("return document.readyState")));
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theBrowserLogReportsAnInlineScriptTheCspBlocks() throws Exception {
    Path control = tmp.resolve("control.html");
    Files.writeString(
        control,
        "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\""
            + Page.CSP
            + "\"><script>document.title = 'ran'</script>");
    List<String> errors = open(control);
    assertTrue(
        errors.stream().anyMatch(e -> e.contains("Content Security Policy")),
        "the log the other tests read does carry CSP violations: " + errors);
    assertFalse("ran".equals(driver.getTitle()), "the CSP blocked the inline script");
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAndRunsOurScript() throws Exception {
    List<Path> pages = pages();
    assertEquals(13, pages.size(), pages.toString());
    for (Path page : pages) {
      assertEquals(List.of(), open(page), page + " logged errors");
      assertEquals(
          Boolean.TRUE,
          js(
              "return document.querySelector('table.data th') === null"
                  + " || document.querySelector('table.data th').tabIndex === 0"),
          page + ": census.js made the headers sortable");
    }
  }

  @Test
  void chartsRender() throws Exception {
    for (String name : List.of("index", "conformance", "duplicates", "pulls", "breaking")) {
      assertEquals(List.of(), open(report.resolve(name + ".html")));
      List<WebElement> canvases = driver.findElements(By.tagName("canvas"));
      assertFalse(canvases.isEmpty(), name + " has charts");
      for (WebElement canvas : canvases) {
        assertEquals(
            Boolean.TRUE,
            js(
                "return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined",
                canvas),
            name + ": Chart.js drew " + canvas.getAttribute("id"));
        assertEquals(
            Boolean.TRUE,
            js(
                "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width,"
                    + " c.height).data; for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0)"
                    + " return c.width > 0; } return false;",
                canvas),
            name + ": " + canvas.getAttribute("id") + " is not blank");
      }
      screenshot(name);
    }
  }

  @Test
  void aTableFiltersAndSortsInThePage() throws Exception {
    assertEquals(List.of(), open(report.resolve("connectors.html")));
    WebElement filter = driver.findElement(By.cssSelector("input.filter"));
    assertEquals(4L, visibleRows());
    filter.sendKeys("twin");
    assertEquals(1L, visibleRows(), "only the twin matches");
    assertEquals("1 of 4 rows", driver.findElement(By.cssSelector(".count")).getText());
    screenshot("connectors-filtered");
    filter.clear();
    filter.sendKeys(" ");
    assertEquals(4L, visibleRows(), "an empty filter shows every row");

    driver.findElement(By.xpath("//table[@class='data']//th[text()='kind']")).click();
    assertEquals(
        List.of("certified", "certified", "custom", "independent_publisher"),
        js(
            "return Array.from(document.querySelectorAll('table.data tbody tr'))"
                + ".map(r => r.cells[1].textContent)"));
  }

  @Test
  void theTriageBoardSortsFiltersAndLeadsToAPullRequestsPageAt1280And1400Pixels() throws Exception {
    for (int width : List.of(1280, 1400)) {
      driver.manage().window().setSize(new Dimension(width, 1000));
      assertEquals(List.of(), open(report.resolve("triage.html")));
      assertEquals(List.of("#101", "#102"), firstColumn(), "latest activity first");
      header("last activity").click();
      assertEquals(List.of("#102", "#101"), firstColumn(), "oldest activity first");
      header("breaking changes").click();
      assertEquals(List.of("#102", "#101"), firstColumn(), "fewest breaking changes first");
      header("breaking changes").click();
      assertEquals(List.of("#101", "#102"), firstColumn(), "most breaking changes first");
      header("outcome").click();
      assertEquals(List.of("#102", "#101"), firstColumn(), "on_platform before update");
      WebElement filter = driver.findElement(By.cssSelector("input.filter"));
      filter.sendKeys("on_platform");
      assertEquals(1L, visibleRows());
      assertEquals("1 of 2 rows", driver.findElement(By.cssSelector(".count")).getText());
      filter.clear();
      filter.sendKeys(" ");
      assertEquals(2L, visibleRows());
      assertTablesReadable("triage.html at " + width);
      screenshot("triage-" + width);

      driver.findElement(By.linkText("#101")).click();
      assertEquals(List.of(), open(Path.of(java.net.URI.create(driver.getCurrentUrl()))));
      assertTrue(driver.getCurrentUrl().endsWith("/pulls/101.html"), driver.getCurrentUrl());
      assertEquals(
          1,
          driver
              .findElements(
                  By.cssSelector(
                      "a[href='https://github.com/microsoft/PowerPlatformConnectors/pull/101']"))
              .size(),
          "its GitHub link");
      assertTablesReadable("pulls/101.html at " + width);
      screenshot("pull-101-" + width);

      assertEquals(List.of(), open(report.resolve("breaking.html")));
      assertTablesReadable("breaking.html at " + width);
      screenshot("breaking-" + width);
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  /**
   * Dates stay on one line (an inline element that wraps has more than one box), and every table
   * box ends inside the window: a table wider than the page scrolls in its box instead.
   */
  static void assertTablesReadable(String where) {
    assertEquals(
        0L,
        js(
            "return Array.from(document.querySelectorAll('time, code.id'))"
                + ".filter(e => e.offsetParent !== null && e.getClientRects().length !== 1).length"),
        where + ": a date or id wraps");
    assertEquals(
        0L,
        js(
            "return Array.from(document.querySelectorAll('div.scroll'))"
                + ".filter(d => d.getBoundingClientRect().right > window.innerWidth).length"),
        where + ": a table box spills out of the window");
    assertTrue(
        (Long) js("return document.querySelectorAll('time').length") > 0,
        where + ": has dates to check");
  }

  static WebElement header(String name) {
    return driver.findElement(By.xpath("//table[@class='data']//th[text()='" + name + "']"));
  }

  static List<Object> firstColumn() {
    @SuppressWarnings("unchecked")
    List<Object> cells =
        (List<Object>)
            js(
                "return Array.from(document.querySelectorAll('table.data tbody tr'))"
                    + ".map(r => r.cells[0].textContent)");
    return cells;
  }

  static long visibleRows() {
    return (Long)
        js(
            "return Array.from(document.querySelectorAll('table.data tbody tr'))"
                + ".filter(r => r.offsetParent !== null).length");
  }

  @Test
  void hostileTitlesStayInert() throws Exception {
    for (Path page : pages()) {
      assertEquals(List.of(), open(page), page + " logged errors");
      try {
        String text = driver.switchTo().alert().getText();
        fail(page + " opened an alert: " + text);
      } catch (NoAlertPresentException expected) {
        // nothing ran
      }
      assertEquals(
          0L,
          js("return document.querySelectorAll('img, [onerror], iframe, object').length"),
          page + ": no injected element");
      assertEquals(
          0L,
          js(
              "return Array.from(document.scripts).filter(s => s.type !== 'application/json'"
                  + " && !/\\/assets\\/(census|chart\\.umd\\.min)\\.js$/.test(s.src)).length"),
          page + ": only our own scripts");
      assertEquals(
          0L,
          js(
              "return Array.from(document.links).filter(a => a.protocol !== 'file:'"
                  + " && a.protocol !== 'https:' && a.protocol !== 'http:').length"),
          page + ": no javascript: or data: link");
    }
    open(report.resolve("connectors.html"));
    String text = driver.findElement(By.tagName("body")).getText();
    assertTrue(text.contains(HostileWarehouse.SCRIPT), "the title is shown as text");
    assertTrue(text.contains(HostileWarehouse.BREAKOUT), "the title is shown as text");
    screenshot("connectors");
    open(report.resolve("connectors").resolve(Site.pageName(HostileWarehouse.LINK_PATH, "Link")));
    assertTrue(
        driver.findElement(By.tagName("body")).getText().contains(HostileWarehouse.JS_LINK),
        "a javascript: website is shown, not linked");
    screenshot("connector-link");
  }
}
