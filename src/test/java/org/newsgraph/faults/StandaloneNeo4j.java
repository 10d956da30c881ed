package org.newsgraph.faults;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A separate Neo4j server for fault tests: Bolt on 127.0.0.1:PORT with authentication (user neo4j, the given
 * password). Usage: StandaloneNeo4j DIR PORT PASSWORD. Prints "READY" when it accepts connections; runs until
 * killed.
 */
public final class StandaloneNeo4j {
    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", args[2]));
        } catch (RuntimeException e) {
            // a restart on the same store: the password is already set
        }
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
