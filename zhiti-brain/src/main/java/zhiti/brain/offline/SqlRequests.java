package zhiti.brain.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.ToolName;
import zhiti.econ.catalog.Catalog;

/**
 * Listing, filtering, ranking and counting questions over the catalogs, read into one read-only SELECT: "which
 * models were trained with more than 1e25 FLOP?", "rank the accelerators released in 2022 or later with at least
 * 80 GB by bandwidth", "参数量最大的五个模型", "how many AMD accelerators, and their average TDP?". Only column names
 * from the table below, numbers and catalog names reach the SQL; the question's own text never does.
 */
final class SqlRequests {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A column a question can name, in the order tried (more specific words first). */
    private record Metric(boolean models, String column, Pattern words) {
        static Metric of(boolean models, String column, String words) {
            return new Metric(models, column, Pattern.compile(words, F));
        }
    }

    private static final List<Metric> METRICS = List.of(
            Metric.of(false, "fp8_tflops_per_w", "FP8\\s*(?:TFLOPS\\s*)?(?:per watt|/\\s*W\\b|每瓦)"),
            Metric.of(false, "bf16_tflops_per_w", "BF16\\s*(?:TFLOPS\\s*)?(?:per watt|/\\s*W\\b|每瓦)"),
            Metric.of(false, "fp8_tflops", "FP8"), Metric.of(false, "bf16_tflops", "BF16"),
            Metric.of(false, "fp16_tflops", "FP16"), Metric.of(false, "tf32_tflops", "TF32"),
            Metric.of(false, "fp32_tflops", "FP32"), Metric.of(false, "int8_tops", "INT8"),
            Metric.of(false, "bandwidth_tb_per_s", "bandwidth|带宽"),
            Metric.of(false, "memory_gb", "memory|显存|HBM|\\bGB\\b"),
            Metric.of(false, "tdp_w", "\\bTDP\\b|power draw|功耗"),
            Metric.of(false, "list_price_usd", "\\bprice|价格|售价"),
            Metric.of(false, "tpp", "\\bTPP\\b"),
            Metric.of(true, "active_params", "active param|激活参数"),
            Metric.of(true, "training_flop", "training compute|\\bFLOPs?\\b|训练算力|算力"),
            Metric.of(true, "training_tokens", "training tokens|\\btokens\\b|训练数据|token\\s*数"),
            Metric.of(true, "params", "parameters?|parameter count|\\bparams\\b|参数量|参数"));

