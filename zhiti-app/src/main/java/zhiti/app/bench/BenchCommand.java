package zhiti.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import zhiti.app.ZhitiCommand;

/** {@code zhiti bench …}: benchmarks that print their numbers, so README claims can be re-measured. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print numbers (use --json for scripts).",
        subcommands = {BenchAuditCommand.class, BenchEconCommand.class, BenchMemoryCommand.class, BenchIngestCommand.class,
                BenchLocomoCommand.class, BenchBrainCommand.class, BenchServerCommand.class, BenchSandboxCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The root command, whose environment says where the user's home (and its router cache) is. */
    @CommandLine.ParentCommand
    ZhitiCommand root;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
