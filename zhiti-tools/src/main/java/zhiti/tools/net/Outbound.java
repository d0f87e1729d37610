package zhiti.tools.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import zhiti.agent.Settings;

/**
 * The one HTTP client every outbound tool uses. It goes only to public internet addresses over http or https,
 * follows at most {@value #MAX_REDIRECTS} redirects (checking each target), stops reading a body past a size limit
 * and bounds the whole exchange, redirects included, by one timeout.
 *
 * <p>DNS rebinding: the JDK HttpClient resolves host names itself and has no hook to be handed an address (Host is
 * a restricted header, and an IP in the URI would break TLS name checks). So {@link #check} resolves the host and
 * checks every address immediately before each request, and HttpClient's own lookup moments later is answered
 * from the JVM's positive DNS cache (networkaddress.cache.ttl, 30 s by default), i.e. the same checked addresses.
 * A rebinding name would have to see its cache entry expire in the milliseconds between the two; a JVM configured
 * with a cache TTL of 0 loses this protection. Requests through a configured HTTP proxy are resolved by the proxy.
 *
 * <p>Settings: {@code net.allow_private} (false; true lets requests reach private and loopback addresses, for
 * tests and self-hosted providers), {@code net.allow_hosts} (host or host:port entries exempt from the address
 * rules, a narrower exemption for one self-hosted service), {@code net.timeout_s} (15), {@code net.max_bytes}
 * (2 MiB).
 */
public final class Outbound {

    public static final String ALLOW_PRIVATE = "net.allow_private";
    public static final String ALLOW_HOSTS = "net.allow_hosts";
    public static final String TIMEOUT_S = "net.timeout_s";
    public static final String MAX_BYTES = "net.max_bytes";

    static final int MAX_REDIRECTS = 3;
    private static final double DEFAULT_TIMEOUT_S = 15;
    private static final long DEFAULT_MAX_BYTES = 2L << 20;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Headers that may follow a redirect to another origin; credentials (API keys, tokens) do not. */
    private static final Set<String> PORTABLE_HEADERS = Set.of("accept", "accept-language", "user-agent");
    private static final String USER_AGENT = "Zhiti/0.1 (+https://github.com/zhiti)";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

    /** Resolves a host name to its addresses; the system resolver outside tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A response: status, the Content-Type header ("" when absent) and the body bytes (never over the limit). */
    public record Response(int status, String contentType, byte[] body) {

        /** The body decoded with the charset the Content-Type names, else UTF-8. */
        public String text() {
            return new String(body, charsetOf(contentType).orElse(StandardCharsets.UTF_8));
        }
    }

    private final boolean allowPrivate;
    private final Set<String> allowHosts;
    private final Duration timeout;
    private final long maxBytes;
    private final Resolver resolver;
    private volatile HttpClient client;

    Outbound(boolean allowPrivate, Set<String> allowHosts, Duration timeout, long maxBytes, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.allowHosts = allowHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.resolver = resolver;
    }

    /** The same rules with another deadline and size cap (a speech file is larger than a search result). */
    public Outbound withLimits(Duration timeout, long maxBytes) {
        return new Outbound(allowPrivate, allowHosts, timeout, maxBytes, resolver);
    }

    public static Outbound fromSettings(Settings s) {
        return fromSettings(s, InetAddress::getAllByName);
    }

    static Outbound fromSettings(Settings s, Resolver resolver) {
        double seconds = s.number(TIMEOUT_S, DEFAULT_TIMEOUT_S);
        if (!(seconds > 0 && seconds <= 600)) {
            throw new IllegalArgumentException(TIMEOUT_S + " must be between 0 and 600 seconds, got " + seconds);
        }
        double bytes = s.number(MAX_BYTES, DEFAULT_MAX_BYTES);
        if (!(bytes >= 1 && bytes <= Integer.MAX_VALUE - 8)) {
            throw new IllegalArgumentException(MAX_BYTES + " must be a positive byte count under 2 GiB, got " + bytes);
        }
        return new Outbound(flag(s, ALLOW_PRIVATE), Set.copyOf(s.list(ALLOW_HOSTS)),
                Duration.ofMillis(Math.round(seconds * 1000)), (long) bytes, resolver);
    }

    public Response get(URI uri, Map<String, String> headers) throws IOException {
        return send("GET", uri, headers, null, null);
    }

    public Response post(URI uri, Map<String, String> headers, String contentType, byte[] body) throws IOException {
        return send("POST", uri, headers, contentType, body);
    }

