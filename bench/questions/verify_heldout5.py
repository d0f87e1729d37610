#!/usr/bin/env python3
"""heldout5 - blind evaluation set for Zhiti (60 items).

This script is the single source of truth: ITEMS below holds every item.
  python3 verify.py --write   regenerate heldout5.jsonl from ITEMS
  python3 verify.py --check   validate schema/composition, recompute every
                              expected value from its check expression, check
                              cite keywords against the seed reports, and
                              confirm heldout5.jsonl equals ITEMS.
"""
import json, math, os, re, sys
from math import log, log2, log10, sqrt, ceil, floor, exp

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "heldout5.jsonl")
SEEDS = "/work/shared/seeds"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour",
         "day", "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh",
         "MWh", "byte", "byte/s", "token/s", "token/day", "query/day", "fraction",
         "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASS_SIZES = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8,
               "scaling": 6, "conversation": 10}
RECOMPUTE_TOL = 1e-3   # stored literal vs. recomputed value (literals are rounded to >=4 sig. figures)

def V(value, unit, what, tol=0.02):
    return {"value": value, "unit": unit, "rel_tol": tol, "what": what}

def item(id, cls, lang, turns, kind="answer", values=(), how="", text_all=(), text_any=(),
         text_none=(), kb=False, cite=None):
    d = {"id": id, "class": cls, "lang": lang, "turns": list(turns), "kb": kb,
         "expect": {"kind": kind, "values": list(values), "text_all": list(text_all),
                    "text_any": list(text_any), "text_none": list(text_none)},
         "how": how}
    return d, cite

ITEMS = []
CITES = {}   # id -> (seed file, anchor text that marks the passage)
def add(*a, **k):
    d, cite = item(*a, **k)
    ITEMS.append(d)
    if cite:
        CITES[d["id"]] = cite

# ---------------------------------------------------------------- own_numbers (14)
add("h5-01", "own_numbers", "en",
    ["The AI server market was roughly $30B in 2022 and the forecast for 2025 is $135 billion. "
     "What multiple is that, and what CAGR does it imply over 2022-2025?"],
    values=[V(4.5, "factor", "growth multiple"), V(0.651, "fraction", "CAGR")],
    how="multiple = 135/30 = 4.5; CAGR = 4.5^(1/3) - 1 over 3 years (2022->2025) = 65.1% "
        "| check: [growth multiple] = 135/30; [CAGR] = (135/30)**(1/3) - 1")

add("h5-02", "own_numbers", "zh",
    ["我们平台的推理 token 调用量今年同比增长了 180%。如果一直保持这个增速，调用量翻一番大约需要多少年？"],
    values=[V(0.6732, "years", "doubling time")],
    how="增长180% => 年倍数 2.8; 翻倍时间 = ln2/ln(2.8) = 0.673 年（约 8 个月） "
        "| check: [doubling time] = log(2)/log(1+1.8)")

add("h5-03", "own_numbers", "en",
    ["GPT-3 took about 3.14e23 FLOP in 2020; the biggest publicly estimated training runs in 2024 are around 5e25 FLOP. "
     "How many doublings separate the two, and what doubling time in years does that work out to?"],
    values=[V(7.315, "count", "doublings"), V(0.5468, "years", "doubling time")],
    how="doublings = log2(5e25/3.14e23) = 7.32; 4 years (2020->2024) / 7.32 = 0.547 years per doubling "
        "| check: [doublings] = log2(5e25/3.14e23); [doubling time] = (2024-2020)/log2(5e25/3.14e23)")

add("h5-04", "own_numbers", "zh",
    ["一家大模型公司今年营收约 40 亿美元：推理算力成本吃掉 35%，训练算力占 28%，人力占 15%。"
     "扣掉这三块之后还剩多少钱、占营收的几成？"],
    values=[V(8.8e8, "USD", "remainder"), V(0.22, "fraction", "remaining share")],
    how="剩余占比 = 1 - 0.35 - 0.28 - 0.15 = 22%（2.2 成）; 40 亿美元 x 22% = 8.8 亿美元 "
        "| check: [remainder] = 40e8*(1-0.35-0.28-0.15); [remaining share] = 1-0.35-0.28-0.15")

add("h5-05", "own_numbers", "en",
    ["Spot H100 rental was about $8 an hour in early 2023. Suppose it keeps falling 30% per year. "
     "What's the hourly price three years later, and what's the cumulative drop?"],
    values=[V(2.744, "USD", "price after 3 years"), V(0.657, "fraction", "cumulative decline")],
    how="8 x 0.7^3 = $2.744/h; cumulative decline = 1 - 0.7^3 = 65.7% "
        "| check: [price after 3 years] = 8*0.7**3; [cumulative decline] = 1-0.7**3")

add("h5-06", "own_numbers", "zh",
    ["ARK 的说法是：加速计算硬件让训练成本每年下降 53%，算法改进再带来每年 47% 的下降。"
     "两者叠加，每年的综合降幅是多少？照这个速度，两年后同一个训练任务的成本只剩原来的多少？"],
    values=[V(0.7509, "fraction", "combined annual decline"), V(0.06205, "fraction", "cost left after 2 years")],
    how="综合降幅 = 1 - (1-0.53)(1-0.47) = 1 - 0.2491 = 75.1%（报告称约 75%）; 两年后剩 0.2491^2 = 6.2% "
        "| check: [combined annual decline] = 1-(1-0.53)*(1-0.47); [cost left after 2 years] = ((1-0.53)*(1-0.47))**2")

