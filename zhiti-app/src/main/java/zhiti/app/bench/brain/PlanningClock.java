package zhiti.app.bench.brain;

import zhiti.agent.TraceEvent;
import zhiti.agent.TraceListener;

/**
 * Times a run's first two stages: recall (Started → Recalled: the question's embedding and the knowledge-base
 * search) and planning (Recalled → first Planned: routing, reading the question and the first plan; revisions come
 * later and are not planning time). Reset by every Started, so after a conversation it holds the last turn's times.
 */
final class PlanningClock implements TraceListener {

    private long startedNanos = -1;
    private long recalledNanos = -1;
    private long planningNanos = -1;

    @Override
    public void on(TraceEvent e) {
        switch (e) {
            case TraceEvent.Started s -> {
                startedNanos = System.nanoTime();
                recalledNanos = -1;
                planningNanos = -1;
            }
            case TraceEvent.Recalled r when startedNanos >= 0 && recalledNanos < 0 -> recalledNanos = System.nanoTime();
            case TraceEvent.Planned p when planningNanos < 0 && recalledNanos >= 0 ->
                    planningNanos = System.nanoTime() - recalledNanos;
            default -> {
            }
        }
    }

    /** Milliseconds of the last run's planning, or null when it never produced a plan (the brain failed first). */
    Double lastMillis() {
        return planningNanos < 0 ? null : planningNanos / 1e6;
    }

    /** Milliseconds of the last run's recall, or null when it never got that far. */
    Double lastRecallMillis() {
        return recalledNanos < 0 ? null : (recalledNanos - startedNanos) / 1e6;
    }
}
