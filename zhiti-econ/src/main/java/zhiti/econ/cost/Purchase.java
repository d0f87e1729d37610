package zhiti.econ.cost;

import zhiti.core.Figure;
import zhiti.econ.InputChecks;

/**
 * Buying hardware by the unit: the total for a number of units at a price each, and the price each that a total
 * for a number of units implies ("an 8-GPU server at $29,000 is $3,625 a GPU").
 */
public final class Purchase {

    private Purchase() {
    }

    /** @param unit what is bought, singular: "GPU", "server" */
    public static Figure total(double units, double priceEach, String unit, String source) {
        InputChecks.positive(unit + "s", units);
        InputChecks.positive("price per " + unit + " (USD)", priceEach);
        return new Figure("purchase cost", units * priceEach, "USD", "USD = " + unit + "s × USD per " + unit,
                Figure.inputs(unit + "s", units, "USD per " + unit, priceEach), source);
    }

    /** The price of one unit when {@code units} of them cost {@code total}. */
    public static Figure each(double total, double units, String unit, String source) {
        InputChecks.positive("total (USD)", total);
        InputChecks.positive(unit + "s", units);
        return new Figure("price per " + unit, total / units, "USD/" + unit, "USD per " + unit + " = USD ÷ " + unit + "s",
                Figure.inputs("USD", total, unit + "s", units), source);
    }
}
