#!/usr/bin/env python3
"""heldout9 -- blind evaluation set for the Zhiti AI-industry analysis agent.

This file is the source of truth.  Every item is a Python dict in ITEMS below.

    python3 verify.py --write   # writes heldout9.jsonl next to this file
    python3 verify.py --check   # validates everything (exit code 0 = pass)

Conventions used for the expected values
----------------------------------------
* Training compute C = 6 * N * D (N = active parameters for MoE models).
* Inference compute = 2 * N FLOP per generated token.
* When no MFU / utilisation is stated: 40 % of the dense BF16 peak.
* Dense BF16 peaks (FLOP/s): A100 312e12, H100 / H800 989e12, H20 148e12,
  B200 2250e12.
* HBM bandwidth (byte/s): A100 80GB 2.039e12, H100 SXM 3.35e12, H20 4.0e12.
* Bandwidth-bound decode (batch 1): tokens/s = bandwidth / bytes of weights.
* KV cache bytes = 2 * layers * KV heads * head dim * sequence * batch * bytes/value.
* Energy (kWh) = GPUs * watts * hours * PUE / 1000.
* A day is 86,400 s; a year (where used) is 365 days.
* CAGR = (end/start) ** (1 / (end_year - start_year)) - 1.
* Chinchilla compute-optimal: D = 20 * N, C = 6 * N * D  ->  N = sqrt(C / 120).
* Shares, rates, declines and percentage-point changes are unit "fraction"
  (0.25 = 25 %, 0.105 = 10.5 percentage points).
* A calendar-year answer uses rel_tol small enough that only the exact year passes.

"how" format: "<derivation> | check: [what] = <python expr>; [what] = <python expr>"
with one check per value, using only numbers, math.* and the constants below.
"""
import ast
import json
import math
import os
import re
import sys

# ---------------------------------------------------------------- constants
A100_BF16 = 312e12
H100_BF16 = 989e12
H800_BF16 = 989e12
H20_BF16 = 148e12
B200_BF16 = 2250e12
A100_BW = 2.039e12      # A100 80GB HBM2e
H100_BW = 3.35e12       # H100 SXM HBM3
H20_BW = 4.0e12         # H20 HBM3
MFU_DEFAULT = 0.4
DAY = 86400.0
HOUR = 3600.0
HOURS_PER_YEAR = 365 * 24

CONSTANTS = {
    "A100_BF16": A100_BF16, "H100_BF16": H100_BF16, "H800_BF16": H800_BF16,
    "H20_BF16": H20_BF16, "B200_BF16": B200_BF16,
    "A100_BW": A100_BW, "H100_BW": H100_BW, "H20_BW": H20_BW,
    "MFU_DEFAULT": MFU_DEFAULT, "DAY": DAY, "HOUR": HOUR,
    "HOURS_PER_YEAR": HOURS_PER_YEAR,
}

UNITS = {
    "FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour",
    "day", "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh",
    "MWh", "byte", "byte/s", "token/s", "token/day", "query/day", "fraction",
    "factor", "count",
}

COMPOSITION = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8,
               "scaling": 6, "conversation": 10}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_DIR = "/work/shared/seeds"
JSONL = os.path.join(HERE, "heldout9.jsonl")

# seed report each cite item is answered from (key words are checked against it)
CITE_SOURCES = {
    "h9-51": "002_433419e1c499dc0d.txt",
    "h9-52": "004_6e137adebb593e30.txt",
    "h9-53": "001_c7d1a51f02a6626a.txt",
}


def V(value, unit, rel_tol, what):
    return {"value": value, "unit": unit, "rel_tol": rel_tol, "what": what}


def E(kind, values=(), text_all=(), text_any=(), text_none=()):
    return {"kind": kind, "values": list(values), "text_all": list(text_all),
            "text_any": list(text_any), "text_none": list(text_none)}


def item(iid, cls, lang, turns, expect, how, kb=False):
    return {"id": iid, "class": cls, "lang": lang, "turns": list(turns),
            "kb": kb, "expect": expect, "how": how}


