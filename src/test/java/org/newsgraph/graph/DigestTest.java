package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.newsgraph.TestPaths;
import org.newsgraph.curation.CurationRequests;
import org.newsgraph.curation.CurationService;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.export.DigestReport;
import org.newsgraph.load.ImportService;

/**
 * The digest on a real store of the seeds: new entities are listed only when the gazetteer knows them, they are
 * named in two sentences or more, or an analyst reviewed them (the recogniser's one-off finds are counted apart);
 * without a day the digest starts from the last import — the first publication day of the articles the newest
 * load brought — which a later import moves and an import that changes nothing leaves.
 */
class DigestTest {
    @TempDir
    static Path dir;
    static Path importDir;
    static Neo4jConnection db;
    static ImportService imports;
    static DigestQueries digest;
    static CurationRequests curation;

    @BeforeAll
    static void load() throws Exception {
        importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("db")));
        Schema.apply(db);
        imports = new ImportService(db, importDir);
        imports.run(false, s -> { });
        digest = new DigestQueries(db);
        curation = new CurationRequests(new CurationService(db, importDir));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Map<String, Map<String, Object>> listed(DigestQueries.Digest d) {
        return d.entities().stream().collect(Collectors.toMap(e -> (String) e.get("id"), e -> e));
    }

    /** Entities the gazetteer does not know, named (by name) in fewer than two sentences: the recogniser's one-off finds. */
    static List<Record> foundOnce() {
        return db.read(tx -> tx.run("""
                MATCH (e:Entity {discovered: true})
                CALL { WITH e
                  OPTIONAL MATCH (e)<-[m:MENTIONS]-(s:Sentence) WHERE m.kind IN ['NAME', 'ADJECTIVE', 'COMPOUND']
                  RETURN count(DISTINCT s) AS named }
                WITH e WHERE named < 2
                RETURN e.id AS id, e.name AS name, coalesce(e.rev, 0) AS rev,
                       [(e)<-[:SUBJECT|OBJECT]-(c:Claim {status: 'suggested'}) WHERE c.verdict IS NULL | c.id] AS suggestions
                ORDER BY id""").list());
    }

    @Test
    void newEntitiesAreListedOnlyWhenKnownNamedTwiceOrReviewed() {
        List<Record> once = foundOnce();
        Set<String> junk = once.stream().map(r -> r.get("name").asString()).collect(Collectors.toSet());
        assertTrue(junk.containsAll(Set.of("College", "IPPEN.MEDIA")), "the seeds hold the recogniser's one-off finds: " + junk);

        DigestQueries.Digest d = digest.since("2020-01-01");
        Map<String, Map<String, Object>> listed = listed(d);
        for (Map<String, Object> e : d.entities()) {
            boolean known = Boolean.TRUE.equals(e.get("known"));
            long named = ((Number) e.get("named")).longValue();
            assertTrue(known || named >= 2 || Boolean.TRUE.equals(e.get("reviewed")), "listed without a reason: " + e);
            Map<?, ?> first = (Map<?, ?>) e.get("firstNamed");
            assertNotNull(first, "where it was first named: " + e);
            assertEquals(e.get("first"), first.get("published"), e.toString());
            assertTrue(String.valueOf(first.get("sentence")).length() > 0 && first.get("sentenceId") != null, e.toString());
        }
        assertTrue(listed.containsKey("north_korea") && Boolean.TRUE.equals(listed.get("north_korea").get("known")),
                "a gazetteer entity is listed");
        Map<String, Object> cha = listed.get("victor_cha");
        assertNotNull(cha, "a discovered person named in two sentences is listed: " + listed.keySet());
        assertEquals(false, cha.get("known"));
        assertEquals(2L, ((Number) cha.get("named")).longValue());
        for (Record r : once) {
            assertFalse(listed.containsKey(r.get("id").asString()), "named once, not in the gazetteer, not reviewed: " + r.get("name"));
        }
        assertEquals(once.size(), d.entitiesLeftOut(), "the ones left out are counted");

        // an analyst renames "College": reviewed, so listed
        Record college = once.stream().filter(r -> r.get("name").asString().equals("College")).findFirst().orElseThrow();
        curation.editEntity(college.get("id").asString(), "Pyongyang University College", null, null, college.get("rev").asLong(), "Digest Test");
        // and accepts a suggestion about another one-off find
        Record withSuggestion = once.stream().filter(r -> !r.get("suggestions").asList().isEmpty()).findFirst().orElseThrow();
        String claim = withSuggestion.get("suggestions").asList().get(0).toString();
        long rev = db.read(tx -> tx.run("MATCH (c:Claim {id: $id}) RETURN coalesce(c.rev, 0) AS rev", Map.of("id", claim)).single().get("rev").asLong());
        curation.review(claim, "accept", null, null, rev, "Digest Test");

        DigestQueries.Digest after = digest.since("2020-01-01");
        Map<String, Map<String, Object>> now = listed(after);
        for (Record r : List.of(college, withSuggestion)) {
            Map<String, Object> e = now.get(r.get("id").asString());
            assertNotNull(e, "reviewed, so listed: " + r.get("name"));
            assertEquals(true, e.get("reviewed"), e.toString());
            assertEquals(false, e.get("known"), e.toString());
        }
        assertEquals("Pyongyang University College", now.get(college.get("id").asString()).get("name"));
        assertEquals(once.size() - 2, after.entitiesLeftOut());

        String html = DigestReport.html(after, "http://127.0.0.1:7070/");
        assertTrue(html.contains("<a href=\"http://127.0.0.1:7070/#focus=victor_cha\" rel=\"noopener noreferrer\"><strong>Victor Cha</strong></a>"), html);
        assertTrue(html.contains((once.size() - 2) + " other new names left out"), html);
    }

    @Test
    void withoutADayTheDigestStartsFromTheLastImport() throws Exception {
        DigestQueries.LastImport seeds = digest.lastImport();
        String firstSeedDay = db.read(tx -> tx.run("MATCH (a:Article) RETURN min(a.published) AS d").single().get("d").asString());
        assertEquals(firstSeedDay, seeds.since(), "the seeds came in one import: from the first of their days");
        assertEquals(5, seeds.articles());
        assertNotNull(seeds.at());

        // a later import brings one article, published on a day after every seed
        Path articles = importDir.resolve("articles");
        Files.writeString(articles.resolve("950_digest.txt"), "Waffen für Moskau\n\n" + ProvenanceTest.WIRE + "\n", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("meta").resolve("950_digest.json"), """
                {"title": "Waffen für Moskau", "outlet": "Agentur D", "published": "2024-07-03", "language": "de"}""");
        imports.run(false, s -> { });
        DigestQueries.LastImport last = digest.lastImport();
        assertEquals("2024-07-03", last.since());
        assertEquals(1, last.articles());
        assertTrue(last.at().compareTo(seeds.at()) >= 0, last + " after " + seeds);

        DigestQueries.Digest d = digest.sinceLastImport();
        assertEquals("2024-07-03", d.since());
        assertEquals(DigestQueries.FROM_LAST_IMPORT, d.sinceFrom());
        assertEquals(last.at(), d.lastImport());
        assertTrue(d.edges().stream().anyMatch(e -> e.get("source").equals("north_korea") && e.get("type").equals("SUPPLIED")
                && e.get("target").equals("russia") && "changed".equals(e.get("change"))), "what the import brought: " + d.edges());
        Map<?, ?> newest = (Map<?, ?>) d.edges().get(0).get("newest");
        assertEquals("950_digest.txt", newest.get("article"));

        // an import that changes nothing is no new import; a given day is the request's
        imports.run(false, s -> { });
        assertEquals(last, digest.lastImport());
        assertEquals(DigestQueries.FROM_REQUEST, digest.since("2024-01-01").sinceFrom());
        assertTrue(DigestReport.html(d, "http://127.0.0.1:7070/").contains("Since the last import"));
    }
}
