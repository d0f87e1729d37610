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

class ProductCheckTest {
    private final ProductCheck check = new ProductCheck();

    @Test
    void clusterComputeIsCountTimesPerCardPeak() {
        AuditReport r = audit(check, "某智算中心部署了 2 万张 A800，单卡 312 TFLOPS，集群总算力 6.24 EFLOPS。",
                "另一园区有 1.5 万张 H800，单卡 989 TFLOPS，总算力达 1.48 EFLOPS。");
        Claim ok = claim(r, "6.24 EFLOPS");
        assertThat(ok.kind()).isEqualTo(ClaimKind.PRODUCT);
        assertThat(ok.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(ok.computed()).isCloseTo(6.24e18, within(1e15));
        assertThat(ok.inputs()).extracting(Input::text).containsExactly("2 万张", "312 TFLOPS");
        Claim slip = claim(r, "1.48 EFLOPS");
        assertThat(slip.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(slip.computed()).isCloseTo(1.4835e19, within(1e16));
        assertThat(slip.explanation()).contains("10×").contains("power of ten");
    }

    @Test
    void costIsGpuHoursTimesHourlyPriceOrGpusTimesDaysTimesPrice() {
        AuditReport r = audit(check, "The run used 2.6 million GPU-hours; at $2 per GPU-hour the total cost is $5.2 million.",
                "We rented 1,024 GPUs for 14 days at $3 per GPU-hour, $1.2 million in total.",
                "训练共消耗 80 万卡时，按每卡时 12 元计算，总成本 960 万元。");
        assertThat(claim(r, "$5.2 million").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim rent = claim(r, "$1.2 million");
        assertThat(rent.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(rent.computed()).isCloseTo(1_032_192, within(1.0)); // 1,024 × 14 × 24 × 3
        assertThat(rent.inputs()).extracting(Input::name).contains("hours per day");
        Claim yuan = claim(r, "960 万元");
        assertThat(yuan.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(yuan.unit()).isEqualTo("CNY");
    }

    @Test
    void countTimesUnitPriceAndPowerTimesCount() {
        AuditReport r = audit(check, "We bought 200 servers at $250,000 each, $60 million in all.",
                "按照单块 GPU 700W 的功耗，1 万张 H100 合计功耗 7 MW。");
        Claim buy = claim(r, "$60 million");
        assertThat(buy.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(buy.computed()).isEqualTo(5e7);
        assertThat(claim(r, "7 MW").verdict()).isEqualTo(Verdict.REPRODUCES);
    }

    @Test
    void energyIsPowerTimesHours() {
        AuditReport r = audit(check, "园区 IT 负载 15 MW，连续运行 365 天，总耗电约 131,400 MWh。",
                "该机柜功耗 40 kW，运行 30 天，合计耗电 2,880 MWh。",
                "A 40 kW rack running for 720 hours uses 28.8 MWh in total.",
                "The lab runs 512 accelerators at 700 W each for 10 days, 86 MWh in total.");
        assertThat(claim(r, "131,400 MWh").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim rack = claim(r, "2,880 MWh");
        assertThat(rack.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(rack.computed()).isCloseTo(2.88e7, within(1.0)); // 40 kW × 720 h = 28.8 MWh
        assertThat(rack.explanation()).contains("100×");
        assertThat(claim(r, "28.8 MWh").verdict()).isEqualTo(Verdict.REPRODUCES); // hours are days to the scanner: 720 h = 30 days
        Claim lab = claim(r, "86 MWh");
        assertThat(lab.verdict()).isEqualTo(Verdict.REPRODUCES); // 512 × 700 W × 240 h = 86.0 MWh
        assertThat(lab.formula()).isEqualTo("energy = count × power per unit × days × 24 h");
    }

    @Test
    void serversAreGpusDividedByGpusPerServer() {
        AuditReport r = audit(check, "共需 4,096 张 GPU，即 512 台 8 卡服务器。", "项目采购约 2.4 万张 H100，合计 2,000 台 8 卡服务器。");
        assertThat(claim(r, "512 台").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim wrong = claim(r, "2,000 台");
        assertThat(wrong.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(wrong.computed()).isEqualTo(3000);
    }

    @Test
    void writtenEquationsAreRecomputed() {
        AuditReport r = audit(check, "八卡整机功耗为 8 × 700 W = 5.6 kW；图像块数量为 16 × 16 × 3 = 868。",
                "拆成四项，$1200 = 16 \\times 15 \\times 2.5 \\times 2$。", "总量=50×10<sup>8</sup>×1024×1990×3=3.06×10<sup>16</sup>。");
        assertThat(claim(r, "5.6 kW").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim patches = claim(r, "868");
        assertThat(patches.verdict()).isEqualTo(Verdict.DISCREPANCY);
        assertThat(patches.computed()).isEqualTo(768);
        assertThat(claim(r, "$1200").verdict()).isEqualTo(Verdict.REPRODUCES);
        Claim sup = claim(r, "3.06×10<sup>16</sup>");
        assertThat(sup.verdict()).isEqualTo(Verdict.REPRODUCES);
        assertThat(sup.computed()).isCloseTo(3.05664e16, within(1e12)); // 1990 is a factor here, not a year
    }

    @Test
    void saysNothingWhenTheFactorsAreAmbiguousUntiedOrDoNotCompose() {
        AuditReport r = audit(check, "A 集群有 1000 张卡，B 集群有 2000 张卡，单卡 312 TFLOPS，总算力 0.94 EFLOPS。",
                "1 万张 A100，单卡 312 TFLOPS，可提供 5 EFLOPS 的算力。",
                "1 万张卡，单价 2 万美元，总算力 3 EFLOPS。",
                "1000 台服务器，每台 20 万元，共计 2 亿美元。",
                "单卡功耗 400W，1 万张 A100 的集群总功耗约 6.5 MW（含散热和网络）。",
                "用 1 万张 A100（单卡 312 TFLOPS）训练，总算力需求 3.15×10^23 FLOPs。");
        assertThat(judged(r)).isEmpty();
    }
}
