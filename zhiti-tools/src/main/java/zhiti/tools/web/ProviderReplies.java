package zhiti.tools.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import zhiti.tools.net.Outbound;

/** What the search providers share: reading a JSON reply, turning its items into hits, trimming web text. */
final class ProviderReplies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int TITLE_CHARS = 300;
    private static final int SNIPPET_CHARS = 600;

    private ProviderReplies() {
    }

    /** The reply's JSON; a non-200 status or a body that is not JSON is an error naming the provider. */
    static JsonNode json(String provider, URI uri, Outbound.Response r, String hint) throws IOException {
        if (r.status() != 200) {
            throw new IOException(provider + " answered HTTP " + r.status() + " for " + strip(uri)
                    + (hint.isEmpty() ? "" : " (" + hint + ")"));
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IOException(provider + " did not answer JSON for " + strip(uri));
        }
    }

    /** Hits from an array of result objects, skipping items without a URL. */
    static List<SearchHit> hits(JsonNode items, int max, String title, String snippet, String... dates) {
        List<SearchHit> out = new ArrayList<>();
        for (JsonNode it : items) {
            String url = it.path("url").asText("");
            if (url.isBlank()) {
                continue;
            }
            String date = null;
            for (String d : dates) {
                if (it.path(d).isTextual() && !it.path(d).asText().isBlank()) {
                    date = it.path(d).asText();
                    break;
                }
            }
            out.add(new SearchHit(url, clip(PageText.inline(it.path(title).asText("")), TITLE_CHARS),
                    clip(PageText.inline(it.path(snippet).asText("")), SNIPPET_CHARS), date));
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A base URL without a trailing slash. */
    static String base(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** The URI without its query, so an error never repeats a key that a provider takes in the query. */
    private static String strip(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }
}
