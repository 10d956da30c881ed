package org.newsgraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Turns driver records into plain maps for JSON (nulls stay null, columns keep their order). */
final class Rows {
    private Rows() {
    }

    static Map<String, Object> map(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.keys().forEach(k -> out.put(k, plain(r.get(k))));
        return out;
    }

    static Object plain(Value v) {
        return v.isNull() ? null : v.asObject();
    }
}
