package zhiti.agent;

/** Receives trace events as they happen. A listener that throws does not stop the run. */
@FunctionalInterface
public interface TraceListener {

    void on(TraceEvent event);
}
