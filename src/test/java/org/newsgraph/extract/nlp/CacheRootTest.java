package org.newsgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Caches go where the XDG rules say, and the parse cache's own setting still wins. */
class CacheRootTest {
    @Test
    void xdgCacheHomeThenHomeThenJavasUserHome() {
        assertEquals(Path.of("/x/cache/newsgraph"), CacheRoot.of(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/h"), "/j"));
        assertEquals(Path.of("/h/.cache/newsgraph"), CacheRoot.of(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h"), "/j"),
                "a relative XDG_CACHE_HOME is ignored, as the spec says");
        assertEquals(Path.of("/h/.cache/newsgraph"), CacheRoot.of(Map.of("HOME", "/h"), "/j"), "$HOME, not user.home");
        assertEquals(Path.of("/j/.cache/newsgraph"), CacheRoot.of(Map.of(), "/j"));
    }

    @Test
    void theParseCacheSettingOverridesTheCacheRoot() {
        assertEquals(Path.of("/p"), ParseStore.root("/p", Path.of("/x/newsgraph")));
        assertEquals(Path.of("/x/newsgraph/parses"), ParseStore.root(null, Path.of("/x/newsgraph")));
    }
}
