package org.newsgraph.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.stream.Stream;

/** How much disk the data directory takes: the last line of an import report, so a growing store is noticed. */
public final class StoreSize {
    private StoreSize() {
    }

    /** "data directory data: 23.4 MB", or null for an external server (its disk is not ours to measure). */
    public static String line(DbSettings settings) {
        if (settings.external()) {
            return null;
        }
        return "data directory " + settings.dataDir() + ": " + megabytes(bytes(settings.dataDir()));
    }

    /** The sizes of the regular files below {@code dir} (links not followed); 0 when it does not exist. */
    public static long bytes(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(StoreSize::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? a.size() : 0;
        } catch (IOException e) {
            return 0; // a file Neo4j removed while we walked
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
