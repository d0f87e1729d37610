package zhiti.brain.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;
import zhiti.brain.read.EntityFinder.Found;
import zhiti.brain.read.EntityFinder.Kind;
import zhiti.core.Lang;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.units.Formats;

/**
 * Reads a question in Chinese or English into what it asks and what it makes known (see {@link Reading}): numbers
 * with their units and roles, the catalog entities it names, a model size read from a name, a stated exchange
 * rate, the precision, and the cases of a comparison. It knows nothing of tools; the planner decides how to get
 * from the known to the asked.
 */
public final class QuestionReader {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern REFERENCE = Pattern.compile("match|same|equal|equivalent|相当于|等于|抵得上|替代|replace|as much|(?:is|are|be) worth|worth(?=\\s*[?？,.]|\\s+(?:in|of)\\b)|adds? up to|'s worth|worth of|\\bworth (?:how|as)|"
            + "deliver the same|换成|顶替|比得上|追平|持平|同等|达到同样|顶上|抵上|顶得上|顶得住|顶(?=多少|几)|对标|等效|赶上|追上|比肩|keep up with|catch up", F);
    private static final Pattern IT_ONLY = Pattern.compile("before PUE|excluding PUE|without (?:the )?PUE|ignoring PUE|不含\\s*PUE|"
            + "不计\\s*PUE|IT (?:load|power|energy) (?:only|alone)|只算\\s*IT|仅\\s*IT|(?:GPUs?|cards?|accelerators?) only", F);
    private static final Pattern GPU_ONLY = Pattern.compile("只算\\s*GPU|仅算\\s*GPU|只计\\s*GPU|GPUs? only|only the GPUs|counting (?:the )?GPUs", F);
    /** "rather than $2", "45% MFU, not 40%", "按 7.1 而不是 7.2": a value set aside is not an input. */
    private static final Pattern SET_ASIDE = Pattern.compile("(?:rather than|instead of|[,，]\\s*not|而不是|而非|不再用|代替原来的)\\s*(?:the\\s+)?\\$?\\s*$", F);
    private static final Pattern FULL_LOAD = Pattern.compile("no utili[sz]ation haircut|full utili[sz]ation|at full (?:load|peak)|"
            + "满负荷|满载|100% utili[sz]ation|at (?:their|its) peak", F);
    private static final Pattern TARGET_WORD = Pattern.compile("(?:突破|超过|达到|到达|越过|reach(?:es)?|pass(?:es)?|exceed(?:s)?|"
            + "cross(?:es)?|top|hit|(?:dips?|sinks?|gets?|goes|slips?|falls?|drops?) (?:under|below|beneath)|跌破|低于|降到|降至)"
            + "\\s*(?:the\\s+)?\\$?\\s*$", F);
    private static final Pattern ASKING = Pattern.compile("[?？]|\\b(?:what|how|which|who|when|why|whether|compute|calculate|"
            + "estimate|work out|convert)\\b|多少|几|什么|哪|吗|算|求|估", F);
    private static final Pattern EFFECTIVE = Pattern.compile("有效算力|实际算力|实测算力|有效吞吐|effective (?:compute|throughput|FLOPS|"
            + "FLOP/s|TFLOPS|rate|performance)|sustained (?:throughput|FLOPS|TFLOPS|rate)|delivers? (?:an? )?(?:effective|sustained)"
            // "measured 400 TFLOPS achieved per GPU", "sustains 380 TFLOPS", "实测每卡跑出 400 TFLOPS"
            + "|(?:measured|achieved|achieves|sustains?|sustained|observed|reali[sz]ed|actual(?:ly)?)\\b[^.?;。？；]{0,24}?\\d[\\d.,]*\\s*[TP]?FLOP"
            + "|\\d[\\d.,]*\\s*[TP]?FLOP/?S?\\s+(?:achieved|sustained|measured|delivered|effective|actual)"
            + "|实测|跑出|实际跑|net of utili[sz]ation|already (?:includes|counts|net of) (?:the )?(?:utili[sz]ation|MFU)|已(?:经)?(?:扣除|含|考虑)了?利用率", F);
    private static final Pattern PER_SECOND = Pattern.compile("peak|峰值|throughput|吞吐|FLOP/s|FLOPS\\b|每秒|per second", F);
    private static final Pattern CHINCHILLA_LAW = Pattern.compile("Chinchilla\\s*(?:下|法则|定律|最优|规律|比例|配比|的最优|-?optim(?:al|um)|scaling|law|"
            + "ratio|rule|recommend|\\s*\\(\\s*(?:about|roughly|~|≈|约)?\\s*20)|(?:按|根据|照|遵循|under|per|by|using|follow(?:ing|s)?|apply(?:ing)?|with)\\s*(?:the\\s+)?Chinchilla|"
            + "Chinchilla\\s+(?:would\\s+|does\\s+)?(?:points?|suggests?|says?|gives?|implies|calls?)|"
            + "(?:compute-optimal|计算最优|最优)[^?？]{0,60}Chinchilla", F);
    private static final Pattern TRAIN_WORD = Pattern.compile("训练|train|租|rent", F);
    private static final Pattern BUY = Pattern.compile("\\bbuy|purchas|购买|购置|采购|买(?!单)|list price|售价|标价", F);
    /** Quantities that are measures of a thing, which a question about its own numbers may compare as plain values. */
    private static final Set<Quantity> MEASURES = EnumSet.of(Quantity.COMPUTE, Quantity.PARAMS, Quantity.ACTIVE_PARAMS,
            Quantity.TOKENS, Quantity.ENERGY, Quantity.PEAK_FLOPS, Quantity.GPUS, Quantity.SERVERS, Quantity.USD,
            Quantity.TOKENS_PER_DAY, Quantity.QUERIES_PER_DAY, Quantity.WATTS_PER_GPU, Quantity.MEMORY_BANDWIDTH,
            Quantity.USD_PER_GPU_HOUR, Quantity.USD_PER_KWH, Quantity.ACCELERATOR_MEMORY, Quantity.FLEET_FLOPS, Quantity.HOURS,
            Quantity.USD_PER_GPU, Quantity.USD_PER_SERVER, Quantity.WATTS_PER_SERVER, Quantity.UTILISATION);
    private static final Set<Quantity> CHAIN_ASKS = EnumSet.of(Quantity.COMPUTE, Quantity.GPUS, Quantity.DAYS, Quantity.GPU_HOURS,
            Quantity.TOKENS_PER_SECOND, Quantity.KV_CACHE_BYTES, Quantity.WEIGHT_BYTES, Quantity.ENERGY);
    private static final Set<Quantity> CHAIN_INPUTS = EnumSet.of(Quantity.ACTIVE_PARAMS, Quantity.HARDWARE, Quantity.MODEL,
            Quantity.LAYERS, Quantity.UTILISATION);
    private static final Pattern TOGETHER = Pattern.compile("一共|总共|合计|加起来|加上|共需|in total|together|combined|"
            + "\\bplus\\b|altogether|\\btotal\\b", F);

