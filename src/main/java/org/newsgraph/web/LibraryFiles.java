package org.newsgraph.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.newsgraph.model.Problem;

/** Serves the browser libraries from their webjars at stable URLs (/lib/cytoscape.js), versions from pom.xml. */
final class LibraryFiles {
    private final Properties paths = new Properties();

    LibraryFiles() {
        try (InputStream in = LibraryFiles.class.getResourceAsStream("webjars.properties")) {
            paths.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("webjars.properties missing from the build", e);
        }
    }

    void serve(Context ctx) {
        String path = paths.getProperty(ctx.pathParam("name"));
        if (path == null) {
            throw Problem.notFound("no library " + ctx.pathParam("name"));
        }
        InputStream in = LibraryFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw Problem.notFound("library file missing from the classpath: " + path);
        }
        try (in) {
            ctx.contentType("text/javascript; charset=utf-8");
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
