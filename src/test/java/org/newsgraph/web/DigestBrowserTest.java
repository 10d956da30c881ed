package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.web.CurationBrowserTest.js;
import static org.newsgraph.web.CurationBrowserTest.until;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The digest that briefs, in headless Chromium on the seed app (read only): "since" is the analyst's last visit, kept
 * in the browser, else the last import; the recogniser's one-off finds are left out; every name focuses its entity;
 * the HTML briefing links each item to its deep link and its article, and those links open the entity, the
 * relation's story and the article in the reader. axe-core finds no serious or critical violation.
 */
class DigestBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static final String DIALOG = "document.getElementById('digest-dialog')";

    /** Opens the page with the last visit as given (null: none kept) and then the digest. */
    static ChromeDriver openDigest(String lastVisit) {
        ChromeDriver b = session.open(app.url("/"));
        if (lastVisit == null) {
            b.executeScript("localStorage.removeItem('newsgraph.lastVisit');");
        } else {
            b.executeScript("localStorage.setItem('newsgraph.lastVisit', arguments[0]);", lastVisit);
        }
        b = session.open(app.url("/")); // the visit that reads it
        b.findElement(By.id("digest-open")).click();
        until(b, "return " + DIALOG + ".open && " + DIALOG + ".dataset.shown !== undefined;");
        return b;
    }

    @Test
    void sinceIsTheLastVisitElseTheLastImport() throws Exception {
        JsonNode lastImport = TestApp.json(app.get("/api/digest"));
        assertEquals("last import", lastImport.get("sinceFrom").asText());
        String firstSeedDay = app.db().read(tx -> tx.run("MATCH (a:Article) RETURN min(a.published) AS d").single().get("d").asString());
        assertEquals(firstSeedDay, lastImport.get("since").asText(), "the seeds came in one import");

        ChromeDriver b = openDigest(null);
        assertEquals(firstSeedDay, b.findElement(By.id("digest-since")).getDomProperty("value"));
        assertEquals("import", js(b, "return " + DIALOG + ".dataset.since;"));
        assertTrue(b.findElement(By.id("digest-basis")).getText().startsWith("Since the last import"), b.findElement(By.id("digest-basis")).getText());
        assertTrue(((Number) js(b, "return document.querySelectorAll('#digest-body .digest-edges > li').length;")).intValue() > 0,
                "an archive's digest is not empty");
        String visit = (String) js(b, "return localStorage.getItem('newsgraph.lastVisit');");
        assertEquals(java.time.Instant.now().toString().substring(0, 10), visit.substring(0, 10), "this visit is kept for the next");

        b = openDigest("2024-01-15T08:30:00.000Z");
        assertEquals("2024-01-15", b.findElement(By.id("digest-since")).getDomProperty("value"));
        assertEquals("visit", js(b, "return " + DIALOG + ".dataset.since;"));
        assertEquals("Since your last visit (2024-01-15).", b.findElement(By.id("digest-basis")).getText());
        assertEquals("2024-01-15", js(b, "return " + DIALOG + ".dataset.shown;"));
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core violations in the digest");
        Browser.screenshot(b, "digest.png");
    }


    @Test
    void everyNameFocusesItsEntityAndTheOneOffFindsAreLeftOut() {
        ChromeDriver b = openDigest("2020-01-01T00:00:00.000Z");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js(b, "return [...document.querySelectorAll('#digest-body .digest-entities .digest-name')].map(x => x.textContent);");
        assertTrue(names.contains("Victor Cha") && names.contains("North Korea"), names.toString());
        assertFalse(names.contains("College") || names.contains("IPPEN.MEDIA"), "junk is left out: " + names);
        assertTrue(((String) js(b, "return document.querySelector('#digest-body .digest-left-out').textContent;")).contains("left out"));
        assertEquals(0L, js(b, "return [...document.querySelectorAll('#digest-body .digest-relation')]"
                + ".filter(r => r.querySelectorAll('button.digest-name').length !== 2).length;"), "both names of every relation are buttons");

        js(b, "[...document.querySelectorAll('#digest-body .digest-entities .digest-name')].find(x => x.textContent === 'Victor Cha').click();");
        until(b, "return !" + DIALOG + ".open && document.querySelector('#details h3') !== null"
                + " && document.querySelector('#details h3').textContent === 'Victor Cha'"
                + " && document.activeElement === document.querySelector('#details h3');");
        until(b, "return window.newsgraph.cy.getElementById('victor_cha').nonempty();");

        b.findElement(By.id("digest-open")).click();
        until(b, "return " + DIALOG + ".open && document.querySelector('#digest-body .digest-relation .digest-name') !== null;");
        String target = (String) js(b, "const t = document.querySelectorAll('#digest-body .digest-relation .digest-name')[1];"
                + " t.click(); return t.dataset.entity;");
        until(b, "return !" + DIALOG + ".open && window.newsgraph.cy.getElementById('" + target + "').nonempty()"
                + " && document.querySelector('#details h3').textContent === window.newsgraph.cy.getElementById('" + target + "').data('name');");
    }

    /** The hrefs of the anchors in a piece of the briefing, '&amp;' read back as '&'. */
    static List<String> hrefs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    @Test
    void theBriefingLinksEachItemToItsDeepLinkAndArticle() throws Exception {
        HttpResponse<String> r = app.get("/api/digest.html?since=2020-01-01");
        assertEquals(200, r.statusCode(), r.body());
        String html = r.body();
        String page = app.url("/");
        String relations = html.substring(html.indexOf("<h2>New and changed relations"));
        List<String> items = List.of(relations.split("<li>")).subList(1, relations.split("<li>").length);
        assertFalse(items.isEmpty());
        for (String item : items) {
            List<String> links = hrefs(item);
            assertTrue(links.size() >= 2 && links.get(0).startsWith(page + "#focus=") && links.get(0).contains("&edge="), item);
            assertTrue(links.get(1).startsWith(page + "#focus=") && links.get(1).contains("&read=") && links.get(1).contains("&readAt="),
                    "its article, at the sentence, in the page's reader: " + item);
        }
        String entities = html.substring(html.indexOf("<h2>New entities"), html.indexOf("<h2>New and changed relations"));
        for (String item : List.of(entities.split("<li>")).subList(1, entities.split("<li>").length)) {
            List<String> links = hrefs(item);
            assertTrue(links.size() >= 2 && links.get(0).startsWith(page + "#focus=") && links.get(1).contains("&read="), item);
        }

        // the links work: the relation's story, the entity, the article at its sentence
        String supplied = items.stream().filter(i -> i.contains("#focus=north_korea&amp;edge=north_korea,SUPPLIED,russia")).findFirst().orElseThrow();
        ChromeDriver b = session.open(hrefs(supplied).get(0));
        until(b, "return document.getElementById('details').dataset.shown === 'north_korea|SUPPLIED|russia'"
                + " && window.newsgraph.cy.$('edge:selected').length === 1"
                + " && window.newsgraph.cy.$('edge:selected').data('type') === 'SUPPLIED';");

        String reader = hrefs(supplied).get(1);
        String sentenceId = java.net.URLDecoder.decode(reader.substring(reader.indexOf("&readAt=") + 8), java.nio.charset.StandardCharsets.UTF_8);
        b = session.open(reader);
        until(b, "return !document.getElementById('reader').hidden"
                + " && document.querySelector('#reader [aria-current]') !== null;");
        String marked = (String) js(b, "return document.querySelector('#reader [aria-current]').textContent;");
        String sentence = app.db().read(tx -> tx.run("MATCH (s:Sentence {id: $id}) RETURN s.text AS t", java.util.Map.of("id", sentenceId))
                .single().get("t").asString());
        assertTrue(marked.contains(sentence.substring(0, Math.min(40, sentence.length()))), marked + " / " + sentence);

        b = session.open(page + "#focus=victor_cha");
        until(b, "return document.querySelector('#details h3') !== null && document.querySelector('#details h3').textContent === 'Victor Cha';");
        assertTrue(entities.contains("#focus=victor_cha"), entities);
    }
}
