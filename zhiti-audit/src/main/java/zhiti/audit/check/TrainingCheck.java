package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Verdict;
import zhiti.audit.check.ChainCompute.Compute;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainFleet.Peak;
import zhiti.audit.check.ChainFleet.Util;
import zhiti.audit.check.ChainPick.Found;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.check.ProductExpr.Equation;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.training.ClusterSizing;
import zhiti.econ.training.TrainingCompute;

/**
 * Training arithmetic. Compute: C = 6·N·D against a printed FLOP total when the sentence (or the one or two before
 * it) prints N parameters and D tokens; a printed figure that N or D off by a power of ten, or 2·N·D or 8·N·D,
 * would give is named as such. Time: days = C ÷ (GPUs × peak × utilisation) ÷ 86,400 when all are printed (a chip
 * named without its peak takes the catalog's, as an input citing the row); and the reverse, the GPUs a stated time
 * needs. A fleet stated without utilisation is read for the utilisation it implies, flagged only when that is
 * impossible (over 100% even at the chip's highest dense peak) or implausible (under 5% even at its lowest).
 * Written training equations are judged here too, and checked against the N and D the report stated before them.
 */
public final class TrainingCheck implements Check {
    private static final Pattern NEED = Pattern.compile("需要|需|所需|要用|require|need|take|takes|would use", Pattern.CASE_INSENSITIVE);
    static final double MIN_UTIL = 0.05;

