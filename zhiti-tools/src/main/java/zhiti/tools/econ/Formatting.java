package zhiti.tools.econ;

import java.util.Locale;
import zhiti.econ.units.Formats;

/** Short number forms for tool summaries (one line a model and a person both read). */
final class Formatting {

    private Formatting() {
    }

    static String plain(double v) {
        return Formats.trimmed(v);
    }

    /** 3.15e23, 1,234, 0.415: scientific only where the magnitude calls for it. */
    static String num(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e7 || a < 1e-3)) {
            return Formats.sci(v);
        }
        return a >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    static String usd(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "$%.2f bn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "$%.2f M", v / 1e6);
        }
        return String.format(Locale.ROOT, "$%,.0f", v);
    }
}