    private static final Pattern MODEL_WORD = Pattern.compile("\\bmodels?\\b|模型", F);
    private static final Pattern CHIP_WORD = Pattern.compile("accelerators?|\\bchips?\\b|\\bGPUs?\\b|芯片|加速卡|显卡|\\bcards?\\b", F);
    private static final Pattern CHIP_METRIC = Pattern.compile("TFLOPS|\\bTOPS\\b|\\bTDP\\b|\\bHBM\\b|显存|带宽", F);
    /** "报告里那张表中哪些…": a question about a report's table is for the knowledge base, not the catalogs. */
    private static final Pattern REPORTS = Pattern.compile("报告|研报|白皮书|表里|表中|report|document|in the table", F);
    private static final Pattern EXPORT = Pattern.compile("[34]A090|export|出口|管制", F);
    /** Words that ask for rows: a list, a filter, a ranking. Counting and averaging count only over the catalog. */
    private static final Pattern LISTING = Pattern.compile("\\bwhich\\b|\\blist\\b(?!\\s+price)|\\brank|\\btop\\s*\\d|\\btop (?:three|five|ten)|前\\s*[\\d一二三四五六七八九十]|哪些|哪几|列(?:个表|出|举)"
            + "|排(?:序|名|前)|(?:largest|biggest|highest|smallest|lowest)\\s+(?:\\d+|three|five|ten)|(?:\\d+|three|five|ten)\\s+(?:largest|biggest|highest|smallest|lowest)"
            + "|最大的\\s*[\\d一二三四五六七八九十]|[\\d一二三四五六七八九十]\\s*(?:个|款)?\\s*最", F);
    private static final Pattern CATALOG = Pattern.compile("catalog|database|your (?:data|list)|目录|数据库|库里", F);
    private static final Pattern COMPARE = Pattern.compile("(more than|greater than|over|above|exceed(?:s|ing)?|at least|≥|>=|>|超过|高于|大于|多于|不低于|至少|不少于"
            + "|less than|below|under|at most|≤|<=|<|低于|小于|少于|不超过|不高于)\\s*(?:about\\s*|约\\s*)?"
            + "(\\d[\\d,]*(?:\\.\\d+)?(?:e[-+]?\\d+)?)\\s*(trillion|billion|million|万亿|亿|万|[TBMK](?![A-Za-z]))?", F);
    private static final Pattern AFTER_NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(trillion|billion|million|万亿|亿|万|[TBMK](?![A-Za-z]))?\\s*\\S{0,12}?\\s*(?:or more|and above|及以上|以上|或以上)", F);
    private static final Pattern SINCE_YEAR = Pattern.compile("(?:released |launched |introduced )?(?:in\\s+)?((?:19|20)\\d\\d)\\s*(?:or later|and later|onward|or newer)"
            + "|(?:since|after|from)\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)\\s*年?\\s*(?:及)?(?:以后|之后|以来|起)", F);
    private static final Pattern BEFORE_YEAR = Pattern.compile("(?:before|prior to)\\s+((?:19|20)\\d\\d)|((?:19|20)\\d\\d)\\s*年?\\s*(?:以前|之前)", F);
    private static final Pattern VENDOR = Pattern.compile("\\b(NVIDIA|AMD|Intel|Google|Huawei)\\b|(英伟达|华为|英特尔|谷歌)", F);
    private static final Pattern LIMIT = Pattern.compile("\\btop\\s*(\\d+|three|five|ten)|前\\s*(\\d+|[一二三四五六七八九十])|(\\d+|three|five|ten|[一二三四五六七八九十])\\s*(?:个|款|种)?\\s*"
            + "(?:largest|biggest|highest|smallest|lowest|最大|最高|最小|最低)|(?:largest|biggest|highest|smallest|lowest|最大的|最高的|最小的|最低的)\\s*(\\d+|three|five|ten|[一二三四五六七八九十])", F);
    private static final Pattern ASCENDING = Pattern.compile("ascending|smallest|lowest|least first|fewest|从小到大|从低到高|升序|最小|最低", F);
    private static final Pattern COUNT = Pattern.compile("how many|\\bcount\\b|多少(?:款|个|种)|(?<!哪)几(?:款|个)", F);
    private static final Pattern AVERAGE = Pattern.compile("average|\\bmean\\b|平均", F);
    private static final Pattern ORDER_BY = Pattern.compile("\\bby\\b|按|排|rank|largest|biggest|highest|smallest|lowest|最大|最高|最小|最低|最多", F);

    private final Catalog catalog;

    SqlRequests(Catalog catalog) {
        this.catalog = catalog;
    }

