package org.newsgraph;

import java.nio.file.Path;

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
}
