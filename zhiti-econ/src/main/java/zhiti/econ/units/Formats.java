package zhiti.econ.units;

import java.util.Locale;

/** Renders numbers for people: scientific notation for huge values, grouping for counts, in zh or en. */
public final class Formats {

    private Formats() {
    }

    /** 3.15e23 style, three significant digits. */
    public static String sci(double v) {
        if (v == 0) {
            return "0";
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        double mant = v / Math.pow(10, exp);
        String m = String.format(Locale.ROOT, "%.3g", mant);
        if (m.startsWith("10")) { // rounding pushed the mantissa to 10
            exp++;
            m = String.format(Locale.ROOT, "%.3g", v / Math.pow(10, exp));
        }
        m = m.contains(".") ? m.replaceAll("0+$", "").replaceAll("\\.$", "") : m;
        return m + "e" + exp;
    }

    /** A readable amount: counts grouped (4,173), small values to three significant digits, huge ones in sci. */
    public static String human(double v) {
        double a = Math.abs(v);
        if (a >= 1e9 || (a > 0 && a < 1e-3)) {
            return sci(v);
        }
        if (a >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100).replace(".0%", "%");
    }
}
