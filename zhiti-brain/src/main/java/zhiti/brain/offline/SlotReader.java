package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.econ.Precision;
import zhiti.econ.catalog.Accelerator;
import zhiti.econ.catalog.Catalog;
import zhiti.econ.catalog.ModelCard;
import zhiti.econ.catalog.NameIndex;
import zhiti.econ.catalog.Series;
import zhiti.econ.catalog.SeriesCatalog;
import zhiti.econ.catalog.ServerSystem;
import zhiti.econ.units.QuantityParser;

/**
 * Reads the slots of a question in Chinese or English: catalog names for models, hardware and series, and patterns
 * for parameters, tokens, deadlines, fleet sizes, utilisation, precision, prices and compute amounts.
 */
public final class SlotReader {

    private static final String NUM = QuantityParser.NUMBER_WITH_MAGNITUDE.pattern();
    /** A number that must carry a magnitude ("70B", "700亿"), so "GPT-3 model" is not a 3-parameter model. */
    private static final String NUM_WITH_MAG = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*"
            + "([十百千万亿]+|(?i:million|billion|trillion|[mbt])(?![a-zA-Z]))";
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> PARAMS = List.of(
            Pattern.compile(NUM + "[\\s-]*(?:个)?\\s*(?:parameters?|params?|参数)", F),
            Pattern.compile("(?:参数量|参数规模|参数)\\s*(?:为|是|达|:|：|=)?\\s*(?:约|约为)?\\s*" + NUM, F),
            Pattern.compile(NUM_WITH_MAG + "[\\s-]*(?:model|模型|大模型|LLM)", F));
    private static final Pattern BARE_MAGNITUDE_PARAMS = Pattern.compile("(?<![\\d.])(万亿|千亿|百亿|十亿|亿)(?:级)?(?:参数|模型)");
    private static final List<Pattern> TOKENS = List.of(
            Pattern.compile(NUM + "\\s*(?:个)?\\s*(?:training\\s+)?(?:tokens?|词元)", F),
            Pattern.compile("(?:tokens?|词元|训练数据量|数据量)\\s*(?:数|数量)?\\s*(?:为|是|达|of|:|：|=)\\s*(?:约)?\\s*" + NUM, F));
    private static final Pattern DAYS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(days?|天|weeks?|周|个?星期|months?|个月)", F);
    private static final Pattern ONE_PERIOD = Pattern.compile("(?:in\\s+)?(?:a|one)\\s+(week|month)|一(周|个星期|个月)", F);
    private static final Pattern UTILISATION = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:的)?\\s*(?:utili[sz]ation|MFU|利用率|算力利用率)"
                    + "|(?:utili[sz]ation|MFU|利用率)\\s*(?:of|at|is|为|是|:|：|=)?\\s*(\\d+(?:\\.\\d+)?)\\s*%", F);
    private static final Pattern PRECISION = Pattern.compile("(?<![A-Za-z0-9])(fp8|bf16|fp16|tf32|fp32|int8)(?![A-Za-z0-9])", F);
    private static final Pattern COUNT_BEFORE = Pattern.compile("(\\d[\\d,]*)\\s*(张|块|片|颗|个|台|x|×)?\\s*(?:NVIDIA|英伟达)?\\s*$", F);
    private static final Pattern GENERIC_GPUS = Pattern.compile("(\\d[\\d,]*)\\s*(?:张|块|片)?\\s*(?:GPUs?|GPU卡|显卡|加速卡|卡)(?![A-Za-z])", F);
    private static final Pattern SERVERS_AFTER = Pattern.compile("^\\s*(?:servers?|nodes?|boxes|systems?|台|服务器|节点)", F);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.%])");
    /** "4096 上下文", "8k context", "上下文长度 32k", "seq_len 2048". */
    private static final Pattern SEQ_LEN = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*([kK])?\\s*(?:tokens?\\s*)?(?:的)?\\s*(?:上下文|context|序列长度|seq(?:uence)?[ _-]?len(?:gth)?)"
                    + "|(?:上下文|context|序列长度|seq(?:uence)?[ _-]?len(?:gth)?)\\s*(?:长度|length|window)?\\s*(?:为|是|of|:|：|=)?\\s*"
                    + "(\\d+(?:\\.\\d+)?)\\s*([kK])?", F);
    /** "batch 8", "batch size of 32", "64 个并发", "64 concurrent requests". */
    private static final Pattern BATCH = Pattern.compile(
            "batch\\s*(?:size)?\\s*(?:=|of|为|:)?\\s*(\\d+)|(\\d+)\\s*(?:个|路)?\\s*(?:并发|concurrent|sequences|requests? at once)", F);
    /** "每天 2500 万访问", "日访问量 6000 万", "daily visits of 60M". */
    private static final Pattern DAILY_VISITS_BEFORE = Pattern.compile(
            "(?:每天|每日|日|daily)\\s*(?:访问量|访问|visits?|访客)\\s*(?:为|是|达|有|of)?\\s*(?:约)?\\s*" + NUM, F);
    private static final Pattern DAILY_VISITS_AFTER = Pattern.compile(
            NUM + "\\s*(?:人次|次)?\\s*(?:daily visits|visits? (?:a|per) day|visits|日访问|访问)", F);
    /** "每次 10 个问题", "每人提问 10 次", "10 queries per visit". */
    private static final Pattern QUERIES_PER_VISIT = Pattern.compile(
            "每(?:次|人|个用户)\\s*(?:访问)?\\s*(?:提问|问)?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:个|次)?\\s*(?:问题|提问|查询)?"
                    + "|(\\d+(?:\\.\\d+)?)\\s*(?:queries|questions|prompts)\\s*(?:per|each|a)\\s*(?:visit|user|session)", F);
    /** "267 tokens per query", "每次问答 500 个 token". */
    private static final Pattern TOKENS_PER_QUERY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:个)?\\s*tokens?\\s*(?:per|each|every|每)\\s*(?:query|question|answer|request|查询|问答|次|个问题)"
                    + "|每(?:次|个)\\s*(?:查询|问答|回答|提问|请求)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:个)?\\s*tokens?", F);
    /** "$2/GPU·h", "$1.5 per GPU-hour", "每卡时 2 美元", "2 美元/卡时". */
    private static final Pattern PRICE = Pattern.compile(
            "\\$\\s*(\\d+(?:\\.\\d+)?)\\s*(?:/|per|每)\\s*(?:GPU|卡|card|chip)?[\\s·\\-]*(?:h\\b|hr|hour|小时|时)"
                    + "|(\\d+(?:\\.\\d+)?)\\s*(?:美元|USD|dollars?)\\s*(?:/|per|每)\\s*(?:GPU|卡)?[\\s·\\-]*(?:h\\b|hr|hour|小时|时)"
                    + "|每\\s*(?:GPU|卡)?\\s*(?:时|小时)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:美元|USD|dollars?)", F);
    /** "3.15e23 FLOP", "1e24 FLOPs", "10^24 次浮点运算". */
    private static final Pattern COMPUTE = Pattern.compile(NUM + "\\s*(?:FLOPs?|次浮点运算)(?!\\s*/\\s*s)", F);

    private final Catalog catalog;
    private final SeriesCatalog series;
    private final List<NamePattern> hardwarePatterns = new ArrayList<>();

    /** A catalog name as a pattern that tolerates spaces and hyphens between its characters. */
    /** @param compact the normalised name, which the normalised question must contain for the pattern to match */
    private record NamePattern(String canonical, boolean system, Pattern pattern, String compact) {
        NamePattern(String canonical, boolean system, String name) {
            this(canonical, system, loose(name), NameIndex.normalize(name));
        }
    }

    /** A hardware name found in the question, with where it sits. */
    private record HardwareMention(String canonical, boolean system, int start, int end) {
    }

    public SlotReader(Catalog catalog, SeriesCatalog series) {
        this.catalog = catalog;
        this.series = series;
        for (ServerSystem s : catalog.systems().all()) {
            names(s.name(), s.aliases()).forEach(n -> hardwarePatterns.add(new NamePattern(s.name(), true, n)));
        }
        for (Accelerator a : catalog.accelerators().all()) {
            names(a.name(), a.aliases()).forEach(n -> hardwarePatterns.add(new NamePattern(a.name(), false, n)));
        }
        hardwarePatterns.sort(Comparator.comparingInt((NamePattern p) -> -p.pattern().pattern().length()));
    }

    public Slots read(String raw) {
        String q = ChineseNumerals.toDigits(raw);
        OptionalDouble params = firstQuantity(PARAMS, q);
        if (params.isEmpty()) {
            Matcher m = BARE_MAGNITUDE_PARAMS.matcher(q);
            if (m.find()) {
                params = OptionalDouble.of(QuantityParser.multiplier(m.group(1)));
            }
        }
        List<HardwareMention> hw = hardware(q);
        return new Slots(mentioned(catalog.models(), q, ModelCard::name), params, firstQuantity(TOKENS, q),
                hw.stream().map(HardwareMention::canonical).distinct().toList(),
                mentioned(series.index(), q, Series::name), days(q), gpus(q, hw), utilisation(q), precision(q),
                usdPerGpuHour(q), computeFlop(q), serving(q), years(q));
    }

    /** Calendar years named in the question ("2021 到 2026 年", "from 1997 to 2023"), in order. */
    private static List<Integer> years(String q) {
        List<Integer> out = new ArrayList<>();
        Matcher m = YEAR.matcher(q);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static Slots.Serving serving(String q) {
        OptionalLong seq = OptionalLong.empty();
        Matcher m = SEQ_LEN.matcher(q);
        if (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(3);
            String k = m.group(1) != null ? m.group(2) : m.group(4);
            seq = OptionalLong.of((long) (Double.parseDouble(n) * (k != null ? 1024 : 1)));
        }
        Matcher b = BATCH.matcher(q);
        OptionalLong batch = b.find() ? OptionalLong.of(Long.parseLong(b.group(1) != null ? b.group(1) : b.group(2)))
                : OptionalLong.empty();
        return new Slots.Serving(seq, batch, firstQuantity(List.of(DAILY_VISITS_BEFORE, DAILY_VISITS_AFTER), q),
                firstNumber(QUERIES_PER_VISIT, q), firstNumber(TOKENS_PER_QUERY, q));
    }

    private static OptionalDouble firstNumber(Pattern p, String q) {
        Matcher m = p.matcher(q);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        String g = m.group(1) != null ? m.group(1) : m.group(2);
        return OptionalDouble.of(Double.parseDouble(g));
    }

    /** Distinct entries named in the text, in order of first mention; a longer name hides the shorter inside it. */
    private static <T> List<String> mentioned(NameIndex<T> index, String q, Function<T, String> name) {
        List<NameIndex.Mention<T>> kept = new ArrayList<>();
        for (NameIndex.Mention<T> m : index.mentions(q)) {
            boolean inside = kept.stream().anyMatch(k -> m.position() >= k.position()
                    && m.position() + m.length() <= k.position() + k.length());
            if (!inside) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(NameIndex.Mention::position));
        return kept.stream().map(m -> name.apply(m.entry())).distinct().toList();
    }

    private static OptionalDouble usdPerGpuHour(String q) {
        Matcher m = PRICE.matcher(q);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return OptionalDouble.of(Double.parseDouble(v));
    }

    private static OptionalDouble computeFlop(String q) {
        Matcher m = COMPUTE.matcher(q);
        return m.find() ? OptionalDouble.of(QuantityParser.value(m)) : OptionalDouble.empty();
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        return all;
    }

    private static Pattern loose(String name) {
        StringBuilder sb = new StringBuilder("(?<![A-Za-z0-9])");
        String compact = NameIndex.normalize(name);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0) {
                sb.append("[\\s\\-_]*");
            }
            sb.append(Pattern.quote(String.valueOf(compact.charAt(i))));
        }
        return Pattern.compile(sb.append("(?![0-9])").toString(), F);
    }

    /** Longest names first; a span claimed by "DGX A100" is not claimed again by "A100". */
    private List<HardwareMention> hardware(String q) {
        List<HardwareMention> found = new ArrayList<>();
        String compactQ = NameIndex.normalize(q);
        for (NamePattern p : hardwarePatterns) {
            if (!compactQ.contains(p.compact())) continue;
            Matcher m = p.pattern().matcher(q);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (found.stream().noneMatch(f -> s < f.end() && f.start() < e)) {
                    found.add(new HardwareMention(p.canonical(), p.system(), s, e));
                }
            }
        }
        found.sort(Comparator.comparingInt(HardwareMention::start));
        return found;
    }

    private static OptionalDouble firstQuantity(List<Pattern> patterns, String q) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(q);
            while (m.find()) {
                double v = QuantityParser.value(m);
                if (v > 0) {
                    return OptionalDouble.of(v);
                }
            }
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble days(String q) {
        Matcher m = DAYS.matcher(q);
        if (m.find()) {
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2).toLowerCase();
            return OptionalDouble.of(unit.startsWith("week") || unit.contains("周") || unit.contains("星期") ? n * 7
                    : unit.startsWith("month") || unit.contains("月") ? n * 30 : n);
        }
        Matcher one = ONE_PERIOD.matcher(q);
        if (one.find()) {
            String unit = one.group(1) != null ? one.group(1) : one.group(2);
            return OptionalDouble.of(unit.contains("month") || unit.contains("月") ? 30 : 7);
        }
        return OptionalDouble.empty();
    }

    /** "1,024 A100 GPUs", "1024张A100", "64 台 DGX A100" (servers × GPUs per server), or "512 GPUs". */
    private OptionalLong gpus(String q, List<HardwareMention> hw) {
        for (HardwareMention h : hw) {
            Matcher m = COUNT_BEFORE.matcher(q.substring(0, h.start()));
            if (m.find()) {
                long n = Long.parseLong(m.group(1).replace(",", ""));
                boolean servers = h.system() || "台".equals(m.group(2)) || SERVERS_AFTER.matcher(q.substring(h.end())).find();
                if (servers && h.system()) {
                    n *= catalog.systems().get(h.canonical()).acceleratorsPerServer();
                }
                return OptionalLong.of(n);
            }
        }
        Matcher g = GENERIC_GPUS.matcher(q);
        return g.find() ? OptionalLong.of(Long.parseLong(g.group(1).replace(",", ""))) : OptionalLong.empty();
    }

    private static OptionalDouble utilisation(String q) {
        Matcher m = UTILISATION.matcher(q);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        String v = m.group(1) != null ? m.group(1) : m.group(2);
        return OptionalDouble.of(Double.parseDouble(v) / 100);
    }

    private static Optional<Precision> precision(String q) {
        Matcher m = PRECISION.matcher(q);
        return m.find() ? Optional.of(Precision.parse(m.group(1))) : Optional.empty();
    }
}
