package org.newsgraph.db;

import org.neo4j.driver.Session;

/** Applies {@code schema.cypher} (constraints, indexes, the full-text index); safe to run at every start. */
public final class Schema {
    private Schema() {
    }

    public static void apply(Neo4jConnection db) {
        try (Session session = db.driver().session(db.sessionConfig())) {
            for (String statement : CypherResource.statements(Schema.class, "schema.cypher")) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }
}
