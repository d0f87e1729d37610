package zhiti.brain.read;

import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * Gives each number of a question its quantity in the field's terms from its unit and the words around it: "40%
 * MFU" is utilisation, "30% a year" a yearly rate, "8 卡服务器" GPUs per server, "每天 1000 亿 tokens" tokens per
 * day, "4k context" a sequence length, "PUE 1.2" a PUE. A number whose role the words do not settle stays a plain
 * value (null), for {@link StructureReader} to place as a start, end, part or whole.
 */
final class RoleReader {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Pattern p(String regex) {
        return Pattern.compile(regex, F);
    }

    static final Pattern DECLINE = p("下降|下跌|降低|降幅|降到|降至|减少|缩减|便宜|降(?!落)|跌|fall|fell|falls|drop|decline|cut|cheaper|slid|slide|slip|erode|"
            + "reduction|reduce|lower|shrink|decrease|knock(?:s|ed)?\\s+(?:off|down)|shav(?:e|es|ed)|slash(?:es|ed)?|"
            + "trim(?:s|med)?|砍掉|压低|省下");
    private static final Pattern RISE = p("上升|上涨|增长|增加|提高|提升|涨|grows?|grew|rises?|rose|increases?|up\\b|more expensive");
    private static final Pattern OF_PEAK_AFTER = p("^\\s*of\\s+(?:the\\s+|its\\s+|their\\s+|each\\s+)?(?:[\\w'’.-]+\\s+){0,2}?(?:[\\d.,]+\\s*)?"
            + "(?:dense\\s+)?(?:BF16\\s+|FP16\\s+|FP8\\s+)?(?:peak|[TP]?FLOPS|FLOP/s)"
            // "at 50% of that measured figure": a share of the rate just stated
            + "|^\\s*of\\s+(?:that|this|the|its)\\s+(?:measured\\s+|benchmarked\\s+|stated\\s+|quoted\\s+|effective\\s+)?(?:figure|number|rate|value|throughput)");
    private static final Pattern OF_PEAK_BEFORE = p("(?:峰值|峰值算力|理论算力|理论峰值)(?:的)?\\s*$");
    private static final Pattern UTILISATION = p("MFU|HFU|utili[sz]ation|利用率|efficiency|算力利用|effective(?:ly)?|有效");
    private static final Pattern PER_YEAR = p("(?<!\\b(?:within|over|after|than) )a year(?! later| ago| earlier| before| after)|per year|each year|every year|annual|"
            + "annually|/yr|/year|每年|年均|年复合|年化|一年(?![后前以])|yearly|CAGR|年增|的年|同比|year-on-year|\\bYoY\\b|y/y");
    private static final Pattern PER_YEAR_BEFORE = p("(?:每年|年均|一年)\\S{0,9}\\s*$");
    private static final Pattern SHARE_WORDS = p("share|占|市占率|渗透率|penetration|of which|其中|比重");
    private static final Pattern ACTIVE = p("active|激活|activated");
    /** "总参数约 470 亿", "13B are active": a bare large number that the words beside it call parameters. */
    /** "with 1,024 of them" after a chip is named: a fleet size. */
    private static final Pattern OF_THEM = p("^\\s*(?:of (?:them|these|those|our|my|the)(?: [\\w-]+)?\\s*(?:GPUs|cards|chips|accelerators)?|"
            + "such (?:GPUs|cards|chips))");
    private static final Pattern CONTEXT_AFTER = p("^\\s*(?:-?\\s*tokens?)?\\s*(?:的)?\\s*(?:context|ctx\\b|上下文|sequence|序列|seq\\b)");
    /** "一台服务器 8 张卡", "a server with 8": the count per server, not a fleet. */
    private static final Pattern ONE_SERVER_BEFORE = p("(?:一|1|each|every|每)\\s*台?\\s*(?:服务器|server|node|节点)\\s*(?:装|有|配|with|holds?)?\\s*$|(?:单|一|每)台\\s*$");
    private static final Pattern PARAMS_BEFORE = p("参数\\S{0,3}\\s*$|parameters?\\S{0,3}\\s*$|激活\\S{0,2}\\s*$");
    private static final Pattern PARAMS_AFTER = p("^\\s*(?:of them )?(?:are |is )?(?:active|激活)");
    private static final Pattern PER_SERVER_AFTER = p("^\\s*(?:卡|-?GPUs?|张卡|块卡)?\\s*(?:的)?\\s*(?:服务器|servers?|DGX|HGX|"
            + "nodes?|机器|整机|boxes)|^\\s*(?:[A-Z]\\w*\\d\\w*\\s*)(?:服务器|servers?|DGX|HGX|nodes?|机器)|^\\s*(?:[A-Z]\\w*\\d\\w*\\s*)?(?:GPUs?\\s+)?each\\b|^\\s*(?:张|块)?\\s*(?:[A-Z]\\w*\\d\\w*\\s*)?(?:per|每台)"
            + "|^\\s*(?:张|块)?\\s*(?:卡)?\\s*(?:一|1)\\s*台");
    /** "每台装 8 张", and "512 台 8 卡 H800" (a count of servers, then the cards in each). */
    private static final Pattern PER_SERVER_BEFORE = p("(?:每台(?:服务器)?\\s*(?:装|有|配|含|放|插|搭载|带)?|装|放|\\d\\s*台)\\s*$");
    private static final Pattern PER_DAY_BEFORE = p("(?:每天|每日|日均|一天|daily|a day|per day|日)\\s*(?:要|需要)?\\s*"
            + "(?:处理|生成|产生|服务|回答|发出|推理(?:输出|生成)?量?|输出量?|调用量?|消耗量?|用量|处理量|吞吐量?|请求量?|访问量?|提问量?)?\\s*(?:是|为|达到?|有)?\\s*(?:约|大约)?\\s*$");
    private static final Pattern PER_QUERY_BEFORE = p("(?:(?:每次|每个问题|每条|每个请求|每轮|per (?:query|request)|each (?:query|request|answer))"
            + "\\s*(?:问答|对话|查询|请求|提问|回答)?\\s*(?:平均)?\\s*(?:生成|处理|回答|输出|对应|大约|约)?\\s*(?:约|大约)?"
            // "average answer length is around 450 tokens", "平均回答长度 450 token"
            + "|(?:answer|response|reply|output|completion|generation)s?\\s+(?:length|size)\\s*(?:is|of|:)?\\s*(?:around|about|roughly|~)?"
            + "|(?:回答|回复|输出|生成)(?:的)?(?:平均)?(?:长度|篇幅)\\s*(?:是|为|约|大约|在)?\\s*(?:约|大约)?)\\s*$");
    private static final Pattern PER_PERSON_BEFORE = p("(?:每人(?:每天)?|每个用户(?:每天)?|each (?:visitor|user)(?: asks)?|per (?:visit|user)|"
            + "each visit)\\s*(?:提问|问|发起|进行)?\\s*$");
    /** "3 billion queries a day at 500 tokens each": tokens per query. */
    private static final Pattern EACH_AFTER = p("^\\s*(?:each|apiece|per (?:query|request|answer|reply|call|conversation))\\b");
    private static final Pattern CONTEXT = p("上下文|context|sequence|序列|seq[_\\s-]*len|prompt length");
    private static final Pattern PER_TOKEN = p("(?:每|per|each|a)\\s*(?:个|generated |new |output )?\\s*token|每生成");
    private static final Pattern SERVER_POWER = p("整机|per server|每台|server draws|服务器(?:整机)?功耗|a server|each server|per node|node draws");
    /** "整机摊到每张卡 1.2 kW": a server's power spread over its cards is still per card. */
    private static final Pattern PER_CARD_BEFORE = p("(?:每张卡|每卡|单卡|每块卡|每张|per (?:GPU|card|accelerator)|each (?:GPU|card))\\s*(?:约|大约|about|of)?\\s*$");
    private static final Pattern FACILITY = p("含制冷|包括制冷|包含制冷|含空调|总功率|总用电|市电|(?:cooling|overhead) included|including cooling|"
            + "incl\\.? cooling|all-in|facility power|total facility|grid connection|utility feed|at the meter|from the grid|电表|关口");
    private static final Pattern FREE_MEMORY = p("\\b(?:spare|free|left|available|remaining|unused|headroom)\\b|剩余|剩下|空闲|可用|"
            + "留给|用来放|用于(?:放)?\\s*KV|给\\s*KV|for (?:the )?(?:KV[\\s-]*)?cache");
    private static final Pattern GPU_MEMORY = p("^\\s*(?:的)?\\s*(?:GPUs?|cards?|卡|显卡|显存|HBM|memory|[A-Z]\\w*\\d\\w*)");
    private static final Pattern PRICE_HOUR_BEFORE = p("(?:每卡时|每卡每小时|每\\s*GPU\\s*(?:小)?时|每卡小时|per GPU[\\s-]*hour|"
            + "rent(?:s|al)?(?: for| at)?|租(?:价|金)?(?:是|为)?(?:每卡每小时|每小时)?|按每卡时)\\s*(?:折合|合|约|大约|是|为|按)?\\s*(?:￥|¥|\\$|US\\$|€|RMB|USD)?\\s*$");
    private static final Pattern PRICE_KWH_BEFORE = p("(?:每度(?:电)?|每千瓦时|电价(?:是|为)?|per kWh|electricity (?:costs?|price))\\s*$");
    /** "$15,000 each", "每张 2.5 万美元", "cards cost $10k": the price of one accelerator. */
    private static final Pattern GPU_PRICE_AFTER = p("^\\s*(?:each|apiece|a piece|per (?:card|GPU|chip|accelerator|unit)|一张|每张|每块|每颗)");
    private static final Pattern GPU_PRICE_BEFORE = p("(?:每张(?:卡)?|每块|单卡|一张(?:卡)?|单价|(?:cards?|GPUs?|chips?|accelerators?) "
            + "(?:cost|costs|sell for|sells for|(?:are |is )?priced at|lists? at)|(?:each|per|a|one) (?:card|GPU|chip|accelerator) "
            + "(?:costs?|is|at))\\S{0,6}\\s*(?:约|大约|about|around|roughly|at|为|是)?\\s*\\$?\\s*$");
    /** "a server costs $29,000", "每台 29000 美元": the price of one server. */
    private static final Pattern SERVER_PRICE_BEFORE = p("(?:每台(?:服务器)?|一台(?:服务器)?|单台(?:服务器)?|(?:servers?|nodes?|machines?|boxe?s?|"
            + "systems?) (?:costs?|sells? for|(?:is |are )?priced at|lists? at|(?:are |is )?quoted at|(?:are |is )?offered at)|(?:per|each|a|one) (?:server|node|machine) (?:costs?|is|at)|"
            + "服务器(?:的)?(?:售价|单价|价格)|(?:整机|服务器)(?:售价|价格)?)\\S{0,6}\\s*(?:约|大约|about|around|roughly|at|为|是)?\\s*\\$?\\s*$");
    private static final Pattern SERVER_PRICE_AFTER = p("^\\s*(?:per|a|each|every|/)\\s*(?:server|node|machine)|^\\s*(?:一台|每台)");
    private static final Pattern COMPUTE_GROWS = p("(?:compute|FLOP|算力)\\S*(?:\\s+budget)?\\s*(?:预算)?\\s*(?:grows?|increases?|rises?|"
            + "goes up|is scaled up|scales up|增加|增长|扩大|提高|提升|翻|变为|变成)\\s*(?:by|到|了|为)?\\s*(?:a factor of)?\\s*"
            + "(?:原来的|现在的|the original|its current)?\\s*$");
    private static final Pattern BUDGET_AFTER = p("^\\s*(?:的)?(?:预算|经费|资金|budget|of (?:budget|funding))");
    private static final Pattern BUDGET = p("预算|budget|have \\$?$|afford|spend|资金|with \\$?$|花\\s*$|投入|gives? us|grant|"
            + "earmark(?:s|ed)?|allocat(?:es?|ed)|sets? aside|set aside|拨出|划拨|"
            + "funding|funds?|拨款|经费|资助|手上有|手头有|we have|we've got");
    private static final Pattern PAID = p("\\b(?:pay(?:s|ing)?|paid|spent|spending)\\b|支付|付了|花了|付款|总价");
    private static final Pattern DOUBLING = p("翻(?:一)?(?:倍|番)|doubl|减半|halv");
    private static final Pattern LABEL_PUE = p("PUE\\s*(?:(?:统一|一律|默认|都|均|一般|通常|暂|先|就|按照|we use|assumed|taken as)?\\s*(?:取|按|用|算|定为|设为|为|是)|of|is|=|(?:goes |went |comes |is brought |gets )?(?:down|up) to|"
            + "drops? to|falls? to|rises? to|improves? to|降(?:到|至|为)|降低(?:到|至)|升(?:到|至)|提高(?:到|至)|变成|改成|改为)?\\s*(?:约|about)?\\s*$");
    private static final Pattern LABEL_BATCH = p("batch(?:[\\s_-]*size)?\\s*(?:of|is|为|是|=)?\\s*$|批(?:大小|量)?\\s*(?:为|是)?\\s*$");
    private static final Pattern LABEL_HEAD_DIM = p("head[\\s_-]*dim(?:ension)?\\s*(?:of|is|为|是|=)?\\s*$|每(?:个)?头(?:的)?(?:维度)?\\s*(?:为|是)?\\s*$");
    private static final Pattern LABEL_CONTEXT = p("(?:上下文(?:长度)?|context(?:\\s*length|\\s*window)?|seq(?:uence)?[\\s_-]*len(?:gth)?|序列长度)"
            + "\\s*(?:of|is|为|是|=)?\\s*$");
    private static final Pattern LABEL_LAYERS = p("(?:layers?|层数)\\s*(?:of|is|为|是|=)?\\s*$");
    private static final Pattern LABEL_HEADS = p("(?:KV[\\s-]*heads?|heads?|KV\\s*头数?|头数)\\s*(?:of|is|为|是|=|有)?\\s*$");
    private static final Pattern PER_PARAM_BEFORE = p("每(?:个)?参数\\S{0,3}\\s*$");
    private static final Pattern PER_PARAM_AFTER = p("^\\s*-?\\s*(?:per|/|for each|a|每)\\s*-?\\s*(?:个)?\\s*(?:param(?:eter)?s?|参数)");
    private static final Pattern UTIL_AFTER = p("^\\s*(?:MFU|HFU|utili[sz]ation|的?(?:算力)?利用率)");
    private static final Pattern LABEL_UTIL = p("(?:MFU|utili[sz]ation|利用率)\\s*(?:of|is|为|是|=|取)?\\s*$");

