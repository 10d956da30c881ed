package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.EmbeddedNeo4j;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.graph.GraphChecksum;

/**
 * The external path (--neo4j-uri): a separate Neo4j reached only by its Bolt URI gets the same graph as the
 * embedded default. The "server" is a second DBMS started for the test; the app side starts nothing itself.
 */
class ExternalServerTest {
    @TempDir
    Path dir;

    @Test
    void importThroughAUriGivesTheSameGraphAsEmbedded() throws Exception {
        GraphChecksum.Summary embedded;
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("embedded")))) {
            Schema.apply(db);
            new ImportService(db, TestPaths.importDir()).run(false, s -> { });
            embedded = GraphChecksum.of(db);
        }
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir.resolve("server"))) {
            DbSettings external = new DbSettings(dir.resolve("unused"), server.boltUri(), server.user(), server.password(), null);
            try (Neo4jConnection db = Neo4jConnection.open(external)) {
                assertFalse(db.isEmbedded());
                Schema.apply(db);
                new ImportService(db, TestPaths.importDir()).run(false, s -> { });
                assertEquals(embedded, GraphChecksum.of(db));
            }
        }
    }
}
