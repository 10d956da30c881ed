package org.newsgraph.web;

import static org.newsgraph.web.CurationBrowserTest.clickButtonIn;
import static org.newsgraph.web.CurationBrowserTest.js;
import static org.newsgraph.web.CurationBrowserTest.until;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The article reader follows the analyst's verdicts: a claim rejected in the panel is struck through in the open
 * reader, and no longer once the verdict is undone. Each test undoes what it decided (the review app is shared).
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class ReaderReviewBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    @Test
    void aVerdictInThePanelShowsInTheOpenReaderAndItsUndoToo() {
        ChromeDriver b = session.open(app.url("/"));
        b.executeScript("localStorage.setItem('newsgraph.analyst', 'Reader Test');");
        js(b, "window.newsgraph.cy.getElementById('bundle:north_korea|russia').emit('tap');");
        js(b, CurationBrowserTest.SUPPLIED + ".emit('tap');");
        until(b, "return document.querySelector('#details .evidence li .review') !== null"
                + " && document.querySelector('#details .evidence li .read-context') !== null;");
        String claim = (String) js(b, "return document.querySelector('#details .evidence li .review').dataset.claim;");
        String chip = "document.querySelector('#reader .rd-chip[data-claim=\"" + claim + "\"]')";
        b.findElement(By.cssSelector("#details .evidence li .read-context")).click();
        until(b, "return " + chip + " !== null && !" + chip + ".classList.contains('rd-rejected');");

        clickButtonIn(b, "#details .review", "Reject");
        until(b, "return " + chip + " !== null && " + chip + ".classList.contains('rd-rejected');");
        clickButtonIn(b, "#details .review", "Undo");
        until(b, "return " + chip + " !== null && !" + chip + ".classList.contains('rd-rejected')"
                + " && !document.getElementById('reader').hidden;");
    }
}