    private RoleReader() {
    }

    /** The quantity a mention plays in the field, or null when only the question's structure can tell. */
    static Quantity role(String q, Mention m) {
        String before = before(q, m, 24);
        String after = after(q, m, 14);
        String around = before + " " + after;
        return switch (m.dim()) {
            case ACCELERATORS -> PER_SERVER_AFTER.matcher(after).find() || PER_SERVER_BEFORE.matcher(before).find()
                    || ONE_SERVER_BEFORE.matcher(before).find()
                    ? Quantity.GPUS_PER_SERVER : Quantity.GPUS;
            // "一台服务器 8 张卡": one server describes the unit; it counts nothing
            case SERVERS -> m.value() == 1 && after.matches("(?s)^\\s*(?:服务器|server)\\s*(?:装|有|配|with)?\\s*\\d.*") ? null : Quantity.SERVERS;
            case PARAMS -> ACTIVE.matcher(around).find() ? Quantity.ACTIVE_PARAMS : Quantity.PARAMS;
            case TOKENS -> tokens(m, before, after);
            case FLOP -> PER_TOKEN.matcher(after).find() || PER_TOKEN.matcher(before).find() ? Quantity.FLOP_PER_TOKEN : Quantity.COMPUTE;
            // no single accelerator reaches 1e17 FLOP/s: a larger rate is a fleet's ("1 EFLOPS of BF16")
            // "2.6×10^24 Flops" as reports write a training run: far beyond any fleet's rate, an amount of work
            case FLOP_PER_S -> m.value() >= 1e21 && !m.text().contains("/") ? Quantity.COMPUTE
                    : m.value() > 1e17 ? Quantity.FLEET_FLOPS : Quantity.PEAK_FLOPS;
            case DAYS, YEARS -> DOUBLING.matcher(clause(q, m)).find() && !DOUBLING.matcher(before(q, m, 4)).find()
                    && everyBefore(before) ? Quantity.DOUBLING_TIME : m.dim() == Dim.DAYS ? Quantity.DAYS : Quantity.PERIODS;
            case HOURS -> Quantity.HOURS;
            case GPU_HOURS -> Quantity.GPU_HOURS;
            case MONEY -> money(m, before, after, before(q, m, 48));
            // a megawatt is a site's or a cluster's load ("IT 负载 7MW", "a 10 MW IT load"), never one card's
            // "20 兆瓦的总功率（含制冷）", "a 50 MW facility, cooling included": a facility's power, its overhead inside
            case WATTS -> m.value() >= 100_000 && !m.perGpu() && FACILITY.matcher(before(q, m, 16) + " " + after(q, m, 20)).find()
                    ? Quantity.POWER_BUDGET
                    : m.value() >= 100_000 && !m.perGpu() ? Quantity.IT_LOAD
                    : SERVER_POWER.matcher(before(q, m, 16)).find() && !m.perGpu()
                            && !PER_CARD_BEFORE.matcher(before(q, m, 8)).find() ? Quantity.WATTS_PER_SERVER
                    : Quantity.WATTS_PER_GPU;
            case KWH -> Quantity.ENERGY;
            // "40 GB of spare HBM", "剩余 400 GB 显存留给 KV 缓存": memory left for caches, not a card's size
            case BYTES -> FREE_MEMORY.matcher(before(q, m, 16) + " " + after(q, m, 28)).find() ? Quantity.CACHE_MEMORY_BYTES
                    : GPU_MEMORY.matcher(after).find() ? Quantity.ACCELERATOR_MEMORY : null;
            case BYTES_PER_S -> Quantity.MEMORY_BANDWIDTH;
            case FRACTION -> fraction(m, before, after, q);
            // "if the compute budget grows 10x", "算力预算扩大到 100 倍": a multiple of compute, not a plain factor
            // "grows 4x per year", "每年增长到 3 倍": a yearly rate of factor − 1, even of compute ("算力每年变为 1.4 倍")
            case FACTOR -> m.per() == Dim.YEARS || PER_YEAR.matcher(after(q, m, 10).split("[，,。;；？?]", 2)[0]).find()
                    || PER_YEAR_BEFORE.matcher(before(q, m, 12)).find() ? Quantity.RATE
                    : COMPUTE_GROWS.matcher(before(q, m, 40)).find() ? Quantity.COMPUTE_MULTIPLE : null;
            case LAYERS -> Quantity.LAYERS;
            case HEADS -> Quantity.KV_HEADS;
            case BATCH -> Quantity.BATCH;
            case QUERIES -> PER_PERSON_BEFORE.matcher(before(q, m, 24)).find() ? null
                    : PER_DAY_BEFORE.matcher(before).find() || m.per() == Dim.DAYS ? Quantity.QUERIES_PER_DAY : null;
            case PLAIN -> CONTEXT_AFTER.matcher(after).find() || m.unit().matches("(?i)context|ctx|seq|上下文") ? Quantity.SEQ_LEN
                    : m.value() <= 1 && (UTIL_AFTER.matcher(after).find() || m.unit().matches("(?i)MFU|HFU|utili[sz]ation"))
                    ? Quantity.UTILISATION // "at 0.45 MFU"
                    // "236B total parameters, 21B of them active": a count of parameters before one of GPUs
                    : m.value() >= 1e6 && (PARAMS_BEFORE.matcher(before(q, m, 14)).find() || PARAMS_AFTER.matcher(after(q, m, 22)).find())
                    ? (ACTIVE.matcher(before(q, m, 10) + "|" + after(q, m, 22)).find() ? Quantity.ACTIVE_PARAMS : Quantity.PARAMS)
                    : OF_THEM.matcher(after).find() ? Quantity.GPUS
                    : m.per() == Dim.SERVERS && m.value() >= 1 && m.value() <= 16 ? Quantity.GPUS_PER_SERVER // "eight per server"
                    : ONE_SERVER_BEFORE.matcher(before).find() ? Quantity.GPUS_PER_SERVER
                    : labelled(before);
            default -> null;
        };
    }