    Optional<ToolBeltRequests.Request> read(String q) {
        boolean listing = LISTING.matcher(q).find();
        boolean overCatalog = CATALOG.matcher(q).find();
        if (!listing && !overCatalog || EXPORT.matcher(q).find() || REPORTS.matcher(q).find()) {
            return Optional.empty();
        }
        boolean chips = CHIP_WORD.matcher(q).find() || CHIP_METRIC.matcher(q).find() || named(q).isPresent();
        boolean models = MODEL_WORD.matcher(q).find() && !chips;
        if (!models && !chips) {
            return Optional.empty();
        }
        List<String> where = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        conditions(q, models, where, shown);
        years(q, where);
        vendor(q).ifPresent(v -> where.add("vendor ILIKE '%" + v + "%'"));
        // chips the question names narrow a listing; by themselves they make a comparison ("which is faster, A or B?")
        boolean filtered = !where.isEmpty();
        if (!models) {
            named(q).ifPresent(where::add);
        }
        List<Metric> mentioned = mentioned(q, models);
        mentioned.forEach(m -> shown.add(m.column()));
        String table = models ? "models" : "accelerators";
        boolean count = overCatalog && COUNT.matcher(q).find();
        boolean average = overCatalog && AVERAGE.matcher(q).find() && !mentioned.isEmpty();
        String sql;
        if (count || average) {
            List<String> select = new ArrayList<>();
            if (count) {
                select.add("count(*) AS " + table);
            }
            if (average) {
                select.add("avg(" + mentioned.get(0).column() + ") AS average_" + mentioned.get(0).column());
            }
            sql = "SELECT " + String.join(", ", select) + " FROM " + table + where(where);
        } else {
            Optional<String> order = order(q, models, mentioned);
            Optional<Integer> limit = limit(q);
            // "which is faster, the A100 or the H100?" compares two chips; a listing filters, ranks or names the catalog
            if (!listing || !filtered && limit.isEmpty() && !overCatalog && (order.isEmpty() || !RANKS.matcher(q).find())) {
                return Optional.empty();
            }
            List<String> cols = new ArrayList<>(List.of("name"));
            order.ifPresent(cols::add);
            shown.stream().filter(c -> !cols.contains(c)).forEach(cols::add);
            String by = order.orElse(cols.size() > 1 ? cols.get(1) : "name");
            sql = "SELECT " + String.join(", ", cols) + " FROM " + table + where(where)
                    + (by.equals("name") ? " ORDER BY name" : " ORDER BY " + by + (ASCENDING.matcher(q).find() ? " ASC" : " DESC") + " NULLS LAST")
                    + limit.map(n -> " LIMIT " + n).orElse("");
        }
        return Optional.of(new ToolBeltRequests.Request(ToolName.SQL_QUERY,
                ToolBeltMethod.args().put("sql", sql).put("limit", 100),
                "query the " + table + " table → list the rows", "the " + table + " the question asks for"));
    }

    /** An ordering the question asks for, as opposed to a metric it only names. */
    private static final Pattern RANKS = Pattern.compile("\\brank|\\bsort|\\border(?:ed)? by|highest first|lowest first|largest first|排序|排名|从高到低|从低到高|从大到小|从小到大|降序|升序", F);
    private static final Pattern BY = Pattern.compile("\\bby\\b|按|依据|根据", F);

    /** The metric after "by" / "按" ranks; else, with a ranking word, the first metric named. */
    private static Optional<String> order(String q, boolean models, List<Metric> mentioned) {
        Matcher by = BY.matcher(q);
        while (by.find()) {
            Optional<Metric> m = nearest(q.substring(by.end(), Math.min(q.length(), by.end() + 30)), models);
            if (m.isPresent()) {
                return Optional.of(m.get().column());
            }
        }
        return ORDER_BY.matcher(q).find() && !mentioned.isEmpty() ? Optional.of(mentioned.get(0).column()) : Optional.empty();
    }

