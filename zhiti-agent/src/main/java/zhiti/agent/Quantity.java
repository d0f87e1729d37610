package zhiti.agent;

import java.util.Locale;

/**
 * The typed quantities tools consume and produce: the vocabulary the offline planner chains tools with (GOAP's
 * world-state keys). Each has one canonical unit — tool arguments and results are in it — a name in both
 * languages, and a plausible range that reflection checks results against.
 *
 * <p>Stated-value roles (START_VALUE, PART, …) are quantities too: "from 100 in 2018 to 1,600 in 2024" gives two
 * values of the same unit that only their role tells apart, and the arithmetic tools consume them by role.
 */
public enum Quantity {
    // entities and categories: names, not numbers
    MODEL(Kind.ENTITY, "", "模型", "model"),
    HARDWARE(Kind.ENTITY, "", "硬件", "hardware"),
    /** The fleet another is compared with ("how many H20 match 100 H100": the H100). */
    REFERENCE_HARDWARE(Kind.ENTITY, "", "参照硬件", "reference hardware"),
    SERIES(Kind.ENTITY, "", "数据序列", "series"),
    PRECISION(Kind.CATEGORY, "", "数值精度", "precision"),
    EXPORT_CLASS(Kind.CATEGORY, "", "出口管制分类", "export class"),
    /** A parallel training layout such as "TP=8 PP=16 DP=8". */
    PARALLEL_PLAN(Kind.CATEGORY, "", "并行方案", "parallel plan"),
    /** A named video data set whose size a video-compute estimate starts from (seed 002's Sora estimate). */
    VIDEO_DATASET(Kind.CATEGORY, "", "视频数据集", "video data set"),

    // models and training
    PARAMS(Kind.NUMBER, "parameter", "参数量", "parameters", 1e3, 1e15),
    ACTIVE_PARAMS(Kind.NUMBER, "parameter", "激活参数量", "active parameters", 1e3, 1e15),
    TOKENS(Kind.NUMBER, "token", "训练 token 数", "training tokens", 1e3, 1e17),
    COMPUTE(Kind.NUMBER, "FLOP", "算力", "compute", 1, 1e32),
    /** Inference work per generated token: 2 FLOP per (active) parameter. */
    FLOP_PER_TOKEN(Kind.NUMBER, "FLOP", "每 token 浮点运算量", "FLOP per token", 1, 1e16),
    LOSS(Kind.NUMBER, "nats/token", "预测损失", "predicted loss", 0, 20),
    /** Training tokens ÷ parameters: Chinchilla's optimum is about 20. */
    TOKENS_PER_PARAM(Kind.NUMBER, "×", "每参数 token 数", "tokens per parameter", 1e-3, 1e6),
    /** The tokens a scaling law calls compute-optimal for a model's size. */
    OPTIMAL_TOKENS(Kind.NUMBER, "token", "计算最优 token 数", "compute-optimal tokens", 1e3, 1e17),
    /** How many times a compute budget grows ("if compute grows 10×"). */
    COMPUTE_MULTIPLE(Kind.NUMBER, "×", "算力增长倍数", "compute multiple", 1e-6, 1e12),
    /** How many times the compute-optimal model size grows with a compute multiple. */
    PARAMS_MULTIPLE(Kind.NUMBER, "×", "最优参数量增长倍数", "optimal-size multiple", 1e-6, 1e12),
    /** How many times the compute-optimal training tokens grow with a compute multiple. */
    TOKENS_MULTIPLE(Kind.NUMBER, "×", "最优 token 数增长倍数", "optimal-tokens multiple", 1e-6, 1e12),
    /** The compute-optimal model size for a budget, as opposed to a model's own size. */
    OPTIMAL_PARAMS(Kind.NUMBER, "parameter", "计算最优参数量", "compute-optimal parameters", 1e3, 1e15),
    /** The training compute at a model size's compute-optimal tokens: 6 · N · D_opt(N). */
    OPTIMAL_COMPUTE(Kind.NUMBER, "FLOP", "最优配比下的算力", "compute at the optimum", 1, 1e32),
    /** Tokens trained on ÷ the compute-optimal tokens: above 1 is trained past the optimum. */
    OPTIMAL_MULTIPLE(Kind.NUMBER, "×", "相对最优 token 数的倍数", "multiple of the compute-optimal tokens", 1e-4, 1e5),

