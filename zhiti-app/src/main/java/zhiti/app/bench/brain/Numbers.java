package zhiti.app.bench.brain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers in reports: four significant digits, plain for everyday sizes, scientific for large and small ones. */
final class Numbers {

    private Numbers() {
    }

    static String format(double v) {
        double a = Math.abs(v);
        if (v == 0 || !Double.isFinite(v)) {
            return String.valueOf(v == 0 ? 0 : v);
        }
        if (a >= 1e6 || a < 1e-3) {
            String[] parts = String.format(Locale.ROOT, "%.3e", v).split("e");
            String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
