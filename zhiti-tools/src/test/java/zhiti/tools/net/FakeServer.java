package zhiti.tools.net;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** An HTTP server on 127.0.0.1 for tests: canned replies per path, and a record of the requests it received. */
public final class FakeServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(String method, URI uri, Headers headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A canned reply; {@code chunked} sends the body without a Content-Length. */
    public record Reply(int status, Map<String, String> headers, byte[] body, boolean chunked) {
        public static Reply json(String json) {
            return new Reply(200, Map.of("Content-Type", "application/json"), bytes(json), false);
        }

        public static Reply html(String html) {
            return new Reply(200, Map.of("Content-Type", "text/html; charset=utf-8"), bytes(html), false);
        }

        public static Reply redirect(int status, String location) {
            return new Reply(status, Map.of("Location", location), new byte[0], false);
        }

        public static Reply of(int status, String contentType, byte[] body, boolean chunked) {
            return new Reply(status, Map.of("Content-Type", contentType), body, chunked);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.start();
    }

    public static FakeServer start() {
        return new FakeServer();
    }

    /** Replies to requests under {@code path} with what {@code reply} makes of each (it may block, e.g. on a latch). */
    public FakeServer on(String path, Function<Request, Reply> reply) {
        return context(path, (ex, req) -> {
            Reply r = reply.apply(req);
            r.headers().forEach(ex.getResponseHeaders()::set);
            ex.sendResponseHeaders(r.status(), r.chunked() ? 0 : r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        });
    }

    /** Full control of the exchange (a body sent slowly, say); the request is recorded first. */
    public FakeServer onRaw(String path, HttpHandler handler) {
        return context(path, (ex, req) -> handler.handle(ex));
    }

    private interface Handler {
        void handle(HttpExchange ex, Request req) throws IOException;
    }

    private FakeServer context(String path, Handler handler) {
        server.createContext(path, ex -> {
            try {
                Request r = new Request(ex.getRequestMethod(), ex.getRequestURI(), ex.getRequestHeaders(),
                        ex.getRequestBody().readAllBytes());
                requests.add(r);
                handler.handle(ex, r);
            } finally {
                ex.close();
            }
        });
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    /** http://127.0.0.1:PORT */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
