package zhiti.brain.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhiti.agent.Quantity;

/**
 * What a question asks for, from its interrogatives and unit nouns in zh and en: 多少天 / how many days → DAYS,
 * 多少钱 / what does it cost → USD, GPU 小时 → GPU-hours, 占比 → a share, 翻倍 → a doubling time, 哪一年 → a year,
 * 多少倍 → a factor. Asked quantities come out in the order the question asks them. A cue that sits inside a longer
 * cue of another quantity ("GPU-hours" holds "GPU"; "多久翻一番" holds "多久") yields to it.
 */
final class AskedReader {

    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ELECTRICITY = Pattern.compile("电费|电力成本|用电成本|electricity (?:bill|cost|price)|power bill|"
            + "energy (?:cost|bill)|cost of (?:the )?(?:electricity|power|energy)", F);
    private static final Pattern HOLD = Pattern.compile("to hold|hold (?:them|it|the)|fit|装下|放下|放得下|容纳|装得下|weights only|仅权重|"
            + "只放权重|存下|store (?:them|it|the weights)", F);
    private static final Pattern WHAT_IF = Pattern.compile("(?:\\bif\\b|如果|假如|要是|若)[^?？]{0,30}(?:doubles|doubled|triples|"
            + "翻(?:一)?倍|翻一番|减半|halves)", F);
    private static final Pattern ASKS_DOUBLING = Pattern.compile("how (?:long|often|many years)|多久|多少年|几年|何时|when|doubling time|"
            + "翻倍时间|每隔", F);
    /** A sentence's end: a question mark, or a full stop that is not a decimal point ("2.5"). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[?？]|[。！!]|(?<!\\bvs)(?<!e\\.g)(?<!i\\.e)(?<!\\betc)(?<!approx)(?<!\\bno)\\.(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH = Pattern.compile("(?:参数量?|parameters?|model size)\\s*(?:和|与|以及|及|and|&)\\s*(?:训练)?\\s*"
            + "(?:token\\s*数|tokens?|数据量|训练数据|data)", F);
    private static final Pattern POINTED = Pattern.compile("(?:\\bthat|\\bthis|\\bthe same|这个|这一|同样的?|按此|照此|以此)\\s*$", F);
    /** Words of a workload: with them, GPUs asked beside weight memory are a fleet to size, not cards to hold it. */
    private static final Pattern WORKLOAD = Pattern.compile("训练|train|推理|serv|inference|部署|deploy|请求|quer|token/s|tokens? per|每天", F);
    private static final Pattern DATA_WORD = Pattern.compile("数据量|训练数据|token|\\bdata\\b", F);
    private static final Pattern BASIS = Pattern.compile("(?:\\bby|\\bon|in terms of|based on|measured by|按|以|用)\\s*(?:the\\s+|its\\s+)?"
            + "(?:dense\\s+)?(?:BF16\\s+|FP16\\s+|FP8\\s+)?$", F);
    private static final Pattern CONFIG = Pattern.compile("配置|方案|configuration|setup|config\\b", F);
    private static final Pattern KEPT = Pattern.compile("^[^，,。.?？;；]{0,10}?(?:都|也|均)?(?:不变|保持不变|照旧|维持不变|"
            + "stays? the same|remains? the same|unchanged|kept the same)", F);
    private static final Pattern GENERIC_HOW_LONG = Pattern.compile("how long|多久|多长时间|how much time|需要多长", F);

    private record Cue(Quantity quantity, Pattern pattern, int priority) {
    }

    private static Cue cue(Quantity q, int priority, String regex) {
        return new Cue(q, Pattern.compile(regex, F), priority);
    }

