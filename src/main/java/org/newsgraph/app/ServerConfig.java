package org.newsgraph.app;

import java.nio.file.Path;
import org.newsgraph.query.QueryLimits;

/**
 * How `serve` listens and what it allows: page folder, address, port, console limits, access token (or null),
 * and whether to bring the graph in line with the import folder first.
 */
public record ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart) {
    public static ServerConfig of(Path webDir, String host, int port) {
        return new ServerConfig(webDir, host, port, QueryLimits.defaults(), null, true);
    }
}
