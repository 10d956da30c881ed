package org.newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns driver values into JSON-friendly cells and collects every node and relationship met on the way
 * (also inside paths, lists and maps) for the graph view. Counts the values it emits so that one answer stays
 * bounded however large a single row is.
 */
final class ResultConverter {
    private static final TypeSystem TYPES = TypeSystem.getDefault();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();
    private final int maxValues;
    private int values;

    ResultConverter(int maxValues) {
        this.maxValues = maxValues;
    }

    boolean exhausted() {
        return values >= maxValues;
    }

    Map<String, Node> nodes() {
        return nodes;
    }

    Map<String, Relationship> relationships() {
        return relationships;
    }

    Object cell(Value v) {
        values++;
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(TYPES.NODE())) {
            return node(v.asNode());
        }
        if (v.hasType(TYPES.RELATIONSHIP())) {
            return relationship(v.asRelationship());
        }
        if (v.hasType(TYPES.PATH())) {
            return path(v.asPath());
        }
        if (v.hasType(TYPES.LIST())) {
            List<Object> out = new ArrayList<>();
            for (Value item : v.values()) {
                if (exhausted()) {
                    out.add("… (cut: the answer reached " + maxValues + " values)");
                    break;
                }
                out.add(cell(item));
            }
            return out;
        }
        if (v.hasType(TYPES.MAP())) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String k : v.keys()) {
                out.put(k, cell(v.get(k)));
            }
            return out;
        }
        return scalar(v);
    }

    private Object scalar(Value v) {
        if (v.hasType(TYPES.FLOAT())) {
            double d = v.asDouble();
            return Double.isFinite(d) ? (Object) d : String.valueOf(d);
        }
        if (v.hasType(TYPES.BYTES())) {
            return "<" + v.asByteArray().length + " bytes>";
        }
        if (v.hasType(TYPES.INTEGER()) || v.hasType(TYPES.BOOLEAN()) || v.hasType(TYPES.STRING())) {
            values += v.hasType(TYPES.STRING()) ? v.asString().length() / 1000 : 0;
            return v.asObject();
        }
        return v.toString(); // dates, times, durations, points: their Cypher literal text
    }

    private Map<String, Object> node(Node n) {
        nodes.putIfAbsent(n.elementId(), n);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_kind", "node");
        out.put("_id", n.elementId());
        out.put("_labels", n.labels());
        out.putAll(properties(n.asMap(v -> v)));
        return out;
    }

    private Map<String, Object> relationship(Relationship r) {
        relationships.putIfAbsent(r.elementId(), r);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_kind", "relationship");
        out.put("_id", r.elementId());
        out.put("_type", r.type());
        out.put("_start", r.startNodeElementId());
        out.put("_end", r.endNodeElementId());
        out.putAll(properties(r.asMap(v -> v)));
        return out;
    }

    private Map<String, Object> path(Path p) {
        List<Object> ns = new ArrayList<>();
        p.nodes().forEach(n -> ns.add(node(n)));
        List<Object> rs = new ArrayList<>();
        p.relationships().forEach(r -> rs.add(relationship(r)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_kind", "path");
        out.put("nodes", ns);
        out.put("relationships", rs);
        return out;
    }

    private Map<String, Object> properties(Map<String, Value> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach((k, v) -> out.put(k, cell(v)));
        return out;
    }
}