    /** A bare number whose label comes just before it: "PUE 1.2", "batch 8", "head_dim 128", "上下文 32768". */
    private static Quantity labelled(String before) {
        if (LABEL_PUE.matcher(before).find()) {
            return Quantity.PUE;
        }
        if (LABEL_BATCH.matcher(before).find()) {
            return Quantity.BATCH;
        }
        if (LABEL_HEAD_DIM.matcher(before).find()) {
            return Quantity.HEAD_DIM;
        }
        if (LABEL_CONTEXT.matcher(before).find()) {
            return Quantity.SEQ_LEN;
        }
        if (LABEL_LAYERS.matcher(before).find()) {
            return Quantity.LAYERS;
        }
        if (LABEL_HEADS.matcher(before).find()) {
            return Quantity.KV_HEADS;
        }
        if (LABEL_UTIL.matcher(before).find()) {
            return Quantity.UTILISATION;
        }
        return null;
    }

    private static Quantity tokens(Mention m, String before, String after) {
        if (PER_PARAM_BEFORE.matcher(before).find() || PER_PARAM_AFTER.matcher(after).find()) {
            return Quantity.TOKENS_PER_PARAM; // "每参数 20 个 token", "20 tokens per parameter": a ratio, not a data set
        }
        if (PER_USER_BEFORE.matcher(before).find()) {
            return Quantity.TOKENS_PER_QUERY; // "日活 2000 万，人均每天 3000 token": each user's tokens, one session a day
        }
        if (m.per() == Dim.DAYS || PER_DAY_BEFORE.matcher(before).find()) {
            return Quantity.TOKENS_PER_DAY;
        }
        if (m.per() == Dim.QUERIES || PER_QUERY_BEFORE.matcher(before).find() || EACH_AFTER.matcher(after).find()) {
            return Quantity.TOKENS_PER_QUERY;
        }
        if (m.per() == Dim.PLAIN) {
            return Quantity.TOKENS_PER_SECOND;
        }
        if (CONTEXT.matcher(after).find() && !after.matches("(?s)^\\s*(?:tokens?)?\\s*(?:的)?\\s*(?:训练|training).*")
                || LABEL_CONTEXT.matcher(before).find()) {
            return Quantity.SEQ_LEN;
        }
        return Quantity.TOKENS;
    }

