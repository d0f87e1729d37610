package zhiti.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import zhiti.runtime.LiveRun;
import zhiti.runtime.RunEvent;
import zhiti.runtime.RunRequest;
import zhiti.runtime.Zhiti;

/**
 * The OpenAI chat-completions API over Zhiti: the last user message is the question, the earlier ones are the
 * conversation; the answer's figures and citations travel in the extra field {@code zhiti} and as a Markdown
 * appendix to the text. {@code stream: true} sends chunks ending with {@code data: [DONE]}.
 */
final class OpenAiRoutes {

    static final String OFFLINE_MODEL = "zhiti-offline";
    static final String LLM_MODEL = "zhiti-llm";
    private static final int CHUNK_CHARS = 48;

    private final Zhiti zhiti;

    OpenAiRoutes(Zhiti zhiti) {
        this.zhiti = zhiti;
    }

    void register(RoutesConfig r) {
        r.get("/v1/models", this::models);
        r.post("/v1/chat/completions", this::complete);
    }

    private List<String> modelIds() {
        return zhiti.brainName().equals("llm") ? List.of(OFFLINE_MODEL, LLM_MODEL) : List.of(OFFLINE_MODEL);
    }

    private void models(Context ctx) {
        long created = 1_764_547_200L; // 2025-12-01, a fixed date: the models are this build's
        ctx.json(Map.of("object", "list", "data", modelIds().stream().map(id -> RunEvent.map("id", id, "object", "model",
                "created", created, "owned_by", "zhiti")).toList()));
    }

    private void complete(Context ctx) throws IOException, InterruptedException {
        JsonNode body = Requests.jsonObject(ctx);
        String model = body.path("model").asText(OFFLINE_MODEL);
        if (!modelIds().contains(model)) {
            throw new ApiError(404, "model_not_found", "no model \"" + model + "\"; GET /v1/models lists " + modelIds());
        }
        RunRequest req = request(body, Auth.caller(ctx));
        LiveRun run = zhiti.runs().start(req);
        boolean stream = body.path("stream").asBoolean(false);
        String id = "chatcmpl-" + run.id().substring(2);
        long created = System.currentTimeMillis() / 1000;
        if (stream) {
            SseStream sse = new SseStream(ctx);
            sse.send(null, chunk(id, created, model, Map.of("role", "assistant", "content", ""), null, null));
            Map<String, Object> answer = await(run, sse);
            String text = OpenAiText.content(answer);
            for (int i = 0; i < text.length(); i += CHUNK_CHARS) {
                sse.send(null, chunk(id, created, model, Map.of("content", text.substring(i, Math.min(text.length(), i + CHUNK_CHARS))), null, null));
            }
            sse.send(null, chunk(id, created, model, Map.of(), finishReason(answer), OpenAiText.extra(run.id(), answer)));
            sse.send(null, "[DONE]");
            return;
        }
        Map<String, Object> answer = await(run, null);
        String text = OpenAiText.content(answer);
        ctx.json(RunEvent.map("id", id, "object", "chat.completion", "created", created, "model", model,
                "choices", List.of(RunEvent.map("index", 0, "message", RunEvent.map("role", "assistant", "content", text),
                        "finish_reason", finishReason(answer))),
                "usage", usage(req, text), "zhiti", OpenAiText.extra(run.id(), answer)));
    }

    /** Waits for the run's answer; while streaming, comment lines keep the connection open meanwhile. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> await(LiveRun run, SseStream sse) throws IOException, InterruptedException {
        try (LiveRun.Subscription sub = run.subscribe()) {
            while (true) {
                RunEvent e = sub.next(10, TimeUnit.SECONDS);
                if (e == null) {
                    if (sse != null) sse.keepAlive();
                } else if (e.isFinished()) {
                    return (Map<String, Object>) e.data().get("answer");
                }
            }
        }
    }

    private static String finishReason(Map<String, Object> answer) {
        return "budget_exhausted".equals(answer.get("status")) ? "length" : "stop";
    }

    /** Tokens counted roughly (four characters each): Zhiti's offline brain has no tokenizer of the client's model. */
    private static Map<String, Object> usage(RunRequest req, String text) {
        int prompt = (req.question().length() + req.history().stream().mapToInt(t -> t.text().length()).sum()) / 4 + 1;
        int completion = text.length() / 4 + 1;
        return RunEvent.map("prompt_tokens", prompt, "completion_tokens", completion, "total_tokens", prompt + completion);
    }

    private static Map<String, Object> chunk(String id, long created, String model, Map<String, Object> delta,
                                             String finish, Map<String, Object> extra) {
        Map<String, Object> choice = RunEvent.map("index", 0, "delta", delta, "finish_reason", finish);
        Map<String, Object> m = RunEvent.map("id", id, "object", "chat.completion.chunk", "created", created,
                "model", model, "choices", List.of(choice));
        if (extra != null) m.put("zhiti", extra);
        return m;
    }

    /** The last user message is the question; the messages before it (system messages aside) are the conversation. */
    static RunRequest request(JsonNode body, String caller) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("\"messages\" must be a non-empty array of {\"role\", \"content\"}");
        }
        List<RunRequest.Turn> turns = new ArrayList<>();
        for (JsonNode m : messages) {
            String role = m.path("role").asText("");
            if (!List.of("system", "developer", "user", "assistant", "tool").contains(role)) {
                throw ApiError.badRequest("each message needs a role of system, user or assistant; got \"" + role + "\"");
            }
            String text = OpenAiText.text(m.get("content"));
            if (!role.equals("system") && !role.equals("developer") && !role.equals("tool")) turns.add(new RunRequest.Turn(role, text));
        }
        int last = turns.size() - 1;
        if (last < 0 || !turns.get(last).user() || turns.get(last).text().isBlank()) {
            throw ApiError.badRequest("the last message must be a user message with the question");
        }
        try {
            return new RunRequest(turns.get(last).text(), null, null, caller, turns.subList(0, last));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
