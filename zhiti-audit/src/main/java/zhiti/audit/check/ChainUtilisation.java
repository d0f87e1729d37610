package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.Verdict;
import zhiti.audit.check.ChainCompute.Compute;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainFleet.Peak;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.audit.text.Num;
import zhiti.audit.text.Unit;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.Hardware;
import zhiti.econ.training.ClusterSizing;

/**
 * A fleet and a time stated without utilisation: the utilisation they imply, u = C ÷ (GPUs × peak × days ×
 * 86,400 s). Reports size fleets at some assumed utilisation they do not always print, so a plausible one is not a
 * flag; the claim is flagged only when u exceeds 100% even at the chip's highest dense peak (too few GPUs, or too
 * short a time) or falls under 5% even at its lowest (far too many). Also reads the paired form reports use for two
 * chips at once: "DGX A100/H100 数量大概为 500/80 台".
 */
final class ChainUtilisation {
    private static final Pattern HARDWARE_PAIR = Pattern.compile("((?:DGX|HGX)\\s*)?([A-Z]{1,3}\\d{2,4}[A-Za-z]?)\\s*/\\s*([A-Z]{1,3}\\d{2,4}[A-Za-z]?)");
    private static final Pattern COUNT_PAIR = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*/\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(台|张|块|颗|卡|GPUs?|servers?|nodes?|systems?)");

    private ChainUtilisation() {
    }

    /**
     * @param stated     the printed count (servers or GPUs) or time the claim is on
     * @param gpus       the accelerators the fleet holds
     * @param days       the training time
     */
    static Claim judge(ClaimKind kind, Located stated, double flop, List<Input> computeInputs, double gpus, List<Input> fleetInputs,
                       List<Peak> peaks, double days, String note) {
        double lo = Double.MAX_VALUE, hi = 0;
        StringBuilder at = new StringBuilder();
        for (Peak p : peaks) {
            double u = flop / (gpus * p.flops() * days * ClusterSizing.SECONDS_PER_DAY);
            lo = Math.min(lo, u);
            hi = Math.max(hi, u);
            if (!at.isEmpty()) at.append(", ");
            at.append(Judge.pct(u * 100)).append(peaks.size() > 1 || !p.label().equals("stated") ? " at " + p.label() : "");
        }
        List<Input> inputs = new ArrayList<>(computeInputs);
        inputs.addAll(fleetInputs);
        for (Peak p : peaks) inputs.add(p.input());
        String base = String.format(Locale.ROOT, "C = %s FLOP on %s GPUs in %s days implies utilisation of %s", ProductClaims.fmt(flop), ProductClaims.fmt(gpus),
                ProductClaims.fmt(days), at) + (note == null ? "" : "; " + note);
        String formula = "utilisation = C ÷ (GPUs × peak × days × 86,400 s)";
        String unit = stated.num().unit() == Unit.DAYS ? " days" : stated.num().word().isEmpty() ? "" : " " + stated.num().word();
        if (lo > 1)
            return Judge.claim(kind, stated, Verdict.DISCREPANCY, stated.value() * lo, formula, inputs, base
                    + ": over 100% even at the highest peak, so the printed figure is impossible; at 100% utilisation it would be "
                    + ProductClaims.fmt(stated.value() * lo) + unit);
        if (hi < TrainingCheck.MIN_UTIL)
            return Judge.claim(kind, stated, Verdict.DISCREPANCY, stated.value() * hi / TrainingCheck.MIN_UTIL, formula, inputs, base
                    + ": under 5% even at the lowest peak, implausibly low; at 5% it would be " + ProductClaims.fmt(stated.value() * hi / TrainingCheck.MIN_UTIL) + unit);
        return Judge.claim(kind, stated, Verdict.UNCHECKED, null, formula, inputs, base
                + ": the report states no utilisation, and this one is plausible, so the figure is not flagged");
    }

    /** "DGX A100/H100 … 500/80 台" with a time and a compute (printed, or the named model's in the catalog). */
    static List<Claim> slashPairs(ChainDoc cd, Read r) {
        String t = r.cleaned().text();
        Matcher hm = HARDWARE_PAIR.matcher(t);
        List<Claim> out = new ArrayList<>();
        while (hm.find()) {
            Matcher cm = COUNT_PAIR.matcher(t).region(hm.end(), t.length());
            if (!cm.find() || cm.start() - hm.end() > 20) continue;
            String prefix = hm.group(1) == null ? "" : hm.group(1);
            Hardware[] hw = {hardware(prefix + hm.group(2)), hardware(prefix + hm.group(3))};
            if (hw[0] == null || hw[1] == null) continue;
            Quantity days = onlyTime(r);
            if (days == null) continue;
            // the model is the one named in the count's clause, else the sentence's only one
            int clauseStart = Math.max(t.lastIndexOf('，', hm.start()), t.lastIndexOf(',', hm.start())) + 1;
            String modelText = ChainCatalog.models(t.substring(clauseStart, cm.end())).size() == 1 ? t.substring(clauseStart, cm.end()) : t;
            Quantity anchor = days;
            Compute c = ChainCompute.find(cd, r, anchor, List.of(), modelText);
            if (c == null) continue;
            for (int i = 0; i < 2; i++) {
                Located count = count(cd, r, cm, i + 1);
                boolean servers = ChainFleet.SERVER_WORD.matcher(cm.group(3)).matches();
                if (servers && !hw[i].isSystem()) continue;
                List<Input> fleet = new ArrayList<>(List.of(Input.of(servers ? "servers" : "GPUs", count)));
                double gpus = count.value();
                if (servers) {
                    fleet.add(ChainCatalog.perServer(hw[i].server()));
                    gpus *= hw[i].server().acceleratorsPerServer();
                }
                List<Input> compute = new ArrayList<>(c.inputs());
                compute.add(ProductClaims.input("training time", days));
                out.add(judge(ClaimKind.TRAINING_TIME, count, c.flop(), compute, gpus, fleet, ChainFleet.catalogPeaks(hw[i].accelerator()),
                        days.v(), "compute " + c.text() + ", " + ProductClaims.fmt(count.value()) + " " + hw[i].name()));
            }
        }
        return out;
    }

    private static Hardware hardware(String name) {
        return Catalog.builtIn().findHardware(name).orElse(null);
    }

    private static Quantity onlyTime(Read r) {
        Quantity only = null;
        for (Quantity q : r.quantities())
            if (q.dim() == Dim.TIME && !q.perUnit()) {
                if (only != null && only.v() != q.v()) return null;
                only = q;
            }
        return only;
    }

    /** The i-th number of a pair as a figure: the shared scanner's span for the first, a span of its own for the second. */
    private static Located count(ChainDoc cd, Read r, Matcher cm, int group) {
        int start = r.cleaned().toDoc(cm.start(group)), end = r.cleaned().toDoc(cm.end(group) - 1) + 1;
        for (Located l : cd.doc.in(r.sentence()))
            if (l.num().start() == start) return new Located(l.doc(), withUnit(l.num()), r.sentence());
        double v = Double.parseDouble(cm.group(group).replace(",", ""));
        String text = cd.doc.between(start, end);
        return new Located(cd.doc.name(), new Num(start, end, v, Unit.COUNT, null, 1, text, cm.group(3), Num.Bound.EXACT), r.sentence());
    }

    private static Num withUnit(Num n) {
        return new Num(n.start(), n.end(), n.value(), Unit.COUNT, null, n.step(), n.text(), n.word(), n.bound());
    }
}