    private static String where(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** Each comparison with the metric nearest before it (or just after it): "more than 1e25 FLOP", "至少 80 GB 显存". */
    private static void conditions(String q, boolean models, List<String> where, Set<String> shown) {
        Matcher m = COMPARE.matcher(q);
        while (m.find()) {
            boolean below = m.group(1).matches("(?i)less than|below|under|at most|≤|<=|<|低于|小于|少于|不超过|不高于");
            boolean inclusive = m.group(1).matches("(?i)at least|≥|>=|不低于|至少|不少于|at most|≤|<=|不超过|不高于");
            addCondition(q, models, m.start(), m.end(), RequestText.number(m.group(2), m.group(3)), below ? (inclusive ? "<=" : "<")
                    : (inclusive ? ">=" : ">"), where, shown);
        }
        Matcher a = AFTER_NUMBER.matcher(q);
        while (a.find()) {
            addCondition(q, models, a.start(), a.end(), RequestText.number(a.group(1), a.group(2)), ">=", where, shown);
        }
    }

    private static void addCondition(String q, boolean models, int start, int end, double value, String op,
                                     List<String> where, Set<String> shown) {
        String around = q.substring(Math.max(0, start - 40), Math.min(q.length(), end + 24));
        if (SINCE_YEAR.matcher(around).find() && value >= 1900 && value <= 2100) {
            return; // a year, handled by years()
        }
        Optional<Metric> metric = nearest(q.substring(start, Math.min(q.length(), end + 24)), models)
                .or(() -> nearest(q.substring(Math.max(0, start - 40), start), models));
        metric.ifPresent(mt -> {
            where.add(mt.column() + " " + op + " " + plain(value));
            shown.add(mt.column());
        });
    }

    private static Optional<Metric> nearest(String text, boolean models) {
        return METRICS.stream().filter(m -> m.models() == models && m.words().matcher(text).find()).findFirst();
    }

    private static List<Metric> mentioned(String q, boolean models) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : METRICS) {
            if (m.models() == models && m.words().matcher(q).find()
                    && out.stream().noneMatch(o -> o.column().startsWith(m.column()) || m.column().startsWith(o.column()))) {
                out.add(m);
            }
        }
        // the metric the question ranks by is the one named first
        out.sort((x, y) -> Integer.compare(first(x, q), first(y, q)));
        return out;
    }

    private static int first(Metric m, String q) {
        Matcher x = m.words().matcher(q);
        return x.find() ? x.start() : Integer.MAX_VALUE;
    }

    private static void years(String q, List<String> where) {
        Matcher s = SINCE_YEAR.matcher(q);
        if (s.find()) {
            String y = RequestText.firstGroup(s);
            where.add("year >= " + y);
        }
        Matcher b = BEFORE_YEAR.matcher(q);
        if (b.find()) {
            where.add("year < " + RequestText.firstGroup(b));
        }
    }

    private static Optional<String> vendor(String q) {
        Matcher m = VENDOR.matcher(q);
        if (!m.find()) {
            return Optional.empty();
        }
        String v = RequestText.firstGroup(m);
        return Optional.of(switch (v) {
            case "英伟达" -> "NVIDIA";
            case "华为" -> "Huawei";
            case "英特尔" -> "Intel";
            case "谷歌" -> "Google";
            default -> v;
        });
    }

    /** Two or more chips named: the rows are among them ("among the A100, H100 and B200"). */
    private Optional<String> named(String q) {
        List<String> names = new ArrayList<>();
        for (var m : catalog.accelerators().mentions(q)) {
            String n = m.matched().replaceAll("[^A-Za-z0-9 ]", "").strip();
            if (!n.isEmpty() && !names.contains(n)) {
                names.add(n);
            }
        }
        if (names.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("(" + String.join(" OR ", names.stream().map(n -> "name ILIKE '%" + n + "%'").toList()) + ")");
    }

    private static Optional<Integer> limit(String q) {
        Matcher m = LIMIT.matcher(q);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = RequestText.firstGroup(m).toLowerCase(Locale.ROOT);
        return Optional.of(switch (n) {
            case "three", "三" -> 3;
            case "five", "五" -> 5;
            case "ten", "十" -> 10;
            case "一" -> 1;
            case "二" -> 2;
            case "四" -> 4;
            case "六" -> 6;
            case "七" -> 7;
            case "八" -> 8;
            case "九" -> 9;
            default -> Math.min(1000, Integer.parseInt(n));
        });
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replace("e+", "e");
    }
}
