package org.newsgraph.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.cli.Main;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.ArticleReader.UnusableFileException;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.load.ImportReport;
import org.newsgraph.load.ImportService;

/** Articles from web pages, URLs, Markdown and folders, served by a local test server; the graph they make. */
class AddArticlesTest {
    @TempDir
    static Path dir;
    static HttpServer server;
    static String base;
    static byte[] news;

    @BeforeAll
    static void serve() throws Exception {
        news = AddArticlesTest.class.getResourceAsStream("/pages/news.html").readAllBytes();
        String page = new String(news, StandardCharsets.UTF_8);
        Charset latin = Charset.forName("windows-1252");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        route("/news.html", 200, "text/html; charset=utf-8", news, Map.of());
        route("/redirect", 301, "text/html", new byte[0], Map.of("Location", "/news.html"));
        route("/loop", 302, "text/html", new byte[0], Map.of("Location", "/loop"));
        route("/missing", 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8), Map.of());
        route("/image.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Map.of());
        route("/stub.html", 200, "text/html", "<html><body><h1>Nur für Abonnenten</h1><p>Jetzt abonnieren.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), Map.of());
        route("/big.html", 200, "text/html", new byte[WebFetcher.MAX_BYTES + 10], Map.of());
        // a page in windows-1252 that says so only in the HTTP header
        route("/latin.html", 200, "text/html; charset=windows-1252",
                page.replace("<meta charset=\"utf-8\">", "").replace("testkurier.example/politik/2024/lawrow-pjoengjang",
                        "testkurier.example/politik/2024/lawrow-latin").getBytes(latin), Map.of());
        route("/plain.txt", 200, "text/plain; charset=utf-8", ("Putin meets Kim\n\nRussian President Vladimir Putin met"
                + " North Korean leader Kim Jong-un in Pyongyang on Wednesday. The two leaders signed a partnership treaty."
                + " Putin thanked Kim for his support of Russia's war against Ukraine, and Kim said his country would stand"
                + " with Russia. Western governments accuse North Korea of supplying Russia with artillery shells and"
                + " ballistic missiles, which both countries deny.\n").getBytes(StandardCharsets.UTF_8), Map.of());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String rss = new String(AddArticlesTest.class.getResourceAsStream("/pages/feed.rss").readAllBytes(),
                StandardCharsets.UTF_8).replace("BASE", base);
        route("/feed.rss", 200, "application/rss+xml; charset=utf-8", rss.getBytes(StandardCharsets.UTF_8), Map.of());
        route("/feed.atom", 200, "application/atom+xml", AddArticlesTest.class.getResourceAsStream("/pages/feed.atom")
                .readAllBytes(), Map.of());
        route("/feed-xxe.rss", 200, "application/rss+xml", ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title><item><link>" + base
                + "/news.html</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8), Map.of());
        route("/feed-broken.rss", 200, "application/xml", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static void route(String path, int status, String type, byte[] body, Map<String, String> headers) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aNewsPageGivesItsTextMetadataAndCaptionsWithoutThePageFurniture() throws Exception {
        SourceArticle a = ArticleReader.article("news.html", news, ArticleMeta.empty(), true, null, null);
        assertEquals("Lawrow in Pjöngjang: Moskau und Pjöngjang rücken zusammen", a.meta().title());
        assertEquals("Testkurier", a.meta().outlet());
        assertEquals("2024-06-19", a.meta().published(), "JSON-LD's datePublished first");
        assertEquals("Erika Beispiel, Max Muster", a.meta().author());
        assertEquals("https://www.testkurier.example/politik/2024/lawrow-pjoengjang.html", a.meta().url());
        assertEquals("de", a.meta().language());
        assertEquals(List.of("Sergei Lawrow und Choe Son-hui beim Treffen in Pjöngjang (Archivbild). Foto: Agentur"),
                a.meta().captions());
        assertTrue(a.text().startsWith("Lawrow in Pjöngjang: Moskau und Pjöngjang rücken zusammen\n\n"), a.text());
        assertTrue(a.text().contains("Kim Jong-un empfing den Gast aus Moskau"), a.text());
        for (String furniture : List.of("Cookies", "Startseite", "Teilen", "Lesen Sie auch", "Newsletter", "Impressum",
                "tracking", "display: inline")) {
            assertFalse(a.text().contains(furniture), furniture + " is page furniture:\n" + a.text());
        }
    }

    @Test
    void theCharsetComesFromTheHttpHeaderAndEachBadUrlIsNamedWithItsReason() throws Exception {
        WebFetcher web = new WebFetcher(true);
        SourceArticle latin = web.fetch(base + "/latin.html");
        assertTrue(latin.text().contains("Der russische Außenminister"), latin.text());
        assertEquals(base + "/news.html", web.fetch(base + "/redirect").meta().url(), "the address after redirects");
        Map<String, String> reasons = Map.of("/loop", "redirects more than 5 times", "/missing", "HTTP 404",
                "/image.png", "is image/png, not a web page", "/stub.html", "too little text", "/big.html", "larger than 10 MB");
        reasons.forEach((path, reason) -> {
            UnusableFileException e = assertThrows(UnusableFileException.class, () -> web.fetch(base + path), path);
            assertTrue(e.getMessage().contains(reason), path + ": " + e.getMessage());
        });
        assertTrue(assertThrows(UnusableFileException.class, () -> web.fetch("ftp://example.org/x")).getMessage()
                .contains("http(s)"));
    }

    @Test
    void privateAndLoopbackAddressesAreRefusedUnlessAllowed() throws Exception {
        UnusableFileException e = assertThrows(UnusableFileException.class, () -> new WebFetcher(false).fetch(base + "/news.html"));
        assertTrue(e.getMessage().contains("127.0.0.1") && e.getMessage().contains("--allow-private-urls"), e.getMessage());
        for (String a : List.of("10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "::1", "fd12::1", "fe80::1", "224.0.0.1")) {
            assertTrue(WebFetcher.isPrivate(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("8.8.8.8", "93.184.216.34", "2606:4700::1111")) {
            assertFalse(WebFetcher.isPrivate(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void theImportCommandAddsUrlsFilesAndFoldersThatStayThroughFolderSyncsAndRulesChanges() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        Path mine = Files.createDirectories(dir.resolve("mine/2024"));
        Files.write(mine.resolve("saved.htm"), news);
        Files.writeString(mine.getParent().resolve("notes.md"), "# Putin in Pjöngjang\n\nWladimir Putin ist am Mittwoch"
                + " in Pjöngjang mit Kim Jong-un zusammengetroffen. Die beiden unterzeichneten einen Vertrag über eine"
                + " umfassende strategische Partnerschaft.\n");
        Files.write(mine.resolve("broken.html"), new byte[] {0, 1, 2});
        Path data = dir.resolve("data");
        int code = Main.commandLine().execute("import", "--data-dir", data.toString(), "--import-dir", importDir.toString(),
                "--allow-private-urls", base + "/plain.txt", base + "/missing", mine.getParent().toString(),
                dir.resolve("nowhere").toString());
        assertEquals(3, code, "some were skipped");
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(data))) {
            assertEquals(List.of("127.0.0.1_plain.txt", "2024/saved.htm", "notes.md"), added(db));
            assertTrue(count(db, "MATCH (:Claim {article: '2024/saved.htm', type: 'MET', subject: 'choe_son_hui', object: 'sergei_lavrov'})"
                    + " RETURN count(*) AS n") > 0, "the page's meeting is a claim");
            assertTrue(count(db, "MATCH (:Claim {article: '127.0.0.1_plain.txt', type: 'MET'}) RETURN count(*) AS n") > 0);
            List<String> captions = db.read(tx -> tx.run("MATCH (s:Sentence {article: '2024/saved.htm', zone: 'caption'})"
                    + " RETURN s.text AS t").list(r -> r.get("t").asString()));
            assertFalse(captions.isEmpty());
            captions.forEach(c -> assertTrue("Sergei Lawrow und Choe Son-hui beim Treffen in Pjöngjang (Archivbild). Foto: Agentur"
                    .contains(c), "only the figure caption is a caption: " + c));
            assertEquals("Testkurier", db.read(tx -> tx.run("MATCH (a:Article {id: '2024/saved.htm'}) RETURN a.outlet AS o")
                    .single().get("o").asString()));

            ImportService service = new ImportService(db, importDir);
            Files.delete(mine.resolve("saved.htm"));
            ImportReport sync = service.run(false, s -> { });
            assertEquals(0, sync.removed(), "a folder sync leaves added articles alone");
            assertEquals(List.of("127.0.0.1_plain.txt", "2024/saved.htm", "notes.md"), added(db));

            Files.writeString(importDir.resolve("rules/roles.txt"), "\n# a changed rule file\n",
                    java.nio.file.StandardOpenOption.APPEND);
            assertTrue(service.isStale());
            ImportReport again = service.run(false, s -> { });
            assertTrue(again.loaded() >= 5 + 3, "the folder and the three added articles are read again: " + again.summary());
            assertTrue(count(db, "MATCH (:Claim {article: '2024/saved.htm', type: 'MET'}) RETURN count(*) AS n") > 0,
                    "read again from the kept text, without the file");
            assertFalse(service.isStale());
            assertNotNull(db.read(tx -> tx.run("MATCH (a:Article {id: 'notes.md'}) RETURN a.text AS t").single().get("t").asString()));
        }
    }

    @Test
    void feedsGiveTheirItemsAndWhatIsNoFeedIsNamed() throws Exception {
        FeedReader feeds = new FeedReader(new WebFetcher(true));
        assertEquals(List.of(base + "/news.html", base + "/plain.txt", base + "/missing"), feeds.links(base + "/feed.rss"));
        assertEquals(List.of(base + "/news.html"), feeds.links(base + "/feed.atom"), "relative links resolved");
        for (String bad : List.of("/feed-xxe.rss", "/feed-broken.rss", "/news.html")) {
            UnusableFileException e = assertThrows(UnusableFileException.class, () -> feeds.links(base + bad), bad);
            assertTrue(e.getMessage().contains("RSS or Atom feed"), bad + ": " + e.getMessage());
        }
    }

    @Test
    void importFeedFetchesOnlyItemsNotImportedBefore() throws Exception {
        Path data = dir.resolve("feed-data");
        String[] args = {"import", "--data-dir", data.toString(), "--import-dir", TestPaths.importDir().toString(),
                "--allow-private-urls", "--feed", base + "/feed.rss"};
        assertEquals(3, Main.commandLine().execute(args), "the missing item is skipped with its reason");
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(data))) {
            assertEquals(List.of("127.0.0.1_news.html", "127.0.0.1_plain.txt"), added(db));
        }
        assertEquals(3, Main.commandLine().execute(args), "only the missing item is tried again");
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(data))) {
            assertEquals(List.of("127.0.0.1_news.html", "127.0.0.1_plain.txt"), added(db));
            assertEquals(base + "/news.html", db.read(tx -> tx.run("MATCH (a:Article {id: '127.0.0.1_news.html'})"
                    + " RETURN a.url AS u").single().get("u").asString()));
        }
        assertEquals(2, Main.commandLine().execute("import", "--data-dir", data.toString(), "--allow-private-urls",
                "--import-dir", TestPaths.importDir().toString(), "--feed", base + "/feed-broken.rss"), "no feed: exit 2");
    }

    static List<String> added(Neo4jConnection db) {
        return db.read(tx -> tx.run("MATCH (a:Article {origin: 'added'}) RETURN a.id AS id ORDER BY id").list(r -> r.get("id").asString()));
    }

    static long count(Neo4jConnection db, String query) {
        return db.read(tx -> tx.run(query).single().get("n").asLong());
    }
}
