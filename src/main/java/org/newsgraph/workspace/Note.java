package org.newsgraph.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.model.Problem;

/**
 * An analyst's note on an entity, a relation or an article: its text, who wrote it and when. The target is named by
 * a key that survives a re-import — an entity id, a relation as {@code source|TYPE|target}, an article id — never
 * by an internal id. {@code label} is what the target is called now (null when it is gone; not kept).
 */
public record Note(String id, Target target, String text, String analyst, String at, String label) {
    public static final int MAX_TEXT = 5_000;

    /** What a note is about: {@code kind} entity, relation or article, and its key. */
    public record Target(String kind, String key) {
        private static final Pattern ENTITY = Pattern.compile("[a-z0-9_]{1,120}");
        private static final Pattern RELATION = Pattern.compile("[a-z0-9_]{1,120}\\|[A-Z_]{1,60}\\|[a-z0-9_]{1,120}");

        /** A target checked: 400 for an unknown kind or a key of the wrong shape. */
        public static Target of(String kind, String key) {
            if (kind == null || key == null) {
                throw Problem.invalid("bad target", "a note's target is {kind, key}: kind entity, relation or article");
            }
            boolean ok = switch (kind) {
                case "entity" -> ENTITY.matcher(key).matches();
                case "relation" -> RELATION.matcher(key).matches();
                case "article" -> !key.isBlank() && key.length() <= 300 && key.chars().noneMatch(Character::isISOControl);
                default -> throw Problem.invalid("bad target", "a target's kind is entity, relation or article, got '"
                        + (kind.length() > 20 ? kind.substring(0, 20) + "…" : kind) + "'");
            };
            if (!ok) {
                throw Problem.invalid("bad target", switch (kind) {
                    case "entity" -> "an entity's key is its id: lower-case letters, digits and '_'";
                    case "relation" -> "a relation's key is source|TYPE|target (entity ids and an upper-case type)";
                    default -> "an article's key is its id: 1 to 300 characters without control characters";
                });
            }
            return new Target(kind, key);
        }

        /** {@code kind:key}, as the list's {@code target} parameter names it. */
        public static Target parse(String kindColonKey) {
            int colon = kindColonKey.indexOf(':');
            if (colon < 0) {
                throw Problem.invalid("bad target", "target is kind:key, e.g. entity:kim_jong_un or relation:a|MET|b");
            }
            return of(kindColonKey.substring(0, colon), kindColonKey.substring(colon + 1));
        }
    }

    /** The text checked: 1 to {@link #MAX_TEXT} characters, line breaks and tabs the only control characters. */
    static String text(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw Problem.invalid("bad note", "a note needs some text");
        }
        if (t.length() > MAX_TEXT) {
            throw Problem.invalid("bad note", "a note is at most " + MAX_TEXT + " characters, got " + t.length());
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw Problem.invalid("bad note", "a note holds no control characters but line breaks and tabs");
        }
        return t;
    }

    /** The line the log keeps for a new note. */
    Map<String, Object> line() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("op", "add");
        m.put("at", at);
        m.put("analyst", analyst);
        m.put("target", Map.of("kind", target.kind(), "key", target.key()));
        m.put("text", text);
        return m;
    }

    /** A note as the graph's write takes it. */
    Map<String, Object> row() {
        return Map.of("id", id, "kind", target.kind(), "key", target.key(), "text", text, "analyst", analyst, "at", at);
    }

    /** A note from its log line; null when the line is no note (a tombstone, or one lacking a field). */
    static Note fromLine(Map<String, Object> m) {
        if (!"add".equals(m.get("op")) || !(m.get("id") instanceof String id) || !(m.get("text") instanceof String text)
                || !(m.get("target") instanceof Map<?, ?> t) || !(t.get("kind") instanceof String kind)
                || !(t.get("key") instanceof String key)) {
            return null;
        }
        return new Note(id, new Target(kind, key), text, String.valueOf(m.getOrDefault("analyst", "unknown")),
                String.valueOf(m.getOrDefault("at", "")), null);
    }
}
