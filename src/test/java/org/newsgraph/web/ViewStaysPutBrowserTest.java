package org.newsgraph.web;

import static org.newsgraph.web.Browser.js;
import static org.newsgraph.web.Browser.until;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "A view that stays put" (issue 27) in headless Chromium on the seed app: Play, the "as known on" slider and the
 * time range never move a drawn node; an expansion places its new nodes near the expanded one and brings them on
 * screen. Positions are read through the page's Cytoscape instance.
 */
class ViewStaysPutBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    /** Every node: id → [x, y] (model) and [rx, ry] (on screen). */
    static final String PLACES = "const m = {}; window.newsgraph.cy.nodes().forEach(n => { m[n.id()] = [n.position('x'),"
            + " n.position('y'), n.renderedPosition('x'), n.renderedPosition('y')]; }); return m;";



    @SuppressWarnings("unchecked")
    static Map<String, List<Number>> places(ChromeDriver b) {
        return (Map<String, List<Number>>) js(b, PLACES);
    }

    /** The nodes of {@code after} that also are in {@code before} and moved more than 2 px, with how far. */
    static List<String> moved(Map<String, List<Number>> before, Map<String, List<Number>> after, boolean onScreenToo) {
        List<String> moved = new ArrayList<>();
        after.forEach((id, p) -> {
            List<Number> q = before.get(id);
            if (q == null) {
                return;
            }
            double model = Math.hypot(p.get(0).doubleValue() - q.get(0).doubleValue(), p.get(1).doubleValue() - q.get(1).doubleValue());
            double screen = Math.hypot(p.get(2).doubleValue() - q.get(2).doubleValue(), p.get(3).doubleValue() - q.get(3).doubleValue());
            if (model > 2 || (onScreenToo && screen > 2)) {
                moved.add(id + " by " + Math.round(model) + " px (" + Math.round(screen) + " on screen)");
            }
        });
        return moved;
    }

    /** Moves the "as known on" slider by keys and waits until its day is drawn; returns the day ('' for today). */
    static String asOfKeys(ChromeDriver b, CharSequence... keys) {
        b.findElement(By.id("asof-range")).sendKeys(keys);
        String day = (String) js(b, "return document.getElementById('asof').dataset.day;");
        until(b, "return document.getElementById('graph').dataset.asofDrawn === '" + (day.isEmpty() ? "today" : day) + "';");
        return day;
    }

    @Test
    void playToTheLastDayAndBackLeavesEveryNodeWhereItWas() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Map<String, List<Number>> before = places(b);
        js(b, "window.newsgraph.settings.playMs = 100;"
                + " window.seenDays = []; window.seenCounts = [];"
                + " new MutationObserver(() => window.seenDays.push(document.getElementById('asof').dataset.day))"
                + ".observe(document.getElementById('asof'), {attributes: true, attributeFilter: ['data-day']});"
                + " window.newsgraph.cy.on('remove add', 'node', () => window.seenCounts.push(window.newsgraph.cy.nodes().length));");
        b.findElement(By.id("asof-play")).click();
        until(b, "return document.getElementById('asof-play').getAttribute('aria-pressed') === 'false'"
                + " && document.getElementById('graph').dataset.asofDrawn === 'today';");

        @SuppressWarnings("unchecked")
        List<String> days = (List<String>) js(b, "return window.seenDays;");
        assertTrue(days.contains("2023-09-05") && days.contains("2024-06-19") && "".equals(days.get(days.size() - 1)),
                "Play went through the reporting days to today: " + days);
        long fewest = ((Number) js(b, "return Math.min(...window.seenCounts);")).longValue();
        assertTrue(fewest < before.size(), "on the first day fewer entities were known: " + fewest + " of " + before.size());
        Map<String, List<Number>> after = places(b);
        assertEquals(before.keySet(), after.keySet(), "back to today: the same entities");
        assertEquals(List.of(), moved(before, after, true), "every node within 2 px of where it was");
        assertEquals(List.of(), Browser.axeViolations(b));
    }

    @Test
    void theTimeRangeAndTheAsKnownOnSliderNeverMoveADrawnNode() {
        ChromeDriver b = session.open(app.url("/"));
        Map<String, List<Number>> before = places(b);
        js(b, "const f = document.getElementById('time-from-month'); f.value = '2023-10';"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));");
        assertTrue(b.findElement(By.id("timeline")).getDomAttribute("data-range").startsWith("2023-10.."));
        assertTrue((Boolean) js(b, "return window.newsgraph.cy.edges('.out-of-time').length > 0;"), "the range hides some relations");
        assertEquals(List.of(), moved(before, places(b), true), "a time range moves no node");

        String first = asOfKeys(b, Keys.HOME);
        Map<String, List<Number>> early = places(b);
        assertTrue(early.size() < before.size(), "fewer entities known on " + first);
        assertEquals(List.of(), moved(before, early, true), "as known on " + first + ": those still drawn did not move");
        String third = asOfKeys(b, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertTrue(third.compareTo(first) > 0, third);
        assertEquals(List.of(), moved(before, places(b), true), "as known on " + third);
        asOfKeys(b, Keys.END);
        Map<String, List<Number>> today = places(b);
        assertEquals(before.keySet(), today.keySet());
        assertEquals(List.of(), moved(before, today, true), "back to today: everything where it was");
        js(b, "const f = document.getElementById('time-from-month'); f.value = '2019-01';"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));");
        assertEquals(List.of(), moved(before, places(b), true), "the range widened again");
    }

    @Test
    void anExpansionPlacesTheNewNodesNearTheExpandedOneAndBringsThemOnScreen() {
        ChromeDriver b = session.open(app.url("/"));
        js(b, "window.newsgraph.cy.getElementById('sergei_lavrov').emit('tap');");
        until(b, "return document.getElementById('node-focus') !== null;");
        b.findElement(By.id("node-focus")).click();
        // zoomed in with North Korea near the right edge: its new neighbours would land off screen
        js(b, "const cy = window.newsgraph.cy; cy.zoom(2.5);"
                + " const p = cy.getElementById('north_korea').renderedPosition();"
                + " cy.panBy({x: cy.width() - 40 - p.x, y: cy.height() / 2 - p.y});");
        Map<String, List<Number>> before = places(b);
        js(b, "window.newsgraph.cy.getElementById('north_korea').emit('dbltap');");
        until(b, "return window.newsgraph.cy.nodes().length > " + before.size()
                + " && /new neighbours? of North Korea/.test(document.getElementById('status').textContent);");

        Map<String, List<Number>> after = places(b);
        assertEquals(List.of(), moved(before, after, false), "the nodes drawn before stay where they are");
        List<Number> anchor = after.get("north_korea");
        List<String> far = new ArrayList<>();
        after.forEach((id, p) -> {
            double d = Math.hypot(p.get(0).doubleValue() - anchor.get(0).doubleValue(), p.get(1).doubleValue() - anchor.get(1).doubleValue());
            if (!before.containsKey(id) && d > 450) {
                far.add(id + " at " + Math.round(d));
            }
        });
        assertEquals(List.of(), far, "new neighbours next to North Korea");
        System.out.println("expansion: " + (after.size() - before.size()) + " new nodes, the farthest "
                + after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).mapToLong(e -> Math.round(Math.hypot(
                        e.getValue().get(0).doubleValue() - anchor.get(0).doubleValue(),
                        e.getValue().get(1).doubleValue() - anchor.get(1).doubleValue()))).max().orElse(0)
                + " px from North Korea");
        @SuppressWarnings("unchecked")
        List<String> offScreen = (List<String>) b.executeScript("const cy = window.newsgraph.cy; const known = new Set(arguments[0]);"
                + " return cy.nodes().filter(n => !known.has(n.id()) || n.id() === 'north_korea').filter(n => {"
                + " const bb = n.renderedBoundingBox({includeLabels: false});"
                + " return bb.x1 < 0 || bb.y1 < 0 || bb.x2 > cy.width() || bb.y2 > cy.height(); }).map(n => n.id());",
                new ArrayList<>(before.keySet()));
        assertEquals(List.of(), offScreen, "the view shows the new nodes and the expanded one");
    }
}
