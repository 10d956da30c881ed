package org.newsgraph.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/**
 * Every entity's {@code degree} (its exploration edges, indexed) and {@code ranked} (its best-linked neighbours),
 * kept by whoever changes edges — the loader and curation — so the first view reads the best-connected entities
 * from the index and an expansion reads {@code limit} ids instead of going through every edge of a hub.
 */
public final class Degrees {
    /**
     * An entity's degree, its neighbours best linked first ({@code ranked}, at most {@value #RANKED}: most claims, then
     * most independent sources) and, in the same order, its edges with each of them ({@code pairs}, written by
     * {@link KeptPairs}): what an expansion reads instead of going through all the edges of a hub. All three change
     * only when the entity's own edges change.
     */
    private static final String KEEP = """
            WITH e, COLLECT { MATCH (e)-[r:EXPLORATION]-(n:Entity)
                              WITH n, r ORDER BY type(r), startNode(r) = e
                              WITH n, collect(r) AS rs, sum(r.claims) AS claims, sum(r.independentSources) AS sources
                              ORDER BY claims DESC, sources DESC, n.id LIMIT %d
                              RETURN [n.id, %s] } AS top
            SET e.degree = COUNT { (e)-[:EXPLORATION]-() },
                e.ranked = [t IN top | t[0]],
                e.pairs = [t IN top | t[1]]""";

    /** How many best-linked neighbours an entity keeps ready. */
    public static final int RANKED = 200;

    private static final String SET = RelationType.expand("""
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            """ + KEEP.formatted(RANKED, KeptPairs.ENCODE));

    private static final String MISSING = "MATCH (e:Entity) WHERE e.degree IS NULL OR e.pairs IS NULL RETURN count(e) AS n";

    private static final String SET_MISSING = RelationType.expand("""
            MATCH (e:Entity) WHERE e.degree IS NULL OR e.pairs IS NULL
            WITH e LIMIT $batch
            """ + KEEP.formatted(RANKED, KeptPairs.ENCODE) + """

            RETURN count(e) AS n""");

    static final int BATCH = 5000;

    private Degrees() {
    }

    /** Sets the degree of these entities (those that still exist). */
    public static void update(TransactionContext tx, Collection<String> ids) {
        if (!ids.isEmpty()) {
            tx.run(SET, Map.of("ids", new ArrayList<>(ids))).consume();
        }
    }

    /** Gives every entity without a degree its degree (a store from before degrees were kept); returns how many. */
    public static long fillMissing(Neo4jConnection db) {
        if (db.read(tx -> tx.run(MISSING).single().get("n").asLong()) == 0) {
            return 0;
        }
        long total = 0;
        for (long n = BATCH; n == BATCH; total += n) {
            n = db.write(tx -> tx.run(SET_MISSING, Map.of("batch", BATCH)).single().get("n").asLong());
        }
        return total;
    }
}
