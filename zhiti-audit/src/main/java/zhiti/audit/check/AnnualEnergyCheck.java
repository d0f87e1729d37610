package zhiti.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Claim;
import zhiti.audit.ClaimKind;
import zhiti.audit.Corpus;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.Input;
import zhiti.audit.Located;
import zhiti.audit.text.Num;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * A year's energy from a stated power: E = P × load × PUE × 8,760 h, when the energy is marked as a year's
 * ("年用电量", "每年", "a year") and one power is stated with it. A load factor counts only when named as one (负载率,
 * load factor; 满负荷 and "full load" mean 100%), a PUE only when named; any other percentage in the sentence is an
 * adjustment the check cannot place, so it says nothing.
 */
public final class AnnualEnergyCheck implements Check {
    private static final double HOURS_PER_YEAR = 8760;
    private static final Pattern ANNUAL = Pattern.compile("年用电量|年耗电量|年均用电|每年|全年|一年|annual(?:ly)?|a year|a full year|per year|each year|yearly|every year",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOAD = Pattern.compile("(?:负载率|利用率|负荷率|平均负载|上架率|load factor|utili[sz]ation|average load|utili[sz]ed at)[^，,。；;\\d]{0,6}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOAD_AFTER = Pattern.compile("\\s*(?:的)?\\s*(?:负载率|利用率|负荷率|load factor|utili[sz]ation|average load)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FULL = Pattern.compile("满负荷|满载|full load|fully loaded|at capacity|full utili[sz]ation|flat out|around the clock|24/7", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUE = Pattern.compile("PUE\\s*(?:值)?\\s*(?:为|of|=|是|取)?\\s*(\\d\\.\\d+)");
    /** A facility's whole draw (cooling included), preferred over its IT load for a year's electricity. */
    private static final Pattern FACILITY = Pattern.compile("(?:设施总功率|设施功率|总功率|总用电功率|facility (?:load|power|draw)|total (?:power|draw|load))[^，,。；;\\d]{0,8}$",
            Pattern.CASE_INSENSITIVE);
    /** A named site or phase a power or an energy belongs to: "Cluster B", "Phase 2", "二期", "园区A". */
    private static final Pattern ENTITY = Pattern.compile("\\b(?:Cluster|Site|Campus|Phase|Project|Plant|Building|Data center)\\s+[A-Z0-9]\\b|[一二三四五]期|(?:项目|园区|基地)[甲乙丙丁A-Z]");

    @Override
    public List<Claim> run(Corpus corpus) {
        List<Claim> out = new ArrayList<>();
        for (Doc d : corpus.docs())
            for (Sentence s : d.sentences())
                for (Located e : d.in(s)) {
                    if (e.num().unit() != Unit.WATT_HOURS || e.num().bound() == Num.Bound.RANGE) continue;
                    String around = d.between(Math.max(s.start(), e.num().start() - 10), Math.min(s.end(), e.num().end() + 12));
                    // "Running flat out for a full year (8,760 hours), Cluster B would consume about 410 GWh"
                    boolean yearLong = ANNUAL.matcher(around).find() || ANNUAL.matcher(d.between(s.start(), e.num().start())).find()
                            && FULL.matcher(d.between(s.start(), e.num().start())).find();
                    if (!yearLong) continue;
                    Claim c = check(d, s, e);
                    if (c != null) out.add(c);
                }
        return out;
    }

    /** The nearest named site or phase within 60 characters before a number, in its sentence; null when none. */
    private static String entityBefore(Doc d, Located n) {
        Matcher m = ENTITY.matcher(d.between(Math.max(n.sentence().start(), n.num().start() - 60), n.num().start()));
        String last = null;
        while (m.find()) last = m.group();
        return last;
    }

    private Claim check(Doc d, Sentence s, Located energy) {
        List<Sentence> window = Context.window(d, s, 1);
        List<Located> powers = new ArrayList<>();
        List<Located> percents = new ArrayList<>();
        for (Sentence w : window)
            for (Located n : d.in(w)) {
                if (n.num().unit() == Unit.WATTS && n.num().bound() != Num.Bound.RANGE) powers.add(n);
                if (n.num().unit() == Unit.PERCENT && n.sentence() == s) percents.add(n);
            }
        List<Located> here = powers.stream().filter(p -> p.sentence() == s).toList();
        if (!here.isEmpty()) powers = here; // a power in the energy's own sentence is the one it means
        boolean facility = false;
        if (powers.stream().map(Located::value).distinct().count() > 1) {
            String site = entityBefore(d, energy); // "…Cluster B would consume 410 GWh": Cluster B's power
            if (site != null) powers = powers.stream().filter(p -> site.equals(entityBefore(d, p))).toList();
        }
        if (powers.stream().map(Located::value).distinct().count() > 1) {
            List<Located> total = powers.stream().filter(p -> FACILITY.matcher(d.between(Math.max(p.sentence().start(),
                    p.num().start() - 14), p.num().start())).find()).toList();
            if (total.size() == 1) { // IT load and facility power both printed: a year's electricity is the facility's
                powers = total;
                facility = true;
            }
        }
        if (powers.stream().map(Located::value).distinct().count() != 1) return null; // none, or several powers: which one?
        Located power = powers.get(0);
        Located load = null;
        for (Located p : percents) {
            boolean named = LOAD.matcher(d.between(Math.max(s.start(), p.num().start() - 12), p.num().start())).find()
                    || LOAD_AFTER.matcher(d.between(p.num().end(), Math.min(s.end(), p.num().end() + 16))).lookingAt();
            if (named && load == null) load = p;
            else return null; // a percentage the check cannot place
        }
        double loadFactor = load != null ? load.value() / 100 : 1;
        if (load == null && !FULL.matcher(d.between(window.get(window.size() - 1).start(), s.end())).find()
                && !ANNUAL.matcher(d.between(s.start(), energy.num().start())).find()) return null;
        Matcher pm = PUE.matcher(d.between(window.get(window.size() - 1).start(), s.end()));
        double pue = pm.find() && !facility ? Double.parseDouble(pm.group(1)) : 1; // a facility's power includes its PUE
        double computed = power.value() * loadFactor * pue * HOURS_PER_YEAR;
        List<Input> inputs = new ArrayList<>(List.of(Input.of("power", power), Input.constant("hours in a year", HOURS_PER_YEAR, "h", "definition")));
        if (load != null) inputs.add(Input.of("load factor", load));
        if (pue != 1) inputs.add(Input.constant("PUE", pue, "", "same document"));
        String expl = String.format("%s%s%s × 8,760 h = %s Wh", power.num().text(), load != null ? " × " + load.num().text() : "",
                pue != 1 ? " × PUE " + pue : "", Judge.fmt(computed));
        double slack = Judge.inputRounding(load != null ? List.of(power, load) : List.of(power)) + 0.005;
        return Judge.judge(ClaimKind.PRODUCT, energy, computed, slack, "annual energy = power × load × PUE × 8,760 h", inputs, expl,
                EquivalenceCheck.powerOfTen(computed, energy.value()));
    }
}
