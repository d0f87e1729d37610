package zhiti.brain.offline;

/**
 * A recognised kind of question with its slots filled. Each intent knows how to decompose itself into tool calls
 * (an HTN method) through the {@link Method} the brain pairs with it.
 */
public interface Intent {

    /** A stable name such as "training_cluster", reported in traces. */
    String name();
}
