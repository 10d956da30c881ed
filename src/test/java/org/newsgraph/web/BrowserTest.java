package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.app.Application;
import org.newsgraph.db.DbSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in headless Chromium: graph, search, evidence, inert markup; a screenshot is kept under target/. */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    @TempDir
    static Path dir;
    static Application app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        // a hostile article: markup in a sentence must render as text, never as HTML
        Files.writeString(importDir.resolve("articles/zz_hostile.txt"),
                "Titel\nXi Jinping traf <img src=x onerror=\"document.title='pwned'\"> Wladimir Putin in Peking.\n");
        app = Application.start(DbSettings.embedded(dir.resolve("db")), importDir, TestPaths.web(), "127.0.0.1", 0, s -> { });
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private long openPage() {
        long t0 = System.nanoTime();
        browser.get("http://127.0.0.1:" + app.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void waitForDetails(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("details")).getText().contains(text));
    }

    @Test
    @org.junit.jupiter.api.Order(1) // first, so the figure it prints is the first load after the server started
    @SuppressWarnings("unchecked")
    void pageDrawsTheSeedGraph() throws Exception {
        long ms = openPage();
        List<String> names = (List<String>) browser.executeScript(
                "return window.newsgraph.cy.nodes().map(n => n.data('name'));");
        for (String expected : List.of("Vladimir Putin", "Kim Jong-un", "Sergei Lavrov", "Choe Son-hui", "Sergei Shoigu", "China")) {
            assertTrue(names.contains(expected), expected + " missing from " + names);
        }
        Boolean visible = (Boolean) browser.executeScript(
                "const cy = window.newsgraph.cy; const bb = cy.elements().renderedBoundingBox();"
                        + "return bb.w > 100 && bb.h > 100 && bb.x1 >= -5 && bb.y1 >= -5 && bb.x2 <= cy.width() + 5;");
        assertTrue(visible, "graph fits the screen");
        // the status line is written once the link's view is restored, a few requests after the graph is drawn
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("status")).getText().contains("entities"));
        assertTrue(browser.findElements(By.cssSelector("#filter-types label")).size() == 7, "legend lists the 7 types");
        Path shot = Browser.screenshot(browser, "main-view.png");
        System.out.println("first graph shown " + ms + " ms after navigation (page clock: "
                + browser.findElement(By.id("graph")).getDomAttribute("data-ready-ms") + " ms); screenshot " + shot);
    }

    @Test
    void searchByGermanSpellingFocusesTheEntity() {
        openPage();
        browser.findElement(By.tagName("body")).sendKeys("/");
        var input = browser.switchTo().activeElement();
        input.sendKeys("Lawrow");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#search-results li")).getText().contains("Sergei Lavrov"));
        input.sendKeys(Keys.ENTER);
        waitForDetails("Russian foreign minister");
        Object selected = browser.executeScript("return window.newsgraph.cy.$(':selected').map(n => n.id());");
        assertTrue(String.valueOf(selected).contains("sergei_lavrov"), String.valueOf(selected));
    }

    @Test
    void clickingAnEdgeShowsItsEvidenceWithTheEntitiesMarked() {
        openPage();
        browser.executeScript("window.newsgraph.cy.edges('[type = \"MET\"][source = \"kim_jong_un\"][target = \"vladimir_putin\"]').emit('tap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                !d.findElements(By.cssSelector("#details .evidence li")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#details .evidence li mark")).size() >= 2,
                "both entities are highlighted");
        assertTrue(browser.findElement(By.id("details")).getText().contains("Evidence"));
        screenshot("evidence.png");
    }

    private void screenshot(String name) {
        try {
            Browser.screenshot(browser, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void largeExpansionAsksFirstAndCanBeLimitedToTypes() {
        openPage();
        browser.executeScript("window.newsgraph.settings.expandAskAt = 2; const cy = window.newsgraph.cy;"
                + "cy.elements().remove();"
                + "cy.add({data: {id: 'vladimir_putin', name: 'Vladimir Putin', label: 'Vladimir Putin', type: 'Person'}});"
                + "cy.getElementById('vladimir_putin').emit('dbltap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("expand-dialog")).isDisplayed());
        assertTrue(browser.findElement(By.id("expand-dialog")).getText().contains("neighbours not shown"));
        for (var box : browser.findElements(By.cssSelector("#expand-dialog input[name='expand-type']"))) {
            if (!"Country".equals(box.getDomAttribute("value"))) {
                box.click();
            }
        }
        var limit = browser.findElement(By.id("expand-limit"));
        limit.clear();
        limit.sendKeys("3");
        browser.findElement(By.id("expand-go")).click();
        waitForScript("return window.newsgraph.cy.nodes().length > 1;");
        assertEquals(List.of("Country"), browser.executeScript(
                "return [...new Set(window.newsgraph.cy.nodes().filter(n => n.id() !== 'vladimir_putin').map(n => n.data('type')))];"));
        assertTrue(((Number) browser.executeScript("return window.newsgraph.cy.nodes().length;")).intValue() <= 4, "limit kept");
        // cancelling adds nothing
        browser.executeScript("window.newsgraph.cy.getElementById('vladimir_putin').emit('dbltap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElement(By.id("expand-dialog")).isDisplayed());
        long before = ((Number) browser.executeScript("return window.newsgraph.cy.nodes().length;")).longValue();
        browser.findElement(By.id("expand-cancel")).click();
        assertEquals(before, ((Number) browser.executeScript("return window.newsgraph.cy.nodes().length;")).longValue());
    }

    @Test
    void relationTypeFilterHidesThatType() {
        openPage();
        waitForScript("return document.querySelectorAll('#filter-relations input').length > 3;");
        browser.findElement(By.cssSelector("#filters details summary")).click();
        browser.findElement(By.cssSelector("#filter-relations input[value='MET']")).click();
        waitForScript("return window.newsgraph.cy.edges('[type = \"MET\"]').every(e => e.hasClass('filtered') && !drawn(e))"
                + " && window.newsgraph.cy.edges('[type != \"MET\"]').filter(e => drawn(e)).length > 0;");
        assertTrue(browser.getCurrentUrl().contains("MET"), "the hidden type is in the link: " + browser.getCurrentUrl());
    }

    @Test
    void largeViewsSwitchToTheWebglRenderer() {
        browser.get("http://127.0.0.1:" + app.port() + "/?webglAt=5");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
        boolean webgl = Boolean.TRUE.equals(browser.executeScript(
                "return Boolean(document.createElement('canvas').getContext('webgl2'));"));
        assertEquals(webgl ? "webgl" : "canvas", browser.findElement(By.id("graph")).getDomAttribute("data-renderer"));
        System.out.println("renderer for a view over the threshold: " + (webgl ? "webgl" : "canvas (no WebGL2 here)"));
        // clicking still works on the new instance
        browser.executeScript("window.newsgraph.cy.getElementById('vladimir_putin').emit('tap');");
        waitForDetails("Vladimir Putin");
        browser.get("http://127.0.0.1:" + app.port() + "/");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
        assertEquals("canvas", browser.findElement(By.id("graph")).getDomAttribute("data-renderer"));
    }

    @Test
    void doubleClickExpandsNeighbours() {
        openPage();
        browser.executeScript("window.newsgraph.cy.elements().remove();"
                + "window.newsgraph.cy.add({data: {id: 'sergei_shoigu', name: 'Sergei Shoigu', label: 'Sergei Shoigu', type: 'Person'}});"
                + "window.newsgraph.cy.getElementById('sergei_shoigu').emit('dbltap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                ((Number) ((ChromeDriver) d).executeScript("return window.newsgraph.cy.nodes().length;")).intValue() > 1);
    }

    @Test
    void filtersHideTypesAndStatusesAndLayoutsSwitch() {
        openPage();
        browser.findElement(By.cssSelector("#filter-types input[value='Country']")).click();
        waitForScript("return window.newsgraph.cy.nodes('[type = \"Country\"]').filter(e => drawn(e)).length === 0;");
        assertTrue(((Number) browser.executeScript(Browser.DRAWN
                + "return window.newsgraph.cy.nodes('[type = \"Person\"]').filter(e => drawn(e)).length;")).intValue() > 3,
                "people still shown");
        browser.findElement(By.cssSelector("#filter-types input[value='Country']")).click();
        waitForScript("return window.newsgraph.cy.nodes('[type = \"Country\"]').filter(e => drawn(e)).length > 0;");
        browser.findElement(By.cssSelector("#filter-status input[value='reported']")).click();
        waitForScript("return !document.querySelector(\"#filter-status input[value='reported']\").checked"
                + " && window.newsgraph.cy.edges('[status = \"reported\"]').filter(e => drawn(e)).length === 0;");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("layout"))).selectByValue("grid");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                "grid".equals(d.findElement(By.id("graph")).getDomAttribute("data-layout")));
    }

    private void waitForScript(String script) {
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(Browser.DRAWN + script)));
    }

    @Test
    void shortestPathBetweenTwoChosenEntitiesIsHighlighted() {
        openPage();
        browser.executeScript("window.newsgraph.cy.getElementById('choe_son_hui').emit('tap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("path-start")).isEmpty());
        browser.findElement(By.id("path-start")).click();
        browser.executeScript("window.newsgraph.cy.getElementById('china').emit('tap');");
        waitForDetails("People's Republic of China");
        browser.findElement(By.id("path-to")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
            String path = d.findElement(By.id("graph")).getDomAttribute("data-path");
            return path != null && path.startsWith("choe_son_hui,") && path.endsWith(",china");
        });
        assertTrue(((Number) browser.executeScript("return window.newsgraph.cy.edges('.path').length;")).intValue() >= 1);
        assertTrue(browser.getCurrentUrl().contains("path=choe_son_hui%2Cchina"), browser.getCurrentUrl());
    }

    @Test
    void deepLinkReopensTheSameView() {
        browser.get("about:blank"); // a fresh load, not a hash change on the open page
        browser.get("http://127.0.0.1:" + app.port() + "/#focus=sergei_lavrov&hide=Country&layout=grid");
        waitForDetails("Russian foreign minister");
        waitForScript("return window.newsgraph.cy.nodes('[type = \"Country\"]').filter(e => drawn(e)).length === 0;");
        assertTrue("grid".equals(browser.findElement(By.id("graph")).getDomAttribute("data-layout")));
        assertTrue(String.valueOf(browser.executeScript("return window.newsgraph.cy.$(':selected').map(n => n.id());"))
                .contains("sergei_lavrov"));
        assertTrue(browser.getCurrentUrl().contains("focus=sergei_lavrov"), browser.getCurrentUrl());
    }

    @Test
    void timelineHidesRelationsOutsideTheRangeAndArticlePickerMarksOneArticle() {
        openPage();
        long datedVisible = ((Number) browser.executeScript(Browser.DRAWN + "return window.newsgraph.cy.edges('[firstDate]').filter(e => drawn(e)).length;")).longValue();
        browser.executeScript("const t = document.getElementById('time-from'); t.value = t.max;"
                + "t.dispatchEvent(new Event('input', {bubbles: true}));");
        // the class is set at once; Cytoscape's visibility cache follows on its next style pass
        waitForScript("return window.newsgraph.cy.edges('[firstDate]').filter(e => drawn(e)).length < " + datedVisible + ";");
        assertTrue(browser.getCurrentUrl().contains("time="), browser.getCurrentUrl());
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                d.findElements(By.cssSelector("#article option")).size() >= 6);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("article")))
                .selectByValue("001_bd381afa37355e67.txt");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
            String marked = d.findElement(By.id("article")).getDomAttribute("data-marked");
            return marked != null && Integer.parseInt(marked) > 0;
        });
    }

    @Test
    void hideFocusPinAndUndo() {
        openPage();
        long all = nodes();
        browser.executeScript("window.newsgraph.cy.getElementById('sergei_lavrov').emit('tap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("node-hide")).isEmpty());
        browser.findElement(By.id("node-hide")).click();
        assertTrue(nodes() == all - 1, "hidden");
        browser.findElement(By.id("undo")).click();
        assertTrue(nodes() == all, "undo brings it back");
        browser.executeScript("window.newsgraph.cy.getElementById('sergei_lavrov').emit('tap');");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("node-focus")).isEmpty());
        browser.findElement(By.id("node-focus")).click();
        long neighbourhood = ((Number) browser.executeScript(
                "return window.newsgraph.cy.getElementById('sergei_lavrov').closedNeighborhood().nodes().length;")).longValue();
        assertTrue(nodes() == neighbourhood && neighbourhood < all, "focus keeps the neighbourhood only");
        browser.findElement(By.id("undo")).click();
        assertTrue(nodes() == all, "undo restores the view");
        browser.findElement(By.id("node-pin")).click();
        assertTrue(Boolean.TRUE.equals(browser.executeScript("return window.newsgraph.cy.getElementById('sergei_lavrov').locked();")));
    }

    private long nodes() {
        return ((Number) browser.executeScript("return window.newsgraph.cy.nodes().length;")).longValue();
    }

    @Test
    void markupInArticlesRendersAsText() {
        openPage();
        browser.executeScript("const cy = window.newsgraph.cy;"
                + "fetch('/api/entities/xi_jinping/neighbours').then(r => r.json()).then(els => {"
                + "  cy.add([...els.nodes, ...els.edges].filter(x => cy.getElementById(x.data.id).empty()));"
                + "  cy.edges('[type = \"MET\"][source = \"vladimir_putin\"][target = \"xi_jinping\"]').emit('tap');"
                + "});");
        waitForDetails("<img src=x");
        assertTrue(browser.findElements(By.cssSelector("#details img")).isEmpty(), "no element was created from markup");
        assertFalse(browser.getTitle().contains("pwned"), "no script ran");
    }

    private void runInConsole(String query, String params) {
        var text = browser.findElement(By.id("query-text"));
        text.clear();
        text.sendKeys(query);
        var p = browser.findElement(By.id("query-params"));
        p.clear();
        p.sendKeys(params);
        browser.executeScript("document.getElementById('console').dataset.state = '';");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> {
            String state = d.findElement(By.id("console")).getDomAttribute("data-state");
            return "done".equals(state) || "error".equals(state);
        });
    }

    @Test
    void cypherConsoleDrawsResultsRefusesWritesAndKeepsHistory() {
        openPage();
        browser.findElement(By.id("console-toggle")).click();
        runInConsole("MATCH (a:Entity {id: $id})-[r]-(b:Entity)\nRETURN a, r, b", "{\"id\": \"sergei_shoigu\"}");
        assertEquals("done", browser.findElement(By.id("console")).getDomAttribute("data-state"));
        int rows = browser.findElements(By.cssSelector("#query-table tbody tr")).size();
        assertTrue(rows >= 2, "rows: " + rows);
        assertTrue(browser.findElement(By.id("query-meta")).getText().contains(rows + " rows"));
        assertTrue(browser.findElement(By.cssSelector("#query-table tbody td")).getText().contains("Sergei Shoigu"));
        assertEquals(Boolean.TRUE, browser.executeScript("const cy = window.newsgraph.cy;"
                + "return cy.getElementById('sergei_shoigu').nonempty() && cy.edges().length === " + rows + ";"));
        // a write is refused with the server's message, nothing drawn changes
        runInConsole("MATCH (n) DETACH DELETE n", "");
        assertTrue(browser.findElement(By.id("query-error")).getText().contains("refused"));
        // a syntax error shows Neo4j's message and position
        runInConsole("MATCH (n RETURN n", "");
        assertTrue(browser.findElement(By.id("query-error")).getText().contains("line 1, column"),
                browser.findElement(By.id("query-error")).getText());
        // bad JSON parameters never reach the server
        runInConsole("RETURN $x", "{x: 1");
        assertTrue(browser.findElement(By.id("query-error")).getText().contains("not valid JSON"));
        // history keeps the successful query; an example fills the editor and runs
        assertTrue(browser.findElements(By.cssSelector("#query-history option")).size() >= 2);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("query-examples"))).selectByValue("03-path-kim-to-china");
        assertTrue(browser.findElement(By.id("query-text")).getDomProperty("value").contains("shortestPath"));
        browser.findElement(By.id("query-run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> "done".equals(d.findElement(By.id("console")).getDomAttribute("data-state")));
        assertEquals(Boolean.TRUE, browser.executeScript("const cy = window.newsgraph.cy;"
                + "return cy.getElementById('kim_jong_un').nonempty() && cy.getElementById('china').nonempty();"));
        screenshot("console.png");
    }

    @Test
    void queryDeepLinkOpensTheConsoleAndRunsIt() {
        String q = java.net.URLEncoder.encode("MATCH (e:Entity {id: $id}) RETURN e.name AS name", java.nio.charset.StandardCharsets.UTF_8);
        String p = java.net.URLEncoder.encode("{\"id\": \"choe_son_hui\"}", java.nio.charset.StandardCharsets.UTF_8);
        browser.get("http://127.0.0.1:" + app.port() + "/?query=" + q + "&params=" + p);
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> "done".equals(d.findElement(By.id("console")).getDomAttribute("data-state")));
        assertTrue(browser.findElement(By.id("console")).isDisplayed());
        assertEquals("Choe Son-hui", browser.findElement(By.cssSelector("#query-table tbody td")).getText());
    }

    private java.util.Map<?, ?> exportAs(String format) {
        browser.executeScript("window.newsgraph.lastExport = null;");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("export-format"))).selectByValue(format);
        browser.findElement(By.id("export-go")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> ((ChromeDriver) d).executeScript("return window.newsgraph.lastExport;") != null);
        return (java.util.Map<?, ?>) browser.executeScript("return window.newsgraph.lastExport;");
    }

    @Test
    void exportMenuDownloadsPngSvgAndServerFormats() throws Exception {
        openPage();
        var png = exportAs("png");
        assertTrue(String.valueOf(png.get("name")).endsWith(".png"));
        assertTrue(((Number) png.get("size")).longValue() > 5000, "a real image: " + png.get("size") + " bytes");
        assertEquals("image/png", png.get("type"));
        var svg = exportAs("svg");
        assertTrue(((Number) svg.get("size")).longValue() > 1000);
        var dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        org.w3c.dom.Document doc = dbf.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader((String) svg.get("text"))));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        long shown = ((Number) browser.executeScript(Browser.DRAWN + "return window.newsgraph.cy.nodes().filter(e => drawn(e)).length;")).longValue();
        org.w3c.dom.Element graph = doc.getElementById("graph") != null ? doc.getElementById("graph")
                : (org.w3c.dom.Element) javax.xml.xpath.XPathFactory.newInstance().newXPath()
                        .evaluate("//*[local-name()='g'][@id='graph']", doc, javax.xml.xpath.XPathConstants.NODE);
        int shapes = graph.getElementsByTagNameNS("*", "ellipse").getLength() + graph.getElementsByTagNameNS("*", "rect").getLength()
                + graph.getElementsByTagNameNS("*", "polygon").getLength();
        assertEquals(shown, shapes, "one shape per visible node (the legend's swatches apart)");
        assertTrue(((String) svg.get("text")).contains(">Vladimir Putin<"), "labels are text");
        var graphml = exportAs("graphml");
        assertTrue(String.valueOf(graphml.get("name")).matches("newsgraph-view\\.graphml"), String.valueOf(graphml.get("name")));
        assertTrue(((Number) graphml.get("size")).longValue() > 1000);
        // one selected node (what reading its details leaves) does not shrink the export to that node
        browser.executeScript("window.newsgraph.cy.getElementById('sergei_lavrov').select();");
        var one = exportAs("cyjs");
        assertTrue(((Number) one.get("size")).longValue() > 0);
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("Exported newsgraph-view.cyjs"));
        // a selection of several entities is exported alone, and its file and the button say so
        browser.executeScript("window.newsgraph.cy.getElementById('kim_jong_un').select();");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                "Download the selection (2 entities)".equals(d.findElement(By.id("export-go")).getText()));
        var two = exportAs("cyjs");
        assertEquals("newsgraph-selection.cyjs", two.get("name"));
    }
}
