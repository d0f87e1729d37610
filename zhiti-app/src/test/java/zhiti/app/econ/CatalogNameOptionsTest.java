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

/** Catalog names on the econ commands (--chip/--gpu/--hardware, --model, --series), and bad input → exit 2. */
class CatalogNameOptionsTest {



    /** H100 SXM: 1,979 dense FP8 TFLOPS × 8 = TPP 15,832 on 814 mm² (NVIDIA datasheet, seed 001's table). */
    @Test
    void chipFromTheCatalogAndOverridden() throws Exception {
        CliRun r = run("econ", "chip", "--chip", "H100", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.figure("TPP of H100")).isEqualTo(15_832);
        assertThat(r.figure("performance density")).isCloseTo(19.45, within(0.01));
        assertThat(r.json().get("eccn").asText()).isEqualTo("3A090.a");
        // an explicit number wins over the catalog's: the H20 die with H100's name still uses --tflops 296
        CliRun o = run("econ", "chip", "--gpu", "英伟达 H100", "--tflops", "296", "--json");
        assertThat(o.figure("TPP")).isEqualTo(296 * 8);
    }

    @Test
    void badChipInputExitsTwoWithAMessage() {
        CliRun unknown = run("econ", "chip", "--chip", "H10O");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean").contains("H100");
        CliRun negative = run("econ", "chip", "--tflops", "-5", "--bits", "8", "--die-mm2", "800");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("TFLOPS");
        CliRun zeroDie = run("econ", "chip", "--chip", "H100", "--die-mm2", "0");
        assertThat(zeroDie.exit()).isEqualTo(2);
        assertThat(zeroDie.err()).contains("die area");
        CliRun nothing = run("econ", "chip");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("--chip");
    }

    /**
     * Seed 002's ChatGPT chain with the 8×T4 server from the catalog (65 TFLOP/s FP16 per T4, 8 per server, $29,000):
     * the correct arithmetic gives 22.3 k servers and $0.65 bn.
     */
    @Test
    void inferFillsPeakAndServerFromTheCatalog() throws Exception {
        CliRun r = run("econ", "infer", "--params", "1T", "--tokens-per-query", "267", "--utilisation", "0.32",
                "--daily-visits", "60M", "--queries-per-visit", "10", "--gpu", "8×T4", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.figure("servers needed")).isCloseTo(22_286, within(5.0));
        assertThat(r.figure("server capex")).isCloseTo(0.646e9, within(0.005e9));
    }

    /** Llama 2 70B (80 layers, 8 KV heads × 128): 1.34 GB of KV cache at 4,096 tokens in bf16; H100 at 3.35 TB/s. */
    @Test
    void inferFillsShapeFromTheModel() throws Exception {
        CliRun r = run("econ", "infer", "--model", "Llama 2 70B", "--seq", "4096", "--gpu", "H100", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.figure("KV-cache size")).isEqualTo(2.0 * 80 * 8 * 128 * 4096 * 2);
        assertThat(r.figure("memory-bound decode")).isCloseTo(3.35e12 / (140e9 + 1.342e9), within(0.1));
        CliRun unknown = run("econ", "infer", "--model", "Lama 2 70B", "--seq", "4096");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("did you mean").contains("Llama 2 70B");
        CliRun none = run("econ", "infer", "--tokens-per-query", "10");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--model");
    }

