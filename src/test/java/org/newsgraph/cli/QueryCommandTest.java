package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;

/** The `query` command against the embedded store: formats, parameters, read-only refusal, --allow-writes. */
@org.junit.jupiter.api.parallel.Isolated("swaps System.out and System.err")
class QueryCommandTest {
    @TempDir
    Path dir;

    private static InProcessCli.Run cli(String... args) {
        return InProcessCli.run(args);
    }

    @Test
    void queriesWithTheConsoleRules() throws Exception {
        String data = dir.resolve("data").toString();
        assertEquals(0, cli("import", "--data-dir", data, "--import-dir", TestPaths.importDir().toString()).code());

        InProcessCli.Run table = cli("query", "--data-dir", data, "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.type AS type",
                "-p", "id=sergei_lavrov");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("Sergei Lavrov") && table.out().contains("Person"), table.out());
        assertTrue(table.err().contains("1 row"), table.err());

        InProcessCli.Run csv = cli("query", "--data-dir", data, "--format", "csv", "UNWIND $xs AS x RETURN x, 'a,b' AS t",
                "--param", "xs=[1,2]");
        assertEquals("x,t\r\n1,\"a,b\"\r\n2,\"a,b\"\r\n", csv.out());

        InProcessCli.Run capped = cli("query", "--data-dir", data, "--query-max-rows", "3", "--format", "json", "UNWIND range(1, 10) AS x RETURN x");
        assertEquals(0, capped.code());
        assertTrue(capped.out().contains("\"truncated\" : true") && capped.out().contains("\"rowCount\" : 3"), capped.out());

        InProcessCli.Run refused = cli("query", "--data-dir", data, "CREATE (:Note {text: 'x'})");
        assertEquals(4, refused.code());
        assertTrue(refused.err().contains("refused"), refused.err());

        InProcessCli.Run write = cli("query", "--data-dir", data, "--allow-writes", "CREATE (:Note {text: 'x'})");
        assertEquals(0, write.code(), write.err());
        assertTrue(write.err().contains("nodesCreated 1"), write.err());

        InProcessCli.Run syntax = cli("query", "--data-dir", data, "MATCH (n RETURN n");
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().contains("cypher error"), syntax.err());

        Path graphml = dir.resolve("putin.graphml");
        InProcessCli.Run export = cli("export", "--data-dir", data, "--format", "graphml", "--entity", "Putin", "--hops", "2", "-o", graphml.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(java.nio.file.Files.readString(graphml).contains("vladimir_putin"));
        InProcessCli.Run unknown = cli("export", "--data-dir", data, "--format", "graphml", "--entity", "Nobody Atall Xyz");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no entity matches"), unknown.err());
        InProcessCli.Run writeQuery = cli("export", "--data-dir", data, "--format", "json", "--query", "MATCH (n) DETACH DELETE n");
        assertEquals(4, writeQuery.code(), writeQuery.err());
        InProcessCli.Run script = cli("export", "--data-dir", data, "--format", "cypher", "--entity", "sergei_lavrov", "--hops", "1",
                "-o", dir.resolve("lavrov.cypher").toString());
        assertEquals(0, script.code(), script.err());
        InProcessCli.Run replay = cli("query", "--data-dir", dir.resolve("other").toString(), "--allow-writes", "--file", dir.resolve("lavrov.cypher").toString());
        assertEquals(0, replay.code(), replay.err());
        InProcessCli.Run back = cli("query", "--data-dir", dir.resolve("other").toString(), "MATCH (e:Entity {id: 'sergei_lavrov'})--(n:Entity) RETURN count(DISTINCT n) AS n");
        assertTrue(back.out().matches("(?s).*\\b[1-9][0-9]*\\s*\\n$"), back.out());
    }
}
