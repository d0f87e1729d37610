package zhiti.memory.kb;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
}
