package org.newsgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a decision did, in words an analyst reads in a list: a verb ("rejected", "merged"), what it was about
 * ("North Korea SUPPLIED Russia", "Soviet Union") and a detail ("not stated", "into Russia"), so the page can say
 * "Ana rejected 'North Korea SUPPLIED Russia' (not stated), 14:02". Entities are named as the graph names them now
 * (an id merged away by the one it went into).
 */
final class DecisionSummary {
    private DecisionSummary() {
    }

    /** The entity ids a decision's words need names for. */
    static Set<String> ids(String action, Map<String, Object> data) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Object> triple = triple(action, data);
        ids.add(text(triple.get("subject")));
        ids.add(text(triple.get("object")));
        Map<String, Object> after = map(data.get("after"));
        ids.add(text(after.get("subject")));
        ids.add(text(after.get("object")));
        ids.add(text(data.get("entity")));
        ids.add(text(data.get("into")));
        ids.remove(null);
        return ids;
    }

    /** {verb, what, detail}; {@code name} gives an entity's name from its id (null when unknown). */
    static Map<String, Object> of(String action, Map<String, Object> data, Function<String, String> name) {
        Function<Object, String> called = id -> id == null ? "?" : Objects.requireNonNullElse(name.apply(text(id)), text(id));
        Map<String, Object> after = map(data.get("after"));
        Map<String, Object> before = map(data.get("before"));
        String verb;
        String what;
        String detail = null;
        switch (action) {
            case Decision.REVIEW -> {
                Map<String, Object> t = triple(action, data);
                verb = text(after.getOrDefault("verdict", "reviewed"));
                what = t.isEmpty() ? "a relation an analyst added" : relation(t, called);
                detail = "corrected".equals(verb) ? correction(t, after, called) : text(after.get("reason"));
            }
            case Decision.ADD -> {
                Map<String, Object> rel = map(data.get("relation"));
                verb = "added";
                what = relation(rel, called);
                detail = text(rel.get("status"));
            }
            case Decision.ENTITY -> {
                verb = "edited";
                what = text(before.getOrDefault("name", called.apply(data.get("entity"))));
                detail = entityChanges(before, after);
            }
            case Decision.MERGE -> {
                verb = "merged";
                what = text(map(before.get("entity")).getOrDefault("name", called.apply(data.get("entity"))));
                detail = "into " + called.apply(data.get("into"));
            }
            case Decision.SPLIT -> {
                verb = "split";
                what = text(data.get("alias"));
                detail = "off " + called.apply(data.get("entity"));
            }
            default -> {
                verb = action;
                what = "";
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verb", verb);
        out.put("what", what);
        out.put("detail", detail);
        return out;
    }

    /** The relation a review was about, as it stood before: the correction's before, else the claim's key. */
    private static Map<String, Object> triple(String action, Map<String, Object> data) {
        if (action.equals(Decision.ADD)) {
            return map(data.get("relation"));
        }
        if (!action.equals(Decision.REVIEW)) {
            return Map.of();
        }
        Map<String, Object> before = map(data.get("before"));
        if (before.get("type") != null) {
            return before;
        }
        Map<String, Object> key = map(data.get("claim"));
        return key.get("type") == null ? Map.of() : key;
    }

    private static String relation(Map<String, Object> t, Function<Object, String> called) {
        return called.apply(t.get("subject")) + " " + text(t.get("type")) + " " + called.apply(t.get("object"));
    }

    /** What a correction changed: "as ALLIED_WITH, direction swapped, status reported". */
    private static String correction(Map<String, Object> before, Map<String, Object> after, Function<Object, String> called) {
        List<String> changes = new ArrayList<>();
        if (after.get("type") != null && !Objects.equals(after.get("type"), before.get("type"))) {
            changes.add("as " + after.get("type"));
        }
        if (after.get("subject") != null && !Objects.equals(after.get("subject"), before.get("subject"))) {
            changes.add(Objects.equals(after.get("subject"), before.get("object")) && Objects.equals(after.get("object"), before.get("subject"))
                    ? "direction swapped" : "now " + called.apply(after.get("subject")) + " → " + called.apply(after.get("object")));
        }
        if (after.get("status") != null && !Objects.equals(after.get("status"), before.get("status"))) {
            changes.add("status " + after.get("status"));
        }
        return changes.isEmpty() ? null : String.join(", ", changes);
    }

    private static String entityChanges(Map<String, Object> before, Map<String, Object> after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.get("name"), after.get("name"))) {
            changes.add("renamed to " + after.get("name"));
        }
        if (!Objects.equals(before.get("type"), after.get("type"))) {
            changes.add("type " + after.get("type"));
        }
        if (!Objects.equals(before.get("aliases"), after.get("aliases"))) {
            changes.add("aliases");
        }
        return changes.isEmpty() ? null : String.join(", ", changes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
