package zhiti.app.econ;

import static zhiti.app.CliRun.run;

import zhiti.app.CliRun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import zhiti.runtime.Json;
import zhiti.app.ZhitiCommand;

class CatalogCommandTest {



    @Test
    void showsOneAcceleratorAsJsonWithTppAndSource() throws Exception {
        CliRun r = run("econ", "catalog", "accelerators", "英伟达 H100", "--json");
        assertThat(r.exit()).isZero();
        JsonNode e = Json.MAPPER.readTree(r.out()).get("entry");
        assertThat(e.get("name").asText()).isEqualTo("H100 SXM5 80GB");
        assertThat(e.get("tpp").asDouble()).isEqualTo(15832); // seed 001: 1979 × 8
        assertThat(e.get("dense_tflops").get("bf16").asDouble()).isEqualTo(989.4);
        assertThat(e.get("source").asText()).contains("NVIDIA H100 datasheet");
    }

    @Test
    void modelLookupListsEveryEstimate() throws Exception {
        CliRun r = run("econ", "catalog", "models", "GPT-4", "--json");
        assertThat(r.exit()).isZero();
        JsonNode root = Json.MAPPER.readTree(r.out());
        assertThat(root.get("entry").get("params").asDouble()).isEqualTo(1.8e12);
        assertThat(root.get("estimates").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void seriesAndListsAndHumanOutput() throws Exception {
        CliRun r = run("econ", "catalog", "series", "比特币算力", "--json");
        assertThat(r.exit()).isZero();
        assertThat(Json.MAPPER.readTree(r.out()).get("entry").get("points").size()).isEqualTo(2);
        CliRun list = run("econ", "catalog", "systems", "--json");
        assertThat(Json.MAPPER.readTree(list.out()).get("entries").size()).isGreaterThanOrEqualTo(5);
        CliRun human = run("econ", "catalog", "model", "Mixtral", "--lang", "zh");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("active_params: 129亿").contains("Jiang et al. 2024");
    }

    @Test
    void unknownNamesAndKindsExitTwoWithSuggestions() {
        CliRun r = run("econ", "catalog", "accelerators", "H1000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean").contains("H100");
        assertThat(run("econ", "catalog", "widgets").exit()).isEqualTo(2);
    }
}
