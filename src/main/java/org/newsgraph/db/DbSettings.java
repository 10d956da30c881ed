package org.newsgraph.db;

import java.nio.file.Path;

/**
 * Where the graph lives: an embedded store in {@code dataDir}, or an external server when {@code uri} is set.
 */
public record DbSettings(Path dataDir, String uri, String user, String password, String database) {

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    public static DbSettings embedded(Path dataDir) {
        return new DbSettings(dataDir, null, null, null, null);
    }

    public Path neo4jHome() {
        return dataDir.resolve("neo4j");
    }
}
