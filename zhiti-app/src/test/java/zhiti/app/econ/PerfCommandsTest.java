package zhiti.app.econ;

import static zhiti.app.CliRun.run;

import zhiti.app.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zhiti.runtime.Json;
import zhiti.app.ZhitiCommand;

class PerfCommandsTest {



    @Test
    void validateBuiltInSetsAsJson() throws Exception {
        CliRun r = run("econ", "validate", "--json");
        assertThat(r.exit()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.fieldNames()).toIterable().contains("calibration", "heldout", "outside", "note");
        JsonNode calibration = doc.get("calibration");
        assertThat(calibration.get("rows").size()).isGreaterThanOrEqualTo(70);
        for (JsonNode row : calibration.get("rows")) {
            for (String key : new String[] {"name", "gpu", "predicted_tflops_per_gpu", "measured_tflops_per_gpu",
                    "predicted_s_per_iter", "measured_s_per_iter", "error", "plan", "planner_chose", "source"}) {
                assertThat(row.has(key)).as(key).isTrue();
            }
            // every calibration row within ±10%
            assertThat(Math.abs(row.get("error").asDouble())).as(row.get("name").asText()).isLessThanOrEqualTo(0.10);
        }
        JsonNode first = calibration.get("rows").get(0);
        assertThat(first.get("measured_tflops_per_gpu").asDouble()).isEqualTo(137); // 1.7B row of Table 1
        assertThat(first.get("measured_s_per_iter").isNull()).isTrue();
        assertThat(calibration.get("max_abs_error").asDouble()).isLessThanOrEqualTo(0.10);
        assertThat(doc.get("heldout").get("rows").size()).isGreaterThanOrEqualTo(14);
        CliRun text = run("econ", "validate", "--set", "heldout");
        assertThat(text.out()).contains("heldout (").contains("max |error|").contains("chosen by the planner");
        assertThat(run("econ", "validate", "--set", "everything").err()).contains("calibration, heldout, outside");
    }

