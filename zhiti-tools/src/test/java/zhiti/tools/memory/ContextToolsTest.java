package zhiti.tools.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Observation;
import zhiti.agent.Step;
import zhiti.agent.ToolName;
import zhiti.agent.ToolRegistry;
import zhiti.memory.context.ContextEvent;
import zhiti.memory.context.ContextSettings;
import zhiti.memory.context.ContextWindow;
import zhiti.memory.context.ExtractiveSummarizer;
import zhiti.memory.context.TokenCounter;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.HashingEmbedder;

/** The MemGPT memory functions as agent tools, called with JSON as a model would call them. */
class ContextToolsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Observation call(ToolRegistry r, ToolName tool, String args) throws Exception {
        return r.call(new Step("s", tool.id(), (ObjectNode) JSON.readTree(args), "test"));
    }

    @Test
    void coreMemoryEditsConversationSearchAndArchival(@TempDir Path dir) throws Exception {
        HashingEmbedder emb = new HashingEmbedder(64);
        List<ContextEvent> events = new ArrayList<>();
        try (EmbeddedStore store = new EmbeddedStore(dir, emb)) {
            ContextWindow w = new ContextWindow(TokenCounter.forModel(null), new ExtractiveSummarizer(), emb, store,
                    ContextSettings.of(400), events::add, Clock.systemUTC());
            w.coreMemory().define("human", "", 200);
            ToolRegistry r = ContextTools.register(new ToolRegistry(), w, true);

            assertThat(call(r, ToolName.MEMORY_INSERT, "{\"label\":\"human\",\"text\":\"budget: $2M\"}").ok()).isTrue();
            assertThat(call(r, ToolName.MEMORY_REPLACE, "{\"label\":\"human\",\"old_text\":\"$2M\",\"new_text\":\"$3M\"}")
                    .data().get("value").asText()).isEqualTo("budget: $3M");
            Observation tooLong = call(r, ToolName.MEMORY_INSERT, "{\"label\":\"human\",\"text\":\"" + "x".repeat(300) + "\"}");
            assertThat(tooLong.ok()).isFalse();
            assertThat(tooLong.error()).contains("limit of 200");

            for (int i = 0; i < 30; i++) {
                w.append("user", "question " + i + " about the H100 cluster for the training run");
            }
            assertThat(events).anyMatch(e -> e instanceof ContextEvent.MemoryPressure);
            assertThat(events).anyMatch(e -> e instanceof ContextEvent.Evicted);
            Observation found = call(r, ToolName.CONVERSATION_SEARCH, "{\"query\":\"question 3 about\",\"k\":1}");
            assertThat(found.data().get("messages").get(0).get("text").asText()).startsWith("question 3 ");

            assertThat(call(r, ToolName.ARCHIVAL_INSERT, "{\"text\":\"The client prefers renting H100s.\"}").ok()).isTrue();
            assertThat(call(r, ToolName.ARCHIVAL_SEARCH, "{\"query\":\"client renting\"}").citations())
                    .anySatisfy(c -> assertThat(c.text()).contains("prefers renting"));
        }
    }
}
