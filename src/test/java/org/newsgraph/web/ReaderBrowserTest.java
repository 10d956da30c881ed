package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article reader in headless Chromium on the seed app: opened from an edge's evidence by the keyboard alone (the
 * sentence scrolled into view, marked and focused; Escape gives the focus back), a mention focusing its entity in the
 * graph, opened from the article picker and from the digest; claims highlighted, open suggestions only on request;
 * axe-core finds no serious or critical violation with it open. Reads only.
 */
class ReaderBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();
    static final String ACTIVE = "document.activeElement";
    static final String TARGET = "document.querySelector('#reader .rd-sentence[aria-current=\"true\"]')";
    /** The target sentence's words as the article has them: without the entities shown beside "sie", "die beiden". */
    static final String TARGET_TEXT = "const c = " + TARGET + ".cloneNode(true); c.querySelectorAll('.rd-refers').forEach(r => r.remove());"
            + " return c.textContent;";

    static Object js(ChromeDriver b, String script) {
        return b.executeScript(script);
    }

    /** Waits (a hang guard of a minute, not a budget) until the script answers true. */
    static void until(ChromeDriver b, String script) {
        new WebDriverWait(b, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(b.executeScript(script)));
    }

    static void press(ChromeDriver b, CharSequence key) {
        b.switchTo().activeElement().sendKeys(key);
    }

    /** Presses Tab until the focused element matches the selector; true when it got there within {@code max} presses. */
    static boolean tabTo(ChromeDriver b, String selector, int max) {
        for (int i = 0; i < max; i++) {
            press(b, Keys.TAB);
            if (Boolean.TRUE.equals(b.executeScript("return document.activeElement.matches(arguments[0]);", selector))) {
                return true;
            }
        }
        return false;
    }

    /** The target sentence lies inside the reader's visible part (below its sticky bar), and the page itself stayed put. */
    static boolean inView(ChromeDriver b) {
        return Boolean.TRUE.equals(js(b, "const s = " + TARGET + ".getBoundingClientRect();"
                + " const r = document.getElementById('reader').getBoundingClientRect();"
                + " const bar = document.querySelector('#reader .reader-bar').getBoundingClientRect();"
                + " return document.scrollingElement.scrollTop === 0 && s.height > 0 && s.top >= bar.bottom - 1 && s.bottom <= r.bottom + 1 && s.left >= r.left - 1 && s.right <= r.right + 1;"));
    }

    static void accessible(ChromeDriver b, String what) throws Exception {
        assertEquals(List.of(), Browser.axeViolations(b), "axe-core violations: " + what);
        assertEquals(List.of(), Browser.consoleProblems(b), "console warnings or errors: " + what);
    }

    @Test
    void theKeyboardAloneOpensTheReaderAtAnEvidenceSentenceAndAMentionFocusesItsEntity() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Browser.consoleProblems(b); // what loading said is other tests' business
        b.findElement(By.tagName("body")).sendKeys("/");
        press(b, "Lawrow");
        until(b, "return document.querySelectorAll('#search-results li').length > 0;");
        press(b, Keys.ENTER);
        until(b, "return " + ACTIVE + ".matches('#details h3') && document.querySelector('#details table.relations') !== null;");
        assertTrue(tabTo(b, "#details table.relations tbody button", 30), "Tab reaches the relations table");
        press(b, Keys.ENTER);
        until(b, "return " + ACTIVE + ".matches('#details h3') && document.querySelector('#details .evidence .read-context') !== null;");
        assertTrue(tabTo(b, "#details .evidence .read-context", 80), "Tab reaches the first \"Read in context\"");
        String sentence = (String) js(b, "return " + ACTIVE + ".closest('li').querySelector('.sentence').textContent;");

        press(b, Keys.ENTER);
        until(b, "return " + TARGET + " !== null && " + ACTIVE + " === " + TARGET + ";");
        assertEquals(sentence, js(b, TARGET_TEXT), "the evidence sentence is the one marked");
        assertTrue(inView(b), "the sentence is scrolled into view");
        assertTrue((Boolean) js(b, "return " + TARGET + ".classList.contains('rd-claim')"
                + " && getComputedStyle(" + TARGET + ").backgroundColor !== 'rgba(0, 0, 0, 0)';"), "and highlighted as a claim");
        String reader = b.findElement(By.id("reader")).getText();
        assertTrue(reader.contains("Published") && reader.contains("Outlet") && reader.contains("Reported"), reader);
        Browser.screenshot(b, "reader.png");
        accessible(b, "the reader open beside the graph");

        press(b, Keys.ESCAPE);
        until(b, "return document.getElementById('reader').hidden;");
        assertEquals(Boolean.TRUE, js(b, "return " + ACTIVE + ".matches('#details .evidence .read-context');"),
                "Escape gives the focus back to where it was");
        press(b, Keys.ENTER);
        until(b, "return " + TARGET + " !== null && " + ACTIVE + " === " + TARGET + " && !document.getElementById('reader').hidden;");

        assertTrue(tabTo(b, "#reader .rd-mention", 1), "the next stop is a name in the sentence");
        String entity = (String) js(b, "return " + ACTIVE + ".dataset.entity;");
        press(b, Keys.ENTER);
        until(b, "return window.newsgraph.cy.$(':selected').map(n => n.id()).join() === '" + entity + "'"
                + " && document.querySelector('#details h3') !== null"
                + " && document.querySelector('#details table.relations, #details .mentions') !== null;");
        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) js(b, "const n = window.newsgraph.cy.getElementById('" + entity + "');"
                + " return {name: n.data('name'), heading: document.querySelector('#details h3').textContent,"
                + " drawn: n.style('display') === 'element'};");
        assertEquals(focused.get("name"), focused.get("heading"), "its panel is shown");
        assertEquals(Boolean.TRUE, focused.get("drawn"));
        assertFalse((Boolean) js(b, "return document.getElementById('reader').hidden;"), "the reader stays open beside it");
    }

    @Test
    void thePickerOpensAWholeArticleWithItsClaimsAndTheSuggestionsOnlyOnRequest() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Browser.consoleProblems(b);
        assertFalse(b.findElement(By.id("article-read")).isDisplayed(), "no article chosen: nothing to read");
        String id = "003_91177644da26c606.txt";
        js(b, "const s = document.getElementById('article'); s.value = '" + id + "'; s.dispatchEvent(new Event('change'));");
        b.findElement(By.id("article-read")).click();
        until(b, "return !document.getElementById('reader').hidden && document.getElementById('reader').dataset.article === '" + id + "'"
                + " && " + ACTIVE + ".id === 'reader-title';");
        var api = TestApp.json(app.get("/api/articles/" + id));
        assertEquals(api.get("title").asText(), b.findElement(By.id("reader-title")).getText());
        String header = b.findElement(By.cssSelector("#reader .reader-meta")).getText();
        assertTrue(header.contains(api.get("author").asText()) && header.contains(api.get("outlet").asText())
                && header.contains(api.get("published").asText()), header);
        assertEquals(api.get("claims").asLong(), ((Number) js(b,
                "return document.querySelectorAll('#reader .reader-text .rd-chip:not(.rd-suggestion)').length;")).longValue(),
                "every claim tagged");
        assertTrue(((Number) js(b, "return document.querySelectorAll('#reader .reader-text .rd-mention').length;")).intValue() > 10);
        assertEquals(Boolean.TRUE, js(b, "return [...document.querySelectorAll('#reader .reader-text .rd-sentence.rd-claim')]"
                + ".every(s => s.nextElementSibling && s.nextElementSibling.querySelector('.rd-chip:not(.rd-suggestion)'));"),
                "a sentence is highlighted as a claim only when it states one");
        long suggestions = api.get("suggestions").asLong();
        assertTrue(suggestions > 0, "the seeds have open suggestions");
        assertEquals(0L, js(b, "return [...document.querySelectorAll('#reader .rd-suggestion')].filter(s => s.offsetParent !== null).length;"),
                "open suggestions are left out by default");
        b.findElement(By.id("reader-suggestions")).click();
        assertEquals(suggestions, ((Number) js(b, "return [...document.querySelectorAll('#reader .reader-text .rd-chip-suggestion')]"
                + ".filter(s => s.offsetParent !== null && s.textContent.includes('suggestion, not decided')).length;")).longValue(),
                "on request, each shown apart and labelled");
        Browser.screenshot(b, "reader-article.png");
        accessible(b, "a whole article with its suggestions shown");
        b.findElement(By.cssSelector("#reader .reader-close")).click();
        until(b, "return document.getElementById('reader').hidden && " + ACTIVE + ".id === 'article-read';");
    }

    @Test
    void theDigestOpensTheReaderAtAnItemsNewestEvidence() {
        ChromeDriver b = session.open(app.url("/"));
        b.findElement(By.id("digest-open")).click();
        until(b, "return document.getElementById('digest-dialog').open;");
        js(b, "const s = document.getElementById('digest-since'); s.value = '2020-01-01'; s.dispatchEvent(new Event('change'));");
        until(b, "return document.getElementById('digest-dialog').dataset.shown === '2020-01-01'" // the day's list, not the first
                + " && document.querySelector('#digest-body .digest-edges .read-context') !== null;");
        String sentence = (String) js(b, "return document.querySelector('#digest-body .digest-edges li .sentence').textContent;");
        b.findElement(By.cssSelector("#digest-body .digest-edges li .read-context")).click();
        until(b, "return " + TARGET + " !== null && " + ACTIVE + " === " + TARGET + ";");
        assertFalse((Boolean) js(b, "return document.getElementById('digest-dialog').open;"), "the digest made way");
        assertEquals(sentence, js(b, TARGET_TEXT));
        assertTrue(inView(b));
        press(b, Keys.ESCAPE);
        until(b, "return document.getElementById('reader').hidden && " + ACTIVE + ".id === 'digest-open';");
    }

}
