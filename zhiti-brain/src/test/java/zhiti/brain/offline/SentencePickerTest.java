package zhiti.brain.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.core.Citation;

class SentencePickerTest {

    @Test
    void quotesTheSentenceThatAnswersNotTheDisclaimer() {
        List<Citation> passages = List.of(
                new Citation("r.txt", "r.txt [0-99)", "本报告中的信息均来源于公开资料。本报告不构成投资建议。"),
                new Citation("r.txt", "r.txt [100-199)", "市场回顾。\n\n智能体由大模型、记忆、规划和工具四部分组成。另外，"
                        + "行业仍在早期。"));
        List<SentencePicker.Pick> picks = SentencePicker.best("报告认为智能体由哪几部分组成？", passages, 1);
        assertThat(picks).singleElement().satisfies(p -> {
            assertThat(p.sentence()).isEqualTo("智能体由大模型、记忆、规划和工具四部分组成。");
            assertThat(p.from().locator()).isEqualTo("r.txt [100-199)");
        });
    }

    @Test
    void aWrappedLineIsOneSentenceAndNothingMatchingGivesNothing() {
        List<Citation> passages = List.of(new Citation("n.md", "n.md", "The memory stream ranks memories by\n"
                + "recency, importance and relevance. Unrelated line here."));
        assertThat(SentencePicker.best("How are memories ranked by relevance?", passages, 1)).singleElement()
                .satisfies(p -> assertThat(p.sentence()).startsWith("The memory stream ranks").endsWith("relevance."));
        assertThat(SentencePicker.best("weather tomorrow", passages, 3)).isEmpty();
    }
}
