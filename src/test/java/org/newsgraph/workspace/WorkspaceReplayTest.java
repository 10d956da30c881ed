package org.newsgraph.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.curation.CurationLog;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.load.ImportService;

/**
 * Notes and saved views survive a forced re-import and a store built afresh from the import folder: the files in
 * {@code import/curation/workspace/} are replayed after the import as the decisions are, idempotently; a line removed
 * from a file takes its note out at the next replay, and an unreadable line is reported.
 */
class WorkspaceReplayTest {
    @TempDir
    Path dir;

    /** Notes and views as sorted lines: what the graph holds of the workspace. */
    static List<String> held(Neo4jConnection db) {
        return db.read(tx -> {
            List<String> lines = new ArrayList<>();
            tx.run("MATCH (n:Note) RETURN n.id + '|' + n.targetKind + '|' + n.targetKey + '|' + n.text + '|' + n.analyst + '|' + n.at AS l"
                    + " ORDER BY l").forEachRemaining(r -> lines.add(r.get("l").asString()));
            tx.run("MATCH (v:SavedView) RETURN v.name + '|' + v.link + '|' + v.analyst AS l ORDER BY l")
                    .forEachRemaining(r -> lines.add(r.get("l").asString()));
            return lines;
        });
    }

    /** An import of the folder that replays the workspace afterwards, as serve and the import command do. */
    static ImportService importer(Neo4jConnection db, Path importDir, List<String> replays) {
        Workspace workspace = Workspace.of(db, importDir);
        return new ImportService(db, importDir).afterChange(() -> replays.add(workspace.replay()));
    }

    @Test
    void notesAndViewsComeBackAfterAForcedReimportAndOnANewStore() throws Exception {
        Path importDir = dir.resolve("import");
        TestPaths.copyTree(TestPaths.importDir(), importDir);
        List<String> replays = new ArrayList<>();
        List<String> first;
        String kept;
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("one")))) {
            Schema.apply(db);
            ImportService service = importer(db, importDir, replays);
            service.run(false, s -> { });
            Workspace ws = Workspace.of(db, importDir);
            kept = ws.notes().add(Note.Target.of("entity", "kim_jong_un"), "Kim's note\nwith two lines", "ana").id();
            ws.notes().add(Note.Target.of("relation", "kim_jong_un|MET|vladimir_putin"), "on the meeting", "ben");
            String gone = ws.notes().add(Note.Target.of("article", "000_f6ebf1c77519c4e2.txt"), "to be deleted", "ana").id();
            ws.notes().delete(gone, "ben");
            ws.views().save("Putin", "#focus=vladimir_putin", "ana");
            ws.views().save("Gone", "#focus=russia", "ana");
            ws.views().delete("Gone", "ana");
            first = held(db);
            assertEquals(3, first.size(), "two notes and one view: " + first);
            assertFalse(first.toString().contains("to be deleted"));

            service.run(true, s -> { });
            assertEquals(first, held(db), "a forced re-import leaves them as they were");
            assertEquals("workspace: 2 notes, 1 saved view", replays.get(replays.size() - 1));
            ws.replay();
            assertEquals(first, held(db), "a replay again changes nothing");
        }
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("two")))) {
            Schema.apply(db);
            importer(db, importDir, replays).run(false, s -> { });
            assertEquals(first, held(db), "a store built afresh from the import folder holds the same notes and views");

            Path notes = importDir.resolve("curation/workspace/notes.jsonl");
            List<String> lines = new ArrayList<>(Files.readAllLines(notes));
            assertTrue(lines.removeIf(l -> l.contains(kept)), "the note's line, removed by hand or by a revert");
            lines.add("{not json");
            Files.write(notes, lines);
            String said = Workspace.of(db, importDir).replay();
            assertTrue(said.startsWith("workspace: 1 note, 1 saved view") && said.contains("notes.jsonl:"), said);
            assertFalse(held(db).toString().contains("Kim's note"), "a note the log no longer holds is taken out");
        }
        CurationLog.Read decisions = new CurationLog(importDir).read();
        assertEquals(List.of(), decisions.broken(), "the workspace's lines are never read as decisions");
        assertEquals(0, decisions.decisions().size());
    }
}
