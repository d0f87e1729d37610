package zhiti.brain.route;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import zhiti.agent.Quantity;

/**
 * The router's labels (the first column of intents/examples.tsv), and what each means once quantity questions
 * are planned over typed tools: a calculator intent only says which quantities a question most likely asks when
 * its own words do not say; knowledge, memory, out-of-scope and clarification are routes of their own.
 */
public enum Intent {
    TRAINING_COMPUTE("training_compute", Quantity.COMPUTE),
    TRAINING_CLUSTER("training_cluster", Quantity.GPUS),
    TRAINING_COST("training_cost", Quantity.USD),
    TRAINING_ENERGY("training_energy", Quantity.ENERGY),
    INFERENCE_COMPUTE("inference_compute", Quantity.GPUS),
    INFERENCE_MEMORY("inference_memory", Quantity.KV_CACHE_BYTES),
    CHIP_METRICS("chip_metrics", Quantity.TPP, Quantity.EXPORT_CLASS),
    CATALOG_LOOKUP("catalog_lookup"),
    TREND_GROWTH("trend_growth", Quantity.RATE),
    TREND_FIT("trend_fit", Quantity.DOUBLING_TIME),
    SCALING_LAW("scaling_law", Quantity.PARAMS, Quantity.TOKENS),
    TRAINING_PLAN("training_plan", Quantity.PARALLEL_PLAN, Quantity.UTILISATION),
    VIDEO_COMPUTE("video_compute", Quantity.COMPUTE, Quantity.DAYS),
    KB_QUESTION("kb_question"),
    MEMORY_OP("memory_op"),
    OUT_OF_SCOPE("out_of_scope"),
    CLARIFICATION("clarification");

    private final String label;
    private final List<Quantity> asks;

    Intent(String label, Quantity... asks) {
        this.label = label;
        this.asks = List.of(asks);
    }

    public String label() {
        return label;
    }

    /** The quantities a question of this intent asks for when it names none itself. */
    public List<Quantity> asks() {
        return asks;
    }

    public boolean isCalculation() {
        return !asks.isEmpty() || this == CATALOG_LOOKUP;
    }

    public static Optional<Intent> of(String label) {
        return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst();
    }
}
