package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small JavaScript programs for the arithmetic requests no calculator covers and no single expression states: sums
 * of squares over a range, primes below a bound, the statistics of a list, the digits of a factorial, the real root
 * of a polynomial, a greatest common divisor, combinations. Each template reads only numbers (and a polynomial's
 * coefficients) from the question; the program is written here, never copied from the text.
 */
final class Programs {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String N = "(\\d[\\d,]*)";

    private record Template(Pattern pattern, Function<Matcher, Optional<String>> program) {
    }

    private static final List<Template> TEMPLATES = new ArrayList<>();

    static {
        add("sum of (?:the )?(squares|cubes) of (?:the )?(?:integers|numbers|whole numbers)?\\s*(?:from )?1 (?:through|to|-|–|and) " + N
                        + "|1\\s*(?:到|至|~|-)\\s*" + N + "\\s*的\\s*(平方|立方)和",
                m -> {
                    String kind = m.group(1) != null ? m.group(1) : m.group(4);
                    String n = num(m.group(2) != null ? m.group(2) : m.group(3));
                    int p = kind.startsWith("cube") || kind.equals("立方") ? 3 : 2;
                    return Optional.of("let s = 0; for (let k = 1; k <= " + n + "; k++) s += k ** " + p + "; s");
                });
        add("sum of (?:all )?(?:the )?prime(?:s| numbers) (below|under|less than|up to|not exceeding) " + N
                        + "|" + N + "\\s*以内(?:的)?(?:所有)?(?:质数|素数)(?:加起来|之和|的和|的总和|求和)",
                m -> {
                    String n = num(m.group(2) != null ? m.group(2) : m.group(3));
                    boolean inclusive = m.group(1) != null && m.group(1).startsWith("up to");
                    return Optional.of(sieve(n) + "let s = 0; for (let i = 2; i " + (inclusive ? "<=" : "<") + " " + n
                            + "; i++) if (p[i]) s += i; s");
                });
        add("how many primes? (?:are there )?(?:below|under|less than|up to) " + N + "|" + N + "\\s*以内有多少个?(?:质数|素数)",
                m -> {
                    String n = num(m.group(1) != null ? m.group(1) : m.group(2));
                    return Optional.of(sieve(n) + "let c = 0; for (let i = 2; i < " + n + "; i++) if (p[i]) c++; c");
                });
        add("(\\d+)\\s*(?:st|nd|rd|th) prime|第\\s*(\\d+)\\s*个(?:质数|素数)",
                m -> Optional.of("let c = 0, i = 1; while (c < " + num(m.group(1) != null ? m.group(1) : m.group(2))
                        + ") { i++; let q = true; for (let d = 2; d * d <= i; d++) if (i % d === 0) { q = false; break; } if (q) c++; } i"));
        add("(?:digit sum|sum of (?:the )?digits) of " + N + "\\s*!|" + N + "\\s*(?:!|的阶乘)[，,\\s]*(?:的)?各(?:位)?(?:数字)?(?:之和|加起来|的和)",
                m -> Optional.of("let f = 1n; for (let i = 2n; i <= " + num(m.group(1) != null ? m.group(1) : m.group(2))
                        + "n; i++) f *= i; [...f.toString()].reduce((s, d) => s + Number(d), 0)"));
        add("(population |sample )?(standard deviation|variance|mean|average|median)\\s+of\\s+([-\\d.,\\s和and]+\\d)"
                        + "|([-\\d.,，、\\s和]+\\d)\\s*(?:这几个数)?的\\s*(总体|样本)?\\s*(标准差|方差|平均数|平均值|中位数)",
                m -> {
                    String list = m.group(3) != null ? m.group(3) : m.group(4);
                    String kind = (m.group(2) != null ? m.group(2) : m.group(6)).toLowerCase();
                    String scope = m.group(1) != null ? m.group(1).strip() : m.group(5) != null ? m.group(5) : "population";
                    List<String> xs = numbers(list);
                    if (xs.size() < 2) {
                        return Optional.empty();
                    }
                    String arr = "const x = [" + String.join(", ", xs) + "]; const n = x.length; const mu = x.reduce((a, b) => a + b, 0) / n; ";
                    boolean sample = scope.startsWith("sample") || scope.equals("样本");
                    String var = "x.reduce((a, b) => a + (b - mu) ** 2, 0) / " + (sample ? "(n - 1)" : "n");
                    return Optional.of(arr + switch (kind) {
                        case "standard deviation", "标准差" -> "Math.sqrt(" + var + ")";
                        case "variance", "方差" -> var;
                        case "median", "中位数" -> "const s = [...x].sort((a, b) => a - b); n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2";
                        default -> "mu";
                    });
                });
        add("(?:greatest common divisor|gcd|highest common factor) of " + N + " and " + N + "|" + N + "\\s*和\\s*" + N + "\\s*的最大公约数",
                m -> Optional.of("let a = " + num(m.group(1) != null ? m.group(1) : m.group(3)) + ", b = "
                        + num(m.group(2) != null ? m.group(2) : m.group(4)) + "; while (b) [a, b] = [b, a % b]; a"));
        add(N + "\\s*choose\\s*" + N + "|C\\(\\s*" + N + "\\s*,\\s*" + N + "\\s*\\)|从\\s*" + N + "\\s*个.{0,6}(?:中|里)(?:任)?(?:选|取)\\s*" + N + "\\s*个",
                m -> {
                    String[] g = {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)};
                    String n = g[0] != null ? g[0] : g[2] != null ? g[2] : g[4];
                    String k = g[1] != null ? g[1] : g[3] != null ? g[3] : g[5];
                    return Optional.of("let r = 1; for (let i = 1; i <= " + num(k) + "; i++) r = r * (" + num(n) + " - "
                            + num(k) + " + i) / i; Math.round(r)");
                });
        add("(?:solve|root of|roots? of|zero of|方程)\\s*[:：]?\\s*([-+*/^\\dx\\s.²³⁴−–]+?)\\s*=\\s*0",
                m -> polynomial(m.group(1)).map(Programs::realRoot));
    }

    private Programs() {
    }

    private static void add(String regex, Function<Matcher, Optional<String>> program) {
        TEMPLATES.add(new Template(Pattern.compile(regex, F), program));
    }

    static Optional<String> of(String q) {
        for (Template t : TEMPLATES) {
            Matcher m = t.pattern().matcher(q);
            if (m.find()) {
                Optional<String> p = t.program().apply(m);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static String sieve(String n) {
        return "const p = new Uint8Array(" + n + " + 1).fill(1); p[0] = p[1] = 0; for (let i = 2; i * i <= " + n
                + "; i++) if (p[i]) for (let j = i * i; j <= " + n + "; j += i) p[j] = 0; ";
    }

    private static String num(String s) {
        return s.replace(",", "");
    }

    private static List<String> numbers(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(list);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** "x³ − 2x − 5" as a JavaScript function body of x, when it is a polynomial in x and nothing else. */
    static Optional<String> polynomial(String text) {
        String p = text.replace('−', '-').replace('–', '-').replace("²", "^2").replace("³", "^3").replace("⁴", "^4")
                .replaceAll("\\s+", "");
        if (!p.matches("[-+*/^.\\dx]+") || !p.contains("x")) {
            return Optional.empty();
        }
        String js = p.replaceAll("(\\d)x", "$1*x").replace("^", "**");
        return Optional.of(js);
    }

    /** Scans for a sign change, then bisects it to machine precision: the first real root in [-1e4, 1e4]. */
    private static String realRoot(String f) {
        return "const f = (x) => " + f + "; let lo = null, hi = null; "
                + "for (let a = -1e4, step = 0.01; a < 1e4; a += step) { if (f(a) === 0) { lo = hi = a; break; } "
                + "if (f(a) * f(a + step) < 0) { lo = a; hi = a + step; break; } } "
                + "if (lo === null) { NaN } else { for (let i = 0; i < 200 && lo !== hi; i++) { const m = (lo + hi) / 2; "
                + "if (f(lo) * f(m) <= 0) hi = m; else lo = m; } (lo + hi) / 2 }";
    }
}