add("h5-07", "own_numbers", "en",
    ["Our largest training run this year (2024) was 1e25 FLOP. If frontier compute keeps growing by half an order of "
     "magnitude per year, in what year do we reach 1e28 FLOP, and how many times larger than today's run is that?"],
    values=[V(2030, "year", "target year", 0.0002), V(1000, "factor", "multiple of today's run")],
    how="1e28/1e25 = 1000x = 3 orders of magnitude; at 0.5 OOM/year that is 6 years -> 2024+6 = 2030 "
        "| check: [target year] = 2024 + log10(1e28/1e25)/0.5; [multiple of today's run] = 1e28/1e25")

add("h5-08", "own_numbers", "zh",
    ["一台 8 卡 H20 服务器的报价是 120 万元人民币。按 1 美元兑 7.2 元人民币，这台机器合多少美元？摊到每张卡又是多少美元？"],
    values=[V(166667, "USD", "server price in USD"), V(20833, "USD", "per-GPU price in USD")],
    how="120 万元 / 7.2 = 16.67 万美元; / 8 卡 = 2.08 万美元/卡 "
        "| check: [server price in USD] = 1.2e6/7.2; [per-GPU price in USD] = 1.2e6/7.2/8")

add("h5-09", "own_numbers", "en",
    ["Data center went from 56% of Nvidia's revenue to 78% a year later. How many percentage points did that share "
     "rise, and what is that as a relative increase?"],
    values=[V(0.22, "fraction", "percentage-point change"), V(0.3929, "fraction", "relative increase")],
    how="78% - 56% = 22 percentage points; relative change = 22/56 = 39.3% "
        "| check: [percentage-point change] = 0.78-0.56; [relative increase] = (0.78-0.56)/0.56")

add("h5-10", "own_numbers", "zh",
    ["假设 2024 年国内智能算力规模是 725 EFLOPS，之后每年增长四成，到 2028 年会有多少？"],
    values=[V(2.785e21, "FLOP/s", "2028 capacity")],
    how="725 EFLOPS x 1.4^4 (2024->2028 四年) = 725 x 3.8416 = 2785 EFLOPS = 2.785e21 FLOP/s "
        "| check: [2028 capacity] = 725e18*1.4**(2028-2024)")

add("h5-11", "own_numbers", "en",
    ["Cloud computing was a $112 billion market in 2016 and reached 676 billion dollars in 2024. "
     "What's the growth multiple, and the CAGR over that period?"],
    values=[V(6.036, "factor", "growth multiple"), V(0.252, "fraction", "CAGR")],
    how="676/112 = 6.04x; CAGR = 6.036^(1/8) - 1 = 25.2% (8 years, matches the report's 25.2%) "
        "| check: [growth multiple] = 676/112; [CAGR] = (676/112)**(1/(2024-2016)) - 1")

add("h5-12", "own_numbers", "zh",
    ["某模型 API 的日均 token 调用量，2024 年 1 月是 3000 亿，2025 年 1 月到了 4.5 万亿，是一年前的多少倍？"
     "如果下一年保持同样的倍数，2026 年 1 月日均会有多少 token？"],
    values=[V(15, "factor", "year-on-year multiple"), V(6.75e13, "token/day", "Jan 2026 daily tokens")],
    how="4.5 万亿 / 3000 亿 = 4.5e12/3e11 = 15 倍; 再乘 15 = 6.75e13（67.5 万亿）token/天 "
        "| check: [year-on-year multiple] = 4.5e12/3e11; [Jan 2026 daily tokens] = 4.5e12*(4.5e12/3e11)")

add("h5-13", "own_numbers", "en",
    ["GPT-4-class output pricing fell from $60 per million tokens in March 2023 to $0.60 in March 2025. "
     "What's the implied annual rate of decline, and how many halvings is that in total?"],
    values=[V(0.9, "fraction", "annual decline"), V(6.644, "count", "halvings")],
    how="100x cheaper over 2 years -> 10x per year -> 90% annual decline; halvings = log2(100) = 6.64 "
        "| check: [annual decline] = 1-(0.60/60)**(1/2); [halvings] = log2(60/0.60)")

add("h5-14", "own_numbers", "zh",
    ["我们有一个 2.5 万张卡的集群，三成划给预训练，剩下的卡里 40% 给线上推理，其余给研发实验。推理和研发各分到多少张？"],
    values=[V(7000, "GPU", "inference GPUs"), V(10500, "GPU", "research GPUs")],
    how="预训练 25000x30% = 7500; 剩 17500; 推理 17500x40% = 7000; 研发 17500x60% = 10500 "
        "| check: [inference GPUs] = 25000*(1-0.3)*0.4; [research GPUs] = 25000*(1-0.3)*0.6")

# ---------------------------------------------------------------- chains (14)
add("h5-15", "chains", "en",
    ["We're planning to pretrain a 13B dense model on 2 trillion tokens using H100s (989 TFLOPS dense BF16) at 40% MFU. "
     "Roughly how much compute is that, and how many H100 GPU-hours?"],
    values=[V(1.56e23, "FLOP", "training compute"), V(109538, "GPU-hour", "GPU-hours")],
    how="C = 6 x 13e9 x 2e12 = 1.56e23 FLOP; GPU-seconds = C/(989e12 x 0.4); /3600 = 1.10e5 GPU-hours "
        "| check: [training compute] = 6*13e9*2e12; [GPU-hours] = 6*13e9*2e12/(989e12*0.4)/3600")