    // hardware and fleets
    PEAK_FLOPS(Kind.NUMBER, "FLOP/s", "单卡峰值算力", "peak throughput per accelerator", 1e9, 1e18),
    UTILISATION(Kind.NUMBER, "fraction", "利用率", "utilisation", 1e-4, 1),
    /** The dense peak of a whole fleet: accelerators × peak each. */
    /** The utilisation a reported run or serving rate implies: an answer only, never an input to another step. */
    IMPLIED_UTILISATION(Kind.NUMBER, "fraction", "隐含利用率", "implied utilisation", 0, 10),
    FLEET_FLOPS(Kind.NUMBER, "FLOP/s", "集群峰值总算力", "fleet peak throughput", 1e9, 1e24),
    GPUS(Kind.NUMBER, "GPU", "GPU 数量", "GPUs", 0, 1e8),
    /** The size of the fleet another is compared with ("100 H100"). */
    REFERENCE_GPUS(Kind.NUMBER, "GPU", "参照 GPU 数量", "reference GPUs", 0, 1e8),
    /** Accelerators whose memory holds a model's weights: a different question from how many train or serve it. */
    /** Accelerators whose memory bandwidth adds up to a reference fleet's ("how many 4090s match one B200's bandwidth"). */
    BANDWIDTH_GPUS(Kind.NUMBER, "GPU", "带宽对等所需卡数", "accelerators matching the memory bandwidth", 0, 1e8),
    MEMORY_GPUS(Kind.NUMBER, "GPU", "装下权重所需的卡数", "accelerators to hold the weights", 1, 1e6),
    /** Whole servers whose accelerators hold the weights ("单台 8 卡放不下，要几台"). */
    MEMORY_SERVERS(Kind.NUMBER, "server", "装下权重所需的服务器数", "servers to hold the weights", 1, 1e6),
    GPUS_PER_SERVER(Kind.NUMBER, "GPU", "每台服务器 GPU 数", "GPUs per server", 1, 1e3),
    SERVERS(Kind.NUMBER, "server", "服务器数量", "servers", 0, 1e7),
    TPP(Kind.NUMBER, "TPP", "总处理性能 TPP", "total processing performance", 0, 1e7),
    PERFORMANCE_DENSITY(Kind.NUMBER, "TPP/mm²", "性能密度", "performance density", 0, 1e4),
    MEMORY_BANDWIDTH(Kind.NUMBER, "byte/s", "显存带宽", "memory bandwidth", 1e9, 1e15),
    ACCELERATOR_MEMORY(Kind.NUMBER, "byte", "单卡显存", "memory per accelerator", 1e8, 1e14),
    WATTS_PER_GPU(Kind.NUMBER, "W", "单卡功耗", "power per accelerator", 1, 1e5),
    WATTS_PER_SERVER(Kind.NUMBER, "W", "每台服务器功耗", "power per server", 10, 1e6),
    /** What a fleet draws at once: units × watts each × PUE (IT load alone at PUE 1). */
    POWER_DRAW(Kind.NUMBER, "W", "总功率", "power draw", 1, 1e12),
    /** A site's or a cluster's load as the question states it (megawatts); no tool derives it. */
    IT_LOAD(Kind.NUMBER, "W", "IT 负载", "IT load", 1e3, 1e12),
    POWER_BUDGET(Kind.NUMBER, "W", "设施总功率（含制冷）", "facility power budget", 1e3, 1e12),
    /** The FLOP/s a workload ties up: the useful FLOP/s it needs ÷ the utilisation it runs at. */
    FLOPS_DEMAND(Kind.NUMBER, "FLOP/s", "所需算力（FLOP/s）", "compute demand (FLOP/s)", 1, 1e27),

    // time
    DAYS(Kind.NUMBER, "day", "天数", "days", 0, 1e6),
    HOURS(Kind.NUMBER, "hour", "小时数", "hours", 0, 1e7),
    /** The days a job takes on the machine another is compared with ("10 days on H800; on as many H20?"). */
    REFERENCE_DAYS(Kind.NUMBER, "day", "参照天数", "reference days", 0, 1e6),
    GPU_HOURS(Kind.NUMBER, "GPU-hour", "GPU 时", "GPU-hours", 0, 1e12),

