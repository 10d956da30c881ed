package org.newsgraph.app;

import java.nio.file.Path;
import org.newsgraph.query.QueryLimits;

/**
 * How `serve` listens and what it allows: page folder, address, port, console limits, access token (or null),
 * whether to bring the graph in line with the import folder first, and whether URL imports may reach private
 * addresses.
 */
public record ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart,
                           boolean allowPrivateUrls) {
    public ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart) {
        this(webDir, host, port, limits, token, importOnStart, false);
    }

    public static ServerConfig of(Path webDir, String host, int port) {
        return new ServerConfig(webDir, host, port, QueryLimits.defaults(), null, true);
    }
}
