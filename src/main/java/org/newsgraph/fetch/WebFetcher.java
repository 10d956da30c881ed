package org.newsgraph.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.ArticleReader.UnusableFileException;
import org.newsgraph.extract.text.SourceArticle;

/**
 * Fetches a web page or a text as an article with the JDK HTTP client: http and https only, timeouts, at most
 * {@value #MAX_REDIRECTS} redirects (each one checked again), a size cap, HTML or plain text only. Addresses on
 * loopback, private, link-local, carrier-grade NAT, benchmarking, reserved or multicast ranges (also inside IPv6
 * addresses that carry an IPv4 one) are refused unless allowed, so a server
 * that imports URLs for its users cannot be turned against its own network. (The check resolves the name itself
 * before the client does; a name whose address changes in between is not caught.)
 */
public final class WebFetcher {
    public static final int MAX_REDIRECTS = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final boolean allowPrivate;

    public WebFetcher(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    public static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** The article at {@code url}; an {@link UnusableFileException} says why there is none. */
    public SourceArticle fetch(String url) throws UnusableFileException {
        Fetched f = fetch(url, "text/html, application/xhtml+xml, text/plain;q=0.8",
                type -> type.startsWith("text/html") || type.startsWith("application/xhtml") || type.startsWith("text/plain"),
                "a web page or text");
        boolean html = !f.type().startsWith("text/plain");
        ArticleMeta given = new ArticleMeta(null, null, null, f.uri().toString(), null, null);
        return ArticleReader.article(idOf(f.uri()), f.bytes(), given, html, f.charset(), f.uri().toString());
    }

    /** What an address answered, after redirects: the final address, the body, its media type and charset. */
    public record Fetched(URI uri, byte[] bytes, String type, String charset) {
    }

    /**
     * The body at {@code url} when its media type passes {@code typeOk} ({@code what} names the kinds for the
     * reason otherwise), under the same rules as articles: addresses, redirects, size, timeouts.
     */
    public Fetched fetch(String url, String accept, java.util.function.Predicate<String> typeOk, String what)
            throws UnusableFileException {
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddress(uri);
            HttpResponse<InputStream> r = send(uri, accept);
            int status = r.statusCode();
            if (status >= 300 && status < 400) {
                String location = r.headers().firstValue("Location").orElseThrow(() ->
                        new UnusableFileException("answered " + status + " without a Location to follow"));
                close(r);
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status != 200) {
                close(r);
                throw new UnusableFileException("answered HTTP " + status);
            }
            String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!typeOk.test(type)) {
                close(r);
                throw new UnusableFileException("is " + (type.isBlank() ? "of no stated type" : type.split(";")[0])
                        + ", not " + what);
            }
            Matcher m = CHARSET.matcher(type);
            return new Fetched(uri, body(r), type, m.find() ? m.group(1) : null);
        }
        throw new UnusableFileException("redirects more than " + MAX_REDIRECTS + " times (a redirect loop?)");
    }

    /** An article id from its address: host and path, other characters as '_' ("example.org_2024_05_kim.html"). */
    static String idOf(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String id = (uri.getHost() + path).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
        return id.length() > 150 ? id.substring(0, 150) : id;
    }

    private HttpResponse<InputStream> send(URI uri, String accept) throws UnusableFileException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "newsgraph (article import)").header("Accept", accept).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new UnusableFileException("did not answer in time (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UnusableFileException("cannot be fetched: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnusableFileException("fetch interrupted");
        }
    }

    private static byte[] body(HttpResponse<InputStream> r) throws UnusableFileException {
        try (InputStream in = r.body()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnusableFileException("is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnusableFileException("broke off while loading: " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // nothing more to read anyway
        }
    }

    private static URI parse(String url) throws UnusableFileException {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new UnusableFileException("is not an http(s) address with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UnusableFileException("is not a valid address: " + e.getMessage());
        }
    }

    private void checkAddress(URI uri) throws UnusableFileException {
        if (allowPrivate) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(a)) {
                    throw new UnusableFileException("leads to " + a.getHostAddress() + ", a private, loopback or "
                            + "link-local address; refused (use --allow-private-urls for a server on your own network)");
                }
            }
        } catch (UnknownHostException e) {
            throw new UnusableFileException("names a host that does not resolve: " + uri.getHost());
        }
    }

    /** Whether an import may not reach the address (see {@link PrivateAddresses}). */
    static boolean isPrivate(InetAddress a) {
        return PrivateAddresses.isPrivate(a);
    }
}
