package org.newsgraph.web;

import static org.newsgraph.web.Browser.js;
import static org.newsgraph.web.Browser.until;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/** Explorer v2 in headless Chromium on the seed app: bundles, a view that stays put, links, the panel's stories. */
class ExplorerViewTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    /** Every node's id and rounded position, sorted: what "the same view" means here. */
    static final String POSITIONS = "return window.newsgraph.cy.nodes().map(n => n.id() + '@' + Math.round(n.position('x'))"
            + " + ',' + Math.round(n.position('y'))).sort().join(' ');";



    @Test
    void theRussiaNorthKoreaPairIsOneBundleThatFansOutOnClickNotOnZoom() {
        ChromeDriver b = session.open(app.url("/"));
        String pair = "window.newsgraph.cy.edges('[!bundle]').filter(e => [e.data('source'), e.data('target')].sort().join() === 'north_korea,russia')";
        long members = ((Number) js(b, "return " + pair + ".length;")).longValue();
        assertTrue(members >= 5, members + " relations between Russia and North Korea");
        assertEquals(0L, js(b, "return " + pair + ".filter(e => drawn(e)).length;"), "its relations are drawn as one");
        assertEquals(members, js(b, "return window.newsgraph.cy.getElementById('bundle:north_korea|russia').data('count');"));
        assertEquals(Boolean.TRUE, js(b, "return window.newsgraph.cy.getElementById('bundle:north_korea|russia').style('display') === 'element';"));

        js(b, "window.newsgraph.cy.getElementById('bundle:north_korea|russia').emit('tap');");
        until(b, "return document.querySelectorAll('#details ul.pair button').length > 0;");
        assertEquals(members, js(b, "return " + pair + ".filter(e => drawn(e)).length;"), () -> "fanned out: " + js(b,
                "return [location.hash, window.newsgraph.cy.zoom(), " + pair + ".map(e => e.classes().join('.')),"
                + " window.newsgraph.cy.edges('.bundle').map(e => e.id())];"));
        assertEquals(members, ((Number) js(b, "return document.querySelectorAll('#details ul.pair li').length;")).longValue());
        assertTrue(b.getCurrentUrl().contains("open=north_korea%7Crussia"), b.getCurrentUrl());

        b.findElement(By.id("bundle-again")).click();
        assertEquals(0L, js(b, "return " + pair + ".filter(e => drawn(e)).length;"), () -> "bundled again: " + js(b,
                "return [location.hash, window.newsgraph.cy.zoom(), window.newsgraph.cy.edges('.bundle').length,"
                + " document.getElementById('details').innerText.slice(0, 200)];"));
        long bundles = ((Number) js(b, "return window.newsgraph.cy.edges('.bundle').length;")).longValue();
        js(b, "window.newsgraph.cy.zoom(2.5);");
        assertEquals(bundles, js(b, "return window.newsgraph.cy.edges('.bundle').length;"), "zoomed in: the bundles stay (a click fans one out)");
        assertEquals(0L, js(b, "return " + pair + ".filter(e => drawn(e)).length;"), "zoomed in: still one bundle");
    }

    @Test
    void theLayoutIsTheSameOnEveryLoadAndAnExpansionKeepsTheOthersWhereTheyAre() {
        ChromeDriver b = session.open(app.url("/"));
        String first = (String) js(b, POSITIONS);
        b = session.open(app.url("/?again"));
        assertEquals(first, js(b, POSITIONS), "a seeded layout");

        js(b, "window.newsgraph.cy.getElementById('sergei_lavrov').emit('tap');");
        until(b, "return document.getElementById('node-focus') !== null;");
        b.findElement(By.id("node-focus")).click();
        String before = (String) js(b, POSITIONS);
        js(b, "window.newsgraph.cy.getElementById('north_korea').emit('dbltap');");
        until(b, "return window.newsgraph.cy.nodes().length > " + before.split(" ").length + ";");
        String after = (String) js(b, POSITIONS);
        for (String node : before.split(" ")) {
            assertTrue((" " + after + " ").contains(" " + node + " "), node + " moved: " + after);
        }
        b.findElement(By.id("undo")).click();
        assertEquals(before, js(b, POSITIONS), "Undo puts the nodes back where they were");
    }

    @Test
    void aDeepLinkAfterFocusHideAndExpandRestoresTheSameView() {
        ChromeDriver b = session.open(app.url("/"));
        js(b, "window.newsgraph.cy.getElementById('sergei_lavrov').emit('tap');");
        until(b, "return document.getElementById('node-focus') !== null;");
        b.findElement(By.id("node-focus")).click();
        js(b, "window.newsgraph.cy.getElementById('north_korea').emit('dbltap');");
        until(b, "return location.hash.includes('x.north_korea');");
        js(b, "window.newsgraph.cy.getElementById('pyongyang').emit('tap');");
        until(b, "return document.querySelector('#details h3') && document.querySelector('#details h3').textContent === 'Pyongyang';");
        b.findElement(By.id("node-hide")).click();
        b.findElement(By.cssSelector("#filter-types input[value='Weapon']")).click();
        String view = (String) js(b, POSITIONS);
        String link = b.getCurrentUrl();
        assertTrue(link.contains("steps=") && link.contains("hide=Weapon"), link);

        b = session.open(link.replace("/#", "/?fresh#"));
        assertEquals(view, js(b, POSITIONS), "the same entities in the same places");
        assertEquals(0L, js(b, "return window.newsgraph.cy.getElementById('pyongyang').length;"));
        assertEquals(Boolean.FALSE, js(b, "return document.querySelector(\"#filter-types input[value='Weapon']\").checked;"));
        assertEquals(Boolean.TRUE, js(b, "return window.newsgraph.cy.nodes('[type = \"Weapon\"]').every(n => !drawn(n));"));
    }

    /** Presses "/", types the text and waits for the search's options (keyboard only). */
    static ChromeDriver search(String text) {
        ChromeDriver b = session.open(app.url("/"));
        b.findElement(By.tagName("body")).sendKeys("/");
        b.switchTo().activeElement().sendKeys(text);
        until(b, "return document.querySelectorAll('#search-results li').length > 0;");
        return b;
    }

    @Test
    void theKeyboardAloneReachesAnEdgesEvidence() {
        ChromeDriver b = search("Lawrow");
        assertEquals("true", b.findElement(By.id("search")).getDomAttribute("aria-expanded"));
        b.switchTo().activeElement().sendKeys(Keys.ENTER);
        until(b, "return document.activeElement && document.activeElement.tagName === 'H3';");
        boolean reached = false;
        for (int i = 0; i < 20 && !reached; i++) {
            b.switchTo().activeElement().sendKeys(Keys.TAB);
            reached = Boolean.TRUE.equals(js(b, "return document.activeElement.closest('table.relations tbody') !== null;"));
        }
        assertTrue(reached, "Tab reaches the relations table");
        b.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        b.switchTo().activeElement().sendKeys(Keys.ENTER);
        until(b, "return /Evidence \\(\\d+\\)/.test(document.getElementById('details').textContent);");
        String panel = b.findElement(By.id("details")).getText();
        assertTrue(panel.contains("Who says so") && panel.contains("Outlets"), panel);
    }

    @Test
    void anEdgeTellsItsWholeStory() {
        ChromeDriver b = session.open(app.url("/#open=north_korea%7Crussia"));
        js(b, "const e = window.newsgraph.cy.edges('[type = \"SUPPLIED\"][source = \"north_korea\"][target = \"russia\"]'); e.emit('tap');");
        until(b, "return /Evidence \\(\\d+\\)/.test(document.getElementById('details').textContent);");
        String panel = b.findElement(By.id("details")).getText();
        assertTrue(panel.matches("(?s).*\\d+ claims · \\d+ articles · \\d+ outlets.*"), panel);
        assertTrue(panel.contains("Artillery shells"), "the items supplied: " + panel);
        assertTrue(panel.contains("White House"), "who says so: " + panel);
        assertEquals("none", js(b, "return window.newsgraph.cy.edges('[type = \"MET\"]')[0].style('target-arrow-shape');"));
    }

    @Test
    void anEntityWithoutRelationsShowsTheSentencesThatNameItAndWhatItIsQuotedOn() {
        ChromeDriver b = search("Victor Cha");
        b.switchTo().activeElement().sendKeys(Keys.ENTER);
        until(b, "return /Mentioned in/.test(document.getElementById('details').textContent);");
        String panel = b.findElement(By.id("details")).getText();
        assertTrue(panel.contains("Quoted on") && panel.contains("Koproduktion"), panel);
        assertTrue(((Number) js(b, "return document.querySelectorAll('#details ul.mentions mark').length;")).intValue() > 0);
    }

    @Test
    void aConsoleResultIsALayerTheAnalystCanLeave() {
        ChromeDriver b = session.open(app.url("/"));
        String view = (String) js(b, POSITIONS);
        b.findElement(By.id("console-toggle")).click();
        js(b, "document.getElementById('query-text').value = 'MATCH (a:Entity {id: \"victor_cha\"}) RETURN a';");
        b.findElement(By.id("query-run")).click();
        until(b, "return document.getElementById('console').dataset.state === 'done';");
        assertEquals(1L, js(b, "return window.newsgraph.cy.nodes().length;"));
        b.findElement(By.id("query-back")).click();
        assertEquals(view, js(b, POSITIONS), "back to the graph as it was");

        b.findElement(By.id("query-merge")).click();
        b.findElement(By.id("query-run")).click();
        until(b, "return document.getElementById('console').dataset.layer === 'added';");
        assertEquals(1L, js(b, "return window.newsgraph.cy.nodes('.layer').length;"));
        b.findElement(By.id("query-back")).click();
        assertEquals(view, js(b, POSITIONS));
        // Esc, then Tab leaves the editor; without Esc, Tab indents
        b.findElement(By.id("query-text")).sendKeys(Keys.TAB);
        assertEquals("query-text", b.switchTo().activeElement().getDomAttribute("id"));
        b.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        b.switchTo().activeElement().sendKeys(Keys.TAB);
        assertNotEquals("query-text", b.switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void onAPhoneTheGraphGetsMostOfTheScreenAndThePanelIsADrawer() {
        ChromeDriver b = session.driver();
        b.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            b = session.open(app.url("/?phone"));
            @SuppressWarnings("unchecked")
            List<Number> r = (List<Number>) js(b, "const g = document.getElementById('graph').getBoundingClientRect();"
                    + " return [g.width * g.height, innerWidth * innerHeight];");
            double share = r.get(0).doubleValue() / r.get(1).doubleValue();
            assertTrue(share > 0.7, "the graph has " + Math.round(share * 100) + " % of the screen");
            assertFalse(b.findElement(By.id("details")).isDisplayed(), "the panel waits in its drawer");
            // a long press opens the entity's actions; "Show details" opens the drawer with them
            js(b, "window.newsgraph.cy.getElementById('north_korea').emit('taphold');");
            until(b, "return document.activeElement.id === 'menu-details';");
            b.findElement(By.id("menu-details")).click();
            until(b, "return getComputedStyle(document.getElementById('side')).visibility === 'visible'"
                    + " && document.querySelector('#details h3') && document.querySelector('#details h3').textContent === 'North Korea';");
            assertEquals("true", b.findElement(By.id("panel-toggle")).getDomAttribute("aria-expanded"));
            b.findElement(By.id("panel-toggle")).click();
            until(b, "return getComputedStyle(document.getElementById('side')).visibility === 'hidden';");
        } finally {
            b.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationAndTheConsoleStaysClean() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Browser.consoleProblems(b);
        js(b, "window.newsgraph.cy.getElementById('bundle:north_korea|russia').emit('tap');");
        js(b, "window.newsgraph.cy.getElementById('north_korea').emit('tap');");
        until(b, "return document.querySelector('table.relations') !== null;");
        Object result = Browser.axeViolations(b);
        assertEquals(List.of(), result, "axe-core violations");
        assertEquals(List.of(), Browser.consoleProblems(b), "console warnings or errors");
    }

    @Test
    void labelsLeaveEachOtherRoomAndHoverSaysWhatAnEdgeIs() {
        ChromeDriver b = session.open(app.url("/"));
        // the labels drawn (labels.js placed them for this zoom) cover no other label and no other entity
        until(b, "const cy = window.newsgraph.cy; return cy.container().dataset.labelZoom === cy.zoom().toFixed(3);");
        Object overlaps = js(b, "const cy = window.newsgraph.cy; const box = (n, labels) => n.boundingBox({includeLabels: labels,"
                + " includeNodes: !labels, includeEdges: false, includeOverlays: false, includeUnderlays: false, useCache: false});"
                + " const labels = cy.nodes().filter(n => Number(n.style('text-opacity')) > 0).map(n => ({id: n.id(), b: box(n, true)}));"
                + " const others = labels.concat(cy.nodes().map(n => ({id: n.id(), b: box(n, false)})));"
                + " let k = 0; for (const l of labels) for (const o of others) { const a = l.b, c = o.b;"
                + " if (o !== l && o.id !== l.id && a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2) k++; } return k;");
        assertEquals(0L, overlaps, "node labels drawn that overlap another node or label");
        js(b, "window.newsgraph.cy.getElementById('bundle:north_korea|russia').emit('mouseover');");
        String title = b.findElement(By.id("graph")).getDomAttribute("title");
        assertTrue(title.startsWith("North Korea — Russia: ") && title.contains("relations"), title);
        js(b, "window.newsgraph.cy.edges('[type = \"MET\"]')[0].emit('mouseover');");
        assertTrue(b.findElement(By.id("graph")).getDomAttribute("title").contains("MET"));
    }

    @Test
    void aSavedViewKeepsPinsTimeAndArticleAndTheExportSaysWhatItHolds() {
        ChromeDriver b = session.open(app.url("/"));
        js(b, "window.newsgraph.cy.getElementById('sergei_lavrov').emit('tap');");
        until(b, "return document.getElementById('node-pin') !== null;");
        js(b, "window.newsgraph.cy.getElementById('sergei_lavrov').position({x: 321, y: -123});");
        b.findElement(By.id("node-pin")).click();
        b.findElement(By.id("node-focus")).click();
        b.findElement(By.id("export-format")).sendKeys("JSON");
        String button = b.findElement(By.id("export-go")).getText();
        assertTrue(button.startsWith("Download the focus on Sergei Lavrov ("), button);
        js(b, "const f = document.getElementById('time-from-month'); f.value = '2023-09';"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));");
        assertEquals("2023-09..2024-06", b.findElement(By.id("timeline")).getDomAttribute("data-range"));
        js(b, "const a = document.getElementById('article'); a.value = a.options[1].value; a.dispatchEvent(new Event('change'));");
        String article = (String) js(b, "return document.getElementById('article').value;");
        b.findElement(By.id("view-name")).sendKeys("Lavrov since September");
        // the shared app's server would keep the view in the project's own import folder: here it cannot be reached,
        // and the view is kept in this browser (the fallback); the team's views are WorkspaceBrowserTest's
        js(b, "localStorage.setItem('newsgraph.analyst', 'Browser Test');"); // a write for the team carries a name
        js(b, "const f = window.fetch; window.fetch = (u, i) => String(u).startsWith('/api/views') && i && i.method === 'POST'"
                + " ? Promise.reject(new TypeError('offline')) : f(u, i);");
        b.findElement(By.id("view-save")).click();
        until(b, "return document.getElementById('status').textContent.startsWith('Saved the view \"Lavrov since September\" in this browser');");
        String view = (String) js(b, POSITIONS);

        b = session.open(app.url("/"));
        js(b, "const v = document.getElementById('views'); v.value = 'Lavrov since September'; v.dispatchEvent(new Event('change'));");
        until(b, "return document.getElementById('status').textContent === 'View restored from the link.';");
        assertEquals(view, js(b, POSITIONS));
        assertEquals("321,-123", js(b, "const p = window.newsgraph.cy.getElementById('sergei_lavrov');"
                + " return p.locked() && Math.round(p.position('x')) + ',' + Math.round(p.position('y'));"));
        assertEquals("2023-09..2024-06", b.findElement(By.id("timeline")).getDomAttribute("data-range"));
        assertEquals(article, js(b, "return document.getElementById('article').value;"));
        js(b, "localStorage.removeItem('newsgraph.views');");
    }

    @Test
    void theAsKnownOnSliderShowsEdgesAppearingInPublicationOrder() {
        ChromeDriver b = session.open(app.url("/"));
        long stops = ((Number) js(b, "return Number(document.getElementById('asof-range').max);")).longValue();
        assertTrue(stops >= 5, stops + " reporting days");
        java.util.Set<String> seen = new java.util.HashSet<>();
        String previousDay = "";
        for (int i = 0; i < stops; i++) {
            b.findElement(By.id("asof-range")).sendKeys(i == 0 ? Keys.HOME : Keys.ARROW_RIGHT);
            String day = (String) js(b, "return document.getElementById('asof').dataset.day;");
            until(b, "return document.getElementById('graph').dataset.asof === '" + day + "';");
            assertTrue(day.compareTo(previousDay) > 0, day + " after " + previousDay);
            @SuppressWarnings("unchecked")
            List<String> edges = (List<String>) js(b, "return window.newsgraph.cy.edges('[!bundle]').map(e => e.id());");
            assertTrue(edges.containsAll(seen), "what was known on " + previousDay + " is still known on " + day);
            assertTrue(edges.size() > seen.size(), "more relations known on " + day + " than on " + previousDay);
            seen.addAll(edges);
            previousDay = day;
        }
        assertTrue(b.getCurrentUrl().contains("asof=" + previousDay), b.getCurrentUrl());
        b.findElement(By.id("asof-range")).sendKeys(Keys.END);
        until(b, "return document.getElementById('graph').dataset.asof === '';");
    }
}
