package zhiti.brain.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.util.function.Consumer;

/**
 * Retries a model call after a rate limit (429), a server error (5xx) or a timeout, waiting 0.5 s, 1 s, 2 s, …
 * (capped at 30 s). Any other error — a bad key, a bad request — fails at once: retrying cannot fix it.
 */
public final class RetryingModelClient implements ModelClient {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = millis -> Thread.sleep(millis);

        void sleep(long millis) throws InterruptedException;
    }

    private static final long FIRST_WAIT_MS = 500;
    private static final long MAX_WAIT_MS = 30_000;

    private final ModelClient delegate;
    private final int maxRetries;
    private final Sleeper sleeper;

    public RetryingModelClient(ModelClient delegate, int maxRetries, Sleeper sleeper) {
        this.delegate = delegate;
        this.maxRetries = maxRetries;
        this.sleeper = sleeper;
    }

    @Override
    public ModelReply call(ChatRequest request, Consumer<String> partial) {
        for (int attempt = 0; ; attempt++) {
            try {
                return delegate.call(request, partial);
            } catch (RuntimeException e) {
                if (attempt >= maxRetries || !retriable(e)) {
                    throw e;
                }
                try {
                    sleeper.sleep(Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof HttpException h) {
                return h.statusCode() == 429 || h.statusCode() == 408 || h.statusCode() >= 500;
            }
            if (t instanceof UncheckedIOException && t.getCause() instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
