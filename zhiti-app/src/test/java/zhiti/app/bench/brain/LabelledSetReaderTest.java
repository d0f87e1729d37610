package zhiti.app.bench.brain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledSetReaderTest {

    private static final String GOOD = """
            {"id":"d057","class":"chains","lang":"en","turns":["How many GPU-hours?"],"kb":false,\
            "expect":{"kind":"answer","values":[{"value":58982.0,"unit":"GPU-hour","rel_tol":0.05,"what":"GPU-hours"}],\
            "text_all":[],"text_any":[],"text_none":[]},"how":"…"}""";

    @Test
    void readsTheDevSetSchema() {
        List<LabelledItem> items = LabelledSetReader.parse("dev.jsonl", List.of(GOOD, "",
                "{\"id\":\"d200\",\"class\":\"conversation\",\"lang\":\"zh\",\"turns\":[\"我叫小王\",\"我叫什么？\"],"
                        + "\"kb\":false,\"expect\":{\"kind\":\"answer\",\"values\":[],\"text_all\":[\"小王\"]}}"));
        assertThat(items).hasSize(2);
        LabelledItem d057 = items.get(0);
        assertThat(d057.expect().values().get(0).unit()).isEqualTo(LabelUnit.GPU_HOUR);
        assertThat(d057.expect().values().get(0).relTol()).isEqualTo(0.05);
        assertThat(items.get(1).question()).isEqualTo("我叫什么？");
        assertThat(items.get(1).line()).isEqualTo(3);
        assertThat(items.get(1).expect().textAll()).containsExactly("小王");
    }

    @Test
    void aBadLineNamesTheLineAndTheField() {
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD, "{not json")))
                .hasMessageStartingWith("dev.jsonl line 2: not valid JSON");
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD.replace("GPU-hour", "GPU-hours"))))
                .hasMessageContaining("line 1: field expect.values[0].unit: unknown unit 'GPU-hours'")
                .hasMessageContaining("GPU-hour, USD");
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD.replace("\"answer\"", "\"guess\""))))
                .hasMessageContaining("field expect.kind: unknown kind 'guess'");
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD.replace("\"turns\":[\"How many GPU-hours?\"]", "\"turns\":[]"))))
                .hasMessageContaining("field turns: needs at least one user turn");
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD.replace("\"lang\":\"en\",", ""))))
                .hasMessageContaining("field lang: missing");
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD.replace("0.05,", "\"5%\","))))
                .hasMessageContaining("field expect.values[0].rel_tol");
        assertThatThrownBy(() -> LabelledSetReader.parse("dev.jsonl", List.of(GOOD, GOOD)))
                .hasMessageContaining("line 2: field id: 'd057' is used by an earlier line");
        assertThatThrownBy(() -> LabelledSetReader.parse("empty.jsonl", List.of("", " ")))
                .hasMessageContaining("holds no questions");
    }
}
