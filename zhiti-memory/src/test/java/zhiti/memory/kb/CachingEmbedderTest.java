package zhiti.memory.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {

    /** Counts what reaches the model; a text's vector is its length and a query's is negative. */
    static final class Counting implements Embedder {
        final List<String> seen = new ArrayList<>();

        @Override public int dimension() { return 1; }

        @Override public String name() { return "counting"; }

        @Override public List<float[]> embedAll(List<String> texts) {
            seen.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }

        @Override public List<float[]> embedQueries(List<String> queries) {
            seen.addAll(queries);
            return queries.stream().map(q -> new float[] {-q.length()}).toList();
        }
    }

    @Test
    void aTextIsEmbeddedOnceQueriesApartAndOldEntriesMakeRoom() {
        Counting model = new Counting();
        CachingEmbedder e = new CachingEmbedder(model, 2);
        assertThat(e.embed("abc")[0]).isEqualTo(3f);
        float[] again = e.embed("abc");
        assertThat(again[0]).isEqualTo(3f);
        again[0] = 99; // a caller scribbling on its copy leaves the cache alone
        assertThat(e.embed("abc")[0]).isEqualTo(3f);
        assertThat(e.embedQuery("abc")[0]).isEqualTo(-3f);
        assertThat(model.seen).containsExactly("abc", "abc");
        assertThat(e.embedAll(List.of("abc", "de", "f"))).extracting(v -> v[0]).containsExactly(3f, 2f, 1f);
        assertThat(model.seen).containsExactly("abc", "abc", "de", "f");
        e.embed("abc"); // evicted by the two newer texts (capacity 2)
        assertThat(model.seen).hasSize(5);
    }
}
