package zhiti.tools.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import zhiti.agent.Settings;

/**
 * An OpenAI-compatible API the user configured for one medium: settings {@code PREFIX.url} (the base URL, e.g.
 * https://api.openai.com/v1), {@code PREFIX.key} and {@code PREFIX.model}. Posts JSON to a path under the base and
 * words the provider's errors without ever showing the key.
 */
record MediaApi(String purpose, URI base, Optional<String> key, String model) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET = 300;

    /** Empty when {@code PREFIX.url} is not set: the medium is offline. */
    static Optional<MediaApi> configured(Settings settings, String prefix, String defaultModel, String purpose) {
        Optional<String> url = settings.get(prefix + ".url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String text = url.get().replaceAll("/+$", "");
        URI base;
        try {
            base = new URI(text);
        } catch (URISyntaxException e) {
            base = null;
        }
        if (base == null || base.getHost() == null
                || !("https".equalsIgnoreCase(base.getScheme()) || "http".equalsIgnoreCase(base.getScheme()))) {
            throw new IllegalArgumentException(prefix + ".url (" + Settings.envName(prefix + ".url") + ") must be an "
                    + "http(s) base URL such as https://api.openai.com/v1, got '" + url.get() + "'");
        }
        return Optional.of(new MediaApi(purpose, base, settings.get(prefix + ".key"),
                settings.get(prefix + ".model").orElse(defaultModel)));
    }

    /** POSTs {@code body} as JSON to base + path; a transport failure becomes a message naming the host. */
    MediaHttp.Response post(MediaHttp http, String path, Map<String, Object> body, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        key.ifPresent(k -> headers.put("Authorization", "Bearer " + k));
        try {
            return http.post(URI.create(base + path), headers, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + purpose + " API at " + where() + " could not be reached: "
                    + e.getMessage());
        }
    }

    /** "the speech API at api.example.com/v1 answered HTTP 401: Incorrect API key provided". */
    String failure(MediaHttp.Response r) {
        return "the " + purpose + " API at " + where() + " answered HTTP " + r.status() + ": " + reason(r);
    }

    String where() {
        return base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : "") + base.getPath();
    }

    /** The provider's own error message ({"error": {"message": …}}) if it sent one, else the start of the body. */
    static String reason(MediaHttp.Response r) {
        String text = new String(r.body(), StandardCharsets.UTF_8);
        try {
            JsonNode n = JSON.readTree(text);
            JsonNode m = n.path("error").isTextual() ? n.path("error") : n.path("error").path("message");
            if (m.isTextual() && !m.asText().isBlank()) {
                return clip(m.asText());
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: show the text itself
        }
        String plain = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return plain.isEmpty() ? "(empty body)" : clip(plain);
    }

    private static String clip(String s) {
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET) + "…";
    }
}
