package zhiti.econ.cost;

import java.util.List;
import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Reading back the unit price behind printed totals (e.g. a report's rental or capex range): price = total ÷
 * quantity, and for several totals the single price that minimises the worst relative error, which is the
 * geometric midpoint of the per-total prices.
 */
public final class ImpliedPrice {

    private ImpliedPrice() {
    }

    /** One printed total and the quantity it was bought for. */
    public record Observation(String label, double quantity, double total) {

        public Observation {
            InputChecks.positive("quantity of " + label, quantity);
            InputChecks.positive("total of " + label, total);
        }

        double price() {
            return total / quantity;
        }
    }

    public static Figure single(Observation o, String unit, String source) {
        return new Figure("implied unit price (" + o.label() + ")", o.price(), unit, "price = total ÷ quantity",
                Figure.inputs("total", o.total(), "quantity", o.quantity()), source);
    }

    /** The one price that reproduces every total with the smallest worst-case relative error. */
    public static Figure bestSingle(String what, List<Observation> obs, String unit, String source) {
        if (obs.isEmpty()) {
            throw new IllegalArgumentException("need at least one printed total to read a price from");
        }
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (Observation o : obs) {
            lo = Math.min(lo, o.price());
            hi = Math.max(hi, o.price());
        }
        double best = Math.sqrt(lo * hi);
        return new Figure("implied " + what, best, unit,
                "price = √(min × max) of the per-total prices (minimises the worst relative error)",
                Figure.inputs("totals", obs.size(), "lowest implied price", lo, "highest implied price", hi,
                        "worst error of one price", Math.sqrt(hi / lo) - 1), source);
    }
}
