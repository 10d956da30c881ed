package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.query.QueryResult;

/** Prints a console answer as an aligned text table, CSV (RFC 4180) or JSON. */
final class ResultFormatter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CELL = 60;

    private ResultFormatter() {
    }

    static String json(QueryResult r) throws JsonProcessingException {
        return JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r);
    }

    static String csv(QueryResult r) {
        StringBuilder out = new StringBuilder();
        out.append(r.columns().stream().map(ResultFormatter::csvField).collect(Collectors.joining(","))).append("\r\n");
        for (List<Object> row : r.rows()) {
            out.append(row.stream().map(c -> csvField(text(c))).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    static String table(QueryResult r) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(r.columns());
        r.rows().forEach(row -> cells.add(row.stream().map(c -> clip(text(c))).toList()));
        int[] width = new int[r.columns().size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            List<String> row = cells.get(n);
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : " | ").append(String.format("%-" + Math.max(1, width[i]) + "s", row.get(i)));
            }
            out.append('\n');
            if (n == 0) {
                for (int i = 0; i < width.length; i++) {
                    out.append(i == 0 ? "" : "-+-").append("-".repeat(Math.max(1, width[i])));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String footer(QueryResult r) {
        String rows = r.rowCount() + " row" + (r.rowCount() == 1 ? "" : "s") + " in " + r.millis() + " ms";
        String cut = r.truncated() ? " (truncated — " + r.truncatedBy() + ")" : "";
        String changes = r.changes() == null ? "" : " · " + r.changes().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return rows + cut + changes;
    }

    /** A cell as text: nodes as (:Label {name}), relationships as [:TYPE], paths as chains, the rest as JSON. */
    @SuppressWarnings("unchecked")
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Map<?, ?> m && "node".equals(m.get("_kind"))) {
            Object name = m.containsKey("name") ? m.get("name") : m.containsKey("title") ? m.get("title") : m.get("id");
            return "(:" + String.join(":", (List<String>) m.get("_labels")) + (name == null ? "" : " " + name) + ")";
        }
        if (cell instanceof Map<?, ?> m && "relationship".equals(m.get("_kind"))) {
            return "[:" + m.get("_type") + "]";
        }
        if (cell instanceof Map<?, ?> m && "path".equals(m.get("_kind"))) {
            List<Object> nodes = (List<Object>) m.get("nodes");
            List<Object> rels = (List<Object>) m.get("relationships");
            StringBuilder b = new StringBuilder(text(nodes.get(0)));
            for (int i = 0; i < rels.size(); i++) {
                b.append("-").append(text(rels.get(i))).append("-").append(text(nodes.get(i + 1)));
            }
            return b.toString();
        }
        if (cell instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(cell);
        } catch (JsonProcessingException e) {
            return String.valueOf(cell);
        }
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > MAX_CELL ? one.substring(0, MAX_CELL - 1) + "…" : one;
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
