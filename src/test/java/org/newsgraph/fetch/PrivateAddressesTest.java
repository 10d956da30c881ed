package org.newsgraph.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.text.ArticleReader.UnusableFileException;

/**
 * URL imports refuse the ranges the first address check missed: IPv6 addresses that carry a private IPv4 one
 * (IPv4-compatible, NAT64, 6to4), the benchmarking and reserved IPv4 ranges. Literal addresses, so the refusal is
 * the check's and not a failed connection.
 */
class PrivateAddressesTest {
    @Test
    void ipv6AddressesCarryingAPrivateIpv4OneAndReservedRangesAreRefused() throws Exception {
        for (String a : List.of("::7f00:1", "::a00:1", "::ffff:127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
                "64:ff9b::c0a8:101", "64:ff9b:1::a00:1", "2002:7f00:1::", "2002:a00:1::1", "2002:a9fe:a9fe::",
                "::ffff:0:a00:1", "198.18.0.1", "198.19.255.254", "240.0.0.1", "255.255.255.255", "0.1.2.3",
                "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "127.0.0.2", "::1", "::",
                "fd12::1", "fe80::1", "fec0::1", "ff02::1", "224.0.0.1")) {
            assertTrue(WebFetcher.isPrivate(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("8.8.8.8", "93.184.216.34", "198.17.255.255", "198.20.0.1", "223.255.255.254",
                "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::1", "::808:808")) {
            assertFalse(WebFetcher.isPrivate(InetAddress.getByName(a)), a);
        }
    }

    @Test
    void aUrlImportOfSuchAnAddressIsRefusedBeforeAnyConnection() {
        for (String url : List.of("http://[::7f00:1]:7070/api/health", "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/",
                "http://198.18.0.1/", "http://240.0.0.1/")) {
            UnusableFileException e = assertThrows(UnusableFileException.class, () -> new WebFetcher(false).fetch(url), url);
            assertTrue(e.getMessage().contains("--allow-private-urls"), url + ": " + e.getMessage());
        }
    }
}
