package zhiti.brain.plan;

import java.util.Optional;
import zhiti.agent.Quantity;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.catalog.ModelCard;

/**
 * Whether the catalog has a fact for an entity — a model's training tokens, a chip's memory bandwidth — so the
 * planner relies on a lookup's output only where the row really has it (GOAP's procedural preconditions).
 */
final class CatalogFacts {

    private final Catalog catalog;

    CatalogFacts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Whether looking {@code entity} up (a model or hardware name) yields {@code q}; true for what it cannot judge. */
    boolean has(Quantity entityKind, String entity, Quantity q) {
        return switch (entityKind) {
            case MODEL -> catalog.models().find(entity).map(m -> model(m, q)).orElse(false);
            case HARDWARE, REFERENCE_HARDWARE -> catalog.findHardware(entity).map(h -> hardware(h, q)).orElse(false);
            default -> true;
        };
    }

    private static boolean model(ModelCard m, Quantity q) {
        var s = m.shape();
        return switch (q) {
            case PARAMS -> true;
            case ACTIVE_PARAMS -> m.activeParams().isPresent();
            case TOKENS -> m.trainingTokens().isPresent();
            case LAYERS -> s.layers().isPresent();
            case KV_HEADS -> s.kvHeads().isPresent() || s.heads().isPresent();
            case HEAD_DIM -> s.hidden().isPresent() && s.heads().isPresent();
            case SEQ_LEN -> s.seqLen().isPresent();
            case WEIGHT_BYTES -> true;
            default -> true;
        };
    }

    private static boolean hardware(Hardware h, Quantity q) {
        Accelerator a = h.accelerator();
        return switch (q) {
            case PEAK_FLOPS -> !a.denseTflops().isEmpty();
            case MEMORY_BANDWIDTH -> a.memoryBandwidthTBs() > 0;
            case ACCELERATOR_MEMORY -> a.memoryGb() > 0;
            case WATTS_PER_GPU -> a.tdpWatts() > 0 || h.isSystem() && h.server().powerKw().isPresent();
            case USD_PER_GPU_HOUR -> a.pricing().rentalUsdPerHour().isPresent();
            case GPUS_PER_SERVER, SERVERS -> h.isSystem();
            case TPP -> a.tpp().isPresent();
            case PERFORMANCE_DENSITY -> a.tpp().isPresent() && a.dieMm2() > 0;
            case CAPEX_USD -> h.isSystem() ? h.server().listPriceUsd().isPresent() : a.pricing().listPriceUsd().isPresent();
            default -> true;
        };
    }

    Optional<ModelCard> model(String name) {
        return catalog.models().find(name);
    }
}
