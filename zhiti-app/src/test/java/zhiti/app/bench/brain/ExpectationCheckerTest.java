package zhiti.app.bench.brain;

import static org.assertj.core.api.Assertions.assertThat;
import static zhiti.app.bench.brain.Answers.answer;
import static zhiti.app.bench.brain.Answers.catalogFact;
import static zhiti.app.bench.brain.Answers.fig;
import static zhiti.app.bench.brain.Answers.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhiti.agent.Answer;
import zhiti.app.bench.brain.Expectation.Kind;
import zhiti.app.bench.brain.ExpectationChecker.Verdict;
import zhiti.core.Citation;

class ExpectationCheckerTest {

    private static Verdict check(Expectation e, Answer a) {
        return ExpectationChecker.check(e, a);
    }

    /** label value, label unit, tolerance, figure value, figure unit, whether it must match */
    @ParameterizedTest(name = "{0} {1} vs {3} {4} → {5}")
    @CsvSource(delimiter = '|', value = {
            // FLOP and FLOP/s: SI prefixes; a rate is not an amount
            "3.15e23 | FLOP      | 0.02 | 3.15e23  | FLOP       | true",
            "3.15e23 | FLOP      | 0.02 | 3.15e8   | PFLOP      | true",
            "3.15e23 | FLOP      | 0.02 | 3645.8   | PF-days    | true",
            "3.5e11  | FLOP      | 0.02 | 3.5e11   | FLOP/token | true",
            "3.15e23 | FLOP      | 0.02 | 3.15e23  | FLOP/s     | false",
            "9.89e14 | FLOP/s    | 0.05 | 989      | TFLOP/s    | true",
            "9.89e14 | FLOP/s    | 0.05 | 989      | TFLOPS     | true",
            "1.16e19 | FLOP/s    | 0.02 | 11.6     | EFLOP/s    | true",
            "9.89e14 | FLOP/s    | 0.05 | 9.89e14  | FLOP       | false",
            // power and energy
            "980     | kW        | 0.02 | 980000   | W          | true",
            "980     | kW        | 0.02 | 0.98     | MW         | true",
            "980     | kW        | 0.02 | 980      | kWh        | false",
            "8584.8  | MWh       | 0.02 | 8.5848e6 | kWh        | true",
            "8584.8  | MWh       | 0.02 | 8.5848   | GWh        | true",
            "12714   | kWh       | 0.02 | 12714    | 度         | true",
            // bytes: GB is 1e9, GiB is 2^30
            "1.4e11  | byte      | 0.02 | 140      | GB         | true",
            "1.4e11  | byte      | 0.02 | 130.385  | GiB        | true",
            "1.4e11  | byte      | 0.02 | 0.14     | TB         | true",
            "1.4e11  | byte      | 0.02 | 130.385  | GB         | false",
            "3.35e12 | byte/s    | 0.02 | 3.35     | TB/s       | true",
            "3.35e12 | byte/s    | 0.02 | 3350     | GB/s       | true",
            // hours and days convert into each other, and into nothing else
            "7       | day       | 0.05 | 168      | hours      | true",
            "23.37   | hour      | 0.05 | 0.9738   | days       | true",
            "7       | day       | 0.05 | 7        | day        | true",
            "4.14    | years     | 0.02 | 1511     | days       | false",
            "3600    | second    | 0.02 | 1        | hours      | false",
            "3600    | second    | 0.02 | 3600     | s          | true",
            // GPU-hours in several spellings
            "58982   | GPU-hour  | 0.05 | 58982    | GPU·h      | true",
            "58982   | GPU-hour  | 0.05 | 58982    | GPU-hours  | true",
            "58982   | GPU-hour  | 0.05 | 58982    | GPU hours  | true",
            "58982   | GPU-hour  | 0.05 | 58982    | GPU        | false",
            // percentages, fractions and factors
            "0.252   | fraction  | 0.02 | 25.2     | %/year     | true",
            "0.252   | fraction  | 0.02 | 25.2     | %          | true",
            "0.168   | fraction  | 0.02 | 0.168    | ×          | true",
            "0.252   | fraction  | 0.02 | 0.252    | %          | false",
            "12.5    | factor    | 0.02 | 12.5     | ×          | true",
            "12.5    | factor    | 0.02 | 12.5     | x          | true",
            "12.5    | factor    | 0.02 | 12.5     | fraction   | true",
            "12.5    | factor    | 0.02 | 12.5     | 倍         | true",
            "20      | factor    | 0.02 | 20       | tokens/parameter | true",
            // money
            "4.6e6   | USD       | 0.02 | 4.6e6    | $          | true",
            "4.6e6   | USD       | 0.02 | 4.6e6    | US$        | true",
            "4.6e6   | USD       | 0.02 | 4.6      | M USD      | true",
            "4.6e6   | USD       | 0.02 | 4.6      | $M         | true",
            "2.0     | USD       | 0.02 | 2.0      | USD/GPU·h  | true",
            "3.3e7   | CNY       | 0.02 | 3.3e7    | 元         | true",
            "3.3e7   | CNY       | 0.02 | 3300     | 万元       | true",
            "3.3e7   | CNY       | 0.02 | 3.3e7    | RMB        | true",
            "3.3e7   | CNY       | 0.02 | 3.3e7    | USD        | false",
            "4.232e6 | EUR       | 0.02 | 4.232e6  | €          | true",
            // counts of things
            "1024    | GPU       | 0.05 | 1024     | accelerator | true",
            "1024    | GPU       | 0.05 | 1024     | GPUs       | true",
            "1024    | GPU       | 0.05 | 1024     | 张         | true",
            "1024    | GPU       | 0.05 | 1024     | server     | false",
            "128     | server    | 0.05 | 128      | nodes      | true",
            "128     | server    | 0.05 | 128      | 台         | true",
            "825600  | count     | 0.02 | 825600   | 件         | true",
            "825600  | count     | 0.02 | 825600   | ''         | true",
            "7e10    | parameter | 0.02 | 70       | B parameters | true",
            "7e10    | parameter | 0.02 | 7e10     | params     | true",
            "2e12    | token     | 0.02 | 2000     | B tokens   | true",
            "2e12    | token     | 0.02 | 2e12     | token/s    | false",
            "128.8   | token/s   | 0.02 | 128.8    | tokens/s   | true",
            "128.8   | token/s   | 0.02 | 128.8    | tokens per second | true",
            "1.602e11 | token/day | 0.02 | 1.602e11 | tokens/day | true",
            "1.602e11 | token/day | 0.02 | 1.854e6  | tokens/s   | true",
            "6e8     | query/day | 0.02 | 6e8      | queries/day | true",
            // years: "year" on a figure is a duration or a date, the value decides
            "2030    | year      | 0.0002 | 2029.96 | year      | true",
            "2030    | year      | 0.0002 | 2029.96 | decimal year | true",
            "2030    | year      | 0.0002 | 2029.5  | year      | false",
            "4.14    | years     | 0.02 | 4.14     | year       | true",
            "4.14    | years     | 0.02 | 4.14     | yr         | true",
            "2030    | year      | 0.0002 | 2030    | years     | false",
            // an unknown unit matches nothing
            "4800    | count     | 0.02 | 4800     | TPP (bit·TOPS) | false",
    })
    void valuesMatchFiguresInCompatibleUnits(double expected, String unit, double tol, double found, String figUnit,
                                             boolean matches) {
        Verdict v = check(value(expected, unit, tol), answer("see the figures", fig("x", found, figUnit)));
        assertThat(v.pass()).as(v.reasons().toString()).isEqualTo(matches);
        if (matches) {
            assertThat(v.values().get(0).via()).isEqualTo("figure");
        } else {
            assertThat(v.reasons().get(0)).startsWith("value ").contains(unit);
        }
    }

