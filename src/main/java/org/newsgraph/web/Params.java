package org.newsgraph.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Problem;

/** Reads and checks what a request carries: query parameters, path ids and JSON bodies. Bad input is a 4xx. */
final class Params {
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Pattern ENTITY_ID = Pattern.compile("[a-z0-9_]{1,120}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Params() {
    }

    static String required(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw Problem.invalid("missing parameter", "query parameter '" + name + "' is required");
        }
        if (v.length() > maxLength) {
            throw Problem.invalid("bad parameter", name + " is longer than " + maxLength + " characters");
        }
        return v.strip();
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        int v;
        try {
            v = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid("bad parameter", name + " must be a whole number, got '" + raw + "'");
        }
        if (v < min || v > max) {
            throw Problem.invalid("bad parameter", name + " must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    /** An optional switch, {@code true} or {@code false} (false when absent). */
    static boolean bool(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.invalid("bad parameter", name + " is true or false, got '"
                    + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'");
        };
    }

    /** An optional JSON boolean field (false when absent or null). */
    static boolean bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw Problem.invalid("bad request", "\"" + field + "\" must be true or false");
        }
        return v.booleanValue();
    }

    /** An entity id: lower-case letters, digits and '_'. */
    static String entityId(String raw) {
        if (raw == null || !ENTITY_ID.matcher(raw).matches()) {
            throw Problem.invalid("bad parameter", "entity ids are lower-case letters, digits and '_'");
        }
        return raw;
    }

    /**
     * An article id: its file name (a path below the import folder) or the name it was added under; 1 to 300
     * characters, none of them a control character.
     */
    static String articleId(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 300 || raw.chars().anyMatch(Character::isISOControl)) {
            throw Problem.invalid("bad parameter", "an article id is 1 to 300 characters without control characters");
        }
        return raw;
    }

    static String requiredEntityId(Context ctx, String name) {
        return entityId(required(ctx, name, 120));
    }

    /** A required comma-separated list of 1 to {@code max} entity ids ({@code ids=a,b,c}), each as {@link #entityId}. */
    static List<String> entityIds(Context ctx, String name, int max) {
        String raw = required(ctx, name, max * 121);
        List<String> ids = java.util.Arrays.stream(raw.split(",", -1)).map(String::strip).toList();
        if (ids.size() > max) {
            throw Problem.invalid("bad parameter", name + " holds at most " + max + " entity ids, got " + ids.size());
        }
        for (String id : ids) {
            if (!ENTITY_ID.matcher(id).matches()) {
                throw Problem.invalid("bad parameter", name + " is a comma-separated list of entity ids (lower-case letters,"
                        + " digits and '_'), got '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
            }
        }
        return ids.stream().distinct().toList();
    }

    /**
     * An optional day, YYYY-MM-DD, not after today (null when absent): "as known on" and "since" parameters.
     */
    static String pastDate(Context ctx, String name) {
        return pastDate(ctx.queryParam(name), name);
    }

    /** As above, for a value from a JSON body. */
    static String pastDate(String raw, String name) {
        return org.newsgraph.model.Days.past(raw, name, "bad parameter");
    }

    /** As {@link #body}, for writes: the request must say it is JSON (a form post from another site cannot). */
    static JsonNode jsonBody(Context ctx) {
        if (!String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw Problem.invalid("bad request", "send JSON with Content-Type: application/json");
        }
        return body(ctx);
    }

    /** The request body as a JSON object; 413 when too large, 400 when empty, not UTF-8 JSON or not an object. */
    static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw Problem.tooLarge("body too large", "request bodies are limited to " + MAX_BODY_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw Problem.invalid("bad request", "empty body: send a JSON object");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw Problem.invalid("bad request", "the body must be a JSON object {…}");
            }
            return node;
        } catch (JacksonException e) {
            throw Problem.invalid("bad json", "the body is not valid UTF-8 JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw Problem.invalid("bad json", "the body could not be read: " + e.getMessage());
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual()) {
            throw Problem.invalid("bad request", "the body needs a \"" + field + "\" string");
        }
        return v.textValue();
    }

    static List<String> strings(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isArray()) {
            throw Problem.invalid("bad request", "\"" + field + "\" must be a list of ids");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.textValue().length() > 300) {
                throw Problem.invalid("bad request", "\"" + field + "\" must hold id strings");
            }
            out.add(item.textValue());
        }
        return out;
    }
}
