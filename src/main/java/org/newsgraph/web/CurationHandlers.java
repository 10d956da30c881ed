package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.curation.CurationRequests;
import org.newsgraph.curation.Decision;
import org.newsgraph.model.Problem;

/**
 * The analyst's review: POST /api/claims/{id}/review, POST /api/claims, PATCH /api/entities/{id}, POST
 * /api/entities/{id}/merge and /split, POST /api/curation/{id}/undo, GET /api/curation, GET /api/quality and
 * /api/quality/gold.jsonl. Writes are JSON and name the revision they were made on; the analyst is the
 * {@code X-Analyst} header (URL-encoded; the page asks for a name once) or the server's {@code --analyst}.
 */
final class CurationHandlers {
    private static final int MAX_ANALYST = 80;
    private final Curation curation;

    CurationHandlers(Curation curation) {
        this.curation = curation;
    }

    void review(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        JsonNode k = body.get("correction");
        CurationRequests.Correction correction = k == null || k.isNull() ? null
                : new CurationRequests.Correction(optional(k, "type"), k.has("swap") ? k.get("swap").asBoolean() : null, optional(k, "status"));
        ctx.json(answer(curation.requests().review(claimId(ctx), Params.text(body, "verdict"), optional(body, "reason"),
                correction, rev(body), analyst(ctx))));
    }

    void addClaim(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        ctx.status(201).json(answer(curation.requests().addClaim(Params.text(body, "sentence"), Params.text(body, "source"),
                Params.text(body, "type"), Params.text(body, "target"), Params.text(body, "status"), analyst(ctx))));
    }

    void editEntity(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        List<String> aliases = null;
        if (body.has("aliases")) {
            aliases = new ArrayList<>();
            for (JsonNode a : body.get("aliases")) {
                if (!a.isTextual()) {
                    throw Problem.invalid("bad aliases", "\"aliases\" is a list of names");
                }
                aliases.add(a.textValue());
            }
        }
        ctx.json(answer(curation.requests().editEntity(Params.entityId(ctx.pathParam("id")), optional(body, "name"),
                optional(body, "type"), aliases, rev(body), analyst(ctx))));
    }

    void merge(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        ctx.json(answer(curation.requests().merge(Params.entityId(ctx.pathParam("id")), Params.entityId(Params.text(body, "into")),
                rev(body), analyst(ctx))));
    }

    void split(Context ctx) {
        JsonNode body = Params.jsonBody(ctx);
        ctx.status(201).json(answer(curation.requests().split(Params.entityId(ctx.pathParam("id")), Params.text(body, "alias"),
                rev(body), analyst(ctx))));
    }

    void undo(Context ctx) {
        ctx.json(answer(curation.decisions().undo(decisionId(ctx.pathParam("id")), analyst(ctx))));
    }

    void recent(Context ctx) {
        ctx.json(Map.of("decisions", curation.decisions().recent(Params.integer(ctx, "limit", 50, 1, 500))));
    }

    void quality(Context ctx) {
        ctx.json(curation.quality().quality(Params.integer(ctx, "limit", 50, 1, 500)));
    }

    void gold(Context ctx) {
        ctx.contentType("application/x-ndjson; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"newsgraph-verdicts.jsonl\"")
                .result(curation.quality().goldJsonLines());
    }

    private static Map<String, Object> answer(Decision d) {
        return Map.of("decision", d.id(), "action", d.action(), "analyst", d.analyst(), "at", d.at(), "data", d.data());
    }

    private static String claimId(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > 300) {
            throw Problem.invalid("bad parameter", "a claim id is 1 to 300 characters");
        }
        return id;
    }

    private static String decisionId(String id) {
        if (!id.matches("d-[0-9a-f-]{1,40}")) {
            throw Problem.invalid("bad parameter", "a decision id looks like d-1234abcd-5678");
        }
        return id;
    }

    private static long rev(JsonNode body) {
        JsonNode r = body.get("rev");
        if (r == null || !r.canConvertToLong()) {
            throw Problem.invalid("bad request", "send \"rev\": the revision you saw (so no one else's change is overwritten)");
        }
        return r.asLong();
    }

    private static String optional(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw Problem.invalid("bad request", "\"" + field + "\" must be a string");
        }
        return v.textValue();
    }

    /** Who decides: the X-Analyst header (URL-encoded), else the server's default. */
    private String analyst(Context ctx) {
        return analyst(ctx, curation.defaultAnalyst());
    }

    /** The X-Analyst header (URL-encoded, as header values are Latin-1 and names are not), else {@code dflt}. */
    static String analyst(Context ctx, String dflt) {
        String raw = ctx.header("X-Analyst");
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        String name;
        try { // URL-encoded, as header values are Latin-1 and names are not
            name = java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("bad analyst", "X-Analyst is a URL-encoded name");
        }
        if (name.length() > MAX_ANALYST || name.chars().anyMatch(Character::isISOControl)) {
            throw Problem.invalid("bad analyst", "X-Analyst is a name of 1 to " + MAX_ANALYST + " characters");
        }
        return name;
    }
}
