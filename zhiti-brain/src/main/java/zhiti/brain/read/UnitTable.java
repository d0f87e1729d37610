package zhiti.brain.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a number in a question can carry, in zh and en, each with its dimension and its factor to the
 * dimension's base unit; then what the value is per ("a day", "/GPU·h", "每度"). Longer forms come first, so
 * "TFLOPS" is read before "T" could be, and "kWh" before "kW".
 */
final class UnitTable {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Rule(Pattern pattern, Dim dim, double scale, String unit) {
    }

    private static Rule rule(String regex, Dim dim, double scale, String unit) {
        return new Rule(Pattern.compile("\\s*-?\\s*(?:" + regex + ")", F), dim, scale, unit);
    }

    private static final double MONTH_DAYS = 365.25 / 12;

    private static final List<Rule> RULES = List.of(
            rule("美分|US\\s+cents?\\b|cents?\\b|¢", Dim.MONEY, 0.01, "USD"),
            rule("美元|美金|US\\s+dollars?|dollars?|USD\\b", Dim.MONEY, 1, "USD"),
            rule("元人民币|人民币|块钱|元|RMB\\b|CNY\\b|yuan\\b", Dim.MONEY, 1, "CNY"),
            rule("欧元|euros?\\b|EUR\\b", Dim.MONEY, 1, "EUR"),
            rule("(?:个\\s*)?(?:(?:training|generated|output|input|new|text|clean|unique|curated|filtered|deduplicated|"
                    + "high-quality|quality|pretraining|pre-training|web|raw|usable|fresh|synthetic)\\s+){0,2}(?:tokens?|toks?\\b|词元)", Dim.TOKENS, 1, "token"),
            rule("(?:个\\s*)?(?:(?:total|active|activated|dense|sparse|model|trainable|non-embedding)\\s+){0,2}(?:parameters?|params?)\\b|参数",
                    Dim.PARAMS, 1, "parameter"),
            rule("PF(?:LOP)?(?:/?s)?[\\s-]*days?|petaflop/s[\\s-]*days?|PFLOPS[\\s-]*days?", Dim.FLOP, 1e15 * 86_400, "FLOP"),
            rule("次浮点运算|FLOPs(?!/)|FLOP(?![sS/])|flops?(?!/)(?![a-z])", Dim.FLOP, 1, "FLOP"),
            rule("千瓦时|度电|度(?![^\\s，。,.?？]*[量数])|兆瓦时|吉瓦时|太瓦时|[kKmMgGtT]?Wh", Dim.KWH, 1, "kWh"),
            rule("[kKmMgG]?W(?![a-zA-Z])|千瓦|兆瓦|瓦", Dim.WATTS, 1, "W"),
            rule("[kKmMgGtTpP]B/s|[kKmMgGtT]B\\s+per\\s+second", Dim.BYTES_PER_S, 1, "byte/s"),
            rule("[kKmMgGtTpP]i?B(?![a-zA-Z/])|bytes?\\b|字节", Dim.BYTES, 1, "byte"),
            rule("%|percent\\b|per\\s*cent\\b|个百分点|percentage\\s+points?|pct\\b", Dim.FRACTION, 0.01, "fraction"),
            rule("成(?![本本功为长])", Dim.FRACTION, 0.1, "fraction"),
            rule("倍|x(?![a-zA-Z0-9])|×(?!\\s*\\d)|times\\b|-?fold\\b", Dim.FACTOR, 1, "×"),
            rule("(?:个\\s*)?(?:weeks?\\b|周|个?星期)", Dim.DAYS, 7, "day"),
            rule("(?:个\\s*)?(?:months?\\b|个月)", Dim.DAYS, MONTH_DAYS, "day"),
            rule("(?:个\\s*)?(?:days?\\b|天|日(?![本元内期均活]))", Dim.DAYS, 1, "day"),
            rule("(?:个\\s*)?(?:hours?\\b|hrs?\\b|h(?![/\\w])|小时|钟头)", Dim.HOURS, 1, "hour"),
            // "after 8 quarters", "三个季度": a quarter of a year each ("three quarters of the fleet" is a share)
            rule("(?:个\\s*)?(?:quarters?\\b(?!\\s+of\\b)|季度)", Dim.YEARS, 0.25, "years"),
            rule("(?:个\\s*)?(?:years?\\b|yrs?\\b|年(?!代))", Dim.YEARS, 1, "years"),
            rule("GPU[\\s·\\-]*(?:hours?|hrs?)\\b|GPU[\\s·\\-]*h\\b|卡时|卡小时|GPU\\s*小时|GPU\\s*时", Dim.GPU_HOURS, 1, "GPU-hour"),
            rule("(?:张|块|片|颗)\\s*(?:卡|GPU|显卡|加速卡)?|GPUs?\\b|cards?\\b|accelerators?\\b|chips?\\b|卡(?![时小])",
                    Dim.ACCELERATORS, 1, "GPU"),
            rule("台(?:\\s*(?:服务器|机器|主机))?|servers?\\b|nodes?\\b|boxes\\b|machines\\b|节点", Dim.SERVERS, 1, "server"),
            rule("(?:个\\s*)?(?:层|layers?\\b)", Dim.LAYERS, 1, "layer"),
            rule("(?:个\\s*)?(?:KV\\s*头|KV[\\s-]*heads?\\b|attention\\s+heads?\\b|heads?\\b|头)", Dim.HEADS, 1, "head"),
            // "64 路并发", "32 concurrent sequences": sequences served at once are the batch
            rule("路(?:并发)?|concurrent\\s+(?:requests|streams|sequences|users|sessions)\\b|sequences\\s+at\\s+once\\b", Dim.BATCH, 1, "sequence"),
            rule("(?:次|个)?\\s*(?:查询|请求|提问|问题|对话|queries\\b|requests?\\b|questions?\\b|prompts?\\b|"
                    + "conversations?\\b|calls?\\b|chats?\\b|answers?\\b|responses?\\b|replies\\b|completions?\\b|回答|回复)", Dim.QUERIES, 1, "query"),
            rule("(?:次|人次)?\\s*(?:访问|visits?\\b)", Dim.QUERIES, 1, "visit"),
            rule("(?:名|位|个)?\\s*(?:用户|人口|人(?![民工])|users?\\b|people\\b|visitors?\\b|persons?\\b)", Dim.PEOPLE, 1, "person"));

