package zhiti.audit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static zhiti.audit.check.ChainTestDocs.audit;
import static zhiti.audit.check.ChainTestDocs.claim;
import static zhiti.audit.check.ChainTestDocs.flagged;

import org.junit.jupiter.api.Test;
import zhiti.audit.AuditReport;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Input;
import zhiti.audit.Verdict;

class InferenceChainCheckTest {
    private final InferenceChainCheck check = new InferenceChainCheck();

    /** Every step right but the last, where servers × price slips by a power of ten. */
    private static final String ZH_CAPEX_SLIP = "以一个 1000 亿参数的模型为例，推理时每个 token 需要约 2000 亿 FLOPs 的计算量。"
            + "设一次问答输出 500 个 token、算力利用率取 25%，则每次问答需要 4×10^14 FLOPs。"
            + "按日均 1 亿人次访问、人均提问 5 次、请求全天均匀到达计算，每秒所需算力约 2.3 EFLOPS。"
            + "选用 H100（单卡 989 TFLOPS）时约需 2,340 张卡，合 293 台 8 卡整机；整机报价按每台 25 万美元计，硬件投入约 7.3 亿美元。";

    @Test
    void eachStepIsJudgedAgainstThePrintedStepBeforeIt() {
        AuditReport r = audit(check, ZH_CAPEX_SLIP);
        assertThat(claim(r, "2000 亿 FLOPs").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim perQuery = claim(r, "4×10^14 FLOPs");
        assertThat(perQuery.kind()).isEqualTo(ClaimKind.INFERENCE_CHAIN);
        assertThat(perQuery.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(perQuery.inputs()).extracting(Input::text).containsExactly("2000 亿 FLOPs", "500 个 token", "25%");
        Claim demand = claim(r, "2.3 EFLOPS");
        assertThat(demand.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(demand.computed()).isCloseTo(2.3148e18, within(1e14)); // 4e14 × 1e8 × 5 ÷ 86,400 s
        assertThat(claim(r, "2,340 张").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim servers = claim(r, "293 台");
        assertThat(servers.verdict()).isEqualTo(Verdict.REPRODUCES); // 2,340 ÷ 8 = 292.5, bought whole
        Claim capex = claim(r, "7.3 亿美元");
        assertThat(capex.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(capex.computed()).isEqualTo(7.325e7);
        assertThat(capex.explanation()).contains("10×");
        assertThat(flagged(r)).hasSize(1);
    }

    @Test
    void aSlipIsFlaggedOnceAndLaterStepsSayWhatTheyInherited() {
        AuditReport r = audit(check, "以 5000 亿参数模型测算，每个 token 的推理计算量约为 1 万亿 FLOPs。"
                        + "单次请求输出 400 个 token，算力利用率取 40%，单次请求需要 $1 \\text{ 万亿} \\cdot 400 \\text{ tokens} / 40\\% = 10 \\text{ PFlops}$。"
                        + "设日均访问 5000 万人次、人均发起 8 次请求，折合每秒算力需求为 46 EFlops，",
                "需要 47 万张单卡 98 TFLOPS 的加速卡。");
        Claim slip = claim(r, "10 \\text{ PFlops}");
        assertThat(slip.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(slip.computed()).isCloseTo(1e15, within(1e11)); // 1e12 × 400 ÷ 0.4
        Claim demand = claim(r, "46 EFlops");
        assertThat(demand.verdict()).isEqualTo(Verdict.REPRODUCES); // 1e16 × 5e7 × 8 ÷ 86,400 = 4.63e19
        assertThat(demand.explanation()).contains("rests on the printed 10 PFlops").contains("4.63e18");
        Claim chips = claim(r, "47 万张"); // the chain runs on across the line break after a sentence left open
        assertThat(chips.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(chips.explanation()).contains("rests on the printed 46 EFlops");
        assertThat(flagged(r)).extracting(Claim::text).containsExactly("10 \\text{ PFlops}");
    }

    @Test
    void englishTokensPerDayChainWithUtilisationAppliedOnce() {
        AuditReport r = audit(check, "A 70B-parameter model needs about 140 GFLOPs per token. Serving 5 billion tokens per day then requires "
                + "8.1e15 FLOP/s of useful compute, and at 40% utilization the fleet must offer 2.0e16 FLOP/s. With each H100 "
                + "delivering 989 TFLOPS, that is 21 GPUs, or 3 servers with 8 GPUs per server, and at $300,000 per server "
                + "the serving hardware costs $9 million.");
        assertThat(claim(r, "140 GFLOPs").verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(claim(r, "8.1e15 FLOP/s").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim offered = claim(r, "2.0e16 FLOP/s");
        assertThat(offered.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(offered.formula()).contains("utilisation");
        Claim gpus = claim(r, "21 GPUs");
        assertThat(gpus.verdict()).isEqualTo(Verdict.REPRODUCES); // 20.2 rounded up; utilisation not divided again
        assertThat(gpus.formula()).doesNotContain("utilisation");
        assertThat(claim(r, "3 servers").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim capex = claim(r, "$9 million");
        assertThat(capex.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(capex.computed()).isEqualTo(9e5);
    }

    @Test
    void flopPerTokenIsTwiceTheParameters() {
        AuditReport r = audit(check, "模型参数为 1750 亿，推理时每个 token 需算力 1750 亿 FLOPs。");
        Claim c = claim(r, "1750 亿 FLOPs");
        assertThat(c.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(c.computed()).isEqualTo(3.5e11);
        assertThat(c.inputs()).extracting(Input::source).contains("definition (Kaplan et al. 2020: forward pass)");
    }

    @Test
    void leavesStepsAloneWhenAFactorOrTrainingComputeIntervenes() {
        AuditReport r = audit(check, "模型参数为 1750 亿；与推理不同，训练时每个 token 约需 1.05 万亿 FLOPs。",
                "推理集群的平均每秒算力需求为 2.3 EFLOPS，高峰时段为平均的 3 倍，按单卡 989 TFLOPS 计需要约 7,000 张卡。");
        assertThat(claim(r, "1.05 万亿 FLOPs").verdict()).isEqualTo(Verdict.UNCHECKED); // 6·N, a training figure
        assertThat(claim(r, "7,000 张").verdict()).isEqualTo(Verdict.UNCHECKED); // 2.3e18 × 3 ÷ 989e12: the 3 is not a chain step
        assertThat(flagged(r)).isEmpty();
    }
}