    private final EntityFinder entities;
    private final Catalog catalog;

    public QuestionReader(Catalog catalog, SeriesCatalog series) {
        this.catalog = catalog;
        this.entities = new EntityFinder(catalog, series);
    }

    /**
     * The values a sentence of a document states, each in the role its words give it ("2.6×10²⁴ Flops" compute,
     * "7800万美元" a sum), without reading it as a question: nothing is asked, nothing is compared.
     */
    public List<Known> statedValues(String sentence) {
        String q = TextNormaliser.normalise(sentence);
        List<Known> out = new ArrayList<>();
        for (Mention m : mentions(q, entities.find(q))) {
            Quantity role = m.dim() == Dim.DATE ? null : RoleReader.role(q, m);
            if (role != null) {
                out.add(RoleReader.known(q, role, m));
            } else if (m.isMoney()) {
                out.add(Known.stated(Quantity.USD, m.value(), m.currency(), m)); // a sum of money the words give no role
            }
        }
        return out;
    }

    /** The numbers of a text, outside the names found in it; a count just before a machine's name counts machines. */
    private static List<Mention> mentions(String q, List<Found> found) {
        List<int[]> masked = found.stream().map(f -> new int[]{f.start(), f.end()}).toList();
        List<Found> hw = found.stream().filter(Found::isHardware).toList();
        return NumberScanner.scan(q, masked, hw.stream().map(f -> new int[]{f.start(), f.end()}).toList(),
                hw.stream().map(f -> f.kind() == Kind.SYSTEM).toList());
    }

