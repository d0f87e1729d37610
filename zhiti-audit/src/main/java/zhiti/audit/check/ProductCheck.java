package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.check.ProductExpr.Equation;
import zhiti.econ.chip.ServerCount;
import zhiti.econ.cost.Purchase;
import zhiti.econ.cost.RentOrBuy;
import zhiti.econ.energy.EnergyUse;
import zhiti.econ.training.GpuHours;

/**
 * A stated total that is the product of stated factors: cluster compute = count × per-unit FLOPS, cost = GPU-hours ×
 * price per hour (or count × unit price, or GPUs × hours × hourly price), energy = power × time, the electricity
 * bill = energy × the tariff per kWh, power = count ×
 * per-unit power, GPU-hours = GPUs × time, servers = GPUs ÷ GPUs per server; and any equation a report writes out
 * that is not training or serving arithmetic (those go to {@link TrainingCheck} and {@link InferenceChainCheck}).
 *
 * <p>A prose total must be tied to its factors by a total word (总, 共, 合计, 集群, total, in all, 即, 相当于, =) and
 * its factors must be in the same sentence or the one or two before it in the paragraph, before the total. Each
 * recipe names the kinds of quantity it multiplies; the total is judged only when exactly one recipe finds exactly
 * one candidate for each of its factors. Two candidates for a factor, or two recipes, and nothing is said.
 */
