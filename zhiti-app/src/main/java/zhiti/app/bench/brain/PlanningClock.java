package zhiti.app.bench.brain;

import zhiti.agent.TraceEvent;
import zhiti.agent.TraceListener;

/**
 * Times planning: from a run's Started event to its first Planned event (routing, slot reading and the first
 * plan; revisions come later and are not planning time). Reset by every Started, so after a conversation it holds
 * the last turn's time.
 */
final class PlanningClock implements TraceListener {

    private long startedNanos = -1;
    private long planningNanos = -1;

    @Override
    public void on(TraceEvent e) {
        switch (e) {
            case TraceEvent.Started s -> {
                startedNanos = System.nanoTime();
                planningNanos = -1;
            }
            case TraceEvent.Planned p when planningNanos < 0 && startedNanos >= 0 ->
                    planningNanos = System.nanoTime() - startedNanos;
            default -> {
            }
        }
    }

    /** Milliseconds of the last run's planning, or null when it never produced a plan (the brain failed first). */
    Double lastMillis() {
        return planningNanos < 0 ? null : planningNanos / 1e6;
    }
}
