package org.newsgraph.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.model.Problem;

/**
 * A named view shared with colleagues: its name, the page's deep link (the hash, {@code #…}), who saved it and when.
 * Saving under a name that exists replaces that view.
 */
public record SavedView(String name, String link, String analyst, String at) {
    public static final int MAX_NAME = 200;
    public static final int MAX_LINK = 20_000;

    /** The name checked: 1 to {@link #MAX_NAME} characters, no control characters. */
    static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw Problem.invalid("bad view", "a view's name is 1 to " + MAX_NAME + " characters without control characters");
        }
        return n;
    }

    /** The link checked: the page's hash ({@code #…}, or empty for the first view), at most {@link #MAX_LINK} long. */
    static String link(String link) {
        String l = link == null ? "" : link.strip();
        if (!(l.isEmpty() || l.startsWith("#")) || l.length() > MAX_LINK || l.chars().anyMatch(Character::isISOControl)) {
            throw Problem.invalid("bad view", "a view's link is the page's hash (#…), at most " + MAX_LINK + " characters");
        }
        return l;
    }

    Map<String, Object> line() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", "save");
        m.put("name", name);
        m.put("link", link);
        m.put("analyst", analyst);
        m.put("at", at);
        return m;
    }

    Map<String, Object> row() {
        return Map.of("name", name, "link", link, "analyst", analyst, "at", at);
    }

    static SavedView fromLine(Map<String, Object> m) {
        if (!"save".equals(m.get("op")) || !(m.get("name") instanceof String name) || !(m.get("link") instanceof String link)) {
            return null;
        }
        return new SavedView(name, link, String.valueOf(m.getOrDefault("analyst", "unknown")), String.valueOf(m.getOrDefault("at", "")));
    }
}
