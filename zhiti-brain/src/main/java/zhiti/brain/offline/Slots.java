package zhiti.brain.offline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import zhiti.econ.Precision;

/**
 * What a question names and quantifies, read before any intent is chosen: catalog models and hardware, series,
 * parameters, tokens, deadlines, fleet sizes, utilisation, precision, prices, compute. Empty slots are filled
 * later with stated defaults, or asked for.
 *
 * @param models   catalog model names, in order of mention
 * @param hardware catalog accelerators or server systems, in order of mention
 * @param series   catalog time series named in the question
 * @param days     deadline in days
 * @param gpus     fleet size in accelerators (servers already multiplied out)
 */
public record Slots(List<String> models, OptionalDouble params, OptionalDouble tokens, List<String> hardware,
                    List<String> series, OptionalDouble days, OptionalLong gpus, OptionalDouble utilisation,
                    Optional<Precision> precision, OptionalDouble usdPerGpuHour, OptionalDouble computeFlop,
                    Serving serving, List<Integer> years) {

    public Slots {
        models = List.copyOf(models);
        hardware = List.copyOf(hardware);
        series = List.copyOf(series);
        years = List.copyOf(years);
    }

    /** Quantities of a serving question: context length, batch, traffic. */
    public record Serving(OptionalLong seqLen, OptionalLong batch, OptionalDouble dailyVisits,
                          OptionalDouble queriesPerVisit, OptionalDouble tokensPerQuery) {
        public static final Serving NONE = new Serving(OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    public Optional<String> model() {
        return models.stream().findFirst();
    }

    /** Something to train: a catalog model or a parameter count. */
    public boolean namesAModel() {
        return !models.isEmpty() || params.isPresent();
    }
}
