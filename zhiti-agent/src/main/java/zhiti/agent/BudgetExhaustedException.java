package zhiti.agent;

/** Ends a run because a limit was reached; the loop turns it into an answer that says so. */
public final class BudgetExhaustedException extends RuntimeException {

    public BudgetExhaustedException(String message) {
        super(message);
    }
}
