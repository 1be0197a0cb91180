package dev.feedrafter.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import okhttp3.Dns;

/**
 * Keeps fetches away from addresses a public fetcher must not reach: loopback, private, link-local (and with
 * it the cloud metadata address 169.254.169.254), CGNAT, multicast, unspecified, reserved and documentation
 * ranges, in IPv4, IPv6 and IPv4 embedded in IPv6. It is the HTTP client's only resolver, so the addresses it
 * checked are the very ones the client connects to: a DNS answer that changes between check and connect
 * (DNS rebinding) cannot slip past. Literal IP hosts never reach a resolver and are checked with the URL.
 */
final class AddressGuard implements Dns {
    private final boolean allowPrivate;
    private final Set<InetAddress> exempt;
    private final Dns resolver;

    AddressGuard(boolean allowPrivate) {
        this(allowPrivate, Set.of(), Dns.SYSTEM);
    }

    /** {@code exempt} addresses pass although non-public (tests reach a local server this way). */
    AddressGuard(boolean allowPrivate, Set<InetAddress> exempt, Dns resolver) {
        this.allowPrivate = allowPrivate;
        this.exempt = Set.copyOf(exempt);
        this.resolver = resolver;
    }

    /** An address the guard will not connect to; a subtype of what a resolver may throw. */
    static final class RefusedAddressException extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String message) {
            super(message);
        }
    }

    /**
     * Refuses a host that is a refused IP literal. The HTTP client connects to such hosts without asking a
     * resolver, so they are checked here, with the same test for "literal" as the client's.
     */
    void checkLiteral(String host) throws UnknownHostException {
        if (isIpLiteral(host)) {
            check(host, List.of(InetAddress.getByName(host)));
        }
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = resolver.lookup(hostname);
        check(hostname, addresses);
        return addresses;
    }

    /** A host with any refused address is refused whole: a mixed answer is a sign of an attack. */
    private void check(String host, List<InetAddress> addresses) throws RefusedAddressException {
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            if (isNonPublic(address) && !exempt.contains(address)) {
                throw new RefusedAddressException("refused: " + host + " resolves to the non-public address "
                        + address.getHostAddress() + " (set fetch.allow_private_addresses: true to allow)");
            }
        }
    }

    /** True for any address that is not a routable public unicast address. */
    static boolean isNonPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                return isNonPublicV4(embedded);
            }
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d
                    && (b[3] & 0xff) == 0xb8;
            boolean discardOnly = b[0] == 0x01 && b[1] == 0 && allZero(b, 2, 8);
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocal || documentation
                    || discardOnly;
        }
        return !(address instanceof Inet4Address) || isNonPublicV4(b);
    }

    private static boolean isNonPublicV4(byte[] b) {
        int a = b[0] & 0xff;
        int n = b[1] & 0xff;
        int c = b[2] & 0xff;
        return a == 0                                   // "this network"
                || a == 10                              // private
                || a == 100 && n >= 64 && n <= 127      // CGNAT (also Alibaba's metadata 100.100.100.200)
                || a == 127                             // loopback
                || a == 169 && n == 254                 // link-local, cloud metadata 169.254.169.254
                || a == 172 && n >= 16 && n <= 31       // private
                || a == 192 && n == 0 && c == 0         // IETF protocol assignments (Oracle's metadata 192.0.0.192)
                || a == 192 && n == 0 && c == 2         // documentation
                || a == 192 && n == 168                 // private
                || a == 198 && (n == 18 || n == 19)     // benchmarking
                || a == 198 && n == 51 && c == 100      // documentation
                || a == 203 && n == 0 && c == 113       // documentation
                || a >= 224;                            // multicast, reserved, broadcast
    }

    /**
     * The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible ({@code ::a.b.c.d}),
     * NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4 ({@code 2002:abcd::}) IPv6 address; null for any other.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] == 1);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** What the client takes for an IP address (digits and dots, or anything with a colon), never a name. */
    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[\\d.]+");
    }
}
