package zhiti.agent;

import zhiti.core.Citation;
import java.util.List;

/** Long-term memory as the loop sees it: the passages most relevant to a query, with where they came from. */
@FunctionalInterface
public interface Recall {

    /** Remembers nothing: for runs without a knowledge base. */
    Recall NONE = (query, k) -> List.of();

    List<Citation> recall(String query, int k);
}
