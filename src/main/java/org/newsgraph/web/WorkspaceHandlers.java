package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;
import org.newsgraph.model.Problem;
import org.newsgraph.workspace.Note;
import org.newsgraph.workspace.NoteService;
import org.newsgraph.workspace.SavedView;
import org.newsgraph.workspace.Workspace;

/**
 * The analysts' shared workspace: GET/POST /api/notes, DELETE /api/notes/{id}, GET/POST /api/views, DELETE
 * /api/views/{name}. Writes are JSON (a DELETE sends {@code X-Requested-With: newsgraph}); the analyst is the
 * {@code X-Analyst} header, as for decisions.
 */
final class WorkspaceHandlers {
    private final Workspace workspace;
    private final String defaultAnalyst;

    WorkspaceHandlers(Workspace workspace, String defaultAnalyst) {
        this.workspace = workspace;
        this.defaultAnalyst = defaultAnalyst;
    }

    /** The answer of GET /api/notes and POST /api/notes (one note). */
    record NoteAnswer(String id, Map<String, String> target, String text, String analyst, String at, String label) {
        static NoteAnswer of(Note n) {
            return new NoteAnswer(n.id(), Map.of("kind", n.target().kind(), "key", n.target().key()), n.text(), n.analyst(),
                    n.at(), n.label());
        }
    }

    void notes(Context ctx) {
        String target = ctx.queryParam("target");
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw Problem.invalid("bad parameter", "q is at most 200 characters");
        }
        int limit = Params.integer(ctx, "limit", 100, 1, NoteService.MAX_LIST);
        ctx.json(Map.of("notes", workspace.notes().list(target == null || target.isBlank() ? null : Note.Target.parse(target), q, limit)
                .stream().map(NoteAnswer::of).toList()));
    }

    void addNote(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        JsonNode t = body.get("target");
        if (t == null || !t.isObject()) {
            throw Problem.invalid("bad target", "send \"target\": {\"kind\": entity|relation|article, \"key\": …}");
        }
        Note.Target target = Note.Target.of(textOrNull(t, "kind"), textOrNull(t, "key"));
        ctx.status(201).json(NoteAnswer.of(workspace.notes().add(target, Params.text(body, "text"), analyst(ctx))));
    }

    void deleteNote(Context ctx) {
        workspace.notes().delete(ctx.pathParam("id"), analyst(ctx));
        ctx.json(Map.of("deleted", ctx.pathParam("id")));
    }

    void views(Context ctx) {
        ctx.json(Map.of("views", workspace.views().list()));
    }

    void saveView(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        SavedView v = workspace.views().save(Params.text(body, "name"), Params.text(body, "link"), analyst(ctx));
        ctx.status(201).json(v);
    }

    void deleteView(Context ctx) {
        workspace.views().delete(ctx.pathParam("name"), analyst(ctx));
        ctx.json(Map.of("deleted", ctx.pathParam("name")));
    }

    private String analyst(Context ctx) {
        return CurationHandlers.analyst(ctx, defaultAnalyst);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.textValue() : null;
    }
}
