package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.newsgraph.TestPaths;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.extract.text.SkippedFile;

/** A folder with a dozen kinds of bad files: each is named with its reason, every good file is imported. */
class BadArticlesTest {
    @TempDir
    Path dir;

    @Test
    void eachBadFileGetsItsReasonAndTheRestIsImported() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        Path a = importDir.resolve("articles");
        Path meta = a.resolve("meta");
        String seed = Files.readString(a.resolve("000_f6ebf1c77519c4e2.txt"));
        Files.writeString(a.resolve("empty.txt"), "   \n");
        Files.write(a.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02});
        Files.write(a.resolve("cp1252.txt"), "Südkorea und Nordkorea trafen sich in Pjöngjang.".getBytes(Charset.forName("windows-1252")));
        try (RandomAccessFile huge = new RandomAccessFile(a.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(51L * 1024 * 1024); // sparse: costs no disk
        }
        Files.writeString(a.resolve("brokenmeta.txt"), "Titel\nPutin traf Kim in Moskau.");
        Files.writeString(meta.resolve("brokenmeta.json"), "{ \"title\": \"x\", ");
        Files.writeString(a.resolve("baddate.txt"), "Titel\nPutin traf Kim in Moskau.");
        Files.writeString(meta.resolve("baddate.json"), "{ \"published\": \"yesterday\" }");
        Files.writeString(a.resolve("zz_duplicate.txt"), seed);
        Files.writeString(a.resolve("english.txt"), ("Russian President Vladimir Putin met North Korean leader Kim Jong Un at the "
                + "Vostochny cosmodrome on Wednesday, where the two men discussed military cooperation, satellites and the war "
                + "in Ukraine, according to state media reports from both countries. ").repeat(3));
        Files.writeString(a.resolve("spanish.txt"), ("El presidente ruso Vladimir Putin se reunió con el líder norcoreano Kim Jong Un "
                + "en el cosmódromo de Vostochny, donde los dos hablaron de cooperación militar y de los satélites. ").repeat(3));
        Files.writeString(a.resolve("french.txt"), "Titel\nPutin traf Kim.");
        Files.writeString(meta.resolve("french.json"), "{ \"language\": \"fr\" }");
        Files.createSymbolicLink(a.resolve("loop.txt"), a.resolve("loop2.txt"));
        Files.createSymbolicLink(a.resolve("loop2.txt"), a.resolve("loop.txt"));
        Files.writeString(a.resolve("nosentence.txt"), "— … —\n12 34\n");
        // good ones, awkward but fine: spaces and umlauts in the name, a byte-order mark
        Files.writeString(a.resolve("Bericht über Kim und Schoigu.txt"), "Titel\nSergei Schoigu traf Kim Jong-un in Pjöngjang.",
                StandardCharsets.UTF_8);
        Files.write(a.resolve("bom.txt"), ("\uFEFFTitel\nLawrow traf Choe Son-hui in Moskau.").getBytes(StandardCharsets.UTF_8));

        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("db")))) {
            Schema.apply(db);
            ImportReport report = new ImportService(db, importDir).run(false, s -> { });
            Map<String, String> why = report.skipped().stream().collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason));
            assertTrue(why.get("empty.txt").contains("empty"), why.toString());
            assertTrue(why.get("binary.txt").contains("binary"), why.toString());
            assertTrue(why.get("cp1252.txt").contains("not valid UTF-8"), why.toString());
            assertTrue(why.get("huge.txt").contains("too large"), why.toString());
            assertTrue(why.get("brokenmeta.txt").contains("broken metadata"), why.toString());
            assertTrue(why.get("baddate.txt").contains("'yesterday' is not a date"), why.toString());
            assertTrue(why.get("zz_duplicate.txt").contains("duplicate of 000_f6ebf1c77519c4e2.txt"), why.toString());
            assertTrue(why.get("spanish.txt").contains("neither German nor English"), why.toString());
            assertTrue(why.get("french.txt").contains("language 'fr'"), why.toString());
            assertTrue(why.get("loop.txt").contains("symbolic link that leads nowhere"), why.toString());
            assertTrue(why.get("loop2.txt").contains("symbolic link that leads nowhere"), why.toString());
            assertTrue(why.get("nosentence.txt").contains("no sentence"), why.toString());
            assertEquals(12, why.size(), why.toString());
            try (Session s = db.driver().session(db.sessionConfig())) {
                assertEquals(8, s.run("MATCH (a:Article) RETURN count(a) AS n").single().get("n").asInt(),
                        "5 seeds + 2 awkward + 1 English");
                assertTrue(s.run("MATCH (c:Claim {article: 'english.txt', type: 'MET'}) RETURN count(c) AS n")
                        .single().get("n").asInt() > 0, "English articles are read, not skipped");
                assertTrue(s.run("MATCH (c:Claim {article: 'Bericht über Kim und Schoigu.txt', type: 'MET'}) RETURN count(c) AS n")
                        .single().get("n").asInt() > 0);
                assertTrue(s.run("MATCH (c:Claim {article: 'bom.txt'}) RETURN count(c) AS n").single().get("n").asInt() > 0);
            }
        }
    }
}