    // money and energy
    USD(Kind.NUMBER, "USD", "成本", "cost", 0, 1e15),
    /** What buying the hardware costs, as opposed to renting it or running it (USD). */
    CAPEX_USD(Kind.NUMBER, "USD", "购置成本", "purchase cost", 0, 1e15),
    USD_PER_GPU(Kind.NUMBER, "USD/GPU", "单卡价格", "price per accelerator", 1, 1e8),
    USD_PER_SERVER(Kind.NUMBER, "USD/server", "每台服务器价格", "price per server", 1, 1e9),
    USD_PER_GPU_HOUR(Kind.NUMBER, "USD/GPU-hour", "每 GPU 时价格", "price per GPU-hour", 0.01, 1e3),
    /** What generating a million tokens costs at a rental price and a throughput. */
    USD_PER_MILLION_TOKENS(Kind.NUMBER, "USD", "每百万 token 成本", "cost per million tokens", 1e-6, 1e6),
    ENERGY(Kind.NUMBER, "kWh", "耗电量", "energy", 0, 1e13),
    /** What the electricity costs, in the currency of the stated price: a different sum from renting or buying. */
    ELECTRICITY_USD(Kind.NUMBER, "USD", "电费", "electricity cost", 0, 1e13),
    PUE(Kind.NUMBER, "ratio", "PUE", "PUE", 1, 3),
    USD_PER_KWH(Kind.NUMBER, "USD/kWh", "电价", "electricity price", 0.001, 10),

    // serving and memory
    WEIGHT_BYTES(Kind.NUMBER, "byte", "权重显存", "weight memory", 0, 1e18),
    KV_CACHE_BYTES(Kind.NUMBER, "byte", "KV 缓存", "KV cache", 0, 1e18),
    /** The KV cache one token of context adds: 2 × layers × KV heads × head dim × bytes. */
    KV_BYTES_PER_TOKEN(Kind.NUMBER, "byte", "每 token 的 KV 缓存", "KV cache per token", 0, 1e9),
    /** Weights and KV cache together: what serving holds in accelerator memory. */
    CACHE_MEMORY_BYTES(Kind.NUMBER, "byte", "可用于 KV 缓存的显存", "memory free for the KV cache", 1e6, 1e16),
    SEQUENCES_FIT(Kind.NUMBER, "sequence", "能同时容纳的序列数", "sequences that fit", 0, 1e9),
    SERVING_MEMORY_BYTES(Kind.NUMBER, "byte", "权重加 KV 缓存", "weights plus KV cache", 0, 1e18),
    BYTES_PER_VALUE(Kind.NUMBER, "byte", "每个数值的字节数", "bytes per value", 0.125, 8),
    SEQ_LEN(Kind.NUMBER, "token", "上下文长度", "sequence length", 1, 1e8),
    BATCH(Kind.NUMBER, "sequence", "批大小", "batch size", 1, 1e6),
    LAYERS(Kind.NUMBER, "layer", "层数", "layers", 1, 1e4),
    KV_HEADS(Kind.NUMBER, "head", "KV 头数", "KV heads", 1, 1e4),
    HEAD_DIM(Kind.NUMBER, "dimension", "每头维度", "head dimension", 1, 1e5),
    TOKENS_PER_SECOND(Kind.NUMBER, "token/s", "每秒 token 数", "tokens per second", 0, 1e12),
    TOKENS_PER_DAY(Kind.NUMBER, "token/day", "每天 token 数", "tokens per day", 0, 1e20),
    QUERIES_PER_DAY(Kind.NUMBER, "query/day", "每天查询数", "queries per day", 0, 1e15),
    /** Requests answered in a stated time, one after another. */
    REQUESTS_SERVED(Kind.NUMBER, "requests", "可处理的请求数", "requests served", 0, 1e15),
    TOKENS_PER_QUERY(Kind.NUMBER, "token", "每次查询 token 数", "tokens per query", 1, 1e8),