public final class ProductCheck implements Check {
    private static final Pattern SERVER_WORD = Pattern.compile("台|servers?|nodes?|systems?|boxes?|节点", Pattern.CASE_INSENSITIVE);
    /** A total said to hold more than its factors ("总功耗 6.5 MW（含散热）", "including cooling") is not their product. */
    private static final Pattern INCLUDES_MORE = Pattern.compile(
            "含|包括|包含|另加|以及其他|及其他|PUE|散热|制冷|冷却|网络|including|incl\\.|plus|overhead|cooling|networking|other costs",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHIP_WORD = Pattern.compile("张|块|颗|片|卡|个|GPUs?|chips?|cards?|accelerators?|TPUs?|NPUs?", Pattern.CASE_INSENSITIVE);

    /** One factor of a recipe: which quantities may fill it and whether it divides. */
    private record Slot(String name, Predicate<Quantity> accepts, boolean divides) {
    }

    /**
     * A way of composing a total: its factors and the calculator that composes them (in the total's unit: FLOP/s,
     * money, Wh, W, GPU-hours, servers). Times are in days, so the calculators that want hours get days × 24.
     */
    private record Recipe(String formula, Predicate<Quantity> total, List<Slot> slots, Calc calc) {
    }

    @FunctionalInterface
    private interface Calc {
        double of(double[] f);
    }

    private static final String SRC = "document";

    private static final Predicate<Quantity> CHIPS = q -> q.dim() == Dim.COUNT && q.hardware() && !q.perUnit()
            && CHIP_WORD.matcher(q.word()).matches();
    private static final Predicate<Quantity> SERVERS = q -> q.dim() == Dim.COUNT && q.hardware() && !q.perUnit()
            && SERVER_WORD.matcher(q.word()).matches();
    private static final Predicate<Quantity> UNITS = q -> q.dim() == Dim.COUNT && q.hardware() && !q.perUnit();
    private static final Predicate<Quantity> PER_SERVER = q -> q.dim() == Dim.COUNT && q.perServer();
    private static final Predicate<Quantity> TIME = q -> q.dim() == Dim.TIME && !q.perUnit();
    private static final Predicate<Quantity> PER_UNIT_FLOPS = q -> q.dim() == Dim.FLOP && q.perUnit() && !q.total() && q.v() < 1e18;
    private static final Predicate<Quantity> PER_HOUR = q -> q.dim() == Dim.MONEY_PER_HOUR;
    /** A cluster's FLOP/s, not a training run's FLOP (which is 6·N·D, for {@link TrainingCheck}). */
    private static final Predicate<Quantity> RATE = q -> q.dim() == Dim.FLOP && !ChainFleet.isComputeAmount(q);

    private static final List<Recipe> RECIPES = List.of(
            new Recipe("total FLOP/s = count × FLOP/s per unit", RATE,
                    List.of(new Slot("count", CHIPS, false), new Slot("FLOP/s per unit", PER_UNIT_FLOPS, false)), f -> f[0] * f[1]),
            new Recipe("total FLOP/s = servers × GPUs per server × FLOP/s per GPU", RATE,
                    List.of(new Slot("servers", SERVERS, false), new Slot("GPUs per server", PER_SERVER, false),
                            new Slot("FLOP/s per GPU", PER_UNIT_FLOPS, false)), f -> f[0] * f[1] * f[2]),
            new Recipe("total FLOP/s = servers × FLOP/s per server", RATE,
                    List.of(new Slot("servers", SERVERS, false), new Slot("FLOP/s per server", PER_UNIT_FLOPS, false)), f -> f[0] * f[1]),
            new Recipe("cost = GPU-hours × price per GPU-hour", q -> q.dim() == Dim.MONEY,
                    List.of(new Slot("GPU-hours", q -> q.dim() == Dim.GPU_HOURS && !q.perUnit(), false), new Slot("price per hour", PER_HOUR, false)),
                    f -> RentOrBuy.rent(f[0], f[1], "stated", SRC).value()),
            new Recipe("cost = GPUs × days × 24 h × price per GPU-hour", q -> q.dim() == Dim.MONEY,
                    List.of(new Slot("GPUs", CHIPS, false), new Slot("time", TIME, false), new Slot("price per hour", PER_HOUR, false)),
                    f -> RentOrBuy.rent(GpuHours.fromFleet(f[0], f[1] * 24, SRC).value(), f[2], "stated", SRC).value()),
            new Recipe("cost = count × unit price", q -> q.dim() == Dim.MONEY,
                    List.of(new Slot("count", UNITS, false), new Slot("unit price", q -> q.dim() == Dim.MONEY && q.perUnit() && !q.total(), false)),
                    f -> Purchase.total(f[0], f[1], "unit", SRC).value()),
            new Recipe("energy = power × days × 24 h", q -> q.dim() == Dim.ENERGY,
                    List.of(new Slot("power", q -> q.dim() == Dim.POWER && !q.perUnit(), false), new Slot("time", TIME, false)),
                    f -> EnergyUse.loadRun(f[0] / 1e3, f[1] * 24, 1, SRC).value() * 1e6),
            new Recipe("energy = count × power per unit × days × 24 h", q -> q.dim() == Dim.ENERGY,
                    List.of(new Slot("count", UNITS, false), new Slot("power per unit", q -> q.dim() == Dim.POWER && q.perUnit(), false),
                            new Slot("time", TIME, false)),
                    f -> (f[1] <= 5000 ? EnergyUse.acceleratorRun(f[0], f[1], f[2] * 24, 1, SRC) : EnergyUse.serverRun(f[0], f[1] / 1e3, f[2] * 24, 1, SRC))
                            .value() * 1e6),
            new Recipe("electricity bill = energy × price per kWh", q -> q.dim() == Dim.MONEY && !q.perUnit(),
                    List.of(new Slot("energy", q -> q.dim() == Dim.ENERGY && !q.perUnit(), false),
                            new Slot("price per kWh", q -> q.dim() == Dim.MONEY_PER_KWH, false)),
                    f -> EnergyUse.electricityCost(f[0] / 1e6, f[1], SRC).value()),
            new Recipe("power = count × power per unit", q -> q.dim() == Dim.POWER,
                    List.of(new Slot("count", UNITS, false), new Slot("power per unit", q -> q.dim() == Dim.POWER && q.perUnit(), false)),
                    f -> EnergyUse.powerDraw(f[0], f[1], 1, "unit", SRC).value() * 1e3),
            new Recipe("GPU-hours = GPUs × days × 24 h", q -> q.dim() == Dim.GPU_HOURS,
                    List.of(new Slot("GPUs", CHIPS, false), new Slot("time", TIME, false)), f -> GpuHours.fromFleet(f[0], f[1] * 24, SRC).value()),
            new Recipe("servers = GPUs ÷ GPUs per server", SERVERS,
                    List.of(new Slot("GPUs", CHIPS, false), new Slot("GPUs per server", PER_SERVER, true)),
                    f -> f[1] == Math.rint(f[1]) ? ServerCount.forGpus(f[0], (int) f[1], SRC).exact() : f[0] / f[1]));

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            ChainDoc cd = new ChainDoc(d);
            Set<Quantity> chainSteps = InferenceChainCheck.computedSteps(cd);
            for (Read r : cd.reads()) {
                for (Equation e : r.equations())
                    if (!e.hasSum() && ChainScope.of(cd, r, e) == ChainScope.Scope.OTHER)
                        out.add(ProductClaims.equation(ClaimKind.PRODUCT, e, null));
                for (Quantity t : r.quantities()) {
                    // a step of a serving chain is InferenceChainCheck's, whatever words it has
                    if (!t.total() || r.inEquation(t) || t.perUnit() || chainSteps.contains(t) || includesMore(r, t)) continue;
                    Claim c = prose(cd, r, t);
                    if (c != null) out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The total judged by the one recipe that fits it, or null. Factors are looked for in the total's own sentence
     * first, then one and two sentences back; the first scope where a recipe fits decides (a nearer reading wins),
     * and a scope where the factors are ambiguous ends the search.
     */
    private static Claim prose(ChainDoc cd, Read r, Quantity total) {
        List<Read> window = cd.window(r.sentence(), 2);
        for (int depth = 1; depth <= window.size(); depth++) {
            List<Quantity> pool = new ArrayList<>();
            for (Read w : window.subList(0, depth))
                for (Quantity q : w.quantities())
                    if (!w.inEquation(q) && q != total && (q.start() < total.start() || sameClause(r, total, q))) pool.add(q);
            Recipe chosen = null;
            List<Quantity> factors = null;
            for (Recipe rc : RECIPES) {
                if (!rc.total().test(total)) continue;
                List<Quantity> fill = fill(rc, pool);
                if (fill == null) continue;
                if (fill.isEmpty()) return null; // a factor with two candidates: which one the total rests on is unknown
                if (chosen != null) {
                    if (subsumes(chosen, rc)) continue;
                    if (!subsumes(rc, chosen)) return null; // two recipes fit
                }
                chosen = rc;
                factors = fill;
            }
            if (chosen != null) return sameCurrency(total, factors) ? judge(chosen, total, factors) : null;
        }
        return null;
    }

    private static boolean includesMore(Read r, Quantity total) {
        String t = r.cleaned().text();
        String near = ChainText.clause(t.substring(Math.max(0, total.cleanStart() - 16), total.cleanStart()))
                + t.substring(total.cleanEnd(), Math.min(t.length(), total.cleanEnd() + 20));
        return INCLUDES_MORE.matcher(near).find();
    }

    /** A factor printed just after the total, in its clause: "即 1250 台 8 卡服务器". */
    private static boolean sameClause(Read r, Quantity total, Quantity q) {
        if (q.at().sentence() != r.sentence() || q.cleanStart() < total.cleanEnd()) return false;
        String between = r.cleaned().text().substring(total.cleanEnd(), q.cleanStart());
        return !between.matches("(?s).*[，,；;。(（].*") && between.length() <= 12;
    }

    /**
     * One quantity per slot. Null when some slot has no candidate (the recipe does not fit); an empty list when
     * every slot has one but some slot has two different ones (it fits, ambiguously).
     */
    private static List<Quantity> fill(Recipe rc, List<Quantity> pool) {
        List<Quantity> out = new ArrayList<>();
        boolean ambiguous = false;
        for (Slot s : rc.slots()) {
            Quantity only = null;
            for (Quantity q : pool) {
                if (!s.accepts().test(q) || out.contains(q)) continue;
                if (only != null && only.v() != q.v()) ambiguous = true;
                if (only == null) only = q;
            }
            if (only == null) return null;
            out.add(only);
        }
        return ambiguous ? List.of() : out;
    }

    /** A recipe that multiplies every kind of factor another does and more (servers × GPUs per server × per GPU). */
    private static boolean subsumes(Recipe big, Recipe small) {
        if (big.slots().size() <= small.slots().size()) return false;
        for (Slot s : small.slots())
            if (big.slots().stream().noneMatch(b -> b.accepts() == s.accepts())) return false;
        return true;
    }

    private static boolean sameCurrency(Quantity total, List<Quantity> factors) {
        for (Quantity f : factors)
            if (f.num().currency() != null && !Objects.equals(f.num().currency(), total.num().currency())) return false;
        return true;
    }

    private static Claim judge(Recipe rc, Quantity total, List<Quantity> factors) {
        double[] f = new double[factors.size()];
        double slack = 0;
        List<Input> inputs = new ArrayList<>();
        StringBuilder expl = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            Slot s = rc.slots().get(i);
            f[i] = factors.get(i).v();
            slack += factors.get(i).relRounding();
            inputs.add(ProductClaims.input(s.name(), factors.get(i)));
            if (i > 0) expl.append(s.divides() ? " ÷ " : " × ");
            expl.append(factors.get(i).shown());
        }
        if (rc.formula().contains("24 h")) {
            inputs.add(Input.constant("hours per day", 24, "h/day", "definition"));
            expl.append(" × 24 h/day");
        }
        double value;
        try {
            value = rc.calc().of(f);
        } catch (IllegalArgumentException outOfRange) {
            return null; // a calculator refused the inputs (a price per server-hour, kilowatts read as watts): no reading
        }
        double base = total.toBase(value);
        expl.append(" = ").append(total.dim() == Dim.GPU_HOURS ? ProductClaims.fmt(value) + " GPU-hours" : ProductClaims.show(base, total));
        String wrong = ProductClaims.slip(total.at().value(), base);
        return Judge.judge(ClaimKind.PRODUCT, total.at(), base, Math.min(slack, 0.1), rc.formula(), inputs, expl.toString(), wrong);
    }
}
