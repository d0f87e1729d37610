package zhiti.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zhiti.app.ZhitiCommand;
import zhiti.runtime.Json;
import zhiti.runtime.RunEvent;
import zhiti.runtime.Workspace;
import zhiti.runtime.Zhiti;
import zhiti.server.ApiKeys;
import zhiti.server.ZhitiServer;

/**
 * {@code zhiti bench server}: a real server on 127.0.0.1 (temporary home, offline brain) and N clients that each
 * start a run and read its events to the end, all at once. Reports errors, time to the first event and to the
 * answer, and runs per second. Everything stays on the loopback interface and stops by itself.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Concurrent runs against a local zhiti serve (127.0.0.1, temporary home, offline brain):",
                "errors, time to first event, latency p50/p99 and runs/s."})
public final class BenchServerCommand implements Callable<Integer> {

    /** Questions of the kinds users ask, so the load is the brain's real work, not one cached path. */
    static final List<String> QUESTIONS = List.of(
            "How many days to train a 70B model on 2T tokens with 1024 H100 at 40% MFU?",
            "按 7.2 的汇率，460 万美元是多少人民币？",
            "How many H20 match the dense BF16 compute of 100 H100?",
            "GPT-3 用了 3.14e23 FLOP，2023 年最大的训练约 2.1e25 FLOP，年均增长多少？",
            "What does it cost to rent 512 H100 for 30 days at $2.50 per GPU-hour?",
            "Compute-optimal model size under Chinchilla for 1e24 FLOP?",
            "Energy for 1000 GPUs at 700 W for 30 days with PUE 1.2?",
            "一个 70B 模型在 H100 上单卡解码每秒多少 token（带宽受限，BF16 权重）？",
            "If prices fall 30% a year, what is left after 5 years?",
            "What is the H100's dense BF16 peak?");

    @Spec
    CommandSpec spec;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--runs", defaultValue = "100", description = "runs to start; default ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--concurrency", defaultValue = "100", description = "clients at once; default ${DEFAULT-VALUE}")
    int concurrency;

    @Option(names = "--workers", description = "server worker threads; default: the server's (cores, at least 2)")
    Integer workers;

    @Option(names = "--warmup", defaultValue = "300",
            description = "runs before the measured ones, at the same concurrency, so the JIT has compiled the hot paths; default ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    /** postMs: POST sent to its 202; ttfeMs: the 202 to the first event of the stream; latencyMs: POST to answer. */
    private record Result(boolean ok, double postMs, double ttfeMs, double latencyMs, String error) {
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || concurrency < 1) throw new IllegalArgumentException("--runs and --concurrency must be at least 1");
        if (warmup < 0) throw new IllegalArgumentException("--warmup must be 0 or more");
        if (workers != null && workers < 1) throw new IllegalArgumentException("--workers must be at least 1");
        Path tmp = Files.createTempDirectory("zhiti-bench-server");
        String key = "bench-" + Long.toHexString(System.nanoTime()) + "-key-0123456789";
        Zhiti.Options o = Zhiti.Options.defaults().withOffline(true);
        o = o.withLimits(workers != null ? workers : o.workers(), Math.max(Math.max(runs, warmup), concurrency));
        Workspace ws = Workspace.isolated(tmp.resolve("home"), tmp.resolve("store"),
                Workspace.homeOf(bench.root.env()).resolve("cache"));
        PrintWriter err = spec.commandLine().getErr();
        try (Zhiti zhiti = Zhiti.open(ws, o)) {
            err.println("bench server: warming up (the router trains once per home cache) …");
            err.flush();
            zhiti.warmUp();
            ZhitiServer server = new ZhitiServer(zhiti, ApiKeys.of(key), ZhitiServer.Limits.defaults()).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                connect(http, base); // one open connection per client, as browsers keep theirs
                if (warmup > 0) {
                    err.println("bench server: " + warmup + " warm-up runs …");
                    err.flush();
                    runAll(http, base, key, warmup, -warmup); // not measured; their questions differ from the measured ones
                }
                long t0 = System.nanoTime();
                List<Result> results = runAll(http, base, key, runs, 0);
                double wallS = (System.nanoTime() - t0) / 1e9;
                report(results, wallS, o.workers());
            } finally {
                server.stop(Duration.ofSeconds(5));
            }
        } finally {
            BenchBrainCommand.delete(tmp);
        }
        return ZhitiCommand.OK;
    }

    private List<Result> runAll(HttpClient http, String base, String key, int count, int first) throws Exception {
        List<Result> out = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newFixedThreadPool(concurrency, Thread.ofVirtual().factory())) {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = first + i;
                fs.add(clients.submit(() -> out.add(one(http, base, key, question(n)))));
            }
            for (Future<?> f : fs) f.get();
        }
        return out;
    }

    private void connect(HttpClient http, String base) throws Exception {
        try (ExecutorService clients = Executors.newFixedThreadPool(concurrency, Thread.ofVirtual().factory())) {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                fs.add(clients.submit(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                        HttpResponse.BodyHandlers.discarding())));
            }
            for (Future<?> f : fs) f.get();
        }
    }

    /**
     * Run n's question: one of the kinds above with its first number raised by n ÷ kinds, so no two runs ask the
     * same thing and no cache answers for the brain.
     */
    static String question(int n) {
        String q = QUESTIONS.get(Math.floorMod(n, QUESTIONS.size()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(q);
        if (!m.find()) return q;
        long shift = Math.floorDiv(n, QUESTIONS.size()) + (n < 0 ? 100_000 : 0);
        return q.substring(0, m.start()) + (Long.parseLong(m.group()) + shift) + q.substring(m.end());
    }

    /** One client: POST the question, then read the event stream to the finished event. */
    private static Result one(HttpClient http, String base, String key, String question) {
        long t0 = System.nanoTime();
        try {
            String body = Json.MAPPER.writeValueAsString(Map.of("question", question));
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) return new Result(false, 0, 0, 0, "POST " + started.statusCode() + ": " + started.body());
            String id = Json.MAPPER.readTree(started.body()).get("id").asText();
            long accepted = System.nanoTime();
            HttpResponse<InputStream> events = http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/events"))
                    .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            double ttfe = -1;
            String status = null;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String l; (l = in.readLine()) != null; ) {
                    if (l.startsWith("event: ")) {
                        event = l.substring(7);
                        if (ttfe < 0) ttfe = (System.nanoTime() - accepted) / 1e6;
                    } else if (l.startsWith("data: ") && RunEvent.FINISHED.equals(event)) {
                        status = Json.MAPPER.readTree(l.substring(6)).at("/answer/status").asText();
                        break;
                    }
                }
            }
            double latency = (System.nanoTime() - t0) / 1e6;
            if (status == null) return new Result(false, 0, ttfe, latency, "the stream ended without a finished event");
            double post = (accepted - t0) / 1e6;
            return status.equals("finished") ? new Result(true, post, ttfe, latency, null)
                    : new Result(false, post, ttfe, latency, "run ended " + status + ": " + question);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return new Result(false, 0, 0, (System.nanoTime() - t0) / 1e6, e.toString());
        }
    }

    private void report(List<Result> results, double wallS, int workerThreads) {
        List<Double> ttfe = results.stream().filter(r -> r.ttfeMs >= 0 && r.error == null).map(Result::ttfeMs).sorted().toList();
        List<Double> post = results.stream().filter(r -> r.error == null).map(Result::postMs).sorted().toList();
        List<Double> lat = results.stream().filter(Result::ok).map(Result::latencyMs).sorted().toList();
        List<String> errors = results.stream().filter(r -> !r.ok).map(Result::error).toList();
        Map<String, Object> m = RunEvent.map("runs", results.size(), "concurrency", concurrency, "server_workers", workerThreads,
                "cores", Runtime.getRuntime().availableProcessors(), "errors", errors.size(),
                "error_examples", errors.stream().distinct().limit(5).toList(),
                "post_ms", percentiles(post), "time_to_first_event_ms", percentiles(ttfe), "latency_ms", percentiles(lat),
                "runs_per_s", Math.round(results.size() / wallS * 10) / 10.0, "wall_s", Math.round(wallS * 100) / 100.0,
                "warmup_runs", warmup, "questions", QUESTIONS.size(), "brain", "offline", "address", "127.0.0.1");
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, m);
            return;
        }
        out.printf("%d runs, %d clients at once, %d server workers on %d cores: %d errors%n", results.size(), concurrency,
                workerThreads, Runtime.getRuntime().availableProcessors(), errors.size());
        out.printf("POST to 202          %s%n202 to first event   %s%nPOST to answer       %s%nthroughput           %.1f runs/s (%.2f s)%n",
                percentiles(post), percentiles(ttfe), percentiles(lat), results.size() / wallS, wallS);
        errors.stream().distinct().limit(5).forEach(e -> out.println("  error: " + e));
        out.flush();
    }

    private static Map<String, Object> percentiles(List<Double> sorted) {
        if (sorted.isEmpty()) return Map.of();
        return RunEvent.map("p50", round(at(sorted, 0.50)), "p90", round(at(sorted, 0.90)), "p99", round(at(sorted, 0.99)),
                "max", round(sorted.get(sorted.size() - 1)));
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
