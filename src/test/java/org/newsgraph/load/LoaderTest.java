package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.newsgraph.TestPaths;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.graph.GraphChecksum;

/** The loader against a real embedded database: idempotency, incremental change and removal, evidence paths. */
class LoaderTest {
    @TempDir
    static Path dir;
    static Neo4jConnection db;
    Path importDir;

    @BeforeAll
    static void open() {
        db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("db")));
        Schema.apply(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void freshCopy() throws IOException {
        try (Session s = db.driver().session()) {
            s.run("MATCH (n) DETACH DELETE n").consume();
        }
        importDir = dir.resolve("import-" + System.nanoTime());
        TestPaths.copyTree(TestPaths.importDir(), importDir);
    }

    private ImportReport importOnce(boolean force) throws IOException {
        return new ImportService(db, importDir).run(force, s -> { });
    }

    @Test
    void importingTwiceGivesTheSameGraph() throws IOException {
        ImportReport first = importOnce(false);
        assertEquals(5, first.loaded());
        GraphChecksum.Summary a = GraphChecksum.of(db);
        ImportReport second = importOnce(false);
        assertEquals(0, second.loaded());
        assertEquals(5, second.unchanged());
        assertEquals(a, GraphChecksum.of(db));
        importOnce(true);
        assertEquals(a, GraphChecksum.of(db), "a forced re-import rebuilds the identical graph");
        assertTrue(a.nodes() > 300 && a.relationships() > 500, a.toString());
        long bytes = org.newsgraph.db.StoreSize.bytes(dir.resolve("db"));
        assertTrue(bytes < 50_000_000, "the seed store, imported three times, takes " + bytes + " bytes (no preallocated logs)");
    }

    @Test
    void symbolicLinksInTheImportFolderAreFollowedAndALoopIsNamed() throws IOException {
        Path real = dir.resolve("elsewhere-" + System.nanoTime());
        Path articles = importDir.resolve("articles");
        Files.move(articles, real);
        Files.createSymbolicLink(articles, real); // the articles folder itself is a link
        Path outside = Files.createDirectories(dir.resolve("outside-" + System.nanoTime()));
        Files.move(real.resolve("004_8df60fc6b29781a5.txt"), outside.resolve("004_8df60fc6b29781a5.txt"));
        Files.createSymbolicLink(real.resolve("004_8df60fc6b29781a5.txt"), outside.resolve("004_8df60fc6b29781a5.txt"));
        Files.createSymbolicLink(real.resolve("again"), real); // a link back up: must not be walked for ever
        ImportReport r = importOnce(false);
        assertEquals(5, r.loaded(), r.summary());
        assertEquals(1, r.skipped().size(), r.skipped().toString());
        assertEquals("again", r.skipped().get(0).file());
        assertTrue(r.skipped().get(0).reason().contains("a loop"), r.skipped().toString());
    }

    @Test
    void changedAndRemovedArticlesReplaceExactlyTheirOwnContent() throws IOException {
        importOnce(false);
        GraphChecksum.Summary full = GraphChecksum.of(db);
        Path art = importDir.resolve("articles/002_65f1931b61f1c965.txt");
        String original = Files.readString(art);
        Files.writeString(art, original + "\nXi Jinping traf Wladimir Putin in Peking.\n");
        ImportReport changed = importOnce(false);
        assertEquals(1, changed.loaded());
        assertEquals(4, changed.unchanged());
        assertNotEquals(full, GraphChecksum.of(db));
        assertEquals(1, count("MATCH (:Entity {id:'xi_jinping'})-[r:MET]-(:Entity {id:'vladimir_putin'}) RETURN count(r) AS n"));
        Files.writeString(art, original);
        importOnce(false);
        assertEquals(full, GraphChecksum.of(db), "restoring the article restores the graph");
        assertEquals(0, count("MATCH (e:Entity {id:'xi_jinping'}) RETURN count(e) AS n"), "orphan entity removed");

        Files.delete(art);
        Files.deleteIfExists(importDir.resolve("articles/meta/002_65f1931b61f1c965.json"));
        ImportReport removed = importOnce(false);
        assertEquals(1, removed.removed());
        assertEquals(0, count("MATCH (n) WHERE n.article = '002_65f1931b61f1c965.txt' RETURN count(n) AS n"));
        assertEquals(0, count("MATCH ()-[r]->() WHERE '002_65f1931b61f1c965.txt' IN r.articles RETURN count(r) AS n"));
    }

    @Test
    void everyEdgeReachesItsEvidenceAndEverySentenceItsArticle() throws IOException {
        importOnce(false);
        assertEquals(0, count("""
                MATCH (s:Entity)-[r]->(t:Entity)
                WHERE NOT EXISTS { MATCH (s)<-[:SUBJECT]-(c:Claim {type: type(r)})-[:OBJECT]->(t),
                                         (c)-[:STATED_IN]->(:Sentence)-[:IN]->(:Article) }
                RETURN count(r) AS n"""));
        assertEquals(0, count("MATCH (s:Sentence) WHERE NOT (s)-[:IN]->(:Article) RETURN count(s) AS n"));
        assertEquals(0, count("""
                MATCH (c:Claim)-[:STATED_IN]->(s:Sentence)
                WHERE c.article <> s.article RETURN count(c) AS n"""));
        assertTrue(count("MATCH (:Entity {id:'kim_jong_un'})-[:MET]-(:Entity {id:'vladimir_putin'}) RETURN count(*) AS n") >= 1);
    }

    private long count(String cypher) {
        try (Session s = db.driver().session()) {
            return s.run(cypher).single().get("n").asLong();
        }
    }
}
