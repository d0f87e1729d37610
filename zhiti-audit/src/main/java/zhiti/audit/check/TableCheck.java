package zhiti.audit.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Table;
import zhiti.audit.text.TableLayout;
import zhiti.audit.text.TableLinks;
import zhiti.audit.text.TableLinks.Link;
import zhiti.audit.text.TableLinks.Ref;
import zhiti.audit.text.TableRelations;
import zhiti.audit.text.TableRelations.Relation;
import zhiti.audit.text.Tables;

/**
 * Recomputes the derived cells of every table from the cells they rest on: total rows and columns from their parts,
 * shares from value ÷ total, growth rates from the period before, CAGRs from the first and last values and the
 * years between, and any column the rows show to be A ÷ B × k or A × B × k. The cells of one derived column (or
 * total row) are judged together: when fewer than half of them reproduce, the table was most likely read wrongly
 * (the parts are not all shown, the rates are against an earlier year not printed), so none of them is flagged.
 */
public final class TableCheck implements Check {

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Table t : Tables.find(d.text())) out.addAll(check(d, TableLayout.of(t)));
        return out;
    }

    private List<Claim> check(Doc d, TableLayout layout) {
        Map<Integer, Claim> byCell = new LinkedHashMap<>();
        List<Relation> relations = TableRelations.find(layout, Judge.SLACK);
        Set<Integer> computed = new HashSet<>();
        for (Relation rel : relations) {
            computed.add(rel.target());
            for (Claim c : ratio(d, layout, rel)) byCell.merge(c.start(), c, TableCheck::prefer);
        }
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        Map<String, Integer> quorum = new LinkedHashMap<>();
        for (Link link : TableLinks.of(layout, computed)) {
            Claim c = judge(d, link);
            if (c == null) continue;
            if (link.fallback()) {
                if (c.verdict() == Verdict.REPRODUCES) byCell.merge(c.start(), fallbackNote(c), TableCheck::prefer);
                continue;
            }
            groups.computeIfAbsent(link.group(), k -> new ArrayList<>()).add(c);
            quorum.put(link.group(), link.quorum());
        }
        for (Map.Entry<String, List<Claim>> g : groups.entrySet()) {
            List<Claim> cs = g.getValue();
            long ok = cs.stream().filter(c -> c.verdict() == Verdict.REPRODUCES).count();
            if (cs.size() < quorum.get(g.getKey()) || (cs.size() >= 2 && ok * 2 < cs.size())) continue;
            for (Claim c : cs) byCell.merge(c.start(), c, TableCheck::prefer);
        }
        return new ArrayList<>(byCell.values());
    }

    private static Claim fallbackNote(Claim c) {
        return new Claim(c.doc(), c.start(), c.end(), c.text(), c.kind(), c.verdict(), c.stated(), c.computed(), c.unit(),
                c.formula(), c.inputs(), c.sources(), c.explanation()
                + "; over the span of these two values, which the table does not name (the full span does not give the printed rate)", c.other());
    }

    /** Of two readings of one cell, the one that reproduces it (the report gets the benefit of the doubt). */
    private static Claim prefer(Claim a, Claim b) {
        return a.verdict() != Verdict.REPRODUCES && b.verdict() == Verdict.REPRODUCES ? b : a;
    }

    // ---- C = A ÷ B × k, C = A × B × k

    private List<Claim> ratio(Doc d, TableLayout layout, Relation rel) {
        List<Claim> out = new ArrayList<>();
        String op = rel.product() ? " × " : " ÷ ";
        String k = rel.exponent() == 0 ? "" : " × " + Judge.fmt(rel.k());
        String formula = name(layout, rel.target()) + " = " + name(layout, rel.a()) + op + name(layout, rel.b()) + k;
        String held = String.format("; the relation holds in %d of %d rows of the table", rel.agree(), rel.evidence());
        for (Table.Row r : layout.table().rows()) {
            if (layout.kind(r) == TableLayout.RowKind.UNALIGNED) continue;
            Num c = r.number(rel.target()), a = r.number(rel.a()), b = r.number(rel.b());
            if (c == null || a == null || b == null || b.value() == 0 && !rel.product()) continue;
            double v = rel.apply(a.value(), b.value());
            List<Input> inputs = List.of(Input.of(name(layout, rel.a()) + " [" + r.name() + "]", loc(d, a)),
                    Input.of(name(layout, rel.b()) + " [" + r.name() + "]", loc(d, b)),
                    Input.constant("k", rel.k(), "", "power of ten the other rows show"));
            String expl = Judge.fmt(a.value()) + op + Judge.fmt(b.value()) + k + " = " + Judge.fmt(v) + held;
            String wrong = null;
            double f = v == 0 ? 0 : Math.log10(Math.abs(c.value() / v));
            if (v != 0 && Math.abs(f - Math.rint(f)) < 0.005 && Math.rint(f) != 0)
                wrong = "the printed figure is " + Judge.fmt(Math.pow(10, Math.rint(f))) + " × the computed one: a slip of a power of ten";
            out.add(Judge.judge(ClaimKind.TABLE, loc(d, c), v, rel(a) + rel(b), formula, inputs, expl, wrong));
        }
        return out;
    }

    // ---- totals, shares, growth, CAGR

    private Claim judge(Doc d, Link link) {
        return switch (link.kind()) {
            case SUM -> sum(d, link);
            case SHARE -> share(d, link);
            case GROWTH -> growth(d, link);
            case CAGR -> cagr(d, link);
        };
    }

    private Claim sum(Doc d, Link link) {
        Num total = link.stated().num();
        double s = total(link.inputs()), round = rounding(link.inputs());
        String formula = "total = sum of its parts";
        if (!total.matches(s, round / Math.max(Math.abs(total.value()), 1e-300) + Judge.SLACK) && !link.alternative().isEmpty()) {
            double alt = total(link.alternative());
            if (total.matches(alt, rounding(link.alternative()) / Math.abs(total.value()) + Judge.SLACK))
                return Judge.judge(ClaimKind.TABLE, loc(d, total), alt, rounding(link.alternative()) / Math.abs(total.value()),
                        "total = sum of its subtotals", inputs(d, link.alternative()), terms(link.alternative(), " + ") + " = " + Judge.fmt(alt), null);
        }
        String wrong = null;
        for (Ref p : link.inputs())
            if (total.matches(s - p.value(), round / Math.abs(total.value()))) {
                wrong = "the printed total equals the sum without " + p.name() + " (" + Judge.fmt(s - p.value()) + ")";
                break;
            }
        return Judge.judge(ClaimKind.TABLE, loc(d, total), s, round / Math.max(Math.abs(total.value()), 1e-300), formula,
                inputs(d, link.inputs()), terms(link.inputs(), " + ") + " = " + Judge.fmt(s), wrong);
    }

    private Claim share(Doc d, Link link) {
        Ref value = link.inputs().get(0);
        List<Ref> whole = link.inputs().subList(1, link.inputs().size());
        double t = total(whole);
        if (t == 0) return null;
        double v = value.value() / t * 100;
        String of = whole.size() == 1 ? "the stated total " + Judge.fmt(t) : "the sum of the " + whole.size() + " rows, " + Judge.fmt(t);
        String expl = Judge.fmt(value.value()) + " ÷ " + of + " = " + Judge.pct(v);
        String wrong = "the printed share would need a value of " + Judge.fmt(link.stated().value() / 100 * t);
        double slack = rel(value.num()) + rounding(whole) / Math.abs(t);
        return Judge.judge(ClaimKind.TABLE, loc(d, link.stated().num()), v, slack, "share = value ÷ total × 100%",
                inputs(d, link.inputs()), expl, wrong);
    }

    private Claim growth(Doc d, Link link) {
        Ref e = link.inputs().get(0), l = link.inputs().get(1);
        Num stated = link.stated().num();
        double ratio = l.value() / e.value(), g = (ratio - 1) * 100;
        boolean asFall = link.decline() && stated.value() >= 0; // "降幅 20%" prints a fall of 20% as +20
        double expected = asFall ? -g : g;
        double abs = 100 * Math.abs(ratio) * (rel(e.num()) + rel(l.num()));
        String expl = String.format("%s ÷ %s − 1 = %s%s", Judge.fmt(l.value()), Judge.fmt(e.value()), Judge.pct(g),
                asFall ? " (the column prints a fall as a positive figure)" : "");
        String wrong = null;
        double reverse = (1 - e.value() / l.value()) * 100 * (asFall ? -1 : 1);
        if (stated.matches(reverse, Judge.SLACK)) wrong = "the printed figure is measured against the later value (1 − earlier ÷ later)";
        else if (stated.matches(ratio * 100, Judge.SLACK)) wrong = "the printed figure is later ÷ earlier, not the growth";
        return Judge.judge(ClaimKind.TABLE, loc(d, stated), expected, relative(abs, stated), "growth = later ÷ earlier − 1",
                inputs(d, link.inputs()), expl, wrong);
    }

    private Claim cagr(Doc d, Link link) {
        Ref a = link.inputs().get(0), b = link.inputs().get(1);
        Num stated = link.stated().num();
        double years = link.years();
        if (years <= 0 || a.value() <= 0 || b.value() <= 0 || !a.num().sameKind(b.num())) return null;
        double ratio = b.value() / a.value(), g = (Math.pow(ratio, 1 / years) - 1) * 100;
        boolean asFall = link.decline() && stated.value() >= 0;
        double printedGrowth = asFall ? -stated.value() : stated.value();
        double abs = 100 * (1 + g / 100) * (rel(a.num()) + rel(b.num())) / years;
        String expl = String.format("(%s / %s)^(1/%s) − 1 = %s%s", Judge.fmt(b.value()), Judge.fmt(a.value()), Judge.fmt(years),
                Judge.pct(g), asFall ? " (the column prints a fall as a positive figure)" : "");
        List<Input> inputs = new ArrayList<>(inputs(d, link.inputs()));
        inputs.add(Input.constant("periods (years)", years, "years", "the periods of the first and last values"));
        return Judge.judge(ClaimKind.TABLE, loc(d, stated), asFall ? -g : g, relative(abs, stated) + 0.002,
                "CAGR = (last / first)^(1/years) − 1", inputs, expl, periodNote(printedGrowth, stated.rounding(), ratio, years, link.steps()));
    }

    /**
     * The period convention, if any, under which the printed rate follows (as CagrCheck.whyPrinted does): the number
     * of printed steps instead of the years, the years counted inclusive, another whole number of periods, or a simple
     * average. {@code printed} is the rate as growth (a fall negative); the tolerance is the printed rounding.
     */
    static String periodNote(double printed, double rounding, double ratio, double years, int steps) {
        double tol = Math.max(rounding * 1.0001, Math.abs(printed) * 0.002);
        if (steps > 0 && steps != years && near(ratio, steps, printed, tol))
            return String.format("the printed %s follows with n = %d, the number of printed steps, instead of the %s years between the periods",
                    Judge.pct(printed), steps, Judge.fmt(years));
        if (near(ratio, years + 1, printed, tol))
            return String.format("the printed %s follows with n = %s, counting the years inclusive", Judge.pct(printed), Judge.fmt(years + 1));
        if (near(ratio, 1, printed, tol))
            return String.format("the printed %s is the total growth over the %s years (n = 1), not a yearly rate", Judge.pct(printed), Judge.fmt(years));
        for (int n = 2; n <= years * 2 + 2; n++)
            if (n != years && near(ratio, n, printed, tol))
                return String.format("the printed %s follows with n = %d periods, not the %s years between the first and last values",
                        Judge.pct(printed), n, Judge.fmt(years));
        if (Math.abs((ratio - 1) * 100 / years - printed) <= tol)
            return "the printed " + Judge.pct(printed) + " is the simple average (total growth ÷ years), not compounded";
        return "the printed " + Judge.pct(printed) + " would need the last value to be "
                + Judge.fmt(Math.pow(1 + printed / 100, years)) + "× the first";
    }

    private static boolean near(double ratio, double n, double printed, double tol) {
        return Math.abs((Math.pow(ratio, 1.0 / n) - 1) * 100 - printed) <= tol;
    }

    // ---- helpers

    private static double total(List<Ref> refs) {
        double s = 0;
        for (Ref r : refs) s += r.value();
        return s;
    }

    private static double rounding(List<Ref> refs) {
        double s = 0;
        for (Ref r : refs) s += r.num().rounding();
        return s;
    }

    private static double rel(Num n) {
        return n.value() == 0 ? 0 : n.rounding() / Math.abs(n.value());
    }

    /** An absolute slack as the relative slack Judge takes. */
    private static double relative(double abs, Num stated) {
        return stated.value() == 0 ? 0 : abs / Math.abs(stated.value());
    }

    private static String terms(List<Ref> refs, String op) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (i == 8 && refs.size() > 10) { t.add("… (" + refs.size() + " terms)"); break; }
            t.add(Judge.fmt(refs.get(i).value()));
        }
        return String.join(op, t);
    }

    private static List<Input> inputs(Doc d, List<Ref> refs) {
        List<Input> out = new ArrayList<>();
        for (Ref r : refs) out.add(Input.of(r.name(), loc(d, r.num())));
        return out;
    }

    private static String name(TableLayout layout, int c) {
        String h = layout.header(c);
        return h.isBlank() ? "column " + (c + 1) : h.length() > 30 ? h.substring(0, 30) + "…" : h;
    }

    private static Located loc(Doc d, Num n) {
        Sentence at = null;
        for (Sentence s : d.sentences()) if (s.contains(n.start())) { at = s; break; }
        return new Located(d.name(), n, at);
    }
}
