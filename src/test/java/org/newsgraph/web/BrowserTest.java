package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.cli.Application;
import org.newsgraph.db.DbSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in headless Chromium: the seed graph is drawn and a screenshot is kept under target/. */
class BrowserTest {
    @TempDir
    static Path dir;
    static Application app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        app = Application.start(DbSettings.embedded(dir), TestPaths.importDir(), TestPaths.web(), "127.0.0.1", 0, s -> { });
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void pageDrawsTheSeedGraph() throws Exception {
        long t0 = System.nanoTime();
        browser.get("http://127.0.0.1:" + app.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> names = (List<String>) browser.executeScript(
                "return window.newsgraph.cy.nodes().map(n => n.data('name'));");
        for (String expected : List.of("Vladimir Putin", "Kim Jong-un", "Sergei Lavrov", "Choe Son-hui", "Sergei Shoigu", "China")) {
            assertTrue(names.contains(expected), expected + " missing from " + names);
        }
        Boolean visible = (Boolean) browser.executeScript(
                "const cy = window.newsgraph.cy; const bb = cy.elements().renderedBoundingBox();"
                        + "return bb.w > 100 && bb.h > 100 && bb.x1 >= -5 && bb.y1 >= -5 && bb.x2 <= cy.width() + 5;");
        assertTrue(visible, "graph fits the screen");
        assertTrue(browser.findElement(By.id("status")).getText().contains("entities"));
        assertTrue(browser.findElements(By.cssSelector("#legend li")).size() == 7, "legend lists the 7 types");
        Path shot = TestPaths.project().resolve("target/screenshots/main-view.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("first graph shown " + ms + " ms after navigation; screenshot " + shot);
    }
}