add("h5-16", "chains", "zh",
    ["一个 700 亿参数的稠密模型，训练 1.4 万亿 token，用 A100（稠密 BF16 312 TFLOPS），MFU 按 45% 算，需要多少 GPU 卡时？"
     "按每卡时 1.8 美元租，算力费用大概多少？"],
    values=[V(1.1633e6, "GPU-hour", "GPU-hours"), V(2.094e6, "USD", "rental cost")],
    how="C = 6 x 70e9 x 1.4e12 = 5.88e23; 卡时 = C/(312e12 x 0.45)/3600 = 116.3 万; 费用 = x 1.8 = 209.4 万美元 "
        "| check: [GPU-hours] = 6*70e9*1.4e12/(312e12*0.45)/3600; [rental cost] = 6*70e9*1.4e12/(312e12*0.45)/3600*1.8")

add("h5-17", "chains", "en",
    ["Our assistant generates about 50 billion output tokens per day on a 30B dense model. Serving on H100s "
     "(989 TFLOPS), we average 25% of peak during decode. How many H100s do we need, and how many 8-GPU servers is that?"],
    values=[V(140.4, "GPU", "H100s"), V(18, "server", "8-GPU servers", 0.05)],
    how="2 x 30e9 x 5e10 = 3e21 FLOP/day; /86400 = 3.47e16 FLOP/s; / (989e12 x 0.25) = 140.4 -> ~141 GPUs; /8 = 17.6 -> 18 servers "
        "| check: [H100s] = 2*30e9*5e10/86400/(989e12*0.25); [8-GPU servers] = ceil(2*30e9*5e10/86400/(989e12*0.25)/8)")

add("h5-18", "chains", "zh",
    ["一个 1024 张 H100 的集群连续训练 30 天，每卡按 700W 计，PUE 1.25。总耗电多少 MWh？电价 0.6 元/kWh 的话电费多少？"],
    values=[V(645.12, "MWh", "energy"), V(387072, "CNY", "electricity cost")],
    how="1024 x 700W x 720h x 1.25 / 1000 = 645,120 kWh = 645.1 MWh; x 0.6 元 = 38.7 万元 "
        "| check: [energy] = 1024*700*30*24*1.25/1e6; [electricity cost] = 1024*700*30*24*1.25/1000*0.6")

add("h5-19", "chains", "en",
    ["The weights of a 70B model quantised to FP8 (1 byte each) sit on a single H20 with 4.0 TB/s of HBM bandwidth. "
     "What's the bandwidth-bound decode speed at batch 1? And on one H100 SXM at 3.35 TB/s?"],
    values=[V(57.14, "token/s", "H20 decode"), V(47.86, "token/s", "H100 decode")],
    how="weights = 70e9 bytes; H20: 4.0e12/70e9 = 57.1 tok/s; H100: 3.35e12/70e9 = 47.9 tok/s "
        "| check: [H20 decode] = 4.0e12/(70e9*1); [H100 decode] = 3.35e12/(70e9*1)")

add("h5-20", "chains", "zh",
    ["一个模型 80 层，GQA 有 8 个 KV 头，head_dim 128，KV 用 FP16 存。单条请求上下文 32768 个 token 时 KV cache 占多少字节？"
     "16 路并发（batch 16）一共多少？"],
    values=[V(1.0737e10, "byte", "KV per sequence"), V(1.718e11, "byte", "KV for batch 16")],
    how="2 x 80 x 8 x 128 x 32768 x 2 B = 1.07e10 B (10 GiB); x16 = 1.72e11 B (160 GiB) "
        "| check: [KV per sequence] = 2*80*8*128*32768*1*2; [KV for batch 16] = 2*80*8*128*32768*16*2")

add("h5-21", "chains", "en",
    ["A MoE with 236B total parameters, 21B of them active per token, trained on 8.1T tokens. What's the training "
     "compute, and how many times more would a dense 236B model need on the same data?"],
    values=[V(1.0206e24, "FLOP", "MoE training compute"), V(11.24, "factor", "dense/MoE ratio")],
    how="C = 6 x 21e9 (active) x 8.1e12 = 1.02e24 FLOP; dense 236B would need 236/21 = 11.2x more "
        "| check: [MoE training compute] = 6*21e9*8.1e12; [dense/MoE ratio] = 236/21")

add("h5-22", "chains", "zh",
    ["用 2048 张 H800 训练一个每 token 激活 370 亿参数的 MoE 模型，数据 14.8 万亿 token，MFU 35%，要训练多少天？"],
    values=[V(53.64, "day", "training days", 0.03), V(3.2856e24, "FLOP", "training compute")],
    how="C = 6 x 37e9 x 14.8e12 = 3.29e24; 速率 = 2048 x 989e12 x 0.35 = 7.09e17 FLOP/s; 天数 = C/速率/86400 = 53.6 天 "
        "| check: [training days] = 6*37e9*14.8e12/(2048*989e12*0.35)/86400; [training compute] = 6*37e9*14.8e12")

add("h5-23", "chains", "en",
    ["We need 4,000 H100s. Each 8-GPU server costs $280k and we budget another $40k per server for networking and "
     "storage. How many servers, and what's the total capex?"],
    values=[V(500, "server", "servers"), V(1.6e8, "USD", "total capex")],
    how="4000/8 = 500 servers; 500 x ($280k + $40k) = $160M "
        "| check: [servers] = 4000/8; [total capex] = 4000/8*(280e3+40e3)")

