package zhiti.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs on disk, one directory per workspace: {@code ID.events.jsonl} grows by one flushed line per event while the
 * run goes (a crash loses at most the event in flight), and {@code ID.json} is written atomically when it ends.
 * A run with events but no final record was cut short by a crash; it is listed as {@code interrupted}.
 */
public final class RunStore {

    private static final Pattern ID = Pattern.compile("r-[0-9a-z-]{1,64}");
    private final Path dir;

    public RunStore(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the runs directory " + dir, e);
        }
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** An append-only event log for a new run. */
    public EventLog events(String id) {
        try {
            return new EventLog(Files.newBufferedWriter(dir.resolve(id + ".events.jsonl"), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the events of run " + id, e);
        }
    }

    /** Writes the finished run (its summary, answer and events) in one atomic replace. */
    public void save(RunRecord r) {
        Path target = dir.resolve(r.id() + ".json");
        Path tmp = dir.resolve(r.id() + ".json.tmp");
        try {
            Files.writeString(tmp, Json.MAPPER.writeValueAsString(r.toMap(true)), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(dir.resolve(r.id() + ".events.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save run " + r.id(), e);
        }
    }

    public Optional<RunRecord> load(String id) {
        if (!validId(id)) return Optional.empty();
        Path done = dir.resolve(id + ".json");
        try {
            if (Files.isRegularFile(done)) {
                return Optional.of(RunRecord.fromMap(Json.MAPPER.readValue(done.toFile(), new TypeReference<>() {
                })));
            }
            Path log = dir.resolve(id + ".events.jsonl");
            return Files.isRegularFile(log) ? Optional.of(interrupted(id, log)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run " + id, e);
        }
    }

    /** Stored runs, newest first (the id starts with its creation time, so names sort by time). */
    public List<RunRecord> list(int limit) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> ids = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".events.jsonl"))
                    .map(n -> n.substring(0, n.indexOf('.'))).distinct()
                    .sorted(Comparator.reverseOrder()).limit(limit).toList();
            List<RunRecord> out = new ArrayList<>();
            for (String id : ids) load(id).ifPresent(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list runs in " + dir, e);
        }
    }

    private static RunRecord interrupted(String id, Path log) throws IOException {
        List<RunEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                Map<String, Object> m = Json.MAPPER.readValue(line, new TypeReference<>() {
                });
                events.add(RunRecord.event(m));
            } catch (IOException torn) {
                break; // the line a crash cut off
            }
        }
        return RunRecord.interrupted(id, events);
    }

    /** One run's event log; every line is flushed as it is written. */
    public static final class EventLog implements AutoCloseable {
        private final BufferedWriter out;

        private EventLog(BufferedWriter out) {
            this.out = out;
        }

        public synchronized void append(RunEvent e) {
            try {
                out.write(Json.MAPPER.writeValueAsString(RunEvent.map("event", e.event(), "data", e.data())));
                out.newLine();
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public synchronized void close() {
            try {
                out.close();
            } catch (IOException ignored) {
                // the final record is written separately; a failed close loses nothing it holds
            }
        }
    }
}