    /** FLOP/s with its SI prefix: "312 TFLOPS", "989 TFLOP/s", "19.5TFlops", "624 TOPS", "1 EFLOPS". */
    private static final Pattern RATE = Pattern.compile(
            "\\s*([kKMGTPEZ])?(?:FLOPS|FLOP/s|FLOPs/s|flop/s|Flops|flops/s|OPS|ops)(?![a-zA-Z])(?![\\s-]*days?\\b)");
    private static final Pattern SI_UNIT = Pattern.compile("\\s*([kKMGTPE])([A-Za-z]+/s)(?![A-Za-z])");
    private static final String NOT_A_UNIT = "(?i)and|or|to|in|at|of|on|for|the|is|vs|with|by|from|were|was|are|be|been|"
            + "had|has|have|will|would|could|can|may|might|each|per|that|which|who|than|then|more|less|about|around|"
            + "roughly|nearly|over|under|into|as|if|so|but|while|when|where|new|old|total|data|worth|this|these|those|its|"
            + "active|activated|dense|sparse|only";
    private static final Pattern OTHER_UNIT = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z/]{0,12}(?:/s)?|[辆件单家个部台套笔款次])");
    private static final Pattern PER = Pattern.compile(
            "\\s*(?:/|per\\b|a\\b|an\\b|each\\b|every\\b|每|一)\\s*(?:(GPU|卡|card|chip|accelerator)[\\s·\\-/]*(?:每|per\\b|an?\\b)?\\s*)?"
                    + "(GPU[\\s·\\-]*(?:h|hr|hour)s?\\b|卡时|卡小时|小时|hour\\b|hr\\b|h\\b|时\\b|kWh\\b|度|千瓦时|MWh\\b|"
                    + "day\\b|天|日|month\\b|月|year\\b|yr\\b|年|token\\b|query\\b|request\\b|visit\\b|GPU\\b|卡|card\\b|"
                    + "server\\b|台|person\\b|人|second\\b|sec\\b|s\\b|秒)(?!\\s+(?:later|ago|earlier|before|after)\\b)", F);

    private static final Pattern ASKING_VERB = Pattern.compile("问|提问|查询|请求|调用|对话|访问|使用|ask", F);
    private static final Pattern PEOPLE_BEFORE = Pattern.compile("(?:人口|总人口|用户数|用户规模|网民|日活(?:跃)?(?:用户)?|月活(?:跃)?(?:用户)?|"
            + "DAU|MAU|(?:daily|monthly) active users|population(?: of)?|"
            + "inhabitants|people|users)\\s*(?:约|为|是|达|of|is|was|:|：)?\\s*(?:约|about|around)?\\s*$", F);

    private UnitTable() {
    }

    static Mention read(String q, int start, int end, double value, boolean magnified, String currency) {
        double v = value;
        Dim dim = Dim.PLAIN;
        String unit = "";
        int at = end;
        Matcher r = RATE.matcher(q).region(end, q.length());
        if (r.lookingAt()) {
            dim = Dim.FLOP_PER_S;
            v *= prefix(r.group(1));
            unit = "FLOP/s";
            at = r.end();
        } else {
            Rule hit = null;
            Matcher hm = null;
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(q).region(end, q.length());
                if (m.lookingAt()) {
                    hit = rule;
                    hm = m;
                    break;
                }
            }
            if (hit != null) {
                dim = hit.dim();
                unit = hit.unit();
                v *= hit.scale() * unitPrefix(dim, q.substring(end, hm.end()));
                at = hm.end();
                if (dim == Dim.MONEY) {
                    currency = unit;
                }
            } else if (currency != null) {
                dim = Dim.MONEY;
                unit = currency;
            } else if (magnified && q.substring(end).matches("(?s)^\\s*-?\\s*(?:(?:dense|MoE|base|chat|FP\\d+|BF16|INT\\d|参数|稠密|密集|的)\\s*)*"
                    + "(?:model|模型|大模型|LLM|级|的模型|(?<=dense |MoE )one\\b|稠密的|的稠密|(?<=dense|MoE)\\s*(?:[,，;；.。—–-]|and\\b|on\\b|trained\\b)).*")) {
                dim = Dim.PARAMS;
                unit = "parameter";
            } else {
                Matcher si = SI_UNIT.matcher(q).region(end, q.length());
                Matcher other = OTHER_UNIT.matcher(q).region(end, q.length());
                if (si.lookingAt()) {
                    v *= prefix(si.group(1));
                    unit = si.group(2);
                    at = si.end();
                } else if (other.lookingAt() && !other.group(1).matches(NOT_A_UNIT)
                        && !q.startsWith("-", other.end())) {
                    // "3.76 million were Nvidia's", "3.85 million data-center GPUs": a word of the sentence, not a unit
                    unit = other.group(1);
                    at = other.end();
                }
            }
        }
        if (dim == Dim.PLAIN && unit.equals("次") && ASKING_VERB.matcher(q.substring(Math.max(0, start - 6), start)).find()) {
            dim = Dim.QUERIES; // "每人每天平均问 12 次": the verb says what is counted
            unit = "query";
        }
        if (dim == Dim.PLAIN && unit.isEmpty() && PEOPLE_BEFORE.matcher(q.substring(Math.max(0, start - 10), start)).find()) {
            dim = Dim.PEOPLE; // "人口 3.36 亿", "a population of 1.4 billion": the count comes after its noun
            unit = "person";
        }
        if (dim == Dim.MONEY && currency == null) {
            currency = unit;
        }
        Dim per = null;
        boolean perGpu = false;
        Matcher p = PER.matcher(q).region(at, q.length());
        if (p.lookingAt() && !(p.group().trim().matches("(?i)a|an|一") && dim != Dim.TOKENS && dim != Dim.QUERIES
                && dim != Dim.FRACTION && dim != Dim.MONEY && dim != Dim.FACTOR)) {
            String w = p.group(2).toLowerCase(Locale.ROOT);
            perGpu = p.group(1) != null || w.startsWith("gpu") || w.startsWith("卡");
            per = perDim(w);
            if (dim == Dim.MONEY && w.equals("mwh")) {
                v /= 1000; // "$95 per MWh" is 9.5 cents per kWh, the unit prices are read in
            }
            at = p.end();
        }
        return new Mention(start, at, v, dim, per, perGpu, currency, unit, q.substring(start, at));
    }

    private static Dim perDim(String w) {
        if (w.matches("gpu[\\s·\\-]*(?:h|hr|hour)s?|卡时|卡小时|小时|hour|hr|h|时")) {
            return Dim.HOURS;
        }
        if (w.matches("kwh|度|千瓦时|mwh")) {
            return Dim.KWH;
        }
        if (w.matches("day|天|日")) {
            return Dim.DAYS;
        }
        if (w.matches("month|月")) {
            return Dim.DAYS; // a monthly rate is read per day only by callers that check the unit
        }
        if (w.matches("year|yr|年")) {
            return Dim.YEARS;
        }
        if (w.matches("token")) {
            return Dim.TOKENS;
        }
        if (w.matches("query|request|visit")) {
            return Dim.QUERIES;
        }
        if (w.matches("gpu|卡|card")) {
            return Dim.ACCELERATORS;
        }
        if (w.matches("server|台")) {
            return Dim.SERVERS;
        }
        if (w.matches("person|人")) {
            return Dim.PEOPLE;
        }
        return Dim.PLAIN; // per second
    }

    /** The SI prefix inside units the rules match as a family: kW/MW, kWh/MWh/TWh, GB/TB, TB/s. */
    private static double unitPrefix(Dim dim, String written) {
        String u = written.trim().replaceFirst("^-\\s*", "");
        return switch (dim) {
            case WATTS -> u.equals("千瓦") ? 1e3 : u.equals("兆瓦") ? 1e6 : u.length() > 1 ? prefix(u.substring(0, 1)) : 1;
            case KWH -> switch (u) {
                case "千瓦时", "度", "度电" -> 1;
                case "兆瓦时" -> 1e3;
                case "吉瓦时" -> 1e6;
                case "太瓦时" -> 1e9;
                default -> (u.length() > 2 ? prefix(u.substring(0, 1)) : 1) / 1e3;
            };
            case BYTES -> u.matches("(?i)[kmgtp]iB") ? Math.pow(1024, "KMGTP".indexOf(Character.toUpperCase(u.charAt(0))) + 1)
                    : u.matches("(?i)[kmgtp]B") ? prefix(u.substring(0, 1)) : 1;
            case BYTES_PER_S -> prefix(u.substring(0, 1));
            default -> 1;
        };
    }

    static double prefix(String p) {
        if (p == null || p.isEmpty()) {
            return 1;
        }
        return switch (Character.toUpperCase(p.charAt(0))) {
            case 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'G' -> 1e9;
            case 'T' -> 1e12;
            case 'P' -> 1e15;
            case 'E' -> 1e18;
            case 'Z' -> 1e21;
            default -> 1;
        };
    }
}
