package zhiti.memory.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchSearchTest {
    @Test
    void answersEveryQueryLineInOrder(@TempDir Path dir) throws Exception {
        Embedder e = new HashingEmbedder(64);
        try (EmbeddedStore s = new EmbeddedStore(dir, e)) {
            List<Chunk> cs = StoreContract.chunks("d", "passage", 0, "光模块的出货量增长。", "Liquid cooling for racks.");
            s.replaceDocument(new DocumentInfo("d", "/d", "h", "txt", 0, 2), cs, e.embedAll(cs.stream().map(Chunk::text).toList()));
            String in = "{\"id\":1,\"query\":\"liquid cooling\"}\n\n{\"id\":\"b\",\"query\":\"光模块\"}\n";
            StringWriter out = new StringWriter();
            int n = BatchSearch.run(s, new BufferedReader(new StringReader(in)), new PrintWriter(out), SearchRequest.of("?", 1));
            assertThat(n).isEqualTo(2);
            String[] lines = out.toString().split("\n");
            assertThat(lines).hasSize(2);
            JsonNode first = new ObjectMapper().readTree(lines[0]);
            assertThat(first.get("id").asInt()).isEqualTo(1);
            assertThat(first.get("hits").get(0).get("record_id").asText()).isEqualTo("d#1");
            assertThat(first.get("hits").get(0).get("doc").asText()).isEqualTo("d");
            assertThat(new ObjectMapper().readTree(lines[1]).get("hits").get(0).get("text").asText()).contains("光模块");

            // the template's filter applies to every query
            StringWriter none = new StringWriter();
            BatchSearch.run(s, new BufferedReader(new StringReader("{\"id\":1,\"query\":\"liquid cooling\"}")),
                    new PrintWriter(none), SearchRequest.of("?", 1).withFilter(SearchFilter.docs("other")));
            assertThat(new ObjectMapper().readTree(none.toString()).get("hits")).isEmpty();

            assertThatThrownBy(() -> BatchSearch.run(s, new BufferedReader(new StringReader("{\"id\":1}")),
                    new PrintWriter(new StringWriter()), SearchRequest.of("?", 1).withMode(SearchMode.BM25))).hasMessageContaining("line 1");
        }
    }
}
