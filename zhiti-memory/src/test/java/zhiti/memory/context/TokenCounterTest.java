package zhiti.memory.context;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenCounterTest {
    @Test
    void knownModelsUseTheirBpeEncoding() {
        assertThat(TokenCounter.forModel("gpt-4").name()).isEqualTo("cl100k_base");
        assertThat(TokenCounter.forModel("gpt-4o").name()).isEqualTo("o200k_base");
        assertThat(TokenCounter.forModel("qwen2.5-72b").name()).isEqualTo("estimate");
        // "hello world" is two cl100k tokens
        assertThat(TokenCounter.forModel("gpt-4").count("hello world")).isEqualTo(2);
    }

    @Test
    void estimateTracksCl100kOnChineseAndEnglish() throws Exception {
        TokenCounter cl100k = TokenCounter.forModel("gpt-4");
        TokenCounter est = new EstimatingTokenCounter();
        // a Chinese analyst report from the project's seed set (only read, never copied)
        Path seed = Path.of(System.getProperty("zhiti.shared"), "seeds", "001_c7d1a51f02a6626a.txt");
        String zh = Files.readString(seed);
        String en = "Training compute is roughly six times the number of parameters times the number of training tokens. "
                + "For a dense transformer with 70 billion parameters trained on 1.4 trillion tokens, that is about 5.9e23 FLOP, "
                + "which a cluster of accelerators delivers at some model FLOP utilisation, typically 30 to 50 percent.";
        assertThat((double) est.count(zh) / cl100k.count(zh)).isCloseTo(1.0, within(0.1));
        // plain English prose packs more characters per token than code or markup, so the estimate errs high there
        assertThat((double) est.count(en) / cl100k.count(en)).isBetween(0.95, 1.25);
        assertThat(est.count("")).isZero();
    }
}
