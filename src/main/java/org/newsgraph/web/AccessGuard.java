package org.newsgraph.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.newsgraph.model.Problem;

/**
 * Who may call the API. Without a token the server only listens on loopback; with one, every /api/ request
 * must carry it ({@code Authorization: Bearer …} or {@code X-Newsgraph-Token}), compared in constant time
 * (SHA-256 digests with {@link MessageDigest#isEqual}, so neither content nor length leaks through timing).
 * The page and its libraries are public: the page asks for the token and keeps it for the browser session.
 */
public final class AccessGuard {
    public static final int MIN_TOKEN_LENGTH = 16;
    private final byte[] digest;

    private AccessGuard(byte[] digest) {
        this.digest = digest;
    }

    /**
     * The guard for serving on {@code host}: refuses a non-loopback address without a token, and tokens shorter
     * than {@link #MIN_TOKEN_LENGTH}.
     */
    public static AccessGuard forHost(String host, String token) {
        boolean hasToken = token != null && !token.isBlank();
        if (hasToken && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the access token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (!hasToken && !isLoopback(host)) {
            throw new IllegalArgumentException("refusing to serve on " + host + " without an access token: anyone on the network "
                    + "could read the graph. Set --auth-token (or NEWSGRAPH_TOKEN) to a secret of " + MIN_TOKEN_LENGTH
                    + "+ characters, or listen on 127.0.0.1");
        }
        return new AccessGuard(hasToken ? sha256(token.strip()) : null);
    }

    public boolean enabled() {
        return digest != null;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the address to listen on: " + host);
        }
    }

    /** Before every request: API calls need the token when one is set. */
    void check(Context ctx) {
        if (digest == null || !ctx.path().startsWith("/api/")) {
            return;
        }
        String given = ctx.header("X-Newsgraph-Token");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = auth.substring(7).strip();
        }
        if (given == null || !MessageDigest.isEqual(sha256(given), digest)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", given == null
                    ? "this server needs an access token: send Authorization: Bearer <token>"
                    : "wrong access token");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
