package zhiti.econ;

/**
 * Argument checks shared by the calculators. Each message names the input, shows the bad value and says what is
 * allowed, so a CLI user or an agent can fix the call without reading code.
 */
public final class InputChecks {

    private InputChecks() {
    }

    public static double positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
        return v;
    }

    public static double nonNegative(String what, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be zero or a positive number, got " + v);
        }
        return v;
    }

    /** A share in (0, 1]: utilisation, efficiency. Catches "40" given for 40%. */
    public static double fraction(String what, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in (0, 1], e.g. 0.4 for 40%, got " + v);
        }
        return v;
    }

    /** A rate in [0, 1): discount rate, decline. Catches "8" given for 8%. */
    public static double rate(String what, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), e.g. 0.08 for 8%, got " + v);
        }
        return v;
    }

    /** Power usage effectiveness is facility power ÷ IT power, so at least 1. */
    public static double pue(double v) {
        if (!(v >= 1 && v < 5)) {
            throw new IllegalArgumentException("PUE must be between 1.0 and 5 (facility ÷ IT power; 1.1-1.6 is typical), got " + v);
        }
        return v;
    }

    public static int positiveInt(String what, long v) {
        if (v <= 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be a positive whole number, got " + v);
        }
        return (int) v;
    }
}
