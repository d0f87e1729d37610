package zhiti.audit.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhiti.audit.Input;
import zhiti.audit.check.ChainDoc.Read;
import zhiti.audit.check.ChainPick.Found;
import zhiti.audit.check.ChainText.Dim;
import zhiti.audit.check.ChainText.Quantity;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.ServerSystem;

/**
 * The hardware side of a training or serving estimate as a report states it: the accelerators' peak (printed, or
 * the catalog's for the one chip the text names), their utilisation (a printed percentage next to 利用率, MFU,
 * utilisation; or 100% where the text says it ignores utilisation), and how many chips sit in a server.
 */
final class ChainFleet {
    static final Pattern UTIL_WORD = Pattern.compile("利用率|MFU|HFU|utili[sz]ation|efficiency|效率", Pattern.CASE_INSENSITIVE);
    static final Pattern NO_UTIL = Pattern.compile(
            "不考虑[^。；;]{0,12}利用率?|忽略[^。；;]{0,8}利用率|(?:ignor|not count|disregard)[a-z]*[^.;]{0,20}utili[sz]ation|100\\s*%\\s*(?:的)?(?:利用率|utili[sz]ation|MFU)|full utili[sz]ation",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SERVER_WORD = Pattern.compile("台|servers?|nodes?|systems?|boxes?|节点", Pattern.CASE_INSENSITIVE);

    /** One accelerator peak a computation may divide by: printed, or a catalog row at one precision. */
    record Peak(double flops, Input input, String label) {
    }

    /** Utilisation as a fraction, and where it came from. */
    record Util(double value, Input input) {
    }

    private ChainFleet() {
    }

    /** A printed percentage that is a utilisation: the word in its clause before it, or just after it. */
    static boolean isUtil(ChainDoc cd, Quantity q) {
        if (q.dim() != Dim.PERCENT || !(q.v() > 0 && q.v() <= 1)) return false;
        String t = cd.of(q.at().sentence()).cleaned().text();
        String before = ChainText.clause(t.substring(Math.max(0, q.cleanStart() - 20), q.cleanStart()));
        String after = t.substring(q.cleanEnd(), Math.min(t.length(), q.cleanEnd() + 16));
        return UTIL_WORD.matcher(before).find() || UTIL_WORD.matcher(after).find();
    }

    /** The stated utilisation, 100% where the text says it is left out, or null (absent or ambiguous). */
    static Util util(ChainDoc cd, Read r, Quantity claim) {
        Found f = ChainPick.pick(cd, r, claim, q -> isUtil(cd, q));
        if (f.ok()) return new Util(f.q().v(), ProductClaims.input("utilisation", f.q()));
        if (f.ambiguous()) return null;
        for (Read w : cd.window(r.sentence(), 2))
            if (NO_UTIL.matcher(w.sentence().text()).find())
                return new Util(1.0, Input.constant("utilisation", 1.0, "", "the report leaves utilisation out (taken as 100%)"));
        return null;
    }

    /** A printed per-accelerator peak, or the catalog's peaks (lowest first) for the one chip named; empty if neither. */
    static List<Peak> peaks(ChainDoc cd, Read r, Quantity claim) {
        Found f = ChainPick.pick(cd, r, claim, q -> q.dim() == Dim.FLOP && q.perUnit() && !q.total());
        if (f.ok()) return List.of(new Peak(f.q().v(), ProductClaims.input("peak per accelerator", f.q()), "stated"));
        if (f.ambiguous()) return List.of();
        Accelerator chip = ChainCatalog.onlyChip(ChainPick.text(cd.window(r.sentence(), 2)));
        return chip == null ? List.of() : catalogPeaks(chip);
    }

    static List<Peak> catalogPeaks(Accelerator chip) {
        List<Peak> out = new ArrayList<>();
        for (Precision p : ChainCatalog.trainingPrecisions(chip))
            if (out.isEmpty() || out.get(out.size() - 1).flops() != chip.peakFlops(p)) // fp16 = bf16 on most chips: one reading
                out.add(new Peak(chip.peakFlops(p), ChainCatalog.peak(chip, p), chip.name() + " dense " + p.label()));
        return out;
    }

    /** Accelerators per server for a count of servers: printed ("每台 8 卡"), else the one server system named. */
    static Input perServer(ChainDoc cd, Read r, Quantity claim) {
        Found f = ChainPick.pick(cd, r, claim, q -> q.dim() == Dim.COUNT && q.perServer());
        if (f.ok()) return ProductClaims.input("GPUs per server", f.q());
        if (f.ambiguous()) return null;
        Map<String, ServerSystem> named = new LinkedHashMap<>();
        for (ChainCatalog.Named n : ChainCatalog.hardware(ChainPick.text(cd.window(r.sentence(), 2))))
            if (n.server() != null) named.put(n.server().name(), n.server());
        return named.size() == 1 ? ChainCatalog.perServer(named.values().iterator().next()) : null;
    }

    static boolean isServers(Quantity q) {
        return q.dim() == Dim.COUNT && SERVER_WORD.matcher(q.word()).matches();
    }

    /** A count of accelerators or servers that is not itself a per-unit figure. */
    static boolean isFleet(Quantity q) {
        return q.dim() == Dim.COUNT && q.hardware() && !q.perUnit();
    }

    /** A FLOP amount (a training run's compute), not a peak: written FLOP(s), or too large for any cluster's rate. */
    static boolean isComputeAmount(Quantity q) {
        if (q.dim() != Dim.FLOP || q.perUnit() || q.word().endsWith("/s")) return false;
        return q.num().unit() == zhiti.audit.text.Unit.FLOP || q.v() >= 1e21;
    }
}
