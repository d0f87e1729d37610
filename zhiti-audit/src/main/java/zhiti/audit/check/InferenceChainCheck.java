package zhiti.audit.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainSteps.Kind;
import zhiti.audit.check.ChainSteps.Step;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.check.ProductExpr.Equation;
import zhiti.audit.text.Num;
import zhiti.audit.text.Unit;
import zhiti.econ.inference.InferenceCompute;

/**
 * Serving-demand chains: FLOP per token (≈ 2·N) × tokens per query ÷ utilisation → FLOP per query; × queries a day
 * ÷ 86,400 s (or FLOP per token × tokens a day or a second) → FLOP/s; ÷ per-chip peak → chips; ÷ chips per server
 * → servers; × server price → capex. Each printed step is judged against the printed steps before it, so a slip is
 * flagged once, where it happens; a later step that follows correctly from a wrong printed input reproduces, and
 * its explanation says what it inherited and what it would be with the slip corrected. Utilisation is divided once:
 * at the step that first reproduces with it (per query, per FLOP/s or per chip count), or at the first step that
 * can take it when none does.
 */
public final class InferenceChainCheck implements Check {
    private static final Input SECONDS_PER_DAY = Input.constant("seconds per day", InferenceCompute.SECONDS_PER_DAY, "s", "definition");
    private static final Input TWO = Input.constant("FLOP per parameter per token", 2, "", "definition (Kaplan et al. 2020: forward pass)");

    /** A step done: its printed value and what it would be were every earlier slip corrected. */
    private record Done(Step step, int index, double printed, double corrected) {
        boolean inherits() {
            return Math.abs(corrected / printed - 1) > 0.03;
        }
    }

