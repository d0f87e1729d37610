package zhiti.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import zhiti.agent.Answer;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Lang;

/**
 * The whole agent as one tool, for other agents over MCP: a question in, the answer with its figures, citations
 * and files out, kept in the run history like any other run. It is offered to MCP clients only, never to Zhiti's
 * own agent (which would then ask itself).
 */
public final class AskTool implements Tool {

    /** The caller runs are counted against (per-caller limits) when they come through MCP. */
    static final String CALLER = "mcp";

    private final Zhiti zhiti;

    public AskTool(Zhiti zhiti) {
        this.zhiti = zhiti;
    }

    /** What {@code zhiti mcp} and {@code /mcp} offer: every tool of {@link Zhiti#tools()}, and this one. */
    public static ToolRegistry withTools(Zhiti zhiti) {
        return zhiti.tools().register(new AskTool(zhiti));
    }

    @Override
    public String name() {
        return ToolName.ASK.id();
    }

    @Override
    public String description() {
        return "Ask Zhiti, an analyst of AI compute, chips and costs, a whole question in Chinese or English (e.g. "
                + "'How many H100-days does a 70B model on 2T tokens take?'). It plans, calls its calculators and "
                + "knowledge base, and answers with figures that carry formula, inputs and source.";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .string("question", "the question, up to " + RunRequest.MAX_QUESTION_CHARS + " characters")
                .oneOf("lang", "language of the answer; default: the question's own", "zh", "en")
                .string("session", "a conversation id (letters, digits, . _ : -) to ask a follow-up in the same "
                        + "conversation; omit for a single question")
                .required("question").build();
    }

    @Override
    public ToolResult invoke(JsonNode args) {
        Lang lang = args.hasNonNull("lang") ? Lang.parse(args.get("lang").asText()) : null;
        String session = args.hasNonNull("session") ? args.get("session").asText() : null;
        RunRequest request = new RunRequest(args.path("question").asText(""), lang, session, CALLER);
        Answer a = zhiti.ask(request, List.of());
        JsonNode data = Json.MAPPER.valueToTree(AnswerJson.of(a, request.answerLang()));
        return new ToolResult(data, a.text(), a.figures(), a.citations(), a.artifacts());
    }
}