ITEMS = [
    # ================================================================ own_numbers (14)
    item("h9-01", "own_numbers", "en",
         ["Quick sanity check for a deck: a Chinese GPU vendor's data-center revenue went from "
          "$1.2B in March 2019 to $9.6B in March 2024. What multiple is that, and what CAGR does it imply?"],
         E("answer", [V(8.0, "factor", 0.02, "revenue multiple"),
                      V(0.5157165665, "fraction", 0.02, "CAGR")]),
         "multiple = 9.6/1.2 = 8x over 5 years (Mar-2019 to Mar-2024); CAGR = 8^(1/5) - 1 = 51.6% "
         "| check: [revenue multiple] = 9.6e9/1.2e9; [CAGR] = (9.6e9/1.2e9)**(1/5)-1"),
    item("h9-02", "own_numbers", "zh",
         ["如果大模型 API 的单价每年下降 60%，价格减半大概需要多久？用年表示。"],
         E("answer", [V(0.7564707974, "years", 0.02, "halving time")]),
         "每年剩 0.4 倍；减半时间 = ln(0.5)/ln(0.4) ≈ 0.76 年（约 9 个月） "
         "| check: [halving time] = math.log(0.5)/math.log(1-0.6)"),
    item("h9-03", "own_numbers", "en",
         ["Frontier training compute went up roughly 1,000x over six years. What doubling time does that imply, in years?"],
         E("answer", [V(0.6020599913, "years", 0.02, "doubling time")]),
         "doubling time = 6 * ln2 / ln1000 = 0.60 years (~7.2 months) "
         "| check: [doubling time] = 6*math.log(2)/math.log(1000)"),
    item("h9-04", "own_numbers", "zh",
         ["我们现在对外报价是每百万 token 10 元。如果每年降价三成，5 年后单价是多少元？相当于现在价格的几成？"],
         E("answer", [V(1.6807, "CNY", 0.02, "price after 5 years"),
                      V(0.16807, "fraction", 0.02, "remaining share of today's price")]),
         "每年剩 0.7；5 年后 10 × 0.7^5 = 1.68 元，约为现价的 16.8%（不到两成） "
         "| check: [price after 5 years] = 10*(1-0.3)**5; [remaining share of today's price] = (1-0.3)**5"),
    item("h9-05", "own_numbers", "en",
         ["ARK's framing is that hardware cuts AI training cost by 53% a year and algorithmic gains cut it by "
          "another 47% a year. If the two compound, what's the combined annual cost decline?"],
         E("answer", [V(0.7509, "fraction", 0.02, "combined annual decline")]),
         "remaining per year = 0.47 * 0.53 = 0.2491 -> combined decline 1 - 0.2491 = 75.1% "
         "| check: [combined annual decline] = 1-(1-0.53)*(1-0.47)"),
    item("h9-06", "own_numbers", "zh",
         ["假设 GPU 的每美元算力每年变为原来的 1.4 倍，算法/软件效率每年再提高到原来的 2 倍。两者叠加，"
          "每年的综合提升是多少倍？连续 3 年累计是多少倍？"],
         E("answer", [V(2.8, "factor", 0.02, "combined yearly factor"),
                      V(21.952, "factor", 0.02, "3-year cumulative factor")]),
         "每年 1.4 × 2 = 2.8 倍；3 年 2.8^3 = 21.95 倍 "
         "| check: [combined yearly factor] = 1.4*2; [3-year cumulative factor] = (1.4*2)**3"),
    item("h9-07", "own_numbers", "zh",
         ["某省智算中心 2024 年底总算力 40 EFLOPS，规划每年增长 30%。照这个速度，哪一年年底首次超过 200 EFLOPS？"],
         E("answer", [V(2031.0, "year", 0.0002, "year target first exceeded")]),
         "需要 5 倍：ln5/ln1.3 = 6.13 年，取整 7 年 → 2031 年底（1.3^6 = 4.83 < 5，1.3^7 = 6.27 > 5） "
         "| check: [year target first exceeded] = 2024+math.ceil(math.log(200/40)/math.log(1.3))"),
    item("h9-08", "own_numbers", "en",
         ["From the cloud section of a sell-side report: the 2024 global cloud market is $676B, of which SaaS is "
          "$244B, IaaS $182B and PaaS $176B. What share of the total do IaaS and PaaS make up together?"],
         E("answer", [V(0.5295857988, "fraction", 0.02, "IaaS+PaaS share")]),
         "(182 + 176) / 676 = 358/676 = 53.0% "
         "| check: [IaaS+PaaS share] = (182e9+176e9)/676e9"),
    item("h9-09", "own_numbers", "zh",
         ["一台 8 卡 H20 服务器报价 110 万元人民币，按 1 美元兑 7.2 元人民币折算，约合多少美元？如果采购 250 台，总共多少美元？"],
         E("answer", [V(152777.7778, "USD", 0.02, "price per server"),
                      V(38194444.44, "USD", 0.02, "total for 250 servers")]),
         "110 万 / 7.2 = 15.28 万美元/台；× 250 = 3819 万美元 "
         "| check: [price per server] = 1.1e6/7.2; [total for 250 servers] = 250*1.1e6/7.2"),
    item("h9-10", "own_numbers", "en",
         ["Email from our PM: \"the GPT-4-class API went from $30 to $2.50 per million input tokens in about "
          "18 months.\" What's the percentage drop, and how many times cheaper is it now?"],
         E("answer", [V(0.9166666667, "fraction", 0.02, "price drop"),
                      V(12.0, "factor", 0.02, "times cheaper")]),
         "drop = 1 - 2.5/30 = 91.7%; 30/2.5 = 12x cheaper "
         "| check: [price drop] = 1-2.5/30; [times cheaper] = 30/2.5"),
    item("h9-11", "own_numbers", "zh",
         ["研报里写：我国 AI 服务器市场规模将从 2021 年的 350 亿元增长到 2026 年的 1089.4 亿元。帮我核一下这期间的年复合增速。"],
         E("answer", [V(0.2549426095, "fraction", 0.02, "CAGR 2021-2026")]),
         "5 年间增长 1089.4/350 = 3.11 倍；CAGR = 3.11^(1/5) - 1 = 25.5%（按年份差 5 年计，而非报告所写的 20.83%） "
         "| check: [CAGR 2021-2026] = (1089.4e8/350e8)**(1/(2026-2021))-1"),
    item("h9-12", "own_numbers", "en",
         ["Someone on the team keeps saying \"Huang's law\" means 1000x per-chip AI performance in 10 years. "
          "What annual growth factor is that, and what's the implied doubling time in years?"],
         E("answer", [V(1.995262315, "factor", 0.02, "annual growth factor"),
                      V(1.003433319, "years", 0.02, "doubling time")]),
         "1000^(1/10) = 2.0x per year; doubling time = 10*ln2/ln1000 = 1.0 year "
         "| check: [annual growth factor] = 1000**(1/10); [doubling time] = 10*math.log(2)/math.log(1000)"),
    item("h9-13", "own_numbers", "en",
         ["Memo draft: H100 rental is about $2.80/GPU-hour today. If it keeps falling 15% a year, what's the rate four years out?"],
         E("answer", [V(1.4616175, "USD", 0.02, "rental rate after 4 years")]),
         "2.80 * 0.85^4 = $1.46 per GPU-hour "
         "| check: [rental rate after 4 years] = 2.80*(1-0.15)**4"),
    item("h9-14", "own_numbers", "zh",
         ["群里同步下数据：本季度平台总调用 12.6 亿次，其中 API 企业客户贡献 4.1 亿次。API 占比是多少？"
          "去年同期这个占比是 22%，同比提升了多少个百分点？"],
         E("answer", [V(0.3253968254, "fraction", 0.02, "API share"),
                      V(0.1053968254, "fraction", 0.02, "share change (percentage points)")]),
         "4.1/12.6 = 32.5%；32.5% - 22% = 10.5 个百分点 "
         "| check: [API share] = 4.1e8/12.6e8; [share change (percentage points)] = 4.1e8/12.6e8-0.22"),

    # ================================================================ chains (14)
    item("h9-15", "chains", "en",
         ["We're putting together a proposal for a Gulf sovereign-AI client who wants a 13B-parameter "
          "Arabic-English base model. The plan is 1.5 trillion tokens of pretraining on a dedicated pod of "
          "512 H100 SXM GPUs, and our infra lead is comfortable assuming 40% MFU. Before this goes into the "
          "deck, can you give me total GPU-hours and wall-clock time in days?"],
         E("answer", [V(82153.6906, "GPU-hour", 0.05, "GPU-hours"),
                      V(6.685684456, "day", 0.05, "wall-clock days")]),
         "C = 6*13e9*1.5e12 = 1.17e23 FLOP; per GPU 989e12*0.4 = 3.956e14 FLOP/s -> 2.96e8 GPU-s = 82,154 GPU-h; "
         "/512 GPUs = 160 h = 6.7 days "
         "| check: [GPU-hours] = 6*13e9*1.5e12/(H100_BF16*0.4)/HOUR; "
         "[wall-clock days] = 6*13e9*1.5e12/(512*H100_BF16*0.4)/DAY"),
    item("h9-16", "chains", "zh",
         ["我们打算在云上租 A100 训练一个 70 亿参数的模型，数据量 2 万亿 token，MFU 估计 45%，报价每卡时 1.8 美元。"
          "算一下总共需要多少卡时、租金多少？"],
         E("answer", [V(166191.8329, "GPU-hour", 0.05, "GPU-hours"),
                      V(299145.2991, "USD", 0.05, "rental cost")]),
         "C = 6×7e9×2e12 = 8.4e22 FLOP；单卡有效 312e12×0.45 = 1.404e14 FLOP/s → 5.98e8 卡秒 = 16.6 万卡时；"
         "× 1.8 美元 ≈ 29.9 万美元 "
         "| check: [GPU-hours] = 6*7e9*2e12/(A100_BF16*0.45)/HOUR; "
         "[rental cost] = 6*7e9*2e12/(A100_BF16*0.45)/HOUR*1.8"),
    item("h9-17", "chains", "en",
         ["1,024 H100s drawing 700 W each, running flat out for 30 days in a facility with a PUE of 1.3. "
          "How much energy is that in MWh, and what's the electricity bill at $0.08/kWh?"],
         E("answer", [V(670.9248, "MWh", 0.02, "energy"),
                      V(53673.984, "USD", 0.02, "electricity cost")]),
         "1024 * 700 W * 720 h * 1.3 = 670,925 kWh = 670.9 MWh; * $0.08 = $53,674 "
         "| check: [energy] = 1024*700*30*24*1.3/1e6; [electricity cost] = 1024*700*30*24*1.3/1e3*0.08"),
    item("h9-18", "chains", "zh",
         ["一个 2000 卡的 H20 集群，按单卡 400W 满负荷、PUE 1.25 计算，全年（365 天）耗电多少度？电价 0.6 元/度的话，电费多少元？"],
         E("answer", [V(8760000.0, "kWh", 0.02, "annual energy"),
                      V(5256000.0, "CNY", 0.02, "annual electricity cost")]),
         "2000 × 0.4 kW × 8760 h × 1.25 = 876 万度；× 0.6 = 525.6 万元 "
         "| check: [annual energy] = 2000*400*HOURS_PER_YEAR*1.25/1e3; "
         "[annual electricity cost] = 2000*400*HOURS_PER_YEAR*1.25/1e3*0.6"),
    item("h9-19", "chains", "en",
         ["We need to serve 50 billion generated tokens per day from a 70B dense model on H100s. "
          "Treat it as compute-bound at 2N FLOP per token and 40% utilisation — how many GPUs?"],
         E("answer", [V(204.7990862, "GPU", 0.05, "H100s needed")]),
         "FLOP/day = 2*70e9*5e10 = 7e21; per H100 per day 989e12*0.4*86400 = 3.418e19 -> ~205 GPUs "
         "| check: [H100s needed] = 2*70e9*50e9/(H100_BF16*0.4*DAY)"),
    item("h9-20", "chains", "zh",
         ["一个 140 亿参数的 dense 模型做了 INT8 量化，放在单张 H100 SXM 上 batch=1 解码。按显存带宽受限来估，理论上每秒最多能出多少 token？"],
         E("answer", [V(239.2857143, "token/s", 0.05, "decode tokens/s")]),
         "权重 14e9 × 1 byte = 14 GB；3.35e12 / 14e9 ≈ 239 token/s "
         "| check: [decode tokens/s] = H100_BW/(14e9*1)"),
    item("h9-21", "chains", "en",
         ["KV-cache sizing question: 48 layers, 8 KV heads, head dim 128, FP16 cache, 32,768-token context, "
          "batch of 16. How many bytes of KV cache is that?"],
         E("answer", [V(103079215104.0, "byte", 0.02, "KV cache bytes")]),
         "2 * 48 * 8 * 128 * 32768 * 16 * 2 bytes = 1.03e11 bytes (~103 GB, 96 GiB) "
         "| check: [KV cache bytes] = 2*48*8*128*32768*16*2"),
    item("h9-22", "chains", "zh",
         ["一个 MoE 模型总参数 6710 亿、每个 token 激活 370 亿，预训练数据 14.8 万亿 token，用 2048 张 H800 训练。"
          "训练总算力是多少 FLOP？不考虑其他开销、利用率按常规假设，大概要多少天？"],
         E("answer", [V(3.2856e24, "FLOP", 0.02, "training compute"),
                      V(46.93693344, "day", 0.05, "training days")]),
         "按激活参数：C = 6 × 37e9 × 14.8e12 = 3.29e24 FLOP；2048 × 989e12 × 0.4 = 8.10e17 FLOP/s → 4.06e6 s ≈ 47 天 "
         "| check: [training compute] = 6*37e9*14.8e12; "
         "[training days] = 6*37e9*14.8e12/(2048*H800_BF16*MFU_DEFAULT)/DAY"),
    item("h9-23", "chains", "en",
         ["Our chatbot handles about 30 million queries a day, averaging ~800 generated tokens each, served by a "
          "70B dense model. What's the total inference compute per day in FLOP, and the average sustained FLOP/s?"],
         E("answer", [V(3.36e21, "FLOP", 0.02, "inference FLOP per day"),
                      V(3.888888889e16, "FLOP/s", 0.02, "average FLOP/s")]),
         "tokens/day = 3e7*800 = 2.4e10; * 2*70e9 = 3.36e21 FLOP/day; / 86400 = 3.89e16 FLOP/s "
         "| check: [inference FLOP per day] = 2*70e9*800*30e6; [average FLOP/s] = 2*70e9*800*30e6/DAY"),
    item("h9-24", "chains", "zh",
         ["300 亿参数的模型、3000 亿 token 的数据，用 1024 张 A100 训练，MFU 38%。训练要几天？"
          "如果每张卡按 400W、PUE 1.2 算，总耗电多少千瓦时？"],
         E("answer", [V(5.148039495, "day", 0.05, "training days"),
                      V(60728.74494, "kWh", 0.05, "energy")]),
         "C = 6 × 30e9 × 3e11 = 5.4e22；单卡 312e12 × 0.38 → 4.55e8 卡秒 = 12.65 万卡时；/1024 卡 ≈ 5.1 天；"
         "电量 = 126,518 卡时 × 0.4 kW × 1.2 ≈ 6.07 万 kWh "
         "| check: [training days] = 6*30e9*300e9/(1024*A100_BF16*0.38)/DAY; "
         "[energy] = 6*30e9*300e9/(A100_BF16*0.38)/HOUR*400*1.2/1e3"),
    item("h9-25", "chains", "en",
         ["We rented 256 H100s for three weeks at $2.40 per GPU-hour. What did that cost us, and how much training "
          "compute did we actually get at 40% utilisation, in FLOP?"],
         E("answer", [V(309657.6, "USD", 0.02, "rental cost"),
                      V(1.837508198e23, "FLOP", 0.05, "delivered compute")]),
         "256 * 21 d * 24 h = 129,024 GPU-h * $2.40 = $309,658; FLOP = 256 * 21*86400 s * 989e12 * 0.4 = 1.84e23 "
         "| check: [rental cost] = 256*21*24*2.40; [delivered compute] = 256*21*DAY*H100_BF16*0.4"),
    item("h9-26", "chains", "zh",
         ["日均推理输出 300 亿 token，模型是 320 亿参数的 dense 模型，部署在 H20 上，算力利用率按 30%。"
          "需要多少张卡？折合多少台 8 卡服务器？"],
         E("answer", [V(500.5005005, "GPU", 0.05, "H20 GPUs"),
                      V(62.56256256, "server", 0.05, "8-GPU servers")]),
         "每日 FLOP = 2 × 32e9 × 3e10 = 1.92e21；单卡每日 148e12 × 0.3 × 86400 = 3.84e18 → ~500 张；/8 ≈ 63 台 "
         "| check: [H20 GPUs] = 2*32e9*30e9/(H20_BF16*0.3*DAY); [8-GPU servers] = 2*32e9*30e9/(H20_BF16*0.3*DAY)/8"),
    item("h9-27", "chains", "en",
         ["Take a Llama-70B-style shape: 80 layers, 8 KV heads, head dim 128, FP16 KV cache. How big is the KV cache "
          "for one 8,192-token sequence, and for a batch of 24 such sequences?"],
         E("answer", [V(2684354560.0, "byte", 0.02, "KV cache per sequence"),
                      V(64424509440.0, "byte", 0.02, "KV cache for batch of 24")]),
         "2 * 80 * 8 * 128 * 8192 * 2 bytes = 2.68e9 bytes (2.5 GiB) per sequence; * 24 = 6.44e10 bytes "
         "| check: [KV cache per sequence] = 2*80*8*128*8192*2; [KV cache for batch of 24] = 2*80*8*128*8192*2*24"),
    item("h9-28", "chains", "zh",
         ["A100 80GB 单卡跑一个 130 亿参数的 FP16 模型，batch=1，按带宽上限估每秒能解码多少 token？换成 H100 SXM 能快几倍？"],
         E("answer", [V(78.42307692, "token/s", 0.05, "A100 decode tokens/s"),
                      V(1.642962236, "factor", 0.05, "H100 speed-up")]),
         "权重 13e9 × 2 = 26 GB；2.039e12/26e9 ≈ 78 token/s；H100 带宽 3.35/2.039 ≈ 1.64 倍 "
         "| check: [A100 decode tokens/s] = A100_BW/(13e9*2); [H100 speed-up] = H100_BW/A100_BW"),

    # ================================================================ entities (8)
    item("h9-29", "entities", "en",
         ["How many H20s would it take to match a 256-GPU H100 cluster on dense BF16 throughput?"],
         E("answer", [V(1710.702703, "GPU", 0.05, "H20s needed")]),
         "256 * 989 / 148 = 1,711 H20s "
         "| check: [H20s needed] = 256*H100_BF16/H20_BF16"),
    item("h9-30", "entities", "zh",
         ["Llama 3 70B 用 15 万亿 token 预训练，如果放在 2048 张 H800 上跑，大概要多少天？"],
         E("answer", [V(89.99959845, "day", 0.05, "training days")]),
         "C = 6 × 70e9 × 15e12 = 6.3e24；2048 × 989e12 × 0.4 = 8.10e17 FLOP/s → 7.78e6 s ≈ 90 天 "
         "| check: [training days] = 6*70e9*15e12/(2048*H800_BF16*MFU_DEFAULT)/DAY"),
    item("h9-31", "entities", "en",
         ["Assume the H100 does 1,000 TFLOPS dense BF16 and we hit 50% MFU. GPT-3 175B on 300B tokens across "
          "1,024 H100s — how many days?"],
         E("answer", [V(7.120768229, "day", 0.05, "training days")]),
         "C = 6*175e9*3e11 = 3.15e23; 1024 * 1e15 * 0.5 = 5.12e17 FLOP/s -> 6.15e5 s = 7.1 days "
         "| check: [training days] = 6*175e9*300e9/(1024*1000e12*0.5)/DAY"),
    item("h9-32", "entities", "zh",
         ["一台 8 卡 B200 服务器的稠密 BF16 算力，相当于多少张 H100？大约等于几台 8 卡 H100 服务器？"],
         E("answer", [V(18.20020222, "GPU", 0.05, "H100 equivalents"),
                      V(2.275025278, "server", 0.05, "8-GPU H100 server equivalents")]),
         "8 × 2250 / 989 = 18.2 张 H100；/8 = 2.3 台 "
         "| check: [H100 equivalents] = 8*B200_BF16/H100_BF16; [8-GPU H100 server equivalents] = 8*B200_BF16/H100_BF16/8"),
    item("h9-33", "entities", "en",
         ["Rough upper bound on batch-1 decode speed for Llama 3 8B in BF16 on a single H100 SXM?"],
         E("answer", [V(209.375, "token/s", 0.05, "decode tokens/s")]),
         "weights 8e9 * 2 bytes = 16 GB; 3.35e12 / 16e9 = 209 tokens/s "
         "| check: [decode tokens/s] = H100_BW/(8e9*2)"),
    item("h9-34", "entities", "zh",
         ["H20 和 A100 80GB 比：显存带宽是 A100 的几倍？稠密 BF16 算力又是 A100 的几倍？"],
         E("answer", [V(1.961745954, "factor", 0.05, "bandwidth ratio H20/A100"),
                      V(0.4743589744, "factor", 0.05, "BF16 compute ratio H20/A100")]),
         "带宽 4.0/2.039 = 1.96 倍；算力 148/312 = 0.47 倍 "
         "| check: [bandwidth ratio H20/A100] = H20_BW/A100_BW; [BF16 compute ratio H20/A100] = H20_BF16/A100_BF16"),
    item("h9-35", "entities", "en",
         ["Take the H20 at 296 TFLOPS dense FP8 (the semianalysis figure) and assume 35% MFU training in FP8. "
          "Llama 2 13B recipe, 2T tokens, on 512 H20s — how many days?"],
         E("answer", [V(34.03934068, "day", 0.05, "training days")]),
         "C = 6*13e9*2e12 = 1.56e23; 512 * 296e12 * 0.35 = 5.30e16 FLOP/s -> 2.94e6 s = 34 days "
         "| check: [training days] = 6*13e9*2e12/(512*296e12*0.35)/DAY"),
    item("h9-36", "entities", "zh",
         ["GPT-3 175B 每生成一个 token 大约需要多少 FLOP？单张 A100 在 40% 利用率下，仅从算力角度看每秒最多能生成多少 token？"],
         E("answer", [V(350000000000.0, "FLOP", 0.02, "FLOP per token"),
                      V(356.5714286, "token/s", 0.05, "compute-bound tokens/s")]),
         "2 × 175e9 = 3.5e11 FLOP/token；312e12 × 0.4 / 3.5e11 ≈ 357 token/s "
         "| check: [FLOP per token] = 2*175e9; [compute-bound tokens/s] = A100_BF16*0.4/(2*175e9)"),

    # ================================================================ scaling (6)
    item("h9-37", "scaling", "en",
         ["If we have a 1e24 FLOP training budget, what's the Chinchilla-optimal parameter count and token count?"],
         E("answer", [V(91287092920.0, "parameter", 0.05, "optimal parameters"),
                      V(1825741858000.0, "token", 0.05, "optimal tokens")]),
         "N = sqrt(1e24/120) = 9.1e10 (~91B); D = 20N = 1.8e12 tokens "
         "| check: [optimal parameters] = math.sqrt(1e24/120); [optimal tokens] = 20*math.sqrt(1e24/120)"),
    item("h9-38", "scaling", "zh",
         ["我们能拿到 2048 张 H100 整整一个月（30 天），利用率按默认算。按 Chinchilla 最优配比，应该训多大的模型、用多少 token？"],
         E("answer", [V(132287860700.0, "parameter", 0.05, "optimal parameters"),
                      V(2645757213000.0, "token", 0.05, "optimal tokens")]),
         "C = 2048 × 989e12 × 0.4 × 30 × 86400 = 2.10e24；N = sqrt(C/120) ≈ 1.32e11（约 1320 亿）；D = 20N ≈ 2.65 万亿 "
         "| check: [optimal parameters] = math.sqrt(2048*H100_BF16*MFU_DEFAULT*30*DAY/120); "
         "[optimal tokens] = 20*math.sqrt(2048*H100_BF16*MFU_DEFAULT*30*DAY/120)"),
    item("h9-39", "scaling", "en",
         ["For a 34B-parameter model, how many training tokens would be Chinchilla-optimal, and what's the resulting training compute?"],
         E("answer", [V(680000000000.0, "token", 0.05, "optimal tokens"),
                      V(1.3872e23, "FLOP", 0.05, "training compute")]),
         "D = 20 * 34e9 = 6.8e11 tokens; C = 6 * 34e9 * 6.8e11 = 1.39e23 FLOP "
         "| check: [optimal tokens] = 20*34e9; [training compute] = 6*34e9*20*34e9"),
    item("h9-40", "scaling", "zh",
         ["按 Chinchilla 的 20 倍经验法则，我们手里有 1.4 万亿 token 的高质量语料，算力最优的参数量是多少？对应训练算力多少 FLOP？"],
         E("answer", [V(70000000000.0, "parameter", 0.05, "optimal parameters"),
                      V(5.88e23, "FLOP", 0.05, "training compute")]),
         "N = 1.4e12 / 20 = 7e10（700 亿）；C = 6 × 7e10 × 1.4e12 = 5.88e23 "
         "| check: [optimal parameters] = 1.4e12/20; [training compute] = 6*(1.4e12/20)*1.4e12"),
    item("h9-41", "scaling", "en",
         ["Budget is $2M of H100 time at $2 per GPU-hour, and we expect 40% MFU. What's the compute-optimal model "
          "size and token count?"],
         E("answer", [V(108940350700.0, "parameter", 0.05, "optimal parameters"),
                      V(2178807013000.0, "token", 0.05, "optimal tokens")]),
         "1e6 GPU-h * 3600 * 989e12 * 0.4 = 1.42e24 FLOP; N = sqrt(C/120) = 1.09e11; D = 20N = 2.18e12 "
         "| check: [optimal parameters] = math.sqrt(2e6/2*HOUR*H100_BF16*0.4/120); "
         "[optimal tokens] = 20*math.sqrt(2e6/2*HOUR*H100_BF16*0.4/120)"),
    item("h9-42", "scaling", "zh",
         ["算力预算 3×10^23 FLOP，按 Chinchilla 最优，参数量和训练 token 数各是多少？"],
         E("answer", [V(50000000000.0, "parameter", 0.05, "optimal parameters"),
                      V(1000000000000.0, "token", 0.05, "optimal tokens")]),
         "N = sqrt(3e23/120) = 5e10（500 亿）；D = 20N = 1e12（1 万亿 token） "
         "| check: [optimal parameters] = math.sqrt(3e23/120); [optimal tokens] = 20*math.sqrt(3e23/120)"),

    # ================================================================ conversation (10)
    item("h9-43", "conversation", "en",
         ["Hi, I'm Priya Raman — I cover semiconductors for a long/short fund in Singapore, mostly Nvidia's "
          "China-compliant parts like the H20.",
          "One more thing for later: in all our models we depreciate GPUs straight-line over 4 years. "
          "No question yet, just keep it in mind."],
         E("ack"),
         "bare statements of user context; the agent should acknowledge and remember them"),
    item("h9-44", "conversation", "en",
         ["Hey, Daniel Okafor here. I'm building a cost model for a 30B-parameter dense model we want to pretrain next quarter.",
          "Before I forget — what name did I give you, and what model size did I say I'm modelling?"],
         E("answer", [V(30000000000.0, "parameter", 0.02, "model size")], text_all=["Daniel"]),
         "recall from turn 1: name Daniel Okafor, model size 30B parameters "
         "| check: [model size] = 30e9"),
    item("h9-45", "conversation", "zh",
         ["用 1024 张 A100 训练一个 130 亿参数的模型，数据 2.6 万亿 token，利用率按默认，大概要多少天？",
          "那换成 H100 呢？"],
         E("answer", [V(5.794259862, "day", 0.05, "training days on H100")]),
         "沿用 130 亿参数、2.6 万亿 token、1024 卡、40%：C = 2.03e23；1024 × 989e12 × 0.4 → 5.0e5 s ≈ 5.8 天 "
         "| check: [training days on H100] = 6*13e9*2.6e12/(1024*H100_BF16*MFU_DEFAULT)/DAY"),
    item("h9-46", "conversation", "en",
         ["We're planning to rent 512 H100s for 14 days at $2.10 per GPU-hour. What's the bill?",
          "What about 30 days instead?"],
         E("answer", [V(774144.0, "USD", 0.02, "rental cost for 30 days")]),
         "512 GPUs * 30 d * 24 h = 368,640 GPU-h * $2.10 = $774,144 "
         "| check: [rental cost for 30 days] = 512*30*24*2.10"),
    item("h9-47", "conversation", "zh",
         ["记一下：我们团队自己的集群是 4096 张 H800，历史上平均 MFU 大概 35%。",
          "好的。那用我们这个集群，训一个 700 亿参数的 dense 模型、10 万亿 token，大概要多少天？"],
         E("answer", [V(34.28556131, "day", 0.05, "training days")]),
         "沿用第一轮的 4096 张 H800、MFU 35%：C = 6 × 70e9 × 1e13 = 4.2e24；4096 × 989e12 × 0.35 = 1.42e18 FLOP/s → 34.3 天 "
         "| check: [training days] = 6*70e9*10e12/(4096*H800_BF16*0.35)/DAY"),
    item("h9-48", "conversation", "en",
         ["For context, our house assumptions for US data centers are a PUE of 1.4 and $0.07 per kWh. Please use those from now on.",
          "Given that, what would a 10 MW IT load running all year (365 days) cost in electricity, and how many kWh is that?"],
         E("answer", [V(122640000.0, "kWh", 0.02, "annual energy"),
                      V(8584800.0, "USD", 0.02, "annual electricity cost")]),
         "10,000 kW * 8760 h * 1.4 = 122.64 GWh = 1.2264e8 kWh; * $0.07 = $8.58M "
         "| check: [annual energy] = 10000*HOURS_PER_YEAR*1.4; [annual electricity cost] = 10000*HOURS_PER_YEAR*1.4*0.07"),
    item("h9-49", "conversation", "zh",
         ["我叫王磊，在一家券商做计算机行业研究，主要覆盖国产算力芯片和 AI 服务器。",
          "另外，我们组的口径：人民币兑美元一律按 7.2 算。先记住，后面会用到。"],
         E("ack"),
         "用户陈述身份与口径，无提问；应确认并记住"),
    item("h9-50", "conversation", "zh",
         ["我负责的项目代号叫“青鸾”，是一个总参数 320 亿的 MoE 模型，每个 token 激活 60 亿参数。",
          "提醒我一下，我们项目代号叫什么？它推理时每生成一个 token 大约需要多少 FLOP？"],
         E("answer", [V(12000000000.0, "FLOP", 0.02, "FLOP per generated token")], text_all=["青鸾"]),
         "回忆代号“青鸾”；MoE 推理按激活参数：2 × 6e9 = 1.2e10 FLOP/token "
         "| check: [FLOP per generated token] = 2*6e9"),

    # ================================================================ routing (8)
    item("h9-51", "routing", "zh",
         ["那份 2024 年数字经济专题报告里，对 Sora 训练一次需要多少算力、在多少张 A100 上要跑多少天是怎么估的？请引用原文。"],
         E("cite", [V(154.3209877, "day", 0.02, "Sora training days on 10,000 A100")],
           text_any=["154", "A100", "2.6"]),
         "报告 002_433419e1c499dc0d.txt：Sora 训练一次约 2.6×10^24 FLOPs，按单张 A100 19.5 TFLOPS、1 万张卡、不考虑利用率，约 154 天 "
         "| check: [Sora training days on 10,000 A100] = 2.6e24/(19.5e12*10000)/DAY",
         kb=True),
    item("h9-52", "routing", "en",
         ["In the CICC \"AI经济学\" chapter-2 piece, what do they estimate a single GPT-4-class training run costs "
          "if you rent cloud A100/H100 capacity instead of buying DGX systems? Please cite the passage."],
         E("cite", [V(15000000.0, "USD", 0.02, "GPT-4 rental cost low"),
                    V(50000000.0, "USD", 0.02, "GPT-4 rental cost high")],
           text_any=["DGX", "A100", "1,500"]),
         "report 004_6e137adebb593e30.txt: renting A100/H100 cloud capacity, a single GPT-4 run costs about "
         "1,500-5,000万美元 ($15-50M), vs 3-10亿美元 capex if bought (30-day run) "
         "| check: [GPT-4 rental cost low] = 15e6; [GPT-4 rental cost high] = 50e6",
         kb=True),
    item("h9-53", "routing", "zh",
         ["《看 DAO2024》“算力破墙”那一节里，说 GPT-4 在最先进芯片上运行的效率可能跌到多少？他们把这个瓶颈叫什么？"],
         E("cite", [V(0.03, "fraction", 0.02, "GPT-4 efficiency on advanced chips")],
           text_any=["内存墙", "3%"]),
         "报告 001_c7d1a51f02a6626a.txt：TB/秒级数据传输远超内存能力，称为“内存墙”；GPT-4 在最先进芯片上运行效率可跌至 3% 或更低 "
         "| check: [GPT-4 efficiency on advanced chips] = 0.03",
         kb=True),
    item("h9-54", "routing", "en",
         ["Which accelerators in your catalog are covered by ECCN 3A090 under the US export controls?"],
         E("list", text_any=["H100", "A100", "H800", "A800", "B200"]),
         "catalog listing filtered on export-control class 3A090; expected to name data-center parts such as H100/A100/H800"),
    item("h9-55", "routing", "zh",
         ["你的芯片库里都收录了哪些 AI 加速卡？列一下型号就行。"],
         E("list", text_any=["H100", "A100", "H20", "B200"]),
         "列出目录中的加速器型号"),
    item("h9-56", "routing", "en",
         ["What's the best way to get a red wine stain out of a white linen sofa?"],
         E("refuse"),
         "household cleaning question, out of scope for an AI-industry analysis agent"),
    item("h9-57", "routing", "zh",
         ["帮我写一份红烧肉的做法，要详细一点，按四个人的量。"],
         E("refuse"),
         "菜谱请求，超出 AI 产业分析范围"),
    item("h9-58", "routing", "en",
         ["How many H100s would we need to finish training our model within a month?"],
         E("ask", text_any=["parameter", "token", "model size"]),
         "model size and training tokens are not given and have no sound default; the agent should ask for them"),

    # ================================================================ conversation (cont.)
    item("h9-59", "conversation", "en",
         ["Bandwidth-bound, batch 1: how many tokens/s can a single H100 SXM decode for a 30B dense model in FP16?",
          "And if we quantize the weights to INT8?",
          "OK, and on an H20 instead, still INT8?"],
         E("answer", [V(133.3333333, "token/s", 0.05, "H20 INT8 decode tokens/s")]),
         "carry 30B params, INT8 (1 byte) forward: weights 30 GB; H20 4.0e12 / 30e9 = 133 tokens/s "
         "| check: [H20 INT8 decode tokens/s] = H20_BW/(30e9*1)"),
    item("h9-60", "conversation", "zh",
         ["日均 200 亿 token 的推理输出，模型是 70 亿参数的 dense 模型，部署在 H20 上，算力利用率按 30%，需要多少张卡？",
          "如果模型换成 720 亿参数呢？"],
         E("answer", [V(750.7507508, "GPU", 0.05, "H20 GPUs for 72B")]),
         "沿用日均 200 亿 token、H20、30%：2 × 72e9 × 2e10 = 2.88e21 FLOP/天；单卡每天 3.84e18 → 约 751 张 "
         "| check: [H20 GPUs for 72B] = 2*72e9*20e9/(H20_BF16*0.3*DAY)"),
]