    /** A training compute the check flagged: later steps that rest on the printed value say so. */
    record Flagged(double printed, double correct) {
    }

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs()) {
            ChainDoc cd = new ChainDoc(d);
            List<Flagged> flagged = new ArrayList<>();
            for (Read r : cd.reads()) {
                for (Equation e : r.equations())
                    if (!e.hasSum() && ChainScope.of(cd, r, e) == ChainScope.Scope.TRAINING)
                        add(out, equation(cd, r, e, flagged));
                String text = r.sentence().text();
                if (!ChainScope.TRAINING.matcher(text).find() || ChainScope.INFERENCE.matcher(text).find()) continue;
                for (Quantity t : r.quantities()) {
                    if (r.inEquation(t) || t.perUnit()) continue;
                    if (ChainFleet.isComputeAmount(t)) {
                        if (r.quantities().stream().filter(ChainFleet::isComputeAmount).map(Quantity::v).distinct().count() == 1)
                            add(out, compute(cd, r, t, flagged)); // two compute totals in a sentence: which one 6·N·D is, is unknown
                    }
                    else if (t.dim() == Dim.TIME) add(out, time(cd, r, t, flagged));
                    else if (ChainFleet.isFleet(t) && isNeed(r, t)) add(out, fleet(cd, r, t, flagged));
                }
                out.addAll(ChainUtilisation.slashPairs(cd, r));
            }
        }
        return out;
    }

    private static void add(List<Claim> out, Claim c) {
        if (c != null) out.add(c);
    }

    /** A count the sentence says is needed ("需要 1 万张", "would need 4,160 GPUs"): the claim, not a premise. */
    private static boolean isNeed(Read r, Quantity q) {
        return NEED.matcher(ChainText.clause(before(r, q, 20))).find();
    }

    /** Where a model the report names but does not size may be read: the sentence and the one before. */
    private static String modelText(ChainDoc cd, Read r) {
        return ChainPick.text(cd.window(r.sentence(), 1));
    }

    static String before(Read r, Quantity q, int chars) {
        String t = r.cleaned().text();
        return t.substring(Math.max(0, q.cleanStart() - chars), q.cleanStart());
    }

    // ---- C = 6·N·D in prose

    private static Claim compute(ChainDoc cd, Read r, Quantity total, List<Flagged> flagged) {
        Found n = ChainPick.pick(cd, r, total, q -> q.dim() == Dim.PARAMS && !q.perUnit());
        Found d = ChainPick.pick(cd, r, total, q -> q.dim() == Dim.TOKENS && !q.perUnit());
        if (!n.ok() || !d.ok()) return null;
        double c = TrainingCompute.dense(n.q().v(), d.q().v(), "document").value();
        double slack = Math.min(0.1, n.q().relRounding() + d.q().relRounding());
        List<Input> inputs = List.of(ProductClaims.input("N (parameters)", n.q()), ProductClaims.input("D (tokens)", d.q()),
                Input.constant("FLOP per parameter per token", 6, "", "definition (Kaplan et al. 2020)"));
        String expl = "6 × " + n.q().shown() + " × " + d.q().shown() + " = " + ProductClaims.fmt(c) + " FLOP";
        Claim claim = Judge.judge(ClaimKind.TRAINING_COMPUTE, total.at(), total.toBase(c), slack, TrainingCompute.FORMULA,
                inputs, expl, whyPrinted(total.at().value(), total.toBase(c), slack));
        if (claim.verdict() == Verdict.DISCREPANCY) flagged.add(new Flagged(total.v(), c));
        return claim;
    }

    /** The reading of N, D or the constant that gives the printed figure, when there is one. */
    static String whyPrinted(double printed, double computed, double slack) {
        double ratio = printed / computed, tol = slack + Judge.SLACK + 0.005;
        int k = ProductClaims.powerOfTen(printed, computed);
        if (k != 0) return "the printed figure reproduces with N or D " + ProductClaims.tenTo(Math.abs(k)).replace("×", "") + " times "
                + (k > 0 ? "larger" : "smaller") + " than stated (a slip of " + (Math.abs(k) == 1 ? "a power" : Math.abs(k) + " powers") + " of ten)";
        if (Math.abs(ratio * 3 - 1) <= tol) return "the printed figure is 2·N·D, the forward pass alone; training takes 6·N·D";
        if (Math.abs(ratio * 0.75 - 1) <= tol) return "the printed figure is 8·N·D (6·N·D plus recomputed activations)";
        return ProductClaims.slip(printed, computed);
    }

    // ---- training time and the fleet a time needs

    /** A printed number of GPUs (servers turned into GPUs), with its inputs; null when a server's size is unknown. */
    private record Gpus(double count, List<Input> inputs, String text) {
    }

    private static Gpus gpus(ChainDoc cd, Read r, Quantity claim, Quantity fleet) {
        if (!ChainFleet.isServers(fleet)) return new Gpus(fleet.v(), List.of(ProductClaims.input("GPUs", fleet)), fleet.shown());
        Input per = ChainFleet.perServer(cd, r, claim);
        if (per == null) return null;
        return new Gpus(fleet.v() * per.value(), List.of(ProductClaims.input("servers", fleet), per),
                fleet.shown() + " × " + ProductClaims.fmt(per.value()));
    }

    private static Claim time(ChainDoc cd, Read r, Quantity days, List<Flagged> flagged) {
        Found f = ChainPick.pick(cd, r, days, ChainFleet::isFleet);
        if (!f.ok() || f.q().at().sentence() == r.sentence() && isNeed(r, f.q())) return null; // the time is the premise
        Util u = ChainFleet.util(cd, r, days);
        Compute c = ChainCompute.find(cd, r, days, flagged, u == null ? modelText(cd, r) : null);
        if (c == null) return null;
        Gpus g = gpus(cd, r, days, f.q());
        List<Peak> peaks = ChainFleet.peaks(cd, r, days);
        if (g == null || peaks.isEmpty()) return null;
        if (u == null) return ChainUtilisation.judge(ClaimKind.TRAINING_TIME, days.at(), c.flop(), c.inputs(), g.count(), g.inputs(), peaks, days.v(),
                "compute " + c.text());
        List<Claim> tried = new ArrayList<>();
        for (Peak p : peaks) {
            double computed = g.count() == Math.rint(g.count())
                    ? ClusterSizing.daysFor(c.flop(), STATED, new ClusterSizing.Peak(p.flops(), p.label(), "document"), u.value(), Math.round(g.count())).days()
                    : c.flop() / (g.count() * p.flops() * u.value()) / ClusterSizing.SECONDS_PER_DAY;
            List<Input> inputs = new ArrayList<>(c.inputs());
            inputs.addAll(g.inputs());
            inputs.add(p.input());
            inputs.add(u.input());
            String expl = c.text() + " ÷ (" + g.text() + " × " + ProductClaims.fmt(p.flops()) + " FLOP/s" + (peaks.size() > 1 ? " (" + p.label() + ")" : "")
                    + " × " + Judge.pct(u.value() * 100) + ") ÷ 86,400 s = " + ProductClaims.fmt(computed) + " days" + inherited(c);
            tried.add(Judge.judge(ClaimKind.TRAINING_TIME, days.at(), days.toBase(computed), 0, "days = C ÷ (GPUs × peak × utilisation) ÷ 86,400 s",
                    inputs, expl, ProductClaims.slip(days.at().value(), days.toBase(computed))));
        }
        return best(tried, peaks, " days");
    }

    private static Claim fleet(ChainDoc cd, Read r, Quantity count, List<Flagged> flagged) {
        Util u = ChainFleet.util(cd, r, count);
        Compute c = ChainCompute.find(cd, r, count, flagged, u == null ? modelText(cd, r) : null);
        Found t = ChainPick.pick(cd, r, count, q -> q.dim() == Dim.TIME && !q.perUnit());
        List<Peak> peaks = ChainFleet.peaks(cd, r, count);
        if (c == null || !t.ok() || peaks.isEmpty()) return null;
        double perServer = 1;
        List<Input> serverInputs = List.of();
        if (ChainFleet.isServers(count)) {
            Input per = ChainFleet.perServer(cd, r, count);
            if (per == null) return null;
            perServer = per.value();
            serverInputs = List.of(per);
        }
        if (u == null) {
            List<Input> fleetInputs = new ArrayList<>(List.of(ProductClaims.input("GPUs", count)));
            fleetInputs.addAll(serverInputs);
            List<Input> all = new ArrayList<>(c.inputs());
            all.add(ProductClaims.input("training time", t.q()));
            return ChainUtilisation.judge(ClaimKind.TRAINING_TIME, count.at(), c.flop(), all, count.v() * perServer, fleetInputs, peaks, t.q().v(),
                    "compute " + c.text());
        }
        List<Claim> tried = new ArrayList<>();
        for (Peak p : peaks) {
            double gpus = ClusterSizing.forDeadline(c.flop(), STATED, new ClusterSizing.Peak(p.flops(), p.label(), "document"), u.value(),
                    t.q().v()).gpusExact();
            double computed = gpus / perServer;
            List<Input> inputs = new ArrayList<>(c.inputs());
            inputs.add(ProductClaims.input("training time", t.q()));
            inputs.add(p.input());
            inputs.add(u.input());
            inputs.addAll(serverInputs);
            String expl = c.text() + " ÷ (" + ProductClaims.fmt(p.flops()) + " FLOP/s" + (peaks.size() > 1 ? " (" + p.label() + ")" : "") + " × "
                    + Judge.pct(u.value() * 100) + " × " + t.q().shown() + " × 86,400 s) = " + ProductClaims.fmt(gpus) + " GPUs"
                    + (perServer > 1 ? " = " + ProductClaims.fmt(computed) + " servers of " + ProductClaims.fmt(perServer) : "") + inherited(c);
            tried.add(Judge.judge(ClaimKind.TRAINING_TIME, count.at(), computed, 0,
                    "GPUs = C ÷ (peak × utilisation × days × 86,400 s)" + (perServer > 1 ? "; servers = GPUs ÷ GPUs per server" : ""),
                    inputs, expl, ProductClaims.slip(count.v(), computed)));
        }
        return best(tried, peaks, perServer > 1 ? " servers" : " GPUs");
    }

    /**
     * The reading at the chip precision that reproduces the printed figure (a report may size at fp8 without saying
     * so); when none does, the first (the lowest peak) with what the others would give.
     */
    private static Claim best(List<Claim> tried, List<Peak> peaks, String unit) {
        for (Claim c : tried) if (c.verdict() == Verdict.REPRODUCES) return c;
        if (tried.size() == 1) return tried.get(0);
        StringBuilder b = new StringBuilder("; no precision of the chip reproduces it:");
        for (int i = 1; i < tried.size(); i++)
            b.append(i > 1 ? "," : "").append(" at ").append(peaks.get(i).label()).append(" it would be ")
                    .append(ProductClaims.fmt(tried.get(i).computed())).append(unit);
        return ProductClaims.withNote(tried.get(0), b.toString());
    }

    private static String inherited(Compute c) {
        return c.flaggedCorrect() == null ? "" : "; this follows from the printed compute " + c.text()
                + ", itself flagged (6·N·D from the stated N and D is " + ProductClaims.fmt(c.flaggedCorrect()) + " FLOP)";
    }

    /** The calculators want hardware; the peak passed with it is the one that counts. */
    private static final Hardware STATED = Hardware.of(new Accelerator("the report's accelerator", List.of(), "", Map.of(Precision.BF16, 1.0), false,
            Double.NaN, Double.NaN, Double.NaN, "", "document"));

    // ---- written equations

    private static Claim equation(ChainDoc cd, Read r, Equation e, List<Flagged> flagged) {
        boolean compute = e.result().dim() == Dim.FLOP;
        ClaimKind kind = compute ? ClaimKind.TRAINING_COMPUTE : ClaimKind.TRAINING_TIME;
        Claim arithmetic = ProductClaims.equation(kind, e, compute ? null : inheritedFrom(e, flagged));
        if (!compute || arithmetic.verdict() != Verdict.REPRODUCES) {
            if (compute) flagged.add(new Flagged(e.result().v(), arithmetic.computed()));
            return arithmetic;
        }
        return ChainEquations.againstStated(cd, r, e, arithmetic, flagged);
    }

    private static String inheritedFrom(Equation e, List<Flagged> flagged) {
        for (ProductExpr.Leaf l : e.leaves())
            for (Flagged f : flagged)
                if (l.q().v() == f.printed())
                    return "it follows from the printed " + l.q().shown() + ", itself flagged (correct: "
                            + ProductClaims.fmt(f.correct()) + " FLOP, which gives " + ProductClaims.show(e.computedBase() * f.correct() / f.printed(), e.result()) + ")";
        return null;
    }
}
