package zhiti.app.econ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zhiti.core.Figure;
import zhiti.econ.scaling.Chinchilla;
import zhiti.econ.scaling.ComputeExtrapolation;
import zhiti.econ.scaling.Kaplan;

/** {@code zhiti econ scaling}: compute-optimal N and D for a budget, predicted loss, and compute extrapolation. */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = {"Chinchilla (parametric fit or Approach 1/2/3) and Kaplan allocations for a compute budget, "
                + "the predicted loss of N and D, and compute growing k orders of magnitude a year.",
                "Example: zhiti econ scaling --compute 1e25 --fit epoch --approach 1 --kaplan"})
public final class ScalingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--compute", description = "training budget in FLOP, e.g. 1e25")
    String compute;

    @Option(names = "--fit", defaultValue = "hoffmann", description = "loss fit: hoffmann (rounded), unrounded, epoch (Besiroglu 2024); default ${DEFAULT-VALUE}")
    String fit;

    @Option(names = "--approach", description = "also the Chinchilla Approach 1, 2 or 3 allocation (anchored at Chinchilla 70B/1.4T)")
    String approach;

    @Option(names = "--kaplan", description = "also the Kaplan 2020 compute-efficient allocation")
    boolean kaplan;

    @Option(names = "--params", description = "with --tokens: predicted loss of this model, e.g. 70B")
    String params;

    @Option(names = "--tokens", description = "with --params: training tokens, e.g. 1.4T")
    String tokens;

    @Option(names = "--orders-per-year", description = "extrapolate --compute (at --from-year) by k orders of magnitude a year to --to-year")
    Double ordersPerYear;

    @Option(names = "--from-year", description = "year of --compute for extrapolation")
    Double fromYear;

    @Option(names = "--to-year", description = "year to extrapolate to")
    Double toYear;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Chinchilla.LossFit f = Chinchilla.fit(fit);
        List<Figure> out = new ArrayList<>();
        if (params != null || tokens != null) {
            EconOutput.require(params, "--tokens needs --params too");
            EconOutput.require(tokens, "--params needs --tokens too");
            double n = EconOutput.number("--params", params);
            double d = EconOutput.number("--tokens", tokens);
            out.add(Chinchilla.loss(f, n, d));
            if (kaplan) {
                out.add(Kaplan.loss(n, d));
            }
        }
        if (compute != null) {
            double c = EconOutput.number("--compute", compute);
            if (ordersPerYear != null) {
                EconOutput.require(fromYear, "--orders-per-year needs --from-year (the year of --compute)");
                EconOutput.require(toYear, "--orders-per-year needs --to-year");
                Figure future = ComputeExtrapolation.computeAt(c, fromYear, ordersPerYear, toYear, "user input");
                out.add(future);
                c = future.value();
            }
            out.addAll(Chinchilla.optimal(f, c));
            if (approach != null) {
                out.addAll(Chinchilla.byApproach(Chinchilla.Approach.parse(approach), c));
            }
            if (kaplan) {
                out.addAll(Kaplan.computeEfficient(c, Kaplan.N_AT_ONE_PF_DAY));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("give --compute FLOP (optimal N and D) and/or --params with --tokens (loss)");
        }
        EconOutput.print(spec, json, out, Map.of("fit", f.name(), "optimal_n_exponent", f.nExponent()));
        return 0;
    }
}
