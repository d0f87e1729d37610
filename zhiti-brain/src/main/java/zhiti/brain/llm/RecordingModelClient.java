package zhiti.brain.llm;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/** Appends each call's request fingerprint and reply to a JSON Lines file, so the run can be replayed offline. */
public final class RecordingModelClient implements ModelClient {

    private final ModelClient delegate;
    private final Path file;

    public RecordingModelClient(ModelClient delegate, Path file) {
        this.delegate = delegate;
        this.file = file;
    }

    @Override
    public synchronized ModelReply call(ChatRequest request, Consumer<String> partial) {
        ModelReply reply = delegate.call(request, partial);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(Recording.line(request, reply));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the recording " + file, e);
        }
        return reply;
    }
}
