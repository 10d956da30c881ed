package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Session;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The source filters in headless Chromium on the seed app: choosing an outlet, an article, an author or "at least N
 * independent sources" leaves drawn only the relations backed that way (checked against the claims read with Cypher
 * and the independent sources the loader keeps), the deep link holds the choice and a reload gives the same view,
 * and axe-core finds no serious or critical violation. Reads only.
 */
class SourceFilterBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static final String OUTLET = "Tages-Anzeiger (Tamedia, guessed)";
    static final String AUTHOR = "Thomas Hahn (Seoul)";
    static final String ARTICLE = "001_bd381afa37355e67.txt";
    static final String KEY = "e => e.data('source') + '|' + e.data('type') + '|' + e.data('target')";

    /** Until the source filter has its answers and the drawing follows them. */
    static void answered(ChromeDriver b) {
        Browser.until(b, "return document.getElementById('source-filter').dataset.state === 'done';");
    }

    @SuppressWarnings("unchecked")
    static Set<String> keys(ChromeDriver b, String filter) {
        return new TreeSet<>((List<String>) b.executeScript(Browser.DRAWN + "return window.newsgraph.cy.edges('[!bundle][!suggestion]')"
                + ".filter(" + filter + ").map(" + KEY + ");"));
    }

    /** Every relation in the view, drawn or not. */
    static Set<String> all(ChromeDriver b) {
        return keys(b, "e => true");
    }

    /** The relations the filters leave: neither hidden by a filter nor outside the time range (drawn, or inside a drawn bundle). */
    static Set<String> shown(ChromeDriver b) {
        return keys(b, "e => !e.hasClass('filtered') && !e.hasClass('out-of-time')");
    }

    /** The relations among {@code among} with a decided claim read in an article that matches {@code where} (Cypher on a). */
    static Set<String> backedBy(Set<String> among, String where, Object value) {
        try (Session s = app.db().driver().session(app.db().sessionConfig())) {
            Map<String, Object> p = new HashMap<>(Map.of("v", value, "keys", List.copyOf(among)));
            return new TreeSet<>(s.run("""
                    MATCH (c:Claim)-[:STATED_IN]->(:Sentence)-[:IN]->(a:Article)
                    WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected') AND\s""" + where + """

                    WITH DISTINCT c.subject + '|' + c.type + '|' + c.object AS key WHERE key IN $keys
                    RETURN key""", p).list(r -> r.get("key").asString()));
        }
    }

    /** The relations of the view whose independent sources (as the loader keeps them) are at least n. */
    static Set<String> withSources(ChromeDriver b, int n) {
        return keys(b, "e => (e.data('independentSources') || 0) >= " + n);
    }

    /** Every entity still drawn has a relation left (entities no source backs go with their relations). */
    static void noLoneEntities(ChromeDriver b) {
        assertEquals(Boolean.TRUE, b.executeScript("return window.newsgraph.cy.nodes().filter(n => !n.hasClass('filtered'))"
                + ".every(n => n.connectedEdges('[!bundle][!suggestion]').some(e => !e.hasClass('filtered')));"));
    }

    /** Chooses a source (or, with "", any: then no source filter is left on). */
    static void choose(ChromeDriver b, String id, String value) {
        new Select(b.findElement(By.id(id))).selectByValue(value);
        if (value.isEmpty()) {
            Browser.until(b, "return document.getElementById('source-filter').dataset.state === 'off';");
        } else {
            answered(b);
        }
    }

    @Test
    void anOutletAnArticleAnAuthorOrNSourcesLeaveOnlyTheRelationsBackedSoAndTheLinkKeepsIt() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Browser.until(b, "return document.querySelectorAll('#source-outlet option').length > 2;");
        Set<String> all = all(b);
        assertEquals(all, shown(b), "no filter: every relation");
        assertTrue(all.size() > 20, all.toString());

        choose(b, "source-outlet", OUTLET);
        Set<String> byOutlet = backedBy(all, "a.outlet = $v", OUTLET);
        assertFalse(byOutlet.isEmpty());
        assertTrue(byOutlet.size() < all.size(), "an outlet backs only some relations");
        assertEquals(byOutlet, shown(b), "only the relations the outlet backs");
        noLoneEntities(b);
        assertTrue(b.findElement(By.id("source-status")).getText().startsWith(byOutlet.size() + " of " + all.size()),
                b.findElement(By.id("source-status")).getText());
        String link = b.getCurrentUrl();
        assertTrue(link.contains("outlet=Tages-Anzeiger"), link);
        Browser.screenshot(b, "source-filter.png");
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core with the source filter on");

        // a reload of the link gives the same view
        b = session.open(link);
        answered(b);
        assertEquals(OUTLET, new Select(b.findElement(By.id("source-outlet"))).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals(byOutlet, shown(b), "the link's view again");

        // back to every source, by keyboard
        b.findElement(By.id("source-clear")).sendKeys(Keys.ENTER);
        Browser.until(b, "return document.getElementById('source-filter').dataset.state === 'off'"
                + " && window.newsgraph.cy.edges('[!bundle][!suggestion]').every(e => !e.hasClass('filtered'));");
        assertFalse(b.getCurrentUrl().contains("outlet="), b.getCurrentUrl());

        choose(b, "source-article", ARTICLE);
        Set<String> byArticle = backedBy(all, "a.id = $v", ARTICLE);
        assertFalse(byArticle.isEmpty());
        assertEquals(byArticle, shown(b), "only the relations the article backs");
        assertTrue(b.getCurrentUrl().contains("inArticle=" + ARTICLE), b.getCurrentUrl());
        choose(b, "source-article", "");

        choose(b, "source-author", AUTHOR);
        Set<String> byAuthor = backedBy(all, "a.author = $v", AUTHOR);
        assertFalse(byAuthor.isEmpty());
        assertEquals(byAuthor, shown(b), "only the relations the author's articles back");
        assertTrue(b.getCurrentUrl().contains("author=Thomas+Hahn"), b.getCurrentUrl());
        choose(b, "source-author", "");

        // at least 2 independent sources: typed, and taken when the field is left (Tab)
        var min = b.findElement(By.id("source-min"));
        min.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
        answered(b);
        Set<String> two = withSources(b, 2);
        assertFalse(two.isEmpty(), "the seeds have relations with two independent sources");
        assertEquals(two, shown(b), "only relations with at least two independent sources");
        noLoneEntities(b);
        String twoLink = b.getCurrentUrl();
        assertTrue(twoLink.contains("minSources=2"), twoLink);
        b = session.open(twoLink);
        answered(b);
        assertEquals("2", b.findElement(By.id("source-min")).getDomProperty("value"));
        assertEquals(two, shown(b), "the link's view again");
    }

    @Test
    void filtersCombineInALinkWithTheOtherFilters() {
        String link = app.url("/#hide=Country&outlet=" + java.net.URLEncoder.encode(OUTLET, java.nio.charset.StandardCharsets.UTF_8)
                + "&author=" + java.net.URLEncoder.encode(AUTHOR, java.nio.charset.StandardCharsets.UTF_8));
        ChromeDriver b = session.open(link);
        answered(b);
        assertEquals(Set.of(), shown(b), "the author never wrote for that outlet: nothing is backed by both");
        new Select(b.findElement(By.id("source-author"))).selectByValue("");
        answered(b);
        Set<String> shown = shown(b);
        assertFalse(shown.isEmpty());
        Set<String> all = all(b);
        assertTrue(backedBy(all, "a.outlet = $v", OUTLET).containsAll(shown), "backed by the outlet");
        assertEquals(Boolean.TRUE, b.executeScript(Browser.DRAWN
                + "return window.newsgraph.cy.nodes('[type = \"Country\"]').every(n => !drawn(n))"
                + " && window.newsgraph.cy.nodes().some(n => drawn(n));"), "and no country");
        assertFalse(b.getCurrentUrl().contains("author="), b.getCurrentUrl());
        assertTrue(b.getCurrentUrl().contains("hide=Country") && b.getCurrentUrl().contains("outlet="), b.getCurrentUrl());
    }
}