    private static Quantity money(Mention m, String before, String after, String clauseBefore) {
        if (m.per() == Dim.HOURS || PRICE_HOUR_BEFORE.matcher(before).find()) {
            return Quantity.USD_PER_GPU_HOUR;
        }
        if (m.per() == Dim.KWH || PRICE_KWH_BEFORE.matcher(before).find()) {
            // an electricity price is cents to a few units per kWh; $139/kWh is a battery price, a plain value
            return m.value() < 5 ? Quantity.USD_PER_KWH : null;
        }
        if (m.per() == null && (BUDGET.matcher(before).find() || BUDGET_AFTER.matcher(after).find())) {
            return Quantity.USD; // "预算 2000 万美元", "2000 万美元预算", "a $20M budget"
        }
        if (m.per() == Dim.SERVERS || m.per() == null && (SERVER_PRICE_BEFORE.matcher(before).find()
                || SERVER_PRICE_AFTER.matcher(after).find())) {
            return Quantity.USD_PER_SERVER;
        }
        if (m.per() == Dim.ACCELERATORS || m.per() == null && (GPU_PRICE_BEFORE.matcher(before).find()
                || GPU_PRICE_AFTER.matcher(after).find())) {
            return Quantity.USD_PER_GPU;
        }
        if (m.per() == null && PAID.matcher(clauseBefore).find()) {
            return Quantity.USD; // "we're paying a distributor $1.85 million": a sum paid, not a unit price
        }
        return null;
    }

