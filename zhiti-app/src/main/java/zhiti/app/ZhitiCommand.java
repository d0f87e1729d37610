package zhiti.app;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zhiti.app.bench.BenchCommand;
import zhiti.app.econ.EconCommand;

/** The {@code zhiti} command line: subcommands mirror the domain; exit 0 ok, 2 bad input, 1 internal error. */
@Command(name = "zhiti", mixinStandardHelpOptions = true, version = "zhiti 0.1.0",
        description = {"Zhiti (智体): an AI agent for AI-industry analysis.",
                "Every number it answers with carries its formula, inputs and source."},
        subcommands = {AskCommand.class, AuditCommand.class, ChatCommand.class, DemoCommand.class, IngestCommand.class, SearchCommand.class, ServeCommand.class, McpCommand.class, RunsCommand.class, EconCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class ZhitiCommand implements Runnable {

    /** Lucene reports its SIMD setup through java.util.logging at INFO; held here so the level is not lost to GC. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;
    private final java.io.InputStream stdin;

    ZhitiCommand(Map<String, String> env, java.io.InputStream stdin) {
        this.env = Map.copyOf(env);
        this.stdin = stdin;
    }

    /** Where interactive commands read lines: the process's standard input, or what a test hands in. */
    java.io.InputStream stdin() {
        return stdin;
    }

    /** The environment the command runs in: the process's, or the one a test hands in. */
    public Map<String, String> env() {
        return env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, System.in);
    }

    public static CommandLine commandLine(Map<String, String> env, java.io.InputStream stdin) {
        CommandLine cl = new CommandLine(new ZhitiCommand(env, stdin));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof IllegalArgumentException) {
                err.println("zhiti: " + ex.getMessage());
                err.println("(run `" + line.getCommandSpec().qualifiedName() + " --help` for the options)");
                return BAD_INPUT;
            }
            err.println("zhiti: internal error: " + ex);
            if (System.getenv("ZHITI_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("(set ZHITI_DEBUG=1 for the stack trace)");
            }
            return INTERNAL_ERROR;
        });
        return cl;
    }
}
