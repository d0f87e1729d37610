package zhiti.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import zhiti.memory.kb.FileOutcome;
import zhiti.memory.kb.IngestListener;
import zhiti.memory.kb.IngestReport;
import zhiti.runtime.RunEvent;
import zhiti.runtime.Zhiti;

/**
 * Uploaded documents, ingested one at a time in the background (the store takes one writer): each upload is a job
 * whose progress events a client follows as server-sent events.
 */
final class IngestJobs implements AutoCloseable {

    static final java.util.Set<String> FORMATS = java.util.Set.of("txt", "md", "markdown", "html", "htm", "pdf", "json", "jsonl");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Zhiti zhiti;
    private final Path uploads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhiti-ingest");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    IngestJobs(Zhiti zhiti, Path uploads) {
        this.zhiti = zhiti;
        this.uploads = uploads;
    }

    /** Keeps the upload under its own (cleaned) name and queues its ingestion. */
    Job submit(String fileName, InputStream content) throws IOException {
        String name = clean(fileName);
        Files.createDirectories(uploads);
        Path target = uploads.resolve(name);
        Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        Job job = new Job("j-" + Long.toString(System.currentTimeMillis(), 36) + Integer.toString(RANDOM.nextInt(1 << 20), 36), name);
        jobs.put(job.id, job);
        worker.execute(() -> run(job, target));
        return job;
    }

    Job job(String id) {
        Job j = jobs.get(id);
        if (j == null) throw ApiError.notFound("no upload job " + id);
        return j;
    }

    private void run(Job job, Path file) {
        try {
            IngestReport r = zhiti.ingest(List.of(file), new IngestListener() {
                @Override
                public void embedding(int filesDone, int totalFiles, String f, int embedded, int toEmbed) {
                    job.emit("progress", RunEvent.map("file", job.name, "done", embedded, "total", toEmbed, "phase", "embedding"));
                }
            });
            FileOutcome o = r.files().isEmpty() ? null : r.files().get(0);
            job.emit("finished", RunEvent.map("status", o == null ? "failed" : o.status().name().toLowerCase(Locale.ROOT),
                    "file", job.name, "chunks", o == null ? 0 : o.chunks(), "message", o == null || o.reason() == null ? "" : o.reason()));
        } catch (RuntimeException e) {
            job.emit("finished", RunEvent.map("status", "failed", "file", job.name, "chunks", 0, "message", String.valueOf(e.getMessage())));
        }
    }

    /** A safe file name: the last path segment, letters, digits, CJK, dot, dash and underscore only. */
    static String clean(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (base.isBlank() || base.startsWith(".")) throw ApiError.badRequest("the upload needs a file name such as report.pdf");
        int dot = base.lastIndexOf('.');
        String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(ext)) {
            throw ApiError.badRequest("cannot read ." + ext + " files; upload one of " + String.join(", ", new java.util.TreeSet<>(FORMATS)));
        }
        return base;
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One upload's events; readers wait for the next one. */
    static final class Job {
        final String id;
        final String name;
        private final List<RunEvent> events = new ArrayList<>();

        Job(String id, String name) {
            this.id = id;
            this.name = name;
            events.add(new RunEvent("progress", RunEvent.map("file", name, "done", 0, "total", 0, "phase", "queued")));
        }

        synchronized void emit(String event, Map<String, Object> data) {
            events.add(new RunEvent(event, data));
            notifyAll();
        }

        /** The event at {@code index}, waiting up to {@code millis} for it; null if it has not come. */
        synchronized RunEvent await(int index, long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            while (events.size() <= index) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) return null;
                wait(left);
            }
            return events.get(index);
        }
    }
}
