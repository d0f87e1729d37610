package zhiti.app.bench;

import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import zhiti.runtime.Json;

/** Prints a benchmark result: one JSON object with --json, else one "key: value" line per number. */
final class BenchOutput {

    private BenchOutput() {
    }

    static void print(CommandSpec spec, boolean json, Object result) {
        if (json) {
            Json.print(spec.commandLine().getOut(), result);
            return;
        }
        Map<?, ?> m = Json.MAPPER.convertValue(result, Map.class);
        m.forEach((k, v) -> spec.commandLine().getOut().println(k + ": " + v));
        spec.commandLine().getOut().flush();
    }
}
