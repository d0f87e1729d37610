package zhiti.econ.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mention detection finds catalog names only as whole words: a name inside a longer word is not a mention
 * ("MemGPT" was once answered with GPT-1's parameter count through the alias "GPT"), while plurals, spaced or
 * hyphenated spellings and Chinese text around a Latin name still are.
 */
class NameIndexMentionsTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    /** Question → a catalog entry (model, accelerator, system or series) it must be found to name. */
    private static final List<String[]> MUST_NAME = List.of(
            new String[]{"How long does GPT-3 take on 1,024 A100s?", "GPT-3"},
            new String[]{"How long does GPT-3 take on 1,024 A100s?", "A100 SXM4 80GB"},
            new String[]{"What do H100 GPUs rent for per hour?", "H100 SXM5 80GB"},
            new String[]{"用A100训练GPT-3需要多久", "A100 SXM4 80GB"},
            new String[]{"用A100训练GPT-3需要多久", "GPT-3"},
            new String[]{"H20单卡性能弱于昇腾910B", "H20"},
            new String[]{"H20单卡性能弱于昇腾910B", "Ascend 910B"},
            new String[]{"华为昇腾910B的FP16算力是多少", "Ascend 910B"},
            new String[]{"How many DGX A100 servers for GPT-3?", "DGX A100"},
            new String[]{"What is GPT-3.5's parameter count?", "GPT-3.5"},
            new String[]{"Compare GPT-4 with Llama 2 70B.", "GPT-4"},
            new String[]{"Compare GPT-4 with Llama 2 70B.", "Llama 2 70B"},
            new String[]{"Mixtral 8×7B 每个 token 激活多少参数", "Mixtral 8x7B"},
            new String[]{"DeepSeek-V3 用了多少张 H800？", "DeepSeek-V3"},
            new String[]{"DeepSeek-V3 用了多少张 H800？", "H800 SXM5"},
            new String[]{"一台 8×T4 服务器多少钱", "8×T4 inference server"},
            new String[]{"Is an RTX 4090 export-controlled?", "RTX 4090"},
            new String[]{"4090显卡能跑Llama 3 8B吗", "RTX 4090"},
            new String[]{"4090显卡能跑Llama 3 8B吗", "Llama 3 8B"},
            new String[]{"How big is a TPU v4 pod?", "TPU v4"},
            new String[]{"英伟达H100和英伟达 A800有什么区别", "A800 SXM4 80GB"},
            new String[]{"比特币算力从2020年到2024年增长了多少", "bitcoin hash rate"},
            new String[]{"GPT4 vs GPT 3: how much more compute?", "GPT-3"},
            new String[]{"What is the MI300X's memory bandwidth?", "MI300X"},
            new String[]{"训练 Llama-3.1-405B 花了多少 GPU 时", "Llama 3.1 405B"},
            new String[]{"Rent L40S or L40 cards?", "L40"},
            new String[]{"How much is the global cloud market worth in 2024?", "cloud market (total)"},
            new String[]{"Chinchilla 的训练数据有多少 token", "Chinchilla"});

    /** Question → a catalog entry it must not be found to name. */
    private static final List<String[]> MUST_NOT_NAME = List.of(
            new String[]{"What is MemGPT?", "GPT-1"},
            new String[]{"MemGPT 是什么？", "GPT-1"},
            new String[]{"What is GPT?", "GPT-1"},
            new String[]{"GPT 模型是什么", "GPT-1"},
            new String[]{"How much does GPT-4o-mini cost per token?", "GPT-4"},
            new String[]{"GPT-4o 的参数量是多少", "GPT-4"},
            new String[]{"GPT 3.5 的参数量是多少", "GPT-3"},
            new String[]{"Is an A1000 card any good?", "A100 SXM4 80GB"},
            new String[]{"H1000 是什么芯片", "H100 SXM5 80GB"},
            new String[]{"We need a 100-GPU cluster.", "A100 SXM4 80GB"},
            new String[]{"a $910B market by 2030", "Ascend 910B"},
            new String[]{"市场规模达 ¥910B", "Ascend 910B"},
            new String[]{"What does an L40S draw?", "L40"},
            new String[]{"How many parameters has Mixtral 8x22B?", "Mixtral 8x7B"},
            new String[]{"PaLM 2 用了多少训练 token", "PaLM 540B"},
            new String[]{"BERT-Base 有多少参数", "BERT-Large"},
            new String[]{"Sora 2 需要多少算力", "Sora"},
            new String[]{"BERTology surveys", "BERT-Large"},
            new String[]{"T5X is a framework", "T5-11B"},
            new String[]{"Are the RTX 40900 numbers real?", "RTX 4090"},
            new String[]{"H20X 的显存", "H20"});

    @Test
    void namesAreFoundAsWholeWordsInEnglishAndChinese() {
        List<String> missed = new ArrayList<>();
        for (String[] c : MUST_NAME) {
            if (!named(c[0]).contains(c[1])) {
                missed.add(c[0] + " → " + c[1] + " (found " + named(c[0]) + ")");
            }
        }
        assertThat(MUST_NAME).hasSizeGreaterThanOrEqualTo(15);
        assertThat(missed).isEmpty();
    }

    @Test
    void aNameInsideALongerWordOrAGenericWordIsNotAMention() {
        List<String> wrong = new ArrayList<>();
        for (String[] c : MUST_NOT_NAME) {
            if (named(c[0]).contains(c[1])) {
                wrong.add(c[0] + " ↛ " + c[1] + " (found " + named(c[0]) + ")");
            }
        }
        assertThat(MUST_NOT_NAME).hasSizeGreaterThanOrEqualTo(15);
        assertThat(wrong).isEmpty();
    }

    @Test
    void bothLanguagesAreCovered() {
        for (List<String[]> cases : List.of(MUST_NAME, MUST_NOT_NAME)) {
            assertThat(cases).anyMatch(c -> c[0].codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                    == Character.UnicodeScript.HAN));
            assertThat(cases).anyMatch(c -> c[0].chars().allMatch(ch -> ch < 0x3000));
        }
    }

    @Test
    void genericWordsAreNotAliases() {
        assertThat(CATALOG.models().find("GPT")).isEmpty();
        assertThat(CATALOG.models().mentions("What is MemGPT?")).isEmpty();
    }

    /** Positions and lengths are in characters of the question, so a longer mention covers the shorter one. */
    @Test
    void spansAreInCharactersOfTheText() {
        String q = "用 DGX A100 训练";
        var system = CATALOG.systems().mentions(q).getFirst();
        assertThat(q.substring(system.position(), system.position() + system.length())).isEqualTo("DGX A100");
        var chip = CATALOG.accelerators().mentions(q).getFirst();
        assertThat(q.substring(chip.position(), chip.position() + chip.length())).isEqualTo("A100");
        var plural = CATALOG.accelerators().mentions("8 H100s").getFirst();
        assertThat(plural.length()).isEqualTo("H100s".length());
    }

    @Test
    void theCatalogFormOfAPluralIsPreferredOverAPluralReading() {
        assertThat(CATALOG.accelerators().mentions("L40S")).extracting(m -> m.entry().name()).containsExactly("L40S");
    }

    private static Set<String> named(String text) {
        Set<String> out = new LinkedHashSet<>();
        CATALOG.models().mentions(text).forEach(m -> out.add(m.entry().name()));
        CATALOG.accelerators().mentions(text).forEach(m -> out.add(m.entry().name()));
        CATALOG.systems().mentions(text).forEach(m -> out.add(m.entry().name()));
        SeriesCatalog.builtIn().index().mentions(text).forEach(m -> out.add(m.entry().name()));
        return out;
    }
}
