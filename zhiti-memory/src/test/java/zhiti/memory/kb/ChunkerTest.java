package zhiti.memory.kb;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkerTest {
    @Test
    void splitsChineseSentencesAtFullWidthStops() {
        String text = "大模型训练需要大量算力。推理成本正在下降！谁会受益？答案取决于规模；也取决于效率。";
        List<Chunker.Piece> s = new Chunker(100, 10).sentences(text);
        assertThat(s).extracting(Chunker.Piece::text).containsExactly(
                "大模型训练需要大量算力。", "推理成本正在下降！", "谁会受益？", "答案取决于规模；", "也取决于效率。");
        for (Chunker.Piece p : s) assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
    }

    @Test
    void splitsEnglishSentencesButNotDecimals() {
        String text = "GPT-3 has 175B parameters. It used 3.14e23 FLOP! Was that a lot? Yes.";
        assertThat(new Chunker(100, 10).sentences(text)).extracting(Chunker.Piece::text).containsExactly(
                "GPT-3 has 175B parameters.", "It used 3.14e23 FLOP!", "Was that a lot?", "Yes.");
    }

    @Test
    void packsSentencesWithinTheLimitAndOverlaps() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) b.append("第").append(i).append("句讲的是算力集群的规模。");
        String text = b.toString();
        Chunker chunker = new Chunker(60, 20);
        List<Chunker.Piece> chunks = chunker.chunk(text);
        assertThat(chunks).hasSizeGreaterThan(5);
        for (Chunker.Piece p : chunks) {
            assertThat(p.text().length()).isLessThanOrEqualTo(60);
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.text()).endsWith("。");
        }
        // consecutive chunks overlap by whole sentences, and together cover the text
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(chunks.get(i).start()).isLessThan(chunks.get(i - 1).end());
            assertThat(chunks.get(i).start()).isGreaterThan(chunks.get(i - 1).start());
        }
        assertThat(chunks.get(0).start()).isZero();
        assertThat(chunks.get(chunks.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void cutsASentenceLongerThanTheLimit() {
        String text = "a".repeat(250);
        List<Chunker.Piece> chunks = new Chunker(100, 0).chunk(text);
        assertThat(chunks).extracting(p -> p.text().length()).containsExactly(100, 100, 50);
    }

    @Test
    void paragraphBreaksEndSentences() {
        assertThat(new Chunker(100, 0).sentences("标题一\n\n正文没有句号")).extracting(Chunker.Piece::text)
                .containsExactly("标题一", "正文没有句号");
    }

    @Test
    void rejectsOverlapThatWouldNotProgress() {
        assertThatThrownBy(() -> new Chunker(100, 60)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }
}
