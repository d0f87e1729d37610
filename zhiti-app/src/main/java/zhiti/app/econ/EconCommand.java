package zhiti.app.econ;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhiti econ …}: the compute-economics calculators, usable without the agent. */
@Command(name = "econ", mixinStandardHelpOptions = true,
        description = "AI compute economics: each calculator prints figures with formula, inputs and source.",
        subcommands = {TrainCommand.class, InferCommand.class, CostCommand.class, ChipCommand.class,
                TrendCommand.class, FitCommand.class, ScalingCommand.class, PlanCommand.class, SearchCommand.class,
                ValidateCommand.class, CatalogCommand.class})
public final class EconCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
