package zhiti.tools.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import zhiti.agent.Settings;
import zhiti.tools.net.Outbound;

/**
 * Picks the search provider the settings name: {@code search.provider} (searxng, brave or tavily; searxng when
 * only {@code search.url} is set), {@code search.url} (the instance or API base; required for searxng, optional
 * for brave and tavily, whose public APIs are the default) and {@code search.key} (required for brave and tavily).
 */
public final class SearchProviders {

    public static final String PROVIDER = "search.provider";
    public static final String URL = "search.url";
    public static final String KEY = "search.key";

    /** The providers there are. */
    public enum Kind {
        SEARXNG, BRAVE, TAVILY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private SearchProviders() {
    }

    /** The configured provider; empty when none is configured; a broken configuration is an error saying why. */
    public static Optional<SearchProvider> fromSettings(Settings s, Outbound outbound) {
        Optional<String> named = s.get(PROVIDER);
        Optional<String> url = s.get(URL);
        if (named.isEmpty() && url.isEmpty()) {
            return Optional.empty();
        }
        Kind kind = named.map(SearchProviders::kind).orElse(Kind.SEARXNG);
        return Optional.of(switch (kind) {
            case SEARXNG -> new SearxngSearch(outbound, url.orElseThrow(() -> new IllegalArgumentException(
                    "search.provider is searxng but search.url is not set: set it to the instance, e.g. "
                            + "http://localhost:8888 (" + Settings.envName(URL) + ")")));
            case BRAVE -> new BraveSearch(outbound, url.orElse(BraveSearch.DEFAULT_BASE), key(s, kind));
            case TAVILY -> new TavilySearch(outbound, url.orElse(TavilySearch.DEFAULT_BASE), key(s, kind));
        });
    }

    /** How to configure web search, for messages. */
    static String howTo() {
        return "set " + PROVIDER + " (searxng, brave or tavily) with " + URL + " for searxng or " + KEY
                + " for brave and tavily, in $ZHITI_HOME/config.properties or as " + Settings.envName(PROVIDER) + ", "
                + Settings.envName(URL) + ", " + Settings.envName(KEY);
    }

    private static Kind kind(String written) {
        return Arrays.stream(Kind.values()).filter(k -> k.id().equalsIgnoreCase(written.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(PROVIDER + " is '" + written + "': write searxng, "
                        + "brave or tavily"));
    }

    private static String key(Settings s, Kind kind) {
        return s.get(KEY).orElseThrow(() -> new IllegalArgumentException(PROVIDER + " is " + kind.id()
                + " but search.key is not set: put the API key there (" + Settings.envName(KEY) + ")"));
    }
}