    private static Quantity fraction(Mention m, String before, String after, String q) {
        String near = before + " " + after;
        if (UTILISATION.matcher(near).find() || OF_PEAK_AFTER.matcher(after(q, m, 40)).find() || OF_PEAK_BEFORE.matcher(before).find()) {
            return Quantity.UTILISATION; // "sustain 35% of the H100's 989 TFLOPS", "峰值的 40%"
        }
        if (ACTIVE.matcher(near).find()) {
            return null; // "25% of them active": the structure reader turns it into active parameters
        }
        if (END_OF_SPAN.matcher(before(q, m, 8)).find() && !(m.per() == Dim.YEARS)) {
            return null; // "from 86% to 79% in a year": the value it reached, the year its span
        }
        if (m.per() == Dim.YEARS || PER_YEAR.matcher(after).find() || PER_YEAR.matcher(before(q, m, 8)).find()
                || COMPOUND_RATE_AFTER.matcher(after(q, m, 30)).lookingAt() || SubYearRate.periodsPerYear(q, m.start(), m.end()) > 1) {
            return Quantity.RATE;
        }
        return null;
    }

    private static final Pattern PER_USER_BEFORE = p("(?:人均|每人|每个用户|每位用户|per user|each user|per person|per head|per DAU)\\s*"
            + "(?:每天|每日|一天|per day|a day|daily)?\\s*(?:平均)?\\s*(?:生成|消耗|使用|用掉|产生|调用|输出|消费)?(?:了)?\\s*(?:约|大约|about)?\\s*$");
    private static final Pattern HALVES = p("halv(?:es|ed|ing)|减半|降一半|砍半|腰斩");
    private static final Pattern END_OF_SPAN = p("%\\s*(?:to|到|降到|升到|降至|升至)\\s*$");