add("h5-24", "chains", "zh",
    ["沿用数字经济专题报告里 ChatGPT 推理的假设：每个 token 需要 2 万亿 FLOPs，每次问答 267 个 token，算力利用率 32%，"
     "每天 6000 万人次访问、每人问 10 次，全天均匀分布，T4 混合精度算力 65 TFLOPS。"
     "请按正确的算术重新算一下：需要多少张 T4？折合多少台 8 卡 T4 服务器？"],
    values=[V(178285, "GPU", "T4 GPUs"), V(22286, "server", "8xT4 servers")],
    how="每次问答 = 2e12 x 267 / 0.32 = 1.67e15 FLOP（报告写成 17 PFlops，算术错了 10 倍）; 每天 6e8 次 -> 1.0e24 FLOP/天; "
        "/86400 = 1.16e19 FLOP/s（报告 118 EFlops 是 10 倍）; /65e12 = 17.8 万张 T4（报告 182 万）; /8 = 2.23 万台 "
        "| check: [T4 GPUs] = 2e12*267/0.32*6e7*10/86400/65e12; [8xT4 servers] = 2e12*267/0.32*6e7*10/86400/65e12/8")

add("h5-25", "chains", "en",
    ["Take the 2.6e24 FLOP estimate for a Sora-scale training run, but use A100s at their 312 TFLOPS dense BF16 with "
     "40% MFU rather than 19.5 TFLOPS. On 10,000 A100s, how many days would it take, and how many GPU-hours is that?"],
    values=[V(24.11, "day", "training days"), V(5.787e6, "GPU-hour", "GPU-hours")],
    how="2.6e24 / (1e4 x 312e12 x 0.4) = 2.08e6 s = 24.1 days; x 24 h x 1e4 GPUs = 5.79e6 GPU-hours "
        "| check: [training days] = 2.6e24/(1e4*312e12*0.4)/86400; [GPU-hours] = 2.6e24/(312e12*0.4)/3600")

add("h5-26", "chains", "zh",
    ["推理集群有 500 台 8 卡 H20 服务器，每张卡 400W，每台服务器另有 CPU、网卡等约 1.5 kW 的功耗，PUE 1.3，"
     "全年（按 365 天）不停机。一年耗电多少 MWh？电价 0.5 元/kWh，电费多少？"],
    values=[V(26761.8, "MWh", "annual energy"), V(1.33809e7, "CNY", "annual electricity cost")],
    how="IT 功率 = 500x8x400W + 500x1.5kW = 1.6MW + 0.75MW = 2.35MW; x 8760h x 1.3 = 26,762 MWh; x 0.5 元/kWh = 1338 万元 "
        "| check: [annual energy] = (500*8*400+500*1500)*8760*1.3/1e6; [annual electricity cost] = (500*8*400+500*1500)*8760*1.3/1000*0.5")

add("h5-27", "chains", "en",
    ["An H100 rents for $2.50/hr and our serving stack pushes 2,400 output tokens per second per GPU at high batch. "
     "What's our cost per million output tokens, and how many GPU-hours does a 10-billion-token month take?"],
    values=[V(0.2894, "USD", "cost per million tokens"), V(1157.4, "GPU-hour", "GPU-hours for 10B tokens")],
    how="2400 x 3600 = 8.64M tokens per GPU-hour; $2.50/8.64 = $0.289 per M tokens; 1e10/8.64e6 = 1157 GPU-hours "
        "| check: [cost per million tokens] = 2.5/(2400*3600/1e6); [GPU-hours for 10B tokens] = 1e10/(2400*3600)")

add("h5-28", "chains", "zh",
    ["准备搭一个 1.6 万卡的 B200 集群，8 卡一台，整机单价 51.5 万美元。需要多少台？按 7.2 的汇率，整机采购总共多少亿元人民币？"],
    values=[V(2000, "server", "servers"), V(7.416e9, "CNY", "capex in CNY")],
    how="16000/8 = 2000 台; 2000 x 51.5 万美元 = 10.3 亿美元; x 7.2 = 74.16 亿元 "
        "| check: [servers] = 16000/8; [capex in CNY] = 16000/8*515e3*7.2")

# ---------------------------------------------------------------- entities (8)
add("h5-29", "entities", "en",
    ["How long would it take to pretrain Llama 3 70B on its 15 trillion tokens with 8,192 H100s at 40% MFU? "
     "Give the total training FLOP too."],
    values=[V(6.3e24, "FLOP", "training compute"), V(22.5, "day", "training days", 0.05)],
    how="N = 70e9 (from the name); C = 6 x 70e9 x 15e12 = 6.3e24; 8192 x 989e12 x 0.4 = 3.24e18 FLOP/s; 1.94e6 s = 22.5 days "
        "| check: [training compute] = 6*70e9*15e12; [training days] = 6*70e9*15e12/(8192*989e12*0.4)/86400")

add("h5-30", "entities", "zh",
    ["GPT-3（1750 亿参数，训练 3000 亿 token）需要多少训练算力？放到 1024 张 A100 上、MFU 40%，大概要几天？"],
    values=[V(3.15e23, "FLOP", "training compute"), V(28.53, "day", "training days", 0.05)],
    how="C = 6 x 175e9 x 300e9 = 3.15e23; 1024 x 312e12 x 0.4 = 1.278e17 FLOP/s; 2.46e6 s = 28.5 天 "
        "| check: [training compute] = 6*175e9*300e9; [training days] = 6*175e9*300e9/(1024*312e12*0.4)/86400")

