package zhiti.tools.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import zhiti.tools.net.Outbound;

/**
 * The Brave Search API: {@code GET {base}/res/v1/web/search?q=…&count=n} with header X-Subscription-Token →
 * web.results[{url, title, description, page_age, age}].
 */
final class BraveSearch implements SearchProvider {

    static final String DEFAULT_BASE = "https://api.search.brave.com";

    private final Outbound outbound;
    private final String base;
    private final String key;

    BraveSearch(Outbound outbound, String baseUrl, String key) {
        this.outbound = outbound;
        this.base = ProviderReplies.base(baseUrl);
        this.key = key;
    }

    @Override
    public String name() {
        return SearchProviders.Kind.BRAVE.id();
    }

    @Override
    public List<SearchHit> search(String query, int max) throws IOException {
        URI uri = URI.create(base + "/res/v1/web/search?q=" + ProviderReplies.enc(query) + "&count=" + max);
        Outbound.Response r = outbound.get(uri, Map.of("Accept", "application/json", "X-Subscription-Token", key));
        JsonNode json = ProviderReplies.json("Brave Search", uri, r, r.status() == 401 || r.status() == 403
                ? "check the API key in search.key" : "");
        return ProviderReplies.hits(json.path("web").path("results"), max, "title", "description", "page_age", "age");
    }
}
