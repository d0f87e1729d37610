package zhiti.audit.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.audit.Corpus.Doc;
import zhiti.audit.check.ChainMarkup.Cleaned;
import zhiti.audit.Located;
import zhiti.audit.text.Num;
import zhiti.audit.text.NumScanner;
import zhiti.audit.text.Sentences.Sentence;
import zhiti.audit.text.Unit;

/**
 * The numbers of a sentence as the product and chain checks read them: the sentence cleaned of markup
 * ({@link ChainMarkup}) is scanned again by the shared scanner, and each number's quantity is read further: FLOP in
 * any spelling ("TFlops", "EFlops", "TOPS"), GPU-hours, prices per hour, parameter counts written "30B" or "一万亿",
 * and the words that make it a per-unit figure (单卡, each), a per-server count (8 卡服务器), a total (总, in all)
 * or a hardware count (张, GPUs). Ends of ranges ("90-100 天") are left out: no arithmetic rests on them.
 */
final class ChainText {
    private static final Pattern FLOP_WORD = Pattern.compile("^\\s*([KMGTPEZ]?)(FLOP/s|FLOPS|FLOPs|FLOP|Flop/s|Flops|Flop|flops|flop|TOPS|OPS)(?![A-Za-z])");
    private static final Pattern CN_NUMERAL = Pattern.compile("([一二两三四五六七八九十])(万亿|千亿|百亿|十亿|亿|万)\\s*(?:个)?(参数|tokens?|个?token|词元)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMS_BEFORE = Pattern.compile("(?:参数量?|参数规模|模型规模|parameters?|params|model size)[^，,。；;]{0,10}$",
            Pattern.CASE_INSENSITIVE);
    /** "达", "达到", "高达" state a value ("总算力达 1.48 EFLOPS"); the shared scanner reads them as "at least". */
    private static final Pattern REACHES = Pattern.compile("(?<!超|逾|至少)(?:高达|达到|达)\\s*$");
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\s*(?:[-–—~～]|至|到)\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:[-–—~～]|至|到)\\s*\\d");
    private static final Pattern MODEL_AFTER = Pattern.compile("^\\s*(?:-?parameters?\\b|params\\b|models?\\b|模型|大模型|LLM)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKENS_AFTER = Pattern.compile("^\\s*(?:tokens?\\b|词元)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS_AFTER = Pattern.compile("^\\s*[-·]?\\s*(?:小时|时|hours?\\b|hrs?\\b|h\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_HOUR_AFTER = Pattern.compile(
            "^\\s*(?:/|每|per|an?\\s)\\s*(?:(?:GPU|卡|card|chip|accelerator|instance|台|张|块)\\s*[-·]?\\s*)?(?:小时|时|hours?\\b|hrs?\\b|h\\b)",
            Pattern.CASE_INSENSITIVE);
    /** An electricity tariff: "0.45 元/千瓦时", "$0.08 per kWh", "每度电 0.6 元". */
    private static final Pattern PER_KWH_AFTER = Pattern.compile("^\\s*(?:/|每|per|a)\\s*(?:千瓦时|度电?|kWh\\b|kilowatt[- ]hours?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_HOUR_BEFORE = Pattern.compile(
            "(?:每(?:张|块|卡|GPU)?(?:每)?小时|每卡时|(?:GPU|卡)时单?价|per (?:GPU[- ])?hour|hourly|an hour|/小时)[^，,。；;]{0,10}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_UNIT_BEFORE = Pattern.compile(
            "(?:单卡|单张|单颗|单块|单台|单个|单芯片|单价|每张|每块|每颗|每台|每个|每卡|每片|每节点|每服务器|一台|一张|一颗|一块|一片"
                    + "|per (?:GPU|chip|card|accelerator|server|node|unit|system)|each (?:GPU|chip|card|accelerator|server|node|unit|system)?|apiece|unit price|a unit price)"
                    + "[^，,。；;]{0,20}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_UNIT_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*(?:张|块|颗|卡|台|片|个|GPU|chip|card|server|node|unit)|每(?:张|块|颗|卡|台|片)|per (?:GPU|chip|card|accelerator|server|node|unit|system)|each\\b|apiece)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:总|共|合计|总计|集群|累计|整体|全部|total|overall|combined|aggregate|altogether|in all|即|相当于|=|≈"
                    + "|电费|电力成本|用电成本|power bill|electricity bill|electricity cost|energy bill)[^，,。；;]{0,16}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_AFTER = Pattern.compile("^[^，,。；;\\d]{0,6}(?:in all|altogether|in total|in aggregate|combined)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_SERVER_BEFORE = Pattern.compile(
            "(?:每台|单台|每个?服务器|每节点|每个节点|一台|per (?:server|node|system|box)|each (?:server|node|system|box))[^，,。；;]{0,20}$",
            Pattern.CASE_INSENSITIVE);
    /** After a bare number: "8*T4 服务器", "8-GPU servers", "8 GPU 服务器". */
    private static final Pattern PER_SERVER_AFTER_PLAIN = Pattern.compile(
            "^\\s*(?:[*×xX]\\s*[A-Za-z][A-Za-z0-9]*|-?\\s*(?:GPU|卡|card|chip)s?)\\s*(?:的)?(?:服务器|servers?\\b|nodes?\\b|节点|机器?|boxes?\\b|systems?\\b)",
            Pattern.CASE_INSENSITIVE);
    /** After a chip count: "8 卡服务器", "8 张卡的服务器", "8 GPUs per server". */
    private static final Pattern PER_SERVER_AFTER_CHIPS = Pattern.compile(
            "^\\s*(?:卡)?\\s*(?:的)?(?:服务器|servers?\\b|nodes?\\b|节点|整机|机器?|boxes?\\b)|^\\s*(?:per|each|in each|in a|in one) (?:server|node|system|box)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHIP_COUNTER = Pattern.compile("张|块|颗|片|卡|GPUs?|chips?|cards?|accelerators?|TPUs?|NPUs?", Pattern.CASE_INSENSITIVE);
    /** A count written before the chip's name: "4,096 H100 GPUs", "10,000 A100s", "2048 NVIDIA A100 chips". */
    private static final Pattern COUNT_BEFORE_NAME = Pattern.compile(
            "^\\s*(?:(?:NVIDIA|Nvidia|AMD|Intel|Google|Huawei)\\s+)?(?:[A-Z][A-Za-z]*\\s?)?[A-Z]*\\d+[A-Za-z0-9]*(?:\\s+(?:SXM\\d?|PCIe|\\d+GB))?(?:s\\b|\\s+(GPUs?|chips?|cards?|accelerators?|servers?|nodes?|systems?)\\b)");
    private static final Pattern MORE_COUNTERS = Pattern.compile("^\\s*(accelerators?|TPUs?|NPUs?|processors?|machines?|racks?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HARDWARE_COUNTER = Pattern.compile(
            "张|块|颗|片|卡|台|GPUs?|chips?|cards?|servers?|nodes?|accelerators?|units?|systems?|TPUs?|NPUs?|processors?|machines?|racks?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HARDWARE_AFTER_GE = Pattern.compile("^\\s*[A-Za-z0-9*×\\- ]{0,12}(?:GPU|卡|芯片|加速|服务器|server|chip|accelerator|节点|node)",
            Pattern.CASE_INSENSITIVE);

    /** What a quantity measures, as the checks compose them. FLOP covers amounts and rates: reports spell both "FLOPS". */
    enum Dim { FLOP, PARAMS, TOKENS, COUNT, MONEY, MONEY_PER_HOUR, MONEY_PER_KWH, POWER, ENERGY, TIME, GPU_HOURS, PERCENT, FACTOR, PLAIN, OTHER }

    /**
     * One number of a sentence, read for the chain checks.
     *
     * @param at      the number as a claim can be made on it: span in the document (starting where the shared scanner's
     *                number starts, so the auditor keeps one verdict per figure), value in the {@link Unit}'s base
     * @param v       the value in the dimension's unit: FLOP, count, money, W, Wh, days, hours for GPU-hours, a fraction
     *                for a percent
     * @param printed the value as printed, with its magnitude and SI prefix but no time conversion ("24 小时" is 24):
     *                what written arithmetic multiplies
     * @param word    the unit word as written
     * @param cleanStart offsets in the cleaned sentence, for the expression reader
     */
    record Quantity(Located at, double v, double printed, Dim dim, String word, boolean perUnit, boolean perHour,
                    boolean perServer, boolean total, boolean hardware, boolean exact, int cleanStart, int cleanEnd, String shown) {
        Num num() {
            return at.num();
        }

        int start() {
            return at.num().start();
        }

        /** Converts a value in this quantity's dimension unit to its Num's base unit (hours of GPU time to days). */
        double toBase(double inDim) {
            return v == 0 ? inDim : inDim * at.value() / v;
        }

        /**
         * Relative rounding of the printed figure as an input: 0 for whole numbers written without magnitude or
         * exponent, and at most 5% ("1 万张" is ten thousand, not anything from 5,000 to 15,000).
         */
        double relRounding() {
            if (exact || at.value() == 0) return 0;
            return Math.min(0.05, at.num().rounding() / Math.abs(at.value()));
        }
    }

    private ChainText() {
    }

    /** The quantities of one sentence in text order. */
    static List<Quantity> read(Doc d, Sentence s, Cleaned c) {
        List<Located> scanned = d.in(s);
        List<Quantity> out = new ArrayList<>();
        String t = c.text();
        int prevEnd = 0;
        for (Num n : NumScanner.scan(t)) {
            Quantity q = quantity(d, s, c, n, scanned, prevEnd);
            if (q == null) prevEnd = n.end();
            else {
                out.add(q);
                if (!q.perServer()) prevEnd = q.cleanEnd(); // "一台 8*T4 服务器的价格": the 8 belongs to the name
            }
        }
        Matcher m = CN_NUMERAL.matcher(t);
        while (m.find()) out.add(chineseNumeral(d, s, c, m));
        out.sort(Comparator.comparingInt(Quantity::cleanStart));
        return out;
    }

    /** @param prevEnd where the previous number ended: words before a number qualify it only back to there */
    private static Quantity quantity(Doc d, Sentence s, Cleaned c, Num n, List<Located> scanned, int prevEnd) {
        String t = c.text();
        if (n.unit() == Unit.YEAR && !besideOperator(t, n)) return null;
        if (RANGE_BEFORE.matcher(t.substring(0, n.start())).find() || RANGE_AFTER.matcher(t.substring(n.end())).find())
            return null; // "90-100 天", "3,000-8,000 万美元": an end of a range is no figure to multiply
        int end = n.end();
        double value = n.value(), step = n.step();
        Unit unit = n.unit();
        String word = n.word();
        Dim dim = n.unit() == Unit.YEAR ? Dim.PLAIN : dimOf(n.unit());
        if (unit == Unit.YEAR) unit = Unit.PLAIN; // "×1980×": a factor that looks like a year
        boolean perHour = false;
        String after = t.substring(end);
        String before = t.substring(Math.max(Math.min(prevEnd, n.start()), n.start() - 30), n.start());
        if (unit == Unit.PLAIN) {
            Matcher f = FLOP_WORD.matcher(after);
            if (f.find()) {
                double p = prefix(f.group(1));
                value *= p;
                step *= p;
                word = f.group(1) + f.group(2);
                unit = f.group(2).matches("FLOPS|FLOP/s|Flop/s|TOPS|OPS") ? Unit.FLOP_PER_S : Unit.FLOP;
                end += f.end();
                dim = Dim.FLOP;
            }
        }
        if (unit == Unit.PLAIN && (PARAMS_BEFORE.matcher(before).find() || MODEL_AFTER.matcher(after).find()) && n.word().isEmpty()
                && n.text().matches("(?s).*(?:[BTM]|亿|万亿|billion|trillion|million)\\s*$")) {
            unit = Unit.PARAMS;
            dim = Dim.PARAMS;
        }
        if (unit == Unit.DAYS && word.matches("(?i).*(?:GPU|卡).*")) {
            dim = Dim.GPU_HOURS;
        } else if (unit == Unit.COUNT && word.matches("(?i)GPUs?") && HOURS_AFTER.matcher(after).find()) {
            Matcher h = HOURS_AFTER.matcher(after);
            h.find();
            end += h.end();
            value /= 24;
            step /= 24;
            unit = Unit.DAYS;
            word = "GPU-hours";
            dim = Dim.GPU_HOURS;
        }
        Matcher tk = TOKENS_AFTER.matcher(after);
        if (unit == Unit.COUNT && word.equals("个") && tk.find()) {
            end += tk.end();
            unit = Unit.TOKENS; // "500 个 token": the shared scanner stops at 个
            dim = Dim.TOKENS;
            word = "tokens";
        }
        Matcher pk = PER_KWH_AFTER.matcher(after);
        boolean perKwh = unit == Unit.MONEY && pk.find();
        if (perKwh) {
            end += pk.end();
            dim = Dim.MONEY_PER_KWH;
        }
        if (unit == Unit.MONEY && !perKwh) {
            Matcher ph = PER_HOUR_AFTER.matcher(after);
            if (ph.find()) {
                perHour = true;
                end += ph.end();
            } else if (PER_HOUR_BEFORE.matcher(before).find()) {
                perHour = true;
            }
            if (perHour) dim = Dim.MONEY_PER_HOUR;
        }
        Matcher counter = MORE_COUNTERS.matcher(after);
        if (unit == Unit.PLAIN && n.step() == 1 && counter.find()) {
            unit = Unit.COUNT; // "512 accelerators": counters the shared scanner does not list
            dim = Dim.COUNT;
            word = counter.group(1);
            end += counter.end();
        }
        if (unit == Unit.PLAIN && n.step() == 1) {
            Matcher cn = COUNT_BEFORE_NAME.matcher(t.substring(end));
            if (cn.find() && !PER_SERVER_AFTER_PLAIN.matcher(t.substring(end)).find()) {
                unit = Unit.COUNT;
                dim = Dim.COUNT;
                word = cn.group(1) != null ? cn.group(1) : "GPUs";
            }
        }
        String rest = t.substring(end);
        // "700 W each for 10 days": an "each" right after the previous number qualifies that one, not this
        String qualifier = clause(before).replaceFirst("(?i)^\\s*(?:each|apiece|per (?:GPU|chip|card|unit|server))\\b", "");
        boolean perServer = (unit == Unit.PLAIN && n.step() == 1 && PER_SERVER_AFTER_PLAIN.matcher(rest).find())
                || ((unit == Unit.COUNT || unit == Unit.PLAIN && n.step() == 1) && PER_SERVER_BEFORE.matcher(qualifier).find())
                || (unit == Unit.COUNT && CHIP_COUNTER.matcher(word).matches() && PER_SERVER_AFTER_CHIPS.matcher(rest).find());
        if (perServer && unit == Unit.PLAIN) {
            unit = Unit.COUNT;
            dim = Dim.COUNT;
        }
        boolean perUnit = perServer || PER_UNIT_BEFORE.matcher(qualifier).find() || PER_UNIT_AFTER.matcher(rest).find();
        boolean total = TOTAL_BEFORE.matcher(clause(before)).find() || TOTAL_AFTER.matcher(t.substring(end)).find();
        boolean hardware = unit == Unit.COUNT && (HARDWARE_COUNTER.matcher(word).matches()
                || (word.equals("个") && HARDWARE_AFTER_GE.matcher(t.substring(end)).find()));
        boolean exact = n.step() == 1 && !n.text().matches("(?s).*(?:[万亿千百KMBTkmbt]|10\\s*\\^|[eE][+\\-]?\\d|illion).*")
                && Math.rint(n.value()) == n.value();
        int docStart = c.toDoc(n.start()), docEnd = ChainMarkup.end(d.text(), c.toDoc(end - 1) + 1);
        for (Located l : scanned)
            if (docStart >= l.num().start() && docStart < l.num().end()) {
                docStart = l.num().start();
                break;
            }
        String text = d.between(docStart, docEnd);
        Num.Bound bound = n.bound() == Num.Bound.AT_LEAST && REACHES.matcher(before).find() ? Num.Bound.EXACT : n.bound();
        Num num = new Num(docStart, docEnd, value, unit, n.currency(), step, text, word, bound);
        double v = switch (dim) {
            case GPU_HOURS -> value * 24;
            case PERCENT -> value / 100;
            default -> value;
        };
        double printed = unit == Unit.DAYS ? value / timeScale(word) : unit == Unit.PERCENT ? value / 100 : value;
        return new Quantity(new Located(d.name(), num, s), v, printed, dim, word, perUnit, perHour, perServer, total, hardware, exact,
                n.start(), end, t.substring(n.start(), end).strip().replaceAll("\\s+", " "));
    }

    private static Quantity chineseNumeral(Doc d, Sentence s, Cleaned c, Matcher m) {
        double digit = new int[] {1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10}["一二两三四五六七八九十".indexOf(m.group(1))];
        double mag = switch (m.group(2)) {
            case "万亿" -> 1e12;
            case "千亿" -> 1e11;
            case "百亿" -> 1e10;
            case "十亿" -> 1e9;
            case "亿" -> 1e8;
            default -> 1e4;
        };
        boolean params = m.group(3).contains("参数");
        int docStart = c.toDoc(m.start()), docEnd = c.toDoc(m.end(3) - 1) + 1;
        String text = s.text().substring(docStart - s.start(), Math.min(s.text().length(), docEnd - s.start()));
        Num num = new Num(docStart, docEnd, digit * mag, params ? Unit.PARAMS : Unit.TOKENS, null, mag, text, m.group(3), Num.Bound.EXACT);
        return new Quantity(new Located(d.name(), num, s), digit * mag, digit * mag, params ? Dim.PARAMS : Dim.TOKENS,
                m.group(3), false, false, false, false, false, false, m.start(), m.end(), m.group());
    }

    private static boolean besideOperator(String t, Num n) {
        String b = t.substring(0, n.start()).stripTrailing(), a = t.substring(n.end()).stripLeading();
        return !b.isEmpty() && "×*·/÷(".indexOf(b.charAt(b.length() - 1)) >= 0 || !a.isEmpty() && "×*·/÷)".indexOf(a.charAt(0)) >= 0;
    }

    /** The part of the text before a number back to the last comma or sentence stop. */
    static String clause(String before) {
        int cut = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')), Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')));
        cut = Math.max(cut, Math.max(before.lastIndexOf('。'), before.lastIndexOf(". ")));
        return cut < 0 ? before : before.substring(cut + 1);
    }

    static Dim dimOf(Unit u) {
        return switch (u) {
            case FLOP, FLOP_PER_S -> Dim.FLOP;
            case PARAMS -> Dim.PARAMS;
            case TOKENS -> Dim.TOKENS;
            case COUNT -> Dim.COUNT;
            case MONEY -> Dim.MONEY;
            case WATTS -> Dim.POWER;
            case WATT_HOURS -> Dim.ENERGY;
            case DAYS -> Dim.TIME;
            case PERCENT -> Dim.PERCENT;
            case FACTOR -> Dim.FACTOR;
            case PLAIN -> Dim.PLAIN;
            default -> Dim.OTHER;
        };
    }

    /** Days in one of the time words the shared scanner converts. */
    static double timeScale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("小时") || w.contains("hour") || w.contains("卡时")) return 1.0 / 24;
        if (w.contains("周") || w.contains("week")) return 7;
        if (w.contains("月") || w.contains("month")) return 365.25 / 12;
        if (w.contains("年") || w.contains("year")) return 365.25;
        return 1;
    }

    private static double prefix(String p) {
        return switch (p) {
            case "K" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            case "P" -> 1e15;
            case "E" -> 1e18;
            case "Z" -> 1e21;
            default -> 1;
        };
    }
}
