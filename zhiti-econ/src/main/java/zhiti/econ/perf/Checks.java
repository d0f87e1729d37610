package zhiti.econ.perf;

/** Argument checks whose messages say what was wrong and what is allowed. */
final class Checks {

    private Checks() {
    }

    static void positive(String what, long v) {
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be a positive whole number, got " + v);
        }
    }

    static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }

    static void fraction(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1], e.g. 0.8 for 80%, got " + v);
        }
    }
}
