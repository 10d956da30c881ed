package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.web.CurationBrowserTest.SUPPLIED;
import static org.newsgraph.web.CurationBrowserTest.clickButtonIn;
import static org.newsgraph.web.CurationBrowserTest.js;
import static org.newsgraph.web.CurationBrowserTest.until;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Curation that feels instant, in headless Chromium: a verdict shows in the panel while its request is still held back
 * in the page (so before the server could have answered), and goes through once let go; a verdict the server refuses
 * (the claim changed since) goes back to how it was, with the reason; the recent decisions read as sentences in the
 * analyst's local time; the review queue shows each sentence with both entities marked. axe-core finds no serious or
 * critical violation. Each test undoes what it decided (the review app is shared).
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class InstantCurationBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static final String ANALYST = "Instant Test";
    static final String FIRST_BOX = "document.querySelector('#details .evidence li .review')";

    /**
     * A page-side hold on the review requests: each POST …/review waits in {@code window.heldReviews} until the test
     * lets it go ({@code window.heldReviews.shift()()}); other requests pass.
     */
    static final String HOLD_REVIEWS = """
            window.heldReviews = [];
            const pass = window.fetch.bind(window);
            window.fetch = (input, init) => /\\/review$/.test(String(input)) && init && init.method === 'POST'
              ? new Promise((resolve, reject) => window.heldReviews.push(() => pass(input, init).then(resolve, reject)))
              : pass(input, init);""";

    static ChromeDriver open() {
        ChromeDriver b = session.open(app.url("/"));
        b.executeScript("localStorage.setItem('newsgraph.analyst', arguments[0]);", ANALYST);
        return b;
    }

    static void openSupplied(ChromeDriver b) {
        js(b, "window.newsgraph.cy.getElementById('bundle:north_korea|russia').emit('tap');");
        js(b, SUPPLIED + ".emit('tap');");
        until(b, "return " + FIRST_BOX + " !== null && [..." + FIRST_BOX + ".querySelectorAll('button')].some(x => x.textContent === 'Reject');");
    }

    /** The claim's review state as the server has it: {verdict, rev}. */
    static JsonNode serverClaim(String claim) throws Exception {
        JsonNode ev = TestApp.json(app.get("/api/evidence?source=north_korea&type=SUPPLIED&target=russia"));
        for (JsonNode c : ev.get("claims")) {
            if (c.get("claim").asText().equals(claim)) {
                return c;
            }
        }
        throw new AssertionError("no claim " + claim + " in " + ev);
    }

    static void accessible(ChromeDriver b, String what) throws Exception {
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core violations: " + what);
    }

    @Test
    void aVerdictShowsBeforeTheServerAnswersAndGoesThroughOnceLetGo() throws Exception {
        ChromeDriver b = open();
        openSupplied(b);
        long claims = ((Number) js(b, "return " + SUPPLIED + ".data('claims');")).longValue();
        String claim = (String) js(b, "return " + FIRST_BOX + ".dataset.claim;");
        js(b, HOLD_REVIEWS);
        clickButtonIn(b, "#details .evidence li:first-child .review", "Reject");

        // the request waits in the page, so the server cannot have answered: the verdict already shows
        until(b, "return window.heldReviews.length === 1;");
        assertEquals("rejected: not stated (" + ANALYST + ")", js(b, "return " + FIRST_BOX + ".querySelector('.verdict-mark').textContent;"));
        assertEquals(true, js(b, "return " + FIRST_BOX + ".closest('li').classList.contains('rejected')"
                + " && " + FIRST_BOX + ".getAttribute('aria-busy') === 'true';"), "struck through, saving");
        assertTrue(serverClaim(claim).path("verdict").isNull() || serverClaim(claim).path("verdict").isMissingNode(),
                "the server has no verdict yet: " + serverClaim(claim));
        assertEquals(claims, ((Number) js(b, "return " + SUPPLIED + ".data('claims');")).longValue());

        js(b, "window.heldReviews.shift()();");
        until(b, "return " + SUPPLIED + ".data('claims') === " + (claims - 1) + ";");
        until(b, "const box = document.querySelector('#details .review[data-claim=\"" + claim + "\"]');"
                + " return box !== null && !box.hasAttribute('aria-busy') && [...box.querySelectorAll('button')].some(x => x.textContent === 'Undo');");
        assertEquals("rejected", serverClaim(claim).get("verdict").asText());
        accessible(b, "the panel after a verdict");

        // the undo shows at once as well
        js(b, HOLD_REVIEWS); // undo is no review request: it is not held
        clickButtonIn(b, "#details .review[data-claim='" + claim + "']", "Undo");
        until(b, "return " + SUPPLIED + ".data('claims') === " + claims + ";");
        until(b, "return document.querySelectorAll('#details .evidence li.rejected').length === 0;");
    }

    @Test
    void aVerdictTheServerRefusesGoesBackWithTheReason() throws Exception {
        ChromeDriver b = open();
        openSupplied(b);
        String claim = (String) js(b, "return " + FIRST_BOX + ".dataset.claim;");
        // another analyst decides on the claim and takes it back meanwhile: the revision the page holds is stale
        long rev = serverClaim(claim).get("rev").asLong();
        JsonNode other = TestApp.json(app.postJson("/api/claims/" + CurationApiTest.enc(claim) + "/review",
                "{\"verdict\": \"accept\", \"rev\": " + rev + "}", "X-Analyst", "Other"));
        assertEquals(200, app.postJson("/api/curation/" + other.get("decision").asText() + "/undo", "{}", "X-Analyst", "Other").statusCode());

        js(b, HOLD_REVIEWS);
        clickButtonIn(b, "#details .evidence li:first-child .review", "Reject");
        until(b, "return window.heldReviews.length === 1;");
        assertEquals(true, js(b, "return " + FIRST_BOX + ".closest('li').classList.contains('rejected');"), "shown at once");
        js(b, "window.heldReviews.shift()();");

        // refused (409): back to how it was, with the reason, and nothing decided
        until(b, "return " + FIRST_BOX + ".querySelector('.verdict-error') !== null;");
        String reason = (String) js(b, "return " + FIRST_BOX + ".querySelector('.verdict-error').textContent;");
        assertTrue(reason.startsWith("Not saved: ") && reason.contains("changed since revision " + rev), reason);
        assertEquals("alert", js(b, "return " + FIRST_BOX + ".querySelector('.verdict-error').getAttribute('role');"));
        assertEquals("not reviewed", js(b, "return " + FIRST_BOX + ".querySelector('.verdict-mark').textContent;"));
        assertEquals(false, js(b, "return " + FIRST_BOX + ".closest('li').classList.contains('rejected')"
                + " || " + FIRST_BOX + ".hasAttribute('aria-busy');"), "no longer struck through nor saving");
        assertEquals(true, js(b, "return [..." + FIRST_BOX + ".querySelectorAll('button')].some(x => x.textContent === 'Reject');"),
                "the controls are back");
        JsonNode server = serverClaim(claim);
        assertTrue(server.path("verdict").isNull() || server.path("verdict").isMissingNode(), server.toString());
        accessible(b, "the panel after a refused verdict");
    }

    @Test
    void recentDecisionsReadAsSentencesInTheAnalystsLocalTime() throws Exception {
        ChromeDriver b = session.driver();
        b.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo")); // UTC+9, no summer time
        try {
            b = open();
            openSupplied(b);
            clickButtonIn(b, "#details .evidence li:first-child .review", "Reject");
            until(b, "return [...document.querySelectorAll('#details .review')].some(r => [...r.querySelectorAll('button')]"
                    + ".some(x => x.textContent === 'Undo'));");
            JsonNode mine = TestApp.json(app.get("/api/curation?limit=1")).get("decisions").get(0);
            String at = mine.get("at").asText();

            b.findElement(By.id("review-open")).click();
            until(b, "return document.getElementById('review-dialog').open"
                    + " && document.querySelector('#review-body .review-decisions li') !== null;");
            String line = (String) js(b, "return document.querySelector('#review-body .review-decisions li').textContent;");
            Browser.screenshot(b, "curation-decisions.png");
            Matcher m = Pattern.compile("^" + Pattern.quote(ANALYST + " rejected 'North Korea SUPPLIED Russia' (not stated), ")
                    + "(\\d{4}-\\d{2}-\\d{2} )?(\\d{2}:\\d{2}) local Undo$").matcher(line);
            assertTrue(m.matches(), line);
            String tokyo = DateTimeFormatter.ofPattern("HH:mm").format(Instant.parse(at).atZone(ZoneId.of("Asia/Tokyo")));
            assertEquals(tokyo, m.group(2), "the analyst's local time (Tokyo), not UTC (" + at + ")");
            assertEquals(at, js(b, "return document.querySelector('#review-body .review-decisions li time').dateTime;"));
            accessible(b, "the Review dialog");

            clickButtonIn(b, "#review-body .review-decisions li:first-child", "Undo");
            until(b, "const li = document.querySelector('#review-body .review-decisions li');"
                    + " return li !== null && li.classList.contains('undone') && li.textContent.endsWith(' — taken back');");
            b.findElement(By.id("review-close")).click();
        } finally {
            b.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
        }
    }

    @Test
    void theQueueShowsEachSentenceWithBothEntitiesMarked() throws Exception {
        ChromeDriver b = open();
        b.findElement(By.id("review-open")).click();
        until(b, "return document.getElementById('review-dialog').open && document.querySelector('#review-body .review-queue li') !== null;");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) js(b, "return [...document.querySelectorAll('#review-body .review-queue li')]"
                + ".map(li => ({sentence: li.querySelector('.sentence') ? li.querySelector('.sentence').textContent : null,"
                + " source: [...li.querySelectorAll('.sentence mark.mark-source')].map(x => x.textContent),"
                + " target: [...li.querySelectorAll('.sentence mark.mark-target')].map(x => x.textContent),"
                + " what: li.querySelector('button').textContent}));");
        JsonNode queue = TestApp.json(app.get("/api/quality?limit=30")).get("queue");
        assertEquals(queue.size(), items.size());
        int both = 0;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            assertEquals(queue.get(i).get("sentence").asText(), item.get("sentence"), "the sentence, whole: " + item);
            both += !((List<?>) item.get("source")).isEmpty() && !((List<?>) item.get("target")).isEmpty() ? 1 : 0;
            assertFalse(String.valueOf(item.get("what")).contains(":"), "a relation, not a rule id: " + item);
        }
        assertTrue(both >= items.size() / 2, "both ends marked in most: " + both + " of " + items.size() + " " + items);
        assertTrue((Boolean) js(b, "return document.querySelector('#review-body .mark-legend') !== null;"), "a legend says which is which");
        accessible(b, "the Review dialog's queue");
        js(b, "document.querySelector('#review-body .review-queue').scrollIntoView();");
        Browser.screenshot(b, "review-queue.png");
        b.findElement(By.id("review-close")).click();
    }
}
