package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.db.DbSettings;
import picocli.CommandLine.Option;

/** The database options every subcommand that touches the graph shares. */
public final class DbOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWSGRAPH_DATA:-data}",
            description = "where the embedded Neo4j keeps its store (env NEWSGRAPH_DATA, default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--neo4j-uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "use an external Neo4j/Aura/cluster instead of the embedded one, e.g. neo4j+s://…"
                    + " (env NEO4J_URI)")
    String uri;

    @Option(names = "--neo4j-user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "user for --neo4j-uri (env NEO4J_USER, default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "password for --neo4j-uri (env NEO4J_PASSWORD)")
    String password;

    @Option(names = "--neo4j-database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "database name on the external server (env NEO4J_DATABASE; default: the server's default)")
    String database;

    public DbSettings settings() {
        return new DbSettings(dataDir, uri, uri == null ? null : user, password, database);
    }
}
