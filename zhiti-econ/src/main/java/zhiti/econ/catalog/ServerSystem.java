package zhiti.econ.catalog;

import java.util.List;
import java.util.OptionalDouble;

/** A server sold as a unit (DGX A100, …): how many of which accelerator it holds, its price and power. */
public record ServerSystem(String name, List<String> aliases, Accelerator accelerator, int acceleratorsPerServer,
                           OptionalDouble listPriceUsd, String priceDate, OptionalDouble powerKw, String source,
                           String notes) {

    public ServerSystem {
        aliases = List.copyOf(aliases);
        notes = notes == null ? "" : notes;
        if (acceleratorsPerServer <= 0) {
            throw new IllegalArgumentException(name + ": accelerators_per_server must be positive");
        }
    }

    /** The original shape of the record, without notes. */
    public ServerSystem(String name, List<String> aliases, Accelerator accelerator, int acceleratorsPerServer,
                        OptionalDouble listPriceUsd, String priceDate, OptionalDouble powerKw, String source) {
        this(name, aliases, accelerator, acceleratorsPerServer, listPriceUsd, priceDate, powerKw, source, "");
    }
}
