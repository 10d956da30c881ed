package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.newsgraph.TestPaths;
import org.newsgraph.app.Application;
import org.newsgraph.app.ServerConfig;
import org.newsgraph.db.DbSettings;
import org.newsgraph.query.QueryLimits;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shared workspace in headless Chromium: one analyst adds a note on an entity (from the keyboard) and saves a view
 * for the team; a store is then built afresh from the same import folder, and a colleague's browser sees the note in
 * the entity's panel, finds it in the Notes dialog and has the view among the saved ones.
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class WorkspaceBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    @RegisterExtension
    static final Browser.Session first = new Browser.Session();
    @TempDir
    static Path dir;

    static final String NOTE = "Ask the desk in Seoul: is the 2023 summit date confirmed? (browser test)";
    static final String VIEW = "North Korea for the team (browser test)";
    static final String NOTES = "#details section.notes";

    static ChromeDriver open(Browser.Session session, String url, String analyst) {
        ChromeDriver b = session.open(url);
        b.executeScript("localStorage.setItem('newsgraph.analyst', arguments[0]);", analyst);
        return b;
    }

    static void showEntity(ChromeDriver b, String id) {
        Browser.js(b, "window.newsgraph.cy.getElementById(arguments[0]).emit('tap');", id);
        Browser.until(b, "const s = document.querySelector(arguments[0]); return s !== null && s.dataset.target === 'entity:' + arguments[1]"
                + " && s.dataset.loaded === 'true' && !s.hidden;", NOTES, id);
    }

    @Test
    void aNoteAndAViewSurviveAStoreBuiltAfreshAndReachAColleague() throws Exception {
        ChromeDriver b = open(first, app.url("/"), "Ana");
        showEntity(b, "north_korea");
        WebElement text = b.findElement(By.cssSelector(NOTES + " textarea"));
        assertEquals("a note on this entity", text.getDomAttribute("aria-label"));
        text.sendKeys(NOTE);
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER)); // Ctrl+Enter adds it, as the button does
        Browser.until(b, "return [...document.querySelectorAll(arguments[0] + ' .note-text')].some(p => p.textContent === arguments[1]);",
                NOTES, NOTE);
        assertTrue(b.findElement(By.cssSelector(NOTES + " .note-meta")).getText().startsWith("Ana"));
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core violations with the notes in the panel");

        b.findElement(By.id("view-name")).sendKeys(VIEW);
        b.findElement(By.id("view-save")).click();
        Browser.until(b, "return document.getElementById('status').textContent === 'Saved the view \"' + arguments[0] + '\" for the team.';", VIEW);

        // a colleague's store, built from the import folder alone: the import replays the workspace's files
        Application rebuilt = Application.start(DbSettings.embedded(dir.resolve("store")), app.importDir(),
                new ServerConfig(TestPaths.web(), "127.0.0.1", 0, QueryLimits.defaults(), null, true), s -> { });
        ChromeDriver colleague = Browser.start(); // a second browser: nothing of the first one's storage
        try {
            String url = "http://127.0.0.1:" + rebuilt.port() + "/";
            colleague.get(url);
            Browser.until(colleague, "return document.getElementById('graph').dataset.restored === 'true';");
            showEntity(colleague, "north_korea");
            Browser.until(colleague, "return [...document.querySelectorAll(arguments[0] + ' .note-text')].some(p => p.textContent === arguments[1]);",
                    NOTES, NOTE);
            Browser.until(colleague, "return [...document.querySelectorAll('#views option')].some(o => o.value === arguments[0]);", VIEW);
            Browser.screenshot(colleague, "workspace-note.png"); // for the README

            colleague.findElement(By.id("notes-open")).click();
            Browser.until(colleague, "return document.getElementById('notes-dialog').open;");
            colleague.findElement(By.id("notes-search")).sendKeys("seoul", Keys.ENTER);
            Browser.until(colleague, "const d = document.getElementById('notes-dialog'); return d.dataset.shown === 'seoul'"
                    + " && [...d.querySelectorAll('.note-text')].map(p => p.textContent).join('|') === arguments[0];", NOTE);
            assertEquals("North Korea", colleague.findElement(By.cssSelector("#notes-all .note-about")).getText());
            colleague.findElement(By.cssSelector("#notes-all .note-about")).click(); // opens what the note is about
            Browser.until(colleague, "return !document.getElementById('notes-dialog').open"
                    + " && document.querySelector('#details h3').textContent === 'North Korea';");
        } finally {
            colleague.quit();
            rebuilt.close();
            cleanUp();
        }
    }

    /** The note and the view taken out again through the review app, so the shared folder ends with tombstones only. */
    static void cleanUp() throws Exception {
        for (var n : TestApp.json(app.get("/api/notes?q=" + URLEncoder.encode("(browser test)", StandardCharsets.UTF_8))).get("notes")) {
            app.send(HttpRequest.newBuilder(URI.create(app.url("/api/notes/" + n.get("id").asText())))
                    .header("X-Requested-With", "newsgraph").DELETE().build());
        }
        app.send(HttpRequest.newBuilder(URI.create(app.url("/api/views/" + URLEncoder.encode(VIEW, StandardCharsets.UTF_8).replace("+", "%20"))))
                .header("X-Requested-With", "newsgraph").DELETE().build());
    }
}
