package zhiti.mcp;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a URL's host is one this machine should not call on a setting's say-so: loopback, private (RFC 1918,
 * IPv6 unique-local), link-local (cloud metadata lives there), carrier-grade NAT, unspecified or multicast. Checked
 * when a server is mounted; the HTTP client is LangChain4j's, so an address that changes later (DNS rebinding) is
 * the general outbound guard's to catch.
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /** Throws IllegalArgumentException naming the address and the setting that would allow it. */
    static void check(McpServerSettings server) {
        if (server.allowPrivate()) return;
        String host = server.url().getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the host of " + McpServerSettings.key(server.name(), "url")
                    + " (" + host + ")");
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new IllegalArgumentException(McpServerSettings.key(server.name(), "url") + " points to "
                        + a.getHostAddress() + ", a loopback or private address; set "
                        + McpServerSettings.key(server.name(), "allow_private") + "=true if that server is meant");
            }
        }
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10, carrier-grade NAT
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local (Java hands IPv4-mapped ones over as IPv4)
        }
        return false;
    }
}
