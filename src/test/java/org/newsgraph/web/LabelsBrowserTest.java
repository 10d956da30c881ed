package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.web.Browser.js;
import static org.newsgraph.web.Browser.until;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Labels readable at every zoom (web/labels.js), in headless Chromium: at zoom 0.5, 1 and 2 no two labels drawn
 * overlap, and none lies over another entity — on the seed graph and on a view of 300 entities — measured from
 * Cytoscape's own label boxes of the labels actually drawn (text-opacity above 0, a non-empty label, the element
 * displayed), pairwise. Relation labels are words
 * ("cooperates with"); a hovered edge shows its label; zooming in leaves bundles bundled; an automatic fit stops at 1.5.
 */
class LabelsBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    /**
     * The labels drawn now, the pairs of them that overlap, and those over an entity not theirs: {nodes, edges, texts
     * (edge labels), overlaps, count, covers, covered}. Boxes
     * are rendered (screen) pixels, measured anew (not Cytoscape's cached ones); two boxes that only touch do not overlap.
     */
    static final String LABELS = "const cy = window.newsgraph.cy;"
            + " const opts = {includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false,"
            + " includeUnderlays: false, useCache: false};"
            + " const shown = cy.elements().filter(e => drawn(e) && e.style('visibility') === 'visible'"
            + " && Number(e.style('text-opacity')) > 0 && e.style('label') !== '');"
            + " const boxes = shown.map(e => ({id: e.id(), b: e.renderedBoundingBox(opts)})).filter(x => x.b.w > 0 && x.b.h > 0);"
            + " const overlaps = [];"
            + " for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
            + "   const a = boxes[i].b, b = boxes[j].b;"
            + "   if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(boxes[i].id + ' × ' + boxes[j].id); }"
            + " const bodies = cy.nodes().filter(n => drawn(n)).map(n => ({id: n.id(), b: n.renderedBoundingBox({includeLabels: false,"
            + " includeOverlays: false, includeUnderlays: false, useCache: false})}));"
            + " const covers = [];"
            + " for (const l of boxes) for (const n of bodies) { const a = l.b, b = n.b;"
            + "   if (l.id !== n.id && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) covers.push(l.id + ' over ' + n.id); }"
            + " return {nodes: shown.nodes().length, edges: shown.edges().length,"
            + " texts: shown.edges().map(e => e.style('label')), overlaps: overlaps.slice(0, 10), count: overlaps.length,"
            + " covers: covers.slice(0, 10), covered: covers.length};";

    /** Zooms to {@code level} about the middle of the screen and waits until labels.js placed the labels for it. */
    static void zoomTo(ChromeDriver b, double level) {
        Object pass = js(b, "const cy = window.newsgraph.cy; const pass = Number(cy.container().dataset.labelPass || 0);"
                + " cy.zoom({level: arguments[0], renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}}); return pass;", level);
        until(b, "const cy = window.newsgraph.cy; const d = cy.container().dataset;"
                + " return Number(d.labelPass) > arguments[0] && d.labelZoom === cy.zoom().toFixed(3);", pass);
    }

    /** At zoom 0.5, 1 and 2: no two labels drawn overlap, and some are drawn; returns the labels at zoom 2. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> noOverlapsAtEveryZoom(ChromeDriver b, String view) throws java.io.IOException {
        js(b, "window.newsgraph.cy.fit(undefined, 30);");
        Map<String, Object> labels = null;
        for (double zoom : new double[] {0.5, 1, 2}) {
            zoomTo(b, zoom);
            labels = (Map<String, Object>) js(b, LABELS);
            System.out.println("labels, " + view + ", zoom " + zoom + ": " + labels.get("nodes") + " entity labels, "
                    + labels.get("edges") + " relation labels, " + labels.get("count") + " overlaps");
            assertEquals(0L, ((Number) labels.get("count")).longValue(), view + ", zoom " + zoom + ": " + labels.get("overlaps"));
            assertEquals(0L, ((Number) labels.get("covered")).longValue(), view + ", zoom " + zoom + ", labels over entities: "
                    + labels.get("covers"));
            assertTrue(((Number) labels.get("nodes")).longValue() >= 3, view + ", zoom " + zoom + ": entity labels " + labels);
            if (zoom == 1) {
                Browser.screenshot(b, "labels-" + view.replaceAll("[^a-z0-9]+", "-") + ".png");
            }
        }
        for (String text : (List<String>) labels.get("texts")) {
            assertTrue(text.equals(text.toLowerCase()) && !text.contains("_"), "a relation's label in words: " + text);
        }
        return labels;
    }

    @Test
    void theSeedGraphsLabelsNeverOverlapAndRelationsReadAsWords() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Browser.consoleProblems(b); // what an earlier test of this browser left
        noOverlapsAtEveryZoom(b, "seed graph");

        // a hovered relation shows its label, in words, whatever the zoom
        zoomTo(b, 0.5);
        String id = (String) js(b, "const e = window.newsgraph.cy.edges('[!bundle][!suggestion]').filter(e => drawn(e))"
                + ".sort((x, y) => y.data('type').includes('_') - x.data('type').includes('_')).first();"
                + " e.addClass('hover'); return e.id();");
        until(b, "const e = window.newsgraph.cy.getElementById(arguments[0]);"
                + " return Number(e.style('text-opacity')) === 1 && e.hasClass('label-shown');", id);
        String text = (String) js(b, "return window.newsgraph.cy.getElementById(arguments[0]).style('label');", id);
        String type = (String) js(b, "return window.newsgraph.cy.getElementById(arguments[0]).data('type');", id);
        assertEquals(type.toLowerCase().replace('_', ' '), text);
        assertEquals(0L, ((Number) ((Map<?, ?>) js(b, LABELS)).get("count")).longValue(), "the hovered label has room");
        js(b, "window.newsgraph.cy.getElementById(arguments[0]).removeClass('hover');", id);

        // zoomed in, a bundle stays one edge: it fans out on a click only
        zoomTo(b, 2.5);
        assertTrue(((Number) js(b, "return window.newsgraph.cy.edges('.bundle').filter(e => drawn(e)).length;")).longValue() > 0,
                "bundles stay bundled zoomed in");
        assertEquals(List.of(), Browser.consoleProblems(b));
    }

    /**
     * The seed graph has 122 entities, fewer than 300, and its first view draws those with relations: the view is that
     * first view with synthetic entities added through window.newsgraph.cy up to 300 nodes — long names, each tied to one to three others picked by a
     * seeded generator — and laid out by the page's own layout (the layout menu's force layout).
     */
    @Test
    void aViewOf300EntitiesHasNoOverlappingLabels() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        js(b, "const cy = window.newsgraph.cy; let seed = 20240613;"
                + " const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };"
                + " const types = ['Person', 'Country', 'Organization', 'Place', 'Weapon', 'Commodity', 'Event'];"
                + " const relations = ['COOPERATES_WITH', 'SUPPLIED', 'MET', 'CRITICIZED', 'SANCTIONED'];"
                + " const ids = cy.nodes().map(n => n.id()); const add = [];"
                + " for (let i = 0; ids.length < 300; i++) {"
                + "   const id = 'synthetic_' + i; const name = 'Synthetic entity number ' + i; const ties = 1 + Math.floor(random() * 3);"
                + "   add.push({group: 'nodes', data: {id, name, label: name, type: types[i % types.length], degree: ties}});"
                + "   for (let k = 0; k < ties; k++) { const other = ids[Math.floor(random() * ids.length)];"
                + "     const type = relations[Math.floor(random() * relations.length)];"
                + "     add.push({group: 'edges', data: {id: 'synthetic_' + i + '_' + k, source: id, target: other, type, label: type,"
                + "       status: 'fact', claims: 1, articles: 1}}); }"
                + "   ids.push(id); }"
                + " cy.add(add); window.laidOut = false; cy.one('layoutstop', () => { window.laidOut = true; });"
                + " const menu = document.getElementById('layout'); menu.value = 'fcose';"
                + " setTimeout(() => menu.dispatchEvent(new Event('change', {bubbles: true})));");
        until(b, "return window.laidOut === true;");
        assertEquals(300L, js(b, "return window.newsgraph.cy.nodes().length;"));
        noOverlapsAtEveryZoom(b, "300 entities");
    }

    /** Focus on an entity with one neighbour: the two fit the screen at zoom 1.5 at most, not the largest zoom. */
    @Test
    void anAutomaticFitStopsAtAReadableZoom() {
        ChromeDriver b = session.open(app.url("/"));
        String id = (String) js(b, "return window.newsgraph.cy.nodes().filter(n => drawn(n) && n.neighborhood('node').length === 1)"
                + ".map(n => n.id()).find(id => /^[a-z0-9_]+$/.test(id));");
        b = session.open(app.url("/?again#steps=o." + id));
        until(b, "return window.newsgraph.cy.nodes().length === 2;");
        double zoom = ((Number) js(b, "return window.newsgraph.cy.zoom();")).doubleValue();
        System.out.println("focus on " + id + " and its one neighbour: zoom " + zoom);
        assertTrue(zoom <= 1.5 + 1e-9, "focused on " + id + " and its one neighbour at zoom " + zoom);
        assertEquals(Boolean.TRUE, js(b, "const cy = window.newsgraph.cy; return cy.nodes().every(n => {"
                + " const p = n.renderedPosition(); return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(); });"),
                "both on screen");
    }
}
