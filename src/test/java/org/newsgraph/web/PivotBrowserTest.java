package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.web.Browser.js;
import static org.newsgraph.web.Browser.until;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * "Pivot from anything" and "Paths" (issue 27) in headless Chromium on the seed app: a right-click on a node opens its
 * context menu, "Paths from here to…" asks for the other end, and the path panel lists up to 5 paths, each hop with
 * its evidence sentence and the weakest hop marked; relation-type and status filters change the paths; the menu opens
 * with Shift+F10 and the ContextMenu key on the entity selected by keyboard and works by keyboard alone (arrows, Enter,
 * a submenu, Escape giving the focus back); the other items (articles, suggestions, copy, names as links, a long
 * press) do what they say. axe-core finds no serious or critical violation with the menu or the path panel open.
 * Reads only.
 */
class PivotBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static final String ACTIVE = "document.activeElement";
    static final String MENU = "document.querySelector('.context-menu[role=menu]')";
    static final String PANEL = "document.getElementById('paths-panel')";

    static void press(ChromeDriver b, CharSequence... keys) {
        b.switchTo().activeElement().sendKeys(keys);
    }

    static String activeId(ChromeDriver b) {
        return (String) js(b, "return " + ACTIVE + ".id;");
    }

    /** A right-click with the mouse at the node's centre on the canvas. */
    static void rightClick(ChromeDriver b, String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js(b, "const n = window.newsgraph.cy.getElementById(arguments[0]);"
                + " const r = window.newsgraph.cy.container().getBoundingClientRect(); const p = n.renderedPosition();"
                + " return [Math.round(r.left + p.x), Math.round(r.top + p.y)];", id);
        new Actions(b).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).contextClick().perform();
    }

    /** The ContextMenu key, as the keyboard sends it (Selenium has no name for it): through the DevTools protocol. */
    static void contextMenuKey(ChromeDriver b) {
        Map<String, Object> key = Map.of("key", "ContextMenu", "code", "ContextMenu", "windowsVirtualKeyCode", 93,
                "nativeVirtualKeyCode", 93);
        b.executeCdpCommand("Input.dispatchKeyEvent", with(key, "type", "rawKeyDown"));
        b.executeCdpCommand("Input.dispatchKeyEvent", with(key, "type", "keyUp"));
    }

    static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        Map<String, Object> out = new java.util.HashMap<>(m);
        out.put(k, v);
        return out;
    }

    /** Waits for the path panel's answer (for filter {@code not}: a different one) and returns its filter key. */
    static String awaitPaths(ChromeDriver b, String not) {
        until(b, "const p = " + PANEL + "; return p !== null && p.dataset.loading === 'false' && p.dataset.filter !== undefined"
                + " && p.dataset.filter !== arguments[0];", not == null ? "\u0000" : not);
        return (String) js(b, "return " + PANEL + ".dataset.filter;");
    }

    /** The paths listed, as their entity chains ("a→b→c"). */
    @SuppressWarnings("unchecked")
    static List<String> listed(ChromeDriver b) {
        return (List<String>) js(b, "return [...document.querySelectorAll('#paths-panel .path-item')].map(li =>"
                + " [...li.querySelectorAll('.hop')].map(h => [...h.querySelectorAll('.hop-head .entity-link')].map(a => a.dataset.entity)"
                + ".join('→')).join(' | '));");
    }


    @Test
    void rightClickPathToShowsThePathPanelWithEvidenceAndTheFiltersChangeThePaths() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        rightClick(b, "choe_son_hui");
        until(b, "return " + MENU + " !== null && " + ACTIVE + ".getAttribute('role') === 'menuitem';");
        assertEquals("choe_son_hui", b.findElement(By.id("graph")).getDomAttribute("data-menu"));
        assertTrue(((String) js(b, "return " + MENU + ".getAttribute('aria-label');")).contains("Choe Son-hui"));
        assertEquals(List.of(), Browser.axeViolations(b), "axe with the context menu open");
        b.findElement(By.id("menu-paths-from")).click();
        until(b, "return " + MENU + " === null && " + ACTIVE + ".id === 'path-other';");

        // the other end by keyboard: type, the first option, Enter
        press(b, "China");
        until(b, "return document.querySelectorAll('#path-other-results li').length > 0;");
        press(b, Keys.ENTER);
        String all = awaitPaths(b, null);
        List<String> paths = listed(b);
        System.out.println("paths listed: " + paths);
        assertTrue(paths.size() >= 2 && paths.size() <= 5, "several paths, at most 5: " + paths);
        assertTrue(paths.stream().allMatch(p -> p.startsWith("choe_son_hui→") && p.endsWith("→china")), paths.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shape = (List<Map<String, Object>>) js(b, "return [...document.querySelectorAll('#paths-panel .path-item')].map(li => ({"
                + " hops: li.querySelectorAll('.hop').length, weakest: li.querySelectorAll('.hop.weakest').length,"
                + " withEvidence: [...li.querySelectorAll('.hop')].filter(h => [...h.querySelectorAll('.evidence .sentence')]"
                + ".some(s => s.textContent.trim().length > 10)).length,"
                + " badge: (li.querySelector('.hop.weakest .weakest-badge') || {}).textContent || '' }));");
        for (Map<String, Object> p : shape) {
            long hops = ((Number) p.get("hops")).longValue();
            assertEquals(hops, ((Number) p.get("withEvidence")).longValue(), "every hop with its evidence sentence: " + p);
            assertEquals(hops > 1 ? 1L : 0L, ((Number) p.get("weakest")).longValue(), "the weakest hop marked: " + p);
            assertTrue(hops <= 1 || ((String) p.get("badge")).contains("independent source"), p.toString());
        }
        String drawn = b.findElement(By.id("graph")).getDomAttribute("data-path");
        assertTrue(drawn.startsWith("choe_son_hui,") && drawn.endsWith(",china"), drawn);
        assertTrue(((Number) js(b, "return window.newsgraph.cy.edges('.path-weakest').length;")).intValue() >= 1,
                "the weakest hop drawn apart");
        assertTrue(b.getCurrentUrl().contains("path=choe_son_hui%2Cchina"), b.getCurrentUrl());
        Browser.screenshot(b, "paths.png");

        // another path drawn on request
        b.findElements(By.cssSelector("#paths-panel .path-choose")).get(1).click();
        until(b, "return document.querySelectorAll('#paths-panel .path-choose')[1].getAttribute('aria-pressed') === 'true'"
                + " && document.getElementById('graph').dataset.path !== arguments[0];", drawn);

        // a relation type left out: no hop runs through it any more, and the paths change
        String type = (String) js(b, "const r = [...document.querySelectorAll('#paths-panel .path-item:first-child .hop')]"
                + ".find(h => h.querySelectorAll('.path-relation').length === 1); return r.querySelector('.path-relation').dataset.type;");
        b.findElement(By.cssSelector("#paths-panel .path-types summary")).click();
        b.findElement(By.cssSelector("#paths-panel input[name='path-type'][value='" + type + "']")).click();
        String withoutType = awaitPaths(b, all);
        assertFalse(withoutType.startsWith("|"), "the filter names the types: " + withoutType);
        assertEquals(0L, js(b, "return document.querySelectorAll('#paths-panel .path-relation[data-type=\"' + arguments[0] + '\"]').length;", type),
                "no relation of type " + type + " left");
        assertNotEquals(paths, listed(b), "leaving out " + type + " changes the paths");

        // a status left out likewise
        b.findElement(By.cssSelector("#paths-panel input[name='path-type'][value='" + type + "']")).click();
        awaitPaths(b, withoutType);
        assertEquals(paths, listed(b), "back to all types: the same paths again");
        String status = (String) js(b, "return document.querySelector('#paths-panel .path-item:first-child .hop .path-relation').dataset.status;");
        b.findElement(By.cssSelector("#paths-panel input[name='path-status'][value='" + status + "']")).click();
        awaitPaths(b, all);
        assertEquals(0L, js(b, "return document.querySelectorAll('#paths-panel .path-relation[data-status=\"' + arguments[0] + '\"]').length;", status),
                "no relation with status " + status);
        assertNotEquals(paths, listed(b), "leaving out " + status + " changes the paths");

        // the filters and the path drawn are in the link: opened again, the panel comes back with them
        long choices = (Long) js(b, "return document.querySelectorAll('#paths-panel .path-choose').length;");
        if (choices > 1) {
            b.findElements(By.cssSelector("#paths-panel .path-choose")).get(1).click();
            until(b, "return document.querySelectorAll('#paths-panel .path-choose')[1].getAttribute('aria-pressed') === 'true';");
        }
        String url = b.getCurrentUrl();
        assertTrue(url.contains("pathStatus=") && (choices < 2 || url.contains("pathShown=1")), url);
        List<String> filtered = listed(b);
        String filter = (String) js(b, "return document.getElementById('paths-panel').dataset.filter;");
        session.open(url);
        until(b, "const p = document.getElementById('paths-panel'); return p !== null && p.dataset.loading === 'false'"
                + " && p.dataset.filter === arguments[0];", filter);
        assertEquals(filtered, listed(b), "the same paths from the link");
        assertFalse(b.findElement(By.cssSelector("#paths-panel input[name='path-status'][value='" + status + "']")).isSelected());
        if (choices > 1) {
            assertEquals("1", js(b, "return document.getElementById('paths-panel').dataset.chosen;"), "the path drawn");
        }
        assertEquals(List.of(), Browser.axeViolations(b), "axe with the path panel open");

        // a name in a hop focuses its entity
        b.findElement(By.cssSelector("#paths-title .entity-link[data-entity='china']")).click();
        until(b, "const h = document.querySelector('#details h3'); return h && h.textContent === 'China' && " + ACTIVE + " === h;");
    }

    @Test
    void theMenuOpensWithShiftF10AndTheMenuKeyAndWorksByKeyboardAlone() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        b.findElement(By.tagName("body")).sendKeys("/");
        press(b, "Choe Son");
        until(b, "return document.querySelectorAll('#search-results li').length > 0;");
        press(b, Keys.ENTER);
        until(b, "return " + ACTIVE + ".matches('#details h3') && " + ACTIVE + ".textContent === 'Choe Son-hui';");

        // Shift+F10 in the panel: the selected entity's menu, the focus on its first item
        press(b, Keys.chord(Keys.SHIFT, Keys.F10));
        until(b, "return " + MENU + " !== null && " + ACTIVE + ".id === 'menu-details';");
        assertEquals("choe_son_hui", b.findElement(By.id("graph")).getDomAttribute("data-menu"));
        press(b, Keys.ARROW_DOWN);
        assertEquals("menu-expand", activeId(b));
        press(b, Keys.ARROW_UP);
        press(b, Keys.ARROW_UP);
        assertEquals("menu-copy-cypher", activeId(b), "Up from the first wraps to the last");
        press(b, Keys.HOME);
        assertEquals("menu-details", activeId(b));
        press(b, Keys.END);
        assertEquals("menu-copy-cypher", activeId(b));
        assertEquals("-1", js(b, "return String(document.getElementById('menu-details').tabIndex);"), "one item in the Tab order");
        press(b, Keys.ESCAPE);
        until(b, "return " + MENU + " === null && " + ACTIVE + ".matches('#details h3');");

        // Tab reaches the graph (Choe Son-hui still selected); the menu key opens the selected entity's menu there
        js(b, "document.getElementById('digest-open').focus();");
        for (int i = 0; i < 10 && !"graph".equals(activeId(b)); i++) {
            press(b, Keys.TAB);
        }
        assertEquals("graph", activeId(b), "Tab reaches the graph");
        contextMenuKey(b);
        until(b, "return " + MENU + " !== null && " + ACTIVE + ".id === 'menu-details';");
        assertEquals("choe_son_hui", b.findElement(By.id("graph")).getDomAttribute("data-menu"), "the menu key: the selected entity's menu");

        // a submenu: Right opens it (focus on its first item), Left closes it (focus back on its item)
        press(b, Keys.ARROW_DOWN);
        assertEquals("menu-expand", activeId(b));
        press(b, Keys.ARROW_RIGHT);
        until(b, "return " + ACTIVE + ".id === 'menu-expand-all' && document.getElementById('menu-expand').getAttribute('aria-expanded') === 'true';");
        Browser.screenshot(b, "context-menu.png");
        press(b, Keys.ARROW_LEFT);
        until(b, "return " + ACTIVE + ".id === 'menu-expand' && document.querySelectorAll('.context-menu').length === 1;");
        press(b, Keys.ESCAPE);
        until(b, "return " + MENU + " === null && " + ACTIVE + ".id === 'graph';");

        // Shift+F10 on the graph, down to "Paths to here from…", Enter: the start typed, the paths listed
        press(b, Keys.chord(Keys.SHIFT, Keys.F10));
        until(b, "return " + ACTIVE + ".id === 'menu-details';");
        for (int i = 0; i < 12 && !"menu-paths-to".equals(activeId(b)); i++) {
            press(b, Keys.ARROW_DOWN);
        }
        press(b, Keys.ENTER);
        until(b, "return " + ACTIVE + ".id === 'path-other';");
        press(b, "China");
        until(b, "return document.querySelectorAll('#path-other-results li').length > 0;");
        press(b, Keys.ENTER);
        awaitPaths(b, null);
        until(b, "return " + ACTIVE + ".id === 'paths-title';");
        assertTrue(((Number) js(b, "return document.querySelectorAll('#paths-panel .path-item').length;")).intValue() >= 2);
        String drawn = b.findElement(By.id("graph")).getDomAttribute("data-path");
        assertTrue(drawn.startsWith("china,") && drawn.endsWith(",choe_son_hui"), "from the start typed to the entity selected: " + drawn);

        // the arrow keys select the next entity that way; Enter on "Hide" takes it away
        js(b, "document.getElementById('graph').focus();");
        String before = (String) js(b, "return window.newsgraph.cy.$('node:selected').map(n => n.id()).join();");
        for (Keys k : List.of(Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.ARROW_DOWN, Keys.ARROW_UP)) {
            press(b, k);
            if (!before.equals(js(b, "return window.newsgraph.cy.$('node:selected').map(n => n.id()).join();"))) {
                break;
            }
        }
        until(b, "const s = window.newsgraph.cy.$('node:selected'); return s.length === 1 && s[0].id() !== arguments[0]"
                + " && document.getElementById('status').textContent.includes('selected');", before);
        String selected = (String) js(b, "return window.newsgraph.cy.$('node:selected')[0].id();");
        press(b, Keys.chord(Keys.SHIFT, Keys.F10));
        until(b, "return " + ACTIVE + ".id === 'menu-details';");
        assertEquals(selected, b.findElement(By.id("graph")).getDomAttribute("data-menu"));
        for (int i = 0; i < 12 && !"menu-hide".equals(activeId(b)); i++) {
            press(b, Keys.ARROW_DOWN);
        }
        press(b, Keys.ENTER);
        until(b, "return window.newsgraph.cy.getElementById(arguments[0]).empty() && " + MENU + " === null;", selected);
    }

    @Test
    void articlesSuggestionsCopyAndALongPressFromTheMenu() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        // the menu of the edge between Kim Jong-un and Vladimir Putin (a bundle of relations): their articles, each read
        // in the reader at the sentence
        js(b, "const cy = window.newsgraph.cy; const bundle = cy.getElementById('bundle:kim_jong_un|vladimir_putin');"
                + " (bundle.nonempty() ? bundle : cy.edges('[type = \"MET\"][source = \"kim_jong_un\"][target = \"vladimir_putin\"]')).emit('cxttap');");
        until(b, "return " + MENU + " !== null && " + ACTIVE + ".id === 'menu-details';");
        assertTrue(((String) js(b, "return " + MENU + ".getAttribute('aria-label');")).contains("Kim Jong-un"));
        b.findElement(By.id("menu-articles")).click();
        until(b, "return document.querySelectorAll('#details .article-list li').length > 0 && " + ACTIVE + ".matches('#details h3');");
        b.findElement(By.cssSelector("#details .article-list .read-context")).click();
        until(b, "return !document.getElementById('reader').hidden && document.querySelector('#reader .rd-sentence[aria-current=\"true\"]') !== null;");

        // a node's menu: show suggestions turns the layer on and selects those at the entity
        js(b, "window.newsgraph.cy.getElementById('north_korea').emit('cxttap');");
        until(b, "return " + ACTIVE + ".id === 'menu-details';");
        b.findElement(By.id("menu-suggestions")).click();
        until(b, "return document.getElementById('show-suggestions').checked && /open suggestions? at North Korea/.test(document.getElementById('status').textContent);");

        // copy the id: through the clipboard, or shown selected to copy by hand
        js(b, "window.newsgraph.cy.getElementById('north_korea').emit('cxttap');");
        until(b, "return " + ACTIVE + ".id === 'menu-details';");
        b.findElement(By.id("menu-copy-id")).click();
        until(b, "const d = document.getElementById('copy-dialog'); return /Copied the id: north_korea/.test(document.getElementById('status').textContent)"
                + " || (d && d.open && document.getElementById('copy-text').value === 'north_korea');");
        js(b, "const d = document.getElementById('copy-dialog'); if (d && d.open) d.close();");

        // expand by type from the submenu
        long nodes = ((Number) js(b, "return window.newsgraph.cy.nodes().length;")).longValue();
        js(b, "window.newsgraph.cy.getElementById('sergei_shoigu').emit('cxttap');");
        until(b, "return " + ACTIVE + ".id === 'menu-details';");
        b.findElement(By.id("menu-expand")).click();
        until(b, "return document.querySelectorAll('.context-submenu [role=menuitem]').length > 1;");
        b.findElement(By.id("menu-expand-all")).click();
        until(b, "return /new neighbours? of Sergei Shoigu/.test(document.getElementById('status').textContent);");
        assertTrue(((Number) js(b, "return window.newsgraph.cy.nodes().length;")).longValue() >= nodes);

        // a long press opens the menu too; "Show details" shows the entity, the keyboard going along
        js(b, "window.newsgraph.cy.getElementById('russia').emit('taphold');");
        until(b, "return " + MENU + " !== null && " + ACTIVE + ".id === 'menu-details';");
        b.findElement(By.id("menu-details")).click();
        until(b, "const h = document.querySelector('#details h3'); return h && h.textContent === 'Russia' && " + ACTIVE + " === h;");

        // names in the evidence are links: the one marked in a sentence focuses its entity
        js(b, "window.newsgraph.cy.edges('[type = \"MET\"][source = \"kim_jong_un\"][target = \"vladimir_putin\"][!suggestion]').emit('tap');");
        until(b, "return document.querySelector('#details .evidence mark .entity-link') !== null;");
        String named = (String) js(b, "return document.querySelector('#details .evidence mark .entity-link').dataset.entity;");
        String name = (String) js(b, "return window.newsgraph.cy.getElementById(arguments[0]).data('name');", named);
        b.findElement(By.cssSelector("#details .evidence mark .entity-link")).click();
        until(b, "const h = document.querySelector('#details h3'); return h && h.textContent === arguments[0];", name);
        assertEquals(List.of(), Browser.axeViolations(b));
    }
}
