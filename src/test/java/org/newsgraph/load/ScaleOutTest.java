package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.cli.Main;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.extract.ArticleExtraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SourceArticle;

/** Extract on one machine, load on another: `extract --format articles`, then `import --claims`, gives the same graph. */
class ScaleOutTest {
    @TempDir
    Path dir;

    @Test
    void anExtractionLineReadsBackAsItWasWritten() throws Exception {
        ExtractionRules rules = ExtractionRules.load(TestPaths.importDir());
        Extractor extractor = new Extractor(rules);
        for (SourceArticle a : new ArticleReader().readFolder(TestPaths.articles()).articles()) {
            ArticleExtraction x = extractor.extract(a);
            ExtractionJson.Line back = ExtractionJson.read(ExtractionJson.write(x, rules.version()));
            assertEquals(x, back.extraction(), a.file());
            assertEquals(rules.version(), back.rulesVersion());
        }
        assertThrows(IllegalArgumentException.class, () -> ExtractionJson.read("{\"source\": \"Putin\"}"));
        assertThrows(IllegalArgumentException.class, () -> ExtractionJson.read("not json"));
    }

    @Test
    void claimsExtractedElsewhereLoadIntoTheSameGraphWithoutTheNlp() throws Exception {
        Path lines = dir.resolve("claims.jsonl");
        assertEquals(0, Main.commandLine().execute("extract", TestPaths.articles().toString(), "--rules",
                TestPaths.importDir().toString(), "--format", "articles", "-o", lines.toString()));
        assertEquals(5, Files.readAllLines(lines).size(), "one line per article");
        Files.writeString(lines, Files.readString(lines) + "{\"format\": \"something else\"}\n");
        Path loaded = dir.resolve("loaded");
        assertEquals(3, Main.commandLine().execute("import", "--claims", lines.toString(), "--data-dir", loaded.toString(),
                "--import-dir", TestPaths.importDir().toString()), "the foreign line is skipped with its reason");
        List<String> fromLines;
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(loaded))) {
            fromLines = claims(db);
            ImportReport again = new ImportService(db, TestPaths.importDir()).addExtracted(
                    Files.readAllLines(lines).stream().filter(l -> l.contains(ExtractionJson.FORMAT)).map(ExtractionJson::read).toList(),
                    List.of(), s -> { });
            assertEquals(0, again.loaded(), "loaded twice: unchanged");
            assertEquals(5, again.unchanged());
        }
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("direct")))) {
            Schema.apply(db);
            new ImportService(db, TestPaths.importDir()).run(false, s -> { });
            assertEquals(claims(db), fromLines, "the same claims, edges and evidence as a direct import");
            assertTrue(fromLines.size() > 50, fromLines.size() + " claims");
        }
    }

    static List<String> claims(Neo4jConnection db) {
        return db.read(tx -> tx.run("""
                MATCH (c:Claim)-[:STATED_IN]->(s:Sentence)
                MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) = c.type AND a.id = c.subject AND b.id = c.object
                RETURN c.article + ' ' + c.subject + ' ' + c.type + ' ' + c.object + ' ' + c.status + ' ' + s.text
                       + ' ' + r.claims AS line ORDER BY line""").list(r -> r.get("line").asString()));
    }
}
