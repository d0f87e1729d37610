package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.agent.Agent;
import zhiti.agent.Answer;
import zhiti.agent.Budget;
import zhiti.agent.Recall;
import zhiti.agent.Task;
import zhiti.agent.ToolRegistry;
import zhiti.brain.route.IntentClassifier;
import zhiti.core.Figure;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.memory.kb.Chunker;
import zhiti.memory.kb.EmbeddedStore;
import zhiti.memory.kb.HashingEmbedder;
import zhiti.memory.kb.Ingestor;
import zhiti.memory.kb.IngestListener;
import zhiti.memory.stream.HeuristicImportanceScorer;
import zhiti.memory.stream.MemoryStream;
import zhiti.memory.stream.StreamSettings;
import zhiti.tools.econ.EconTools;
import zhiti.tools.memory.KbSearchTool;
import zhiti.tools.memory.MemoryRecallTool;
import zhiti.tools.memory.MemoryRememberTool;

/** The methods behind each intent, end to end through the agent loop with the real tools. */
class IntentMethodsTest {

    private final Catalog catalog = Catalog.builtIn();

    private Answer ask(String intent, String q, ToolRegistry tools) {
        OfflineBrain brain = new OfflineBrain(catalog, SeriesCatalog.builtIn(), IntentClassifier.fixed(intent));
        return new Agent(brain, tools, Recall.NONE, Budget.DEFAULT, List.of()).run(Task.of(q));
    }

    private ToolRegistry econ() {
        return zhiti.tools.arith.ArithmeticTools.register(EconTools.register(new ToolRegistry(), catalog), catalog);
    }

