package zhiti.app.econ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import zhiti.app.FigureText;
import zhiti.runtime.Json;
import zhiti.core.Figure;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.training.ClusterSizing;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.training.TrainingCompute;
import zhiti.econ.units.QuantityParser;

/** {@code zhiti econ train}: training compute (6ND) and, given hardware, the fleet for a deadline or the days. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Training compute C = 6·N·D, and the GPUs/servers for a deadline or the days for a fleet.",
                "Example: zhiti econ train --model GPT-3 --hardware \"DGX A100\" --days 7"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", description = "a catalog model (e.g. GPT-3); gives N and D unless overridden")
    String model;

    @Option(names = "--params", description = "parameters N, e.g. 175B, 1750亿, 1.75e11")
    String params;

    @Option(names = "--tokens", description = "training tokens D, e.g. 300B, 3000亿")
    String tokens;

    @Option(names = "--hardware", description = "accelerator or server from the catalog, e.g. A100, \"DGX H100\"")
    String hardware;

    @Option(names = "--days", description = "deadline in days: prints the GPUs and servers needed")
    Double days;

    @Option(names = "--gpus", description = "fleet size: prints the days needed")
    Long gpus;

    @Option(names = "--utilisation", defaultValue = "0.4",
            description = "share of dense peak sustained (MFU), 0-1; default ${DEFAULT-VALUE}")
    double utilisation;

    @Option(names = "--precision", defaultValue = "bf16", description = "fp32|tf32|bf16|fp16|fp8|int8; default ${DEFAULT-VALUE}")
    String precision;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        ModelCard card = model == null ? null : catalog.models().get(model);
        double n = params != null ? QuantityParser.parse(params) : card != null ? card.paramsPerToken() : Double.NaN;
        double d = tokens != null ? QuantityParser.parse(tokens)
                : card != null && card.trainingTokens().isPresent() ? card.trainingTokens().getAsDouble() : Double.NaN;
        if (Double.isNaN(n) || Double.isNaN(d)) {
            throw new IllegalArgumentException("need N and D: give --params and --tokens, or a --model whose "
                    + "catalog row has both (known: " + catalog.models().all().stream().map(ModelCard::name).toList() + ")");
        }
        String source = card != null && params == null && tokens == null ? card.source() : "user input";
        List<Figure> figures = new ArrayList<>();
        Figure compute = TrainingCompute.dense(n, d, source);
        figures.add(compute);
        if (hardware != null) {
            Hardware hw = catalog.hardware(hardware);
            Precision p = Precision.parse(precision);
            if (days != null && gpus != null) {
                throw new IllegalArgumentException("give either --days (to size the fleet) or --gpus (to get the days), not both");
            }
            if (gpus != null) {
                figures.addAll(ClusterSizing.daysFor(compute.value(), hw, p, utilisation, gpus).figures());
            } else if (days != null) {
                figures.addAll(ClusterSizing.forDeadline(compute.value(), hw, p, utilisation, days).figures());
            } else {
                throw new IllegalArgumentException("with --hardware, give --days (fleet for a deadline) or --gpus (days for a fleet)");
            }
        }
        if (json) {
            Json.print(spec.commandLine().getOut(), Map.of("figures", Json.figures(figures)));
        } else {
            FigureText.print(spec.commandLine().getOut(), figures);
        }
        return 0;
    }
}