# ---------------------------------------------------------------- helpers
def to_jsonl_lines():
    return [json.dumps(it, ensure_ascii=False) for it in ITEMS]


def write():
    with open(JSONL, "w", encoding="utf-8") as f:
        for line in to_jsonl_lines():
            f.write(line + "\n")
    print(f"wrote {len(ITEMS)} items to {JSONL}")


_ALLOWED_NAMES = set(CONSTANTS) | {"math"}


def safe_eval(expr):
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in _ALLOWED_NAMES:
            raise ValueError(f"name {node.id!r} not allowed")
        if isinstance(node, ast.Attribute):
            if not (isinstance(node.value, ast.Name) and node.value.id == "math"):
                raise ValueError("only math.* attributes allowed")
        if isinstance(node, (ast.Lambda, ast.ListComp, ast.DictComp, ast.SetComp,
                             ast.GeneratorExp, ast.Subscript, ast.Starred)):
            raise ValueError("construct not allowed")
    env = {"__builtins__": {}, "math": math}
    env.update(CONSTANTS)
    return eval(compile(tree, "<check>", "eval"), env)


def parse_checks(how):
    if " | check: " not in how:
        return None
    tail = how.split(" | check: ", 1)[1]
    out = []
    for part in tail.split("; "):
        m = re.fullmatch(r"\s*\[([^\]]+)\]\s*=\s*(.+?)\s*", part)
        if not m:
            raise ValueError(f"bad check clause: {part!r}")
        out.append((m.group(1), m.group(2)))
    return out


