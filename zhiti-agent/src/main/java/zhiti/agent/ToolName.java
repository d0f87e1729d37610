package zhiti.agent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The names of Zhiti's own tools, in one place: tools register under them and brains refer to them, so a name is
 * never a string repeated across files. Tools mounted from elsewhere (MCP servers, a caller's own) keep their own
 * names and do not appear here.
 */
public enum ToolName {
    // catalogs and compute economics
    CATALOG_LOOKUP("catalog_lookup"),
    CATALOG_LIST("catalog_list"),
    TRAINING_COMPUTE("training_compute"),
    TRAINING_CLUSTER("training_cluster"),
    TRAINING_COST("training_cost"),
    TRAINING_ENERGY("training_energy"),
    INFERENCE_COMPUTE("inference_compute"),
    INFERENCE_MEMORY("inference_memory"),
    CHIP_METRICS("chip_metrics"),
    TREND_GROWTH("trend_growth"),
    TREND_FIT("trend_fit"),
    SCALING_LAW("scaling_law"),
    TRAINING_PLAN("training_plan"),
    VIDEO_COMPUTE("video_compute"),
    // chain links and arithmetic on stated values
    GPU_HOURS("gpu_hours"),
    RENTAL_COST("rental_cost"),
    DECODE_THROUGHPUT("decode_throughput"),
    MODEL_MEMORY("model_memory"),
    EQUIVALENT_ACCELERATORS("equivalent_accelerators"),
    FLEET_THROUGHPUT("fleet_throughput"),
    IMPLIED_UTILISATION("implied_utilisation"),
    RATIO("ratio"),
    CHANGE("change"),
    COMPOUND("compound"),
    COMBINE_RATES("combine_rates"),
    DOUBLING_TIME("doubling_time"),
    TARGET_YEAR("target_year"),
    CURRENCY_CONVERT("currency_convert"),
    INFERENCE_FLOP("inference_flop"),
    SERVING_VOLUME("serving_volume"),
    SERVER_COUNT("server_count"),
    PURCHASE_COST("purchase_cost"),
    POWER_DRAW("power_draw"),
    TOKEN_COST("token_cost"),
    CACHE_CAPACITY("cache_capacity"),
    // the tool belt
    FX_CONVERT("fx_convert"),
    WEB_SEARCH("web_search"),
    RUN_CODE("run_code"),
    SQL_QUERY("sql_query"),
    CHART("chart"),
    IMAGE_GENERATE("image_generate"),
    SPEAK("speak"),
    /** The whole agent as one tool, for other agents (MCP). */
    ASK("ask"),
    // memory
    KB_SEARCH("kb_search"),
    MEMORY_REMEMBER("memory_remember"),
    MEMORY_RECALL("memory_recall"),
    MEMORY_INSERT("memory_insert"),
    MEMORY_REPLACE("memory_replace"),
    CONVERSATION_SEARCH("conversation_search"),
    ARCHIVAL_SEARCH("archival_search"),
    ARCHIVAL_INSERT("archival_insert");

    private final String id;

    ToolName(String id) {
        this.id = id;
    }

    /** The name the tool registers under and a model calls it by. */
    public String id() {
        return id;
    }

    public boolean is(String name) {
        return id.equals(name);
    }

    public static Optional<ToolName> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
