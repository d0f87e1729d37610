package zhiti.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import zhiti.runtime.Json;
import zhiti.runtime.Zhiti;

/**
 * One real server for the module's tests, on a free loopback port, with its home under target (the intent router
 * is trained once per build, then cached there) and a fixed test key. Closed when the test JVM exits.
 */
final class TestServer {

    static final String KEY = "test-key-0123456789abcdef";
    static final Path HOME = Path.of("target", "test-home").toAbsolutePath();
    private static TestServer shared;

    final Zhiti zhiti;
    final ZhitiServer server;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();

    private TestServer(ZhitiServer.Limits limits) {
        zhiti = Zhiti.open(Zhiti.Options.defaults().withEnv(Map.of("ZHITI_HOME", HOME.toString())).withOffline(true)
                .withLimits(2, 200));
        zhiti.warmUp();
        server = new ZhitiServer(zhiti, ApiKeys.of(KEY), limits).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    static synchronized TestServer shared() {
        if (shared == null) {
            shared = new TestServer(new ZhitiServer.Limits(64 << 10, 256 << 10));
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::close));
        }
        return shared;
    }

    HttpResponse<String> send(String method, String path, String body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) b.header("Authorization", "Bearer " + key);
        if (body != null) b.header("Content-Type", "application/json");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, KEY);
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, KEY);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }
}