    /**
     * Refuses a URI this client must not request: not http(s), no host, or a host that resolves to a loopback,
     * private, link-local, CGNAT, multicast, unspecified or reserved address (unless allowed by the settings).
     */
    public void check(URI uri) {
        if (uri == null || !uri.isAbsolute()) {
            throw new IllegalArgumentException("'" + uri + "' is not an absolute URL: write e.g. https://example.com/");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("refused " + uri + ": only http and https URLs may be requested");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("refused " + uri + ": the URL has no host name");
        }
        if (allowPrivate || exempt(uri)) {
            return;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the host " + host + " of " + uri
                    + ": check the URL or the network's DNS");
        }
        for (InetAddress a : addresses) {
            Optional<String> why = AddressRules.whyRefused(a);
            if (why.isPresent()) {
                boolean literal = bare.contains(":") || bare.matches("[0-9.]+");
                String what = literal ? bare + " is " : host + " resolves to " + a.getHostAddress() + ", ";
                throw new IllegalArgumentException("refused " + uri + ": " + what + why.get() + "; outbound requests "
                        + "go only to public internet addresses (a self-hosted service on your own network needs "
                        + ALLOW_HOSTS + "=" + host + ":" + port(uri) + " or " + ALLOW_PRIVATE + "=true)");
            }
        }
    }

    private boolean exempt(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return allowHosts.contains(host) || allowHosts.contains(host + ":" + port(uri));
    }

    private Response send(String method, URI uri, Map<String, String> headers, String contentType, byte[] body)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> sent = new LinkedHashMap<>(headers == null ? Map.of() : headers);
        URI current = uri;
        for (int hop = 0; ; hop++) {
            check(current);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw timedOut(current);
            }
            HttpRequest req = request(method, current, sent, contentType, body, Duration.ofNanos(left));
            HttpResponse<byte[]> r = exchange(req, deadline);
            Optional<String> location = r.headers().firstValue("Location");
            if (!REDIRECTS.contains(r.statusCode()) || location.isEmpty()) {
                return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
            }
            URI next = resolve(current, location.get());
            if (hop == MAX_REDIRECTS) {
                throw new IOException("gave up on " + uri + " after " + MAX_REDIRECTS + " redirects (the next to "
                        + next + ")");
            }
            if (!sameOrigin(current, next)) {
                sent.keySet().removeIf(h -> !PORTABLE_HEADERS.contains(h.toLowerCase(Locale.ROOT)));
            }
            int status = r.statusCode();
            if (status == 303 || (status == 301 || status == 302) && method.equals("POST")) {
                method = "GET";
                body = null;
                contentType = null;
            }
            current = next;
        }
    }

    private static HttpRequest request(String method, URI uri, Map<String, String> headers, String contentType,
                                       byte[] body, Duration left) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(left);
        b.header("User-Agent", USER_AGENT);
        headers.forEach(b::setHeader);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (contentType != null) {
                b.setHeader("Content-Type", contentType);
            }
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return b.build();
    }

    private HttpResponse<byte[]> exchange(HttpRequest req, long deadline) throws IOException {
        String what = "the response from " + req.uri().getHost();
        CompletableFuture<HttpResponse<byte[]>> f = client().sendAsync(req, info ->
                new LimitedBody(maxBytes, what, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw timedOut(req.uri());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while requesting " + req.uri());
        } catch (ExecutionException e) {
            throw failure(req.uri(), e.getCause());
        }
    }

    private IOException failure(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return timedOut(uri);
        }
        if (cause instanceof ConnectException) {
            return new IOException("cannot connect to " + uri.getHost() + ":" + port(uri) + " (" + uri + ")", cause);
        }
        if (cause instanceof IOException io && io.getMessage() != null) {
            return io;
        }
        return new IOException("request to " + uri + " failed: " + cause, cause);
    }

    private HttpTimeoutException timedOut(URI uri) {
        return new HttpTimeoutException("no complete response from " + uri.getHost() + " within "
                + seconds(timeout) + " (" + TIMEOUT_S + "); the request to " + uri + " was cancelled");
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    // built on first use, so a tool that never goes online starts no HttpClient threads
                    c = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    private static URI resolve(URI base, String location) throws IOException {
        try {
            return base.resolve(new URI(location.trim()));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(base.getHost() + " redirected to an unreadable location '" + location + "'");
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static boolean flag(Settings s, String key) {
        Optional<String> v = s.get(key);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(key + " (" + Settings.envName(key) + ") must be true or "
                    + "false, got '" + v.get() + "'");
        };
    }

    static Optional<Charset> charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A byte count as people read it: 2 MiB, 512 KiB, 100 bytes. */
    static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }
}