    private static double figure(Answer a, String prefix) {
        return a.figures().stream().filter(f -> f.name().startsWith(prefix)).mapToDouble(Figure::value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + prefix + " in " + a.figures()));
    }

    /** Seed 001: H100 SXM at 1979 dense FP8 TFLOPS → TPP 15,832; H20 at 296 → 2,368. One call per chip named. */
    @Test
    void chipMetricsCallsTheToolOncePerChip() {
        Answer a = ask("chip_metrics", "What is the TPP of the H100 and the H20, and are they export-controlled?", econ());
        assertThat(a.steps()).hasSize(2).allSatisfy(o -> assertThat(o.ok()).isTrue());
        assertThat(figure(a, "TPP of H100")).isEqualTo(15_832);
        assertThat(figure(a, "TPP of H20")).isEqualTo(2_368);
        assertThat(a.text()).contains("3A090");
    }

    @Test
    void trainingCostUsesTheStatedRentalPriceAndStatesItsDefaults() {
        Answer a = ask("training_cost", "按每卡时 2 美元租 A100，训练 GPT-3 要花多少钱？", econ());
        assertThat(a.steps()).allSatisfy(o -> assertThat(o.ok()).isTrue());
        assertThat(a.steps()).filteredOn(o -> o.step().tool().equals("rental_cost")).singleElement()
                .satisfies(o -> assertThat(o.step().args().get("usd_per_gpu_hour").asDouble()).isEqualTo(2.0));
        // 3.15e23 FLOP ÷ (312e12 × 0.4) = 2.524e9 GPU-seconds = 701,100 GPU-hours → × $2 ≈ $1.40M
        assertThat(a.figures()).anySatisfy(f -> {
            assertThat(f.unit()).contains("USD");
            assertThat(f.value()).isCloseTo(1.40e6, within(0.02e6));
        });
        assertThat(a.text()).contains("利用率取稠密峰值的 40%");
    }

    @Test
    void aMissingSlotIsAskedForInsteadOfGuessed() {
        Answer a = ask("inference_memory", "How big is the KV cache?", econ());
        assertThat(a.steps()).isEmpty();
        assertThat(a.text()).contains("the model (e.g. Llama 2 70B)");
    }

    @Test
    void knowledgeQuestionsQuoteTheBestPassagesWithCitations(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("agents.md");
        java.nio.file.Files.writeString(doc, "# Agents\n\nAn agent combines a language model with memory, planning and"
                + " tools.\n\n# Chips\n\nThe H100 has 80 GB of HBM3 memory.\n");
        try (EmbeddedStore store = new EmbeddedStore(dir.resolve("store"), new HashingEmbedder(64))) {
            new Ingestor(store, new Ingestor.Options(Chunker.defaults(), 1 << 20, 16)).ingest(List.of(doc), IngestListener.NONE);
            ToolRegistry tools = econ().register(new KbSearchTool(store));
            Answer a = ask("kb_question", "what is an agent made of: memory, planning, tools?", tools);
            assertThat(a.citations()).isNotEmpty();
            assertThat(a.citations().get(0).doc()).endsWith("agents.md");
            assertThat(a.text()).contains("planning").contains("[1]");
        }
    }

    @Test
    void theFiguresInQuotedSentencesComeWithTheirSource(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("costs.md");
        java.nio.file.Files.writeString(doc, "# 训练成本\n\n据测算，某前沿模型的训练成本约为 7800万和1.91亿美元，两者差距明显。\n");
        try (EmbeddedStore store = new EmbeddedStore(dir.resolve("store"), new HashingEmbedder(64))) {
            new Ingestor(store, new Ingestor.Options(Chunker.defaults(), 1 << 20, 16)).ingest(List.of(doc), IngestListener.NONE);
            Answer a = ask("kb_question", "报告里测算的训练成本各是多少？", econ().register(new KbSearchTool(store)));
            assertThat(a.figures()).extracting(Figure::value).contains(7.8e7, 1.91e8);
            assertThat(a.figures()).allSatisfy(f -> assertThat(f.source()).contains("costs.md"));
        }
    }

    @Test
    void memoryOperationsSaveAndRecall(@TempDir Path dir) {
        MemoryStream stream = new MemoryStream(new HashingEmbedder(64), new HeuristicImportanceScorer(),
                new SubjectReflector(new SlotReader(catalog, SeriesCatalog.builtIn())), Clock.systemUTC(),
                StreamSettings.defaults());
        ToolRegistry tools = econ().register(new MemoryRememberTool(stream)).register(new MemoryRecallTool(stream));
        Answer saved = ask("training_compute", "记住：客户要求 30 天内训练完 70B 模型", tools);
        assertThat(saved.steps()).singleElement().satisfies(o -> assertThat(o.step().tool()).isEqualTo("memory_remember"));
        assertThat(saved.text()).startsWith("已记住").contains("客户要求 30 天内训练完 70B 模型");
        assertThat(stream.size()).isEqualTo(1);

        Answer recalled = ask("memory_op", "What did the client require?", tools);
        assertThat(recalled.text()).contains("30 天内训练完");
        assertThat(recalled.citations()).extracting(c -> c.doc()).containsOnly("memory");
    }

    @Test
    void theReflectorNamesARecurringSubjectAndCitesItsEvidence() {
        // three memories of importance 10 reach a reflection threshold of 30
        MemoryStream stream = new MemoryStream(new HashingEmbedder(64), (kind, text) -> 10,
                new SubjectReflector(new SlotReader(catalog, SeriesCatalog.builtIn())), Clock.systemUTC(),
                StreamSettings.defaults().withReflectionThreshold(30));
        List<String> ids = new ArrayList<>();
        for (String q : List.of("H100 price?", "H100 TPP?", "H100 memory?")) {
            ids.add(stream.add(zhiti.memory.stream.MemoryKind.OBSERVATION, q).id());
        }
        assertThat(stream.all()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(zhiti.memory.stream.MemoryKind.REFLECTION);
            assertThat(r.text()).contains("H100 SXM5 80GB");
            assertThat(r.evidenceIds()).containsExactlyElementsOf(ids);
        });
    }
}
