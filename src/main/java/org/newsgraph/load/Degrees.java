package org.newsgraph.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.RelationType;

/**
 * Every entity's {@code degree} (its exploration edges), kept as an indexed property by whoever changes edges —
 * the loader and curation — so the first view reads the best-connected entities from the index instead of
 * counting the edges of every entity.
 */
public final class Degrees {
    private static final String SET = RelationType.expand("""
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            SET e.degree = COUNT { (e)-[:EXPLORATION]-() }""");

    private static final String MISSING = "MATCH (e:Entity) WHERE e.degree IS NULL RETURN count(e) AS n";

    private static final String SET_MISSING = RelationType.expand("""
            MATCH (e:Entity) WHERE e.degree IS NULL
            WITH e LIMIT $batch
            SET e.degree = COUNT { (e)-[:EXPLORATION]-() }
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
