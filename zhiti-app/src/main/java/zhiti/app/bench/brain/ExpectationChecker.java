package zhiti.app.bench.brain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import zhiti.agent.Answer;
import zhiti.app.bench.brain.Expectation.ExpectedValue;
import zhiti.app.bench.brain.TextNumbers.TextNumber;
import zhiti.core.Citation;
import zhiti.core.Figure;

/**
 * Decides whether an answer meets its label, and says why not. Pure: it reads the answer and the expectation and
 * nothing else, so every rule is unit-tested with hand-made answers.
 * <ul>
 *   <li>every answer must have finished, and its text must not report an exception or an internal error;</li>
 *   <li>each expected value must match some figure whose unit converts to the label's unit, within the relative
 *       tolerance; failing that, a number written in the text may match, and the match says {@code via text};</li>
 *   <li>text_all / text_any / text_none are case-, width- and whitespace-insensitive substring rules;</li>
 *   <li>the kind adds its own rule: a citation outside the catalog, a question back without computed figures,
 *       a refusal without figures, an acknowledgement.</li>
 * </ul>
 */
public final class ExpectationChecker {

    /** Labels a number written without a unit may meet; see {@link #textCandidates}. */
    private static final Set<Dimension> BARE_NUMBER_LABELS = EnumSet.of(Dimension.FRACTION, Dimension.FACTOR,
            Dimension.COUNT, Dimension.CALENDAR_YEAR);

    private ExpectationChecker() {
    }

    /** How one expected value was met: through a figure or the text, and what was found; or why it was not. */
    public record ValueMatch(ExpectedValue expected, boolean matched, String via, String found, String why) {

        static ValueMatch of(ExpectedValue v, String via, String found) {
            return new ValueMatch(v, true, via, found, "");
        }

        static ValueMatch missing(ExpectedValue v, String why) {
            return new ValueMatch(v, false, "", "", why);
        }
    }

    /** The judgement: pass when there is no reason to fail. */
    public record Verdict(boolean pass, List<String> reasons, List<ValueMatch> values) {

        public Verdict {
            reasons = List.copyOf(reasons);
            values = List.copyOf(values);
        }

        public long viaText() {
            return values.stream().filter(v -> v.via().equals("text")).count();
        }
    }

    public static Verdict check(Expectation e, Answer a) {
        List<String> reasons = new ArrayList<>();
        if (a.status() != Answer.Status.FINISHED) {
            reasons.add("the run ended " + a.status().name().toLowerCase(Locale.ROOT) + ", not finished");
        }
        Quotes quotes = new Quotes(a.citations());
        AnswerMarkers.error(a.text(), quotes).ifPresent(m -> reasons.add("the answer reports an error ('" + m + "')"));
        List<ValueMatch> values = e.values().stream().map(v -> match(v, a, quotes)).toList();
        values.stream().filter(v -> !v.matched()).forEach(v -> reasons.add(v.why()));
        textRules(e, a.text(), reasons);
        kindRule(e.kind(), a, quotes, reasons);
        return new Verdict(reasons.isEmpty(), reasons, values);
    }

    /** A figure first; the answer's own words only when no figure matches (a quoted passage's numbers are not). */
    static ValueMatch match(ExpectedValue v, Answer a, Quotes quotes) {
        Optional<ValueMatch> byFigure = a.figures().stream()
                .filter(f -> converted(v, f.value(), f.unit()).stream().anyMatch(v::accepts))
                .findFirst().map(f -> ValueMatch.of(v, "figure", figureText(f)));
        if (byFigure.isPresent()) {
            return byFigure.get();
        }
        Optional<ValueMatch> byText = TextNumbers.in(a.text()).stream()
                .filter(n -> !quotes.quoted(a.text(), n.start(), n.end()))
                .filter(n -> textCandidates(v, n).stream().anyMatch(v::accepts))
                .findFirst().map(n -> ValueMatch.of(v, "text", n.written()));
        return byText.orElseGet(() -> ValueMatch.missing(v, missingReason(v, a.figures())));
    }

    /** The figure's value in the label's unit, once per reading of its unit that the label accepts. */
    static List<Double> converted(ExpectedValue v, double value, String unit) {
        return UnitReader.read(unit).stream().map(r -> v.unit().convert(value, r)).flatMap(Optional::stream).toList();
    }

    /**
     * A number written with a unit converts like a figure. A bare number counts only for labels without a
     * physical unit (a share, a factor, a count, a calendar year): otherwise the "2" and "70B" of "Llama 2 70B"
     * would pass for 2 GPUs and 7e10 bytes.
     */
    private static List<Double> textCandidates(ExpectedValue v, TextNumber n) {
        if (!n.unit().isEmpty()) {
            return converted(v, n.value(), n.unit());
        }
        return BARE_NUMBER_LABELS.contains(v.unit().dimension()) ? List.of(n.value()) : List.of();
    }

