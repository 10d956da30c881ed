package org.newsgraph.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.model.RelationType;

/**
 * Rebuilds exploration edges from their claims, for writers outside the loader (analyst curation): the same
 * query the loader uses, so an edge always means the same thing whoever changed its claims.
 */
public final class EdgeRebuild {
    private EdgeRebuild() {
    }

    /** One exploration edge: source id, relation type, target id. */
    public record Triple(String source, String type, String target) {
        Map<String, String> row() {
            RelationType.parse(type); // whitelist: only vocabulary types become relationship types
            return Map.of("source", source, "type", type, "target", target);
        }
    }

    /** Rebuilds the edges of these triples inside {@code tx}; one with no (unrejected) claim left goes. */
    public static void rebuild(TransactionContext tx, Collection<Triple> triples) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Triple t : triples) {
            rows.add(t.row());
        }
        if (!rows.isEmpty()) {
            tx.run(LoadQueries.REBUILD_EDGES, Map.of("triples", rows)).consume();
            IndependentSources.update(tx, triples);
            java.util.Set<String> ends = new java.util.HashSet<>();
            triples.forEach(t -> { ends.add(t.source()); ends.add(t.target()); });
            Degrees.update(tx, ends);
        }
    }
}