    /** Higher priority wins an overlap; ties go to the longer match. */
    private static final List<Cue> CUES = List.of(
            cue(Quantity.DOUBLINGS, 10, "翻了(?:几|多少)(?:番|倍)|翻(?:几|多少)番|how many (?:times did it double|doublings)|"
                    + "how many doublings|多少次翻倍|翻倍(?:了)?(?:几|多少)次|"
                    + "how many times (?:has|have|did) .{0,30}(?:doubled|halved)|number of (?:doublings|halvings)|how many halvings|"
                    + "减半了(?:几|多少)次|(?:几|多少)次减半"),
            cue(Quantity.DOUBLING_TIME, 9, "翻(?:一)?(?:倍|番)|double[sd]?\\b|doubling|减半|halv(?:e|ing)|how often did it double|腰斩|砍半|降一半|跌一半|(?:降|跌|减|砍|掉)(?:到|至)(?:原来的|现在的)?一半|(?:fall|drop|come down|shrink)s? (?:to|by) half|to halve"),
            cue(Quantity.GPU_HOURS, 9, "(?<![/每]\\s?)(?<!per )(?<!a )(?:GPU[\\s-]*(?:小)?时|GPU[\\s-]*hours?)|(?<!每)(?<!每张)卡时(?!\\s*(?:租金|价格|单价|费用|成本)?\\s*(?:折合|约|按|为|是)?\\s*[\\d$￥¥])|(?<!每)卡小时|accelerator[\\s-]*hours?|(?<!每)GPU 小时"),
            cue(Quantity.KV_BYTES_PER_TOKEN, 10, "(?:每个?|每一个|单个|1\\s*个)\\s*token\\s*的\\s*KV|KV[\\s-]*(?:cache|缓存)\\s*(?:per|每)\\s*"
                    + "(?:token|个 token)|per[\\s-]token KV|KV[\\s-]*(?:cache[\\s-]*)?bytes?\\s*(?:per|/|每)\\s*token|KV (?:cache )?(?:bytes )?(?:for|of) (?:one|a single|each) token"),
            cue(Quantity.KV_CACHE_BYTES, 9, "KV[\\s-]*cache|KV\\s*缓存|KV[\\s-]*bytes?"),
            cue(Quantity.SEQUENCES_FIT, 10, "how many (?:whole |full(?:-length)? |complete |concurrent |such )?(?:sequences|requests|"
                    + "conversations|contexts|sessions)(?: of [\\w,-]+ tokens)?(?: can| could| would| will)?(?: we)? (?:fit|be held|be kept|run at once|"
                    + "be served at once)|(?:能|可以)?(?:同时)?(?:放下|容纳|装下|塞下|支持|放得下|装得下)(?:多少|几)(?:条|个|路)?(?:完整的?)?"
                    + "(?:序列|请求|并发|对话|会话)|并发(?:数|多少路|多少个?请求)"),
            cue(Quantity.TOKENS_PER_SECOND, 9, "tokens?\\s*(?:/|per)\\s*s(?:ec(?:ond)?)?\\b|\\btoks?\\s*/\\s*s(?:ec)?\\b|\\btps\\b|每秒.{0,8}token|decode speed|decod(?:e|ing) (?:ceiling|limit|bound)|解码上限|生成上限|"
                    + "decoding speed|解码速度|生成速度|每秒(?:大约|能|可以)?(?:生成|解码|输出)|tokens? per second|decode (?:rate|throughput)|"
                    + "how fast .{0,40}(?:decode|generate|generation)|(?:解码|生成)(?:得)?(?:有)?多快"),
            cue(Quantity.TOKENS_PER_DAY, 8, "(?:每天|每日|一天|1\\s*天).{0,6}多少(?:个)?\\s*tokens?|how many tokens (?:a|per) day|tokens? (?:per|a|/)\\s?day(?=\\s*(?:[?？,，;；、]|and\\b))"),
            cue(Quantity.REQUESTS_SERVED, 9, "(?:一小时|1\\s*小时|每小时|an hour|per hour|in an hour|一天|1\\s*天)[^？?]{0,12}(?:最多)?(?:能)?(?:处理|服务|完成|回答)"
                    + "(?:多少|几)(?:个|次)?(?:请求|查询|对话)|how many (?:requests|queries) (?:can|could) (?:it|one|a single|this|the) "),
            cue(Quantity.QUERIES_PER_DAY, 8, "how many queries|多少次(?:查询|请求|提问)|queries per day\\s*[?？]"),
            cue(Quantity.CONVERTED_AMOUNT, 8, "折合(?!(?:成)?多少\\s*(?:台|张|块|天|小时|个|次))(?!\\s*(?:成|为)?\\s*(?:年均|年化|每年|复合|平均|增速|增长|年增|CAGR|翻倍|相当))|换算(?!成?多少\\s*(?:台|张|块|天|小时|个))(?!成?\\s*(?:GB|TB|MB|PB|字节|GiB|TiB))|convert|\\bin (?:US )?dollars\\b|\\b(?:in|to|into) (?:RMB|yuan|euros?|"
                    + "US dollars|dollars|USD|CNY|EUR)\\b|多少(?:人民币|欧元)|合多少(?!\\s*(?:台|张|块|天|小时|个|次))"),
            cue(Quantity.RATE, 7, "CAGR|compound(?:ed)? annual (?:growth|decline) rate|compound(?:ed)? (?:annual|yearly) rate|年复合|平均每年(?:降价|涨价|下降|降低|增长|上涨|提升|减少)|每年平均(?:降|涨|增长|下降)|复合(?:年)?(?:增速|增长率|增长)|年均(?:增速|增长率|增长|降幅|下降|降低|涨幅|复合)|"
                    + "annual (?:growth|decline|rate|increase|improvement)|(?:average )?(?:yearly|annual) (?:growth|decline)|"
                    + "growth rate|年化|每年(?:下降|增长|降低)多少|rate of (?:decline|growth)|decline (?:rate|per year)|"
                    + "per year on average|a year on average|average annual|年均|年(?:增长率|增速|降幅)(?:是|为)?多少|"
                    + "(?:年|每年的)(?:增长|下降)率"),
            cue(Quantity.YEARLY_FACTOR, 8, "(?:每年|一年|年化|年均)(?:的)?(?:增长|增速|下降)?(?:倍数|是多少倍|几倍)|(?:annual|yearly|per-year|year-on-year) "
                    + "(?:growth )?(?:multiple|factor|multiplier)|(?:multiple|factor|multiplier) (?:per|a|each) year"),
            cue(Quantity.FACTOR, 7, "(?:现在|原来|当前|今天|目前)的(?:百分之几|百分之多少|几成|多少)|之比|比值|\\bratio\\b|多少倍|几倍|by what factor|(?:cumulative|total|overall|improvement) (?:growth )?factor|growth multiple|factor is that|what multiple|which multiple|the multiple\\b|累计.{0,6}倍|how many times|what factor|倍数|是原来的多少|原来的几|"
                    + "improvement factor|how much (?:better|faster|bigger|larger|cheaper|more (?:compute|expensive))|"
                    + "times (?:faster|more|larger|cheaper|as)|快多少|提高到原来|(?:fraction|share|portion|how much|多少)"
                    + ".{0,25}(?:is left|remains?|left after|剩|还剩)|剩下多少|还剩多少|what is left|"
                    + "(?:fraction|share|percentage|portion) of (?:today's|the current|its current|current|the original|its original|"
                    + "what it is (?:today|now))"),
            cue(Quantity.SHARE, 6, "占比|比例是?多少|多大比例|份额|市占率|what share|(?:what|which) (?:market )?share|market share|what percentage of|what fraction|share of|占.{0,12}多少|"
                    + "百分之几|百分之多少|what proportion|what percent|多大的比例|占总|what (?:slice|portion|part|chunk) of|how big a (?:slice|share|chunk)|"
                    + "how much of the (?:total|whole|market|pie)|\\bshare\\s*[?？]|占比\\s*[?？]|比例\\s*[?？]"),
            cue(Quantity.DIFFERENCE, 7, "(?:多少|几)个百分点|(?:in|as) percentage points|(?:in|as) (?:pp|pts)\\b|百分点(?=.{0,6}(?:和|与|以及|及|、))|how many (?:percentage )?points|percentage[- ]point (?:change|difference|gain|increase)|"
                    + "相差多少|差距|差值|difference between|the difference|gap between|增加了多少(?:元|美元|亿|万)|"
                    + "多了多少|少了多少|increase in (?:dollars|value)|增加了多少钱"),
            cue(Quantity.CHANGE, 7, "(?:增长|上涨|涨|提高|提升|下降|降低|减少|降)了?(?:百分之(?:多少|几)|多少(?![倍天年张台钱元美个]))|"
                    + "(?:total|overall|combined|cumulative|net) (?:improvement|increase|gain|growth)|by what percent(?:age)?|"
                    + "增幅|同比(?:增长|下降)?(?:多少)?|"
                    + "percentage (?:increase|change|markup|drop|decline|rise)|markup|总降幅|总涨幅|how much (?:did|has) .{0,30}"
                    + "(?:grow|fall|rise|increase|drop|decline)|total (?:reduction|decline|increase|change)|"
                    + "relative (?:decline|drop|fall|increase|change|gain|growth|terms)|in relative terms|相对(?:降幅|跌幅|涨幅|增幅|变化|下降|减少|增长|提升|提高|上升|下滑|幅度)"),
            cue(Quantity.END_VALUE, 5, "会是多少|会(?:达)?到多少|将达到多少|将是多少|会有多少|能(?:达)?到多少|(?:will|would) it reach|what (?:will|would) (?:it|that|this|the [\\w-]+) be|"
                    + "how (?:big|large|much) will (?:it|that|the [\\w-]+) be|where (?:would|will) (?:we|it|they|that) (?:be|stand|land)|"
                    + "what does (?:\\d{4}|that year|the year \\d{4}) look like|现在是多少|now\\s*[?？]|what is it now|是多少钱[?？]$"),
            cue(Quantity.YEAR, 7, "哪一?年|which year|what year|in what year|何时|什么时候|when (?:will|does|would|do|is|can)|"
                    + "by when|第几年|which calendar year"),
            cue(Quantity.EXPORT_CLASS, 6, "出口管制|export[\\s-]?control|管制|ECCN|限制出口|export[\\s-]restricted|controlled"),
            cue(Quantity.TPP, 7, "\\bTPP\\b|total processing performance"),
            cue(Quantity.PERFORMANCE_DENSITY, 7, "性能密度|performance density"),
            cue(Quantity.PARALLEL_PLAN, 6, "并行方案|parallel(?:ism)?\\s+(?:plan|layout|strategy)|how (?:to|should I) (?:split|shard)"),
            cue(Quantity.UTILISATION, 8, "MFU\\s*(?:是|为)?多少|what (?:MFU|utili[sz]ation)|利用率(?:是|为)?多少|"
                    + "(?:what|which) (?:fraction|share|percentage|portion) of (?:the |its |their )?(?:[\\w-]+'s )?(?:dense )?"
                    + "(?:BF16 |FP16 |FP8 )?(?:theoretical )?peak|(?:fraction|share|percentage) of peak|MFU (?:does|would|did) (?:that|this|it)|"
                    + "峰值(?:算力)?的(?:多少|百分之几|几成)|(?:相当于|达到了?)(?:理论)?峰值的(?:多少|百分之几)|implied (?:MFU|utili[sz]ation)"),
            cue(Quantity.WEIGHT_BYTES, 6, "(?:权重|weights?).{0,14}(?:显存|memory|bytes?|字节|多大|多少)|多少显存|显存.{0,6}多少|"
                    + "how much memory|weight memory|how many bytes|多少字节|memory (?:do|does) the weights|需要多少\\s*GB"),
            cue(Quantity.USD_PER_MILLION_TOKENS, 9, "(?:cost|price|costs?|spend)\\s+(?:per|for|of)\\s+(?:a|one|each|every|1)?\\s*"
                    + "(?:million|1M|1 M|1,000,000)\\s+(?:generated |output )?tokens|per (?:1M|million|1 million) (?:generated |output )?tokens\\s*[?？]|"
                    + "(?:a|one|1) million (?:generated |output )?tokens (?:cost|costs?)|每(?:一)?百万\\s*(?:个)?\\s*(?:生成|输出|输入)?(?:的)?\\s*tokens?\\S{0,6}(?:成本|多少|花|费用|价格)|"
                    + "(?:100 ?万|一百万|1 ?M)\\s*(?:个)?\\s*(?:生成|输出)?(?:的)?\\s*token\\S{0,4}(?:成本|多少钱|花多少|费用)"),
            cue(Quantity.USD_PER_GPU, 7, "(?:cost|price|costs|that|is it|它) per (?:GPU|card|chip|accelerator)(?![\\s·-]*(?:hours?|hr|h)\\b)|per[\\s-](?:GPU|card) (?:cost|price)|"
                    + "每张(?:卡)?(?:多少钱|的价格|合多少|单价)|单卡(?:价格|成本|单价)(?:是|为)?多少|平均每(?:张|块)(?:卡)?(?:多少钱|成本)|"
                    + "what does (?:one|each|a single) (?:GPU|card|chip|accelerator) cost|(?:price|cost) of (?:one|each|a single) (?:GPU|card)|"
                    + "work(?:s)? out to per (?:GPU|card|accelerator)|摊到每张(?:卡)?.{0,6}(?:多少|几)|每张卡(?:又)?(?:是|合)?多少(?:钱|美元|元)"),
            cue(Quantity.USD_PER_SERVER, 7, "(?:cost|price|costs|that|is it) per (?:server|node|machine)|每台(?:服务器)?(?:多少钱|的价格|单价)|"
                    + "单台(?:价格|成本|单价)|what does (?:one|each|a single) (?:server|node) cost"),
            cue(Quantity.POWER_DRAW, 7, "总功耗(?![^？?，,]{0,8}(?:度|[kMG]Wh|千瓦时|电量))|总功率|功率(?:是|为|有)?多少|多少(?:千瓦|兆瓦|\\s*kW|\\s*MW)(?!h|时)|(?:facility|total|IT|cluster|peak) "
                    + "power(?! bill| cost| price)|power draw|\\bin (?:kW|MW|megawatts|kilowatts)\\b|how many (?:kW|MW|megawatts|kilowatts)\\b|"
                    + "draws? in total|how much power does .{0,30} draw|用电负荷|电力负荷|(?:combined|total|aggregate) (?:TDP|power|wattage)|"
                    + "总\\s*TDP|TDP (?:in total|combined|altogether)|(?:加起来|一共|总共|合计)(?:是)?多少(?:瓦|千瓦|kW|W)\\b?"),
            cue(Quantity.FLOPS_DEMAND, 8, "每秒(?:需要|需)?(?:多少|提供多少)(?:的)?算力|(?:平均)?每秒(?:要|需要)?多少\\s*FLOP|"
                    + "(?:how many|what) FLOP/?s (?:does|do|is|are|would)|FLOP/s (?:needed|required|demand)|(?:compute|FLOPS?) demand|"
                    + "(?:needs?|required?|requires?) per second|how much compute per second|算力需求(?:是|为)?多少(?:FLOP/?s)"),
            cue(Quantity.TOKENS_PER_PARAM, 8, "tokens? per param(?:eter)?|每个?参数(?:对应|训练了|用了|约)?(?:多少|几)(?:个)?\\s*token|"
                    + "token\\s*/\\s*参数|token\\s*(?:数)?与参数(?:量)?之比|token[- ]to[- ]param(?:eter)? ratio|(?<!\\d[\\s-]{0,2})tokens-per-parameter"),
            cue(Quantity.OPTIMAL_TOKENS, 7, "(?:本该|本应|应该|应当)(?:训练|用|喂)?(?:多少|几)\\s*(?:个)?\\s*token|should (?:it |they )?have "
                    + "(?:been )?trained on|(?:最优|Chinchilla)\\S{0,8}token\\s*数|(?:最优|Chinchilla最优)[^，,。？?]{0,8}多少\\s*(?:个)?\\s*token|最优(?:的)?(?:训练)?\\s*(?:token|数据量)|"
                    + "(?:compute-)?optimal (?:number of )?(?:training )?tokens|tokens? would Chinchilla|Chinchilla (?:would )?recommend|"
                    + "Chinchilla-optimal (?:token|data|training)"),
            cue(Quantity.PARAMS_MULTIPLE, 8, "(?:model size|parameters?|parameter count|参数(?:量)?|模型(?:规模|大小))[^?？,，]{0,25}"
                    + "(?:by what factor|多少倍|几倍|how many times|grow by how much)|(?:by what factor|how much) should (?:the )?"
                    + "(?:optimal )?(?:model size|model|parameters?|parameter count)"),
            cue(Quantity.TOKENS_MULTIPLE, 8, "(?:tokens?|数据量|训练数据|data)[^?？,，]{0,25}(?:by what factor|多少倍|几倍|how many times)|"
                    + "(?:by what factor|how much) should (?:the )?(?:training )?(?:tokens|data)"),
            cue(Quantity.OPTIMAL_PARAMS, 7, "新的(?:最优)?(?:配置|方案)|new (?:optimal )?(?:configuration|setup|config)"),
            cue(Quantity.OPTIMAL_PARAMS, 8, "(?:算力|计算量|compute|budget|FLOP)\\S{0,3}\\s*(?:不变|保持不变|相同|一样|held fixed|fixed|unchanged|the same)"
                    + "[^？?]{0,24}(?:多大的?模型|多少参数|最优参数|what size|how (?:big|large)|optimal (?:model|size|N))|"
                    + "(?:same|fixed|that|this) (?:compute|budget|FLOP)[^？?]{0,30}(?:what size|how (?:big|large)|optimal (?:model|size|N)|how many parameters)"),
            cue(Quantity.OPTIMAL_MULTIPLE, 8, "(?:最优|Chinchilla)(?:\\s*最优)?(?:值|量|token\\s*数|数据量)?的(?:多少|几)倍|最优(?:值|量|数据量)?的(?:几分之几|百分之几|多少)|"
                    + "(?:fraction|share|percent(?:age)?) of (?:the )?(?:Chinchilla|compute-)?optim(?:um|al)|times (?:the )?(?:Chinchilla|"
                    + "compute-optimal|optimal)|over-?trained by|(?:multiple|factor) of (?:the )?(?:Chinchilla|optimal)|"
                    + "(?:past|beyond|above|over) (?:the )?(?:Chinchilla|compute-optimal)(?: optim(?:um|al)| point| ratio)?"),
            cue(Quantity.CAPEX_USD, 5, "总投入|投资(?:多少|额)|购买.{0,10}(?:多少钱|成本|花)|购置|\\bbuy(?:ing)?\\b.{0,20}cost|purchase (?:cost|price)|capex|"
                    + "(?:cost|price) to buy"),
            cue(Quantity.ENERGY, 5, "耗电|用电(?!量从)|电量|能耗|多少度|how much (?:electricity|power|energy)|"
                    + "electricity (?:use|consumption)|energy (?:use|consumption|does|would|needed|required)|\\benergy\\b.{0,20}[?？]|"
                    + "how many (?:MWh|kWh|GWh)|in MWh|in kWh|多少\\s*(?:MWh|kWh|兆瓦时|千瓦时)"),
            cue(Quantity.USD, 4, "多少钱|花(?:多少|费)|成本(?:是|为)?多少|总成本|成本[?？]|费用|租金|电费|\\bcost\\b|\\bcosts\\b|"
                    + "(?:what(?:'s| is| would be| will be)|and) the (?:grand )?total\\s*[?？]|how much (?:in total|altogether)|the bill\\s*[?？]|"
                    + "(?:total |the )rental(?: cost| bill| fee)?\\s*[?？]|rental (?:cost|bill)|"
                    + "总价(?:是)?多少|总额(?:是)?多少|"
                    + "\\bbill\\b(?<!FLOP bill|FLOPs bill|compute bill)|how much (?:does|will|would|is)|total price|多少美元|多少元|\\bspend\\b|要花|花掉|总价|how much money|"
                    + "what does .{0,40} cost|price tag"),
            cue(Quantity.FLOP_PER_TOKEN, 8, "(?:每(?:生成)?(?:一个|每个|1个|1 个)?\\s*token|per (?:generated |output )?token|"
                    + "(?:to )?generate (?:one|a|1|each) token)[^.。?？]{0,14}(?:FLOP|浮点运算|算力)|(?:FLOPs?|浮点运算|多少次浮点运算).{0,30}"
                    + "(?:per (?:generated |output |new )?token|每(?:生成)?(?:一个|每个)?\\s*token|generate (?:one|a|1|each) token)"),
            cue(Quantity.COMPUTE, 5, "多少(?:次)?(?:FLOP|浮点运算|次浮点)|how (?:many|much) FLOP|FLOPs?\\s*[?？]|算力(?:需求|是多少|多少)|"
                    + "计算量|training compute|compute (?:budget|needed|required|does it take|is that|was delivered)|"
                    + "how much (?:training )?compute|总算力|训练算力|多少算力|how many FLOPs?|FLOP does|需要多少\\s*FLOP|"
                    + "compute does (?:that|it|this) (?:need|take|require)|what compute|需要多少算力|"
                    + "total (?:training )?FLOPs?\\b|training FLOPs? (?:and|,|&)|总(?:训练)?(?:FLOPs?|计算量)|(?:FLOPs?|compute) bill"),
            cue(Quantity.FLEET_FLOPS, 6, "(?:集群|服务器|整机|fleet|cluster|server)\\S{0,12}?(?:总算力|总\\s*FLOPS|峰值总算力)|总算力(?:是|为)?多少|"
                    + "(?:total|aggregate|combined) (?:dense )?(?:BF16 |FP8 |FP16 )?(?:compute|FLOPS|throughput|peak)|"
                    + "cluster(?:'s)? (?:dense )?(?:peak|FLOPS|throughput)|稠密总算力|峰值总算力|"
                    + "(?:compute|FLOPS|FLOP/s) (?:does|do|would|will) (?:my|our|the|this|that) (?:whole |entire )?(?:cluster|fleet)|"
                    + "(?:整个|我们的|全部)(?:集群|机群).{0,10}(?:算力|FLOPS)|算力(?:合计|加起来|总共|一共|总和|之和)|(?:合计|总共|一共|加起来)(?:的)?(?:峰值|稠密)?算力|"
                    + "(?:compute|FLOPS|peak|throughput) (?:in total|altogether|combined|all told)"),
            cue(Quantity.PEAK_FLOPS, 4, "峰值算力|稠密算力|峰值|\\bpeak\\b|多少\\s*TFLOPS|算力是多少|总算力是多少|dense (?:BF16|FP16|FP8|compute)"),
            cue(Quantity.PARAMS, 5, "多少(?:个)?参数|参数量(?:是|为)?多少|最优(?:的)?参数|how many parameters|model size|多大的模型|"
                    + "parameter count|how big (?:a|the|should the) model|what size|模型规模|optimal (?:model )?size|"
                    + "有多少参数|它有多少|size should|how large (?:a|the|should) model|多大(?:的)?模型|what model|"
                    + "(?:compute-)?optimal model|最优模型|what .{0,30}model (?:could|can|should)|give (?:the )?parameters"),
            cue(Quantity.TOKENS, 5, "多少(?:个)?\\s*(?:训练)?\\s*tokens?|how many (?:training )?tokens|多少数据|how much data|训练数据量|token count|"
                    + "多少\\s*token|what token count|多少训练数据|number of (?:training )?tokens|token\\s*数(?:是|为)?多少|"
                    + "(?:parameters|参数(?:量)?) (?:and|和) (?:the )?tokens"),
            cue(Quantity.GPUS, 5, "多少(?:张|块|片|颗)|几(?:张|块)|how many (?:(?!days?\\b|hours?\\b|weeks?\\b|months?\\b|years?\\b)[\\w-]+\\s){0,3}?(?:GPUs?|cards?|accelerators?|chips?|"
                    + "H100s?|A100s?|H20s?|H800s?|B200s?|910Bs?|MI300Xs?|T4s?|Gaudi\\s?\\d?s?|TPUs?)\\b(?![\\s-]*(?:GPU[\\s-]*)?(?:hours?|小时|时))|"
                    + "多少(?:个)?(?:GPU|卡|显卡|加速卡)(?![\\s-]*(?:小)?时)|"
                    + "需要.{0,6}(?:张|块)|GPU 数|卡数|how many of them|需要几张|(?:minimum |total |smallest )?number of (?:GPUs|cards|accelerators)|"
                    + "GPU count\\b"),
            cue(Quantity.SERVERS, 5, "多少台|几台|how many (?:[\\w-]+\\s){0,3}(?:servers?|nodes?|machines|boxes|systems)\\b|"
                    + "how many (?:[\\w-]+\\s){0,2}DGX(?:[\\s-]?[A-Z]\\d+)?s?\\b|服务器数|"
                    + "多少个节点"),
            cue(Quantity.PERIODS, 4, "how many years|多少年|几年|要多少年|how long (?:until|before|till)|多久(?:才|能|会)|"
                    + "after how many years|how many more years"),
            cue(Quantity.HOURS, 4, "多少(?:个)?小时|how many hours|几个小时|in hours\\b|how long in hours"),
            cue(Quantity.DAYS, 3, "多少天|几天|多久|多长时间|how many days|how long|how much time|训练时间|training time|time to train|"
                    + "days (?:for|on|with) (?:each|both)|days each|(?:the )?number of days|in days\\b|wall[- ]clock days|"
                    + "需要多长|要多长|完成时间|how many weeks|多少周|in days\\b|wall[\\s-]?clock(?:\\s+(?:days|time))?|"
                    + "\\bdays\\s*[?？]|天数(?:是多少|多少)?[?？]?$"));