    private static String missingReason(ExpectedValue v, List<Figure> figures) {
        String head = "value " + v.describe() + " ±" + Numbers.format(100 * v.relTol()) + "%: ";
        Optional<Nearest> nearest = figures.stream()
                .flatMap(f -> converted(v, f.value(), f.unit()).stream().map(x -> new Nearest(f, x, relativeError(x, v.value()))))
                .min(Comparator.comparingDouble(Nearest::error));
        if (nearest.isPresent()) {
            Nearest n = nearest.get();
            return head + "nearest figure in a compatible unit is " + figureText(n.figure()) + " = "
                    + Numbers.format(n.converted()) + " " + v.unit().label() + " (" + signedPercent(n.converted(), v.value())
                    + "); not in the text either";
        }
        String units = figures.stream().map(Figure::unit).distinct().map(u -> "'" + u + "'")
                .collect(Collectors.joining(", "));
        return head + (figures.isEmpty() ? "the answer has no figures" : "no figure in a unit convertible to "
                + v.unit().label() + " (units: " + units + ")") + "; not in the text either";
    }

    private record Nearest(Figure figure, double converted, double error) {
    }

    private static double relativeError(double found, double expected) {
        return expected == 0 ? Math.abs(found) : Math.abs(found - expected) / Math.abs(expected);
    }

    private static String signedPercent(double found, double expected) {
        if (expected == 0) {
            return "expected 0";
        }
        double p = 100 * (found - expected) / Math.abs(expected);
        return (p >= 0 ? "+" : "") + Numbers.format(p) + "%";
    }

    static String figureText(Figure f) {
        return "'" + f.name() + "' " + Numbers.format(f.value()) + " " + f.unit();
    }

    private static void textRules(Expectation e, String text, List<String> reasons) {
        List<String> missing = e.textAll().stream().filter(s -> !AnswerMarkers.contains(text, s)).toList();
        if (!missing.isEmpty()) {
            reasons.add("text_all: missing " + quoted(missing));
        }
        if (!e.textAny().isEmpty() && e.textAny().stream().noneMatch(s -> AnswerMarkers.contains(text, s))) {
            reasons.add("text_any: none of " + quoted(e.textAny()) + " in the answer");
        }
        List<String> present = e.textNone().stream().filter(s -> AnswerMarkers.contains(text, s)).toList();
        if (!present.isEmpty()) {
            reasons.add("text_none: the answer says " + quoted(present));
        }
    }

    private static void kindRule(Expectation.Kind kind, Answer a, Quotes quotes, List<String> reasons) {
        String text = a.text();
        switch (kind) {
            case ANSWER, LIST -> {
                // values and text rules say it all
            }
            case CITE -> {
                if (a.citations().stream().noneMatch(c -> !c.doc().equals(AnswerMarkers.CATALOG_DOC))) {
                    reasons.add("cite: no citation outside the zhiti catalog" + (a.citations().isEmpty() ? ""
                            : " (cited: " + a.citations().stream().map(Citation::doc).distinct()
                            .collect(Collectors.joining(", ")) + ")"));
                }
            }
            case ASK -> {
                List<Figure> computed = computed(a.figures());
                if (!computed.isEmpty()) {
                    reasons.add("ask: the answer computed " + computed.size() + " figure(s) instead of asking, e.g. "
                            + figureText(computed.get(0)));
                }
                if (quotes.firstOwn(text, AnswerMarkers.ASKING).isEmpty()) {
                    reasons.add("ask: the answer does not ask for the missing input (no question mark or request"
                            + (a.citations().isEmpty() ? ")" : " outside the passages it quotes)"));
                }
            }
            case REFUSE -> {
                if (!a.steps().isEmpty() && !a.figures().isEmpty()) {
                    reasons.add("refuse: the answer called " + a.steps().size() + " tool(s) and gave "
                            + a.figures().size() + " figure(s)");
                }
                if (quotes.firstOwn(text, AnswerMarkers.REFUSAL).isEmpty()) {
                    reasons.add("refuse: the answer does not say the question is out of scope");
                }
            }
            case ACK -> {
                if (quotes.firstOwn(text, AnswerMarkers.ACKNOWLEDGING).isEmpty()) {
                    reasons.add("ack: the answer does not acknowledge (no 'remembered', '已记住' or similar)");
                }
            }
        }
    }

    /** Figures the answer worked out, as opposed to facts it looked up. */
    static List<Figure> computed(List<Figure> figures) {
        return figures.stream().filter(f -> AnswerMarkers.NOT_COMPUTED_FORMULAS.stream()
                .noneMatch(n -> n.equalsIgnoreCase(f.formula().strip()))).toList();
    }

    private static String quoted(List<String> s) {
        return s.stream().map(x -> "'" + x + "'").collect(Collectors.joining(", "));
    }
}
