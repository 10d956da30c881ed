package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "Add articles" dialog in headless Chromium: a pasted text and a picked file become marked edges. */
@ResourceLock(TestApp.ADDING_LOCK)
class AddArticlesBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.forAdding();
    @TempDir
    static Path dir;
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static ChromeDriver browser;

    void openDialog() {
        browser = session.open(app.url("/"));
        browser.findElement(By.id("add-open")).click();
    }

    /** Waits for the dialog's "Done" and the new article's edges marked; the milliseconds since {@code t0}. */
    long awaitMarked(long t0) {
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> d.findElement(By.id("add-status")).getText().startsWith("Done")
                && ((Number) browser.executeScript("return window.newsgraph.cy.edges('.from-article').length;")).intValue() > 0);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aPastedTextIsAddedAndWhatItAddedIsMarked() {
        openDialog();
        browser.findElement(By.id("add-text")).sendKeys("Xi Jinping empfängt Putin\n\nDer chinesische Staatschef Xi Jinping"
                + " hat am Donnerstag den russischen Präsidenten Wladimir Putin in Peking empfangen. Die beiden sprachen"
                + " über den Krieg in der Ukraine und über den Handel zwischen ihren Ländern. Putin lobte die Freundschaft"
                + " mit China als Stütze einer neuen Weltordnung.");
        browser.findElement(By.id("add-title-field")).sendKeys("Xi empfängt Putin");
        browser.findElement(By.id("add-outlet")).sendKeys("Testblatt");
        long t0 = System.nanoTime();
        browser.findElement(By.id("add-text-go")).click();
        long ms = awaitMarked(t0);
        String chosen = (String) browser.executeScript("return document.getElementById('article').value;");
        assertTrue(chosen.startsWith("pasted-xi_empfängt_putin-"), chosen);
        assertTrue((Boolean) browser.executeScript("return window.newsgraph.cy.edges('.from-article').some(e =>"
                + " [e.data('source'), e.data('target')].includes('xi_jinping'));"), "the new MET edge of Xi is drawn and marked");
        assertEquals("false", String.valueOf(browser.findElement(By.id("article-remove")).getDomProperty("hidden")),
                "an added article can be removed from the page");
        System.out.println("pasted article: " + ms + " ms from \"Add text\" to its edges drawn and marked");
    }

    /**
     * Issue 27, item 1: an article dated after the range the page loaded with. Its new relation is drawn (not hidden
     * as out of time) and marked new, the time span and the "as known on" slider take its days without a reload.
     */
    @Test
    void anArticleDatedAfterTheLoadedRangeIsDrawnMarkedAndOnTheSliders() throws Exception {
        openDialog();
        String span = browser.findElement(By.id("timeline")).getDomAttribute("data-span");
        int days = Integer.parseInt(browser.findElement(By.id("asof")).getDomAttribute("data-days"));
        assertEquals(span, browser.findElement(By.id("timeline")).getDomAttribute("data-range"), "the whole span");
        String axisTo = browser.findElement(By.cssSelector("#time-histogram svg")).getDomAttribute("data-to");
        browser.findElement(By.id("add-text")).sendKeys("Orbán trifft Putin in Moskau\n\nDer ungarische Ministerpräsident"
                + " Viktor Orbán hat am 12. November 2024 in Moskau den russischen Präsidenten Wladimir Putin getroffen."
                + " Die beiden sprachen über den Krieg in der Ukraine und über Gaslieferungen.");
        browser.findElement(By.id("add-title-field")).sendKeys("Orbán trifft Putin");
        browser.findElement(By.id("add-outlet")).sendKeys("Testblatt");
        browser.executeScript("document.getElementById('add-published').value = '2024-11-14';");
        browser.findElement(By.id("add-text-go")).click();
        awaitMarked(System.nanoTime());
        String id = (String) browser.executeScript("return document.getElementById('article').value;");
        try {
            String met = "window.newsgraph.cy.edges('[type = \"MET\"]').filter(e => [e.data('source'), e.data('target')].sort().join()"
                    + " === 'orban,vladimir_putin')[0]";
            assertEquals("2024-11-12", browser.executeScript("return " + met + ".data('firstDate');"));
            assertEquals(List.of(true, false, true, true), browser.executeScript(Browser.DRAWN + "const e = " + met + ";"
                    + " return [drawn(e), e.hasClass('out-of-time'), e.hasClass('fresh'), e.hasClass('from-article')];"),
                    "the new MET edge: drawn, in time, marked new and as the article's");
            assertEquals(Boolean.TRUE, browser.executeScript(Browser.DRAWN + "const n = window.newsgraph.cy.getElementById('orban');"
                    + " return drawn(n) && n.hasClass('fresh');"), "the new person, marked new");
            assertEquals(List.of(), browser.executeScript(Browser.DRAWN + "return window.newsgraph.cy.edges('.from-article')"
                    + ".filter(e => !drawn(e) && !drawn(window.newsgraph.cy.getElementById('bundle:' + [e.data('source'),"
                    + " e.data('target')].sort().join('|')))).map(e => e.id());"), "every edge of the article is drawn");
            String status = browser.findElement(By.id("status")).getText();
            assertTrue(status.contains("1 new relation (green halo)"), status);

            String grown = browser.findElement(By.id("timeline")).getDomAttribute("data-span");
            assertTrue(grown.endsWith("..2024-11") && !grown.equals(span), span + " became " + grown);
            assertEquals(grown, browser.findElement(By.id("timeline")).getDomAttribute("data-range"), "still the whole span");
            assertEquals("2024-11", browser.findElement(By.cssSelector("#time-histogram svg")).getDomAttribute("data-to"),
                    "the histogram's axis reaches the new article's month");
            assertEquals("1", browser.findElement(By.cssSelector("#time-histogram .hist-slot[data-month='2024-11']"))
                    .getDomAttribute("data-reports"), "the new article, counted in its month");
            assertEquals(String.valueOf(days + 1), browser.findElement(By.id("asof")).getDomAttribute("data-days"));
            assertEquals(String.valueOf(days + 1), browser.findElement(By.id("asof-range")).getDomProperty("max"));
            assertEquals("", browser.findElement(By.id("asof")).getDomAttribute("data-day"), "still as known today");
            browser.findElement(By.id("add-close")).click();
            browser.findElement(By.id("asof-range")).sendKeys(Keys.END, Keys.ARROW_LEFT);
            assertEquals("2024-11-14", browser.findElement(By.id("asof")).getDomAttribute("data-day"), "the new reporting day");
            new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> "2024-11-14".equals(
                    d.findElement(By.id("graph")).getDomAttribute("data-asof-drawn")));
            assertEquals(Boolean.TRUE, browser.executeScript("return " + met + " !== undefined;"), "known on its reporting day");
            assertEquals(List.of(), Browser.axeViolations(browser));

            browser.findElement(By.id("asof-range")).sendKeys(Keys.END);
            new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> "today".equals(
                    d.findElement(By.id("graph")).getDomAttribute("data-asof-drawn")));
            String places = "return window.newsgraph.cy.nodes().filter(n => n.id() !== 'orban').map(n => n.id() + '@'"
                    + " + Math.round(n.position('x')) + ',' + Math.round(n.position('y'))).sort().join(' ');";
            Object before = browser.executeScript(places);
            browser.executeScript("window.confirm = () => true;");
            browser.findElement(By.id("article-remove")).click();
            new WebDriverWait(browser, Duration.ofMinutes(5)).until(d -> d.findElement(By.id("status")).getText().startsWith("Removed"));
            assertEquals(Boolean.TRUE, browser.executeScript("return window.newsgraph.cy.getElementById('orban').empty();"));
            assertEquals(before, browser.executeScript(places), "removing the article moved no other node");
            assertEquals(span, browser.findElement(By.id("timeline")).getDomAttribute("data-span"), "the span shrank back");
            assertEquals(axisTo, browser.findElement(By.cssSelector("#time-histogram svg")).getDomAttribute("data-to"),
                    "and so did the histogram's axis");
            assertEquals(String.valueOf(days), browser.findElement(By.id("asof")).getDomAttribute("data-days"));
        } finally {
            app.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url("/api/articles/"
                    + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))))
                    .header("X-Requested-With", "newsgraph").DELETE().build());
        }
    }

    @Test
    void aPickedFileIsAddedAndABadOneIsListedWithItsReason() throws Exception {
        Path good = Files.writeString(dir.resolve("schoigu.md"), "# Schoigu in Pjöngjang\n\nDer russische"
                + " Verteidigungsminister Sergei Schoigu ist in Pjöngjang mit Nordkoreas Machthaber Kim Jong-un"
                + " zusammengetroffen. Die beiden besichtigten eine Ausstellung mit Raketen und Drohnen, berichtete die"
                + " staatliche Nachrichtenagentur KCNA am Donnerstag.\n");
        Path bad = Files.write(dir.resolve("photo.html"), new byte[] {0, 1, 2, 3});
        openDialog();
        browser.findElement(By.id("add-files")).sendKeys(good.toString() + "\n" + bad.toString());
        long t0 = System.nanoTime();
        browser.findElement(By.id("add-files-go")).click();
        long ms = awaitMarked(t0);
        assertEquals("schoigu.md", browser.executeScript("return document.getElementById('article').value;"));
        String failures = browser.findElement(By.id("add-failures")).getText();
        assertTrue(failures.contains("photo.html"), failures);
        System.out.println("uploaded file: " + ms + " ms from \"Add files\" to its edges drawn and marked");
    }
}
