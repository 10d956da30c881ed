package org.newsgraph.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.db.Neo4jConnection;

/**
 * The analysts' shared workspace: notes and saved views, kept in the graph and in
 * {@code import/curation/workspace/*.jsonl} (the record: replayed after every import and at every start).
 */
public record Workspace(NoteService notes, ViewService views) {
    public static Workspace of(Neo4jConnection db, Path importDir) {
        return new Workspace(new NoteService(db, importDir), new ViewService(db, importDir));
    }

    /** Notes and views applied again from their files; one line saying what was done. */
    public String replay() {
        NoteService.Replay n = notes.replay();
        ViewService.Replay v = views.replay();
        List<String> broken = new ArrayList<>(n.broken());
        broken.addAll(v.broken());
        String line = "workspace: " + n.notes() + " note" + (n.notes() == 1 ? "" : "s") + ", " + v.views()
                + " saved view" + (v.views() == 1 ? "" : "s");
        return broken.isEmpty() ? line : line + "; unreadable lines skipped: " + String.join("; ", broken);
    }
}
