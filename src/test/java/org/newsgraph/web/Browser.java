package org.newsgraph.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, no downloads. Without a browser the test is skipped with a
 * clear message, except under CI (CI=true), where a missing browser is a failure.
 */
public final class Browser {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * A script prefix defining {@code drawn(ele)}: its display style, and for an edge both ends'. Cytoscape's own
     * {@code visible()} caches its answer and was seen to lag behind class changes, which made tests flaky.
     */
    public static final String DRAWN = "const drawn = e => e.style('display') === 'element' && (e.isNode()"
            + " || (e.source().style('display') === 'element' && e.target().style('display') === 'element')); ";

    private Browser() {
    }

    /** A picture of the page as it is, into {@code target/screenshots/NAME} (for the README); returns its path. */
    public static java.nio.file.Path screenshot(ChromeDriver b, String name) throws java.io.IOException {
        java.nio.file.Path shot = org.newsgraph.TestPaths.project().resolve("target/screenshots/" + name);
        Files.createDirectories(shot.getParent());
        Files.copy(capture(b, 3).toPath(), shot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return shot;
    }

    /**
     * The page's picture; a renderer too busy to answer in Chromium's own 10 s (a loaded 2-core machine) is asked
     * again: the picture is for the README, what the tests assert is the page.
     */
    private static java.io.File capture(ChromeDriver b, int tries) {
        for (int i = 1; ; i++) {
            try {
                return b.getScreenshotAs(org.openqa.selenium.OutputType.FILE);
            } catch (org.openqa.selenium.TimeoutException busy) {
                if (i == tries) {
                    throw busy;
                }
            }
        }
    }

    /** Runs a page script with {@code drawn(ele)} defined ({@code args}: its {@code arguments}). */
    public static Object js(ChromeDriver b, String script, Object... args) {
        return b.executeScript(DRAWN + script, args);
    }

    /**
     * Waits until a page script (with {@code drawn(ele)} defined) returns true: two minutes at most, a hang guard on a
     * busy machine, not a time budget.
     */
    public static void until(ChromeDriver b, String script, Object... args) {
        new org.openqa.selenium.support.ui.WebDriverWait(b, java.time.Duration.ofSeconds(120))
                .until(d -> Boolean.TRUE.equals(b.executeScript(DRAWN + script, args)));
    }

    public static ChromeDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String msg = "Chromium or chromedriver missing (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(msg + " — required under CI");
            }
            Assumptions.abort(msg + " — browser test skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900");
        // the page's console messages, so tests can ask that it stays clean
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120)); // a hang guard: a loaded 2-core machine runs a page script for tens of seconds
        return driver;
    }

    /** axe-core's serious and critical violations on the page as it is ("id (impact): targets"), empty when none. */
    public static Object axeViolations(ChromeDriver b) throws java.io.IOException {
        String axe;
        try (var in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        b.executeScript(axe);
        return b.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    }

    /** The console messages (warnings and errors; not the page's own info lines) since the last call. */
    public static java.util.List<String> consoleProblems(ChromeDriver driver) {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    /**
     * One browser for a test class ({@code @RegisterExtension static final Browser.Session browser = new
     * Browser.Session();}), quit after its last test; {@link #open} loads a page and waits until the graph is drawn.
     */
    public static final class Session implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {
        private ChromeDriver driver;

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            driver = start();
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            if (driver != null) {
                driver.quit();
            }
        }

        public ChromeDriver driver() {
            return driver;
        }

        /** Opens {@code url} and waits (two minutes at most, a hang guard) for the graph to be drawn and the link's view restored. */
        public ChromeDriver open(String url) {
            driver.get("about:blank"); // a new page even when only the hash differs from the one shown
            driver.get(url);
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                    "true".equals(d.findElement(org.openqa.selenium.By.id("graph")).getDomAttribute("data-restored")));
            return driver;
        }
    }
}