add("h5-31", "entities", "en",
    ["By dense BF16 peak, how many H20s does it take to match 1,000 H100s? And how many B200s would match the same 1,000 H100s?"],
    values=[V(6682, "GPU", "H20s", 0.05), V(439.6, "GPU", "B200s", 0.05)],
    how="H100 989 / H20 148 TFLOPS -> 1000 x 989/148 = 6682 H20; B200 2250 -> 1000 x 989/2250 = 440 B200 "
        "| check: [H20s] = 1000*989/148; [B200s] = 1000*989/2250")

add("h5-32", "entities", "zh",
    ["我们实测 H20 的有效算力是每卡 130 TFLOPS（这个数已经包含利用率，不用再乘 MFU，也别用目录里的 148）。"
     "512 张 H20 训练一个 7B 模型、2 万亿 token，需要多少天？"],
    values=[V(14.61, "day", "training days", 0.03)],
    how="C = 6 x 7e9 x 2e12 = 8.4e22; 512 x 130e12 = 6.656e16 FLOP/s（题设值覆盖目录值）; 1.26e6 s = 14.6 天 "
        "| check: [training days] = 6*7e9*2e12/(512*130e12)/86400")

add("h5-33", "entities", "en",
    ["For one DGX H100 box, what's the aggregate dense BF16 peak, the total HBM capacity, and the combined GPU TDP?"],
    values=[V(7.912e15, "FLOP/s", "aggregate BF16 peak", 0.05), V(6.4e11, "byte", "total HBM", 0.05),
            V(5600, "W", "combined GPU TDP", 0.05)],
    how="8 x H100 SXM: 8 x 989 TFLOPS = 7.9 PFLOPS; 8 x 80 GB = 640 GB; 8 x 700 W = 5.6 kW "
        "| check: [aggregate BF16 peak] = 8*989e12; [total HBM] = 8*80e9; [combined GPU TDP] = 8*700")

add("h5-34", "entities", "zh",
    ["Llama 2 13B 用 FP16 权重部署在一张 A100 80GB 上，batch=1 时带宽受限的解码速度上限约多少 token/s？换成 H100 SXM 呢？"],
    values=[V(78.42, "token/s", "A100 decode", 0.05), V(128.85, "token/s", "H100 decode", 0.05)],
    how="权重 13e9 x 2 B = 26 GB; A100 2.039 TB/s / 26 GB = 78 tok/s; H100 3.35 TB/s / 26 GB = 129 tok/s "
        "| check: [A100 decode] = 2.039e12/(13e9*2); [H100 decode] = 3.35e12/(13e9*2)")

add("h5-35", "entities", "en",
    ["How many A100s' worth of dense BF16 compute is one B200? If we want the equivalent of a 100,000-A100 fleet, how many B200s is that?"],
    values=[V(7.212, "factor", "B200/A100 ratio", 0.05), V(13867, "GPU", "B200s", 0.05)],
    how="2250/312 = 7.21 A100s per B200; 100,000/7.21 = 13,867 B200s "
        "| check: [B200/A100 ratio] = 2250/312; [B200s] = 1e5*312/2250")

add("h5-36", "entities", "zh",
    ["GPT-3 每生成一个 token 大约需要多少 FLOP？只看算力瓶颈、利用率 40%，一张 H100 每秒能生成多少 token？"],
    values=[V(3.5e11, "FLOP", "FLOP per token"), V(1130.3, "token/s", "H100 tokens/s", 0.05)],
    how="2 x 175e9 = 3.5e11 FLOP/token; 989e12 x 0.4 / 3.5e11 = 1130 token/s "
        "| check: [FLOP per token] = 2*175e9; [H100 tokens/s] = 989e12*0.4/(2*175e9)")

# ---------------------------------------------------------------- routing (8)
add("h5-37", "routing", "zh",
    ["《科技周期探索之七》那份报告里引用了 Epoch 的研究，说 GPU 性价比（按 FLOPS/美元算）多久翻一番？"],
    kind="cite", kb=True, text_any=["2.5 年", "2.5年"],
    how="000 报告（2016-2030年：通用人工智能时代的到来）: 'Epoch 发现,2006 年至 2021 年间, GPU 性价比(以 FLOPS/$ 为单位)每 2.5 年翻一番' | check: (text only)",
    cite=("000_52d4eb4e6b7dac08.txt", "GPU 性价比"))

add("h5-38", "routing", "en",
    ["In the CICC 'AI经济学' chapter on China's AI challenges, what single-run training cost do they estimate for a "
     "GPT-3-class and a GPT-4-class model if the compute is rented in the cloud?"],
    kind="cite", kb=True, text_any=["40-120万", "1,500-5,000万", "120万"],
    how="004 report: 'GPT-3单次训练的成本在40-120万美元；而GPT-4单次训练的成本在1,500-5,000万美元左右' (cloud rental route) | check: (text only)",
    cite=("004_6e137adebb593e30.txt", "云上租赁"))

add("h5-39", "routing", "zh",
    ["那份《2024 年数字经济专题》里是怎么估算 Sora 训练算力的？训练一次大概要多少 FLOPs，放在 1 万张 A100 上要多少天？"],
    kind="cite", kb=True, text_any=["154", "8.2 倍", "2.6"],
    values=[V(2.574e24, "FLOP", "Sora training compute", 0.05), V(154.3, "day", "days on 10k A100", 0.05)],
    how="002 报告: 30x10^8 参数 x 1.43e14 token x 6 = 2.574e24，报告取 2.6e24 Flops（GPT-3 175B 的 8.2 倍）; 2.6e24/(19.5e12 x 10000)/86400 = 154 天（报告算术正确，按 A100 FP32 19.5 TFLOPS、不计利用率） "
        "| check: [Sora training compute] = 30e8*1.43e14*3*2; [days on 10k A100] = 2.6e24/(19.5e12*10000)/86400",
    cite=("002_433419e1c499dc0d.txt", "Sora 训练一次所需算力"))