    @Test
    void theToleranceIsRelativeWithATinyAbsoluteFloor() {
        assertThat(check(value(100, "GPU", 0.05), answer("", fig("g", 105, "GPU"))).pass()).isTrue();
        assertThat(check(value(100, "GPU", 0.05), answer("", fig("g", 105.1, "GPU"))).pass()).isFalse();
        assertThat(check(value(0, "fraction", 0.02), answer("", fig("f", 1e-10, "fraction"))).pass()).isTrue();
    }

    @Test
    void aNearMissNamesTheNearestFigureAndHowFarOffItIs() {
        Verdict v = check(value(7, "day", 0.05), answer("It takes about 9 days.", fig("training time", 9, "day"),
                fig("GPUs needed", 7, "GPU")));
        assertThat(v.pass()).isFalse();
        assertThat(v.reasons().get(0)).contains("'training time' 9 day").contains("+28.57%");
        Verdict none = check(value(7, "day", 0.05), answer("", fig("GPUs needed", 1024, "GPU")));
        assertThat(none.reasons().get(0)).contains("no figure in a unit convertible to day").contains("'GPU'");
    }

    @ParameterizedTest(name = "{2} {3} in \"{0}\" → {4}")
    @CsvSource(delimiter = '|', value = {
            "Training compute is 3.15e23 FLOP.                    | 3.15e23 | FLOP      | 0.02 | true",
            "Training compute is 3.15 × 10²³ FLOP.                | 3.15e23 | FLOP      | 0.02 | true",
            "That needs 3.15×10^23 FLOP.                          | 3.15e23 | FLOP      | 0.02 | true",
            "It costs $4.6M in total.                             | 4.6e6   | USD       | 0.02 | true",
            "1,234 GPUs are needed.                               | 1234    | GPU       | 0.02 | true",
            "GPT-3 有 1750亿参数。                                 | 1.75e11 | parameter | 0.02 | true",
            "年复合增速为 25.2%。                                  | 0.252   | fraction  | 0.02 | true",
            "The share is 75.1% of the total.                     | 0.751   | fraction  | 0.02 | true",
            "KV cache: 82 GB per sequence.                        | 8.2e10  | byte      | 0.02 | true",
            "需要 7 天。                                           | 7       | day       | 0.05 | true",
            "About 168 hours of training.                         | 7       | day       | 0.05 | true",
            "The answer is 2030.                                  | 2030    | year      | 0.0002 | true",
            "A 70B model on 1,024 H100 GPUs.                      | 100     | hour      | 0.05 | false",
            "It takes 7 GPUs.                                     | 7       | day       | 0.05 | false",
            "Name the model (e.g. Llama 2 70B).                   | 7e10    | byte      | 0.02 | false",
            "Name the model (e.g. Llama 2 70B).                   | 2       | GPU       | 0.02 | false",
            "About 7 of them.                                     | 7       | day       | 0.05 | false",
            "The ratio is 3.25.                                   | 3.25    | factor    | 0.02 | true",
            "Growth is 12.5× over the period.                     | 12.5    | factor    | 0.02 | true",
            "总计 3300 万元。                                      | 3.3e7   | CNY       | 0.02 | true",
    })
    void aNumberInTheTextCountsWhenNoFigureMatchesAndSaysSo(String text, double expected, String unit, double tol,
                                                            boolean matches) {
        Verdict v = check(value(expected, unit, tol), answer(text.strip()));
        assertThat(v.pass()).as(v.reasons().toString()).isEqualTo(matches);
        if (matches) {
            assertThat(v.values().get(0).via()).isEqualTo("text");
            assertThat(v.viaText()).isEqualTo(1);
        }
    }

