package org.newsgraph.web;

import io.javalin.http.Context;
import java.util.List;
import org.newsgraph.structure.StructureService;

/** GET /api/structure: the state of the structure measures, and those of the entities asked for. */
final class StructureHandlers {
    /** Entities one request may ask the measures of: a first view's worth (the page asks in slices). */
    static final int MAX_IDS = WebServer.DEFAULT_GRAPH_NODES;
    private final StructureService structure;

    StructureHandlers(StructureService structure) {
        this.structure = structure;
    }

    /** Never kept in the answer cache: a computation under way changes it before it changes the store. */
    void status(Context ctx) {
        List<String> ids = ctx.queryParam("ids") == null ? List.of() : Params.entityIds(ctx, "ids", MAX_IDS);
        ctx.json(structure.status(ids));
    }
}
