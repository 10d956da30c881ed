package org.newsgraph.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import org.newsgraph.model.Problem;

/**
 * Refuses cross-site writes: a request that changes something (any method but GET, HEAD, OPTIONS) and carries an
 * {@code Origin} must come from this server's own origin; an upload of files must carry {@code X-Requested-With:
 * newsgraph}, a header no other site can make a browser send without asking first.
 */
final class WriteGuard {
    /** The console and query exports: reads sent as POST because a query is too long for a URL; they change nothing. */
    private static final java.util.Set<String> READS_SENT_AS_POST = java.util.Set.of("/api/query", "/api/export");

    private WriteGuard() {
    }

    static void check(Context ctx) {
        if (!isApiWrite(ctx)) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw new Problem(Problem.Kind.REFUSED, "cross-site request", "writes are only accepted from this server's own page");
        }
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/") && !"newsgraph".equals(ctx.header("X-Requested-With"))) {
            throw new Problem(Problem.Kind.REFUSED, "cross-site request", "file uploads need the header X-Requested-With: newsgraph");
        }
    }

    /**
     * Every write route: the request is JSON ({@code Content-Type: application/json}) or carries {@code
     * X-Requested-With: newsgraph} (file uploads, and the writes without a body: removing an article, taking a
     * decision back). Another site's page can send neither without a CORS preflight, which this server never
     * answers. Runs for matched routes only, so an unknown path or method still gets its 404 or 405.
     */
    static void checkSentByPage(Context ctx) {
        if (!isApiWrite(ctx) || READS_SENT_AS_POST.contains(ctx.path())) {
            return;
        }
        boolean json = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT).startsWith("application/json");
        if (!json && !"newsgraph".equals(ctx.header("X-Requested-With"))) {
            throw Problem.invalid("bad request", "send JSON with Content-Type: application/json, or the header "
                    + "X-Requested-With: newsgraph (file uploads, writes without a body)");
        }
    }

    /** An API request with a method that may change something (anything but GET, HEAD, OPTIONS). */
    private static boolean isApiWrite(Context ctx) {
        String method = ctx.method().name();
        return ctx.path().startsWith("/api/") && !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
