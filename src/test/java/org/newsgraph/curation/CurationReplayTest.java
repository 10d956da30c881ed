package org.newsgraph.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.load.ImportService;

/**
 * Decisions of every kind survive a forced re-import and a new data directory: the curation files in the import
 * folder are applied again and give the same curated graph.
 */
class CurationReplayTest {
    @TempDir
    Path dir;

    /** What curation changes, as sorted lines: entities, claims with verdicts, exploration edges, redirects. */
    static List<String> curated(Neo4jConnection db) {
        return db.read(tx -> {
            List<String> lines = new ArrayList<>();
            tx.run("MATCH (e:Entity) RETURN e.id + '|' + e.name + '|' + e.type + '|' + reduce(x = '', l IN labels(e) | x + ':' + l) + '|'"
                    + " + reduce(x = '', a IN coalesce(e.aliases, []) | x + ',' + a) AS l ORDER BY l").forEachRemaining(r -> lines.add(r.get("l").asString()));
            tx.run("MATCH (c:Claim) RETURN c.id + '|' + c.type + '|' + c.subject + '|' + c.object + '|' + c.status + '|'"
                    + " + coalesce(c.verdict, '-') AS l ORDER BY l").forEachRemaining(r -> lines.add(r.get("l").asString()));
            tx.run("MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id + '-' + type(r) + '->' + t.id + '|' + r.claims + '|' + r.status"
                    + " AS l ORDER BY l").forEachRemaining(r -> lines.add(r.get("l").asString()));
            tx.run("MATCH (r:Redirect) RETURN r.id + '->' + r.into AS l ORDER BY l").forEachRemaining(r -> lines.add(r.get("l").asString()));
            return lines;
        });
    }

    /**
     * Entities whose kept degree (the first view's index) is not their number of exploration edges, or whose kept
     * ranking and pairs (what an expansion reads) are not their neighbours best linked first and the edges with them.
     */
    static List<String> wrongDegrees(Neo4jConnection db) {
        String fresh = org.newsgraph.model.RelationType.expand("""
                MATCH (e:Entity)
                WITH e, COUNT { (e)-[:EXPLORATION]-() } AS d,
                     COLLECT { MATCH (e)-[r:EXPLORATION]-(n:Entity)
                               WITH n, collect(r) AS rs, sum(r.claims) AS claims, sum(r.independentSources) AS sources
                               ORDER BY claims DESC, sources DESC, n.id LIMIT 200 RETURN [n.id, %s] } AS top
                RETURN e.id AS id, e.degree AS degree, d, e.ranked AS ranked, [t IN top | t[0]] AS expected,
                       e.pairs AS pairs, [t IN top | t[1]] AS expectedPairs"""
                .formatted(org.newsgraph.load.KeptPairs.ENCODE));
        return db.read(tx -> tx.run(fresh).list(r -> {
            String id = r.get("id").asString();
            if (r.get("degree").isNull() || r.get("degree").asLong() != r.get("d").asLong()) {
                return id + ": degree " + r.get("degree") + " kept, " + r.get("d") + " edges";
            }
            if (!r.get("ranked").equals(r.get("expected"))) {
                return id + ": ranked " + r.get("ranked") + " kept, " + r.get("expected") + " expected";
            }
            // the edges of a pair in any order
            java.util.function.Function<org.neo4j.driver.Value, List<java.util.Set<String>>> edges = v -> v.isNull() ? null
                    : v.asList(p -> java.util.Set.of(p.asString().isEmpty() ? new String[0] : p.asString().split(";")));
            if (!java.util.Objects.equals(edges.apply(r.get("pairs")), edges.apply(r.get("expectedPairs")))) {
                return id + ": pairs " + r.get("pairs") + " kept, " + r.get("expectedPairs") + " expected";
            }
            return null;
        }).stream().filter(java.util.Objects::nonNull).toList());
    }

    static ImportService importer(Neo4jConnection db, Path importDir, List<CurationService.Replay> replays) {
        CurationService curation = new CurationService(db, importDir);
        return new ImportService(db, importDir).afterChange(() -> replays.add(curation.replay()));
    }