    public Reading read(String raw) {
        String q = TextNormaliser.normalise(raw);
        Lang lang = Lang.detect(raw);
        List<Found> found = new ArrayList<>(entities.find(q));
        // "按 Chinchilla 法则", "Chinchilla-optimal": the scaling law, not the 70B model
        found.removeIf(f -> f.kind() == Kind.MODEL && f.canonical().equals("Chinchilla") && CHINCHILLA_LAW.matcher(q).find());
        List<Found> hw = found.stream().filter(Found::isHardware).toList();
        List<Mention> mentions = mentions(q, found);
        List<Quantity> asked = AskedReader.read(q);
        Optional<List<Known>> curve = LearningCurve.read(q, mentions);
        if (curve.isPresent()) {
            // a rate per doubling of output: compounded once per doubling, whatever else the words ask
            List<Known> ks = curve.get();
            List<Quantity> curveAsked = new ArrayList<>(asked.stream().filter(a -> a == Quantity.FACTOR || a == Quantity.CHANGE).toList());
            if (ks.stream().anyMatch(k -> k.quantity() == Quantity.START_VALUE)) {
                curveAsked.add(0, Quantity.END_VALUE);
            } else if (curveAsked.isEmpty()) {
                curveAsked.add(Quantity.FACTOR);
            }
            return new Reading(raw, lang, curveAsked, ks, List.of(), false);
        }
        List<Known> knowns = new ArrayList<>();
        List<Mention> free = new ArrayList<>(mentions);
        List<List<Known>> conversions = new ArrayList<>(); // one case per currency when rates chain
        ExchangeReader.exchange(q, free, knowns, asked, conversions);
        List<Mention> dates = free.stream().filter(m -> m.dim() == Dim.DATE).toList();
        free.removeAll(dates);
        List<Mention> values = new ArrayList<>();
        // "at 312 TFLOPS rather than 19.5": the value set aside is not an input
        free.removeIf(m -> SET_ASIDE.matcher(RoleReader.before(q, m, 16)).find());
        for (Mention m : free) {
            Quantity role = RoleReader.role(q, m);
            if (role == null) {
                values.add(m);
            } else {
                knowns.add(RoleReader.known(q, role, m));
            }
        }
        PriceAndTrend.startAndTarget(asked, knowns, free, values, dates);
        if (asked.contains(Quantity.DAYS) && REFERENCE.matcher(q).find() && hw.stream().map(Found::canonical).distinct().count() == 2) {
            // "10 days on H800; switched to as many H20, how many days?": the stated days are the reference machine's
            knowns.replaceAll(k -> k.quantity() == Quantity.DAYS ? k.as(Quantity.REFERENCE_DAYS) : k);
        }
        if (asked.contains(Quantity.SERVERS) && knowns.stream().anyMatch(k -> k.quantity() == Quantity.GPUS_PER_SERVER)) {
            // "如果一台服务器 8 张卡，需要多少台？": the one server describes the unit, it is not the count asked for
            knowns.removeIf(k -> k.quantity() == Quantity.SERVERS && k.isNumber() && k.number() == 1);
        }
        dropKnown(q, asked, knowns);
        SubYearRate.monthSpan(q, knowns);
        PriceAndTrend.perMillionIsAUnit(asked, knowns, values);
        PriceAndTrend.projection(asked, knowns, dates, mentions);
        // "I'm modelling power for a 1,000-GPU cluster: 700 W per GPU, PUE 1.3": a statement of inputs, not a ratio
        boolean telling = asked.isEmpty() && !ASKING.matcher(q).find() && dates.isEmpty();
        boolean arithmetic = !telling && arithmetic(asked, knowns, values, dates, mentions, !hw.isEmpty());
        if (arithmetic) {
            // comparing its own numbers: the measures it states are values to compare, not inputs of a chain, and
            // a measure word among the cues ("the parameter count grew", "耗电") only names what is compared
            for (Known k : List.copyOf(knowns)) {
                if (MEASURES.contains(k.quantity())) {
                    knowns.remove(k);
                    mentions.stream().filter(m -> m.start() == k.start()).findFirst().ifPresent(values::add);
                }
            }
            values.sort(java.util.Comparator.comparingInt(Mention::start));
            asked.removeIf(a -> !StructureReader.ARITHMETIC.contains(a) && a != Quantity.PART);
            StructureReader.read(q, values, dates, knowns, asked);
            knowns.removeIf(k -> k.quantity() == Quantity.SERIES);
            if (asked.contains(Quantity.YEAR) && dates.size() == 1 && knowns.stream().noneMatch(k -> k.quantity() == Quantity.START_DATE)) {
                knowns.add(Known.stated(Quantity.START_DATE, dates.get(0).unit(), "", dates.get(0))); // "从 2024 年起算，是哪一年"
            }
            if (knowns.stream().noneMatch(k -> k.quantity() == Quantity.PERIODS)) {
                // "fell from $60 to $2.50 over 18 months": the span of a change is years, for a yearly rate
                knowns.replaceAll(k -> k.quantity() == Quantity.DAYS ? new Known(Quantity.PERIODS, k.number() / 365.25, "",
                        Known.Origin.DERIVED, null, k.start(), k.end()).withNote(Formats.human(k.number()) + " 天 ÷ 365.25",
                        Formats.human(k.number()) + " days ÷ 365.25") : k);
            }
            dropKnown(q, asked, knowns);
        }
        if (asked.contains(Quantity.OPTIMAL_TOKENS) && asked.contains(Quantity.COMPUTE)
                && knowns.stream().anyMatch(k -> k.quantity() == Quantity.TOKENS)) {
            // "按 Chinchilla 最优需要多少 token、多少 FLOP？如果实际喂了 15 万亿 token…": the FLOP of the optimum
            asked.set(asked.indexOf(Quantity.COMPUTE), Quantity.OPTIMAL_COMPUTE);
        }
        if (knowns.stream().anyMatch(k -> k.quantity() == Quantity.COMPUTE_MULTIPLE)) {
            asked.remove(Quantity.COMPUTE); // "if the compute budget grows 10×": the budget is given as a multiple
        }
        AddOns.apply(q, knowns, values);
        Derivations.computeGrowth(q, knowns);
        SubYearRate.toYearly(q, knowns);
        if (knowns.stream().anyMatch(k -> k.quantity() == Quantity.COMPUTE_MULTIPLE)) {
            // "budget grows 100×: what is the new optimal size?": the sizes asked are the new optimum's
            asked.replaceAll(a -> a == Quantity.PARAMS ? Quantity.OPTIMAL_PARAMS : a == Quantity.TOKENS ? Quantity.OPTIMAL_TOKENS : a);
        }
        restated(knowns);
        if (asked.contains(Quantity.FLEET_FLOPS) && knowns.stream().anyMatch(k -> k.quantity() == Quantity.DAYS || k.quantity() == Quantity.HOURS)
                && !PER_SECOND.matcher(q).find()) {
            // "2,000 H100s for 30 days at 40% MFU: what total compute is that?": work done over the run, in FLOP
            asked.set(asked.indexOf(Quantity.FLEET_FLOPS), Quantity.COMPUTE);
        }
        if (asked.isEmpty() && knowns.stream().anyMatch(k -> k.quantity() == Quantity.RATES)) {
            asked.add(Quantity.RATE); // "rose 20% and then 35%; combined?"
        }
        Derivations.periodWords(q, knowns, asked, TRAIN_WORD.matcher(q).find());
        Derivations.combinedMultiples(q, knowns, asked);
        boolean onlyHardware = knowns.stream().anyMatch(k -> k.quantity() == Quantity.HARDWARE) && knowns.stream().allMatch(k ->
                k.quantity() == Quantity.HARDWARE || k.quantity() == Quantity.PRECISION || k.quantity() == Quantity.BYTES_PER_VALUE);
        boolean unitPrice = knowns.stream().anyMatch(k -> k.quantity() == Quantity.USD_PER_GPU || k.quantity() == Quantity.USD_PER_SERVER);
        if (asked.contains(Quantity.USD) && !TRAIN_WORD.matcher(q).find() && (BUY.matcher(q).find() || onlyHardware || unitPrice)) {
            asked.set(asked.indexOf(Quantity.USD), Quantity.CAPEX_USD); // "how much does an H100 cost", "买 512 张要多少钱"
        }
        boolean powerPrice = knowns.stream().anyMatch(k -> k.quantity() == Quantity.USD_PER_KWH);
        boolean rentPrice = knowns.stream().anyMatch(k -> k.quantity() == Quantity.USD_PER_GPU_HOUR);
        if (powerPrice && !rentPrice && asked.contains(Quantity.USD)) {
            asked.set(asked.indexOf(Quantity.USD), Quantity.ELECTRICITY_USD); // "what does it cost at $0.06/kWh"
        }
        if (asked.contains(Quantity.FLOP_PER_TOKEN) && !asked.contains(Quantity.COMPUTE)
                && knowns.stream().anyMatch(k -> k.quantity() == Quantity.TOKENS)) {
            asked.add(Quantity.COMPUTE); // "FLOP per token, and for 1 million tokens?": the tokens are there to be multiplied
        }
        if (asked.contains(Quantity.KV_CACHE_BYTES) && asked.contains(Quantity.WEIGHT_BYTES) && TOGETHER.matcher(q).find()) {
            asked.add(Quantity.SERVING_MEMORY_BYTES); // "KV cache, and with the weights in total?"
        }
        if (asked.contains(Quantity.KV_CACHE_BYTES) && knowns.stream().noneMatch(k -> k.quantity() == Quantity.SEQ_LEN)) {
            // "KV cache … at 4,096 tokens": the tokens are the sequence the cache holds
            knowns.replaceAll(k -> k.quantity() == Quantity.TOKENS || k.quantity() == Quantity.TOKENS_PER_QUERY ? k.as(Quantity.SEQ_LEN) : k);
        }
        Matcher itOnly = IT_ONLY.matcher(q);
        if (itOnly.find() && knowns.stream().noneMatch(k -> k.quantity() == Quantity.PUE)) {
            // "how much energy is that before PUE?": the IT load alone
            knowns.add(new Known(Quantity.PUE, 1.0, "", Known.Origin.QUESTION, null, itOnly.start(), itOnly.end()));
        }
        if (FULL_LOAD.matcher(q).find() && knowns.stream().noneMatch(k -> k.quantity() == Quantity.UTILISATION)) {
            int at = FULL_LOAD.matcher(q).results().findFirst().map(r -> r.start()).orElse(0);
            knowns.add(new Known(Quantity.UTILISATION, 1.0, "", Known.Origin.QUESTION, null, at, at));
        }
        Matcher effective = EFFECTIVE.matcher(q);
        if (effective.find() && knowns.stream().anyMatch(k -> k.quantity() == Quantity.PEAK_FLOPS)
                && knowns.stream().noneMatch(k -> k.quantity() == Quantity.UTILISATION)) {
            // "单卡有效算力按 19.5 TFLOPS 计": the stated rate is what each card delivers, so no utilisation on top
            knowns.add(new Known(Quantity.UTILISATION, 1.0, "", Known.Origin.DERIVED, null, effective.start(), effective.end())
                    .withNote("给出的是有效算力，不再乘利用率", "the stated FLOP/s is already the effective rate"));
        }
        Precisions.read(q, knowns);
        List<List<Known>> variants = new ArrayList<>();
        entityKnowns(q, found, mentions, knowns, variants, asked);
        if (arithmetic) {
            variants.clear(); // "from V100's 125 TFLOPS to H100's 1979": the names label the values, not cases
        }
        Derivations.apply(q, knowns, mentions, catalog, found);
        if (GPU_ONLY.matcher(q).find()) {
            // "只算 GPU 的 TDP", "counting GPUs only": a server's own draw is left out, its accelerators' are counted
            knowns.replaceAll(k -> k.quantity() == Quantity.HARDWARE ? catalog.systems().find(String.valueOf(k.value()))
                    .map(sys -> new Known(Quantity.HARDWARE, sys.accelerator().name(), "accelerator", k.origin(), null, k.start(), k.end()))
                    .orElse(k) : k);
        }
        if (knowns.stream().anyMatch(k -> k.quantity() == Quantity.START_VALUE)
                && knowns.stream().anyMatch(k -> k.quantity() == Quantity.END_VALUE)) {
            knowns.removeIf(k -> k.quantity() == Quantity.SERIES); // stated values beat the catalog's series
        }
        variants.addAll(Precisions.variants(q, asked));
        variants.addAll(conversions);
        boolean followUp = FollowUps.looksLikeFollowUp(raw, asked, knowns);
        if (!arithmetic && dates.size() == 1 && (followUp || asked.contains(Quantity.END_VALUE))) {
            // "按这个增速，2030 年会是多少？": the date the turn before is carried to
            knowns.add(Known.stated(Quantity.END_DATE, dates.get(0).unit(), "", dates.get(0)));
        } else if (!arithmetic && dates.size() == 2 && asked.contains(Quantity.END_VALUE) && knowns.stream().noneMatch(k -> k.isNumber())) {
            // "如果 2026 年之后保持这个增速，2028 年会到多少？": from the first year to the second
            List<Mention> byYear = dates.stream().sorted(java.util.Comparator.comparingDouble(Mention::value)).toList();
            knowns.add(Known.stated(Quantity.START_DATE, byYear.get(0).unit(), "", byYear.get(0)));
            knowns.add(Known.stated(Quantity.END_DATE, byYear.get(1).unit(), "", byYear.get(1)));
        }
        if (followUp && !arithmetic) {
            // "照这个速度，哪一年突破 2.5 亿次？": the target the projection runs to
            Mention target = values.stream().filter(m -> asked.contains(Quantity.YEAR)
                    && TARGET_WORD.matcher(RoleReader.before(q, m, 8)).find()).findFirst().orElse(null);
            if (target != null) {
                knowns.add(Known.stated(Quantity.TARGET_VALUE, target.value(), target.unit(), target));
            }
            // "and with 1024?": a number whose role only the turn before can tell
            values.stream().filter(m -> m != target && (m.dim() == Dim.PLAIN || m.dim() == Dim.PARAMS)).forEach(m ->
                    knowns.add(new Known(Quantity.START_VALUE, m.value(), "", Known.Origin.QUESTION, null, m.start(), m.end())));
            // "那 3.5 亿美元呢？": a sum of money in a follow-up is the amount the turn before worked on
            values.stream().filter(m -> m != target && m.isMoney()).findFirst().ifPresent(m ->
                    knowns.add(new Known(Quantity.AMOUNT, m.value(), m.currency(), Known.Origin.QUESTION, null, m.start(), m.end())));
        }
        HardwareCases.specAlongside(q, knowns, variants);
        return new Reading(raw, lang, asked, knowns, variants, followUp);
    }


