package org.newsgraph.extract.nlp;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where newsgraph keeps caches, as the XDG base directory rules say: {@code $XDG_CACHE_HOME/newsgraph}, else
 * {@code $HOME/.cache/newsgraph}; Java's {@code user.home} only when neither is set (it can differ from
 * {@code $HOME}, e.g. under sudo or in containers, and then the cache landed where the user did not look).
 */
final class CacheRoot {
    private CacheRoot() {
    }

    static Path of(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) { // the spec ignores relative values
            return Path.of(xdg, "newsgraph");
        }
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : userHome, ".cache", "newsgraph");
    }

    static Path current() {
        return of(System.getenv(), System.getProperty("user.home"));
    }
}
