package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.TestProcesses;
import org.newsgraph.cli.Application;
import org.newsgraph.cli.ServerConfig;
import org.newsgraph.db.DbSettings;
import org.newsgraph.query.QueryLimits;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsgraph.extract.mention.Token;

/** Access: the token on every API call, in the page too; refusal to listen on the network without one; headers. */
class SecurityTest {
    static final String TOKEN = "correct-horse-battery-staple";
    @TempDir
    static Path dir;
    static Application app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        app = Application.start(DbSettings.embedded(dir.resolve("db")), TestPaths.importDir(),
                new ServerConfig(TestPaths.web(), "127.0.0.1", 0, QueryLimits.defaults(), TOKEN, true), s -> { });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyApiCallNeedsTheToken() throws Exception {
        for (String path : new String[] {"/api/health", "/api/graph", "/api/search?q=Putin", "/api/entities/vladimir_putin",
                "/api/export?format=json&entity=putin", "/api/queries", "/api/no-such-endpoint"}) {
            HttpResponse<String> none = get(path);
            assertEquals(401, none.statusCode(), path);
            assertEquals("unauthorized", JSON.readTree(none.body()).get("error").asText(), path);
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
            assertEquals(401, get(path, "Authorization", "Bearer wrong-token-wrong-token").statusCode(), path);
            assertEquals(401, get(path, "Authorization", "Bearer " + TOKEN + "x").statusCode(), path);
        }
        assertEquals(200, get("/api/health", "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals(200, get("/api/health", "X-Newsgraph-Token", TOKEN).statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/query"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"RETURN 1\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, post.statusCode());
        assertEquals(200, get("/").statusCode(), "the page itself is public: it asks for the token");
        assertEquals(200, get("/lib/cytoscape.js").statusCode());
    }

    @Test
    void hardeningHeadersAndNoCorsNoBanner() throws Exception {
        HttpResponse<String> page = get("/", "Origin", "http://evil.example");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(page.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no CORS");
        assertFalse(page.headers().firstValue("Server").isPresent(), "no server banner");
        HttpResponse<String> api = get("/api/health", "Authorization", "Bearer " + TOKEN, "Origin", "http://evil.example");
        assertFalse(api.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "no CORS on the API");
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/query"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
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
            browser.get("http://127.0.0.1:" + app.port() + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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