    /**
     * Whether the question is about its own numbers: it asks for arithmetic (or for nothing a chain makes) and
     * states what that arithmetic needs — two values of one kind, dated values, or a value with a rate, factor,
     * change or share.
     */
    private static boolean arithmetic(List<Quantity> asked, List<Known> knowns, List<Mention> values, List<Mention> dates,
                                      List<Mention> mentions, boolean machines) {
        boolean asksArithmetic = asked.isEmpty() || asked.stream().anyMatch(StructureReader.ARITHMETIC::contains);
        // "236B total, 21B active, 8.1T tokens: the training compute, and how many times more for a dense model?": a
        // chain with its inputs stated is worked as a chain, whatever else the question compares
        boolean chain = asked.stream().anyMatch(CHAIN_ASKS::contains)
                && (machines || knowns.stream().anyMatch(k -> CHAIN_INPUTS.contains(k.quantity())));
        if (!asksArithmetic || chain) {
            return false;
        }
        List<Mention> numbers = new ArrayList<>(values);
        knowns.stream().filter(k -> MEASURES.contains(k.quantity()))
                .forEach(k -> mentions.stream().filter(m -> m.start() == k.start()).findFirst().ifPresent(numbers::add));
        boolean pair = numbers.stream().collect(java.util.stream.Collectors.groupingBy(Mention::dim)).values().stream()
                .anyMatch(l -> l.size() >= 2);
        boolean modifier = knowns.stream().anyMatch(k -> k.quantity() == Quantity.RATE || k.quantity() == Quantity.DOUBLING_TIME || k.quantity() == Quantity.HALVING_TIME
                || k.quantity() == Quantity.PERIODS) || values.stream().anyMatch(m -> m.dim() == Dim.FRACTION || m.dim() == Dim.FACTOR);
        return pair || !dates.isEmpty() && !numbers.isEmpty() || modifier;
    }


