package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.web.CurationBrowserTest.js;
import static org.newsgraph.web.CurationBrowserTest.until;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.newsgraph.TestApp;
import org.newsgraph.web.SuggestionSeed.Seeded;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Suggestions in headless Chromium: the Review dialog's list decided with the keys (J moves, A accepts and the edge
 * appears in the graph, R rejects; the item leaves and the next one has the focus; T opens the type change), and
 * "Show suggestions" drawing them dotted between the entities in view, one decided from the side panel, kept in the
 * link; axe-core finds no serious or critical violation in the dialog or the panel.
 */
@ResourceLock(TestApp.REVIEW_LOCK)
class SuggestionsBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.forReview();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static final String ANALYST = "Suggestion Browser";
    static final String LIST = "document.getElementById('suggestion-list')";
    static final String ACTIVE = "document.activeElement";
    static List<Seeded> seeded;

    @BeforeAll
    static void seed() {
        seeded = SuggestionSeed.insert(app, 4);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        SuggestionSeed.remove(app, ANALYST);
    }

    static ChromeDriver open(String hash) {
        ChromeDriver b = session.open(app.url("/" + hash));
        b.executeScript("localStorage.setItem('newsgraph.analyst', arguments[0]);", ANALYST);
        return b;
    }

    static void press(ChromeDriver b, String key) {
        new Actions(b).sendKeys(key).perform();
    }

    /** The suggestion the focused item stands for: claim, source, target, type. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> focused(ChromeDriver b) {
        return (Map<String, Object>) js(b, "const li = " + ACTIVE + "; if (!li.matches('#suggestion-list li.suggestion')"
                + " || li.getAttribute('aria-current') !== 'true') return null;"
                + " const s = li.suggestion; return {claim: s.claim, source: s.source, target: s.target, type: s.type};");
    }

    /** Waits until no verdict is on its way and the item the focus is on is the highlighted one. */
    static Map<String, Object> settled(ChromeDriver b) {
        until(b, "return " + LIST + " && " + LIST + ".dataset.pending === '0' && " + ACTIVE + ".matches('#suggestion-list li.suggestion')"
                + " && " + ACTIVE + ".getAttribute('aria-current') === 'true';");
        Map<String, Object> s = focused(b);
        assertTrue(s != null, "the focused item is the current one");
        return s;
    }

    /** axe-core's serious and critical violations on the page as it is (ExplorerViewTest's check), and console problems. */
    static void accessible(ChromeDriver b, String what) throws Exception {
        Object result = Browser.axeViolations(b);
        assertEquals(List.of(), result, "axe-core violations: " + what);
        assertEquals(List.of(), Browser.consoleProblems(b), "console warnings or errors: " + what);
    }

    static String listed(String claim) {
        return "[...document.querySelectorAll('#suggestion-list li.suggestion')].some(li => li.dataset.claim === '"
                + claim.replace("'", "\\'") + "')";
    }

    @Test
    void theKeysDecideTheReviewListAndTheGraphFollows() throws Exception {
        String trained = TestApp.JSON.readTree(app.importDir().resolve("model/scorer.json").toFile()).get("trained").asText().substring(0, 10);
        ChromeDriver b = open("");
        b.findElement(By.id("review-open")).click();
        until(b, "return document.querySelectorAll('#suggestion-list li.suggestion').length >= 3;");
        String dialog = b.findElement(By.id("review-body")).getText();
        assertTrue(dialog.contains("Scorer trained " + trained) && dialog.contains("with suggestions recall"), "the model's figures: " + dialog);
        assertTrue(dialog.contains("J / K") && dialog.contains("A accept") && dialog.contains("R reject"), "the keys are named");
        assertEquals(2L, js(b, "const li = document.querySelector('#suggestion-list li.suggestion');"
                + " return li.querySelectorAll('mark.mark-source').length > 0 && li.querySelectorAll('mark.mark-target').length > 0 ? 2 : 0;"),
                "both entities are marked, each its own way");
        accessible(b, "the Review dialog with its suggestions");

        js(b, "document.querySelector('#suggestion-list li[aria-current=\"true\"]').focus();");
        Map<String, Object> first = settled(b);
        press(b, "j");
        until(b, "return " + ACTIVE + ".dataset.claim !== '" + first.get("claim") + "';");
        Map<String, Object> second = settled(b);
        assertNotEquals(first.get("claim"), second.get("claim"), "J moved to the next item");
        assertEquals(true, js(b, "const r = " + ACTIVE + ".getBoundingClientRect(), l = " + LIST + ".getBoundingClientRect();"
                + " return r.top >= l.top - 1 && r.bottom <= l.bottom + 1;"), "the current item is scrolled into view");

        press(b, "a");
        until(b, "return !" + listed((String) second.get("claim")) + ";");
        Map<String, Object> third = settled(b);
        assertNotEquals(second.get("claim"), third.get("claim"), "the focus moved on to the next item");
        assertTrue(SuggestionSeed.state(app, (String) second.get("claim")).endsWith("/accepted"));
        String edge = SuggestionSeed.edgeId(app, (String) second.get("source"), (String) second.get("type"), (String) second.get("target"));
        assertTrue(edge != null, "the store has the accepted suggestion's edge");
        until(b, "return window.newsgraph.cy.getElementById('" + edge + "').nonempty();");

        press(b, "r");
        until(b, "return !" + listed((String) third.get("claim")) + ";");
        Map<String, Object> fourth = settled(b);
        assertNotEquals(third.get("claim"), fourth.get("claim"));
        assertEquals("suggested/rejected", SuggestionSeed.state(app, (String) third.get("claim")));
        assertTrue(b.findElement(By.id("status")).getText().startsWith("Suggestion rejected"), b.findElement(By.id("status")).getText());
        press(b, "t");
        until(b, "return " + ACTIVE + ".matches('#suggestion-list li[aria-current=\"true\"] details[open] select.suggestion-type');");
        b.findElement(By.id("review-close")).click();
    }

    @Test
    void showSuggestionsDrawsThemDottedAndOneIsDecidedFromThePanel() throws Exception {
        ChromeDriver b = open("");
        assertEquals(0L, js(b, "return window.newsgraph.cy.edges('.suggestion').length;"), "off by default");
        b.findElement(By.id("show-suggestions")).click();
        until(b, "return window.newsgraph.cy.edges('.suggestion').length > 0;");
        until(b, "return location.hash.includes('suggestions=on');");
        assertEquals(true, js(b, "return window.newsgraph.cy.edges('.suggestion').every(e => e.style('line-style') === 'dotted');"));
        Seeded s = null;
        for (Seeded x : seeded) {
            if (Boolean.TRUE.equals(b.executeScript("return window.newsgraph.cy.getElementById(arguments[0]).nonempty();", "suggestion:" + x.claim()))
                    && SuggestionSeed.state(app, x.claim()).equals("suggested/")) {
                s = x;
            }
        }
        assertTrue(s != null, "a seeded suggestion is drawn");
        String dotted = "window.newsgraph.cy.getElementById('suggestion:" + s.claim().replace("'", "\\'") + "')";
        assertEquals(true, js(b, "return drawn(" + dotted + ");"), "drawn between two entities in view");

        js(b, dotted + ".emit('tap');");
        until(b, "return document.querySelectorAll('#details .suggestion-actions').length === 1"
                + " && document.querySelectorAll('#details mark.mark-source').length > 0;");
        accessible(b, "a suggestion in the panel");
        CurationBrowserTest.clickButtonIn(b, "#details .suggestion-actions", "Reject");
        until(b, "return " + dotted + ".empty();");
        until(b, "return [...document.querySelectorAll('#details .verdict-mark')].some(m => m.textContent.startsWith('rejected: not stated'));");
        assertEquals("suggested/rejected", SuggestionSeed.state(app, s.claim()));
        assertEquals(0L, SuggestionSeed.edges(app, s.source(), SuggestionSeed.TYPE, s.target()), "a rejected suggestion makes no edge");

        open("#suggestions=on"); // the link keeps the switch
        until(b, "return document.getElementById('show-suggestions').checked && window.newsgraph.cy.edges('.suggestion').length > 0;");
        b.findElement(By.id("show-suggestions")).click();
        until(b, "return window.newsgraph.cy.edges('.suggestion').length === 0 && !location.hash.includes('suggestions');");
    }
}
