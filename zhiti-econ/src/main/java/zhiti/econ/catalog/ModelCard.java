package zhiti.econ.catalog;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A published model, or one estimate of it: parameter count (total and, for MoE, active), shape, training tokens,
 * release date, source. Several rows may estimate the same model ({@link #estimateOf()}); one of them is primary.
 *
 * @param estimateOf the model this row estimates (its own name when there is only one estimate)
 * @param primary    whether this is the estimate {@code get(name)} returns
 */
public record ModelCard(String name, List<String> aliases, double params, OptionalDouble activeParams,
                        OptionalDouble trainingTokens, String released, String source, Shape shape, String arch,
                        String estimateOf, boolean primary, String notes) {

    public ModelCard {
        aliases = List.copyOf(aliases);
        shape = shape == null ? Shape.UNKNOWN : shape;
        arch = arch == null ? "" : arch;
        estimateOf = estimateOf == null || estimateOf.isBlank() ? name : estimateOf;
        notes = notes == null ? "" : notes;
        if (!(params > 0)) {
            throw new IllegalArgumentException(name + ": params must be positive, got " + params);
        }
        if (activeParams.isPresent() && activeParams.getAsDouble() > params) {
            throw new IllegalArgumentException(name + ": active params " + activeParams.getAsDouble()
                    + " exceed total params " + params);
        }
    }

    /** The original shape of the record: a single, primary estimate with unknown layer shape. */
    public ModelCard(String name, List<String> aliases, double params, OptionalDouble activeParams,
                     OptionalDouble trainingTokens, String released, String source) {
        this(name, aliases, params, activeParams, trainingTokens, released, source, Shape.UNKNOWN, "", name, true, "");
    }

    /**
     * Transformer shape; empty where the source does not say.
     *
     * @param kvHeads         key/value heads (fewer than heads under grouped- or multi-query attention); empty if unknown
     * @param experts         routed experts per MoE layer
     * @param expertsPerToken routed experts active per token
     */
    public record Shape(OptionalInt layers, OptionalInt hidden, OptionalInt heads, OptionalInt kvHeads,
                        OptionalInt vocab, OptionalInt seqLen, OptionalInt experts, OptionalInt expertsPerToken) {
        public static final Shape UNKNOWN = new Shape(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    /** Parameters that do work per token: the active ones for a mixture of experts, else all of them. */
    public double paramsPerToken() {
        return activeParams.orElse(params);
    }

    public boolean isMixtureOfExperts() {
        return activeParams.isPresent() && activeParams.getAsDouble() < params;
    }
}