    // arithmetic on stated values (roles)
    START_VALUE(Kind.NUMBER, "as stated", "起始值", "start value"),
    END_VALUE(Kind.NUMBER, "as stated", "终值", "end value"),
    TARGET_VALUE(Kind.NUMBER, "as stated", "目标值", "target value"),
    START_DATE(Kind.DATE, "date", "起始时间", "start date"),
    END_DATE(Kind.DATE, "date", "结束时间", "end date"),
    PART(Kind.NUMBER, "as stated", "部分", "part"),
    /** What is left of a whole after its stated parts. */
    REMAINDER(Kind.NUMBER, "as stated", "剩余部分", "the rest"),
    REMAINDER_SHARE(Kind.NUMBER, "fraction", "剩余部分的占比", "the rest's share", 0, 1),
    /** The other stated parts of a whole, whose remainder is asked ("其中 A、B、C，剩下的是多少"). */
    PARTS(Kind.LIST, "as stated", "其余各部分", "the other parts"),
    WHOLE(Kind.NUMBER, "as stated", "整体", "whole"),
    /** A yearly rate of change as a fraction: +0.35 grows 35% a year, −0.30 falls 30% a year. */
    RATE(Kind.NUMBER, "fraction/year", "年变化率", "rate per year", -1, 1e3),
    /** Successive rates applied one after the other (hardware and algorithms, say), each a fraction. */
    RATES(Kind.LIST, "fraction/year", "多个变化率", "rates"),
    PERIODS(Kind.NUMBER, "years", "年数", "years", 0, 1e4),
    FACTOR(Kind.NUMBER, "×", "倍数", "factor", 0, Double.MAX_VALUE),
    /** The factor one year multiplies by, 1 + the yearly rate ("每年的增长倍数", "annual multiple"). */
    YEARLY_FACTOR(Kind.NUMBER, "×", "每年倍数", "yearly multiple", 0, Double.MAX_VALUE),
    SHARE(Kind.NUMBER, "fraction", "占比", "share", 0, Double.MAX_VALUE),
    CHANGE(Kind.NUMBER, "fraction", "变化幅度", "change", -1, Double.MAX_VALUE),
    DIFFERENCE(Kind.NUMBER, "as stated", "差值", "difference"),
    DOUBLING_TIME(Kind.NUMBER, "years", "翻倍（或减半）时间", "doubling (or halving) time", 0, 1e6),
    /** A stated halving time ("the price halves every eight months"): a doubling time run downwards. */
    HALVING_TIME(Kind.NUMBER, "years", "减半时间", "halving time", 0, 1e6),
    /** How many doublings a factor is ("翻了几番"): log₂ of it. */
    DOUBLINGS(Kind.NUMBER, "count", "翻番次数", "doublings", 0, 1e4),
    YEAR(Kind.NUMBER, "year", "年份", "year", 1000, 1e5),
    AMOUNT(Kind.NUMBER, "as stated", "金额", "amount"),
    /** Units of the target currency per unit of the stated one (7.2 CNY per USD). */
    EXCHANGE_RATE(Kind.NUMBER, "per unit", "汇率", "exchange rate", 0, 1e6),
    CONVERTED_AMOUNT(Kind.NUMBER, "as stated", "换算金额", "converted amount");

    /** What a quantity's value is: a name, a category, an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), a number or a list. */
    public enum Kind { ENTITY, CATEGORY, DATE, NUMBER, LIST }

    private final Kind kind;
    private final String unit;
    private final String zh;
    private final String en;
    private final double min;
    private final double max;

    Quantity(Kind kind, String unit, String zh, String en) {
        this(kind, unit, zh, en, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    Quantity(Kind kind, String unit, String zh, String en, double min, double max) {
        this.kind = kind;
        this.unit = unit;
        this.zh = zh;
        this.en = en;
        this.min = min;
        this.max = max;
    }

    public Kind kind() {
        return kind;
    }

    /** The canonical unit: tool arguments and results for this quantity are in it. */
    public String unit() {
        return unit;
    }

    public String label(zhiti.core.Lang lang) {
        return lang.pick(zh, en);
    }

    /** Whether a value lies in the range this quantity can plausibly take (reflection flags the rest). */
    public boolean plausible(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** A price of one accelerator or one server: what a stated purchase is priced by. */
    public boolean isUnitPrice() {
        return this == USD_PER_GPU || this == USD_PER_SERVER;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
