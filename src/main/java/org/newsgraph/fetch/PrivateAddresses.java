package org.newsgraph.fetch;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;

/**
 * The addresses a URL import may not reach: this host, private and carrier-grade NAT networks, link-local, the
 * benchmarking (198.18.0.0/15) and reserved (240.0.0.0/4) ranges, multicast. An IPv6 address that carries an IPv4
 * one (IPv4-mapped or -compatible, NAT64, 6to4) is judged by that IPv4 address, since it reaches it: a gateway or
 * the host's own stack turns {@code ::7f00:1} or {@code 64:ff9b::a00:1} back into 127.0.0.1 or 10.0.0.1.
 */
final class PrivateAddresses {
    private static final List<IPAddress> IPV4 = blocks("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4");
    /** Unspecified, loopback, unique local, link-local, site-local, multicast, and NAT64 for local use (RFC 8215). */
    private static final List<IPAddress> IPV6 = blocks("::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10",
            "ff00::/8", "64:ff9b:1::/48");

    private PrivateAddresses() {
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return within(IPV4, new IPv4Address(bytes));
        }
        IPv6Address v6 = new IPv6Address(bytes);
        IPv4Address carried = carried(v6);
        return within(IPV6, v6) || carried != null && within(IPV4, carried);
    }

    /** The IPv4 address an IPv6 address carries (6to4, NAT64 well-known prefix, mapped, compatible); null if none. */
    private static IPv4Address carried(IPv6Address a) {
        if (a.is6To4()) {
            return a.get6To4IPv4Address();
        }
        if (a.isIPv4Mapped() || a.isIPv4Compatible() || a.isWellKnownIPv4Translatable() || a.isIPv4Translatable()) {
            return a.getEmbeddedIPv4Address();
        }
        return null;
    }

    private static boolean within(List<IPAddress> blocks, IPAddress a) {
        return blocks.stream().anyMatch(b -> b.contains(a));
    }

    private static List<IPAddress> blocks(String... cidrs) {
        return Stream.of(cidrs).map(c -> new IPAddressString(c).getAddress().toPrefixBlock()).toList();
    }
}
