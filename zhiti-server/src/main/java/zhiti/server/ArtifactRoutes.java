package zhiti.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /api/artifacts/{name}}: the files tools made (charts, recordings), by the name an answer's
 * {@code artifacts[].name} gives. Only plain names inside the artifacts directory are served, so a request can never
 * reach another file.
 */
final class ArtifactRoutes {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "svg", "image/svg+xml",
            "wav", "audio/wav", "mp3", "audio/mpeg", "csv", "text/csv; charset=utf-8", "json", "application/json",
            "txt", "text/plain; charset=utf-8");

    private final Path dir;

    ArtifactRoutes(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    void register(RoutesConfig r) {
        r.get("/api/artifacts/{name}", this::get);
    }

    private void get(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw ApiError.badRequest("an artifact name is letters, digits, '.', '_' and '-' (as artifacts[].name "
                    + "in an answer gives it), got '" + name + "'");
        }
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            throw ApiError.notFound("no artifact " + name);
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        // an SVG is shown as an image, never run as a page of ours
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, max-age=86400");
        InputStream in = Files.newInputStream(file);
        ctx.result(in);
    }
}
