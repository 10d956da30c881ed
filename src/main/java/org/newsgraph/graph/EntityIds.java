package org.newsgraph.graph;

import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Entity ids as analysts' merges left them: a merged-away id keeps naming the entity it went into, so old links,
 * saved views and later decisions still find it. A merge re-points the redirects that led to the merged entity
 * (curation's REDIRECT_TO), so one hop always reaches the entity; the page's reads and the curation's writes resolve
 * ids through this one query.
 */
public final class EntityIds {
    private EntityIds() {
    }

    /** The id itself when an entity has it, else the existing entity a merge took it into (null when neither): {@code id}. */
    public static final String RESOLVED_ID = """
            OPTIONAL MATCH (x:Entity {id: $id}) OPTIONAL MATCH (r:Redirect {id: $id})
            OPTIONAL MATCH (m:Entity {id: r.into})
            WITH coalesce(x.id, m.id) AS id""";

    private static final String RESOLVE = RESOLVED_ID + "\nRETURN id";

    /** The entity an id names now: itself, or where a merge took it; null when neither. */
    public static String resolve(TransactionContext tx, String id) {
        return tx.run(RESOLVE, Map.of("id", id)).single().get("id").asString(null);
    }
}