    @Test
    void numbersAndQuestionMarksInsideAQuotedPassageAreNotTheAnswers() {
        String passage = "华为昇腾芯片包含昇腾 310 用于推理和 910 用于训练，均采用自家的达芬奇架构。";
        Answer quoting = new Answer("知识库中最相关的段落（seed 002）：\n" + passage, List.of(),
                List.of(new Citation("seed 002", "§4", passage)), List.of(), "offline", Answer.Status.FINISHED,
                zhiti.agent.Usage.Spent.NONE);
        assertThat(check(value(309, "GPU", 0.05), quoting).pass()).isFalse();
        Answer own = new Answer("需要约 310 张 910B。\n" + passage, List.of(), quoting.citations(), List.of(),
                "offline", Answer.Status.FINISHED, zhiti.agent.Usage.Spent.NONE);
        assertThat(check(value(309, "GPU", 0.05), own).values().get(0).via()).isEqualTo("text");

        String refs = "[37] Carlos E. Jimenez, et al., SWE-bench: Can Language Models Resolve Real-World GitHub Issues?, "
                + "October 2023. Exception handling in agents.";
        Answer quotedQuestion = new Answer("The most relevant passage in memory (seed 004):\n" + refs, List.of(),
                List.of(new Citation("seed 004", "§9", refs)), List.of(), "offline", Answer.Status.FINISHED,
                zhiti.agent.Usage.Spent.NONE);
        Verdict ask = check(Expectation.of(Kind.ASK, List.of()).withTextAny("model"), quotedQuestion);
        assertThat(ask.reasons()).containsExactly("ask: the answer does not ask for the missing input (no question "
                + "mark or request outside the passages it quotes)");
    }

