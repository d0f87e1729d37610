package zhiti.memory.context;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.HashingEmbedder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContextWindowTest {
    private final List<ContextEvent> events = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final TokenCounter counter = new EstimatingTokenCounter();

    private ContextWindow window(int budget) {
        ContextWindow w = new ContextWindow(counter, new ExtractiveSummarizer(), new HashingEmbedder(64), null,
                ContextSettings.of(budget), events::add, clock);
        w.setSystem("You are Zhiti, an analyst of AI compute economics.");
        w.coreMemory().define("persona", "I answer with numbers and their sources.", 200);
        w.coreMemory().define("human", "", 200);
        return w;
    }

    @Test
    void assemblyNeverExceedsTheBudgetAndEvictsOldestFirst() {
        ContextWindow w = window(400);
        List<Long> evicted = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            w.append(i % 2 == 1 ? "user" : "assistant", "第" + i + "条消息：讨论集群规模与训练成本。 Message " + i + " about GPUs.");
            w.setRetrieved(List.of("retrieved memory " + i, "another retrieved memory about HBM " + i));
            Prompt p = w.assemble();
            assertThat(p.tokens()).isLessThanOrEqualTo(400);
            assertThat(p.tokens()).isEqualTo(p.parts().stream().mapToInt(Prompt.Part::tokens).sum());
            // the newest message is always in the prompt
            assertThat(p.parts().get(p.parts().size() - 1).text()).startsWith("第" + i + "条");
        }
        for (ContextEvent e : events)
            if (e instanceof ContextEvent.Evicted ev) ev.messages().forEach(m -> evicted.add(m.seq()));
        // evicted in order, each exactly once, and exactly the ones no longer in context
        assertThat(evicted).isSorted().doesNotHaveDuplicates();
        long firstInContext = w.messagesInContext().get(0).seq();
        assertThat(evicted).containsExactlyElementsOf(java.util.stream.LongStream.range(1, firstInContext).boxed().toList());
        assertThat(w.recallStorage()).hasSize(60);
        assertThat(w.summary()).isNotEmpty().contains("第" + (firstInContext - 1) + "条");
    }

    @Test
    void memoryPressureFiresAtThreeQuartersBeforeAnyEviction() {
        ContextWindow w = window(400);
        int i = 0;
        while (events.isEmpty()) w.append("user", "message number " + (++i) + " with a few more words in it");
        ContextEvent first = events.get(0);
        assertThat(first).isInstanceOf(ContextEvent.MemoryPressure.class);
        ContextEvent.MemoryPressure p = (ContextEvent.MemoryPressure) first;
        assertThat(p.usedTokens()).isGreaterThanOrEqualTo(300).isLessThanOrEqualTo(400);
        // the message before crossed nothing: usage then was under 75%
        assertThat(w.messagesInContext()).hasSize(i);
    }

    @Test
    void retrievedMemoriesAreCappedAtTheirShareDroppingTheTail() {
        ContextWindow w = window(400);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) many.add("retrieved passage " + i + " about accelerator prices");
        w.setRetrieved(many);
        Prompt p = w.assemble();
        List<Prompt.Part> r = p.parts().stream().filter(x -> x.section().equals("retrieved")).toList();
        assertThat(r).isNotEmpty().hasSizeLessThan(50);
        assertThat(r.get(0).text()).isEqualTo(many.get(0));
        assertThat(r.stream().mapToInt(Prompt.Part::tokens).sum()).isLessThanOrEqualTo(100);
    }

    @Test
    void coreMemoryEditsRespectLimits() {
        CoreMemory core = window(400).coreMemory();
        core.memoryInsert("human", "Name: Li", -1);
        core.memoryInsert("human", "Works on TPU pricing", -1);
        core.memoryInsert("human", "Prefers Chinese", 0);
        assertThat(core.block("human").value()).isEqualTo("Prefers Chinese\nName: Li\nWorks on TPU pricing");
        core.memoryReplace("human", "TPU pricing", "GPU rental prices");
        assertThat(core.block("human").value()).endsWith("GPU rental prices");
        assertThatThrownBy(() -> core.memoryInsert("human", "x".repeat(300), -1)).hasMessageContaining("limit of 200");
        assertThatThrownBy(() -> core.memoryReplace("human", "absent", "y")).hasMessageContaining("not in block");
        assertThatThrownBy(() -> core.memoryReplace("nobody", "a", "b")).hasMessageContaining("blocks are [persona, human]");
        assertThat(core.render()).contains("<human chars=\"").contains("GPU rental prices");
    }

    @Test
    void conversationSearchFindsEvictedMessages() {
        ContextWindow w = window(200);
        w.append("user", "My kayak is bright orange.");
        for (int i = 0; i < 30; i++) w.append("assistant", "filler message " + i + " about something else entirely");
        assertThat(w.messagesInContext()).noneMatch(m -> m.text().contains("kayak"));
        assertThat(w.conversationSearch("kayak", 1).get(0).text()).contains("bright orange");
    }

    @Test
    void archivalInsertAndSearchUseTheStore(@TempDir Path dir) {
        try (EmbeddedStore store = new EmbeddedStore(dir, new HashingEmbedder(64))) {
            ContextWindow w = new ContextWindow(counter, new ExtractiveSummarizer(), new HashingEmbedder(64), store,
                    ContextSettings.of(400), events::add, clock);
            w.archivalInsert("H100 rents for about 2 dollars per hour in 2025.");
            w.archivalInsert("The user dislikes long answers.");
            assertThat(w.archivalSearch("H100 rent", 1).get(0).chunk().text()).contains("2 dollars");
            assertThat(w.archivalSearchInserted("answers", 2)).hasSize(2);
        }
    }

    @Test
    void failsClearlyWhenFixedPartsExceedTheBudget() {
        ContextWindow w = window(64);
        w.coreMemory().memoryInsert("human", "很长的用户资料".repeat(25), -1);
        assertThatThrownBy(w::assemble).isInstanceOf(IllegalStateException.class).hasMessageContaining("raise the budget");
    }
}
