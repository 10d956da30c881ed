package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.newsgraph.TestApp;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.EmbeddedNeo4j;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.graph.GraphChecksum;
import org.newsgraph.query.QueryLimits;
import org.newsgraph.query.QueryService;
import org.newsgraph.query.ScriptStatements;

/** Every export format against real readers: a fresh Neo4j, the XSDs, JGraphT, NetworkX, LOAD CSV. */
class ExportTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @TempDir
    static Path dir;

    static Subgraph putin;

    @BeforeAll
    static void start() throws Exception {
        putin = new SubgraphReader(app.db()).neighbourhood("test", List.of("vladimir_putin"), 2);
        assertTrue(putin.entities().size() > 10 && putin.edges().size() > 10, "a real subgraph to export");
    }

    static byte[] bytes(ExportFormat f, Subgraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(g, out);
        return out.toByteArray();
    }

    @Test
    void cypherScriptRebuildsTheSameSubgraphInAnEmptyDatabaseAndIsIdempotent() throws Exception {
        String script = new String(bytes(ExportFormat.CYPHER, putin), StandardCharsets.UTF_8);
        try (Neo4jConnection fresh = Neo4jConnection.open(DbSettings.embedded(dir.resolve("fresh")))) {
            QueryService writes = new QueryService(fresh, QueryLimits.defaults());
            for (int pass = 0; pass < 2; pass++) {
                for (String statement : ScriptStatements.split(script)) {
                    writes.run(statement, Map.of(), true);
                }
                assertEquals(canonical(putin), canonical(fresh), "pass " + (pass + 1) + ": same nodes, relationships, properties");
            }
        }
    }

    /** The subgraph as sorted lines: labels and properties of each node, type, ends and properties of each relationship. */
    static Set<String> canonical(Subgraph g) {
        Set<String> out = new TreeSet<>();
        g.nodes().forEach(n -> out.add("N" + n.labels() + new TreeMap<>(n.properties())));
        g.relationships().forEach(r -> out.add("R" + r.start() + "-" + r.type() + new TreeMap<>(r.properties()) + "->" + r.end()));
        return out;
    }

    static Set<String> canonical(Neo4jConnection db) {
        Set<String> out = new TreeSet<>();
        try (Session s = db.driver().session(db.sessionConfig())) {
            for (Record r : s.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").list()) {
                List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
                labels.sort(null);
                out.add("N" + labels + new TreeMap<>(r.get("props").asMap()));
            }
            for (Record r : s.run("""
                    MATCH (a)-[r]->(b)
                    RETURN type(r) AS type, properties(r) AS props,
                           [l IN labels(a) WHERE l IN $main][0] + ':' + a.id AS start,
                           [l IN labels(b) WHERE l IN $main][0] + ':' + b.id AS end""", Map.of("main", Subgraph.MAIN_LABELS)).list()) {
                out.add("R" + r.get("start").asString() + "-" + r.get("type").asString() + new TreeMap<>(r.get("props").asMap())
                        + "->" + r.get("end").asString());
            }
        }
        return out;
    }

    @Test
    void graphmlIsValidAndReadByJGraphT() throws Exception {
        byte[] xml = bytes(ExportFormat.GRAPHML, putin);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ExportTest.class.getResource("/xsd/graphml/graphml.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.createDefaultEdgeSupplier(), false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        List<String> evidence = new ArrayList<>();
        importer.addEdgeAttributeConsumer((pair, attr) -> {
            if (pair.getSecond().equals("evidence")) {
                evidence.add(attr.getValue());
            }
        });
        importer.importGraph(g, new StringReader(new String(xml, StandardCharsets.UTF_8)));
        assertEquals(putin.entities().size(), g.vertexSet().size());
        assertEquals(putin.edges().size(), g.edgeSet().size());
        assertEquals(putin.edges().size(), evidence.size());
        assertTrue(JSON.readTree(evidence.get(0)).get(0).get("sentence").asText().length() > 20, "evidence carries the sentence");
    }

    @Test
    void gexfHasTheGexfStructureSpellsAndIsReadByJGraphTAndNetworkX() throws Exception {
        byte[] gexf = bytes(ExportFormat.GEXF, putin);
        String text = new String(gexf, StandardCharsets.UTF_8);
        assertTrue(text.contains("xmlns=\"http://gexf.net/1.3\"") && text.contains("version=\"1.3\""));
        assertTrue(text.contains("<spell start=\""), "dated relations carry spells");
        // structure: the 1.2draft schema (the 1.3 one is not available offline) with the namespace mapped
        String as12 = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace("version=\"1.3\"", "version=\"1.2\"");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ExportTest.class.getResource("/xsd/gexf-1.2draft/gexf.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(as12)));
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.createDefaultEdgeSupplier(), false);
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(as12));
        assertEquals(putin.entities().size(), g.vertexSet().size());
        assertEquals(putin.edges().size(), g.edgeSet().size());
        Path file = dir.resolve("putin.gexf");
        Files.write(file, gexf);
        Process p = new ProcessBuilder("python3", "-c", "import sys, networkx as nx; g = nx.read_gexf(sys.argv[1], version='1.3');"
                + " print(g.number_of_nodes(), g.number_of_edges())", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeFalse(out.contains("No module named 'networkx'"), "NetworkX not installed: " + out);
        assertEquals(0, p.waitFor(), out);
        assertEquals(putin.entities().size() + " " + putin.edges().size(), out);
    }

    @Test
    void csvZipLoadsIntoAFreshDatabaseWithLoadCsv() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(ExportFormat.CSV, putin)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Files.write(folder.resolve(e.getName()), zip.readAllBytes());
            }
        }
        assertTrue(Files.readString(folder.resolve("README.txt")).contains("neo4j-admin database import full"));
        try (EmbeddedNeo4j neo = EmbeddedNeo4j.startWithImportFolder(dir.resolve("csvdb"), folder);
             Neo4jConnection db = Neo4jConnection.open(new DbSettings(dir.resolve("unused"), neo.boltUri(), neo.user(), neo.password(), null));
             Session s = db.driver().session()) {
            s.run("""
                    LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
                    CREATE (n:Entity {id: row['id:ID'], name: row['name:string'], type: row['type:string'],
                                      aliases: split(row['aliases:string[]'], ';')})""").consume();
            s.run("""
                    LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
                    MATCH (a:Entity {id: row[':START_ID']}), (b:Entity {id: row[':END_ID']})
                    CREATE (a)-[r:$(row[':TYPE'])]->(b) SET r.claims = toInteger(row['claims:long'])""")
                    .consume();
            // each claim a row of its own, joined to its relation by (source, type, target)
            s.run("""
                    LOAD CSV WITH HEADERS FROM 'file:///claims.csv' AS row
                    MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target}) WHERE type(r) = row.type
                    CREATE (c:Claim {id: row.claim, evidence: row.evidence, status: row.status, article: row.article})
                    CREATE (c)-[:BACKS]->(b)""").consume();
            assertEquals(putin.entities().size(), s.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asInt());
            assertEquals(putin.edges().size(), s.run("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n").single().get("n").asInt());
            int claims = s.run("MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.claims) AS n").single().get("n").asInt();
            assertEquals(putin.edges().stream().mapToLong(r -> ((Number) r.properties().get("claims")).longValue()).sum(), claims);
            assertEquals(claims, s.run("MATCH (c:Claim) RETURN count(c) AS n").single().get("n").asInt(),
                    "claims.csv: one row per claim of the relations, each joined to its relation");
            assertEquals(0, s.run("MATCH (c:Claim) WHERE size(c.evidence) < 20 OR c.article IS NULL OR c.status IS NULL RETURN count(c) AS n")
                    .single().get("n").asInt(), "every claim has its sentence, article and status");
        }
    }

    /** Texts a hostile page could put in names, aliases and evidence, next to negative numbers. */
    static Subgraph formulas() {
        Map<String, Object> evil = new TreeMap<>(Map.of("id", "evil", "name", "=HYPERLINK(\"http://evil.example\",\"click\")",
                "type", "Person", "aliases", List.of("+cmd|' /C calc'!A0", "@SUM(1+1)", "Kim"), "score", -3L, "weight", -0.5,
                "note", "-3", "role", "\t=1+1", "outlet", "-2+3"));
        Map<String, Object> fine = new TreeMap<>(Map.of("id", "fine", "name", "Kim Jong-un", "type", "Person",
                "aliases", List.of("Kim"), "score", 5L, "weight", 0.25, "note", "+1e3", "role", "leader", "outlet", "\r=1"));
        Subgraph.Rel met = new Subgraph.Rel("MET", "Entity:evil", "Entity:fine",
                new TreeMap<>(Map.of("claims", 2L, "status", "-fact", "change", -1L)),
                List.of(Map.of("sentence", "=1+1", "outlet", "@home")));
        return new Subgraph("formulas", List.of(new Subgraph.Node("Entity", "evil", List.of("Entity", "Person"), evil),
                new Subgraph.Node("Entity", "fine", List.of("Entity", "Person"), fine)), List.of(met));
    }

    @Test
    void csvCellsASpreadsheetWouldRunStartWithAQuoteAndNumbersStayNumbers() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("csv-formulas"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(ExportFormat.CSV, formulas())))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Files.write(folder.resolve(e.getName()), zip.readAllBytes());
            }
        }
        try (EmbeddedNeo4j neo = EmbeddedNeo4j.startWithImportFolder(dir.resolve("csv-formulas-db"), folder);
             Neo4jConnection db = Neo4jConnection.open(new DbSettings(dir.resolve("unused-formulas"), neo.boltUri(), neo.user(), neo.password(), null));
             Session s = db.driver().session()) {
            List<String> formulas = new ArrayList<>();
            for (String file : List.of("entities.csv", "relations.csv", "claims.csv")) {
                // every cell as a CSV reader sees it, list items too: none may start a formula, unless it is a number
                s.run("LOAD CSV WITH HEADERS FROM 'file:///" + file + "' AS row UNWIND keys(row) AS k "
                        + "UNWIND split(coalesce(row[k], ''), ';') AS v RETURN k, v").forEachRemaining(r -> {
                            String v = r.get("v").asString();
                            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[+-]?[0-9.]+(e[0-9]+)?")) {
                                formulas.add(file + " " + r.get("k").asString() + ": " + v);
                            }
                        });
            }
            assertEquals(List.of(), formulas, "cells a spreadsheet would run");
            Record evil = s.run("""
                    LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row['id:ID'] = 'evil'
                    RETURN row['name:string'] AS name, split(row['aliases:string[]'], ';') AS aliases,
                           toInteger(row['score:long']) AS score, toFloat(row['weight:double']) AS weight,
                           row['note:string'] AS note, row['role:string'] AS role""").single();
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", evil.get("name").asString());
            assertEquals(List.of("'+cmd|' /C calc'!A0", "'@SUM(1+1)", "Kim"), evil.get("aliases").asList());
            assertEquals(-3L, evil.get("score").asLong(), "a negative number stays a number");
            assertEquals(-0.5, evil.get("weight").asDouble());
            assertEquals("-3", evil.get("note").asString(), "a number written as text is no formula");
            assertEquals("'\t=1+1", evil.get("role").asString());
            Record met = s.run("""
                    LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
                    RETURN row[':START_ID'] AS start, toInteger(row['change:long']) AS change, row['status:string'] AS status""").single();
            assertEquals("evil", met.get("start").asString());
            assertEquals(-1L, met.get("change").asLong());
            assertEquals("'-fact", met.get("status").asString());
            Record claim = s.run("""
                    LOAD CSV WITH HEADERS FROM 'file:///claims.csv' AS row
                    RETURN row.source AS source, row.type AS type, row.evidence AS evidence, row.outlet AS outlet""").single();
            assertEquals("evil", claim.get("source").asString());
            assertEquals("MET", claim.get("type").asString());
            assertEquals("'=1+1", claim.get("evidence").asString(), "the evidence sentence is a cell of its own, never run");
            assertEquals("'@home", claim.get("outlet").asString());
        }
    }

    @Test
    void cytoscapeAndPlainJsonCarryEvidence() throws Exception {
        JsonNode cy = JSON.readTree(bytes(ExportFormat.CYJS, putin));
        assertEquals(putin.entities().size(), cy.at("/elements/nodes").size());
        assertEquals(putin.edges().size(), cy.at("/elements/edges").size());
        JsonNode edge = cy.at("/elements/edges/0/data");
        assertTrue(edge.get("evidence").get(0).has("sentence") && edge.get("evidence").get(0).has("outlet"), edge.toString());
        JsonNode plain = JSON.readTree(bytes(ExportFormat.JSON, putin));
        assertEquals(putin.nodes().size(), plain.get("nodes").size());
        assertEquals(putin.relationships().size(), plain.get("relationships").size());
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return app.getBytes(path);
    }

    @Test
    void reportedCountsAreOfWhatTheFileHolds() throws Exception {
        ExportService exports = org.newsgraph.app.Application.services(app.db(), QueryLimits.defaults(), List.of()).exports();
        ExportService.Export graphml = exports.neighbourhood(List.of("Putin"), 1, ExportFormat.GRAPHML);
        String xml = new String(graphml.bytes(), StandardCharsets.UTF_8);
        assertEquals(xml.split("<node ", -1).length - 1, graphml.nodes(), "GraphML holds entities only");
        assertEquals(xml.split("<edge ", -1).length - 1, graphml.relationships());
        ExportService.Export json = exports.neighbourhood(List.of("Putin"), 1, ExportFormat.JSON);
        com.fasterxml.jackson.databind.JsonNode plain = JSON.readTree(json.bytes());
        assertEquals(plain.get("nodes").size(), json.nodes(), "plain JSON holds claims, sentences and articles too");
        assertEquals(plain.get("relationships").size(), json.relationships());
        assertTrue(json.nodes() > graphml.nodes(), json.nodes() + " vs " + graphml.nodes());
    }

    static HttpResponse<byte[]> post(String json) throws Exception {
        return app.postForBytes("/api/export", json);
    }

    @Test
    void apiDownloadsWithFileNamesAndRefusesBadInput() throws Exception {
        GraphChecksum.Summary before = GraphChecksum.of(app.db());
        HttpResponse<byte[]> ok = get("/api/export?format=graphml&entity=Putin&hops=1");
        assertEquals(200, ok.statusCode());
        assertEquals("attachment; filename=\"newsgraph-vladimir_putin-1hops.graphml\"",
                ok.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(new String(ok.body(), StandardCharsets.UTF_8).contains("<graphml"));
        HttpResponse<byte[]> view = post("{\"format\": \"cyjs\", \"entities\": [\"kim_jong_un\", \"vladimir_putin\"]}");
        assertEquals(200, view.statusCode(), new String(view.body(), StandardCharsets.UTF_8));
        assertEquals(2, JSON.readTree(view.body()).at("/elements/nodes").size());
        HttpResponse<byte[]> query = post("{\"format\": \"json\", \"query\": \"MATCH p = (:Entity {id: 'sergei_lavrov'})--(:Entity) RETURN p\"}");
        assertEquals(200, query.statusCode(), new String(query.body(), StandardCharsets.UTF_8));

        Map<String, Integer> bad = new java.util.LinkedHashMap<>();
        bad.put("/api/export?format=graphml&entity=nobody_at_all_xyz&hops=1", 404);
        bad.put("/api/export?format=graphml&entity=vladimir_putin&hops=9", 400);
        bad.put("/api/export?format=graphml&entity=vladimir_putin&hops=-1", 400);
        bad.put("/api/export?format=pdf&entity=vladimir_putin", 400);
        bad.put("/api/export?format=graphml", 400);
        for (Map.Entry<String, Integer> b : bad.entrySet()) {
            HttpResponse<byte[]> r = get(b.getKey());
            assertEquals(b.getValue(), r.statusCode(), b.getKey());
            assertTrue(JSON.readTree(r.body()).has("detail"), b.getKey());
        }
        assertEquals(403, post("{\"format\": \"json\", \"query\": \"MATCH (n) DETACH DELETE n RETURN count(*)\"}").statusCode());
        assertEquals(400, post("{\"format\": \"json\", \"entities\": []}").statusCode());
        assertEquals(404, post("{\"format\": \"json\", \"entities\": [\"nobody_at_all\"]}").statusCode());
        assertEquals(400, post("{\"format\": \"json\", \"entities\": \"kim_jong_un\"}").statusCode());
        assertEquals(400, post("{\"format\": \"json\", \"query\": \"MATCH (n:Claim) RETURN n LIMIT 1\"}").statusCode());
        assertEquals(before, GraphChecksum.of(app.db()), "nothing written");
    }
}
