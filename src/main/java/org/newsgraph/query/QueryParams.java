package org.newsgraph.query;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Query parameters: a JSON object of plain JSON values (strings, numbers, booleans, null, lists, maps). */
public final class QueryParams {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final int MAX_DEPTH = 10;

    private QueryParams() {
    }

    /** {@code node} must be absent, null or a JSON object. */
    public static Map<String, Object> fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new QueryError(QueryError.Reason.PARAMS, "params must be a JSON object such as {\"name\": \"Putin\"}, got "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(name(e.getKey()), value(e.getValue(), 1)));
        return out;
    }

    /** CLI parameters {@code k=v}: v is read as JSON when it is valid JSON (42, true, ["a"]), else as text. */
    public static Map<String, Object> fromPairs(List<String> pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new QueryError(QueryError.Reason.PARAMS, "a parameter is name=value, got '" + pair + "'");
            }
            String raw = pair.substring(eq + 1);
            Object v;
            try {
                v = value(JSON.readTree(raw), 1);
            } catch (JacksonException | QueryError e) {
                v = raw;
            }
            out.put(name(pair.substring(0, eq)), v == null && !raw.equals("null") ? raw : v);
        }
        return out;
    }

    private static String name(String key) {
        if (!NAME.matcher(key).matches()) {
            throw new QueryError(QueryError.Reason.PARAMS, "parameter names are letters, digits and '_' (not starting with a digit), got '"
                    + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "'");
        }
        return key;
    }

    private static Object value(JsonNode v, int depth) {
        if (v == null || depth > MAX_DEPTH) {
            throw new QueryError(QueryError.Reason.PARAMS, "parameters nest at most " + MAX_DEPTH + " levels deep");
        }
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                throw new QueryError(QueryError.Reason.PARAMS, "integer parameter out of range (64-bit): " + v);
            }
            return v.longValue();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                throw new QueryError(QueryError.Reason.PARAMS, "number parameter out of range: " + v);
            }
            return d;
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            v.forEach(item -> out.add(value(item, depth + 1)));
            return out;
        }
        if (v.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            v.properties().forEach(e -> out.put(e.getKey(), value(e.getValue(), depth + 1)));
            return out;
        }
        throw new QueryError(QueryError.Reason.PARAMS, "unsupported parameter value: " + v.getNodeType());
    }
}