    /** One way a step may follow from earlier ones. */
    private record Variant(double value, double corrected, String formula, String text, List<Input> inputs, List<Done> from,
                           boolean usesUtil) {
        /** The rounding its printed inputs carry (whole numbers exact), capped at 10%. */
        double slack() {
            return Math.min(0.1, from.stream().mapToDouble(x -> x.step().q().relRounding()).sum());
        }
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            ChainDoc cd = new ChainDoc(d);
            Map<Quantity, Equation> equations = new HashMap<>();
            Map<Quantity, Claim> claims = new LinkedHashMap<>();
            for (Read r : cd.reads())
                for (Equation e : r.equations())
                    if (!e.hasSum() && ChainScope.of(cd, r, e) == ChainScope.Scope.INFERENCE) {
                        equations.put(e.result(), e);
                        claims.put(e.result(), ProductClaims.equation(ClaimKind.INFERENCE_CHAIN, e, null));
                    }
            for (List<Read> passage : ChainSteps.passages(cd))
                if (passage.stream().anyMatch(r -> ChainScope.INFERENCE.matcher(r.sentence().text()).find()))
                    chain(ChainSteps.steps(passage), equations, claims);
            out.addAll(claims.values());
        }
        return out;
    }

    /** The numbers this check judges as computed steps of a serving chain: the product check leaves them alone. */
    static Set<Quantity> computedSteps(ChainDoc cd) {
        Set<Quantity> out = new HashSet<>();
        for (List<Read> passage : ChainSteps.passages(cd))
            if (passage.stream().anyMatch(r -> ChainScope.INFERENCE.matcher(r.sentence().text()).find()))
                for (Step st : ChainSteps.steps(passage))
                    if (COMPUTED.contains(st.kind())) out.add(st.q());
        return out;
    }

    private static final Map<Kind, Kind> LOOK_AHEAD = Map.of(Kind.SERVERS, Kind.PER_SERVER, Kind.CHIPS, Kind.CHIP_PEAK);
    private static final Set<Kind> COMPUTED = EnumSet.of(Kind.FLOP_PER_TOKEN, Kind.FLOP_PER_QUERY, Kind.DEMAND,
            Kind.CHIPS, Kind.SERVERS, Kind.CAPEX);

    private void chain(List<Step> steps, Map<Quantity, Equation> equations, Map<Quantity, Claim> claims) {
        Map<Kind, Done> last = new EnumMap<>(Kind.class);
        boolean utilUsed = false;
        int multiplier = -1;
        for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            if (st.kind() == Kind.MULTIPLIER) {
                multiplier = i;
                continue;
            }
            Kind ahead = LOOK_AHEAD.get(st.kind()); // "22.75 万台 8*T4 服务器", "47 万张 98 TFLOPS 的卡": the size follows the count
            if (ahead != null && !last.containsKey(ahead) && i + 1 < steps.size() && steps.get(i + 1).kind() == ahead
                    && steps.get(i + 1).q().at().sentence() == st.q().at().sentence())
                last.put(ahead, input(steps.get(i + 1), i + 1));
            Equation eq = equations.get(st.q());
            if (eq != null) {
                last.put(st.kind(), written(st, i, eq, last, claims));
                Done util = last.get(Kind.UTIL);
                if (util != null && eq.leaves().stream().anyMatch(l -> l.q().v() == util.printed())) utilUsed = true;
                continue;
            }
            List<Variant> variants = variants(st.kind(), last, utilUsed);
            if (variants == null || variants.isEmpty()) { // an input, or a step printed without its inputs: later steps start from it
                last.put(st.kind(), input(st, i));
                continue;
            }
            int earliest = variants.get(0).from().stream().mapToInt(Done::index).min().orElse(i);
            if (multiplier > earliest) { // a factor printed between the inputs and the step may be part of it
                last.put(st.kind(), input(st, i));
                continue;
            }
            Variant chosen = variants.get(0); // the reading judged when none reproduces
            for (Variant v : variants)
                if (st.q().num().matches(st.q().toBase(v.value()), v.slack() + Judge.SLACK) || roundedUp(st, v.value())) {
                    chosen = v;
                    break;
                }
            if (chosen.usesUtil()) utilUsed = true;
            Done done = new Done(st, i, st.q().v(), chosen.corrected());
            String expl = chosen.text() + " = " + shown(st, st.q().toBase(chosen.value()));
            Claim c = Judge.judge(ClaimKind.INFERENCE_CHAIN, at(st), st.q().toBase(chosen.value()), chosen.slack(), chosen.formula(), chosen.inputs(),
                    expl + inheritedNote(chosen, st), ProductClaims.slip(st.q().at().value(), st.q().toBase(chosen.value())));
            claims.merge(st.q(), c, (a, b) -> a);
            last.put(st.kind(), done);
        }
    }

    /** Chips and servers are bought whole: a count printed as the computed one rounded up reproduces. */
    private static boolean roundedUp(Step st, double computed) {
        return (st.kind() == Kind.CHIPS || st.kind() == Kind.SERVERS) && st.q().num().matches(Math.ceil(computed - 1e-9), 0);
    }

    /** An input step (printed, nothing to compute). */
    private static Done input(Step st, int index) {
        return new Done(st, index, st.q().v(), st.q().v());
    }

    /** A step printed as an equation: its own arithmetic decides; what it inherits is noted. */
    private static Done written(Step st, int index, Equation eq, Map<Kind, Done> last, Map<Quantity, Claim> claims) {
        Claim c = claims.get(st.q());
        double ratio = 1;
        List<Done> from = new ArrayList<>();
        for (ProductExpr.Leaf l : eq.leaves())
            for (Done d : last.values())
                if (d.printed() == l.q().v() && d.inherits()) {
                    ratio *= l.divides() ? d.printed() / d.corrected() : d.corrected() / d.printed();
                    from.add(d);
                }
        double computed = c.computed() == null ? st.q().v() : c.computed() * st.q().v() / st.q().at().value();
        double corrected = (c.verdict() == Verdict.DISCREPANCY ? computed : st.q().v()) * ratio;
        if (!from.isEmpty() && c.verdict() == Verdict.REPRODUCES)
            claims.put(st.q(), ProductClaims.withNote(c, inherited(from, corrected, st)));
        return new Done(st, index, st.q().v(), corrected);
    }

    private static String inheritedNote(Variant v, Step st) {
        List<Done> bad = v.from().stream().filter(Done::inherits).toList();
        return bad.isEmpty() ? "" : inherited(bad, v.corrected(), st);
    }

    private static String inherited(List<Done> from, double corrected, Step st) {
        StringBuilder b = new StringBuilder("; it rests on ");
        for (int i = 0; i < from.size(); i++) b.append(i > 0 ? " and " : "").append("the printed ").append(from.get(i).step().q().shown());
        return b.append(", which an earlier step got wrong: with that corrected this step would be ")
                .append(shown(st, st.q().toBase(corrected))).toString();
    }

    /** A demand is a rate, however the report spells it ("118EFlops"): the claim says FLOP/s. */
    private static Located at(Step st) {
        Located l = st.q().at();
        if (st.kind() != Kind.DEMAND || l.num().unit() == Unit.FLOP_PER_S) return l;
        Num n = l.num();
        return new Located(l.doc(), new Num(n.start(), n.end(), n.value(), Unit.FLOP_PER_S, n.currency(), n.step(), n.text(), n.word(), n.bound()),
                l.sentence());
    }

    private static String shown(Step st, double value) {
        return st.kind() == Kind.DEMAND ? ProductClaims.fmt(value) + " FLOP/s" : ProductClaims.show(value, st.q());
    }

    /** The ways a step follows from the steps before it; null for an input step, empty when its inputs are missing. */
    private static List<Variant> variants(Kind k, Map<Kind, Done> last, boolean utilUsed) {
        Done util = utilUsed ? null : last.get(Kind.UTIL);
        List<Variant> out = new ArrayList<>();
        switch (k) {
            case FLOP_PER_TOKEN -> {
                Done n = last.get(Kind.PARAMS);
                if (n == null) return List.of();
                double v = InferenceCompute.flopPerToken(n.printed(), "document").value();
                out.add(new Variant(v, 2 * n.corrected(), "FLOP/token = 2 · N", "2 × " + n.step().q().shown(), inputs(n, TWO), List.of(n), false));
            }
            case FLOP_PER_QUERY -> {
                Done t = last.get(Kind.TOKENS_PER_QUERY);
                Done f = last.get(Kind.FLOP_PER_TOKEN);
                if (t == null || f == null) return List.of();
                double v = f.printed() * t.printed(), c = f.corrected() * t.corrected();
                String text = f.step().q().shown() + " × " + t.step().q().shown();
                if (util != null) out.add(new Variant(v / util.printed(), c / util.corrected(), "FLOP/query = FLOP/token × tokens/query ÷ utilisation",
                        text + " ÷ " + util.step().q().shown(), inputs(f, t, util), List.of(f, t, util), true));
                out.add(new Variant(v, c, "FLOP/query = FLOP/token × tokens/query", text, inputs(f, t), List.of(f, t), false));
            }
            case DEMAND -> demand(last, util, out);
            case CHIPS -> {
                Done dem = last.get(Kind.DEMAND), peak = last.get(Kind.CHIP_PEAK);
                if (dem == null || peak == null) return List.of();
                double v = dem.printed() / peak.printed(), c = dem.corrected() / peak.corrected();
                String text = dem.step().q().shown() + " ÷ " + peak.step().q().shown();
                if (util != null) out.add(new Variant(v / util.printed(), c / util.corrected(), "chips = FLOP/s ÷ (peak × utilisation)",
                        text + " ÷ " + util.step().q().shown(), inputs(dem, peak, util), List.of(dem, peak, util), true));
                out.add(new Variant(v, c, "chips = FLOP/s ÷ peak per chip", text, inputs(dem, peak), List.of(dem, peak), false));
            }
            case SERVERS -> {
                Done chips = last.get(Kind.CHIPS), per = last.get(Kind.PER_SERVER);
                if (chips == null || per == null) return List.of();
                out.add(new Variant(chips.printed() / per.printed(), chips.corrected() / per.corrected(), "servers = chips ÷ chips per server",
                        chips.step().q().shown() + " ÷ " + per.step().q().shown(), inputs(chips, per), List.of(chips, per), false));
            }
            case CAPEX -> {
                Done servers = last.get(Kind.SERVERS), price = last.get(Kind.SERVER_PRICE);
                if (servers == null || price == null) return List.of();
                out.add(new Variant(servers.printed() * price.printed(), servers.corrected() * price.corrected(), "capex = servers × server price",
                        servers.step().q().shown() + " × " + price.step().q().shown(), inputs(servers, price), List.of(servers, price), false));
            }
            default -> {
                return null;
            }
        }
        return out;
    }

    /** FLOP/s from a day's queries, a day's tokens or tokens a second, whichever the passage printed. */
    private static void demand(Map<Kind, Done> last, Done util, List<Variant> out) {
        Done perQuery = last.get(Kind.FLOP_PER_QUERY), perToken = last.get(Kind.FLOP_PER_TOKEN);
        Done visits = last.get(Kind.VISITS_PER_DAY), perVisit = last.get(Kind.QUERIES_PER_VISIT), queries = last.get(Kind.QUERIES_PER_DAY);
        Done tokensDay = last.get(Kind.TOKENS_PER_DAY), tokensSec = last.get(Kind.TOKENS_PER_SECOND);
        double day = InferenceCompute.SECONDS_PER_DAY;
        if (perQuery != null && (queries != null || visits != null && perVisit != null)) {
            List<Done> from = queries != null ? List.of(perQuery, queries) : List.of(perQuery, visits, perVisit);
            double v = perQuery.printed() / day, c = perQuery.corrected() / day;
            StringBuilder text = new StringBuilder(perQuery.step().q().shown());
            for (Done x : from.subList(1, from.size())) {
                v *= x.printed();
                c *= x.corrected();
                text.append(" × ").append(x.step().q().shown());
            }
            List<Input> in = new ArrayList<>(inputs(from.toArray(Done[]::new)));
            in.add(SECONDS_PER_DAY);
            if (util != null) {
                List<Input> withUtil = new ArrayList<>(in);
                withUtil.add(ProductClaims.input("utilisation", util.step().q()));
                List<Done> f2 = new ArrayList<>(from);
                f2.add(util);
                out.add(new Variant(v / util.printed(), c / util.corrected(), "FLOP/s = FLOP/query × queries/day ÷ 86,400 s ÷ utilisation",
                        text + " ÷ 86,400 s ÷ " + util.step().q().shown(), withUtil, f2, true));
            }
            out.add(new Variant(v, c, "FLOP/s = FLOP/query × queries/day ÷ 86,400 s", text + " ÷ 86,400 s", in, from, false));
            if (util != null) Collections.reverse(out); // without utilisation first: the chip count may divide by it
        } else if (perToken != null && (tokensDay != null || tokensSec != null)) {
            Done tokens = tokensDay != null ? tokensDay : tokensSec;
            double per = tokensDay != null ? day : 1;
            double v = tokensDay != null ? InferenceCompute.flopsForDailyTokens(perToken.printed(), tokensDay.printed(), "document").value()
                    : perToken.printed() * tokens.printed();
            double c = perToken.corrected() * tokens.corrected() / per;
            String text = perToken.step().q().shown() + " × " + tokens.step().q().shown() + (tokensDay != null ? " ÷ 86,400 s" : "");
            List<Input> in = new ArrayList<>(inputs(perToken, tokens));
            if (tokensDay != null) in.add(SECONDS_PER_DAY);
            if (util != null) {
                List<Input> withUtil = new ArrayList<>(in);
                withUtil.add(ProductClaims.input("utilisation", util.step().q()));
                out.add(new Variant(v / util.printed(), c / util.corrected(), "FLOP/s = FLOP/token × tokens per second ÷ utilisation",
                        text + " ÷ " + util.step().q().shown(), withUtil, List.of(perToken, tokens, util), true));
            }
            out.add(new Variant(v, c, "FLOP/s = FLOP/token × tokens per second", text, in, List.of(perToken, tokens), false));
            if (util != null) Collections.reverse(out);
        }
    }

    private static List<Input> inputs(Object... items) {
        List<Input> out = new ArrayList<>();
        for (Object o : items)
            if (o instanceof Done d) out.add(ProductClaims.input(name(d.step().kind()), d.step().q()));
            else if (o instanceof Input i) out.add(i);
        return out;
    }

    private static String name(Kind k) {
        return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
