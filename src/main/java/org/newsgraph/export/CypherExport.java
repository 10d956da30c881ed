package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Cypher script that rebuilds the subgraph — entities, relations, claims, sentences, articles and the
 * relationships between them — with MERGE on each node's id, so running it twice changes nothing. One
 * statement per line, each ending with ';' (cypher-shell, or {@code newsgraph query --file … --allow-writes}).
 */
final class CypherExport {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private CypherExport() {
    }

    static void write(Subgraph g, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("// newsgraph export: " + g.title().replace('\n', ' ') + "\n");
        w.write("// " + ExportCounts.full(g).describe() + ". Idempotent: MERGE on ids.\n");
        for (String label : Subgraph.MAIN_LABELS) {
            w.write("CREATE CONSTRAINT " + label.toLowerCase(java.util.Locale.ROOT) + "_id IF NOT EXISTS FOR (n:" + label
                    + ") REQUIRE n.id IS UNIQUE;\n");
        }
        for (Subgraph.Node n : g.nodes()) {
            w.write("MERGE (n:" + name(n.label()) + " {id: " + literal(n.id()) + "}) SET n = " + literal(n.properties()));
            String extra = n.labels().stream().filter(l -> !l.equals(n.label())).map(CypherExport::name).collect(Collectors.joining(":"));
            w.write(extra.isEmpty() ? ";\n" : " SET n:" + extra + ";\n");
        }
        for (Subgraph.Rel r : g.relationships()) {
            w.write("MATCH (a:" + name(label(r.start())) + " {id: " + literal(Subgraph.idOf(r.start())) + "}), (b:"
                    + name(label(r.end())) + " {id: " + literal(Subgraph.idOf(r.end())) + "}) MERGE (a)-[r:" + name(r.type())
                    + "]->(b) SET r = " + literal(r.properties()) + ";\n");
        }
        for (Map<String, Object> n : g.notes()) { // the analysts' notes (internal fields only), as the store keeps them
            Map<?, ?> target = (Map<?, ?>) n.get("target");
            Map<String, Object> props = new java.util.LinkedHashMap<>(Map.of("targetKind", target.get("kind"), "targetKey", target.get("key"),
                    "text", n.get("text")));
            props.put("analyst", n.get("analyst"));
            props.put("at", n.get("at"));
            w.write("MERGE (n:Note {id: " + literal(n.get("id")) + "}) SET n += " + literal(props) + ";\n");
        }
        w.flush();
    }

    private static String label(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    static String name(String s) {
        return IDENTIFIER.matcher(s).matches() ? s : "`" + s.replace("`", "``") + "`";
    }

    /** A Cypher literal: strings escaped, lists and maps nested, numbers and booleans as they are. */
    static String literal(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("cannot write " + d + " as a Cypher literal");
            }
            return Double.toString(d);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(CypherExport::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return map.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> name(String.valueOf(e.getKey())) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return string(String.valueOf(v)); // dates and the like as their text
    }

    private static String string(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }
}