    private AskedReader() {
    }

    /** One cue found: what it asks for, where, and its words. */
    record Asked(Quantity quantity, int start, int end, String text) {
    }

    /** The asked quantities; a generic "how long" gives way to a doubling time or a year asked in the same breath. */
    static List<Quantity> read(String q) {
        List<Quantity> out = refined(q);
        if (out.contains(Quantity.GPUS) && (HOLD.matcher(q).find() || out.contains(Quantity.WEIGHT_BYTES) && !WORKLOAD.matcher(q).find())) {
            out.set(out.indexOf(Quantity.GPUS), Quantity.MEMORY_GPUS); // "how many 80 GB GPUs to hold the weights"
        }
        if (out.contains(Quantity.SERVERS) && (HOLD.matcher(q).find() || out.contains(Quantity.WEIGHT_BYTES)) && !WORKLOAD.matcher(q).find()) {
            out.set(out.indexOf(Quantity.SERVERS), Quantity.MEMORY_SERVERS); // "单台 8 卡放不下的话，要几台"
        }
        if (out.contains(Quantity.UTILISATION) && !out.contains(Quantity.PARALLEL_PLAN)) {
            // "what MFU does that imply?": read back from what was achieved, never fed on to another step
            out.set(out.indexOf(Quantity.UTILISATION), Quantity.IMPLIED_UTILISATION);
        }
        if (out.contains(Quantity.USD) && ELECTRICITY.matcher(q).find()) {
            out.set(out.indexOf(Quantity.USD), Quantity.ELECTRICITY_USD);
        }
        // "参数量和 token 数分别是多少", "the parameters and tokens": one cue names both
        if (BOTH.matcher(q).find()) {
            if (out.contains(Quantity.PARAMS) && !out.contains(Quantity.TOKENS)) {
                out.add(out.indexOf(Quantity.PARAMS) + 1, Quantity.TOKENS);
            } else if (out.contains(Quantity.TOKENS) && !out.contains(Quantity.PARAMS)) {
                out.add(out.indexOf(Quantity.TOKENS), Quantity.PARAMS);
            }
        }
        // "参数量和训练数据量各应增加多少倍": one cue, both multiples
        if (out.contains(Quantity.PARAMS_MULTIPLE) && !out.contains(Quantity.TOKENS_MULTIPLE) && DATA_WORD.matcher(q).find()) {
            out.add(Quantity.TOKENS_MULTIPLE);
        }
        if (CONFIG.matcher(q).find() && out.contains(Quantity.OPTIMAL_PARAMS) && !out.contains(Quantity.OPTIMAL_TOKENS)) {
            out.add(out.indexOf(Quantity.OPTIMAL_PARAMS) + 1, Quantity.OPTIMAL_TOKENS); // a configuration is both N and D
        }
        if ((out.contains(Quantity.KV_CACHE_BYTES) || out.contains(Quantity.KV_BYTES_PER_TOKEN))
                && !Pattern.compile("权重|weight", F).matcher(q).find() && out.contains(Quantity.WEIGHT_BYTES)) {
            // "KV cache … 需要多少字节": the bytes are the cache's
            out.set(out.indexOf(Quantity.WEIGHT_BYTES), Quantity.KV_CACHE_BYTES);
            List<Quantity> once = out.stream().distinct().toList();
            out.clear();
            out.addAll(once);
        }
        return out;
    }