add("h5-40", "routing", "en",
    ["The 看DAO2024 report has a line on how fast model sizes and compute demand are growing compared with GPU "
     "performance and Moore's law. What exactly does it say?"],
    kind="cite", kb=True, text_any=["10 倍", "两个月", "每年翻倍", "18 个月"],
    how="001 report (算力“破墙”): 'the report says model size grows 10x a year, compute demand doubles every two months, GPU compute doubles yearly, and Moore's law (doubling every 18 months) has slowed' | check: (text only)",
    cite=("001_c7d1a51f02a6626a.txt", "大模型以每年"))

add("h5-41", "routing", "en",
    ["Which accelerators in your catalog have at least 80 GB of on-package memory? Just list them."],
    kind="list", text_any=["H100", "H20", "B200", "MI300X", "H200"],
    how="catalog listing filtered by memory >= 80 GB (e.g. A100 80GB, H100 80GB, H200 141GB, H20 96GB, B200 192GB, MI300X 192GB) | check: (text only)")

add("h5-42", "routing", "zh",
    ["周末家里来客人，帮我写一份红烧肉的详细做法吧。"],
    kind="refuse",
    how="菜谱请求，超出 AI 算力经济分析范围，应礼貌拒绝 | check: (none)")

add("h5-43", "routing", "en",
    ["We're launching a customer-support chatbot next quarter. How many GPUs do I need?"],
    kind="ask",
    how="missing inputs: model size, traffic (tokens or queries per day), GPU type / utilisation -> must ask | check: (none)")

add("h5-44", "routing", "zh",
    ["我们想自己训一个大模型，大概要训练多久？"],
    kind="ask",
    how="缺参数量、训练 token 数、GPU 型号与数量等关键输入，应追问 | check: (none)")

# ---------------------------------------------------------------- scaling (6)
add("h5-45", "scaling", "en",
    ["With a 1e24 FLOP training budget, what's the Chinchilla compute-optimal parameter count, and how many tokens should it see?"],
    values=[V(9.129e10, "parameter", "optimal parameters"), V(1.826e12, "token", "optimal tokens")],
    how="N = sqrt(C/120) = sqrt(1e24/120) = 9.13e10 (~91B); D = 20N = 1.83e12 tokens "
        "| check: [optimal parameters] = sqrt(1e24/120); [optimal tokens] = 20*sqrt(1e24/120)")

add("h5-46", "scaling", "zh",
    ["按 Chinchilla 每个参数 20 个 token 的规则，一个 70 亿参数模型的最优训练 token 数是多少？对应的训练算力是多少 FLOP？"],
    values=[V(1.4e11, "token", "optimal tokens"), V(5.88e21, "FLOP", "training compute")],
    how="D = 20 x 7e9 = 1.4e11（1400 亿）token; C = 6 x 7e9 x 1.4e11 = 5.88e21 FLOP "
        "| check: [optimal tokens] = 20*7e9; [training compute] = 6*7e9*20*7e9")

add("h5-47", "scaling", "en",
    ["Llama 3 8B was trained on about 15T tokens. What's its Chinchilla-optimal token count, and how many times past "
     "that optimum did Meta go?"],
    values=[V(1.6e11, "token", "optimal tokens"), V(93.75, "factor", "actual/optimal")],
    how="N = 8e9 (from the name); D_opt = 20N = 1.6e11 (160B tokens); 15e12/1.6e11 = 93.75x "
        "| check: [optimal tokens] = 20*8e9; [actual/optimal] = 15e12/(20*8e9)")

add("h5-48", "scaling", "zh",
    ["如果训练算力预算从 1e23 FLOP 提高到 1e25 FLOP，按 Chinchilla 最优，参数量和数据量各放大多少倍？新的最优参数量是多少？"],
    values=[V(10, "factor", "scale-up of N and D"), V(2.887e11, "parameter", "new optimal parameters")],
    how="算力 100 倍 -> N、D 各 sqrt(100) = 10 倍; N = sqrt(1e25/120) = 2.89e11（约 2890 亿） "
        "| check: [scale-up of N and D] = sqrt(1e25/1e23); [new optimal parameters] = sqrt(1e25/120)")

add("h5-49", "scaling", "en",
    ["We have 2,000 H100s for 30 days at 40% MFU. What total compute is that, and what's the compute-optimal model size "
     "and token count for it?"],
    values=[V(2.0508e24, "FLOP", "compute budget"), V(1.3073e11, "parameter", "optimal parameters"),
            V(2.6146e12, "token", "optimal tokens")],
    how="C = 2000 x 989e12 x 0.4 x 30 x 86400 = 2.05e24; N = sqrt(C/120) = 1.31e11 (~131B); D = 20N = 2.61e12 "
        "| check: [compute budget] = 2000*989e12*0.4*30*86400; [optimal parameters] = sqrt(2000*989e12*0.4*30*86400/120); "
        "[optimal tokens] = 20*sqrt(2000*989e12*0.4*30*86400/120)")

