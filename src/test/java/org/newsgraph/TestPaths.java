package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the project's folders are when tests run (Maven sets newsgraph.project.dir). */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path project() {
        return Path.of(System.getProperty("newsgraph.project.dir", ".")).toAbsolutePath().normalize();
    }

    public static Path importDir() {
        return project().resolve("import");
    }

    public static Path articles() {
        return importDir().resolve("articles");
    }

    public static Path web() {
        return project().resolve("web");
    }

    public static Path shared() {
        return project().resolve("..").resolve("shared").normalize();
    }

    /** Copies a folder tree (for tests that change an import folder without touching the project's). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
