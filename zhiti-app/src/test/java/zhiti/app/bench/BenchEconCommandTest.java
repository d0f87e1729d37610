package zhiti.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import zhiti.runtime.Json;

class BenchEconCommandTest {

    @Test
    void printsTheTwoBenchmarkNumbers() throws Exception {
        CommandLine cl = new CommandLine(new BenchEconCommand());
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--json", "--runs", "1")).isZero();
        JsonNode doc = Json.MAPPER.readTree(out.toString());
        assertThat(doc.get("configs_per_s").asDouble()).isPositive();
        assertThat(doc.get("search_530b_5128gpu_s").asDouble()).isPositive();
        assertThat(doc.get("configs_per_search").asLong()).isGreaterThan(100_000);
    }
}