    /** Seed 004: 80 DGX H100 for 7 days at the catalog's prices; capex = 80 × the DGX H100 list price. */
    @Test
    void costFillsServerFactsFromTheCatalog() throws Exception {
        CliRun r = run("econ", "cost", "--hardware", "DGX H100", "--servers", "80", "--days", "7", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.figure("GPU-hours")).isEqualTo(107_520);
        assertThat(r.figure("capex")).isEqualTo(80 * 270_000.0);
        assertThat(r.figure("facility energy")).isCloseTo(80 * 10.2 * 168 * 1.2 / 1000, within(0.01));
        assertThat(r.json().get("rent_source").asText()).isNotBlank();
        // an explicit price overrides the catalog's: seed 004's read-back $3.72 gives $0.4 M
        CliRun given = run("econ", "cost", "--hardware", "DGX H100", "--servers", "80", "--days", "7", "--rent", "3.72", "--json");
        assertThat(given.figure("rental cost (on-demand)")).isCloseTo(0.4e6, within(0.001e6));
        CliRun bad = run("econ", "cost", "--hardware", "DGX H1000", "--servers", "80", "--days", "7");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("did you mean").contains("DGX H100");
        CliRun zero = run("econ", "cost", "--servers", "0", "--days", "7", "--rent", "2");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--servers");
    }

    /** A catalog model's shape gives the same plan as the same shape typed out (GPT-3: 96 × 12288, 96 heads). */
    @Test
    void planTakesTheShapeFromTheModel() throws Exception {
        String[] common = {"--gpus", "64", "--tp", "8", "--pp", "8", "--global-batch", "64", "--interleave", "3",
                "--recompute", "selective", "--sp", "--vocab", "51200", "--json"};
        CliRun typed = run(concat(new String[] {"econ", "plan", "--layers", "96", "--hidden", "12288", "--heads", "96"}, common));
        CliRun named = run(concat(new String[] {"econ", "plan", "--model", "GPT-3"}, common));
        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(named.json().get("seconds_per_iteration").asDouble())
                .isEqualTo(typed.json().get("seconds_per_iteration").asDouble());
        CliRun unknown = run("econ", "search", "--model", "GTP-3", "--gpus", "64", "--global-batch", "64");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("GPT-3");
        CliRun noShape = run("econ", "search", "--model", "GPT-4", "--gpus", "64", "--global-batch", "64");
        assertThat(noShape.exit()).isEqualTo(2);
        assertThat(noShape.err()).contains("shape");
        CliRun alias = run("econ", "search", "--model", "GPT-3", "--gpu", "英伟达 H100", "--gpus", "1024",
                "--global-batch", "1536", "--json");
        assertThat(alias.exit()).as(alias.err()).isZero();
        assertThat(alias.json().get("gpus").asInt()).isLessThanOrEqualTo(1024);
    }

    /** Seed 000 Table 7: 2022-dollar cost per GFLOPS fell 40.24% a year from 1945 to 2023-05 (period-end dates). */
    @Test
    void trendAndFitReadASeries() throws Exception {
        CliRun r = run("econ", "trend", "--series", "cost per GFLOPS 2022", "--from", "1945", "--to", "2023-05",
                "--years", "days-end", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.figure("compound annual decline")).isCloseTo(40.24, within(0.1));
        assertThat(r.json().get("unit").asText()).contains("GFLOPS");
        // DATE=VALUE overrides the series' value at that date
        CliRun o = run("econ", "trend", "--series", "cost per GFLOPS 2022", "--from", "1945=4e15", "--to", "2023-05",
                "--years", "days-end", "--json");
        assertThat(o.figure("compound annual decline")).isGreaterThan(r.figure("compound annual decline"));
        CliRun fit = run("econ", "fit", "--series", "cost per GFLOPS 2022", "--model", "loglinear", "--json");
        assertThat(fit.exit()).as(fit.err()).isZero();
        assertThat(fit.figure("halving time")).isBetween(1.0, 2.0);
        CliRun missingDate = run("econ", "trend", "--series", "cost per GFLOPS 2022", "--from", "1850");
        assertThat(missingDate.exit()).isEqualTo(2);
        assertThat(missingDate.err()).contains("1850").contains("1945");
        CliRun unknown = run("econ", "trend", "--series", "bitcoin hashrat");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("bitcoin hash rate");
        CliRun negative = run("econ", "trend", "--from", "2020=-5", "--to", "2025=10");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("--from").contains("-5");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
