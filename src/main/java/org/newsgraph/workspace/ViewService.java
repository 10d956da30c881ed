package org.newsgraph.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;

/**
 * Saved views shared through the server: each a name and the page's deep link, written to
 * {@code import/curation/workspace/views.jsonl} (forced to the disk) before the graph, removed by a tombstone line,
 * replayed after every import and at every start.
 */
public final class ViewService {
    private final Neo4jConnection db;
    private final WorkspaceLog log;

    public ViewService(Neo4jConnection db, Path importDir) {
        this.db = db;
        this.log = new WorkspaceLog(importDir, "views");
    }

    /** Saves a view under its name (replacing one of that name); 400 for a bad name or link. */
    public SavedView save(String name, String link, String analyst) {
        SavedView v = new SavedView(SavedView.name(name), SavedView.link(link), analyst,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        log.commitLogged(db, v.line(), tx -> tx.run(WorkspaceQueries.SAVE_VIEWS,
                Map.of("rows", List.of(v.row()), "log", log.name())).consume(), () -> v.at().equals(savedAt(v.name())));
        return v;
    }

    /** Removes a view by name (a tombstone line, then the graph); 404 when there is none of that name. */
    public void delete(String name, String analyst) {
        String n = SavedView.name(name);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("op", "delete");
        line.put("name", n);
        line.put("analyst", analyst);
        line.put("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        log.commitLogged(db, line, tx -> {
            if (tx.run(WorkspaceQueries.DELETE_VIEW, Map.of("name", n)).single().get("deleted").asLong() == 0) {
                throw Problem.notFound("no saved view '" + n + "'");
            }
        }, () -> savedAt(n) == null);
    }

    /** Every saved view, by name. */
    public List<SavedView> list() {
        return db.read(tx -> tx.run(WorkspaceQueries.VIEWS).list(r -> new SavedView(r.get("name").asString(),
                r.get("link").asString(""), r.get("analyst").asString(null), r.get("at").asString(null))));
    }

    private String savedAt(String name) {
        return db.read(tx -> tx.run(WorkspaceQueries.VIEW_EXISTS, Map.of("name", name)).list(r -> r.get("at").asString(null)))
                .stream().findFirst().orElse(null);
    }

    /** What a replay did: the views the log holds now, and its unreadable lines. */
    public record Replay(int views, List<String> broken) {
    }

    /** Makes the graph hold exactly the views of the log (idempotent): the last save of each name not removed since. */
    public synchronized Replay replay() {
        WorkspaceLog.Live<SavedView> logged = log.live("name", SavedView::fromLine, SavedView::name);
        Map<String, SavedView> live = logged.records();
        List<Map<String, Object>> rows = live.values().stream().map(SavedView::row).toList();
        db.writeWithoutResult(tx -> {
            tx.run(WorkspaceQueries.SAVE_VIEWS, Map.of("rows", rows, "log", log.name())).consume();
            tx.run(WorkspaceQueries.DROP_VIEWS_NOT_LOGGED, Map.of("names", List.copyOf(live.keySet()), "log", log.name())).consume();
        });
        return new Replay(live.size(), logged.broken());
    }
}
