package zhiti.tools.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which IP addresses an outbound request must not reach: everything that is not the public internet (loopback,
 * private and carrier-grade NAT ranges, link-local with the cloud metadata service, multicast, unspecified and
 * reserved), including IPv4 addresses hidden inside IPv6 forms (mapped, compatible, NAT64).
 */
final class AddressRules {

    private AddressRules() {
    }

    /** Why {@code a} is refused ("a loopback address (127.0.0.0/8)"), or empty when it is a public address. */
    static Optional<String> whyRefused(InetAddress a) {
        if (a instanceof Inet6Address v6) {
            InetAddress embedded = embeddedIpv4(v6.getAddress());
            if (embedded != null) {
                return whyRefused(embedded).map(r -> r + ", carried inside an IPv6 address as " + embedded.getHostAddress());
            }
            return ipv6(v6);
        }
        return ipv4((Inet4Address) a);
    }

    private static Optional<String> ipv4(Inet4Address a) {
        byte[] b = a.getAddress();
        int o0 = b[0] & 0xff;
        int o1 = b[1] & 0xff;
        if (a.isAnyLocalAddress() || o0 == 0) {
            return Optional.of("an unspecified address (0.0.0.0/8)");
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("a loopback address (127.0.0.0/8)");
        }
        if (o0 == 10 || o0 == 172 && (o1 & 0xf0) == 16 || o0 == 192 && o1 == 168) {
            return Optional.of("a private address (10/8, 172.16/12, 192.168/16)");
        }
        if (o0 == 169 && o1 == 254) {
            return Optional.of("a link-local address (169.254/16, where cloud metadata services live)");
        }
        if (o0 == 100 && (o1 & 0xc0) == 64) {
            return Optional.of("a carrier-grade NAT address (100.64/10)");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("a multicast address (224/4)");
        }
        if (o0 >= 240) {
            return Optional.of("a reserved or broadcast address (240/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(Inet6Address a) {
        byte[] b = a.getAddress();
        if (a.isAnyLocalAddress()) {
            return Optional.of("the unspecified address (::)");
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("the loopback address (::1)");
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("a unique-local address (fc00::/7)");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return Optional.of("a link-local address (fe80::/10)");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("a site-local address (fec0::/10)");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("a multicast address (ff00::/8)");
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address carried by an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64
     * (64:ff9b::a.b.c.d) address; null for other IPv6 addresses. The JDK already turns most mapped addresses into
     * Inet4Address, but not every path does, so they are checked here as well.
     */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
