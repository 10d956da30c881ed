package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Property helpers shared by the formats: one type per property name, values as text, XML-safe strings. */
final class Props {
    static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        LONG, DOUBLE, BOOLEAN, STRING, LIST;

        /** The type name GraphML keys and GEXF attributes share; lists travel as JSON text. */
        String xmlType() {
            return switch (this) {
                case LONG -> "long";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                default -> "string";
            };
        }
    }

    /** The kinds of the entities' properties (the nodes every visual format writes). */
    static Map<String, Kind> entityKinds(Subgraph g) {
        return kinds(g.entities().stream().map(Subgraph.Node::properties).toList());
    }

    /** The kinds of the exploration edges' properties. */
    static Map<String, Kind> edgeKinds(Subgraph g) {
        return kinds(g.edges().stream().map(Subgraph.Rel::properties).toList());
    }

    private Props() {
    }

    /** Every property name with the one kind that holds all its values (mixed numbers → DOUBLE, else STRING). */
    static Map<String, Kind> kinds(Collection<Map<String, Object>> maps) {
        Map<String, Kind> out = new TreeMap<>();
        for (Map<String, Object> m : maps) {
            m.forEach((k, v) -> {
                if (v != null) {
                    out.merge(k, kind(v), Props::widen);
                }
            });
        }
        return out;
    }

    static Kind kind(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return Kind.LONG;
        }
        if (v instanceof Number) {
            return Kind.DOUBLE;
        }
        if (v instanceof Boolean) {
            return Kind.BOOLEAN;
        }
        if (v instanceof List<?>) {
            return Kind.LIST;
        }
        return Kind.STRING;
    }

    private static Kind widen(Kind a, Kind b) {
        if (a == b) {
            return a;
        }
        if ((a == Kind.LONG || a == Kind.DOUBLE) && (b == Kind.LONG || b == Kind.DOUBLE)) {
            return Kind.DOUBLE;
        }
        return Kind.STRING;
    }

    /** A value as text: lists and maps as JSON, the rest with toString. */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> || v instanceof Map<?, ?>) {
            return json(v);
        }
        return String.valueOf(v);
    }

    static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON whose strings carry quotes and backslashes as \\u0022 and \\u005c: still the same JSON, but without
     * the backslash-quote pairs that Neo4j's CSV reader (legacy quote escaping) would take as an escaped quote.
     */
    static String jsonForCsv(Object v) {
        try {
            return CSV_JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper CSV_JSON = new ObjectMapper();

    static {
        CSV_JSON.getFactory().setCharacterEscapes(new com.fasterxml.jackson.core.io.CharacterEscapes() {
            private final int[] escapes;

            {
                escapes = standardAsciiEscapesForJSON();
                escapes['"'] = ESCAPE_CUSTOM;
                escapes['\\'] = ESCAPE_CUSTOM;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
                return new com.fasterxml.jackson.core.io.SerializedString(ch == '"' ? "\\u0022" : "\\u005c");
            }
        });
    }

    /** Drops the characters XML 1.0 cannot carry (control characters other than tab, newline, return). */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
