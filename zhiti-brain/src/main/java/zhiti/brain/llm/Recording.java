package zhiti.brain.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The file format of recorded model calls: one JSON object per call, {fingerprint, text, tool_calls, tokens}. */
final class Recording {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Entry(String fingerprint, ModelReply reply) {
    }

    private Recording() {
    }

    /** SHA-256 of the messages and tool names: the same conversation gives the same fingerprint. */
    static String fingerprint(ChatRequest request) {
        StringBuilder sb = new StringBuilder(ChatMessageSerializer.messagesToJson(request.messages()));
        if (request.toolSpecifications() != null) {
            request.toolSpecifications().stream().map(ToolSpecification::name).sorted().forEach(n -> sb.append('|').append(n));
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String line(ChatRequest request, ModelReply reply) {
        ObjectNode o = JSON.createObjectNode();
        o.put("fingerprint", fingerprint(request));
        o.put("text", reply.message().text());
        ArrayNode calls = o.putArray("tool_calls");
        if (reply.message().hasToolExecutionRequests()) {
            for (ToolExecutionRequest t : reply.message().toolExecutionRequests()) {
                calls.addObject().put("id", t.id()).put("name", t.name()).put("arguments", t.arguments());
            }
        }
        o.put("input_tokens", reply.inputTokens()).put("output_tokens", reply.outputTokens());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Entry parse(String line) {
        try {
            JsonNode o = JSON.readTree(line);
            List<ToolExecutionRequest> calls = new ArrayList<>();
            for (JsonNode c : o.path("tool_calls")) {
                calls.add(ToolExecutionRequest.builder().id(c.path("id").asText()).name(c.path("name").asText())
                        .arguments(c.path("arguments").asText()).build());
            }
            String text = o.path("text").isNull() ? null : o.path("text").asText(null);
            AiMessage m = calls.isEmpty() ? AiMessage.from(text == null ? "" : text)
                    : text == null || text.isEmpty() ? AiMessage.from(calls) : AiMessage.from(text, calls);
            return new Entry(o.path("fingerprint").asText(),
                    new ModelReply(m, o.path("input_tokens").asLong(), o.path("output_tokens").asLong()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a recording line: " + e.getOriginalMessage());
        }
    }
}
