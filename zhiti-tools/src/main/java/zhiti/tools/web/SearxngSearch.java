package zhiti.tools.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import zhiti.tools.net.Outbound;

/** SearXNG's JSON API: {@code GET {url}/search?q=…&format=json} → results[{url, title, content, publishedDate}]. */
final class SearxngSearch implements SearchProvider {

    private final Outbound outbound;
    private final String base;

    SearxngSearch(Outbound outbound, String baseUrl) {
        this.outbound = outbound;
        this.base = ProviderReplies.base(baseUrl);
    }

    @Override
    public String name() {
        return SearchProviders.Kind.SEARXNG.id();
    }

    @Override
    public List<SearchHit> search(String query, int max) throws IOException {
        URI uri = URI.create(base + "/search?q=" + ProviderReplies.enc(query) + "&format=json");
        Outbound.Response r = outbound.get(uri, Map.of("Accept", "application/json"));
        JsonNode json = ProviderReplies.json("SearXNG at " + base, uri, r, r.status() == 403
                ? "enable the json format in the instance's settings.yml: search.formats: [html, json]" : "");
        return ProviderReplies.hits(json.path("results"), max, "title", "content", "publishedDate");
    }
}
