package org.newsgraph.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * GET /api/openapi.json: the OpenAPI 3.1 description of this API, a hand-written resource kept beside the routes
 * (OpenApiTest holds it to the routes WebServer registers and to real answers). Read once at start, so a build
 * without it fails loudly instead of answering 500 later.
 */
final class OpenApiDocument {
    static final String RESOURCE = "openapi.json";
    private final byte[] json;

    OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the build");
            }
            json = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void serve(Context ctx) {
        ctx.contentType("application/json").result(json);
    }
}
