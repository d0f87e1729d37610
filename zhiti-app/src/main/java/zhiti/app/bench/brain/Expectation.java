package zhiti.app.bench.brain;

import java.util.List;
import java.util.Locale;

/** What a correct answer to a labelled question must contain (the {@code expect} object of a dev-set line). */
public record Expectation(Kind kind, List<ExpectedValue> values, List<String> textAll, List<String> textAny,
                          List<String> textNone) {

    /** The kinds of answer a label can ask for. */
    public enum Kind {
        /** a computed result, or a recall of remembered facts */
        ANSWER,
        /** a listing or filter over a catalog or table */
        LIST,
        /** a knowledge answer quoting the reports, with at least one citation */
        CITE,
        /** the agent should ask for the missing input */
        ASK,
        /** out of scope, so the agent declines */
        REFUSE,
        /** a memory statement or command is acknowledged */
        ACK;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One expected number: its value in a label unit, the relative tolerance, and what it is. */
    public record ExpectedValue(double value, LabelUnit unit, double relTol, String what) {

        /** The allowed distance: relative, with a floor so that an expected zero is not impossible to meet. */
        public boolean accepts(double found) {
            return Math.abs(found - value) <= Math.max(relTol * Math.abs(value), 1e-9);
        }

        public String describe() {
            return Numbers.format(value) + " " + unit.label() + (what.isBlank() ? "" : " (" + what + ")");
        }
    }

    public Expectation {
        values = List.copyOf(values);
        textAll = List.copyOf(textAll);
        textAny = List.copyOf(textAny);
        textNone = List.copyOf(textNone);
    }

    public static Expectation of(Kind kind, List<ExpectedValue> values) {
        return new Expectation(kind, values, List.of(), List.of(), List.of());
    }

    public Expectation withTextAll(String... s) {
        return new Expectation(kind, values, List.of(s), textAny, textNone);
    }

    public Expectation withTextAny(String... s) {
        return new Expectation(kind, values, textAll, List.of(s), textNone);
    }

    public Expectation withTextNone(String... s) {
        return new Expectation(kind, values, textAll, textAny, List.of(s));
    }
}
