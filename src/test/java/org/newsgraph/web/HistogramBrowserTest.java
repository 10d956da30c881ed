package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;
import static org.newsgraph.web.Browser.js;
import static org.newsgraph.web.Browser.until;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The time histogram (issue 27, "Timeline") in headless Chromium on the seed app: its bars are /api/timeline's
 * counts, its axis the months where most of the seeds' dates are (not back to the oldest), the undated a number; dragging across
 * it sets the sliders and hides the relations outside the months, the sliders move its brush, and the keys move
 * the range. Reads only: the shared seed graph is not changed.
 */
class HistogramBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    /** The slots of the strip in order, each {month, events, reports}. */
    static final String SLOTS = "return [...document.querySelectorAll('#time-histogram .hist-slot')].map(g =>"
            + " ({month: g.dataset.month, events: Number(g.dataset.events), reports: Number(g.dataset.reports)}));";

    /** Whether every dated relation has "out-of-time" exactly when it lies outside the sliders' months. */
    static final String HIDDEN_BY_RANGE = "const m = (d, end) => { const [y, mo] = d.split('-');"
            + " return Number(y) * 12 + (mo ? Number(mo) - 1 : (end ? 11 : 0)); };"
            + " const a = Number(document.getElementById('time-from').value), b = Number(document.getElementById('time-to').value);"
            + " const dated = window.newsgraph.cy.edges('[!bundle][!suggestion][?firstDate]');"
            + " return dated.some(e => e.hasClass('out-of-time')) && dated.some(e => !e.hasClass('out-of-time'))"
            + " && dated.every(e => e.hasClass('out-of-time') === (m(e.data('lastDate'), true) < a || m(e.data('firstDate'), false) > b));";

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> slots(ChromeDriver b) {
        return (List<Map<String, Object>>) js(b, SLOTS);
    }

    static Map<String, Object> slot(List<Map<String, Object>> slots, String month) {
        return slots.stream().filter(s -> month.equals(s.get("month"))).findFirst().orElseThrow(() -> new AssertionError(month));
    }

    /**
     * A mouse drag across the strip from the middle of slot {@code i} to that of slot {@code j}, as offsets from the
     * strip's centre: the driver finds the strip when it moves, so a panel that grows above it meanwhile (the source
     * filters come in after the graph) does not make the drag miss.
     */
    static void drag(ChromeDriver b, WebElement strip, int i, int j) {
        double width = ((Number) js(b, "return arguments[0].getBoundingClientRect().width;", strip)).doubleValue();
        int n = ((Number) js(b, "return document.querySelectorAll('#time-histogram .hist-slot').length;")).intValue();
        int from = (int) Math.round(((i + 0.5) / n - 0.5) * width);
        int to = (int) Math.round(((j + 0.5) / n - 0.5) * width);
        new Actions(b).moveToElement(strip, from, 0).clickAndHold().moveToElement(strip, to, 0).release().perform();
    }

    static String range(ChromeDriver b) {
        return b.findElement(By.id("timeline")).getDomAttribute("data-range");
    }

    @Test
    void theStripShowsTheCountsOverTheDenseMonthsAndBrushingSetsTheRange() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        until(b, "return document.querySelectorAll('#time-histogram .hist-slot').length > 0;");
        js(b, "document.getElementById('time-histogram').scrollIntoView({block: 'center'});");
        JsonNode t = JSON.readTree(app.get("/api/timeline").body());
        JsonNode h = t.get("histogram");
        WebElement strip = b.findElement(By.cssSelector("#time-histogram svg"));

        // the bars are the answer's counts, month by month, with the dates beyond the axis in one "earlier" bar
        List<Map<String, Object>> slots = slots(b);
        int outer = (h.at("/earlier/events").asLong() + h.at("/earlier/reports").asLong() > 0 ? 1 : 0)
                + (h.at("/later/events").asLong() + h.at("/later/reports").asLong() > 0 ? 1 : 0);
        assertEquals(h.get("bins").size() + outer, slots.size(), slots.toString());
        for (JsonNode bin : h.get("bins")) {
            Map<String, Object> s = slot(slots, bin.get("month").asText());
            assertEquals(List.of(bin.get("events").asLong(), bin.get("reports").asLong()),
                    List.of(((Number) s.get("events")).longValue(), ((Number) s.get("reports")).longValue()), s.toString());
        }
        long earlier = h.at("/earlier/events").asLong();
        assertTrue(earlier > 0, "the seeds tell of old dates: " + h);
        assertEquals(earlier, ((Number) slot(slots, "earlier").get("events")).longValue());
        assertEquals("earlier", slots.get(0).get("month"), "the earlier bar comes first");

        // the axis fits the data: the sliders span back to the oldest date, the strip only the dense months
        String span = b.findElement(By.id("timeline")).getDomAttribute("data-span");
        assertTrue(span.compareTo("2000") < 0, span);
        assertEquals(h.get("from").asText(), strip.getDomAttribute("data-from"));
        assertEquals(h.get("to").asText(), strip.getDomAttribute("data-to"));
        assertTrue(h.get("from").asText().compareTo("2023") >= 0, h.get("from").asText());
        String legend = b.findElement(By.cssSelector("#time-histogram .hist-legend")).getText();
        assertTrue(legend.contains(h.at("/undated/events").asLong() + " claims undated"), legend);
        String label = strip.getDomAttribute("aria-label");
        assertTrue(label.contains(h.at("/total/events").asLong() + " claims") && label.contains(earlier + " earlier"), label);
        assertEquals(span, range(b), "the whole span at first");

        // a drag from September to October 2023 sets both sliders and hides what lies outside
        Map<String, Object> sep = slot(slots, "2023-09");
        Map<String, Object> oct = slot(slots, "2023-10");
        drag(b, strip, slots.indexOf(sep), slots.indexOf(oct));
        until(b, "return document.getElementById('timeline').dataset.range === '2023-09..2023-10';");
        assertEquals(String.valueOf(2023 * 12 + 8), b.findElement(By.id("time-from")).getDomProperty("value"));
        assertEquals(String.valueOf(2023 * 12 + 9), b.findElement(By.id("time-to")).getDomProperty("value"));
        assertEquals("2023-09", b.findElement(By.id("time-from-month")).getDomProperty("value"));
        until(b, HIDDEN_BY_RANGE);
        until(b, "return location.hash.includes('time=2023-09..2023-10');");
        assertEquals("2023-09..2023-10", strip.getDomAttribute("data-range"));
        assertEquals(2L, js(b, "return document.querySelectorAll('#time-histogram .hist-slot:not(.hist-dim)').length;"),
                "the two months brushed are not dimmed");

        // the sliders move the brush
        b.findElement(By.id("time-from")).sendKeys(Keys.ARROW_LEFT);
        until(b, "return document.querySelector('#time-histogram svg').dataset.range === '2023-08..2023-10';");
        until(b, HIDDEN_BY_RANGE);

        // the keys move the range on the focused strip, Shift its end; Escape shows all months again
        js(b, "arguments[0].focus();", strip);
        new Actions(b).sendKeys(Keys.ARROW_RIGHT).perform();
        until(b, "return document.getElementById('timeline').dataset.range === '2023-09..2023-11';");
        new Actions(b).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_LEFT).keyUp(Keys.SHIFT).perform();
        until(b, "return document.getElementById('timeline').dataset.range === '2023-09..2023-10';");
        new Actions(b).sendKeys(Keys.ESCAPE).perform();
        until(b, "return document.getElementById('timeline').dataset.range === document.getElementById('timeline').dataset.span;");
        assertEquals(Boolean.TRUE, js(b, "return window.newsgraph.cy.edges('.out-of-time').length === 0;"));

        // a drag from the earlier bar takes the range back to the oldest date
        slots = slots(b);
        Map<String, Object> first = slot(slots, "earlier");
        drag(b, strip, slots.indexOf(first), slots.indexOf(slot(slots, "2023-09")));
        until(b, "return document.getElementById('timeline').dataset.range === '" + span.substring(0, 7) + "..2023-09';");

        assertEquals(List.of(), Browser.axeViolations(b));
        assertEquals(List.of(), Browser.consoleProblems(b));
        Browser.screenshot(b, "histogram.png");
    }
}
