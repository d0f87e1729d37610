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
import zhiti.econ.scaling.ScalingLaw;

/** {@code zhiti econ scaling}: compute-optimal N and D for a budget, predicted loss, and compute extrapolation. */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = {"Compute-optimal N and D for a budget (default: Chinchilla's 20 tokens per parameter, with the "
                + "approach-3 fit and the Besiroglu 2024 refit beside it), the predicted loss of N and D, and compute "
                + "growing k orders of magnitude a year.",
                "Example: zhiti econ scaling --compute 1e25 --law besiroglu2024 --approach 1 --kaplan"})
public final class ScalingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--compute", description = "training budget in FLOP, e.g. 1e25")
    String compute;

    @Option(names = {"--law", "--fit"}, defaultValue = "chinchilla", description = "chinchilla (20 tokens per "
            + "parameter; losses from the approach-3 fit), chinchilla_approach3, chinchilla_approach3_unrounded, "
            + "besiroglu2024 (epoch) or kaplan; default ${DEFAULT-VALUE}")
    String law;

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
        ScalingLaw l = ScalingLaw.parse(law);
        List<Figure> out = new ArrayList<>();
        if (params != null || tokens != null) {
            EconOutput.require(params, "--tokens needs --params too");
            EconOutput.require(tokens, "--params needs --tokens too");
            double n = EconOutput.number("--params", params);
            double d = EconOutput.number("--tokens", tokens);
            out.add(l.loss(n, d));
            for (ScalingLaw alt : l.alternatives()) {
                if (!alt.lossFitId().equals(l.lossFitId())) {
                    out.add(alternative(alt.loss(n, d)));
                }
            }
            if (kaplan && l != ScalingLaw.KAPLAN) {
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
            List<Figure> opt = l.optimal(c);
            out.addAll(opt);
            out.add(l.loss(opt.get(0).value(), opt.get(1).value()));
            for (ScalingLaw alt : l.alternatives()) {
                alt.optimal(c).forEach(f -> out.add(alternative(f)));
            }
            if (approach != null) {
                out.addAll(Chinchilla.byApproach(Chinchilla.Approach.parse(approach), c));
            }
            if (kaplan && l != ScalingLaw.KAPLAN) {
                out.addAll(Kaplan.computeEfficient(c, Kaplan.N_AT_ONE_PF_DAY));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("give --compute FLOP (optimal N and D) and/or --params with --tokens (loss)");
        }
        EconOutput.print(spec, json, out, Map.of("law", l.id(), "law_label", l.label(), "loss_fit", l.lossFitId(),
                "optimal_n_exponent", nExponent(l)));
        return 0;
    }

    /** How N_opt grows with C: N ∝ C^a. */
    private static double nExponent(ScalingLaw l) {
        return switch (l) {
            case CHINCHILLA -> 0.5;
            case KAPLAN -> Kaplan.N_EXPONENT;
            default -> l.lossFit().nExponent();
        };
    }

    private static Figure alternative(Figure f) {
        return new Figure("alternative: " + f.name(), f.value(), f.unit(), f.formula(), f.inputs(), f.source());
    }
}
