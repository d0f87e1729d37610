package zhiti.econ.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import zhiti.econ.Precision;
import zhiti.econ.units.CalendarDate;

class CatalogTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void everyRowHasASource() {
        assertThat(catalog.accelerators().all()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        assertThat(catalog.systems().all()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(catalog.models().all()).allSatisfy(m -> assertThat(m.source()).isNotBlank());
    }

    @Test
    void everyDateCellParsesAndEveryPriceHasADate() {
        for (Accelerator a : catalog.accelerators().all()) {
            CalendarDate.parse(a.released());
            var p = a.pricing();
            if (p.listPriceUsd().isPresent()) {
                assertThat(CalendarDate.parse(p.priceDate()).year()).as(a.name()).isBetween(2015, 2026);
                assertThat(p.listPriceUsd().getAsDouble()).as(a.name()).isBetween(500.0, 100_000.0);
            }
            if (p.rentalUsdPerHour().isPresent()) {
                assertThat(CalendarDate.parse(p.rentalDate()).year()).as(a.name()).isBetween(2015, 2026);
                assertThat(p.rentalProvider()).as(a.name()).isNotBlank();
                // a commitment never costs more per hour than on-demand
                p.reserved1yUsdPerHour().ifPresent(r -> assertThat(r).isLessThan(p.rentalUsdPerHour().getAsDouble()));
                p.reserved3yUsdPerHour().ifPresent(r -> assertThat(r).isLessThan(p.reserved1yUsdPerHour().orElseThrow()));
            }
        }
        for (ModelCard m : catalog.models().all()) {
            CalendarDate.parse(m.released());
        }
        for (ServerSystem s : catalog.systems().all()) {
            if (s.listPriceUsd().isPresent()) {
                CalendarDate.parse(s.priceDate());
            }
        }
    }

    @Test
    void acceleratorFactsAreConsistent() {
        for (Accelerator a : catalog.accelerators().all()) {
            assertThat(a.tppBitWidth()).as(a.name()).isIn(8, 16, 32);
            assertThat(a.headlineTflops()).as(a.name() + " has a rate at its TPP bit width").isPresent();
            assertThat(a.memoryGb()).as(a.name()).isPositive();
            // dense 8-bit is at most about twice dense 16-bit (datasheets round: H100 1979 vs 989.4, L40S 733 vs 362.05)
            // (16-bit = the faster of bf16 and fp16: GeForce cards halve bf16 with FP32 accumulate)
            double b16 = Math.max(a.denseTflops(Precision.BF16).orElse(0.0), a.denseTflops(Precision.FP16).orElse(0.0));
            a.denseTflops(Precision.FP8).ifPresent(f8 -> assertThat(f8).as(a.name()).isLessThanOrEqualTo(2.03 * b16));
        }
        Accelerator h100 = catalog.accelerators().get("H100");
        assertThat(h100.dieMm2()).isEqualTo(814); // GH100, seed 001 and NVIDIA
        assertThat(h100.links().intraNodeGBs()).isEqualTo(900);
        assertThat(h100.links().interNodeGbps()).isEqualTo(400);
        // export-rule variants: same compute, cut NVLink (seed 002 discusses A800/H800)
        assertThat(catalog.accelerators().get("H800").links().intraNodeGBs()).isEqualTo(400);
        assertThat(catalog.accelerators().get("A800").peakFlops(Precision.BF16))
                .isEqualTo(catalog.accelerators().get("A100").peakFlops(Precision.BF16));
    }

    @Test
    void namesMatchIgnoringCaseSpacesAndHyphens() {
        assertThat(catalog.systems().get("dgx-a100").acceleratorsPerServer()).isEqualTo(8);
        assertThat(catalog.models().get("gpt 3").params()).isEqualTo(175e9);
        assertThat(catalog.accelerators().get("英伟达 H100").peakFlops(Precision.BF16)).isEqualTo(989.4e12);
    }

    @Test
    void chineseAliasesResolve() {
        assertThat(catalog.accelerators().get("昇腾 910B").name()).isEqualTo("Ascend 910B");
        assertThat(catalog.accelerators().get("华为910B").name()).isEqualTo("Ascend 910B");
        assertThat(catalog.accelerators().get("英伟达H20").name()).isEqualTo("H20");
        assertThat(catalog.systems().get("8*T4 服务器").accelerator().name()).isEqualTo("T4");
        assertThat(catalog.accelerators().mentions("H20单卡性能弱于昇腾910B")).extracting(m -> m.entry().name())
                .contains("H20", "Ascend 910B");
    }

    @Test
    void systemsCarryTheirAcceleratorsPricesAndPower() {
        // seed 002: one 8×T4 server costs about $29,000
        ServerSystem t4 = catalog.systems().get("8×T4 inference server");
        assertThat(t4.listPriceUsd().orElseThrow()).isEqualTo(29_000);
        assertThat(t4.accelerator().denseTflops(Precision.FP16).orElseThrow()).isEqualTo(65); // seed 002: 65 TFLOPS
        assertThat(catalog.systems().get("DGX H100").powerKw().orElseThrow()).isEqualTo(10.2);
        assertThat(catalog.systems().get("DGX B200").accelerator().name()).isEqualTo("B200");
        assertThat(catalog.systems().all()).allSatisfy(s -> assertThat(s.acceleratorsPerServer()).isEqualTo(8));
    }

    @Test
    void unknownNamesSuggestTheNearestKnownOnes() {
        assertThatThrownBy(() -> catalog.accelerators().get("H1000"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("did you mean").hasMessageContaining("H100");
        assertThatThrownBy(() -> catalog.models().get("Mixtral 8x22B"))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("Mixtral 8x7B");
        assertThatThrownBy(() -> catalog.systems().get("DGX H200"))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("DGX H100");
    }

    @Test
    void mentionsPreferTheLongestNameAndRespectDigitBoundaries() {
        var systems = catalog.systems().mentions("How many DGX A100 servers for GPT-3?");
        assertThat(systems).first().extracting(m -> m.entry().name()).isEqualTo("DGX A100");
        assertThat(catalog.accelerators().mentions("an A1000 card")).isEmpty();
        assertThat(catalog.models().mentions("训练GPT-3需要多少算力")).first()
                .extracting(m -> m.entry().name()).isEqualTo("GPT-3");
    }

    @Test
    void gpt4KeepsEveryEstimateWithItsSourceAndThePrimaryFirst() {
        // seed 004: 1.8T; seed 000 Table 13: 1.76T (17600亿); seed 002: 1T (一万亿)
        List<ModelCard> gpt4 = catalog.estimates("GPT-4");
        assertThat(gpt4).hasSizeGreaterThanOrEqualTo(3);
        assertThat(gpt4).extracting(ModelCard::params).contains(1.8e12, 1.76e12, 1e12);
        assertThat(gpt4).extracting(ModelCard::source).doesNotHaveDuplicates();
        assertThat(gpt4.getFirst().primary()).isTrue();
        assertThat(gpt4.subList(1, gpt4.size())).noneMatch(ModelCard::primary);
        assertThat(catalog.models().get("GPT-4")).isSameAs(gpt4.getFirst());
        assertThat(catalog.models().get("gpt4").params()).isEqualTo(1.8e12);
        // naming one estimate still lists them all, primary first
        assertThat(catalog.models().variants("GPT-4 (1T; seed 002)").getFirst()).isSameAs(gpt4.getFirst());
        assertThat(catalog.models().primary("GPT-4 1.76T").params()).isEqualTo(1.8e12);
        assertThat(catalog.estimates("GPT-3")).hasSize(1);
    }

    @Test
    void mixtureOfExpertsModelsHaveFewerActiveThanTotalParameters() {
        ModelCard mixtral = catalog.models().get("Mixtral 8x7B");
        ModelCard deepseek = catalog.models().get("DeepSeek-V3");
        assertThat(mixtral.isMixtureOfExperts()).isTrue();
        assertThat(mixtral.paramsPerToken()).isEqualTo(12.9e9).isLessThan(mixtral.params()); // Jiang et al. 2024
        assertThat(deepseek.params()).isEqualTo(671e9);                                       // DeepSeek-V3 report
        assertThat(deepseek.paramsPerToken()).isEqualTo(37e9);
        assertThat(deepseek.shape().experts().orElseThrow()).isEqualTo(256);
        assertThat(catalog.models().get("GPT-3").isMixtureOfExperts()).isFalse();
    }

    /**
     * A dense transformer has about 12·L·h² parameters in its blocks plus vocab·h in embeddings; a shape typo
     * (wrong hidden size or layer count) breaks this by far more than the 25% allowed for gated FFNs and GQA.
     */
    @Test
    void denseModelShapesAgreeWithTheirParameterCounts() {
        int checked = 0;
        for (ModelCard m : catalog.models().all()) {
            var s = m.shape();
            if (!m.arch().startsWith("dense") || s.layers().isEmpty() || s.hidden().isEmpty() || s.vocab().isEmpty()) {
                continue;
            }
            double h = s.hidden().getAsInt();
            double estimate = 12 * s.layers().getAsInt() * h * h + s.vocab().getAsInt() * h;
            assertThat(estimate / m.params()).as(m.name()).isBetween(0.75, 1.25);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(17);
    }

    @Test
    void soraKeepsTheStatedAndTheFormulaParameterCounts() {
        // seed 002 states 30B parameters but its 2.6e24 FLOP result is 6 × 3e9 × 1.43e14
        List<ModelCard> sora = catalog.estimates("Sora");
        assertThat(sora).extracting(ModelCard::params).containsExactly(30e9, 3e9);
        ModelCard used = sora.get(1);
        assertThat(6 * used.params() * used.trainingTokens().orElseThrow()).isCloseTo(2.6e24, within(0.03e24));
    }

    @Test
    void catalogModelsCoverTheBrief() {
        for (String name : List.of("GPT-1", "GPT-2", "GPT-3", "GPT-4", "BERT-Large", "T5-11B", "LLaMA-7B", "LLaMA-13B",
                "LLaMA-33B", "LLaMA-65B", "Llama 2 7B", "Llama 2 13B", "Llama 2 70B", "Llama 3 8B", "Llama 3 70B",
                "Llama 3.1 405B", "Mixtral 8x7B", "DeepSeek-V3", "PaLM 540B", "Chinchilla", "MT-NLG 530B", "Sora")) {
            assertThat(catalog.models().find(name)).as(name).isPresent();
        }
        for (String name : List.of("A100 SXM4 40GB", "A100", "H100", "H100 PCIe", "H200", "B200", "GB200", "H800",
                "H20", "L40S", "T4", "V100", "MI250X", "MI300X", "Gaudi2", "Gaudi3", "Ascend 910B", "TPU v4",
                "TPU v5p")) {
            assertThat(catalog.accelerators().find(name)).as(name).isPresent();
        }
    }
}
