package org.newsgraph.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.app.Application;
import org.newsgraph.db.DbSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rendering benchmark (not a test: it prints figures and asserts nothing): in headless Chromium, synthetic views
 * of 1k–20k elements (a third nodes, Zipf-linked) drawn with the canvas and the WebGL renderer and several
 * layouts; time to add, lay out and paint, and the frame rate of a one-second zoom. {@code mvn -B verify -Pbench};
 * the table goes to target/render-bench.md as it is measured.
 */
@Tag("bench")
class RenderBenchTest {
    @TempDir
    Path dir;

    @Test
    void renderingFigures() throws Exception {
        int[] sizes = {1000, 5000, 10000, 20000};
        List<String> layouts = List.of("fcose-full", "fcose-draft", "concentric");
        Path report = TestPaths.project().resolve("target/render-bench.md");
        java.nio.file.Files.createDirectories(report.getParent());
        try (Application app = Application.start(DbSettings.embedded(dir), TestPaths.importDir(), TestPaths.web(), "127.0.0.1", 0, s -> { });
             java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(report.toFile()), true, "UTF-8")) {
            ChromeDriver browser = Browser.start();
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            try {
                out.println("| elements | renderer | layout | add ms | layout ms | first paint ms | total ms | zoom fps |");
                out.println("|---|---|---|---|---|---|---|---|");
                for (String renderer : List.of("webgl", "canvas")) {
                    java.util.Set<String> givenUp = new java.util.HashSet<>();
                    browser.get("http://127.0.0.1:" + app.port() + "/?bench&webglAt=" + (renderer.equals("webgl") ? 1 : 100_000_000));
                    new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                            "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready"))
                                    && Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!window.newsgraph.benchmark;")));
                    for (int size : sizes) {
                        for (String layout : layouts) {
                            if ((layout.equals("fcose-full") && size > 1000) || givenUp.contains(layout)) {
                                continue; // fcose's force phase takes minutes beyond a few thousand elements
                            }
                            Map<?, ?> t;
                            try {
                                t = (Map<?, ?>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                                        + "window.newsgraph.benchmark(arguments[0], arguments[1]).then(done, e => done({error: String(e)}));",
                                        size, layout);
                            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ScriptTimeoutException e) {
                                out.printf("| %d | %s | %s | over 90 s: stopped, larger sizes skipped | | | | |%n", size, renderer, layout);
                                givenUp.add(layout);
                                browser.get("http://127.0.0.1:" + app.port() + "/?bench&webglAt=" + (renderer.equals("webgl") ? 1 : 100_000_000));
                                new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                                        Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!(window.newsgraph && window.newsgraph.benchmark);")));
                                continue;
                            }
                            out.printf("| %d | %s | %s | %s | %s | %s | %s | %s |%n", size, t.get("renderer"), layout,
                                    t.get("add"), t.get("layout"), t.get("paint"), t.get("total"), t.get("zoomFps"));
                        }
                    }
                }
            } finally {
                browser.quit();
            }
        }
    }
}
