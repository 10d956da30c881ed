package org.newsgraph.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;

/**
 * Analysts' notes on entities, relations and articles: each written to {@code import/curation/workspace/notes.jsonl}
 * (forced to the disk) before the graph, deleted by a tombstone line, and replayed from the file after every import
 * and at every start, so they survive a rebuilt store and reach colleagues with the import folder.
 */
public final class NoteService {
    public static final int MAX_LIST = 500;
    private final Neo4jConnection db;
    private final WorkspaceLog log;

    public NoteService(Neo4jConnection db, Path importDir) {
        this.db = db;
        this.log = new WorkspaceLog(importDir, "notes");
    }

    /** A new note on {@code target} (checked with {@link Note.Target#of}); 400 for text empty or too long. */
    public Note add(Note.Target target, String text, String analyst) {
        Note n = new Note("n-" + UUID.randomUUID(), target, Note.text(text), analyst,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), null);
        log.commitLogged(db, n.line(), tx -> tx.run(WorkspaceQueries.SAVE_NOTES,
                Map.of("rows", List.of(n.row()), "log", log.name())).consume(), () -> exists(n.id()));
        return n;
    }

    /** Deletes a note (a tombstone line in the log, then the graph); 404 when there is no such note. */
    public void delete(String id, String analyst) {
        if (id == null || !id.matches("n-[0-9a-f-]{1,40}")) {
            throw Problem.invalid("bad parameter", "a note id looks like n-1234abcd-…");
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("op", "delete");
        line.put("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        line.put("analyst", analyst);
        log.commitLogged(db, line, tx -> {
            if (tx.run(WorkspaceQueries.DELETE_NOTE, Map.of("id", id)).single().get("deleted").asLong() == 0) {
                throw Problem.notFound("no note '" + id + "'");
            }
        }, () -> !exists(id));
    }

    /** Notes newest first: of one target (or all, when null), with {@code q} in their text, analyst or key (or all). */
    public List<Note> list(Note.Target target, String q, int limit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", target == null ? null : target.kind());
        p.put("key", target == null ? null : target.key());
        p.put("q", q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT));
        p.put("limit", limit);
        return db.read(tx -> tx.run(WorkspaceQueries.NOTES, p).list(r -> new Note(r.get("id").asString(),
                new Note.Target(r.get("kind").asString(), r.get("key").asString()), r.get("text").asString(),
                r.get("analyst").asString(null), r.get("at").asString(null), r.get("label").asString(null))));
    }

    private boolean exists(String id) {
        return db.read(tx -> tx.run(WorkspaceQueries.NOTE_EXISTS, Map.of("id", id)).hasNext());
    }

    /** What a replay did: the notes the log holds now, and its unreadable lines. */
    public record Replay(int notes, List<String> broken) {
    }

    /** Makes the graph hold exactly the notes of the log (idempotent): those added and not deleted since. */
    public synchronized Replay replay() {
        WorkspaceLog.Live<Note> logged = log.live("id", Note::fromLine, Note::id);
        Map<String, Note> live = logged.records();
        List<Map<String, Object>> rows = live.values().stream().map(Note::row).toList();
        db.writeWithoutResult(tx -> {
            tx.run(WorkspaceQueries.SAVE_NOTES, Map.of("rows", rows, "log", log.name())).consume();
            tx.run(WorkspaceQueries.DROP_NOTES_NOT_LOGGED, Map.of("ids", List.copyOf(live.keySet()), "log", log.name())).consume();
        });
        return new Replay(live.size(), logged.broken());
    }
}
