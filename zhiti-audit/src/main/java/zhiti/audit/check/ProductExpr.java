package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import zhiti.audit.check.ChainMarkup.Cleaned;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;

/**
 * Arithmetic a report writes out: "30×10^8×1.43×10^14×3×2=2.6×10^24", "2 万亿 · 267 tokens / 32% = 17 PFlops",
 * "1000=16×12.5×2.5×2", "2.6×10^24/(19.5×10^12×10000)/(24×60×60)≈154 天". An equation is an expression with at least
 * one operator next to ('=' or '≈') a single printed number, the result. Numbers multiply as printed (with their
 * magnitude and SI prefix, "24 小时" as 24, a percent as a fraction), so the units of the two sides need no reading.
 */
final class ProductExpr {

    /** A number of the expression and whether it divides. */
    record Leaf(Quantity q, boolean divides) {
    }

    /**
     * @param value  the expression's value, in printed units
     * @param text   the expression as written (cleaned of markup)
     * @param hasSum whether it adds or subtracts anywhere (then it is a sum, not a product)
     */
    record Equation(Quantity result, List<Leaf> leaves, double value, boolean hasSum, String text) {
        /** The value in the result's base unit (days for "154 天", FLOP for "17 PFlops"). */
        double computedBase() {
            return result.printed() == 0 ? value : value * result.at().value() / result.printed();
        }

        /** Rounding the printed factors carry (whole numbers count as exact), capped: past 10% nothing is judgeable anyway. */
        double slack() {
            double r = 0;
            for (Leaf l : leaves) r += l.q().relRounding();
            return Math.min(r, 0.10);
        }

        List<Quantity> factors() {
            return leaves.stream().filter(l -> !l.divides()).map(Leaf::q).toList();
        }

        List<Quantity> divisors() {
            return leaves.stream().filter(Leaf::divides).map(Leaf::q).toList();
        }
    }

    private enum T { NUM, MUL, DIV, ADD, SUB, LP, RP, EQ, POW, TEXT }

    private record Tok(T t, Quantity q, int start, int end) {
    }

    private ProductExpr() {
    }