add("h5-50", "scaling", "zh",
    ["有个 400 亿参数的模型只训练了 3000 亿 token。按 Chinchilla，它的最优 token 数应该是多少，是实际用量的几倍？"
     "如果总算力不变，最优应该训多大的模型？"],
    values=[V(8e11, "token", "optimal tokens"), V(2.667, "factor", "optimal/actual"),
            V(2.449e10, "parameter", "compute-optimal size")],
    how="D_opt = 20 x 4e10 = 8e11; 8e11/3e11 = 2.67 倍; C = 6 x 4e10 x 3e11 = 7.2e22; N_opt = sqrt(7.2e22/120) = 2.45e10（约 245 亿） "
        "| check: [optimal tokens] = 20*40e9; [optimal/actual] = 20*40e9/300e9; [compute-optimal size] = sqrt(6*40e9*300e9/120)")

# ---------------------------------------------------------------- conversation (10)
add("h5-51", "conversation", "en",
    ["Hi, I'm Priya Raman. I head capacity planning at a payments company in Singapore, and our inference fleet is almost entirely H20s.",
     "Quick check before I start: what's my name, and which GPU did I say our inference fleet runs on?"],
    text_all=["Priya", "H20"],
    how="recall of user-stated facts (name Priya, chip H20) | check: (text only)")

add("h5-52", "conversation", "zh",
    ["你好，我叫周航，在一家做视频生成的创业公司负责基础设施。",
     "先记一下我们的情况：集群是 3000 张 H20，机房 PUE 1.2，电价 0.55 元一度。后面我会问你一些测算。"],
    kind="ack",
    how="最后一轮是陈述事实，应确认记下（不必计算） | check: (none)")

add("h5-53", "conversation", "en",
    ["We serve about 20 billion tokens a day from a 70B dense model on H100s, and we get roughly 30% of peak in practice. How many GPUs does that take?",
     "And if traffic doubles?"],
    values=[V(218.45, "GPU", "H100s at doubled traffic")],
    how="turn 1: 2 x 70e9 x 2e10 / 86400 = 3.24e16 FLOP/s; /(989e12 x 0.3) = 109 GPUs; turn 2: doubled -> 218 (~219-220) "
        "| check: [H100s at doubled traffic] = 2*2*70e9*2e10/86400/(989e12*0.3)")

add("h5-54", "conversation", "zh",
    ["用 256 张 H100 训练一个 80 亿参数的模型，15 万亿 token，MFU 40%，要多少天？",
     "换成 H20 呢？卡数和 MFU 都不变。"],
    values=[V(549.9, "day", "days on H20", 0.03)],
    how="C = 6 x 8e9 x 15e12 = 7.2e23; H100: 82.3 天; H20: 256 x 148e12 x 0.4 = 1.52e16 FLOP/s -> 4.75e7 s = 550 天 "
        "| check: [days on H20] = 6*8e9*15e12/(256*148e12*0.4)/86400")

add("h5-55", "conversation", "en",
    ["What's the bill for 1.2 million H100-hours at $2.10 an hour?",
     "Convert that to yuan at 7.2."],
    values=[V(1.8144e7, "CNY", "bill in CNY")],
    how="1.2e6 x $2.10 = $2.52M; x 7.2 = 18.14M CNY "
        "| check: [bill in CNY] = 1.2e6*2.10*7.2")

add("h5-56", "conversation", "zh",
    ["先说明一下：我们机房的 PUE 是 1.35，电价 0.45 元/度。",
     "另外，我们有 512 张 A100，每张按 400W 算。",
     "如果满负荷跑一周，大概耗多少度电、电费多少？"],
    values=[V(46448.64, "kWh", "energy"), V(20901.9, "CNY", "electricity cost")],
    how="512 x 400W x 168h x 1.35 / 1000 = 46,449 kWh（度）; x 0.45 = 20,902 元（PUE、电价来自第 1 轮） "
        "| check: [energy] = 512*400*7*24*1.35/1000; [electricity cost] = 512*400*7*24*1.35/1000*0.45")

add("h5-57", "conversation", "en",
    ["I'm Mateo, I run infrastructure at a research lab in Madrid. We just took delivery of our first B200s.",
     "By dense BF16 peak, how many of those match 512 H100s?",
     "Sorry, remind me: what's my name and which chip did I say we just received?"],
    text_all=["Mateo", "B200"],
    how="recall of user-stated facts (name Mateo, chip B200); turn 2 would be 512 x 989/2250 = 225 B200 | check: (text only)")

add("h5-58", "conversation", "zh",
    ["一个类似 Llama 3 70B 的结构：80 层、8 个 KV 头、head_dim 128，KV 用 BF16 存，上下文 8192 token、batch 32，KV cache 总共多大？",
     "那如果 KV 改用 FP8 存呢？"],
    values=[V(4.295e10, "byte", "KV cache in FP8")],
    how="BF16: 2 x 80 x 8 x 128 x 8192 x 32 x 2 B = 8.59e10 B (80 GiB); FP8 1 字节 -> 4.29e10 B (40 GiB) "
        "| check: [KV cache in FP8] = 2*80*8*128*8192*32*1")

add("h5-59", "conversation", "en",
    ["For context: our inference runs on H100 SXM and the model is 34B parameters served in BF16.",
     "What's the bandwidth-bound batch-1 decode ceiling per GPU?",
     "And if we quantise the weights to 4-bit?"],
    values=[V(197.06, "token/s", "4-bit decode ceiling", 0.03)],
    how="BF16: 68 GB -> 3.35e12/68e9 = 49 tok/s; 4-bit = 0.5 byte/param -> 17 GB -> 3.35e12/17e9 = 197 tok/s "
        "| check: [4-bit decode ceiling] = 3.35e12/(34e9*0.5)")