    @Test
    void validateUserFileWithPlannerPickedSizesAndUnmeasuredRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, String.join("\n",
                "name,params_b,hidden,layers,heads,seq_len,vocab,gpu,gpus,tp,pp,global_batch,micro_batch,precision,"
                        + "recompute,flops_basis,measured_tflops_per_gpu,measured_s_per_iter",
                "GPT-3 on 1024 H100,175,12288,96,96,2048,51200,H100,1024,,,1536,,bf16,selective,model,,",
                "39B measured,39.1,8192,48,64,2048,51200,A100 80GB,512,8,2,1536,,fp16,full,hardware,138,",
                "7.5B batch left open,7.5,4096,36,32,2048,51200,A100 80GB SXM,128,4,1,,,fp16,full,hardware,,"));
        CliRun r = run("econ", "validate", "--file", csv.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = r.json().get("rows");
        assertThat(rows.get(0).get("planner_chose").toString()).contains("tp", "pp", "b");
        assertThat(rows.get(0).get("gpu").asText()).isEqualTo("H100 SXM5 80GB");
        // an empty global batch is the planner's too, and the plan says so
        assertThat(rows.get(2).get("gpu").asText()).isEqualTo("A100 SXM4 80GB");
        assertThat(rows.get(2).get("planner_chose").toString()).contains("\"B\"");
        assertThat(rows.get(2).get("plan").asText()).containsPattern("B=\\d+");
        assertThat(rows.get(0).get("error").isNull()).isTrue();
        assertThat(rows.get(0).get("predicted_tflops_per_gpu").asDouble()).isBetween(200.0, 900.0);
        assertThat(rows.get(1).get("error").asDouble()).isBetween(-0.1, 0.1);
        assertThat(r.json().get("max_abs_error").asDouble()).isEqualTo(Math.abs(rows.get(1).get("error").asDouble()));
    }

    @Test
    void aRowThatCannotBePlannedSaysWhyAndTheOthersStillRun(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, String.join("\n",
                "name,params_b,hidden,layers,heads,seq_len,vocab,gpu,gpus,tp,pp,global_batch,micro_batch,precision,"
                        + "recompute,flops_basis,measured_tflops_per_gpu,measured_s_per_iter",
                "1T on one GPU,,25600,128,160,2048,51200,H100,1,1,1,8,1,bf16,full,model,,10",
                "39B measured,39.1,8192,48,64,2048,51200,A100 80GB,512,8,2,1536,,fp16,full,hardware,138,"));
        CliRun r = run("econ", "validate", "--file", csv.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = r.json().get("rows");
        assertThat(rows.get(0).get("problem").asText()).contains("no plan").contains("fits");
        assertThat(rows.get(0).get("error").isNull()).isTrue();
        assertThat(rows.get(1).get("error").asDouble()).isBetween(-0.1, 0.1);
        assertThat(r.json().get("unplanned").asInt()).isEqualTo(1);
        CliRun text = run("econ", "validate", "--file", csv.toString());
        assertThat(text.out()).contains("cannot plan").contains("1 row(s) the model cannot plan");
    }

    @Test
    void validateRejectsBadFilesWithExitTwo(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,hidden\nx,1024\n");
        CliRun r = run("econ", "validate", "--file", csv.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing column").contains("params_b");
        Files.writeString(csv, "name,params_b,hidden,layers,heads,seq_len,vocab,gpu,gpus,tp,pp,global_batch,micro_batch,"
                + "precision,recompute,flops_basis,measured_tflops_per_gpu,measured_s_per_iter\n"
                + "x,1.7,2304,24,24,2048,51200,A1OO,32,1,1,512,,fp16,full,hardware,-5,\n");
        r = run("econ", "validate", "--file", csv.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("line 2").contains("measured_tflops_per_gpu");
    }

    @Test
    void planPrintsFiguresAndMemory() throws Exception {
        // Korthikanti et al. 2022: GPT-3 175B, t = 8, p = 8, batch 64, SP + selective: 13.75 s per iteration
        CliRun r = run("econ", "plan", "--layers", "96", "--hidden", "12288", "--heads", "96", "--gpus", "64", "--tp", "8",
                "--pp", "8", "--global-batch", "64", "--interleave", "3", "--recompute", "selective", "--sp", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.get("seconds_per_iteration").asDouble()).isBetween(13.75 * 0.9, 13.75 * 1.1);
        assertThat(doc.get("fits_in_memory").asBoolean()).isTrue();
        assertThat(doc.get("figures").findValuesAsText("name")).contains("MFU", "memory per GPU");
    }

    @Test
    void searchFindsAPlanAndTheBudgetChainCosts() throws Exception {
        CliRun r = run("econ", "search", "--layers", "105", "--hidden", "20480", "--heads", "128", "--gpus", "5128",
                "--global-batch", "2520", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("gpus").asInt()).isBetween(2520, 5128);
        assertThat(r.json().get("configs_evaluated").asLong()).isGreaterThan(100_000);

        CliRun c = run("econ", "search", "--budget", "1e24", "--gpu", "H100", "--gpus", "2048", "--global-batch", "1024",
                "--seq-len", "4096", "--price", "2.5", "--watts", "700", "--pue", "1.3", "--json");
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode d = c.json();
        assertThat(d.get("days").asDouble()).isPositive();
        assertThat(d.get("params").asDouble() * d.get("tokens").asDouble() * 6).isCloseTo(1e24,
                org.assertj.core.api.Assertions.within(1e15));
    }

    @Test
    void badInputExitsTwoWithAHint() {
        CliRun r = run("econ", "search", "--layers", "96", "--hidden", "12288", "--heads", "96", "--gpu", "A1OO",
                "--global-batch", "64");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("A100");
        r = run("econ", "plan", "--hidden", "12288", "--global-batch", "64");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--layers");
        r = run("econ", "plan", "--layers", "96", "--hidden", "12288", "--heads", "96", "--global-batch", "64",
                "--recompute", "sometimes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("none, selective, full or partial");
        r = run("econ", "plan", "--layers", "96", "--hidden", "12288", "--heads", "96", "--global-batch", "64",
                "--software", "jax");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("megatron-core");
    }
}
