package zhiti.tools.web;

import java.util.List;

/**
 * What web_search falls back to offline: a search of the local knowledge base, supplied by whoever wires the
 * tools (the runtime binds it to the workspace's store), so this package does not depend on the store.
 */
@FunctionalInterface
public interface LocalSearch {

    /** A passage found locally: the document it is from, the passage, and where in the document. */
    record Hit(String doc, String snippet, String locator) {
    }

    List<Hit> search(String query, int k);
}