    static List<Equation> find(Cleaned c, List<Quantity> qs) {
        List<Tok> toks = tokens(c.text(), qs);
        List<Equation> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (toks.get(i).t() == T.TEXT) { i++; continue; }
            int j = i;
            while (j < toks.size() && toks.get(j).t() != T.TEXT) j++;
            equations(c.text(), toks.subList(i, j), out);
            i = j;
        }
        return out;
    }

    private static void equations(String text, List<Tok> run, List<Equation> out) {
        List<List<Tok>> sides = new ArrayList<>();
        List<Tok> cur = new ArrayList<>();
        for (Tok t : run) {
            if (t.t() == T.EQ) { sides.add(cur); cur = new ArrayList<>(); } else cur.add(t);
        }
        sides.add(cur);
        for (int k = 0; k < sides.size(); k++) sides.set(k, balanced(sides.get(k)));
        for (int k = 0; k + 1 < sides.size(); k++) {
            List<Tok> a = sides.get(k), b = sides.get(k + 1);
            if (single(a) && operated(b)) add(text, b, a.get(0).q(), out);
            else if (operated(a) && single(b)) add(text, a, b.get(0).q(), out);
        }
    }

    /** A side without the bracket that opens or closes around the whole equation: "(1000=16×12.5×2.5×2)". */
    private static List<Tok> balanced(List<Tok> side) {
        List<Tok> s = new ArrayList<>(side);
        while (true) {
            long open = s.stream().filter(t -> t.t() == T.LP).count(), close = s.stream().filter(t -> t.t() == T.RP).count();
            if (open > close && !s.isEmpty() && s.get(0).t() == T.LP) s.remove(0);
            else if (close > open && !s.isEmpty() && s.get(s.size() - 1).t() == T.RP) s.remove(s.size() - 1);
            else return s;
        }
    }

    private static boolean single(List<Tok> side) {
        return side.size() == 1 && side.get(0).t() == T.NUM;
    }

    private static boolean operated(List<Tok> side) {
        return side.size() >= 3 && side.stream().anyMatch(t -> t.t() == T.MUL || t.t() == T.DIV || t.t() == T.ADD || t.t() == T.SUB);
    }

    private static void add(String text, List<Tok> expr, Quantity result, List<Equation> out) {
        Parser p = new Parser(expr);
        Double v = p.expr(false);
        if (v == null || p.pos != expr.size() || !Double.isFinite(v) || p.leaves.isEmpty()) return;
        String written = text.substring(expr.get(0).start(), expr.get(expr.size() - 1).end()).strip().replaceAll("\\s+", " ");
        out.add(new Equation(result, List.copyOf(p.leaves), v, p.sum, written));
    }

    /** Words that state a product's result: "16,384 GPUs x 2,250 TFLOPS gives roughly 36.9 EFLOPS". */
    private static final java.util.regex.Pattern EQ_WORDS = java.util.regex.Pattern.compile(
            "(?:gives|yields|giving|equals|comes to|works out to|for a total of|得到|等于)(?:\\s+(?:roughly|about|approximately|around|some))?\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A count's noun between it and the operator: "16,384 GPUs x …". */
    private static final java.util.regex.Pattern COUNT_NOUN = java.util.regex.Pattern.compile(
            "\\s*(?:GPUs?|chips?|cards?|accelerators?|servers?|nodes?|units?|张|块|颗|卡|台)(?=\\s*[x×*])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static List<Tok> tokens(String t, List<Quantity> qs) {
        List<Tok> out = new ArrayList<>();
        int qi = 0;
        int i = 0;
        while (i < t.length()) {
            while (qi < qs.size() && qs.get(qi).cleanStart() < i) qi++;
            if (qi < qs.size() && qs.get(qi).cleanStart() == i) {
                Quantity q = qs.get(qi);
                out.add(new Tok(q.dim() == Dim.OTHER ? T.TEXT : T.NUM, q, i, q.cleanEnd()));
                i = Math.max(i + 1, q.cleanEnd());
                java.util.regex.Matcher noun = COUNT_NOUN.matcher(t).region(i, t.length());
                if (noun.lookingAt()) i = noun.end();
                continue;
            }
            java.util.regex.Matcher eq = EQ_WORDS.matcher(t).region(i, t.length());
            if (prevNum(out) && out.stream().anyMatch(k -> k.t() == T.MUL) && eq.lookingAt()) {
                out.add(new Tok(T.EQ, null, i, eq.end()));
                i = eq.end();
                continue;
            }
            char ch = t.charAt(i);
            T kind = switch (ch) {
                case '×', '*', '·', '∙', '⋅' -> T.MUL;
                case 'x', 'X' -> prevNum(out) && nextDigit(t, i) ? T.MUL : T.TEXT;
                case '/', '÷' -> T.DIV;
                case '+' -> T.ADD;
                case '−' -> T.SUB;
                case '(', '{', '[' -> T.LP;
                case ')', '}', ']' -> T.RP;
                case '=', '≈', '≒' -> T.EQ;
                case '^' -> T.POW;
                default -> Character.isWhitespace(ch) ? null : T.TEXT;
            };
            if (kind != null) out.add(new Tok(kind, null, i, i + 1));
            i++;
        }
        return out;
    }

    private static boolean prevNum(List<Tok> out) {
        return !out.isEmpty() && (out.get(out.size() - 1).t() == T.NUM || out.get(out.size() - 1).t() == T.RP);
    }

    private static boolean nextDigit(String t, int i) {
        int k = i + 1;
        while (k < t.length() && t.charAt(k) == ' ') k++;
        return k < t.length() && (Character.isDigit(t.charAt(k)) || t.charAt(k) == '(');
    }

    /** Recursive descent over + − × / ^ and parentheses; records each number and whether it ends up dividing. */
    private static final class Parser {
        final List<Tok> toks;
        int pos;
        boolean sum;
        final List<Leaf> leaves = new ArrayList<>();

        Parser(List<Tok> toks) {
            this.toks = toks;
        }

        T peek() {
            return pos < toks.size() ? toks.get(pos).t() : null;
        }

        Double expr(boolean inverted) {
            Double v = term(inverted);
            while (v != null && (peek() == T.ADD || peek() == T.SUB)) {
                boolean minus = peek() == T.SUB;
                pos++;
                sum = true;
                Double r = term(inverted);
                if (r == null) return null;
                v = minus ? v - r : v + r;
            }
            return v;
        }

        Double term(boolean inverted) {
            Double v = power(inverted);
            while (v != null && (peek() == T.MUL || peek() == T.DIV)) {
                boolean div = peek() == T.DIV;
                pos++;
                Double r = power(inverted != div);
                if (r == null) return null;
                v = div ? v / r : v * r;
            }
            return v;
        }

        Double power(boolean inverted) {
            int mark = leaves.size();
            Double base = atom(inverted);
            if (base == null || peek() != T.POW) return base;
            pos++;
            int before = leaves.size();
            Double exp = atom(inverted);
            if (exp == null) return null;
            // an exponent is not a factor: "2^{10}" multiplies 2 ten times, so neither number is a leaf
            while (leaves.size() > mark) leaves.remove(leaves.size() - 1);
            if (before < mark) return null;
            return Math.pow(base, exp);
        }

        Double atom(boolean inverted) {
            if (peek() == T.NUM) {
                Tok t = toks.get(pos++);
                leaves.add(new Leaf(t.q(), inverted));
                return t.q().printed();
            }
            if (peek() == T.LP) {
                pos++;
                Double v = expr(inverted);
                if (v == null || peek() != T.RP) return null;
                pos++;
                return v;
            }
            return null;
        }
    }
}
