package zhiti.tools.code;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures the code sandbox on this machine with a private sandbox of the default configuration: the first call
 * (worker JVM start, jar copies, engine warm-up), warm calls of a trivial program, and the time from killing an idle
 * worker to the next answer (the fresh worker starts in the background; the call waits for it). Goal: warm ≤ 50 ms.
 * {@code zhiti bench sandbox} runs it; never a test.
 */
public final class SandboxBench {

    private static final String TRIVIAL = "1+1";

    private SandboxBench() {
    }

    public static Map<String, Object> run(int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1, got " + calls);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try (JsSandbox sandbox = new JsSandbox(SandboxConfig.defaults())) {
            long t0 = System.nanoTime();
            sandbox.run(TRIVIAL, 2000);
            out.put("cold_ms", ms(t0));

            double[] warm = new double[calls];
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                sandbox.run(TRIVIAL, 2000);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            out.put("calls", calls);
            out.put("warm_p50_ms", round(percentile(warm, 0.50)));
            out.put("warm_p99_ms", round(percentile(warm, 0.99)));
            out.put("warm_max_ms", round(warm[warm.length - 1]));
            out.put("warm_goal_ms", 50);

            // a worker that dies while idle (the OOM killer, a kill): the next call waits for the fresh one
            ProcessHandle killed = ProcessHandle.of(sandbox.workerPid().orElseThrow()).orElseThrow();
            long t1 = System.nanoTime();
            killed.destroyForcibly();
            killed.onExit().join();
            String afterKill;
            try {
                sandbox.run(TRIVIAL, 2000);
                afterKill = "answered";
            } catch (CodeFailure f) {  // the death was not yet seen: this call reports it, the next one is served
                afterKill = f.kind().name();
                sandbox.run(TRIVIAL, 2000);
            }
            out.put("recover_ms", ms(t1));
            out.put("first_call_after_kill", afterKill);
            out.put("isolation", sandbox.isolation());
            out.put("isolation_notes", sandbox.isolationNotes());
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(run(calls)));
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
