package zhiti.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A run in progress: its events so far (also written to its log) and the subscribers that follow it. A subscriber
 * gets every event from the first, then the live ones, through its own queue, so a slow client never holds up the
 * run.
 */
public final class LiveRun {

    private final String id;
    private final RunRequest request;
    private final Instant created = Instant.now();
    private final RunStore.EventLog log;
    private final List<RunEvent> events = new ArrayList<>();
    private final List<BlockingQueue<RunEvent>> subscribers = new ArrayList<>();
    private Thread worker;
    private volatile boolean cancelRequested;
    private RunRecord record;

    LiveRun(String id, RunRequest request, RunStore.EventLog log) {
        this.id = id;
        this.request = request;
        this.log = log;
    }

    public String id() {
        return id;
    }

    public RunRequest request() {
        return request;
    }

    public Instant created() {
        return created;
    }

    /** The thread that runs it, once it has started; false if it was cancelled while queued. */
    synchronized boolean started(Thread t) {
        if (cancelRequested) return false;
        worker = t;
        return true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** Asks the run to stop: a queued run never starts, a running one is interrupted and ends as cancelled. */
    synchronized void cancel() {
        cancelRequested = true;
        if (worker != null) worker.interrupt();
    }

    /** The run no longer needs its thread; a late cancel must not interrupt whatever the thread does next. */
    synchronized void stopped() {
        worker = null;
    }

    synchronized void emit(RunEvent e) {
        if (record != null) return; // nothing follows the end
        events.add(e);
        log.append(e);
        for (BlockingQueue<RunEvent> q : subscribers) q.add(e);
    }

    synchronized void finish(RunRecord r) {
        this.record = r;
        log.close();
    }

    public synchronized boolean done() {
        return record != null;
    }

    /** The final record once the run has ended. */
    public synchronized RunRecord record() {
        return record;
    }

    /** What a client sees now: the record if done, else a running view with the events so far. */
    public synchronized RunRecord snapshot() {
        if (record != null) return record;
        RunEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = last != null && last.isFinished() ? (Map<String, Object>) last.data().get("answer") : null;
        String status = answer != null ? String.valueOf(answer.get("status")) : RunRecord.RUNNING;
        String brain = events.isEmpty() ? null : String.valueOf(events.get(0).data().getOrDefault("brain", ""));
        return new RunRecord(id, request.question(), request.answerLang().name().toLowerCase(java.util.Locale.ROOT),
                request.session(), status, brain, created.toString(), null, answer, events);
    }

    /** Follows this run from its first event; the subscription ends after the finished event. */
    public synchronized Subscription subscribe() {
        BlockingQueue<RunEvent> q = new LinkedBlockingQueue<>(events);
        if (record == null) subscribers.add(q);
        return new Subscription(q);
    }

    synchronized void unsubscribe(BlockingQueue<RunEvent> q) {
        subscribers.remove(q);
    }

    /** One client's view of the run's events. */
    public final class Subscription implements AutoCloseable {
        private final BlockingQueue<RunEvent> queue;

        private Subscription(BlockingQueue<RunEvent> queue) {
            this.queue = queue;
        }

        /** The next event, or null if none came within the timeout (send a keep-alive and ask again). */
        public RunEvent next(long timeout, TimeUnit unit) throws InterruptedException {
            return queue.poll(timeout, unit);
        }

        @Override
        public void close() {
            unsubscribe(queue);
        }
    }
}
