package zhiti.memory.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Append-only JSON Lines log that makes a {@link MemoryStream} survive restarts: one line per added record, per
 * access refresh and per reflection. Each line is flushed when written; a torn last line from a crash is ignored
 * on replay.
 */
public final class MemoryJournal implements AutoCloseable {
    /** One replayed event. */
    sealed interface Event {}

    record Added(MemoryRecord record) implements Event {}

    record Touched(String id, Instant at) implements Event {}

    record Reflected() implements Event {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final BufferedWriter out;

    public MemoryJournal(Path file) {
        this.file = file;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            dropTornTail(file);
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open memory journal " + file, e);
        }
    }

    /** Cuts a partial last line left by a crash, so new lines do not append to it. */
    private static void dropTornTail(Path file) throws IOException {
        if (!Files.exists(file)) return;
        byte[] b = Files.readAllBytes(file);
        int end = b.length;
        while (end > 0 && b[end - 1] != '\n') end--;
        if (end < b.length)
            try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
    }

    List<Event> replay() {
        List<Event> events = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                if (i == lines.size() - 1) break; // torn final write
                throw new IllegalStateException("memory journal " + file + " is corrupt at line " + (i + 1), e);
            }
            switch (n.path("op").asText()) {
                case "add" -> events.add(new Added(record(n)));
                case "touch" -> events.add(new Touched(n.get("id").asText(), Instant.parse(n.get("at").asText())));
                case "reflected" -> events.add(new Reflected());
                default -> throw new IllegalStateException("unknown op at line " + (i + 1) + " of " + file);
            }
        }
        return events;
    }

    void added(MemoryRecord r) {
        ObjectNode n = JSON.createObjectNode().put("op", "add").put("id", r.id()).put("time", r.time().toString())
                .put("kind", r.kind().name()).put("text", r.text()).put("importance", r.importance())
                .put("last_access", r.lastAccess().toString());
        ArrayNode e = n.putArray("embedding");
        for (float f : r.embedding()) e.add(f);
        ArrayNode ev = n.putArray("evidence");
        r.evidenceIds().forEach(ev::add);
        write(n);
    }

    void touched(String id, Instant at) {
        write(JSON.createObjectNode().put("op", "touch").put("id", id).put("at", at.toString()));
    }

    void reflected() {
        write(JSON.createObjectNode().put("op", "reflected"));
    }

    private static MemoryRecord record(JsonNode n) {
        JsonNode e = n.get("embedding");
        float[] v = new float[e.size()];
        for (int i = 0; i < v.length; i++) v[i] = (float) e.get(i).asDouble();
        List<String> ev = new ArrayList<>();
        n.path("evidence").forEach(x -> ev.add(x.asText()));
        return new MemoryRecord(n.get("id").asText(), Instant.parse(n.get("time").asText()),
                MemoryKind.valueOf(n.get("kind").asText()), n.get("text").asText(), n.get("importance").asInt(), v,
                Instant.parse(n.get("last_access").asText()), ev);
    }

    private synchronized void write(JsonNode n) {
        try {
            out.write(JSON.writeValueAsString(n));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write memory journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
