package zhiti.tools.web;

import java.io.IOException;
import java.util.List;

/** A web search service (SearXNG, Brave, Tavily), reached through {@link zhiti.tools.net.Outbound}. */
public interface SearchProvider {

    /** The provider's name as settings write it: searxng, brave, tavily. */
    String name();

    /** At most {@code max} results for {@code query}, best first. */
    List<SearchHit> search(String query, int max) throws IOException;
}