    /** "35% compound annual rate", "a 30% compounded yearly decline": the rate's words after it. */
    private static final Pattern COMPOUND_RATE_AFTER = p("\\s*(?:\\(?\\s*)?(?:compound(?:ed)?|average|mean)\\s+(?:annual|yearly|per[- ]year)");

    /** "每两个月翻一倍", "doubling every 18 months": a period a doubling repeats over, not a deadline. */
    private static boolean everyBefore(String before) {
        return before.matches("(?s).*(?:每|every|each|per|once every|周期为?)\\s*(?:约|about|roughly)?\\s*$");
    }

    /**
     * Whether a fraction is a yearly decline (its sign is negative): a falling word beside it, or else the verb that
     * governs it earlier in its clause ("chips cut training cost by 35% a year").
     */
    static boolean declining(String q, Mention m) {
        String near = before(q, m, 12) + " " + after(q, m, 10);
        if (DECLINE.matcher(near).find()) {
            return true;
        }
        if (RISE.matcher(near).find()) {
            return false;
        }
        String clause = clause(q, m);
        String lead = clause.substring(0, Math.max(0, clause.indexOf(m.text()) < 0 ? 0 : clause.indexOf(m.text())));
        return DECLINE.matcher(lead).find() && !RISE.matcher(lead).find();
    }

