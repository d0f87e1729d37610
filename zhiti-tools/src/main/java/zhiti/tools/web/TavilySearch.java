package zhiti.tools.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import zhiti.tools.net.Outbound;

/**
 * The Tavily search API: {@code POST {base}/search} with JSON {query, max_results} and the key as a bearer token →
 * results[{url, title, content, published_date}].
 */
final class TavilySearch implements SearchProvider {

    static final String DEFAULT_BASE = "https://api.tavily.com";

    private final Outbound outbound;
    private final String base;
    private final String key;

    TavilySearch(Outbound outbound, String baseUrl, String key) {
        this.outbound = outbound;
        this.base = ProviderReplies.base(baseUrl);
        this.key = key;
    }

    @Override
    public String name() {
        return SearchProviders.Kind.TAVILY.id();
    }

    @Override
    public List<SearchHit> search(String query, int max) throws IOException {
        URI uri = URI.create(base + "/search");
        ObjectNode body = ProviderReplies.JSON.createObjectNode().put("query", query).put("max_results", max);
        Outbound.Response r = outbound.post(uri, Map.of("Accept", "application/json", "Authorization",
                "Bearer " + key), "application/json", ProviderReplies.JSON.writeValueAsBytes(body));
        JsonNode json = ProviderReplies.json("Tavily", uri, r, r.status() == 401 || r.status() == 403
                ? "check the API key in search.key" : "");
        return ProviderReplies.hits(json.path("results"), max, "title", "content", "published_date");
    }
}
