package zhiti.tools.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link MediaHttp} on the JDK's client, with the limits every outbound call needs: public https hosts only (no
 * private, link-local or loopback address, loopback allowed only by the test setting), no redirects, a deadline
 * for the whole exchange and a cap on the answer's size. The project's guarded client replaces this class.
 */
public final class JdkMediaHttp implements MediaHttp {

    /** Setting for tests that run a fake API on 127.0.0.1; never set it in production. */
    public static final String ALLOW_LOOPBACK = "media.allow_loopback";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Image generation takes up to a minute at the providers; more means a stuck call. */
    static final Duration DEADLINE = Duration.ofSeconds(120);
    /** A 1536×1024 PNG is ~3 MB (4 MB in base64); five minutes of 24 kHz speech is ~14 MB. */
    static final long MAX_BYTES = 32L << 20;

    /**
     * One client for the JVM, made on the first call: providers register tools for every agent, and most agents
     * never call out, so none should start a client's selector thread for nothing.
     */
    private static final class Shared {
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private final boolean allowLoopback;
    private final Duration deadline;
    private final long maxBytes;

    public JdkMediaHttp(boolean allowLoopback) {
        this(allowLoopback, DEADLINE, MAX_BYTES);
    }

    JdkMediaHttp(boolean allowLoopback, Duration deadline, long maxBytes) {
        this.allowLoopback = allowLoopback;
        this.deadline = deadline;
        this.maxBytes = maxBytes;
    }

    @Override
    public Response post(URI uri, Map<String, String> headers, String contentType, byte[] body) throws IOException {
        checkTarget(uri);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(deadline).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(req::header);
        CompletableFuture<HttpResponse<byte[]>> call = Shared.CLIENT.sendAsync(req.build(), info -> new Capped(maxBytes));
        try {
            HttpResponse<byte[]> r = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new IOException("no complete answer from " + uri.getHost() + " within " + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + uri.getHost());
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(String.valueOf(c), c);
        }
    }

    /** Refuses what a configured URL must never reach: internal networks, and plain http beyond this machine. */
    private void checkTarget(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("only http(s) URLs with a host are called, got " + uri);
        }
        boolean allLoopback = true;
        for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
            if (a.isLoopbackAddress()) {
                if (!allowLoopback) {
                    throw new IllegalArgumentException("refusing to call " + uri.getHost() + ": it is this machine "
                            + "(loopback); configure the provider's public URL");
                }
            } else {
                allLoopback = false;
                if (isInternal(a)) {
                    throw new IllegalArgumentException("refusing to call " + uri.getHost() + " (" + a.getHostAddress()
                            + "): private, link-local and multicast addresses are never called");
                }
            }
        }
        if (scheme.equals("http") && !allLoopback) {
            throw new IllegalArgumentException("refusing to send an API key over plain http to " + uri.getHost()
                    + "; use an https URL");
        }
    }

    private static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal6 = b.length == 16 && (b[0] & 0xFE) == 0xFC;                      // fc00::/7
        boolean carrierNat = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64; // 100.64.0.0/10
        return a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()
                || uniqueLocal6 || carrierNat;
    }

    /** Collects the body up to a cap; past it, the exchange is cancelled rather than buffered. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;
        private Flow.Subscription subscription;

        Capped(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (result.isDone()) {
                    return;
                }
                if (bytes.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new IOException("the answer is larger than " + max
                            + " bytes; refused"));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
