package dev.feedrafter.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs that are not http(s) or whose host resolves to an address a public fetcher must not reach:
 * loopback, private, link-local (incl. cloud metadata 169.254.169.254), CGNAT, multicast, unspecified.
 */
public final class AddressGuard {
    private final boolean allowPrivate;

    public AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Throws {@link FetchException} when the URL may not be fetched. */
    public void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, "only http and https URLs are fetched");
        }
        if (url.getHost() == null) {
            throw new FetchException(url, "the URL has no host");
        }
        if (allowPrivate) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (isNonPublic(address)) {
                    throw new FetchException(url, "refused: " + url.getHost() + " resolves to the non-public address "
                            + address.getHostAddress() + " (set fetch.allow_private_addresses: true to allow)");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchException(url, "unknown host " + url.getHost(), e);
        }
    }

    /** True for any address that is not a routable public unicast address. */
    public static boolean isNonPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isIpv4Mapped(b)) {
                try {
                    return isNonPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocal;
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean cgnat = first == 100 && second >= 64 && second <= 127;
            boolean thisNetwork = first == 0;
            boolean reserved = first >= 240;
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress() || cgnat || thisNetwork
                    || reserved;
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        if (b.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
