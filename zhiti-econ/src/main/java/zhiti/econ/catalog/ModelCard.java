package zhiti.econ.catalog;

import java.util.List;
import java.util.OptionalDouble;

/** A published model: parameter count (total and, for MoE, active), training tokens, release date, source. */
public record ModelCard(String name, List<String> aliases, double params, OptionalDouble activeParams,
                        OptionalDouble trainingTokens, String released, String source) {

    public ModelCard {
        aliases = List.copyOf(aliases);
    }

    /** Parameters that do work per token: the active ones for a mixture of experts, else all of them. */
    public double paramsPerToken() {
        return activeParams.orElse(params);
    }
}
