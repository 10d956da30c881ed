package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Session;
import org.newsgraph.TestApp;

/**
 * Exports over the API on the seed graph, read back format by format: no internal fields unless asked for
 * ({@code internal=true}), CSV as a zip of entities, relations and one row per claim, and headers that say what the
 * file holds.
 */
class CleanExportTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();

    /** Fields the store keeps for its own machinery, per kind of element: none may leave without internal=true. */
    static final Map<String, Set<String>> INTERNAL = Map.of(
            "Entity", Set.of("degree", "ranked", "pairs", "aliasText"),
            "edge", Set.of("articleIds"),
            "Article", Set.of("sha256", "rulesVersion", "file", "origin", "bytes", "readAs"),
            "Claim", Set.of("rule", "score", "readStatus", "zone"));

    static ExportFiles.Read get(ExportFormat f, String query) throws Exception {
        HttpResponse<byte[]> r = app.getBytes("/api/export?format=" + f.name().toLowerCase() + "&" + query);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        ExportFiles.Read read = ExportFiles.read(f, r.body());
        assertEquals(read.summary(), r.headers().firstValue("X-Export-Counts").orElse(""), f + ": the header says what the file holds");
        return read;
    }

    /** Every kind of element carries only its public fields (ExportFields). */
    static void onlyPublicFields(ExportFormat f, ExportFiles.Read read) {
        read.fields().forEach((kind, names) -> {
            Set<String> allowed = switch (kind) {
                case "edge" -> ExportFields.publicEdgeFields();
                case "role" -> Set.of();
                default -> ExportFields.publicNodeFields(kind);
            };
            Set<String> extra = new TreeSet<>(names);
            extra.removeAll(allowed);
            assertEquals(Set.of(), extra, f + ": fields of " + kind + " beyond the public ones");
        });
        assertTrue(read.fields().get("Entity").containsAll(Set.of("name", "type")), f + " " + read.fields());
    }

    @Test
    void everyFormatCarriesNoInternalFieldUnlessAskedAndSaysWhatItHolds() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            ExportFiles.Read clean = get(f, "entity=vladimir_putin&hops=1");
            onlyPublicFields(f, clean);
            assertEquals(clean.counts().describe(), clean.summary(), f + ": the file's own header counts what it holds");
            assertEquals("neighbourhood of vladimir_putin within 1 hop", clean.title(), f.toString());
            assertTrue(clean.counts().entities() > 5 && clean.counts().relations() > 5 && clean.counts().claims() >= clean.counts().relations(),
                    f + ": " + clean.counts());

            ExportFiles.Read internal = get(f, "entity=vladimir_putin&hops=1&internal=true");
            assertEquals(clean.counts(), internal.counts(), f + ": the same elements");
            assertTrue(internal.fields().get("Entity").containsAll(INTERNAL.get("Entity")), f + " with internal=true: " + internal.fields());
            assertTrue(internal.fields().get("edge").containsAll(INTERNAL.get("edge")), f + " with internal=true: " + internal.fields());
            if (!f.entitiesOnly()) {
                assertTrue(internal.fields().get("Article").containsAll(Set.of("sha256", "rulesVersion")), f + ": " + internal.fields());
                assertTrue(internal.fields().get("Claim").containsAll(Set.of("rule", "score")), f + ": " + internal.fields());
            }
        }
        HttpResponse<byte[]> bad = app.getBytes("/api/export?format=json&entity=vladimir_putin&internal=yes");
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("detail").asText().contains("internal"));
    }

    @Test
    void aViewExportIsTitledAsThePageNamesItAndCountsWhatItHolds() throws Exception {
        JsonNode around = JSON.readTree(app.get("/api/entities/sergei_lavrov/neighbours?limit=20").body());
        List<String> ids = new ArrayList<>();
        around.get("nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
        String entities = JSON.writeValueAsString(ids);
        for (ExportFormat f : ExportFormat.values()) {
            HttpResponse<byte[]> r = app.postForBytes("/api/export", "{\"format\": \"" + f.name().toLowerCase()
                    + "\", \"entities\": " + entities + ", \"title\": \"focus on Sergei Lavrov\"}");
            assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            ExportFiles.Read read = ExportFiles.read(f, r.body());
            assertEquals("focus on Sergei Lavrov", read.title(), f + ": the title the page gave, not 'view of N entities'");
            assertEquals(read.counts().describe(), read.summary(), f.toString());
            assertEquals(read.summary(), r.headers().firstValue("X-Export-Counts").orElse(""), f.toString());
            assertEquals(ids.size(), read.counts().entities(), f + ": the entities sent");
            onlyPublicFields(f, read);
        }
        HttpResponse<byte[]> untitled = app.postForBytes("/api/export", "{\"format\": \"cypher\", \"entities\": " + entities + "}");
        assertTrue(new String(untitled.body(), StandardCharsets.UTF_8).startsWith("// newsgraph export: view\n"));
        assertEquals(400, app.postForBytes("/api/export", "{\"format\": \"cypher\", \"entities\": " + entities
                + ", \"title\": \"" + "x".repeat(201) + "\"}").statusCode());
        assertEquals(400, app.postForBytes("/api/export", "{\"format\": \"cypher\", \"entities\": " + entities
                + ", \"internal\": \"yes\"}").statusCode());
        HttpResponse<byte[]> internal = app.postForBytes("/api/export", "{\"format\": \"json\", \"entities\": " + entities
                + ", \"internal\": true}");
        assertTrue(ExportFiles.read(ExportFormat.JSON, internal.body()).fields().get("Entity").contains("pairs"));
    }

    @Test
    void csvIsAZipOfEntitiesRelationsAndOneRowPerClaimWithItsEvidenceInColumns() throws Exception {
        ExportFiles.Read csv = get(ExportFormat.CSV, "entity=kim_jong_un&hops=1");
        assertEquals(Set.of("entities.csv", "relations.csv", "claims.csv", "README.txt"), Set.copyOf(csv.files()));
        assertEquals(CsvExport.CLAIM_COLUMNS, List.copyOf(csv.claimRows().get(0).keySet()));

        // the same neighbourhood as JSON: its claims, each with its sentence and article
        JsonNode json = JSON.readTree(app.getBytes("/api/export?format=json&entity=kim_jong_un&hops=1").body());
        Map<String, JsonNode> nodes = new HashMap<>();
        json.get("nodes").forEach(n -> nodes.put(n.get("key").asText(), n.get("properties")));
        Map<String, String> sentenceOf = new HashMap<>();
        Map<String, String> articleOf = new HashMap<>();
        for (JsonNode r : json.get("relationships")) {
            if (r.get("type").asText().equals("STATED_IN")) {
                sentenceOf.put(r.get("start").asText(), r.get("end").asText());
            } else if (r.get("type").asText().equals("IN")) {
                articleOf.put(r.get("start").asText(), r.get("end").asText());
            }
        }
        Set<String> claims = new TreeSet<>();
        nodes.keySet().stream().filter(k -> k.startsWith("Claim:")).forEach(k -> claims.add(k.substring(6)));
        Set<String> rows = new TreeSet<>();
        for (Map<String, String> row : csv.claimRows()) {
            assertTrue(rows.add(row.get("claim")), "one row per claim: " + row.get("claim"));
            JsonNode claim = nodes.get("Claim:" + row.get("claim"));
            assertTrue(claim != null, "a claim of the relations: " + row);
            String sentence = sentenceOf.get("Claim:" + row.get("claim"));
            assertEquals(CsvExport.notFormula(nodes.get(sentence).get("text").asText()), row.get("evidence"), "the evidence sentence");
            assertEquals("Article:" + row.get("article"), articleOf.get(sentence), "the article it was read in");
            assertEquals(claim.get("status").asText(), row.get("status"));
            assertEquals(claim.path("date").asText(""), row.get("date"));
            assertEquals(nodes.get("Entity:" + row.get("source")) != null && nodes.get("Entity:" + row.get("target")) != null, true, row.toString());
            assertFalse(row.get("title").isEmpty(), row.toString());
        }
        assertEquals(claims, rows, "claims.csv holds exactly the claims behind the relations");

        // open suggestions and rejected claims are no evidence
        try (Session s = app.db().driver().session(app.db().sessionConfig())) {
            List<String> undecided = s.run("MATCH (c:Claim) WHERE c.status = 'suggested' OR c.verdict = 'rejected' RETURN c.id AS id")
                    .list(r -> r.get("id").asString());
            assertFalse(undecided.isEmpty(), "the seeds have open suggestions");
            undecided.forEach(id -> assertFalse(rows.contains(id), "a suggestion or rejected claim exported: " + id));
        }
    }
}
