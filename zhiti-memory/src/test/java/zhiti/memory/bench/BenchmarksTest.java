package zhiti.memory.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhiti.memory.kb.HashingEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks that the benchmarks measure what they claim on tiny inputs (numbers, not timings, are asserted). */
class BenchmarksTest {
    @TempDir
    Path tmp;

    @Test
    void memoryBenchmarkFindsTheExactNeighboursOnASmallCorpus() throws Exception {
        java.util.List<String> progress = new java.util.ArrayList<>();
        MemoryBenchmark.Result r = MemoryBenchmark.run(2000, 20, tmp, progress::add);
        assertThat(progress).anyMatch(m -> m.startsWith("loaded 2,000 of 2,000 records"))
                .contains("timing hybrid search (20 queries)", "timing bm25 search (20 queries)");
        assertThat(r.records()).isEqualTo(2000);
        assertThat(r.recall_at_10()).isGreaterThanOrEqualTo(0.9).isLessThanOrEqualTo(1.0);
        assertThat(r.p99_ms()).isGreaterThanOrEqualTo(r.p50_ms());
        assertThat(r.vectors()).startsWith("synthetic: Gaussian mixture");
        try (var s = Files.list(tmp)) {
            assertThat(s).as("the benchmark store is deleted afterwards").allMatch(p -> !Files.exists(p.resolve("index")));
        }
    }

    @Test
    void locomoRecallCountsEvidenceTurnsInTheTopK() throws Exception {
        // a two-conversation file in LoCoMo's shape, written for this test
        String json = """
                [{"sample_id":"a","conversation":{"speaker_a":"Ann","speaker_b":"Bo",
                   "session_1_date_time":"1 May 2023","session_1":[
                     {"speaker":"Ann","dia_id":"D1:1","text":"I adopted a grey kitten called Pixel."},
                     {"speaker":"Bo","dia_id":"D1:2","text":"Lovely. I started learning the cello."},
                     {"speaker":"Ann","dia_id":"D1:3","text":"My sister lives in Lisbon now."}]},
                  "qa":[{"question":"What is the name of Ann's kitten?","answer":"Pixel","evidence":["D1:1"],"category":1},
                        {"question":"Which instrument is Bo learning?","answer":"cello","evidence":["D1:2"],"category":1},
                        {"question":"Unanswerable?","answer":"n/a","evidence":[],"category":5}]},
                 {"sample_id":"b","conversation":{"session_1":[
                     {"speaker":"Cy","dia_id":"D1:1","text":"The cello concert was loud."}]},
                  "qa":[{"question":"What concert did Cy attend?","answer":"cello","evidence":["D1:1"],"category":1}]}]
                """;
        Path file = tmp.resolve("mini.json");
        Files.writeString(file, json);
        LocomoBenchmark.Result r = LocomoBenchmark.run(file, new HashingEmbedder(128), tmp.resolve("work"));
        assertThat(r.questions()).isEqualTo(3); // the evidence-free question is not scored
        assertThat(r.turns()).isEqualTo(4);
        // each conversation has at most 3 turns, so every evidence turn is within the top 5
        assertThat(r.hybrid().recall_at_5()).isEqualTo(1.0);
        assertThat(r.bm25().recall_at_10()).isBetween(0.0, 1.0);
        assertThat(r.vector().recall_at_10()).isEqualTo(1.0);
        assertThat(r.hybrid_min_max().recall_at_5()).isEqualTo(1.0);
    }

    @Test
    void ingestBenchmarkReembedsOnlyTheAppendedTextOnTheSecondRun() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        String para = "训练算力约等于六倍参数量乘以训练词元数。推理需要的显存由权重和键值缓存决定。".repeat(12);
        for (int i = 0; i < 2; i++) Files.writeString(src.resolve("doc" + i + ".txt"), (para + "\n\n").repeat(3));
        IngestBenchmark.Result r = IngestBenchmark.run(java.util.List.of(src), tmp.resolve("work"), 2, 1);
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.chunks()).isGreaterThan(4);
        assertThat(r.raw_embed_per_s()).isPositive();
        // the appended paragraph lands in the last passage of each file: one or two passages per file change
        assertThat(r.append_embedded_chunks()).isBetween(2, 4).isLessThan(r.chunks());
        assertThat(r.langchain4j_append_s()).isPositive();
    }

    @Test
    void locomoNeedsItsDataFile() {
        assertThatThrownBy(() -> LocomoBenchmark.run(tmp.resolve("absent.json"), new HashingEmbedder(16), tmp))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--data");
    }
}