    /**
     * A quantity stated twice — "运行一个月（30 天）", "一台 8 卡服务器 … 共 512 台" — is the later, more specific
     * statement; rates are exempt, since two rates are rates to combine.
     */
    private static void restated(List<Known> knowns) {
        for (Known k : List.copyOf(knowns)) {
            if (k.quantity() != Quantity.RATE && k.isNumber() && knowns.stream()
                    .anyMatch(o -> o != k && o.quantity() == k.quantity() && o.start() > k.start())) {
                knowns.remove(k);
            }
        }
    }

    /** A cue for what the question itself states ("按 36.5% 的年复合增速", "doubling every 18 months") asks nothing. */
    private static final Pattern YEARLY = Pattern.compile("每年|一年|年均|年化|/\\s*年|\\ba year\\b|per year|yearly|annual|each year|every year|/\\s*yr", F);

    private static void dropKnown(String q, List<Quantity> asked, List<Known> knowns) {
        if (knowns.stream().anyMatch(k -> k.quantity() == Quantity.COMPUTE_MULTIPLE)) {
            // "Chinchilla is 70B on 1.4T tokens; with 4× the compute, what are the optimal N and D?": the new optimum
            asked.replaceAll(a -> a == Quantity.PARAMS ? Quantity.OPTIMAL_PARAMS : a == Quantity.TOKENS ? Quantity.OPTIMAL_TOKENS : a);
        }
        // two stated yearly rates and a rate asked: their combination is what is asked, not one of them
        boolean combining = knowns.stream().filter(k -> k.quantity() == Quantity.RATE).count() >= 2;
        // changes one after another with no year to them ("先砍 30%，又降 25%：累计降了多少？") are a cumulative change
        boolean yearly = YEARLY.matcher(q).find();
        if (combining && yearly && !asked.contains(Quantity.RATE) && (asked.contains(Quantity.SHARE) || asked.contains(Quantity.CHANGE))) {
            // "taken together, by what percentage does it fall each year?"
            asked.replaceAll(a -> a == Quantity.SHARE || a == Quantity.CHANGE ? Quantity.RATE : a);
            List<Quantity> distinct = asked.stream().distinct().toList();
            asked.clear();
            asked.addAll(distinct);
        }
        asked.removeIf(a -> !(combining && a == Quantity.RATE)
                && knowns.stream().anyMatch(k -> k.quantity() == a && k.origin() != Known.Origin.DERIVED));
        if (knowns.stream().anyMatch(k -> k.quantity() == Quantity.AMOUNT)) {
            asked.remove(Quantity.USD);
        }
    }

