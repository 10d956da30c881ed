package org.newsgraph.db;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;

/**
 * Applies {@code schema.cypher} (constraints, indexes, the full-text index); safe to run at every start.
 * Statements whose constraint or index already exists are skipped, so a restart does not pay for them.
 */
public final class Schema {
    private static final Pattern NAME = Pattern.compile("CREATE\\s+(?:CONSTRAINT|(?:FULLTEXT\\s+)?INDEX)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private Schema() {
    }

    public static void apply(Neo4jConnection db) {
        try (Session session = db.driver().session(db.sessionConfig())) {
            Set<String> existing = new HashSet<>();
            existing.addAll(session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString()));
            existing.addAll(session.run("SHOW INDEXES YIELD name").list(r -> r.get("name").asString()));
            boolean created = false;
            for (String statement : statements()) {
                Matcher m = NAME.matcher(statement);
                if (m.find() && existing.contains(m.group(1))) {
                    continue;
                }
                session.run(statement).consume();
                created = true;
            }
            if (created) {
                session.run("CALL db.awaitIndexes(60)").consume();
                db.changed();
            }
        }
    }

    static List<String> statements() {
        return CypherResource.statements(Schema.class, "schema.cypher");
    }
}
