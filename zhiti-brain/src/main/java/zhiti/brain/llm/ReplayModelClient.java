package zhiti.brain.llm;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Serves recorded replies in order, and checks that each request is the one that was recorded: a replay that
 * diverges fails loudly instead of answering a different question.
 */
public final class ReplayModelClient implements ModelClient {

    private final List<Recording.Entry> entries;
    private int next;

    private ReplayModelClient(List<Recording.Entry> entries) {
        this.entries = entries;
    }

    public static ReplayModelClient from(Path file) {
        try {
            return new ReplayModelClient(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).map(Recording::parse).toList());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the recording " + file + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized ModelReply call(ChatRequest request, Consumer<String> partial) {
        if (next >= entries.size()) {
            throw new IllegalStateException("the recording has only " + entries.size() + " calls; the run asked for more");
        }
        Recording.Entry e = entries.get(next++);
        String key = Recording.fingerprint(request);
        if (!e.fingerprint().equals(key)) {
            throw new IllegalStateException("replay diverged at call " + next + ": the request differs from the recording");
        }
        if (e.reply().message().text() != null) {
            partial.accept(e.reply().message().text());
        }
        return e.reply();
    }
}