    static String before(String q, Mention m, int n) {
        return q.substring(Math.max(0, m.start() - n), m.start());
    }

    static String after(String q, Mention m, int n) {
        return q.substring(m.end(), Math.min(q.length(), m.end() + n));
    }

    /** The clause a mention sits in: between the nearest clause marks around it. */
    static String clause(String q, Mention m) {
        int s = m.start();
        while (s > 0 && "，,。;；？?！!".indexOf(q.charAt(s - 1)) < 0) {
            s--;
        }
        int e = m.end();
        while (e < q.length() && "，,。;；？?！!".indexOf(q.charAt(e)) < 0) {
            e++;
        }
        return q.substring(s, e);
    }

    /** "环比 -7%", "+25%": a sign written on the number itself says which way it went. */
    private static int sign(String q, Mention m) {
        char c = m.start() > 0 ? q.charAt(m.start() - 1) : ' ';
        char b = m.start() >= 2 ? q.charAt(m.start() - 2) : ' ';
        if (Character.isDigit(b) || b < 128 && Character.isLetter(b)) {
            return 0; // "2023-25%", "Q3-5%": a dash between words, not a sign
        }
        return c == '+' ? 1 : c == '-' || c == '−' ? -1 : 0;
    }

    /** A mention's value in the canonical unit of its role. */
    static Known known(String q, Quantity role, Mention m) {
        double v = m.value();
        switch (role) {
            case RATE -> v = m.dim() == Dim.FACTOR ? v - 1 : sign(q, m) != 0 ? sign(q, m) * Math.abs(v) : RoleReader.declining(q, m) ? -Math.abs(v) : v;
            case DOUBLING_TIME -> v = m.dim() == Dim.DAYS ? v / 365.25 : v;
            case SEQ_LEN -> v = m.text().matches("(?is).*\\d\\s*k.*") ? Math.round(v / 1000 * 1024) : v;
            case UTILISATION -> v = m.dim() == Dim.FRACTION || v <= 1 ? v : v / 100;
            default -> {
            }
        }
        boolean money = role == Quantity.USD || role == Quantity.USD_PER_GPU_HOUR || role == Quantity.USD_PER_KWH
                || role == Quantity.USD_PER_GPU || role == Quantity.USD_PER_SERVER;
        String unit = money ? (m.currency() == null ? "USD" : m.currency())
                : role.kind() == Quantity.Kind.NUMBER && "as stated".equals(role.unit()) ? m.unit() : "";
        // "halves every eight months": the same period, run downwards
        Quantity as = role == Quantity.DOUBLING_TIME && HALVES.matcher(clause(q, m)).find() ? Quantity.HALVING_TIME : role;
        Known k = Known.stated(as, v, unit, m);
        return NumberScanner.isRange(m) ? k.withOrigin(Known.Origin.DERIVED)
                .withNote("取区间 " + m.text().trim() + " 的中值", "the midpoint of " + m.text().trim()) : k;
    }
}
