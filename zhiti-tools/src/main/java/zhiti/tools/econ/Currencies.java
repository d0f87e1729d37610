package zhiti.tools.econ;

import java.util.Locale;
import zhiti.core.Figure;

/**
 * Money figures in the currency of the price they were computed from: a price given as 0.6 元/度 makes a cost in
 * yuan, not dollars, though the arithmetic is the same.
 */
public final class Currencies {

    private Currencies() {
    }

    /** The figure relabelled to {@code currency} (USD, CNY, EUR); unchanged for USD. */
    public static Figure in(Figure f, String currency) {
        String c = currency == null || currency.isBlank() ? "USD" : currency.trim().toUpperCase(Locale.ROOT)
                .replace("RMB", "CNY");
        if (!c.matches("USD|CNY|EUR")) {
            throw new IllegalArgumentException("currency must be USD, CNY or EUR, got " + currency);
        }
        if (c.equals("USD")) {
            return f;
        }
        return new Figure(f.name() + " (" + c + ")", f.value(), f.unit().replace("USD", c),
                f.formula().replace("USD", c), f.inputs(), f.source());
    }
}