    @Test
    void aFigureIsPreferredOverTheText() {
        Verdict v = check(value(3.15e23, "FLOP", 0.02), answer("3.15e23 FLOP", fig("C", 3.15e23, "FLOP")));
        assertThat(v.values().get(0).via()).isEqualTo("figure");
        assertThat(v.viaText()).isZero();
    }

    @Test
    void everyValueMustMatch() {
        Expectation two = Expectation.of(Kind.ANSWER, List.of(Answers.expected(1024, "GPU", 0.05),
                Answers.expected(128, "server", 0.05)));
        assertThat(check(two, answer("", fig("g", 1024, "GPU"), fig("s", 128, "server"))).pass()).isTrue();
        Verdict half = check(two, answer("", fig("g", 1024, "GPU")));
        assertThat(half.pass()).isFalse();
        assertThat(half.reasons()).hasSize(1);
        assertThat(half.reasons().get(0)).contains("128 server");
    }

    @Test
    void anUnfinishedOrFailedRunFailsWhateverItFound() {
        Answer ok = answer("3.15e23 FLOP", fig("C", 3.15e23, "FLOP"));
        Expectation e = value(3.15e23, "FLOP", 0.02);
        assertThat(check(e, ok).pass()).isTrue();
        assertThat(check(e, Answers.withStatus(ok, Answer.Status.BUDGET_EXHAUSTED)).reasons())
                .contains("the run ended budget_exhausted, not finished");
        assertThat(check(e, answer("Internal error: the offline brain failed", fig("C", 3.15e23, "FLOP"))).pass())
                .isFalse();
        assertThat(check(e, answer("java.lang.IllegalStateException: boom", fig("C", 3.15e23, "FLOP"))).reasons())
                .anyMatch(r -> r.contains("Exception"));
        assertThat(check(e, answer("内部错误：大脑失败", fig("C", 3.15e23, "FLOP"))).pass()).isFalse();
    }

    @Test
    void textRulesIgnoreCaseWidthAndWhitespace() {
        Expectation e = Expectation.of(Kind.LIST, List.of()).withTextAll("H100", "mi300x", "Gaudi");
        assertThat(check(e, answer("h 100, MI300X and ＧＡＵＤＩ2")).pass()).isTrue();
        Verdict missing = check(e, answer("H100 and Gaudi2"));
        assertThat(missing.pass()).isFalse();
        assertThat(missing.reasons()).containsExactly("text_all: missing 'mi300x'");
        Expectation any = Expectation.of(Kind.ANSWER, List.of()).withTextAny("Alice", "爱丽丝");
        assertThat(check(any, answer("你叫爱丽丝。")).pass()).isTrue();
        assertThat(check(any, answer("I don't know.")).reasons().get(0)).startsWith("text_any: none of");
        Expectation none = Expectation.of(Kind.ANSWER, List.of()).withTextNone("H20");
        assertThat(check(none, answer("The H20 is fine.")).reasons().get(0)).startsWith("text_none:");
    }

