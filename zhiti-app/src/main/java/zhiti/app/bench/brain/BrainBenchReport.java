package zhiti.app.bench.brain;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import zhiti.agent.Answer;
import zhiti.agent.Observation;
import zhiti.runtime.Json;
import zhiti.app.bench.brain.Expectation.ExpectedValue;
import zhiti.app.bench.brain.ExpectationChecker.ValueMatch;

/**
 * The numbers of a brain benchmark run — accuracy per class, per language and overall, planning time, total
 * time — and, for each failure, what was asked, expected and found and why it failed. As one JSON object for
 * scripts, or as text for people.
 */
public final class BrainBenchReport {

    private static final int ANSWER_CHARS = 300;

    private final List<ItemResult> results;
    private final long totalMillis;
    private final Map<String, Object> setup;

    /** @param setup what the run used (the set, the knowledge base), reported as given */
    public BrainBenchReport(List<ItemResult> results, long totalMillis, Map<String, Object> setup) {
        this.results = List.copyOf(results);
        this.totalMillis = totalMillis;
        this.setup = new LinkedHashMap<>(setup);
    }

    /** Percent of items passed, 0 to 100. */
    public double accuracy() {
        return percent(results.stream().filter(ItemResult::pass).count(), results.size());
    }

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>(setup);
        m.put("items", results.size());
        m.put("passed", results.stream().filter(ItemResult::pass).count());
        m.put("accuracy_pct", round1(accuracy()));
        m.put("by_class", tally(r -> r.item().questionClass()));
        m.put("by_lang", tally(r -> r.item().lang()));
        m.put("by_kind", tally(r -> r.item().expect().kind().label()));
        m.put("planning_ms", percentiles(ItemResult::planningMillis));
        m.put("recall_ms", percentiles(ItemResult::recallMillis));
        m.put("total_ms", totalMillis);
        m.put("mean_item_ms", results.isEmpty() ? 0 : totalMillis / results.size());
        long expected = results.stream().mapToLong(r -> r.item().expect().values().size()).sum();
        long viaText = results.stream().mapToLong(r -> r.verdict().viaText()).sum();
        long viaFigure = results.stream().flatMap(r -> r.verdict().values().stream())
                .filter(v -> v.via().equals("figure")).count();
        Map<String, Object> vs = new LinkedHashMap<>();
        vs.put("expected", expected);
        vs.put("via_figure", viaFigure);
        vs.put("via_text", viaText);
        m.put("values", vs);
        m.put("crashed", results.stream().filter(r -> r.answer() == null).count());
        return m;
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", summary());
        m.put("items", results.stream().map(BrainBenchReport::item).toList());
        return m;
    }

    static Map<String, Object> item(ItemResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        LabelledItem it = r.item();
        m.put("id", it.id());
        m.put("class", it.questionClass());
        m.put("lang", it.lang());
        m.put("kind", it.expect().kind().label());
        m.put("pass", r.pass());
        m.put("reasons", r.verdict().reasons());
        m.put("ms", r.millis());
        m.put("planning_ms", r.planningMillis() == null ? null : round1(r.planningMillis()));
        m.put("question", it.question());
        m.put("values", r.verdict().values().stream().map(BrainBenchReport::value).toList());
        Answer a = r.answer();
        m.put("status", a == null ? "crashed" : a.status().name().toLowerCase(Locale.ROOT));
        m.put("figures", a == null ? List.of() : Json.figures(a.figures()));
        m.put("answer", a == null ? "" : a.text());
        m.put("tools", a == null ? List.of() : a.steps().stream().map(o -> o.step().tool()).toList());
        return m;
    }

    private static Map<String, Object> value(ValueMatch v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", v.expected().what());
        m.put("expected", v.expected().value());
        m.put("unit", v.expected().unit().label());
        m.put("matched", v.matched());
        m.put("via", v.matched() ? v.via() : null);
        m.put("found", v.matched() ? v.found() : null);
        return m;
    }

    private Map<String, Object> tally(Function<ItemResult, String> key) {
        Map<String, List<ItemResult>> groups = results.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        Map<String, Object> out = new LinkedHashMap<>();
        groups.forEach((k, rs) -> {
            long passed = rs.stream().filter(ItemResult::pass).count();
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("items", rs.size());
            t.put("passed", passed);
            t.put("accuracy_pct", round1(percent(passed, rs.size())));
            out.put(k, t);
        });
        return out;
    }

    private Map<String, Object> percentiles(java.util.function.Function<ItemResult, Double> time) {
        double[] ms = results.stream().map(time).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", ms.length == 0 ? null : round1(nearestRank(ms, 50)));
        m.put("p99", ms.length == 0 ? null : round1(nearestRank(ms, 99)));
        m.put("max", ms.length == 0 ? null : round1(ms[ms.length - 1]));
        m.put("runs", ms.length);
        return m;
    }

    static double nearestRank(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    @SuppressWarnings("unchecked")
    public void printText(PrintWriter out, boolean verbose) {
        Map<String, Object> s = summary();
        out.printf("brain benchmark: %s — %d items, offline brain%n", s.get("set"), results.size());
        if (s.get("knowledge_base") instanceof Map<?, ?> kb) {
            out.printf("knowledge base: %s documents, %s passages from %s (ingested in %s ms)%n", kb.get("documents"),
                    kb.get("passages"), kb.get("paths"), kb.get("ingest_ms"));
        } else {
            out.println("knowledge base: none");
        }
        out.println();
        table(out, "class", (Map<String, Object>) s.get("by_class"));
        table(out, "language", (Map<String, Object>) s.get("by_lang"));
        table(out, "kind", (Map<String, Object>) s.get("by_kind"));
        out.printf("%-14s %5d %6s %8.1f %%%n", "overall", results.size(), s.get("passed"), accuracy());
        out.println();
        Map<String, Object> p = (Map<String, Object>) s.get("planning_ms");
        out.printf("planning time (Recalled → first Planned): p50 %s ms, p99 %s ms, max %s ms over %s runs%n",
                p.get("p50"), p.get("p99"), p.get("max"), p.get("runs"));
        Map<String, Object> rc = (Map<String, Object>) s.get("recall_ms");
        out.printf("recall time (Started → Recalled, embedding and knowledge-base search): p50 %s ms, p99 %s ms%n",
                rc.get("p50"), rc.get("p99"));
        out.printf("total time: %.1f s (%s ms per item on average)%n", totalMillis / 1000.0, s.get("mean_item_ms"));
        Map<String, Object> v = (Map<String, Object>) s.get("values");
        out.printf("expected values: %s, matched by a figure %s, by a number in the text only %s%n",
                v.get("expected"), v.get("via_figure"), v.get("via_text"));
        if (!s.get("crashed").equals(0L)) {
            out.printf("crashed runs: %s%n", s.get("crashed"));
        }
        List<ItemResult> shown = results.stream().filter(r -> verbose || !r.pass()).toList();
        long failures = results.stream().filter(r -> !r.pass()).count();
        out.println();
        out.println(verbose ? "items (" + results.size() + ", " + failures + " failed):" : "failures (" + failures + "):");
        shown.forEach(r -> detail(out, r, verbose));
        out.flush();
    }

    private static void table(PrintWriter out, String title, Map<String, Object> rows) {
        out.printf("%-14s %5s %6s %10s%n", title, "items", "passed", "accuracy");
        rows.forEach((k, v) -> {
            Map<?, ?> t = (Map<?, ?>) v;
            out.printf("%-14s %5s %6s %8.1f %%%n", k, t.get("items"), t.get("passed"), (Double) t.get("accuracy_pct"));
        });
        out.println();
    }

    private static void detail(PrintWriter out, ItemResult r, boolean verbose) {
        LabelledItem it = r.item();
        out.println();
        out.printf("%s  %s  %s  %s  %s  (%d ms)%n", it.id(), r.pass() ? "pass" : "FAIL", it.questionClass(), it.lang(),
                it.expect().kind().label(), r.millis());
        String turn = it.turns().size() > 1 ? " (turn " + it.turns().size() + " of " + it.turns().size() + ")" : "";
        out.println("  question" + turn + ": " + it.question());
        out.println("  expected: " + expected(it.expect()));
        Answer a = r.answer();
        if (a == null) {
            out.println("  found:    (no answer: the run crashed)");
        } else {
            out.println("  found:    " + clip(a.text()) + " [" + a.status().name().toLowerCase(Locale.ROOT) + "]");
            out.println("  figures:  " + (a.figures().isEmpty() ? "none" : a.figures().stream()
                    .map(f -> f.name() + " = " + Numbers.format(f.value()) + " " + f.unit()).collect(Collectors.joining("; "))));
            if (verbose) {
                out.println("  tools:    " + (a.steps().isEmpty() ? "none" : a.steps().stream().map(BrainBenchReport::step)
                        .collect(Collectors.joining("; "))));
            }
        }
        r.verdict().values().stream().filter(ValueMatch::matched)
                .forEach(v -> out.println("  matched:  " + v.expected().describe() + " via " + v.via() + ": " + v.found()));
        r.verdict().reasons().forEach(reason -> out.println("  why:      " + reason));
    }

    private static String step(Observation o) {
        return o.step().tool() + (o.ok() ? " ✓" : " ✗ " + o.error());
    }

    static String expected(Expectation e) {
        List<String> parts = new ArrayList<>();
        switch (e.kind()) {
            case LIST -> parts.add("a list");
            case CITE -> parts.add("a citation from the reports");
            case ASK -> parts.add("a question back, no computed figures");
            case REFUSE -> parts.add("a refusal (out of scope)");
            case ACK -> parts.add("an acknowledgement");
            case ANSWER -> {
                if (e.values().isEmpty()) {
                    parts.add("an answer");
                }
            }
        }
        e.values().stream().map(ExpectedValue::describe).forEach(parts::add);
        if (!e.textAll().isEmpty()) {
            parts.add("naming all of " + e.textAll());
        }
        if (!e.textAny().isEmpty()) {
            parts.add("mentioning one of " + e.textAny());
        }
        if (!e.textNone().isEmpty()) {
            parts.add("mentioning none of " + e.textNone());
        }
        return String.join("; ", parts);
    }

    private static String clip(String text) {
        String t = text.replace("\n", " ⏎ ");
        return "\"" + (t.length() > ANSWER_CHARS ? t.substring(0, ANSWER_CHARS) + "…" : t) + "\"";
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
