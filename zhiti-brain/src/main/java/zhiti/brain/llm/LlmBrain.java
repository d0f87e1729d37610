package zhiti.brain.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import zhiti.agent.AgentContext;
import zhiti.agent.Brain;
import zhiti.core.Citation;
import zhiti.agent.Decision;
import zhiti.agent.Observation;
import zhiti.agent.Plan;
import zhiti.agent.Step;
import zhiti.core.Figure;

/**
 * A brain backed by a chat model with tool calling. Planning is the model's first batch of tool calls; after the
 * batch is observed the model either calls more tools (the plan is revised) or drafts an answer; a reflection
 * call then checks the draft against the tool results before it is final. The answer's figures are always the
 * tools' own, so every number keeps its formula and source whatever the model writes.
 */
public final class LlmBrain implements Brain {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A model gets one chance to repair a call whose arguments were rejected. */
    private static final int MAX_REPAIRS = 1;

    private final ModelClient client;
    private final PriceTable.Price price;
    private final boolean reflect;

    public LlmBrain(ModelClient client, PriceTable.Price price, boolean reflect) {
        this.client = client;
        this.price = price;
        this.reflect = reflect;
    }

    /** The conversation of one task, kept in its short-term memory. */
    private static final class Conversation {
        final List<ChatMessage> messages = new ArrayList<>();
        int observationsSent;
        int repairs;
        int callSeq;
    }

    @Override
    public String name() {
        return "llm";
    }

    @Override
    public Plan plan(AgentContext ctx) {
        Conversation c = conversation(ctx);
        c.messages.add(SystemMessage.from(Prompts.system(ctx.task().lang(), ctx.task().context())));
        c.messages.add(UserMessage.from(Prompts.question(ctx.task().question(), ctx.memory().recalled())));
        AiMessage m = call(ctx, c, true);
        if (!m.hasToolExecutionRequests()) {
            return Plan.empty("answer without tools");
        }
        return new Plan("tool calls chosen by the model", steps(c, m, List.of()));
    }

    @Override
    public Decision reflect(AgentContext ctx) {
        List<Observation> obs = ctx.memory().observations();
        if (ctx.plan().next(obs).isPresent()) {
            return new Decision.Continue("the model's batch of tool calls is not done yet");
        }
        Conversation c = conversation(ctx);
        AiMessage last = lastAiMessage(c);
        if (obs.size() == c.observationsSent && !last.hasToolExecutionRequests()) {
            return finish(ctx, c, last.text());
        }
        for (Observation o : obs.subList(c.observationsSent, obs.size())) {
            if (!o.ok() && rejectedArguments(o) && ++c.repairs > MAX_REPAIRS) {
                return new Decision.Finish(ctx.task().lang().pick(
                        "模型两次给出无效的工具参数，已停止：" + o.error(),
                        "Stopped: the model sent invalid tool arguments again after one repair: " + o.error()),
                        figures(obs), citations(ctx));
            }
            c.messages.add(ToolExecutionResultMessage.from(o.step().id(), o.step().tool(), Prompts.toolResult(o)));
        }
        c.observationsSent = obs.size();
        AiMessage m = call(ctx, c, true);
        if (m.hasToolExecutionRequests()) {
            List<Step> steps = new ArrayList<>(ctx.plan().steps());
            steps.addAll(steps(c, m, steps));
            return new Decision.Revise(new Plan(ctx.plan().goal(), steps), "the model asked for more tools");
        }
        return finish(ctx, c, m.text());
    }

    /** The reflection step: the model checks its draft against the tool results once before it is final. */
    private Decision finish(AgentContext ctx, Conversation c, String draft) {
        String text = draft == null ? "" : draft.strip();
        if (reflect && !ctx.memory().observations().isEmpty()) {
            c.messages.add(UserMessage.from(Prompts.review(ctx.task().lang())));
            String verdict = call(ctx, c, false).text();
            if (verdict != null && !verdict.isBlank() && !verdict.strip().toUpperCase().startsWith("APPROVE")) {
                text = verdict.strip();
            }
        }
        return new Decision.Finish(text, figures(ctx.memory().observations()), citations(ctx));
    }

    private AiMessage call(AgentContext ctx, Conversation c, boolean withTools) {
        ctx.budget().checkBeforeModelCall(ctx.usage());
        ChatRequest.Builder req = ChatRequest.builder().messages(List.copyOf(c.messages));
        if (withTools && !ctx.tools().isEmpty()) {
            req.toolSpecifications(ToolSpecs.of(ctx.tools()));
        }
        ModelReply r = client.call(req.build(), ctx.thinking());
        ctx.usage().charge(r.inputTokens(), r.outputTokens(), price.cost(r.inputTokens(), r.outputTokens()));
        c.messages.add(r.message());
        return r.message();
    }

    /** The model's tool calls as plan steps; arguments that are not a JSON object become a malformed step. */
    private static List<Step> steps(Conversation c, AiMessage m, List<Step> existing) {
        List<Step> out = new ArrayList<>();
        for (ToolExecutionRequest t : m.toolExecutionRequests()) {
            // providers without call ids (Ollama) get ours; the id goes back with the tool's result
            String id = t.id();
            while (id == null || id.isBlank() || taken(id, existing) || taken(id, out)) {
                id = "call-" + (++c.callSeq);
            }
            out.add(parse(id, t));
        }
        return out;
    }

    private static Step parse(String id, ToolExecutionRequest t) {
        String raw = t.arguments() == null || t.arguments().isBlank() ? "{}" : t.arguments();
        try {
            JsonNode args = JSON.readTree(raw);
            if (args instanceof ObjectNode o) {
                return new Step(id, t.name(), o, "requested by the model");
            }
            return Step.malformed(id, t.name(), raw, "expected a JSON object");
        } catch (JsonProcessingException e) {
            return Step.malformed(id, t.name(), raw, e.getOriginalMessage());
        }
    }

    private static boolean taken(String id, List<Step> steps) {
        return steps.stream().anyMatch(s -> s.id().equals(id));
    }

    private static boolean rejectedArguments(Observation o) {
        return o.step().argumentError() != null || o.error().startsWith("invalid arguments");
    }

    private static AiMessage lastAiMessage(Conversation c) {
        for (int i = c.messages.size() - 1; i >= 0; i--) {
            if (c.messages.get(i) instanceof AiMessage a) {
                return a;
            }
        }
        throw new IllegalStateException("reflect before plan");
    }

    private static List<Figure> figures(List<Observation> obs) {
        return obs.stream().filter(Observation::ok).flatMap(o -> o.figures().stream()).toList();
    }

    private static List<Citation> citations(AgentContext ctx) {
        List<Citation> out = new ArrayList<>();
        ctx.memory().observations().forEach(o -> out.addAll(o.citations()));
        out.addAll(ctx.memory().recalled());
        return out;
    }

    private static Conversation conversation(AgentContext ctx) {
        return ctx.memory().scratch("llm-conversation", Conversation::new);
    }
}
