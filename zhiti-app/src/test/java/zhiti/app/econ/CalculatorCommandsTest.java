package zhiti.app.econ;

import static zhiti.app.CliRun.run;

import zhiti.app.CliRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import zhiti.runtime.Json;
import zhiti.app.ZhitiCommand;

class CalculatorCommandsTest {



    /** Seed 001: H20 at 296 dense FP8 TFLOPS on an 814 mm² die → TPP 2368, density 2.9: outside 3A090. */
    @Test
    void chipPrintsTppDensityAndClass() throws Exception {
        CliRun r = run("econ", "chip", "--name", "H20", "--tflops", "296", "--bits", "8", "--die-mm2", "814", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("TPP")).isEqualTo(2368);
        assertThat(r.figure("performance density")).isCloseTo(2.91, within(0.01));
        assertThat(r.json().get("eccn").asText()).isEqualTo("not 3A090");
        assertThat(r.json().get("thresholds").asText()).contains("4800").contains("5.92");
    }

    /** Seed 002's AI-server CAGR: 5 calendar years give 25.49%, the printed 20.83% needs --periods 6. */
    @Test
    void trendStatesItsYearConvention() throws Exception {
        CliRun r = run("econ", "trend", "--from", "2021=350亿", "--to", "2026=1089.4亿", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("compound annual growth")).isCloseTo(25.49, within(0.01));
        assertThat(r.json().get("year_convention").asText()).startsWith("calendar-year difference");
        CliRun six = run("econ", "trend", "--from", "2021=350亿", "--to", "2026=1089.4亿", "--periods", "6", "--json");
        assertThat(six.figure("compound annual growth")).isCloseTo(20.83, within(0.005));
        // seed 000 Table 7, first row, under the period-end convention
        CliRun t7 = run("econ", "trend", "--from", "1945=2e15", "--to", "2023-05=0.01", "--years", "days-end", "--json");
        assertThat(t7.figure("compound annual decline")).isCloseTo(40.24, within(0.1));
    }

    @Test
    void fitFindsTheHalfwayDate() throws Exception {
        StringBuilder pts = new StringBuilder();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("econ", "fit", "--model", "logistic", "--ceiling", "100", "--json"));
        for (int y = 2015; y <= 2026; y++) {
            args.add("--point");
            args.add(y + "=" + 100 / (1 + Math.exp(-0.5 * (y - 2028))));
        }
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("crossing_date").asText()).startsWith("2028-01");
        CliRun ll = run("econ", "fit", "--model", "loglinear", "--point", "2020=1", "--point", "2021=2.1",
                "--point", "2022=3.9", "--point", "2023=8.2", "--json");
        assertThat(ll.figure("doubling time")).isCloseTo(1.0, within(0.1));
    }

    /** Seed 002's ChatGPT chain with its inputs: the corrected per-query FLOP is 1.67e15 (the report printed 17e15). */
    @Test
    void inferRunsTheDemandChain() throws Exception {
        CliRun r = run("econ", "infer", "--params", "1T", "--tokens-per-query", "267", "--utilisation", "0.32",
                "--daily-visits", "60M", "--queries-per-visit", "10", "--peak", "65T", "--per-server", "8",
                "--server-price", "29000", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("peak-rate FLOP per query")).isCloseTo(1.66875e15, within(1e9));
        assertThat(r.figure("server capex")).isCloseTo(6.46e8, within(0.01e8));
        CliRun kv = run("econ", "infer", "--params", "70B", "--layers", "80", "--kv-heads", "8", "--head-dim", "128",
                "--seq", "4096", "--peak", "989T", "--bandwidth", "3.35T", "--json");
        assertThat(kv.figure("KV-cache size")).isEqualTo(1.25 * (1L << 30));
        assertThat(kv.figure("memory-bound decode")).isCloseTo(3.35e12 / (140e9 + 1.25 * (1L << 30)), within(1e-6));
    }

    /** Seed 002's Sora inputs: 3e9 params on 60亿 images and 3500万 30-s 60-fps videos → 2.57e24 FLOP, 152 days on 10k A100 at 19.5T. */
    @Test
    void inferRunsTheVideoChainBothWays() throws Exception {
        CliRun r = run("econ", "infer", "--params", "3B", "--images", "60亿", "--videos", "3500万", "--seconds", "30",
                "--fps", "60", "--frame", "1024x1980", "--patch", "16", "--peak", "19.5T", "--gpus", "10000", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("training tokens (report method)")).isCloseTo(1.4256e14, within(0.001e14));
        assertThat(r.figure("training days at full peak")).isCloseTo(152.3, within(0.1));
        assertThat(r.figure("training tokens (P×P")).isCloseTo(5.476e14, within(0.001e14));
    }

    /** Seed 004: 80 DGX H100 for 7 days at $3.72/GPU·h is the $0.4 M low end of GPT-3's rental range. */
    @Test
    void costComparesRentingAndBuying() throws Exception {
        CliRun r = run("econ", "cost", "--servers", "80", "--days", "7", "--rent", "3.72", "--server-price", "400000",
                "--kw", "10.2", "--carbon", "0.43", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("rental cost")).isCloseTo(4.0e5, within(1e3));
        assertThat(r.figure("capex")).isEqualTo(3.2e7);
        assertThat(r.figure("facility energy")).isCloseTo(80 * 10.2 * 168 * 1.2 / 1000, within(1e-9));
        assertThat(r.figure("break-even")).isBetween(20.0, 30.0);
    }

    @Test
    void scalingPrintsOptimalAllocation() throws Exception {
        CliRun r = run("econ", "scaling", "--compute", "5.88e23", "--fit", "epoch", "--approach", "1", "--kaplan", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("compute-optimal parameters (approach 1)")).isCloseTo(70e9, within(1e4));
        assertThat(r.json().get("optimal_n_exponent").asDouble()).isCloseTo(0.5126, within(0.0005));
    }

    /** The default is Chinchilla's 20 tokens per parameter (≈69B on ≈1.39T at 5.76e23), the fits beside it. */
    @Test
    void scalingDefaultsToTwentyTokensPerParameter() throws Exception {
        CliRun r = run("econ", "scaling", "--compute", "5.76e23", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.figure("compute-optimal parameters (Chinchilla, 20 tokens")).isCloseTo(69.28e9, within(0.01e9));
        assertThat(r.figure("alternative: compute-optimal parameters (Chinchilla approach 3")).isBetween(28e9, 36e9);
        assertThat(r.figure("alternative: compute-optimal parameters (Besiroglu")).isBetween(60e9, 80e9);
        assertThat(r.json().get("law").asText()).isEqualTo("chinchilla");
        assertThat(r.json().get("loss_fit").asText()).isEqualTo("chinchilla_approach3");
    }

    @Test
    void badInputExitsTwoWithAFix() {
        CliRun r = run("econ", "chip", "--tflops", "296", "--bits", "0", "--die-mm2", "814");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bit width");
        CliRun t = run("econ", "trend", "--from", "2021", "--to", "2026=3");
        assertThat(t.exit()).isEqualTo(2);
        assertThat(t.err()).contains("DATE=VALUE");
        CliRun s = run("econ", "scaling");
        assertThat(s.exit()).isEqualTo(2);
        CliRun f = run("econ", "fit", "--model", "sigmoid", "--point", "2020=1", "--point", "2021=2", "--point", "2022=3", "--point", "2023=4");
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains("gompertz");
    }
}
