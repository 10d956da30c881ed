package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestApp;
import org.newsgraph.TestProcesses;
import org.newsgraph.extract.mention.Token;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Access: the token on every API call, in the page too; refusal to listen on the network without one; headers. */
class SecurityTest {
    @RegisterExtension
    static final TestApp app = TestApp.withToken();
    @TempDir
    static Path dir;

    static final String TOKEN = TestApp.TOKEN;

    @Test
    void everyApiCallNeedsTheToken() throws Exception {
        for (String path : new String[] {"/api/health", "/api/graph", "/api/search?q=Putin", "/api/entities/vladimir_putin",
                "/api/export?format=json&entity=putin", "/api/queries", "/api/no-such-endpoint"}) {
            HttpResponse<String> none = app.get(path);
            assertEquals(401, none.statusCode(), path);
            assertEquals("unauthorized", JSON.readTree(none.body()).get("error").asText(), path);
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
            assertEquals(401, app.get(path, "Authorization", "Bearer wrong-token-wrong-token").statusCode(), path);
            assertEquals(401, app.get(path, "Authorization", "Bearer " + TOKEN + "x").statusCode(), path);
        }
        assertEquals(200, app.get("/api/health", "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals(200, app.get("/api/health", "X-Newsgraph-Token", TOKEN).statusCode());
        HttpResponse<String> post = app.postJson("/api/query", "{\"query\": \"RETURN 1\"}");
        assertEquals(401, post.statusCode());
        assertEquals(200, app.get("/").statusCode(), "the page itself is public: it asks for the token");
        assertEquals(200, app.get("/lib/cytoscape.js").statusCode());
    }

    @Test
    void hardeningHeadersAndNoCorsNoBanner() throws Exception {
        HttpResponse<String> page = app.get("/", "Origin", "http://evil.example");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(page.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no CORS");
        assertFalse(page.headers().firstValue("Server").isPresent(), "no server banner");
        HttpResponse<String> api = app.get("/api/health", "Authorization", "Bearer " + TOKEN, "Origin", "http://evil.example");
        assertFalse(api.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no CORS on the API");
        HttpResponse<String> preflight = app.send(HttpRequest.newBuilder(URI.create(app.url("/api/query")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").build());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "preflight refused");
    }

    @Test
    void listeningOnTheNetworkWithoutATokenIsRefused() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccessGuard.forHost("0.0.0.0", null));
        assertTrue(e.getMessage().contains("--auth-token"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AccessGuard.forHost("0.0.0.0", "short"));
        assertTrue(AccessGuard.forHost("0.0.0.0", TOKEN).enabled());
        assertFalse(AccessGuard.forHost("127.0.0.1", null).enabled());
        assertFalse(AccessGuard.forHost("localhost", null).enabled());
        TestProcesses.Result cli = TestProcesses.cli("serve", "--host", "0.0.0.0", "--port", "0", "--data-dir",
                dir.resolve("never").toString());
        assertEquals(2, cli.code(), cli.output());
        assertTrue(cli.output().contains("refusing to serve on 0.0.0.0 without an access token"), cli.output());
        assertFalse(java.nio.file.Files.exists(dir.resolve("never")), "refused before opening any database");
    }

    @Test
    void thePageAsksForTheTokenOnceAndKeepsItForTheSession() {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(app.url("/"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
            wait.until(d -> d.findElement(By.id("token-dialog")).isDisplayed());
            browser.findElement(By.id("token-input")).sendKeys("not-the-token-at-all");
            browser.findElement(By.id("token-go")).click();
            wait.until(d -> d.findElement(By.id("token-dialog")).isDisplayed()
                    && d.findElement(By.id("token-message")).getText().contains("wrong access token"));
            browser.findElement(By.id("token-input")).sendKeys(TOKEN);
            browser.findElement(By.id("token-go")).click();
            wait.until(d -> "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
            browser.navigate().refresh();
            wait.until(d -> "true".equals(d.findElement(By.id("graph")).getDomAttribute("data-ready")));
            assertFalse(browser.findElement(By.id("token-dialog")).isDisplayed(), "asked once per session");
        } finally {
            browser.quit();
        }
    }
}
