package zhiti.tools.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhiti.agent.ToolContext;
import zhiti.agent.ToolName;
import zhiti.agent.ToolProvider;
import zhiti.agent.ToolRegistry;
import zhiti.agent.ToolResult;
import zhiti.core.Figure;

/**
 * run_code end to end: one private sandbox (a real worker JVM with a 96 MB heap), programs that compute, print and
 * misbehave; after each refusal or blow-up the next program must still run. Short timeouts keep the class quick.
 */
class RunCodeToolTest {

    private static JsSandbox sandbox;
    private static RunCodeTool tool;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxConfig.defaults().withMemoryMb(96));
        tool = new RunCodeTool(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void arithmeticReturnsAFigure() {
        ToolResult r = tool.invoke(args("Math.pow(1.4, 10)").put("unit", "x"));
        assertThat(r.data().path("value").asDouble()).isCloseTo(28.925465497599983, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.data().path("value_type").asText()).isEqualTo("number");
        Figure f = r.figures().getFirst();
        assertThat(f.name()).isEqualTo("result");
        assertThat(f.value()).isCloseTo(28.9254655, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(f.unit()).isEqualTo("x");
        assertThat(f.formula()).isEqualTo("JavaScript: Math.pow(1.4, 10)");
        assertThat(f.source()).isEqualTo("run_code (GraalVM JS sandbox)");
        assertThat(r.summary()).contains("28.92");
    }

    @Test
    void anObjectComesBackAsJsonWithoutAFigure() {
        ToolResult r = tool.invoke(args("const chips = {name: 'H100', tflops: [989, 1979]};\n"
                + "({...chips, ratio: chips.tflops[1] / chips.tflops[0], ok: true})"));
        JsonNode v = r.data().path("value");
        assertThat(v.path("name").asText()).isEqualTo("H100");
        assertThat(v.path("tflops").get(1).asInt()).isEqualTo(1979);
        assertThat(v.path("ratio").asDouble()).isGreaterThan(2.0);
        assertThat(v.path("ok").asBoolean()).isTrue();
        assertThat(r.figures()).isEmpty();
    }

    @Test
    void consoleOutputIsCapturedInUtf8() {
        ToolResult r = tool.invoke(args("console.log('算力', 6 * 7); console.log([1, 2].map(x => x * 2).join(',')); 'done'"));
        assertThat(r.data().path("stdout").asText()).isEqualTo("算力 42\n2,4\n");
        assertThat(r.data().path("value").asText()).isEqualTo("done");
    }

    @Test
    void valuesWithoutJsonFormAreDescribed() {
        ToolResult nan = tool.invoke(args("0 / 0"));
        assertThat(nan.data().path("value").isNull()).isTrue();
        assertThat(nan.data().path("value_text").asText()).isEqualTo("NaN");
        assertThat(nan.figures()).isEmpty();
        ToolResult map = tool.invoke(args("new Map([['a', 1]])"));
        assertThat(map.data().path("value_type").asText()).isEqualTo("map");
        assertThat(map.data().path("value_text").asText()).contains("a");
        assertThat(tool.invoke(args("let x = 1")).data().path("value_type").asText()).isEqualTo("undefined");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "require('fs').readFileSync('/etc/passwd')  | require is not defined",
            "load('/etc/passwd')                        | not allowed",
            "Java.type('java.io.File')                  | Java is not defined",
            "Polyglot.import('x')                       | Polyglot is not defined",
            "fetch('http://example.com/')               | fetch is not defined",
            "new WebSocket('ws://example.com/')         | WebSocket is not defined",
            "new Worker('x.js')                         | Worker is not defined"})
    void whatTheSandboxLacksIsAClearErrorAndTheNextCallWorks(String code, String expected) {
        assertThatThrownBy(() -> tool.invoke(args(code))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
        assertWorks();
    }

    @Test
    void aModuleImportIsRejected() {
        ToolResult r = tool.invoke(args("import('fs')"));
        assertThat(r.data().path("value_type").asText()).isEqualTo("promise");
        assertThat(r.data().path("value_text").asText()).contains("rejected").contains("not allowed");
        assertWorks();
    }

    @Test
    void anEndlessLoopTimesOut() {
        assertThatThrownBy(() -> tool.invoke(args("while (true) {}").put("timeout_ms", 300)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timed out after 300 ms");
        assertWorks();
    }

    @Test
    void theStatementLimitStopsAProgram() {
        assertThatThrownBy(() -> sandbox.run("let i = 0; for (;;) i++", 5000, 100_000))
                .isInstanceOfSatisfying(CodeFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(Failure.STATEMENT_LIMIT);
                    assertThat(f.getMessage()).contains("statement limit reached");
                });
        assertWorks();
    }

    @Test
    void unboundedAllocationHitsTheMemoryLimitNotTheParent() {
        long before = Runtime.getRuntime().totalMemory();
        assertThatThrownBy(() -> tool.invoke(args("let a = []; for (;;) a.push(new Array(1e6).fill(1))")
                .put("timeout_ms", 10_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ran out of memory (limit 96 MB)");
        assertThat(Runtime.getRuntime().totalMemory() - before).isLessThan(64L << 20);
        assertWorks();  // a fresh worker
    }

    @Test
    void printingWithoutEndIsTruncatedAndStopped() {
        assertThatThrownBy(() -> tool.invoke(args("for (;;) console.log('x'.repeat(1e6))").put("timeout_ms", 800)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timed out after 800 ms")
                .hasMessageContaining("It printed before failing")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(4000));
        CodeRun run = sandbox.run("for (let i = 0; i < 100; i++) console.log('y'.repeat(10000)); 7", 5000);
        assertThat(run.stdout()).startsWith("yyyy").contains("… output truncated (");
        assertThat(run.stdout().length()).isLessThan(64 * 1024 + 100);
        assertThat(run.droppedBytes()).isGreaterThan(900_000);
        assertThat(run.number()).isEqualTo(7);
    }

    @Test
    void errorsSayTheLine() {
        assertThatThrownBy(() -> tool.invoke(args("let a = 1;\nlet b = 2;\nlet c = ;\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SyntaxError: ").hasMessageContaining("(line 3, column 9)");
        assertThatThrownBy(() -> tool.invoke(args("let x = null;\nconsole.log('before');\nx.foo")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TypeError").hasMessageContaining("(line 3)")
                .hasMessageContaining("It printed before failing:\nbefore");
        assertWorks();
    }

    @Test
    void requestsOverTheLimitsAreRefusedBeforeRunning() {
        assertThatThrownBy(() -> tool.invoke(args("1;".repeat(10_001))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the limit is 20000");
        assertThatThrownBy(() -> tool.invoke(args("1").put("timeout_ms", 60_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 50 and 10000");
        assertThatThrownBy(() -> tool.invoke(JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing code");
    }

    @Test
    void aKilledWorkerIsReplaced() {
        assertWorks();
        ProcessHandle worker = ProcessHandle.of(sandbox.workerPid().orElseThrow()).orElseThrow();
        worker.destroyForcibly();
        worker.onExit().join();
        CodeRun run;
        try {
            run = sandbox.run("3 * 3", 2000);
        } catch (CodeFailure f) {  // the death was seen only by this call: it says so, and the next one is served
            assertThat(f.kind()).isEqualTo(Failure.CRASH);
            run = sandbox.run("3 * 3", 2000);
        }
        assertThat(run.number()).isEqualTo(9);
        assertThat(sandbox.workerPid().orElseThrow()).isNotEqualTo(worker.pid());
    }

    @Test
    void theWorkerRunsWithoutNetworkAsNobodyWhenWeAreRoot() {
        ToolResult r = tool.invoke(args("1"));
        List<String> layers = new java.util.ArrayList<>();
        r.data().path("isolation").forEach(n -> layers.add(n.asText()));
        assertThat(layers).contains("graalvm-constrained", "statement-limit", "watchdog", "child-jvm");
        JsonNode hello = sandbox.workerHello().orElseThrow();
        if ("root".equals(System.getProperty("user.name"))) {
            assertThat(layers).contains("unshare-net", "setpriv-nobody", "prlimit");
            assertThat(hello.path("uid").asLong()).isEqualTo(65534);
            assertThat(hello.path("network_interfaces").toString()).isEqualTo("[\"lo\"]");
            assertThat(hello.path("limits").path("fsize").asText()).isEqualTo("0");
            assertThat(r.data().has("isolation_notes")).isFalse();
        } else {
            assertThat(r.data().path("isolation_notes").size() + layers.size()).isGreaterThan(4);
        }
    }

    @Test
    void theProviderRegistersRunCodeWithoutStartingAWorker() {
        ToolRegistry registry = ToolProvider.discover(new ToolRegistry(), ToolContext.defaults());
        assertThat(registry.find(ToolName.RUN_CODE.id())).isPresent();
        assertThat(registry.find(ToolName.RUN_CODE.id()).orElseThrow().parameters().path("required").toString())
                .isEqualTo("[\"code\"]");
    }

    private static void assertWorks() {
        assertThat(tool.invoke(args("2 * 21")).figures().getFirst().value()).isEqualTo(42);
    }

    private static ObjectNode args(String code) {
        return JsonNodeFactory.instance.objectNode().put("code", code);
    }
}
