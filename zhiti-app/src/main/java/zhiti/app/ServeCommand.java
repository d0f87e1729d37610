package zhiti.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import zhiti.runtime.Zhiti;
import zhiti.server.ApiKeys;
import zhiti.server.ZhitiServer;

/** {@code zhiti serve}: the HTTP API, the OpenAI-compatible endpoint and the web UI, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI at /, the REST + SSE API under /api and an OpenAI-compatible API under /v1.",
                "Every route but /api/health and the UI files needs an API key (Authorization: Bearer KEY): keys from",
                "ZHITI_API_KEYS or $ZHITI_HOME/api-keys; on first start one is generated and printed."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    ZhitiCommand root;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to bind; default ${DEFAULT-VALUE} (this machine only). 0.0.0.0 exposes it to the network")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port; 0 picks a free one; default ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--offline", description = "use the offline brain even when an LLM is configured")
    boolean offline;

    @Option(names = "--workers", description = "questions answered at once (the rest queue); default: the number of cores, at least 2")
    Integer workers;

    @Option(names = "--max-runs-per-key", defaultValue = "32", description = "runs one API key may have going at once; default ${DEFAULT-VALUE}")
    int maxRunsPerKey;

    @Option(names = "--max-upload-mb", defaultValue = "64", description = "largest document upload; default ${DEFAULT-VALUE}")
    int maxUploadMb;

    @Option(names = "--store", description = "knowledge-base directory (default $ZHITI_HOME/store)")
    Path store;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0-65535, got " + port);
        if (maxRunsPerKey < 1) throw new IllegalArgumentException("--max-runs-per-key must be at least 1, got " + maxRunsPerKey);
        if (maxUploadMb < 1) throw new IllegalArgumentException("--max-upload-mb must be at least 1, got " + maxUploadMb);
        if (workers != null && workers < 1) throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
        PrintWriter out = spec.commandLine().getOut();
        Zhiti.Options o = Zhiti.Options.defaults().withEnv(root.env()).withStore(store).withOffline(offline);
        o = o.withLimits(workers != null ? workers : o.workers(), maxRunsPerKey);
        Zhiti zhiti = Zhiti.open(o);
        zhiti.workspace().purpose("zhiti serve on http://" + host + ":" + port + "/");
        ApiKeys keys;
        try {
            keys = ApiKeys.load(root.env(), zhiti.workspace().home().resolve("api-keys"));
        } catch (IllegalArgumentException e) {
            zhiti.close();
            throw e;
        }
        zhiti.warmUp();
        ZhitiServer server = new ZhitiServer(zhiti, keys, new ZhitiServer.Limits(1L << 20, (long) maxUploadMb << 20));
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            zhiti.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + rootCause(e)
                    + "); choose another --port, or stop the process that uses it");
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
        out.println("Zhiti serving " + url + "  (" + zhiti.brainName() + " brain; web UI at /, API at /api, OpenAI API at /v1)");
        keys.generated().ifPresentOrElse(
                k -> out.println("API key (generated, kept in " + keys.origin() + "): " + k),
                () -> out.println("API keys from " + keys.origin()));
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("warning: bound to " + host + ": other machines can reach this server (they still need a key)");
        }
        out.println("Ctrl-C stops it (runs going are given 10 s to finish).");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(Duration.ofSeconds(10));
            zhiti.close();
            stopped.countDown();
        }, "zhiti-shutdown"));
        stopped.await();
        return ZhitiCommand.OK;
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