add("h5-60", "conversation", "zh",
    ["我们的日均 token 量从去年 6 月的 800 亿涨到今年 6 月的 3200 亿，年增长率是多少？",
     "照这个速度，再过两年日均会有多少 token？"],
    values=[V(5.12e12, "token/day", "daily tokens in two years")],
    how="一年 4 倍（增长 300%）; 再两年 3200 亿 x 4^2 = 5.12 万亿 token/天 "
        "| check: [daily tokens in two years] = 3.2e11*(3.2e11/8e10)**2")


# ---------------------------------------------------------------- checks
def parse_checks(how):
    if " | check: " not in how:
        raise ValueError("how lacks ' | check: '")
    part = how.split(" | check: ", 1)[1]
    out = {}
    for m in re.finditer(r"\[([^\]]+)\]\s*=\s*([^;]+)", part):
        out[m.group(1).strip()] = m.group(2).strip()
    return out

def norm(s):
    return re.sub(r"\s+", "", s)

def check():
    errs = []
    ids = [d["id"] for d in ITEMS]
    if ids != ["h5-%02d" % i for i in range(1, 61)]:
        errs.append("ids are not h5-01..h5-60 in order")
    counts = {}
    for d in ITEMS:
        counts[d["class"]] = counts.get(d["class"], 0) + 1
    if counts != CLASS_SIZES:
        errs.append("class sizes %r != %r" % (counts, CLASS_SIZES))
    langs = {"zh": 0, "en": 0}
    for d in ITEMS:
        i = d["id"]; e = d["expect"]
        langs[d["lang"]] = langs.get(d["lang"], 0) + 1
        if d["lang"] not in ("zh", "en"): errs.append(i + " bad lang")
        if e["kind"] not in KINDS: errs.append(i + " bad kind")
        if d["kb"] != (e["kind"] == "cite"): errs.append(i + " kb must be true exactly for cite")
        if not d["turns"] or not all(isinstance(t, str) and t.strip() for t in d["turns"]):
            errs.append(i + " bad turns")
        if d["class"] == "conversation" and not (2 <= len(d["turns"]) <= 4):
            errs.append(i + " conversation needs 2-4 turns")
        if d["class"] != "conversation" and len(d["turns"]) != 1:
            errs.append(i + " single-turn expected")
        if e["kind"] == "answer" and not e["values"] and not e["text_all"]:
            errs.append(i + " answer without values or text_all")
        if len(e["values"]) > 3: errs.append(i + " more than 3 values")
        if " | check: " not in d["how"]: errs.append(i + " how lacks check")
        checks = parse_checks(d["how"]) if " | check: " in d["how"] else {}
        whats = [v["what"] for v in e["values"]]
        if len(set(whats)) != len(whats): errs.append(i + " duplicate 'what'")
        for v in e["values"]:
            if v["unit"] not in UNITS: errs.append("%s unit %s not allowed" % (i, v["unit"]))
            if not (0 < v["rel_tol"] <= 0.10): errs.append(i + " rel_tol out of range")
            expr = checks.get(v["what"])
            if expr is None:
                errs.append("%s no check for %s" % (i, v["what"])); continue
            got = float(eval(expr))
            want = float(v["value"])
            rel = abs(got - want) / abs(want) if want else abs(got)
            status = "ok " if rel <= RECOMPUTE_TOL else "BAD"
            if rel > RECOMPUTE_TOL:
                errs.append("%s %s: stored %g, recomputed %g" % (i, v["what"], want, got))
            print("%s %-6s %-28s %-10s stored=%-12g recomputed=%-14.6g tol=%.2f" %
                  (status, i, v["what"][:28], v["unit"], want, got, v["rel_tol"]))
        for w in checks:
            if w not in whats: errs.append("%s check [%s] has no value" % (i, w))
        if e["kind"] == "cite":
            if i not in CITES: errs.append(i + " cite item lacks source"); continue
            fn, anchor = CITES[i]
            text = norm(open(os.path.join(SEEDS, fn), encoding="utf-8").read())
            a = norm(anchor)
            pos = [m.start() for m in re.finditer(re.escape(a), text)]
            if not pos: errs.append(i + " anchor not found in " + fn); continue
            if not e["text_any"]: errs.append(i + " cite without text_any")
            for w in e["text_any"]:
                ww = norm(w)
                ok = any(ww in text[max(0, p - 400): p + 600] for p in pos)
                print("%s %-6s cite keyword %-14r in passage of %s" % ("ok " if ok else "BAD", i, w, fn))
                if not ok: errs.append("%s keyword %r not in passage" % (i, w))
    print("languages:", langs, " classes:", counts)
    # file equality
    if os.path.exists(JSONL):
        with open(JSONL, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
        if rows != ITEMS:
            errs.append("heldout5.jsonl differs from ITEMS (run --write)")
    else:
        errs.append("heldout5.jsonl missing (run --write)")
    if errs:
        print("\nFAILED:"); [print("  " + x) for x in errs]; return 1
    print("\nALL CHECKS PASSED (%d items)" % len(ITEMS)); return 0

def write():
    with open(JSONL, "w", encoding="utf-8") as f:
        for d in ITEMS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", JSONL, len(ITEMS), "items")

if __name__ == "__main__":
    if "--write" in sys.argv: write()
    if "--check" in sys.argv or len(sys.argv) == 1: sys.exit(check())
