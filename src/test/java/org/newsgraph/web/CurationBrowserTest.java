package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The analyst's review in headless Chromium: reject a claim, merge two entities, add a missed relation; undo each. */
@ResourceLock(TestApp.REVIEW_LOCK)
class CurationBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    static final String SUPPLIED = "window.newsgraph.cy.edges('[type = \"SUPPLIED\"][source = \"north_korea\"][target = \"russia\"]')";

    static Object js(ChromeDriver b, String script) {
        return b.executeScript(Browser.DRAWN + script);
    }

    /** Waits for the script to answer true (a 2-minute hang guard: a busy machine is slow, not broken); on a timeout says what the page shows. */
    static void until(ChromeDriver b, String script) {
        try {
            new WebDriverWait(b, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(b.executeScript(Browser.DRAWN + script)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited for: " + script + "\nstatus: " + b.findElement(By.id("status")).getText()
                    + "\npanel: " + shorten(b.findElement(By.id("details")).getText().replace('\n', ' '))
                    + "\nconsole: " + Browser.consoleProblems(b), e);
        }
    }

    static String shorten(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    static ChromeDriver open() {
        ChromeDriver b = session.open(app.url("/"));
        b.executeScript("localStorage.setItem('newsgraph.analyst', 'Browser Test');");
        return b;
    }

    static WebElement buttonIn(ChromeDriver b, String css, String text) {
        return b.findElements(By.cssSelector(css + " button")).stream().filter(e -> e.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + text + "' in " + css));
    }

    /** Clicks the button; a panel drawn again between finding and clicking it (an answer came in) is searched again. */
    static void clickButtonIn(ChromeDriver b, String css, String text) {
        for (int tries = 1; ; tries++) {
            try {
                buttonIn(b, css, text).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (tries == 5) {
                    throw redrawn;
                }
            }
        }
    }

    @Test
    void rejectingAClaimChangesItsEdgeAndUndoChangesItBack() {
        ChromeDriver b = open();
        js(b, "window.newsgraph.cy.getElementById('bundle:north_korea|russia').emit('tap');");
        js(b, SUPPLIED + ".emit('tap');");
        until(b, "return document.querySelectorAll('#details .review').length > 0;");
        long claims = ((Number) js(b, "return " + SUPPLIED + ".data('claims');")).longValue();
        clickButtonIn(b, "#details .review", "Reject");
        until(b, "return " + SUPPLIED + ".data('claims') === " + (claims - 1) + ";");
        until(b, "return [...document.querySelectorAll('#details .verdict-mark')].some(m => m.textContent.startsWith('rejected: not stated'));");
        assertEquals(1L, js(b, "return document.querySelectorAll('#details .evidence li.rejected').length;"), "still shown, marked");
        clickButtonIn(b, "#details .review", "Undo");
        until(b, "return " + SUPPLIED + ".data('claims') === " + claims + ";");
        until(b, "return document.querySelectorAll('#details .evidence li.rejected').length === 0;");
    }

    @Test
    void mergingTwoEntitiesLeavesOneNodeWithBothSetsOfEdgesAndEvidence() {
        ChromeDriver b = open();
        long soviet = ((Number) js(b, "return window.newsgraph.cy.getElementById('soviet_union').connectedEdges('[!bundle]').length;")).longValue();
        assertTrue(soviet > 0);
        js(b, "window.newsgraph.cy.getElementById('soviet_union').emit('tap');");
        until(b, "return document.getElementById('entity-merge') !== null;");
        b.findElement(By.xpath("//summary[text()='Merge into another entity…']")).click();
        b.findElement(By.cssSelector("#details input[aria-label='merge into']")).sendKeys("Russland");
        until(b, "return [...document.querySelectorAll(\"#details select[aria-label='entity to merge into'] option\")].some(o => o.value === 'russia');");
        js(b, "const s = document.querySelector(\"#details select[aria-label='entity to merge into']\"); s.value = 'russia';");
        b.findElement(By.id("entity-merge")).click();
        b.switchTo().alert().accept();
        until(b, "return window.newsgraph.cy.getElementById('soviet_union').length === 0;");
        until(b, "return window.newsgraph.cy.edges('[!bundle]').filter(e => e.data('source') === 'russia' && e.data('target') === 'china'"
                + " && e.data('type') === 'SUPPORTS').length === 1;");
        // the moved edge keeps its evidence; Russia's panel lists the Soviet Union among its aliases
        js(b, "const e = window.newsgraph.cy.edges('[type = \"SUPPORTS\"][source = \"russia\"][target = \"china\"]'); e.emit('tap');");
        until(b, "return /Evidence \\(1\\)/.test(document.getElementById('details').textContent);");
        js(b, "window.newsgraph.cy.getElementById('russia').emit('tap');");
        until(b, "return document.querySelector('#details h3') && document.querySelector('#details h3').textContent === 'Russia'"
                + " && document.getElementById('details').textContent.includes('Sowjetunion');");

        b.findElement(By.id("review-open")).click();
        until(b, "return document.querySelectorAll('#review-body .review-decisions button').length > 0;");
        clickButtonIn(b, "#review-body .review-decisions", "Undo");
        until(b, "return window.newsgraph.cy.getElementById('soviet_union').length === 1;");
        until(b, "return window.newsgraph.cy.getElementById('soviet_union').connectedEdges('[!bundle]').length === " + soviet + ";");
        b.findElement(By.id("review-close")).click();
    }

    @Test
    void aMissedRelationIsAddedFromItsSentenceAndUndone() {
        ChromeDriver b = open();
        js(b, "window.newsgraph.cy.getElementById('bundle:kim_jong_un|vladimir_putin').emit('tap');");
        js(b, "window.newsgraph.cy.edges('[type = \"MET\"][source = \"kim_jong_un\"][target = \"vladimir_putin\"]').emit('tap');");
        until(b, "return document.querySelectorAll('#details .add-relation').length > 0;");
        String edge = "window.newsgraph.cy.edges('[type = \"INVITED\"][source = \"vladimir_putin\"][target = \"kim_jong_un\"]')";
        assertEquals(0L, js(b, "return " + edge + ".length;"));
        js(b, "const add = document.querySelector('#details .add-relation'); add.closest('details').open = true;"
                + " const s = add.parentElement.querySelectorAll('select');"
                + " s[0].value = 'vladimir_putin'; s[1].value = 'INVITED'; s[2].value = 'kim_jong_un'; s[3].value = 'fact'; add.click();");
        until(b, "return " + edge + ".length === 1;");
        js(b, edge + ".emit('tap');");
        until(b, "return [...document.querySelectorAll('#details .verdict-mark')].some(m => m.textContent.startsWith('added by Browser Test'));");
        clickButtonIn(b, "#details .review", "Undo");
        until(b, "return " + edge + ".length === 0;");
    }
}
