package org.newsgraph.curation;

import java.util.Map;

/**
 * One analyst decision, as it is appended to {@code import/curation/*.jsonl} and stored in the graph: who, when,
 * what ({@code action}: review, add, entity, merge, split, undo), on what (a claim's key or an entity id), and
 * the before and after it needs to be applied again or taken back. Keys never use internal ids.
 */
public record Decision(String id, String at, String analyst, String action, Map<String, Object> data) {
    public static final String REVIEW = "review";
    public static final String ADD = "add";
    public static final String ENTITY = "entity";
    public static final String MERGE = "merge";
    public static final String SPLIT = "split";
    public static final String UNDO = "undo";

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        Object v = data.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    String text(String key) {
        Object v = data.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
