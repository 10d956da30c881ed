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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Structure at a glance in headless Chromium, on the seed graph: node size by PageRank and by betweenness follows the
 * measures (the larger the measure, the larger the node; the whole graph's largest the largest size), the community
 * switch colours each node by its community and lists the communities in view, both kept in the link; "Kim Jong" and
 * Enter, typed faster than the answer comes, focuses Kim Jong-un; the suggestions show type, role and relations;
 * axe-core finds no serious or critical violation.
 */
class StructureBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    /** The same as web/style.js COMMUNITY_COLOURS, as Cytoscape reports them. */
    static final List<String> COLOURS = List.of("rgb(31,119,180)", "rgb(255,127,14)", "rgb(44,160,44)", "rgb(214,39,40)",
            "rgb(148,103,189)", "rgb(140,86,75)", "rgb(227,119,194)", "rgb(23,190,207)", "rgb(188,189,34)", "rgb(57,59,121)");

    /** The page with the measures applied (the server has computed them and the drawn nodes hold them). */
    static ChromeDriver open(String hash) throws Exception {
        StructureApiTest.current(app, null);
        ChromeDriver b = session.open(app.url("/" + hash));
        until(b, "return document.getElementById('graph').dataset.structureAt !== undefined"
                + " && document.getElementById('graph').dataset.structureAt !== '';");
        return b;
    }

    /**
     * Checks that every drawn entity's width follows {@code measure}: MIN + (MAX - MIN) * sqrt(value / largest of the whole
     * graph), so a larger value is never a smaller node; returns how many nodes have a size of their own.
     */
    @SuppressWarnings("unchecked")
    static long sizedBy(ChromeDriver b, String measure, double largest) {
        until(b, "return document.getElementById('graph').dataset.sizeBy === '" + measure + "';");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) js(b, "return window.newsgraph.cy.nodes().filter(n => drawn(n)"
                + " && typeof n.data('" + measure + "') === 'number').map(n => ({id: n.id(), v: n.data('" + measure + "'),"
                + " w: n.width(), h: n.height()}));");
        assertTrue(nodes.size() > 10, "measured nodes drawn: " + nodes.size());
        for (Map<String, Object> n : nodes) {
            double v = ((Number) n.get("v")).doubleValue();
            double w = ((Number) n.get("w")).doubleValue();
            assertEquals(16 + 48 * Math.sqrt(v / largest), w, 0.01, n.toString());
            assertEquals(w, ((Number) n.get("h")).doubleValue(), 0.01);
            for (Map<String, Object> o : nodes) {
                if (((Number) o.get("v")).doubleValue() < v) {
                    assertTrue(((Number) o.get("w")).doubleValue() < w, o + " is smaller than " + n);
                }
            }
        }
        return nodes.stream().map(n -> n.get("w")).distinct().count();
    }


    @Test
    void nodeSizesFollowPageRankAndBetweennessAndCommunitiesHaveColoursAndALegend() throws Exception {
        ChromeDriver b = open("");
        var status = StructureApiTest.get(app, "/api/structure");
        Object degreeWidths = js(b, "return window.newsgraph.cy.nodes().map(n => n.width());");
        Select size = new Select(b.findElement(By.id("node-size")));
        size.selectByValue("pagerank");
        assertTrue(sizedBy(b, "pagerank", status.get("maxPagerank").asDouble()) > 5, "PageRank tells nodes apart");
        assertTrue(!degreeWidths.equals(js(b, "return window.newsgraph.cy.nodes().map(n => n.width());")), "sizes changed");
        String top = status.get("communities").get(0).get("leaders").get(0).get("id").asText();
        size.selectByValue("betweenness");
        assertTrue(sizedBy(b, "betweenness", status.get("maxBetweenness").asDouble()) > 3, "betweenness tells nodes apart");
        assertEquals(Boolean.TRUE, js(b, "return window.newsgraph.cy.nodes().filter(n => n.data('betweenness') === 0)"
                + ".every(n => n.width() === 16);"), "nothing between others: the smallest size");

        b.findElement(By.id("community-colour")).click();
        until(b, "return document.getElementById('graph').dataset.communities === 'on' && !document.getElementById('community-legend').hidden;");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> coloured = (List<Map<String, Object>>) js(b, "return window.newsgraph.cy.nodes('[community >= 0]')"
                + ".filter(n => drawn(n)).map(n => ({id: n.id(), c: n.data('community'), colour: n.style('background-color')}));");
        long communities = coloured.stream().map(n -> n.get("c")).distinct().count();
        assertTrue(communities >= 2, "communities in view: " + communities);
        for (Map<String, Object> n : coloured) {
            int c = ((Number) n.get("c")).intValue();
            assertEquals(c < COLOURS.size() ? COLOURS.get(c) : "rgb(197,202,211)", n.get("colour"), n.toString());
        }
        @SuppressWarnings("unchecked")
        List<String> legend = (List<String>) js(b, "return [...document.querySelectorAll('#community-legend li')].map(li => li.textContent);");
        long colouredCommunities = coloured.stream().map(n -> ((Number) n.get("c")).intValue()).filter(c -> c < COLOURS.size())
                .distinct().count();
        boolean others = coloured.stream().anyMatch(n -> ((Number) n.get("c")).intValue() >= COLOURS.size());
        assertEquals(colouredCommunities + (others ? 1 : 0), legend.size(), legend.toString());
        String leader = (String) js(b, "return window.newsgraph.cy.getElementById('" + top + "').data('name');");
        assertTrue(legend.get(0).startsWith(leader) && legend.get(0).contains("in view"), legend + " names the largest community by "
                + leader);
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core with the legend shown");
        Browser.screenshot(b, "structure-communities.png");

        String link = b.getCurrentUrl();
        assertTrue(link.contains("size=betweenness") && link.contains("colour=community"), link);
        b = session.open(link.replace("/#", "/?again#"));
        until(b, "return document.getElementById('graph').dataset.sizeBy === 'betweenness'"
                + " && document.getElementById('graph').dataset.communities === 'on';");
        assertEquals("betweenness", new Select(b.findElement(By.id("node-size"))).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(List.of(), Browser.consoleProblems(b));
    }

    @Test
    void kimJongAndEnterFocusesKimJongUnAndTheSuggestionsSayWhoIsWho() throws Exception {
        ChromeDriver b = open("");
        b.findElement(By.tagName("body")).sendKeys("/");
        b.switchTo().activeElement().sendKeys("Kim Jong");
        until(b, "return document.querySelectorAll('#search-results li').length > 1;");
        @SuppressWarnings("unchecked")
        List<String> hits = (List<String>) js(b, "return [...document.querySelectorAll('#search-results li')].map(li => li.innerText);");
        assertTrue(hits.get(0).startsWith("Kim Jong-un") && hits.get(0).contains("Person") && hits.get(0).matches("(?s).*\\d+ relations.*"),
                hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.startsWith("Kim Jong-il") && h.contains("1 relation") && h.contains("Former leader")),
                "type, role and relations tell the namesakes apart: " + hits);
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core with the suggestions open");
        Browser.screenshot(b, "structure-search.png");

        // typed and entered at once, faster than the answer comes
        b = open("");
        b.findElement(By.tagName("body")).sendKeys("/");
        b.switchTo().activeElement().sendKeys("Kim Jong" + Keys.ENTER);
        until(b, "const h = document.querySelector('#details h3'); return h !== null && h.textContent.includes('Kim Jong');");
        assertEquals("Kim Jong-un", b.findElement(By.cssSelector("#details h3")).getText());
        assertTrue(b.getCurrentUrl().contains("focus=kim_jong_un"), b.getCurrentUrl());
    }
}
