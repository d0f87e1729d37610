package zhiti.tools.arith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zhiti.agent.Quantity;
import zhiti.agent.Signature;
import zhiti.agent.Tool;
import zhiti.agent.ToolName;
import zhiti.agent.ToolResult;
import zhiti.agent.ToolSchema;
import zhiti.core.Figure;
import zhiti.econ.arith.Compounding;
import zhiti.econ.arith.DoublingTime;

/**
 * Doubling or halving time from a yearly rate, from orders of magnitude a year, or from a factor over a span; and
 * back from a doubling time to the growth it means over a span and per year.
 */
public final class DoublingTimeTool implements Tool {

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("rate").needs(Quantity.RATE, "rate").gives(Quantity.DOUBLING_TIME, "/years").build(),
            Signature.of("factor").needs(Quantity.FACTOR, "factor").needs(Quantity.PERIODS, "years_span")
                    .gives(Quantity.DOUBLING_TIME, "/years").gives(Quantity.RATE, "/rate").build(),
            Signature.of("doublings").needs(Quantity.FACTOR, "factor").gives(Quantity.DOUBLINGS, "/doublings").build(),
            Signature.of("growth").needs(Quantity.DOUBLING_TIME, "doubling_years")
                    .needs(Quantity.PERIODS, "years_span")
                    .gives(Quantity.FACTOR, "/factor").gives(Quantity.RATE, "/rate").build(),
            // "doubles every 8 months": the yearly rate that is, for a projection to work from
            Signature.of("yearly-rate").needs(Quantity.DOUBLING_TIME, "doubling_years")
                    .gives(Quantity.RATE, "/rate").build(),
            // "halves every eight months": the same, downwards
            Signature.of("halving").needs(Quantity.HALVING_TIME, "doubling_years").fixed("direction", DoublingTime.HALVING)
                    .needs(Quantity.PERIODS, "years_span")
                    .gives(Quantity.FACTOR, "/factor").gives(Quantity.RATE, "/rate").build(),
            Signature.of("halving-rate").needs(Quantity.HALVING_TIME, "doubling_years").fixed("direction", DoublingTime.HALVING)
                    .gives(Quantity.RATE, "/rate").build());

    @Override
    public String name() {
        return ToolName.DOUBLING_TIME.id();
    }

    @Override
    public String description() {
        return "Doubling time (or, for a falling value, halving time, reported positive with direction halving). "
                + "Give one of: rate (yearly signed fraction; T = ln 2 ÷ ln(1 + r)), oom_per_year (k orders of "
                + "magnitude a year; r = 10^k − 1), or factor with years_span (T = span × ln 2 ÷ |ln factor|), or "
                + "factor alone for the number of doublings log₂ factor. "
                + "Or the other way: doubling_years with years_span gives factor = 2^(span ÷ T) and rate = "
                + "2^(1 ÷ T) − 1 (direction halving for a halving time).";
    }

    @Override
    public ObjectNode parameters() {
        return ToolSchema.object()
                .number("rate", "yearly rate as a signed fraction above -1, e.g. 0.35, or -0.30 for a fall")
                .number("oom_per_year", "orders of magnitude a year instead of a rate, e.g. 0.5 (10^0.5 = 3.16× a year)")
                .number("factor", "overall factor seen over years_span, e.g. 16 (or 0.1 for a tenfold fall)")
                .number("years_span", "years over which factor happened, or to grow over with doubling_years, e.g. 4")
                .number("doubling_years", "a doubling (or halving) time in years, e.g. 0.5 for every six months")
                .oneOf("direction", "with doubling_years: whether the value doubles or halves; default doubling",
                        DoublingTime.DOUBLING, DoublingTime.HALVING)
                .build();
    }

    @Override
    public List<Signature> signatures() {
        return SIGNATURES;
    }

    @Override
    public ToolResult invoke(JsonNode json) {
        Stated a = new Stated(json);
        int given = (a.has("rate") ? 1 : 0) + (a.has("oom_per_year") ? 1 : 0) + (a.has("factor") ? 1 : 0)
                + (a.has("doubling_years") ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of rate (e.g. 0.35), oom_per_year (e.g. 0.5), "
                    + "factor with years_span (e.g. 16 over 4 years), factor alone (how many doublings) or doubling_years "
                + "with years_span (e.g. 2 "
                    + "over 10 years)");
        }
        if (a.has("doubling_years")) {
            return growth(a);
        }
        if (a.has("factor") && !a.has("years_span")) {
            return doublings(a);
        }
        a.refuseWith("rate, oom_per_year or factor", "direction");
        List<Figure> figures = new ArrayList<>();
        DoublingTime.Result r;
        String mode;
        if (a.has("factor")) {
            mode = "factor";
            r = DoublingTime.fromFactor(a.number("factor", ""),
                    a.positive("years_span", "the years over which the factor happened, e.g. 4"), Stated.SOURCE);
            figures.add(r.rate());
        } else {
            a.refuseWith("rate or oom_per_year", "years_span");
            mode = a.has("rate") ? "rate" : "oom";
            double rate = a.has("rate") ? a.number("rate", "")
                    : oom(a.number("oom_per_year", ""), figures);
            r = DoublingTime.fromRate(rate, Stated.SOURCE);
        }
        figures.add(0, r.years());
        figures.addAll(1, inShorterUnits(r.years()));
        if (r.rate().value() < 0) {
            // "what annual rate of decline": the fall said as a positive yearly decline
            figures.add(yearlyDecline(r.rate()));
        }
        ObjectNode data = Stated.data(mode).put("years", r.years().value()).put("direction", r.direction())
                .put("rate", r.rate().value());
        String summary = r.direction() + " time " + Stated.num(r.years().value())
                + (r.years().value() == 1 ? " year" : " years") + " (at "
                + Stated.signedPercent(r.rate().value()) + " a year)";
        return new ToolResult(data, summary, figures, List.of());
    }

    /** A falling yearly rate said as people say it, a positive decline ("78.5% a year"), from the same inputs. */
    private static Figure yearlyDecline(Figure rate) {
        return new Figure("yearly decline", -rate.value(), "fraction", "decline = −(" + rate.formula() + ")", rate.inputs(),
                rate.source());
    }

    /** The same span in months and in days (a year of 365 days), for "in days" and "how many months" askers. */
    private static List<Figure> inShorterUnits(Figure years) {
        Map<String, Object> in = Figure.inputs("years", years.value());
        String kind = years.name();
        return List.of(new Figure(kind + " in months", years.value() * 12, "month", "months = years × 12", in,
                        years.source()),
                new Figure(kind + " in days", years.value() * 365, "day", "days = years × 365", in, years.source()));
    }

    /** "翻了几番": how many doublings (or halvings) a factor is, log₂ |factor|. */
    private static ToolResult doublings(Stated a) {
        a.refuseWith("factor alone (a count of doublings)", "direction");
        double f = a.positive("factor", "the overall factor, e.g. 16");
        double n = Math.log(f) / Math.log(2);
        Figure count = new Figure(n >= 0 ? "doublings" : "halvings", Math.abs(n), "count", "n = log₂ factor",
                Figure.inputs("factor", f), Stated.SOURCE);
        ObjectNode data = Stated.data("doublings").put("doublings", Math.abs(n)).put("factor", f)
                .put("direction", n >= 0 ? DoublingTime.DOUBLING : DoublingTime.HALVING);
        return new ToolResult(data, "×" + Stated.num(f) + " = 2^" + Stated.num(n) + ": " + Stated.num(Math.abs(n))
                + (n >= 0 ? " doublings" : " halvings"), List.of(count), List.of());
    }

    private static ToolResult growth(Stated a) {
        double t = a.positive("doubling_years", "");
        boolean halving = a.args().lower("direction", DoublingTime.DOUBLING).equals(DoublingTime.HALVING);
        String direction = halving ? DoublingTime.HALVING : DoublingTime.DOUBLING;
        if (!a.has("years_span")) {
            DoublingTime.Growth g = DoublingTime.grow(t, halving, 1, Stated.SOURCE);
            ObjectNode data = Stated.data("yearly-rate").put("rate", g.rate().value()).put("years", t).put("direction", direction);
            List<Figure> figures = new java.util.ArrayList<>(List.of(g.rate()));
            if (halving) {
                figures.add(yearlyDecline(g.rate()));
            }
            return new ToolResult(data, (halving ? "halving" : "doubling") + " every " + Stated.num(t) + " years is "
                    + Stated.signedPercent(g.rate().value()) + " a year", figures, List.of());
        }
        double span = a.positive("years_span", "the years to grow over, e.g. 10");
        DoublingTime.Growth g = DoublingTime.grow(t, halving, span, Stated.SOURCE);
        ObjectNode data = Stated.data("growth").put("factor", g.factor().value()).put("rate", g.rate().value())
                .put("years", t).put("years_span", span).put("direction", direction);
        String summary = (halving ? "halving" : "doubling") + " every " + Stated.num(t) + " years: ×"
                + Stated.num(g.factor().value()) + " over " + Stated.num(span) + " years, "
                + Stated.signedPercent(g.rate().value()) + " a year";
        List<Figure> figures = new java.util.ArrayList<>(List.of(g.factor(), g.rate()));
        if (halving) {
            // "how many times cheaper", "what yearly decline": the fall said the way people say it
            figures.add(yearlyDecline(g.rate()));
            figures.addAll(zhiti.econ.arith.Declines.ofCompounding(g.rate().value(), span, Stated.SOURCE));
        }
        return new ToolResult(data, summary, figures, List.of());
    }

    private static double oom(double k, List<Figure> figures) {
        Figure rate = Compounding.rateFromOrdersOfMagnitude(k, Stated.SOURCE);
        figures.add(rate);
        return rate.value();
    }
}