    @Test
    void cite() {
        Expectation e = Expectation.of(Kind.CITE, List.of()).withTextAny("Sora", "视频");
        Citation seed = new Citation("seeds/002.txt", "§3", "Sora is trained on videos");
        Citation catalog = new Citation(AnswerMarkers.CATALOG_DOC, "H100", "datasheet");
        assertThat(check(e, Answers.withCitations("Sora 的训练数据……", seed)).pass()).isTrue();
        Verdict onlyCatalog = check(e, Answers.withCitations("Sora: see the catalog", catalog));
        assertThat(onlyCatalog.reasons()).containsExactly("cite: no citation outside the zhiti catalog (cited: zhiti catalog)");
        assertThat(check(e, Answers.withCitations("Nothing relevant.", seed)).reasons().get(0)).startsWith("text_any");
    }

    @Test
    void ask() {
        Expectation e = Expectation.of(Kind.ASK, List.of()).withTextAny("parameter", "模型");
        assertThat(check(e, answer("Did you mean training compute? Please name the model, its parameters and tokens."))
                .pass()).isTrue();
        assertThat(check(e, answer("请补充模型、参数量和 token 数。")).pass()).isTrue();
        // a looked-up fact is allowed, a computed figure is not
        assertThat(check(e, answer("Which model? The H100 has 989 TFLOP/s; give the parameters.",
                catalogFact("H100 BF16", 989, "TFLOP/s"))).pass()).isTrue();
        Verdict computed = check(e, answer("Assuming GPT-3: which model did you mean?", fig("training time", 30, "day")));
        assertThat(computed.reasons()).anyMatch(r -> r.startsWith("ask: the answer computed 1 figure"));
        assertThat(check(e, answer("The model trains quickly.")).reasons())
                .anyMatch(r -> r.startsWith("ask: the answer does not ask"));
        assertThat(check(e, answer("How many GPUs do you have?")).reasons()).anyMatch(r -> r.startsWith("text_any"));
    }

    @Test
    void refuse() {
        Expectation e = Expectation.of(Kind.REFUSE, List.of());
        assertThat(check(e, answer("That is outside what I do. I analyse the AI industry: …")).pass()).isTrue();
        assertThat(check(e, answer("这超出了我的范围。我专注于 AI 产业分析")).pass()).isTrue();
        assertThat(check(e, answer("The most relevant passage in memory (seed 000, §2): …")).reasons())
                .containsExactly("refuse: the answer does not say the question is out of scope");
        Verdict computed = check(e, answer("That is outside what I do, but: 3 days", fig("t", 3, "day")));
        assertThat(computed.reasons()).containsExactly("refuse: the answer called 1 tool(s) and gave 1 figure(s)");
    }

    @Test
    void ack() {
        Expectation e = Expectation.of(Kind.ACK, List.of()).withTextAny("1.3");
        assertThat(check(e, answer("Remembered (m-1, importance 6): our data-centre PUE is 1.3")).pass()).isTrue();
        assertThat(check(e, answer("已记住（m-1，重要度 6）：PUE 是 1.3")).pass()).isTrue();
        assertThat(check(e, answer("PUE 1.3 means 30% overhead.")).reasons())
                .containsExactly("ack: the answer does not acknowledge (no 'remembered', '已记住' or similar)");
        Expectation forget = Expectation.of(Kind.ACK, List.of());
        assertThat(check(forget, answer("Long-term memory is not available here.")).pass()).isFalse();
        assertThat(check(forget, answer("Forgotten: the electricity price.")).pass()).isTrue();
    }

    @Test
    void aRecallIsAnAnswerJudgedOnItsText() {
        Expectation e = Expectation.of(Kind.ANSWER, List.of()).withTextAll("Alice", "Hangzhou");
        assertThat(check(e, answer("You are Alice, based in Hangzhou.")).pass()).isTrue();
        assertThat(check(e, answer("You are Alice.")).pass()).isFalse();
    }
}
