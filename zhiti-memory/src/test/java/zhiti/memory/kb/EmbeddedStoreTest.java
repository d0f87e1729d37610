package zhiti.memory.kb;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedStoreTest extends StoreContract {
    @Override
    protected Store open(Path dir) {
        return new EmbeddedStore(dir, EMBEDDER);
    }

    @Test
    void refusesAnotherEmbeddersVectors() {
        put("a", "passage", 0, "text");
        store.close();
        assertThatThrownBy(() -> new EmbeddedStore(dir, new HashingEmbedder(64)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hashing-256");
        store = open(dir);
        assertThat(((EmbeddedStore) store).indexedCount()).isEqualTo(store.chunkCount());
    }

    @Test
    void searchHitsCarryTheWholeChunkEvenWhenItIsLarge() {
        String big = "Overflow test. " + "算力成本很高。".repeat(12_000); // 84k characters, 250 KB of UTF-8
        Chunk a = new Chunk("talk#7", "talk", "turn", -5, "Ann: 我们聊聊H100的租金。", new Locator("talk.json", 3, 19, 2, "session_1", "D1:7"));
        Chunk b = new Chunk("talk#8", "talk", "turn", 7, big, new Locator("talk.json", 19, 19 + big.length(), null, null, null));
        store.replaceDocument(new DocumentInfo("talk", "/tmp/talk.json", "h", "json", 0, 2), List.of(a, b),
                EMBEDDER.embedAll(List.of(a.text(), b.text())));
        for (SearchMode mode : SearchMode.values()) {
            List<Hit> hits = store.search(SearchRequest.of("H100 租金", 5).withMode(mode));
            assertThat(hits).extracting(Hit::chunk).contains(a);
        }
        assertThat(store.search(SearchRequest.of("overflow", 1).withMode(SearchMode.BM25)).get(0).chunk()).isEqualTo(b);
    }

    @Test
    void rebuildsAnIndexWrittenInAnOlderFormat() {
        put("gpu", "passage", 1_000, "英伟达H100的显存带宽是3.35TB/s。", "A100 has 80 GB of HBM2e memory.");
        store.close();
        try (RecordDatabase db = new RecordDatabase(dir)) {
            db.putMeta("index_format", "1-stored-fields");
        }
        store = open(dir);
        assertThat(((EmbeddedStore) store).indexedCount()).isEqualTo(2);
        assertThat(store.search(SearchRequest.of("HBM2e memory", 1)).get(0).chunk())
                .isEqualTo(store.chunk("gpu#1").orElseThrow());
    }

    @Test
    void concurrentHybridSearchesAgreeWithASingleOne() throws Exception {
        put("gpu", "passage", 1_000, "英伟达H100的显存带宽是3.35TB/s。", "A100 has 80 GB of HBM2e memory.");
        put("tpu", "passage", 2_000, "谷歌TPU v5p用于大模型训练。", "TPU pods connect chips with optical switches.");
        List<String> queries = List.of("H100 显存带宽", "TPU optical switches", "HBM2e memory", "大模型训练");
        List<List<Hit>> expected = queries.stream().map(q -> store.search(SearchRequest.of(q, 3))).toList();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++)
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++)
                        for (int q = 0; q < queries.size(); q++)
                            if (!store.search(SearchRequest.of(queries.get(q), 3)).equals(expected.get(q))) return false;
                    return true;
                }));
            for (var r : runs) assertThat(r.get()).isTrue();
        }
    }
}
