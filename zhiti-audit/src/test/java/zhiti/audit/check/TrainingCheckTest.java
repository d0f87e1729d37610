package zhiti.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.audit.check.ChainTestDocs.audit;
import static zhiti.audit.check.ChainTestDocs.claim;
import static zhiti.audit.check.ChainTestDocs.judged;

import org.junit.jupiter.api.Test;
import zhiti.audit.AuditReport;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Input;
import zhiti.audit.Verdict;

class TrainingCheckTest {
    private final TrainingCheck check = new TrainingCheck();

    @Test
    void trainingComputeIsSixTimesParametersTimesTokens() {
        AuditReport r = audit(check, "GPT-3 有 1750 亿参数，训练数据 3000 亿 token，训练总算力约 3.15×10^23 FLOPs。",
                "某模型参数 700 亿，训练 1.4 万亿 token，预训练算力为 5.88×10^22 FLOPs。");
        Claim ok = claim(r, "3.15×10^23 FLOPs");
        assertThat(ok.kind()).isEqualTo(ClaimKind.TRAINING_COMPUTE);
        assertThat(ok.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(ok.computed()).isCloseTo(3.15e23, within(1e20));
        assertThat(ok.inputs()).extracting(Input::text).contains("1750 亿参数", "3000 亿 token");
        Claim slip = claim(r, "5.88×10^22 FLOPs");
        assertThat(slip.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(slip.computed()).isCloseTo(5.88e23, within(1e20));
        assertThat(slip.explanation()).contains("N or D 10 times smaller");
    }

    @Test
    void namesTheForwardPassAndRecomputationConstants() {
        AuditReport r = audit(check, "A 13B-parameter model trained on 1T tokens needs 2.6e22 FLOPs of training compute.",
                "Training a 7B-parameter model on 2T tokens takes 1.12e23 FLOPs.");
        Claim two = claim(r, "2.6e22 FLOPs");
        assertThat(two.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(two.computed()).isCloseTo(7.8e22, within(1e19));
        assertThat(two.explanation()).contains("2·N·D");
        Claim eight = claim(r, "1.12e23 FLOPs");
        assertThat(eight.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(eight.explanation()).contains("8·N·D");
    }

    @Test
    void trainingTimeFromStatedPeakAndUtilisation() {
        AuditReport r = audit(check, "A model needs 8.4e23 FLOPs of training compute. Training it on 2,048 GPUs at 312 TFLOPS each "
                + "and 50% utilization takes about 30 days.", "Another model needs 8.4e23 FLOPs of training compute. Training it on "
                + "1,024 GPUs at 312 TFLOPS each and 50% utilization takes 20 days.");
        Claim ok = claim(r, "30 days");
        assertThat(ok.kind()).isEqualTo(ClaimKind.TRAINING_TIME);
        assertThat(ok.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(ok.computed()).isCloseTo(30.43, within(0.01));
        Claim slow = claim(r, "20 days");
        assertThat(slow.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(slow.computed()).isCloseTo(60.86, within(0.01));
    }

    @Test
    void aChipNamedWithoutItsPeakTakesTheCatalogRow() {
        AuditReport r = audit(check, "训练需要 1.2×10^24 FLOPs 的算力。用 4096 张 H100、MFU 40% 训练，约需 8.6 天。",
                "训练需要 1.2×10^24 FLOPs 的算力。用 2048 张 H100、MFU 40% 训练，约需 3 天。");
        Claim ok = claim(r, "8.6 天");
        assertThat(ok.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(ok.computed()).isCloseTo(8.57, within(0.01));
        Input peak = ok.inputs().stream().filter(i -> i.name().contains("peak")).findFirst().orElseThrow();
        assertThat(peak.doc()).isNull();
        assertThat(peak.value()).isEqualTo(989.4e12);
        assertThat(peak.source()).contains("catalog accelerators.csv row 'H100 SXM5 80GB'");
        Claim fast = claim(r, "3 天");
        assertThat(fast.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(fast.explanation()).contains("fp8"); // no precision of the chip reproduces it: each is named
    }

    @Test
    void gpusNeededForAStatedTime() {
        AuditReport r = audit(check, "Training a model with 3.15e23 FLOPs in 10 days at 40% utilization would need 2,920 A100 GPUs.",
                "Training a model with 3.15e23 FLOPs in 10 days at 40% utilization would need 1,000 A100 GPUs.");
        Claim ok = claim(r, "2,920");
        assertThat(ok.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(ok.computed()).isCloseTo(2921.3, within(0.1));
        Claim few = claim(r, "1,000");
        assertThat(few.verdict()).isEqualTo(Verdict.DISCREPANCY);
    }

    @Test
    void aFleetWithoutUtilisationIsReadForTheUtilisationItImplies() {
        AuditReport r = audit(check, "以 10 天完成 GPT-3 训练计，所需 DGX A100/H100 分别约 300/60 台。",
                "若只用 20 台 DGX H100，训练 GPT-3 需要 2 天。", "用 10 万张 H100 训练 GPT-3 需要 30 天。");
        Claim a100 = claim(r, "300");
        assertThat(a100.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(a100.explanation()).contains("48.69%").contains("plausible");
        assertThat(a100.inputs()).extracting(Input::source).anyMatch(s -> s.startsWith("catalog models.csv row 'GPT-3'"))
                .anyMatch(s -> s.startsWith("catalog systems.csv row 'DGX A100'"));
        Claim h100 = claim(r, "60"); // the second of the pair has no span of the shared scanner: the check gives it one
        assertThat(h100.verdict()).isEqualTo(Verdict.UNCHECKED);
        assertThat(h100.explanation()).contains("fp8");
        Claim tooFast = claim(r, "2 天");
        assertThat(tooFast.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(tooFast.explanation()).contains("over 100% even at the highest peak");
        Claim tooMany = claim(r, "30 天");
        assertThat(tooMany.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(tooMany.explanation()).contains("under 5%");
    }

    @Test
    void aWrittenEquationIsCheckedAgainstTheParametersStatedBeforeIt() {
        AuditReport r = audit(check, "设参数规模 20B、训练语料 5000 亿 token，则 C=20×10^8×5×10^11×6=6×10^21 FLOPs。"
                + "若用 1000 张 A100 且忽略利用率，耗时=6×10^21/(312×10^12×1000)/86400≈0.22 天。");
        Claim compute = claim(r, "6×10^21 FLOPs");
        assertThat(compute.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(compute.computed()).isCloseTo(6e22, within(1e19));
        assertThat(compute.explanation()).contains("10 times smaller").contains("'20B'");
        Claim time = claim(r, "0.22 天");
        assertThat(time.verdict()).isEqualTo(Verdict.REPRODUCES); // right from the printed compute …
        assertThat(time.explanation()).contains("itself flagged").contains("2.23 days"); // … which was wrong
    }

    @Test
    void leavesTwoComputeTotalsInOneSentenceAlone() {
        AuditReport r = audit(check, "GPT-3 有 1750 亿参数、3000 亿 token，训练用了 3.14×10^23 FLOPs，而另一模型训练用了 2×10^25 FLOPs。");
        assertThat(judged(r)).isEmpty();
    }
}
