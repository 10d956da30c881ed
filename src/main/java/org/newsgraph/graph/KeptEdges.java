package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.newsgraph.load.KeptPairs;

/**
 * The edges among a set of entities read from what the entities keep ({@code ranked} and {@code pairs}, see
 * {@link org.newsgraph.load.Degrees}): the cost follows the entities asked for, not the edges of the hubs among them.
 * Two entities that are both beyond each other's best-linked {@value org.newsgraph.load.Degrees#RANKED} neighbours
 * are not joined here: on a view of many entities those are the weakest links, and the cap of the view drops them
 * first. Null when an entity keeps nothing yet (a store written by an older version before its first serve).
 */
final class KeptEdges {
    private static final Comparator<KeptPairs.Edge> STRONGEST = Comparator.comparingLong((KeptPairs.Edge e) -> -e.claims())
            .thenComparing(KeptPairs.Edge::id);

    private static final Comparator<Map<String, Object>> READING_ORDER = Comparator
            .comparing((Map<String, Object> e) -> (String) e.get("source"))
            .thenComparing(e -> (String) e.get("type")).thenComparing(e -> (String) e.get("target"));

    private KeptEdges() {
    }

    /**
     * The strongest {@code max} edges (most claims first), ordered by source, type, target, among the entities of
     * these node rows: each row an entity's {@code id}, whether it {@code kept} pairs, and the pairs it {@code found}
     * with the others.
     */
    static List<Map<String, Object>> strongest(List<Record> rows, long max) {
        Map<String, KeptPairs.Edge> byId = new HashMap<>();
        for (Record r : rows) {
            if (!r.get("kept").asBoolean()) {
                return null;
            }
            String owner = r.get("id").asString();
            for (Value pair : r.get("found").values()) {
                // a pair is kept by both its entities when each is among the other's best linked: counted once
                KeptPairs.edges(owner, pair.get(0).asString(), pair.get(1).asString(null), e -> byId.putIfAbsent(e.id(), e));
            }
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        byId.values().stream().sorted(STRONGEST).limit(max).forEach(e -> edges.add(e.decode()));
        edges.sort(READING_ORDER);
        return edges;
    }
}
