package org.newsgraph.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Problem;

/**
 * Answers only requests addressed to this server by a name it was given. A page on {@code evil.example} whose DNS
 * name is switched to 127.0.0.1 after it loaded (DNS rebinding) talks to this server as its own origin, so the
 * Origin check lets its writes through; its {@code Host} header still says {@code evil.example}, and that is
 * refused (403) before any handler runs. Accepted: the loopback names, the address listened on, the host of each
 * {@code --public-url}, and, when listening on every interface, this machine's own addresses and host name.
 */
public final class HostGuard {
    private final Set<String> names;

    private HostGuard(Set<String> names) {
        this.names = names;
    }

    public static HostGuard of(String listenHost, Collection<String> publicUrls) {
        Set<String> names = new TreeSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        names.add(bare(listenHost));
        for (String url : publicUrls) {
            names.add(hostOf(url));
        }
        if (isWildcard(listenHost)) {
            names.addAll(machineNames());
        }
        return new HostGuard(Collections.unmodifiableSet(names));
    }

    /** The host of a public URL, or an error naming it (a usage mistake at start, not a request's). */
    static String hostOf(String url) {
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--public-url is not a URL: " + url);
        }
        if (u.getHost() == null || !("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
            throw new IllegalArgumentException("--public-url needs an http(s) URL with a host name, not: " + url);
        }
        return bare(u.getHost());
    }

    Set<String> names() {
        return names;
    }

    /** Before every request: a {@code Host} header naming another server is refused. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || names.contains(nameOf(host))) {
            return; // a request without Host cannot come from a browser page
        }
        throw new Problem(Problem.Kind.REFUSED, "unknown host", "this server does not answer for the host name '"
                + printable(host) + "'; start it with --public-url https://that-name/ if it should");
    }

    /** The name part of a Host header: {@code name[:port]} or {@code [v6][:port]}, lower case, without brackets. */
    static String nameOf(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return bare(end < 0 ? h : h.substring(1, end));
        }
        int colon = h.indexOf(':');
        return bare(colon < 0 ? h : h.substring(0, colon));
    }

    private static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        if (h.indexOf(':') >= 0) { // an IPv6 literal in one spelling: 0:0:0:0:0:0:0:1 and ::1 are the same host
            inet.ipaddr.IPAddress a = new inet.ipaddr.IPAddressString(h).getAddress();
            return a == null ? h : a.toCompressedString();
        }
        return h;
    }

    private static boolean isWildcard(String host) {
        String h = bare(host);
        return h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0");
    }

    private static Set<String> machineNames() {
        Set<String> out = new TreeSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    String text = a.getHostAddress();
                    int zone = text.indexOf('%');
                    out.add(bare(zone < 0 ? text : text.substring(0, zone)));
                }
            }
            InetAddress local = InetAddress.getLocalHost();
            out.add(bare(local.getHostName()));
            out.add(bare(local.getCanonicalHostName()));
        } catch (SocketException | java.net.UnknownHostException e) {
            // no interface list or name: the loopback names and --public-url still work
        }
        return out;
    }

    private static String printable(String s) {
        String cut = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