    private static List<Quantity> refined(String q) {
        List<Asked> cues = new ArrayList<>(cues(q));
        // "at that growth rate", "按这个增速": a rate pointed back at is given, not asked
        cues.removeIf(a -> (a.quantity() == Quantity.RATE || a.quantity() == Quantity.FACTOR || a.quantity() == Quantity.YEARLY_FACTOR)
                && POINTED.matcher(q.substring(0, a.start())).find()); // "保持同样的倍数": the multiple is given
        if (WHAT_IF.matcher(q).find() && !ASKS_DOUBLING.matcher(q).find()) {
            cues.removeIf(a -> a.quantity() == Quantity.DOUBLING_TIME); // "what if traffic doubles?" changes a value
        }
        // "By dense BF16 peak, how many H20s…": the basis of a comparison, not a question about the peak
        cues.removeIf(a -> a.quantity() == Quantity.PEAK_FLOPS && BASIS.matcher(q.substring(Math.max(0, a.start() - 14), a.start())).find()
                && cues.stream().anyMatch(o -> o.quantity() == Quantity.GPUS));
        // "平均每年降价百分之多少": the percentage is the rate's own wording, not a share
        List<Asked> rateCues = cues.stream().filter(a -> a.quantity() == Quantity.RATE || a.quantity() == Quantity.CHANGE).toList();
        cues.removeIf(a -> a.quantity() == Quantity.SHARE && rateCues.stream().anyMatch(r -> a.start() >= r.end() && a.start() - r.end() <= 2));
        // "先不算 KV cache", "ignoring the KV cache": what is left out is not asked
        cues.removeIf(a -> LEFT_OUT.matcher(q.substring(Math.max(0, a.start() - 12), a.start())).find());
        // "卡数和 MFU 都不变", "same GPU count": what stays as it was is kept, not asked
        cues.removeIf(a -> KEPT.matcher(q.substring(a.end(), Math.min(q.length(), a.end() + 14))).find());
        List<int[]> statements = statements(q);
        if (cues.stream().anyMatch(a -> statements.stream().noneMatch(st -> a.start() >= st[0] && a.start() < st[1]))) {
            // "An 8-GPU server costs $29,000. What is that per GPU?": the statement's verbs ask nothing
            cues.removeIf(a -> statements.stream().anyMatch(st -> a.start() >= st[0] && a.start() < st[1]));
        }
        // "the combined annual cost decline": the cost names what declines; the rate is what is asked
        Matcher decline = COST_DECLINE.matcher(q);
        if (decline.find()) {
            cues.removeIf(a -> a.quantity() == Quantity.USD);
            if (cues.stream().noneMatch(a -> a.quantity() == Quantity.RATE)) {
                cues.add(new Asked(Quantity.RATE, decline.start(), decline.end(), decline.group()));
            }
        }
        // "doubling every 8 months", "每 8 个月翻一番": a doubling time stated, not asked
        cues.removeIf(a -> a.quantity() == Quantity.DOUBLING_TIME
                && STATED_PERIOD.matcher(q.substring(a.end(), Math.min(q.length(), a.end() + 16))).lookingAt());
        // a generic "how long" in the same question as a doubling time or a year is that one's wording
        List<Asked> specific = cues.stream().filter(a -> a.quantity() == Quantity.DOUBLING_TIME || a.quantity() == Quantity.YEAR)
                .toList();
        cues.removeIf(a -> specific.stream().anyMatch(sp -> sameQuestion(q, sp, a))
                && (a.quantity() == Quantity.DAYS && GENERIC_HOW_LONG.matcher(a.text()).find() || a.quantity() == Quantity.PERIODS));
        List<Quantity> out = new ArrayList<>();
        cues.forEach(a -> {
            if (!out.contains(a.quantity())) {
                out.add(a.quantity());
            }
        });
        return out;
    }

