package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;

/**
 * The child JVM's main: one warm GraalVM JS engine, one JSON request per stdin line, one JSON reply per stdout
 * line. It announces itself with a hello line saying what it can see of its own confinement (its uid, its network
 * interfaces, its rlimits), so the parent reports observed isolation, not intended isolation. Stdin closing (the
 * parent gone) ends it. Depends only on the JDK, GraalVM polyglot and Jackson: those are all the child has.
 */
public final class SandboxWorker {

    private SandboxWorker() {
    }

    public static void main(String[] args) throws IOException {
        // the protocol owns fd 1; anything else printing (a library warning) goes to stderr
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        Engine engine = Engine.newBuilder("js").sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false").build();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-watchdog");
            t.setDaemon(true);
            return t;
        });
        JsEvaluation evaluation = new JsEvaluation(engine, watchdog, json);
        // the first context of an engine costs most of a second: pay it before saying ready
        evaluation.run("console.log(JSON.stringify({a: [1, 'b']})); Math.pow(1.5, 2) + 'x'.length", 30_000,
                1_000_000, 1024);
        ObjectNode hello = json.createObjectNode().put(WorkerProtocol.HELLO, true).put(WorkerProtocol.UID, uid())
                .put(WorkerProtocol.WARM_MS, (System.nanoTime() - start) / 1_000_000);
        networkInterfaces().forEach(hello.putArray(WorkerProtocol.NETWORK_INTERFACES)::add);
        hello.set(WorkerProtocol.LIMITS, limits(json));
        send(protocol, json, hello);

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request = json.readTree(line);
            ObjectNode reply = evaluation.run(request.path(WorkerProtocol.CODE).asText(""),
                    request.path(WorkerProtocol.TIMEOUT_MS).asLong(2000),
                    request.path(WorkerProtocol.STATEMENT_LIMIT).asLong(10_000_000),
                    request.path(WorkerProtocol.OUTPUT_CAP).asInt(64 * 1024));
            reply.put(WorkerProtocol.ID, request.path(WorkerProtocol.ID).asLong());
            send(protocol, json, reply);
        }
        System.exit(0);  // parent gone
    }

    private static void send(PrintStream protocol, ObjectMapper json, JsonNode message) throws IOException {
        protocol.print(json.writeValueAsString(message));  // Jackson escapes newlines: one message, one line
        protocol.print('\n');
        protocol.flush();
    }

    /** The real uid, from /proc (-1 when unreadable). */
    private static long uid() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("Uid:")) {
                    return Long.parseLong(l.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return -1;
    }

    /** Every interface of this network namespace, up or down, from the kernel's table (JDK lists only configured ones). */
    private static List<String> networkInterfaces() {
        try {
            return Files.readAllLines(Path.of("/proc/self/net/dev")).stream().filter(l -> l.contains(":"))
                    .map(l -> l.substring(0, l.indexOf(':')).trim()).toList();
        } catch (IOException e) {
            return List.of("unknown: " + e.getMessage());
        }
    }

    /** The three rlimits the parent sets, as the kernel reports them ("unlimited" or a number). */
    private static ObjectNode limits(ObjectMapper json) {
        ObjectNode limits = json.createObjectNode();
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/limits"))) {
                String[] cols = l.trim().split("\\s{2,}");
                if (cols.length >= 2) {
                    switch (cols[0]) {
                        case "Max address space" -> limits.put("as", cols[1]);
                        case "Max processes" -> limits.put("nproc", cols[1]);
                        case "Max file size" -> limits.put("fsize", cols[1]);
                        default -> { }
                    }
                }
            }
        } catch (IOException e) {
            limits.put("error", e.getMessage());
        }
        return limits;
    }
}
