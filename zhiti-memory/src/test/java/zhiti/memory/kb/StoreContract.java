package zhiti.memory.kb;

import zhiti.core.Citation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link Store} backend must show. A backend's test extends this class and says how to open
 * a store in a directory (reopening the same directory must see the same data).
 */
public abstract class StoreContract {
    protected static final Embedder EMBEDDER = new HashingEmbedder(256);

    @TempDir
    protected Path dir;
    protected Store store;

    protected abstract Store open(Path dir);

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected static List<Chunk> chunks(String docId, String kind, long time, String... texts) {
        List<Chunk> out = new ArrayList<>();
        int off = 0;
        for (int i = 0; i < texts.length; i++) {
            out.add(new Chunk(docId + "#" + i, docId, kind, time, texts[i],
                    new Locator(docId + ".txt", off, off + texts[i].length(), null, "h" + i, null)));
            off += texts[i].length();
        }
        return out;
    }

    protected void put(String docId, String kind, long time, String... texts) {
        List<Chunk> cs = chunks(docId, kind, time, texts);
        store.replaceDocument(new DocumentInfo(docId, "/tmp/" + docId, "hash-" + String.join("|", texts).hashCode(),
                "txt", time, cs.size()), cs, EMBEDDER.embedAll(cs.stream().map(Chunk::text).toList()));
    }

    private void corpus() {
        put("gpu", "passage", 1_000, "英伟达H100的显存带宽是3.35TB/s。", "A100 has 80 GB of HBM2e memory.");
        put("tpu", "passage", 2_000, "谷歌TPU v5p用于大模型训练。", "TPU pods connect chips with optical switches.");
        put("chat", "turn", 3_000, "Ann: I adopted a puppy named Max last week.", "Bob: 周末我们去爬山吧。");
    }

    @Test
    void storesDocumentsAndChunksInOrder() {
        corpus();
        assertThat(store.documents()).extracting(DocumentInfo::docId).containsExactlyInAnyOrder("gpu", "tpu", "chat");
        assertThat(store.chunkCount()).isEqualTo(6);
        assertThat(store.chunks("tpu")).extracting(Chunk::text)
                .containsExactly("谷歌TPU v5p用于大模型训练。", "TPU pods connect chips with optical switches.");
        Chunk c = store.chunk("gpu#1").orElseThrow();
        assertThat(c.locator().start()).isEqualTo("英伟达H100的显存带宽是3.35TB/s。".length());
        assertThat(c.locator().heading()).isEqualTo("h1");
        assertThat(store.document("gpu").orElseThrow().chunkCount()).isEqualTo(2);
    }

    @Test
    void replacingADocumentLeavesNoOldChunks() {
        corpus();
        put("gpu", "passage", 5_000, "only one chunk now about B200");
        assertThat(store.chunks("gpu")).extracting(Chunk::text).containsExactly("only one chunk now about B200");
        assertThat(store.chunkCount()).isEqualTo(5);
        assertThat(store.search(SearchRequest.of("HBM2e memory", 10).withMode(SearchMode.BM25)))
                .noneMatch(h -> h.chunk().docId().equals("gpu"));
        assertThat(store.search(SearchRequest.of("B200", 3).withMode(SearchMode.BM25)).get(0).recordId()).isEqualTo("gpu#0");
    }

    @Test
    void returnsTheStoredVectorsInChunkOrder() {
        corpus();
        List<float[]> vs = store.vectors("tpu");
        assertThat(vs).hasSize(2);
        assertThat(vs.get(0)).containsExactly(EMBEDDER.embed("谷歌TPU v5p用于大模型训练。"));
        assertThat(vs.get(1)).containsExactly(EMBEDDER.embed("TPU pods connect chips with optical switches."));
        assertThat(store.vectors("no-such-doc")).isEmpty();
    }

    @Test
    void deletingADocumentRemovesItFromSearch() {
        corpus();
        assertThat(store.deleteDocument("tpu")).isTrue();
        assertThat(store.deleteDocument("tpu")).isFalse();
        assertThat(store.document("tpu")).isEmpty();
        assertThat(store.chunkCount()).isEqualTo(4);
        assertThat(store.search(SearchRequest.of("TPU", 10))).noneMatch(h -> h.chunk().docId().equals("tpu"));
    }

