package org.newsgraph.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newsgraph.query.QueryLimits;

/**
 * How `serve` listens and what it allows: page folder, address, port, console limits, access token (or null),
 * whether to bring the graph in line with the import folder first, whether URL imports may reach private
 * addresses, the feeds to read every {@code feedEvery} while it runs, and the name curation decisions carry when
 * the page does not send one, and the URLs users reach it by (behind a proxy: their host names are accepted).
 */
public record ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart,
                           boolean allowPrivateUrls, List<String> watchedFeeds, Duration feedEvery, String analyst,
                           List<String> publicUrls) {
    public static final String DEFAULT_ANALYST = "analyst";

    public ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart,
                        boolean allowPrivateUrls, List<String> watchedFeeds, Duration feedEvery, String analyst) {
        this(webDir, host, port, limits, token, importOnStart, allowPrivateUrls, watchedFeeds, feedEvery, analyst, List.of());
    }

    public ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart,
                        boolean allowPrivateUrls, List<String> watchedFeeds, Duration feedEvery) {
        this(webDir, host, port, limits, token, importOnStart, allowPrivateUrls, watchedFeeds, feedEvery, DEFAULT_ANALYST);
    }

    public ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart) {
        this(webDir, host, port, limits, token, importOnStart, false);
    }

    public ServerConfig(Path webDir, String host, int port, QueryLimits limits, String token, boolean importOnStart,
                        boolean allowPrivateUrls) {
        this(webDir, host, port, limits, token, importOnStart, allowPrivateUrls, List.of(), Duration.ofMinutes(15));
    }

    public static ServerConfig of(Path webDir, String host, int port) {
        return new ServerConfig(webDir, host, port, QueryLimits.defaults(), null, true);
    }
}
