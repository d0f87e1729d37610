package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import zhiti.agent.Quantity;
import zhiti.brain.read.Known;
import zhiti.core.Lang;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;

/**
 * Where a value the question states differs from the catalog's value for the model or chip it names ("assume the
 * H100 delivers 800 TFLOPS"): the stated value is used, and the answer says which catalog value it replaced.
 */
final class Overrides {

    /** Differences below this are the same number written differently (989 vs 989.4 TFLOP/s). */
    private static final double SAME = 0.02;

    private Overrides() {
    }

    static List<String> notes(Catalog catalog, List<Known> knowns, Lang lang) {
        List<String> out = new ArrayList<>();
        Optional<String> hw = value(knowns, Quantity.HARDWARE);
        Optional<String> model = value(knowns, Quantity.MODEL);
        Optional<Accelerator> acc = hw.flatMap(h -> catalog.findHardware(h)).map(h -> h.accelerator());
        Optional<ModelCard> card = model.flatMap(m -> catalog.models().find(m));
        for (Known k : knowns) {
            if (k.origin() != Known.Origin.QUESTION || !k.isNumber()) {
                continue;
            }
            OptionalDouble cat = switch (k.quantity()) {
                case PEAK_FLOPS -> acc.map(a -> {
                    Precision p = value(knowns, Quantity.PRECISION).map(Precision::parse).orElse(a.defaultPrecision());
                    return a.denseTflops(p).map(t -> OptionalDouble.of(t * 1e12)).orElse(OptionalDouble.empty());
                }).orElse(OptionalDouble.empty());
                case MEMORY_BANDWIDTH -> acc.map(a -> a.memoryBandwidthTBs() > 0 ? OptionalDouble.of(a.memoryBandwidthTBs() * 1e12)
                        : OptionalDouble.empty()).orElse(OptionalDouble.empty());
                case WATTS_PER_GPU -> acc.map(a -> a.tdpWatts() > 0 ? OptionalDouble.of(a.tdpWatts()) : OptionalDouble.empty())
                        .orElse(OptionalDouble.empty());
                case USD_PER_GPU_HOUR -> acc.map(a -> a.pricing().rentalUsdPerHour()).orElse(OptionalDouble.empty());
                case PARAMS -> card.map(c -> OptionalDouble.of(c.params())).orElse(OptionalDouble.empty());
                case TOKENS -> card.map(ModelCard::trainingTokens).orElse(OptionalDouble.empty());
                default -> OptionalDouble.empty();
            };
            if (cat.isPresent() && Math.abs(k.number() / cat.getAsDouble() - 1) > SAME) {
                String whose = k.quantity() == Quantity.PARAMS || k.quantity() == Quantity.TOKENS ? model.orElse("") : hw.orElse("");
                boolean otherCurrency = k.quantity() == Quantity.USD_PER_GPU_HOUR && !k.unit().isBlank()
                        && !k.unit().toUpperCase(java.util.Locale.ROOT).startsWith("USD");
                // a price in yuan replaces the catalog's dollar price without being the same number in other units
                String stated = otherCurrency ? zhiti.econ.units.Formats.human(k.number()) + " " + k.unit()
                        + lang.pick("/GPU·时", "/GPU-hour") : ValueFormat.format(k.quantity(), k.number(), "", lang);
                String catalogued = ValueFormat.format(k.quantity(), cat.getAsDouble(), "", lang);
                out.add(lang.pick("按问题给出的 " + stated + " 计算，替代目录中 " + whose + " 的 " + catalogued,
                        "the stated " + stated + " is used in place of the catalog's " + catalogued + " for " + whose));
            }
        }
        return out;
    }

    private static Optional<String> value(List<Known> knowns, Quantity q) {
        return knowns.stream().filter(k -> k.quantity() == q).map(k -> String.valueOf(k.value())).findFirst();
    }
}