    /** Names to knowns: models, sized models, series, hardware — and the cases or reference fleet they imply. */
    private void entityKnowns(String q, List<Found> found, List<Mention> mentions, List<Known> knowns,
                              List<List<Known>> variants, List<Quantity> asked) {
        List<Found> models = found.stream().filter(Found::isModel).toList();
        List<Found> hardware = found.stream().filter(Found::isHardware).toList();
        boolean ownNumbers = knowns.stream().anyMatch(k -> StructureReader.ARITHMETIC.contains(k.quantity())
                || k.quantity() == Quantity.START_VALUE || k.quantity() == Quantity.RATES || k.quantity() == Quantity.PART);
        found.stream().filter(f -> f.kind() == Kind.SERIES && !ownNumbers).findFirst().ifPresent(f ->
                knowns.add(new Known(Quantity.SERIES, f.canonical(), "", Known.Origin.QUESTION, null, f.start(), f.end())));
        List<Known> modelKnowns = models.stream().map(f -> modelKnown(f)).toList();
        boolean statedParams = knowns.stream().anyMatch(k -> k.quantity() == Quantity.PARAMS || k.quantity() == Quantity.ACTIVE_PARAMS);
        if (modelKnowns.size() == 1 || statedParams && !modelKnowns.isEmpty()) {
            Known mk = modelKnowns.get(modelKnowns.size() - 1);
            if (!(statedParams && mk.quantity() == Quantity.PARAMS)) {
                knowns.add(mk);
            }
        } else if (modelKnowns.size() > 1) {
            modelKnowns.forEach(k -> variants.add(List.of(k)));
        }
        // "T4 … 8 卡 T4 服务器": a server named with its own accelerator is that accelerator, not a second machine
        List<String> chips = hardware.stream().filter(f -> f.kind() != Kind.SYSTEM).map(Found::canonical).toList();
        List<Found> machines = hardware.stream().filter(f -> f.kind() != Kind.SYSTEM || catalog.systems().find(f.canonical())
                .map(sys -> !chips.contains(sys.accelerator().name())).orElse(true)).toList();
        if (machines.isEmpty()) {
            return;
        }
        HardwareCases.read(q, machines, mentions, knowns, variants, asked, REFERENCE.matcher(q).find());
    }

    private static Known modelKnown(Found f) {
        if (f.kind() == Kind.SIZED_MODEL) {
            return new Known(Quantity.PARAMS, f.params(), "", Known.Origin.NAME, null, f.start(), f.end())
                    .withNote("由名称 " + f.canonical() + " 读出", "read from the name " + f.canonical());
        }
        return new Known(Quantity.MODEL, f.canonical(), "", Known.Origin.QUESTION, null, f.start(), f.end());
    }
}