    @Test
    void bm25FindsChineseWordsAndEnglishStems() {
        corpus();
        assertThat(store.search(SearchRequest.of("大模型训练", 1).withMode(SearchMode.BM25)).get(0).recordId()).isEqualTo("tpu#0");
        assertThat(store.search(SearchRequest.of("connecting switch", 1).withMode(SearchMode.BM25)).get(0).recordId()).isEqualTo("tpu#1");
    }

    @Test
    void vectorSearchFindsTheNearestChunk() {
        corpus();
        List<Hit> hits = store.search(SearchRequest.of("puppy named Max", 2).withMode(SearchMode.VECTOR));
        assertThat(hits.get(0).recordId()).isEqualTo("chat#0");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void hybridRanksTheRelevantPassageFirstWithCitation() {
        corpus();
        List<Hit> hits = store.search(SearchRequest.of("H100 显存带宽", 3));
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).recordId()).isEqualTo("gpu#0");
        Citation c = hits.get(0).citation();
        assertThat(c.doc()).isEqualTo("gpu");
        assertThat(c.text()).contains("3.35TB/s");
        assertThat(c.locator()).contains("gpu.txt");
    }

    @Test
    void minMaxFusionAlsoRanksTheRelevantPassageFirst() {
        corpus();
        List<Hit> hits = store.search(SearchRequest.of("H100 显存带宽", 3).withFusion(Fusion.MIN_MAX).withWeights(1, 0.5));
        assertThat(hits.get(0).recordId()).isEqualTo("gpu#0");
        // the top hit of both rankers gets both full weights
        assertThat(hits.get(0).score()).isCloseTo(1.5, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void filtersByDocumentKindAndTime() {
        corpus();
        assertThat(store.search(SearchRequest.of("memory TPU 训练", 10).withFilter(SearchFilter.docs("gpu"))))
                .isNotEmpty().allMatch(h -> h.chunk().docId().equals("gpu"));
        assertThat(store.search(SearchRequest.of("puppy 爬山 TPU", 10).withFilter(SearchFilter.kinds("turn"))))
                .extracting(Hit::recordId).containsExactlyInAnyOrder("chat#0", "chat#1");
        for (SearchMode m : SearchMode.values())
            assertThat(store.search(SearchRequest.of("TPU memory puppy", 10).withMode(m).withFilter(SearchFilter.between(1_500, 2_500))))
                    .isNotEmpty().allMatch(h -> h.chunk().time() == 2_000);
    }

    @Test
    void fusionWeightsShiftTheRanking() {
        corpus();
        // with zero vector weight, hybrid must agree with BM25 order
        List<String> bm25 = store.search(SearchRequest.of("TPU 训练 memory", 4).withMode(SearchMode.BM25))
                .stream().map(Hit::recordId).toList();
        List<String> fused = store.search(SearchRequest.of("TPU 训练 memory", bm25.size()).withWeights(1, 0))
                .stream().map(Hit::recordId).toList();
        assertThat(fused.subList(0, bm25.size())).isEqualTo(bm25);
    }

    @Test
    void dataSurvivesReopening() {
        corpus();
        store.close();
        store = open(dir);
        assertThat(store.chunkCount()).isEqualTo(6);
        assertThat(store.search(SearchRequest.of("puppy", 1)).get(0).recordId()).isEqualTo("chat#0");
    }

    @Test
    void rejectsVectorsOfTheWrongShape() {
        List<Chunk> cs = chunks("bad", "passage", 0, "text");
        DocumentInfo info = new DocumentInfo("bad", "/bad", "h", "txt", 0, 1);
        assertThatThrownBy(() -> store.replaceDocument(info, cs, List.of(new float[3])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
        assertThatThrownBy(() -> store.replaceDocument(info, cs, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vectors");
        assertThat(store.document("bad")).isEmpty();
    }
}
