package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page makes links of http(s) addresses only: the module that builds every source link, loaded in Chromium as
 * the page loads it, given the addresses an older store or another server could hand over.
 */
class LinkSafetyBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    @Test
    void onlyWebAddressesBecomeLinks() {
        ChromeDriver driver = session.open(app.url("/"));
        Object made = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/panel-parts.js').then(({ sourceLink, articleLine }) => {
                  const urls = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\\tscript:alert(1)', 'data:text/html,x',
                    'vbscript:x', '//evil.example/x', '/relative', 'https://example.org/a', ' http://example.org/b '];
                  const links = urls.map((u) => { const e = sourceLink(u, 'x'); return `${e.tagName} ${e.getAttribute('href') || ''}`; });
                  const line = articleLine({ title: 't', outlet: 'o', published: '2024-01-01', url: 'javascript:alert(1)' });
                  done([...links, `${line.querySelectorAll('a').length} links`, line.textContent]);
                }).catch((e) => done(`error ${e}`));
                """);
        assertEquals(List.of("SPAN ", "SPAN ", "SPAN ", "SPAN ", "SPAN ", "SPAN ", "SPAN ", "A https://example.org/a",
                "A http://example.org/b", "0 links", "t · o · 2024-01-01"), made);
    }
}
