package zhiti.tools.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a worker is started: the same java binary as this process, the readable copies of the jars
 * ({@link ChildClasspath}), the OS layers that work here ({@link Isolation}), and JVM flags for a small, quiet
 * child with few threads. Worked out once, on the background thread that starts the first worker.
 */
final class WorkerLauncher {

    /** Room in the address space for what the JVM maps besides the heap (metaspace, code cache, thread stacks). */
    private static final long NON_HEAP_MB = 1280;

    private final SandboxConfig config;
    private final ChildClasspath.Prepared classpath;
    private final Isolation isolation;
    private final List<String> command;

    private WorkerLauncher(SandboxConfig config) {
        this.config = config;
        this.classpath = ChildClasspath.prepare();
        Path java = javaBinary();
        this.isolation = Isolation.probe(java, classpath.directory(), (config.memoryMb() + NON_HEAP_MB) << 20);
        List<String> c = new ArrayList<>(isolation.prefix());
        c.add(java.toString());
        c.addAll(List.of(
                "-Xmx" + config.memoryMb() + "m", "-Xss2m",
                // few threads (one GC thread, two compiler threads); C2 stays on: with C1 alone Truffle's
                // interpreter ran builtins such as Array.fill 5-10 times slower
                "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=2",
                "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=256m",
                // no perf-data file, no attach socket, no core; a crash report goes to stderr (fsize=0 forbids files)
                "-XX:-UsePerfData", "-XX:+DisableAttachMechanism", "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=/dev/stderr",
                // Truffle would unpack its attach library under $HOME: there is no optimizing compiler to attach
                // anyway, so it is told where nothing can be written and to stay quiet about it
                "-Dpolyglot.engine.userResourceCache=/nonexistent/zhiti-truffle",
                "-Dpolyglotimpl.AttachLibraryFailureAction=ignore",
                "--sun-misc-unsafe-memory-access=allow", "--illegal-native-access=deny",
                "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=/nonexistent",
                "-cp", classpath.classPath(), SandboxWorker.class.getName()));
        this.command = List.copyOf(c);
    }

    static WorkerLauncher prepare(SandboxConfig config) {
        return new WorkerLauncher(config);
    }

    WorkerProcess start(ObjectMapper json) throws IOException {
        return WorkerProcess.start(command, classpath.directory(), json, config.startTimeout());
    }

    Isolation isolation() {
        return isolation;
    }

    List<String> command() {
        return command;
    }

    /**
     * The layers that held, checked against the worker's own report: "setpriv-nobody" only if it runs as uid
     * 65534, a network namespace only if it sees no interface but loopback.
     */
    List<String> confirmedLayers(JsonNode hello) {
        List<String> layers = new ArrayList<>(List.of("graalvm-constrained", "statement-limit", "watchdog",
                "child-jvm"));
        for (String layer : isolation.layers()) {
            boolean holds = switch (layer) {
                case Isolation.NOBODY -> hello.path(WorkerProtocol.UID).asText().equals(Isolation.NOBODY_ID);
                case Isolation.NET, Isolation.NET_USERNS -> onlyLoopback(hello.path(WorkerProtocol.NETWORK_INTERFACES));
                case Isolation.RLIMITS -> hello.path(WorkerProtocol.LIMITS).path("fsize").asText().equals("0");
                default -> true;
            };
            if (holds) {
                layers.add(layer);
            }
        }
        return List.copyOf(layers);
    }

    private static boolean onlyLoopback(JsonNode interfaces) {
        for (JsonNode n : interfaces) {
            if (!n.asText().startsWith("lo")) {
                return false;
            }
        }
        return true;
    }

    /** The binary of this very JVM, so the child has the same version and no PATH lookup is involved. */
    private static Path javaBinary() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}
