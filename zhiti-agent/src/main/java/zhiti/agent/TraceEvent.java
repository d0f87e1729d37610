package zhiti.agent;

import java.time.Instant;

/** Everything the loop does, as it does it; listeners print progress or write the run to disk. */
public sealed interface TraceEvent {

    String taskId();

    Instant at();

    record Started(String taskId, Instant at, Task task, String brain) implements TraceEvent {
    }

    record Recalled(String taskId, Instant at, int memories) implements TraceEvent {
    }

    record Planned(String taskId, Instant at, Plan plan, boolean revised, String why) implements TraceEvent {
    }

    /** Text a model streamed while planning or reflecting. */
    record Thinking(String taskId, Instant at, String text) implements TraceEvent {
    }

    record Acting(String taskId, Instant at, Step step) implements TraceEvent {
    }

    record Observed(String taskId, Instant at, Observation observation) implements TraceEvent {
    }

    record Reflected(String taskId, Instant at, Decision decision) implements TraceEvent {
    }

    record Finished(String taskId, Instant at, Answer answer) implements TraceEvent {
    }
}