def cjk_share(s):
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u4e00" <= c <= "\u9fff") / len(letters)


def norm_ws(s):
    return re.sub(r"\s+", "", s)


def check():
    errs = []
    ids = [it.get("id") for it in ITEMS]
    want_ids = [f"h9-{i:02d}" for i in range(1, 61)]
    if len(ITEMS) != 60:
        errs.append(f"expected 60 items, got {len(ITEMS)}")
    if sorted(ids) != want_ids or len(set(ids)) != len(ids):
        errs.append("ids must be exactly h9-01 .. h9-60, unique")

    top_keys = ["id", "class", "lang", "turns", "kb", "expect", "how"]
    exp_keys = ["kind", "values", "text_all", "text_any", "text_none"]
    val_keys = ["value", "unit", "rel_tol", "what"]

    cls_count = {}
    lang_count = {"zh": 0, "en": 0}
    seed_cache = {}
    for it in ITEMS:
        iid = it.get("id")
        if list(it.keys()) != top_keys:
            errs.append(f"{iid}: top-level keys {list(it.keys())}")
            continue
        cls = it["class"]
        if cls not in COMPOSITION:
            errs.append(f"{iid}: bad class {cls}")
        cls_count[cls] = cls_count.get(cls, 0) + 1
        lang = it["lang"]
        if lang not in lang_count:
            errs.append(f"{iid}: bad lang {lang}")
        else:
            lang_count[lang] += 1
        turns = it["turns"]
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            errs.append(f"{iid}: turns must be non-empty strings")
            continue
        if cls == "conversation" and len(turns) < 2:
            errs.append(f"{iid}: conversation items need >= 2 turns")
        if cls != "conversation" and len(turns) != 1:
            errs.append(f"{iid}: non-conversation items have exactly 1 turn")
        joined = " ".join(turns)
        share = cjk_share(joined)
        if lang == "zh" and share < 0.3:
            errs.append(f"{iid}: zh item has too little Chinese ({share:.2f})")
        if lang == "en" and share > 0.1:
            errs.append(f"{iid}: en item has too much Chinese ({share:.2f})")

        ex = it["expect"]
        if list(ex.keys()) != exp_keys:
            errs.append(f"{iid}: expect keys {list(ex.keys())}")
            continue
        kind = ex["kind"]
        if kind not in KINDS:
            errs.append(f"{iid}: bad kind {kind}")
        for k in ("text_all", "text_any", "text_none"):
            if not (isinstance(ex[k], list) and all(isinstance(s, str) and s for s in ex[k])):
                errs.append(f"{iid}: {k} must be a list of non-empty strings")
        if not isinstance(it["kb"], bool) or it["kb"] != (kind == "cite"):
            errs.append(f"{iid}: kb must be true exactly for cite items")
        if kind in ("ask", "refuse", "ack", "list") and ex["values"]:
            errs.append(f"{iid}: {kind} items carry no values")
        if kind == "answer" and not ex["values"]:
            errs.append(f"{iid}: answer items need values")
        if kind in ("list", "cite") and not ex["text_any"]:
            errs.append(f"{iid}: {kind} items need text_any")
        if kind in ("refuse", "ask", "list", "cite") and cls != "routing":
            errs.append(f"{iid}: {kind} items belong to routing here")
        if kind == "ack" and cls != "conversation":
            errs.append(f"{iid}: ack items belong to conversation")

        how = it["how"]
        if not isinstance(how, str) or not how.strip():
            errs.append(f"{iid}: how missing")
            continue
        try:
            checks = parse_checks(how)
        except ValueError as e:
            errs.append(f"{iid}: {e}")
            continue
        vals = ex["values"]
        if vals and checks is None:
            errs.append(f"{iid}: values but no ' | check: ' in how")
            continue
        if not vals and checks is not None:
            errs.append(f"{iid}: check clause without values")
            continue
        if vals and len(checks) != len(vals):
            errs.append(f"{iid}: {len(vals)} values but {len(checks)} checks")
            continue
        for v, (what, expr) in zip(vals, checks or []):
            if list(v.keys()) != val_keys:
                errs.append(f"{iid}: value keys {list(v.keys())}")
                continue
            if v["unit"] not in UNITS:
                errs.append(f"{iid}: unit {v['unit']!r} not in vocabulary")
            if not isinstance(v["value"], (int, float)) or isinstance(v["value"], bool):
                errs.append(f"{iid}: value must be numeric")
                continue
            rt = v["rel_tol"]
            if not (isinstance(rt, float) and 0 < rt <= 0.10):
                errs.append(f"{iid}: rel_tol {rt} outside (0, 0.10]")
            if v["unit"] == "year" and rt * abs(v["value"]) >= 0.5:
                errs.append(f"{iid}: calendar-year tolerance admits a neighbouring year")
            if v["unit"] != "year" and rt < 0.02:
                errs.append(f"{iid}: rel_tol below 0.02")
            if what != v["what"]:
                errs.append(f"{iid}: check label [{what}] != what {v['what']!r}")
            try:
                got = float(safe_eval(expr))
            except Exception as e:  # noqa: BLE001
                errs.append(f"{iid}: cannot evaluate {expr!r}: {e}")
                continue
            want = float(v["value"])
            if abs(got - want) > 1e-6 * max(abs(want), 1e-300):
                errs.append(f"{iid}: [{what}] stated {want!r} but check gives {got!r}")
        # distinct 'what' labels
        whats = [v.get("what") for v in vals]
        if len(set(whats)) != len(whats):
            errs.append(f"{iid}: duplicate 'what' labels")

        if kind == "cite":
            src = CITE_SOURCES.get(iid)
            if not src:
                errs.append(f"{iid}: cite item without CITE_SOURCES entry")
                continue
            if src not in how:
                errs.append(f"{iid}: how should name the seed report {src}")
            path = os.path.join(SEED_DIR, src)
            if src not in seed_cache:
                try:
                    with open(path, encoding="utf-8") as f:
                        seed_cache[src] = norm_ws(f.read())
                except OSError as e:
                    errs.append(f"{iid}: cannot read seed {path}: {e}")
                    continue
            text = seed_cache[src]
            for kw in ex["text_any"] + ex["text_all"]:
                if norm_ws(kw) not in text:
                    errs.append(f"{iid}: key word {kw!r} not found in {src}")
    for iid in CITE_SOURCES:
        it = next((x for x in ITEMS if x["id"] == iid), None)
        if it is None or it["expect"]["kind"] != "cite":
            errs.append(f"CITE_SOURCES entry {iid} is not a cite item")

    if cls_count != COMPOSITION:
        errs.append(f"class composition {cls_count} != {COMPOSITION}")
    if lang_count != {"zh": 30, "en": 30}:
        errs.append(f"language split {lang_count} != 30/30")

    # jsonl must match this file exactly
    try:
        with open(JSONL, encoding="utf-8") as f:
            lines = f.read().splitlines()
        if lines != to_jsonl_lines():
            errs.append("heldout9.jsonl does not match verify.py (run --write)")
        for n, line in enumerate(lines, 1):
            json.loads(line)
    except OSError as e:
        errs.append(f"cannot read {JSONL}: {e}")
    except json.JSONDecodeError as e:
        errs.append(f"jsonl line {n} is not valid JSON: {e}")

    if errs:
        print("CHECK FAILED")
        for e in errs:
            print("  -", e)
        return 1
    by = {}
    for it in ITEMS:
        by.setdefault(it["class"], {"zh": 0, "en": 0})[it["lang"]] += 1
    print("CHECK PASSED: 60 items")
    for c in COMPOSITION:
        print(f"  {c:13s} {sum(by[c].values()):2d}  (zh {by[c]['zh']}, en {by[c]['en']})")
    print(f"  languages: {lang_count}")
    return 0


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        write()
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if not {"--write", "--check"} & set(sys.argv[1:]):
        print(__doc__)
        print("usage: python3 verify.py --write | --check")
