package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.load.ImportService;
import org.newsgraph.model.RelationType;

/**
 * Provenance over time on a real store: the seeds plus two reprints of one wire sentence (two outlets, two days):
 * independent sources, "as known on", denials linked to what they contest, and the digest of what changed.
 */
class ProvenanceTest {
    @TempDir
    static Path dir;
    static Neo4jConnection db;
    static ExploreQueries explore;
    static GraphQueries graph;
    /** One sentence of a seed article, reprinted twice with small edits: the same wire story. */
    static final String WIRE = "Schon im Oktober hatte Washington gemeldet, dass Nordkorea mehr als tausend Container mit"
            + " militärischer Ausrüstung und Munition an Russland geliefert habe.";

    static void article(Path folder, String name, String outlet, String day, String text) throws Exception {
        Files.writeString(folder.resolve(name + ".txt"), "Waffen für Moskau\n\n" + text + "\n", java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("meta").resolve(name + ".json"), """
                {"title": "Waffen für Moskau", "outlet": "%s", "published": "%s", "language": "de"}""".formatted(outlet, day));
    }

    @BeforeAll
    static void load() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        Path articles = importDir.resolve("articles");
        article(articles, "900_wire_a", "Agentur A", "2024-07-01", WIRE);
        article(articles, "901_wire_b", "Zeitung B", "2024-07-02", WIRE.replace("mehr als tausend", "über 1000")
                .replace("Schon im Oktober", "Bereits im Oktober"));
        db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("db")));
        Schema.apply(db);
        new ImportService(db, importDir).run(false, s -> { });
        graph = new GraphQueries(db);
        explore = new ExploreQueries(db, graph);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> edge(GraphQueries.Elements e, String source, String type, String target) {
        return e.edges().stream().map(x -> (Map<String, Object>) x.get("data"))
                .filter(d -> d.get("source").equals(source) && d.get("type").equals(type) && d.get("target").equals(target))
                .findFirst().orElse(null);
    }

    /**
     * What views read from the entities (their kept pairs) is what the store's edges say, field by field, contested
     * denials included; and the cap keeps the edges with most claims.
     */
    @Test
    void theEdgesKeptOnEntitiesAreTheStoresEdges() {
        List<String> ids = db.read(tx -> tx.run("MATCH (e:Entity) WHERE e.degree > 0 RETURN e.id AS id").list(r -> r.get("id").asString()));
        Map<String, Object> params = Map.of("ids", ids, "maxEdges", 100_000L);
        Set<Map<String, Object>> stored = new HashSet<>(db.read(tx -> tx.run(GraphQueries.EDGES_AMONG, params).list(Rows::map)));
        List<Map<String, Object>> kept = db.read(tx -> KeptEdges.strongest(tx.run(GraphQueries.NODES_BY_ID, Map.of("ids", ids)).list(), 100_000L));
        assertTrue(stored.size() > 50, "the seeds have edges: " + stored.size());
        assertTrue(stored.stream().anyMatch(e -> Boolean.TRUE.equals(e.get("contested"))), "and a contested one");
        assertEquals(stored, new HashSet<>(kept));
        assertEquals(stored.size(), kept.size(), "each edge once, though both its entities keep it");
        List<Map<String, Object>> strongest = db.read(tx -> KeptEdges.strongest(tx.run(GraphQueries.NODES_BY_ID, Map.of("ids", ids)).list(), 10));
        long tenth = stored.stream().map(e -> (Long) e.get("claims")).sorted(java.util.Comparator.reverseOrder()).toList().get(9);
        assertEquals(10, strongest.size());
        assertTrue(strongest.stream().allMatch(e -> (Long) e.get("claims") >= tenth), strongest.toString());
    }

    @Test
    void twoNearIdenticalWireSentencesInTwoArticlesCountAsOneIndependentSource() {
        Map<String, Object> supplied = edge(graph.graph(500), "north_korea", "SUPPLIED", "russia");
        long articles = ((Number) supplied.get("articles")).longValue();
        long independent = ((Number) supplied.get("independentSources")).longValue();
        // the seed article the sentence comes from, and the two reprints: three articles, one source
        assertEquals(articles - 2, independent, supplied.toString());
        List<Map<String, Object>> claims = explore.evidence("north_korea", RelationType.SUPPLIED, "russia", 100).claims();
        Set<Object> wire = new HashSet<>();
        claims.stream().filter(c -> String.valueOf(c.get("sentence")).contains("Container")).forEach(c -> wire.add(c.get("source")));
        assertEquals(1, wire.size(), "the reprints and their original share one source: " + claims);
    }

    @Test
    void asOfBeforeAnArticlesPublicationHidesExactlyItsClaims() {
        int now = explore.evidence("north_korea", RelationType.SUPPLIED, "russia", 100).claims().size();
        int before = explore.evidence("north_korea", RelationType.SUPPLIED, "russia", 100, "2024-06-30").claims().size();
        assertEquals(now - 2, before, "the two July reprints are not known on June 30");
        Map<String, Object> then = edge(graph.graphAsOf(500, "2024-06-30"), "north_korea", "SUPPLIED", "russia");
        assertEquals((long) before, ((Number) then.get("claims")).longValue());
        assertTrue(graph.graphAsOf(500, "2023-01-01").nodes().isEmpty(), "nothing was reported before the first article");
        long first = graph.graphAsOf(500, "2023-09-05").edges().size();
        long later = graph.graphAsOf(500, "2023-09-18").edges().size();
        assertTrue(first > 0 && later > first, first + " edges known on 2023-09-05, " + later + " on 2023-09-18");
    }

    @Test
    void aDenialIsLinkedToTheDealsItContestsAndNotToAlliances() {
        long contested = db.read(tx -> tx.run("MATCH (:Claim {type: 'DENIED'})-[:CONTESTS]->(c:Claim {type: 'SUPPLIED'})"
                + " WHERE c.subject = 'north_korea' AND c.object = 'russia' RETURN count(c) AS n").single().get("n").asLong());
        assertTrue(contested >= 3, contested + " deliveries contested");
        long alliances = db.read(tx -> tx.run("MATCH (:Claim)-[:CONTESTS]->(c:Claim) WHERE NOT c.type IN $types RETURN count(c) AS n",
                Map.of("types", RelationType.CONTESTABLE)).single().get("n").asLong());
        assertEquals(0, alliances);
        assertEquals(Boolean.TRUE, edge(graph.graph(500), "north_korea", "SUPPLIED", "russia").get("contested"));
        assertEquals(Boolean.FALSE, edge(graph.graph(500), "north_korea", "ALLIED_WITH", "russia").get("contested"));
        Map<String, Object> claim = explore.evidence("north_korea", RelationType.SUPPLIED, "russia", 100).claims().get(0);
        assertTrue(((List<?>) claim.get("contestedBy")).size() > 0, "its denial comes with the claim: " + claim);
    }

    @Test
    void theDigestListsExactlyTheEdgesTheNewArticlesAdded() {
        Set<String> expected = new HashSet<>(db.read(tx -> tx.run("MATCH (c:Claim) WHERE c.article IN ['900_wire_a.txt', '901_wire_b.txt'] AND c.status <> 'suggested'"
                + " RETURN DISTINCT c.subject + '-' + c.type + '->' + c.object AS t").list(r -> r.get("t").asString())));
        assertTrue(expected.contains("north_korea-SUPPLIED->russia"), expected.toString());
        DigestQueries.Digest d = explore.digest("2024-07-01");
        Set<String> listed = new HashSet<>();
        d.edges().forEach(e -> listed.add(e.get("source") + "-" + e.get("type") + "->" + e.get("target")));
        assertEquals(expected, listed);
        Map<String, Object> supplied = d.edges().stream().filter(e -> e.get("type").equals("SUPPLIED")).findFirst().orElseThrow();
        assertEquals("changed", supplied.get("change"));
        assertEquals(((Number) supplied.get("claimsBefore")).longValue() + 2, ((Number) supplied.get("claimsNow")).longValue());
        String md = org.newsgraph.export.DigestReport.markdown(d);
        assertTrue(md.startsWith("# What changed since 2024-07-01") && md.contains("North Korea — supplied — Russia"), md);
        assertTrue(org.newsgraph.export.DigestReport.html(d).contains("<h1>What changed since 2024-07-01</h1>"));
    }

    @Test
    void pathsAndExportsAsKnownOnADayUseOnlyWhatWasReportedByThen() {
        ExploreQueries.Path today = explore.shortestPath("choe_son_hui", "sergei_lavrov", 6);
        assertEquals(today.nodes(), explore.shortestPath("choe_son_hui", "sergei_lavrov", 6, "2024-07-02").nodes());
        org.newsgraph.model.Problem none = org.junit.jupiter.api.Assertions.assertThrows(org.newsgraph.model.Problem.class,
                () -> explore.shortestPath("choe_son_hui", "sergei_lavrov", 6, "2023-01-01"));
        assertEquals(org.newsgraph.model.Problem.Kind.NOT_FOUND, none.kind());

        org.newsgraph.export.SubgraphReader reader = new org.newsgraph.export.SubgraphReader(db);
        int now = explore.evidence("north_korea", RelationType.SUPPLIED, "russia", 100).claims().size();
        org.newsgraph.export.Subgraph june = reader.among("t", List.of("north_korea", "russia"), null, "2024-06-30");
        org.newsgraph.export.Subgraph.Rel supplied = june.relationships().stream()
                .filter(r -> r.type().equals("SUPPLIED") && r.start().equals("Entity:north_korea")).findFirst().orElseThrow();
        assertEquals(now - 2, supplied.evidence().size());
        assertEquals((long) (now - 2), supplied.properties().get("claims"));
        assertEquals("2024-06-30", supplied.properties().get("asOf"));
        assertTrue(reader.among("t", List.of("north_korea", "russia"), null, "2023-01-01").relationships().stream()
                .noneMatch(r -> r.start().startsWith("Entity:") && r.end().startsWith("Entity:")), "nothing known yet");
    }
}
