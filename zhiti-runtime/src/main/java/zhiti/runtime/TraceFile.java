package zhiti.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import zhiti.agent.TraceEvent;
import zhiti.agent.TraceListener;

/** Appends every trace event to a JSON Lines file and flushes it, so a crash loses at most the event in flight. */
public final class TraceFile implements TraceListener, AutoCloseable {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance))
            .build();

    private final BufferedWriter writer;

    public TraceFile(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the trace file " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void on(TraceEvent e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", e.getClass().getSimpleName().toLowerCase());
        line.put("event_data", e);
        try {
            writer.write(MAPPER.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