    private static final Pattern LEFT_OUT = Pattern.compile("(?:不算|不计|不含|不包括|不考虑|忽略|除去|先不管|ignoring|ignore|excluding|"
            + "exclude|without counting|leaving out|leave out|not counting|before)\\s*(?:the\\s+|任何\\s*)?$", F);

    private static final Pattern COST_DECLINE = Pattern.compile("(?:combined|overall|total|net|effective)?\\s*(?:annual|yearly|per[- ]year)?\\s*"
            + "cost (?:decline|drop|reduction|fall|decrease)s?\\b|(?:成本|费用)(?:的)?(?:综合|合计|总)?(?:年)?(?:降幅|下降(?:幅度|速度)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATED_PERIOD = Pattern.compile("(?:s|ing|d)?\\s*(?:every|each|once every|once a|per)\\s+(?:\\d|one|two|three|four|five|six|eight|ten|twelve|eighteen|year|month|quarter)",
            Pattern.CASE_INSENSITIVE);

    /** Whether two cues sit in one interrogative clause ("减半要多少年？降到十分之一又要多少年？" has two). */
    private static boolean sameQuestion(String q, Asked a, Asked b) {
        int from = Math.min(a.start(), b.start());
        int to = Math.max(a.end(), b.end());
        return !q.substring(from, to).matches("(?s).*[?？；;].*");
    }

    /** The spans of sentences that end in a full stop, when the text also has a sentence that ends in a question mark. */
    private static List<int[]> statements(String q) {
        List<int[]> out = new ArrayList<>();
        if (!q.contains("?") && !q.contains("？")) {
            return out;
        }
        Matcher end = SENTENCE_END.matcher(q);
        int start = 0;
        while (end.find()) {
            if (!end.group().startsWith("?") && !end.group().startsWith("？")) {
                out.add(new int[]{start, end.end()});
            }
            start = end.end();
        }
        return out;
    }

    /** Every cue kept after overlaps are settled, in question order. */
    static List<Asked> cues(String q) {
        record Hit(Cue cue, int start, int end) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Cue c : CUES) {
            Matcher m = c.pattern().matcher(q);
            while (m.find()) {
                hits.add(new Hit(c, m.start(), m.end()));
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -h.cue().priority()).thenComparingInt(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.stream().noneMatch(k -> h.start() < k.end() && k.start() < h.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept.stream().map(h -> new Asked(h.cue().quantity(), h.start(), h.end(), q.substring(h.start(), h.end())))
                .toList();
    }
}
