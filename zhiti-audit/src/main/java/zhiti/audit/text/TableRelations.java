package zhiti.audit.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the columns of a table that are computed from two others: C = A ÷ B × k or C = A × B × k, k a power of ten
 * (per-capita figures, prices per unit, densities, a product of two specs). A relation is only taken when the table
 * itself shows it: it holds in at least three rows printed precisely enough to tell (each cell's rounding under a
 * few percent), in at least 3 of every 4 rows where all three cells are numbers, and over varying values (a column
 * of one repeated value proves nothing). Of the three columns of one relation, the one whose header reads like a
 * derived quantity ("人均", "/", "*", "per") is the result, else the rightmost.
 */
public final class TableRelations {
    private static final Pattern DERIVED = Pattern.compile(
            "/|÷|\\*|×|人均|每|均价|单价|密度|占比|率|比|\\bper\\b|density|ratio|share|average", Pattern.CASE_INSENSITIVE);
    /** A row is evidence only when the three cells together are printed to better than this (relative). */
    private static final double PRECISE = 0.05;
    private static final double AGREE = 0.75;
    private static final int MIN_ROWS = 3;

    private TableRelations() {
    }

    /** C = (A × B or A ÷ B) × 10^exponent, holding in {@code agree} of {@code evidence} rows. */
    public record Relation(int target, int a, int b, boolean product, int exponent, int agree, int evidence) {
        public double apply(double x, double y) {
            return (product ? x * y : x / y) * Math.pow(10, exponent);
        }

        public double k() {
            return Math.pow(10, exponent);
        }

        public Set<Integer> columns() {
            return Set.of(target, a, b);
        }
    }

    /** The relations the table's rows bear out, at most one per set of three columns. */
    public static List<Relation> find(TableLayout layout, double slack) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < layout.table().columnCount(); c++) {
            TableLayout.Role r = layout.role(c);
            if ((r == TableLayout.Role.VALUE || r == TableLayout.Role.TOTAL || r == TableLayout.Role.SHARE) && count(layout, c) >= MIN_ROWS)
                cols.add(c);
        }
        Map<Set<Integer>, List<Relation>> bySet = new LinkedHashMap<>();
        for (int t : cols)
            for (int a : cols)
                for (int b : cols) {
                    if (a == t || b == t || a == b) continue;
                    for (boolean product : new boolean[] {false, true}) {
                        if (product && a > b) continue; // A × B = B × A
                        Relation rel = test(layout, t, a, b, product, slack);
                        if (rel != null) bySet.computeIfAbsent(rel.columns(), k -> new ArrayList<>()).add(rel);
                    }
                }
        List<Relation> out = new ArrayList<>();
        for (List<Relation> rels : bySet.values()) out.add(pick(layout, rels));
        return out;
    }

    private static Relation pick(TableLayout layout, List<Relation> rels) {
        Relation best = null;
        for (Relation r : rels) {
            if (best == null) { best = r; continue; }
            boolean rd = DERIVED.matcher(layout.header(r.target())).find(), bd = DERIVED.matcher(layout.header(best.target())).find();
            if (rd != bd) { if (rd) best = r; continue; }
            if (r.target() != best.target()) { if (r.target() > best.target()) best = r; continue; }
            if (r.agree() > best.agree()) best = r;
        }
        return best;
    }

    private static Relation test(TableLayout layout, int t, int a, int b, boolean product, double slack) {
        List<Num[]> rows = new ArrayList<>();
        for (Table.Row r : layout.table().rows()) {
            if (layout.kind(r) == TableLayout.RowKind.UNALIGNED) continue;
            Num c = r.number(t), x = r.number(a), y = r.number(b);
            if (c == null || x == null || y == null || c.value() == 0 || x.value() == 0 || y.value() == 0) continue;
            rows.add(new Num[] {c, x, y});
        }
        if (rows.size() < MIN_ROWS) return null;
        Map<Integer, Integer> exponents = new LinkedHashMap<>();
        for (Num[] r : rows) {
            double base = product ? r[1].value() * r[2].value() : r[1].value() / r[2].value();
            long e = Math.round(Math.log10(Math.abs(r[0].value() / base)));
            if (Math.abs(e) <= 12) exponents.merge((int) e, 1, Integer::sum);
        }
        Relation best = null;
        for (int e : exponents.keySet()) {
            int agree = 0, precise = 0;
            Set<Double> va = new HashSet<>(), vb = new HashSet<>(), vc = new HashSet<>();
            Relation rel = new Relation(t, a, b, product, e, 0, rows.size());
            for (Num[] r : rows) {
                if (!holds(rel, r[0], r[1], r[2], slack)) continue;
                agree++;
                if (rel(r[0]) + rel(r[1]) + rel(r[2]) <= PRECISE) precise++;
                vc.add(r[0].value());
                va.add(r[1].value());
                vb.add(r[2].value());
            }
            if (precise < MIN_ROWS || agree < AGREE * rows.size() || va.size() < 2 || vb.size() < 2 || vc.size() < 2) continue;
            if (best == null || agree > best.agree()) best = new Relation(t, a, b, product, e, agree, rows.size());
        }
        return best;
    }

    /** Whether the printed C is A op B × k within its rounding, the inputs' rounding and the slack. */
    public static boolean holds(Relation rel, Num c, Num a, Num b, double slack) {
        return c.matches(rel.apply(a.value(), b.value()), rel(a) + rel(b) + slack);
    }

    private static double rel(Num n) {
        return n.value() == 0 ? 0 : n.rounding() / Math.abs(n.value());
    }

    private static int count(TableLayout layout, int c) {
        int n = 0;
        for (Table.Row r : layout.table().rows()) if (r.number(c) != null && layout.kind(r) != TableLayout.RowKind.UNALIGNED) n++;
        return n;
    }
}
