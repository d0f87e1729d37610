package zhiti.brain.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Builds the LangChain4j model for a configuration and adapts it to {@link ModelClient}. Provider-side retries
 * are switched off: {@link RetryingModelClient} does them, the same way for every provider.
 */
public final class ProviderClients {

    private ProviderClients() {
    }

    /** The client a configuration asks for, with retries, and recording or replay when configured. */
    public static ModelClient create(LlmConfig c) {
        if (c.replay().isPresent()) {
            return ReplayModelClient.from(c.replay().get());
        }
        ModelClient base = c.stream() ? streaming(streamingModel(c)) : blocking(chatModel(c));
        ModelClient client = new RetryingModelClient(base, c.maxRetries(), RetryingModelClient.Sleeper.REAL);
        return c.record().isPresent() ? new RecordingModelClient(client, c.record().get()) : client;
    }

    static ChatModel chatModel(LlmConfig c) {
        return switch (c.provider()) {
            case "openai" -> OpenAiChatModel.builder().baseUrl(c.baseUrl()).apiKey(c.apiKey()).modelName(c.model())
                    .timeout(c.timeout()).maxRetries(0).build();
            case "anthropic" -> AnthropicChatModel.builder().baseUrl(c.baseUrl()).apiKey(c.apiKey())
                    .modelName(c.model()).timeout(c.timeout()).maxRetries(0).maxTokens(4096).build();
            case "ollama" -> OllamaChatModel.builder().baseUrl(c.baseUrl() == null ? "http://127.0.0.1:11434" : c.baseUrl())
                    .modelName(c.model()).timeout(c.timeout()).maxRetries(0).build();
            default -> throw new IllegalArgumentException("unknown provider " + c.provider());
        };
    }

    static StreamingChatModel streamingModel(LlmConfig c) {
        return switch (c.provider()) {
            case "openai" -> OpenAiStreamingChatModel.builder().baseUrl(c.baseUrl()).apiKey(c.apiKey())
                    .modelName(c.model()).timeout(c.timeout()).build();
            case "anthropic" -> AnthropicStreamingChatModel.builder().baseUrl(c.baseUrl()).apiKey(c.apiKey())
                    .modelName(c.model()).timeout(c.timeout()).maxTokens(4096).build();
            case "ollama" -> OllamaStreamingChatModel.builder()
                    .baseUrl(c.baseUrl() == null ? "http://127.0.0.1:11434" : c.baseUrl())
                    .modelName(c.model()).timeout(c.timeout()).build();
            default -> throw new IllegalArgumentException("unknown provider " + c.provider());
        };
    }

    public static ModelClient blocking(ChatModel model) {
        return (request, partial) -> reply(model.chat(request));
    }

    public static ModelClient streaming(StreamingChatModel model) {
        return (request, partial) -> {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String text) {
                    partial.accept(text);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                return reply(done.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the model was answering", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        };
    }

    private static ModelReply reply(ChatResponse r) {
        TokenUsage u = r.tokenUsage();
        long in = u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount();
        long out = u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount();
        return new ModelReply(r.aiMessage(), in, out);
    }
}