    static String claimOf(Neo4jConnection db, String type, String subject, String object) {
        return db.read(tx -> tx.run("MATCH (c:Claim {type: $t, subject: $s, object: $o}) RETURN c.id AS id ORDER BY id LIMIT 1",
                Map.of("t", type, "s", subject, "o", object)).single().get("id").asString());
    }

    static String sentenceOf(Neo4jConnection db, String claim) {
        return db.read(tx -> tx.run("MATCH (:Claim {id: $id})-[:STATED_IN]->(s) RETURN s.id AS id", Map.of("id", claim))
                .single().get("id").asString());
    }

    @Test
    void decisionsOfEveryKindComeBackAfterAForcedReimportAndOnANewDataDirectory() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        List<CurationService.Replay> replays = new ArrayList<>();
        List<String> first;
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("one")))) {
            Schema.apply(db);
            ImportService service = importer(db, importDir, replays);
            service.run(false, s -> { });
            CurationService curation = new CurationService(db, importDir);
            CurationRequests ask = new CurationRequests(curation);
            ask.review(claimOf(db, "SUPPLIED", "north_korea", "russia"), "reject", "wrong status", null, 0, "ana");
            ask.review(claimOf(db, "MET", "kim_jong_un", "vladimir_putin"), "accept", null, null, 0, "ana");
            ask.review(claimOf(db, "VETOED", "russia", "un_sanctions_north_korea"), "accept", null,
                    new CurationRequests.Correction("OPPOSES", false, "reported"), 0, "ben");
            String met = claimOf(db, "MET", "kim_jong_un", "vladimir_putin");
            ask.addClaim(sentenceOf(db, met), "vladimir_putin", "INVITED", "kim_jong_un", "fact", "ana");
            ask.editEntity("china", "People's Republic of China", null, List.of("China", "Volksrepublik China", "VR China"), 0, "ben");
            ask.merge("soviet_union", "russia", 0, "ana");
            ask.split("sergei_lavrov", "Lawrow", 0, "ana");
            Decision undone = ask.editEntity("japan", "Nippon", null, null, 0, "ana");
            curation.undo(undone.id(), "ana");
            Files.writeString(importDir.resolve("curation/zz-broken.jsonl"), "{\"id\": \"d-1\", \"action\": \"review\"\n{not json\n");
            first = curated(db);
            assertEquals(List.of(), wrongDegrees(db), "degrees right after the decisions");
            assertTrue(first.contains("soviet_union->russia"), "the merge left a redirect");
            assertTrue(first.stream().anyMatch(l -> l.startsWith("vladimir_putin-INVITED->kim_jong_un|1|")), "the added claim has its edge");
            assertTrue(first.stream().anyMatch(l -> l.startsWith("china|People's Republic of China|")));
            assertTrue(first.stream().anyMatch(l -> l.startsWith("japan|Japan|")), "the undone rename stays undone");

            service.run(true, s -> { });
            CurationService.Replay r = replays.get(replays.size() - 1);
            assertEquals(List.of(), r.missing());
            assertEquals(2, r.broken().size(), "both broken lines named: " + r.broken());
            assertTrue(r.broken().get(1).startsWith("zz-broken.jsonl:2"), r.broken().toString());
            assertEquals(7, r.applied());
            assertEquals(first, curated(db), "the same curated graph after a forced re-import");
            assertEquals(List.of(), wrongDegrees(db), "degrees right after the re-import");
            Path removed = importDir.resolve("articles/003_91177644da26c606.txt");
            byte[] text = Files.readAllBytes(removed);
            Files.delete(removed);
            service.run(false, s -> { });
            assertEquals(List.of(), wrongDegrees(db), "degrees right after an article was removed");
            Files.write(removed, text);
            service.run(false, s -> { });
            assertEquals(first, curated(db), "the article back, the curated graph as before");
        }
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("two")))) {
            Schema.apply(db);
            importer(db, importDir, replays).run(false, s -> { });
            assertEquals(first, curated(db), "the same curated graph in a new data directory");
        }
    }
}
