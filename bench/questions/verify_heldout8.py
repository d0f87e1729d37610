#!/usr/bin/env python3
"""heldout8 — blind evaluation set for Zhiti (60 items, 30 zh / 30 en).

This file is the source of truth. `python3 verify.py --write` writes heldout8.jsonl next to it;
`python3 verify.py --check` validates the items and that heldout8.jsonl matches them.

Conventions used for every expected value
-----------------------------------------
- Training compute C = 6 * N * D, with N the *active* parameters for an MoE model.
- Inference: 2 * N FLOP per generated token (N active parameters).
- Utilisation (MFU) 40% of the dense BF16 peak when the question states none.
- Dense BF16 peaks: A100 312e12, H100 / H800 989e12, H20 148e12, B200 2250e12 FLOP/s.
- HBM bandwidth: A100 80GB 2.039e12, H100 SXM 3.35e12, H20 4.0e12 byte/s.
- Bandwidth-bound decode (batch 1): tokens/s = memory bandwidth / bytes of weights read per token.
- A day is 86,400 s, an hour 3,600 s, a (non-leap) year 365 days = 8,760 h.
- CAGR = (end/start)^(1/(end_year - start_year)) - 1 (over the difference of the years).
- KV cache bytes = 2 * layers * KV heads * head dim * sequence * batch * bytes per value.
- Energy (kWh) = units * kW per unit * hours * PUE.
- Chinchilla compute-optimal: D = 20 * N and C = 6 * N * D, so N = sqrt(C / 120), D = 20 * N.
- "The year a target is first reached" counts whole years from the start year (ceil of the periods);
  questions are worded so that rounding and ceiling give the same year.
- Percentages are fractions (0.25 for 25%); a calendar year has a tolerance below half a year.
"""
import ast
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "heldout8.jsonl")
SEEDS = "/work/shared/seeds"

# ---- named constants (the only names, besides math functions, that check expressions may use) ----
A100_BF16 = 312e12      # FLOP/s dense BF16
H100_BF16 = 989e12
H800_BF16 = 989e12
H20_BF16 = 148e12
B200_BF16 = 2250e12
A100_BW = 2.039e12      # byte/s, A100 80GB
H100_BW = 3.35e12       # byte/s, H100 SXM
H20_BW = 4.0e12         # byte/s
MFU = 0.4               # default utilisation
DAY = 86400.0           # s
HOUR = 3600.0           # s
YEAR_H = 8760.0         # h in a 365-day year
CHIN = 20.0             # Chinchilla tokens per parameter

CONSTS = {k: v for k, v in dict(globals()).items() if re.fullmatch(r"[A-Z][A-Z0-9_]*", k)
          and isinstance(v, float)}
MATH = {n: getattr(math, n) for n in ("log", "log2", "log10", "exp", "sqrt", "ceil", "floor", "pow")}
NAMESPACE = {**CONSTS, **MATH}

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years",
         "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s",
         "token/day", "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASSES = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}

SEED_FILES = {
    "000": "000_52d4eb4e6b7dac08.txt",
    "001": "001_c7d1a51f02a6626a.txt",
    "002": "002_433419e1c499dc0d.txt",
    "004": "004_6e137adebb593e30.txt",
}


def v(value, unit, rel_tol, what):
    return {"value": float(value), "unit": unit, "rel_tol": rel_tol, "what": what}


def item(cls, lang, turns, kind, values=(), how="", text_all=(), text_any=(), text_none=(), seed=None):
    d = {"class": cls, "lang": lang, "turns": list(turns), "kb": kind == "cite",
         "expect": {"kind": kind, "values": list(values), "text_all": list(text_all),
                    "text_any": list(text_any), "text_none": list(text_none)},
         "how": how}
    if seed:
        d["seed"] = seed
    return d


YR = 0.0002  # rel_tol for a calendar year: 2030 * 0.0002 = 0.41 year

ITEMS = [
    # ------------------------------------------------------------------ own_numbers (14: 7 en, 7 zh)
    item("own_numbers", "en",
         ["Quick sanity check for a deck: the global cloud computing market was about $112 billion in 2016 "
          "and reached $676 billion in 2024. How many times larger is it, and what compound annual growth "
          "rate does that imply?"],
         "answer",
         [v(6.0357142857, "factor", 0.02, "growth factor"), v(0.2519618182, "fraction", 0.02, "CAGR")],
         "factor = 676/112; CAGR over 2024-2016 = 8 years = factor^(1/8) - 1"
         " | check: [growth factor] = 676/112; [CAGR] = (676/112)**(1/8) - 1"),
    item("own_numbers", "en",
         ["If the cost of a unit of AI compute falls 30% every year, how long does it take for the cost to halve?"],
         "answer",
         [v(1.943358, "years", 0.02, "halving time")],
         "each year the cost is multiplied by 0.7; halving time = ln(0.5)/ln(0.7)"
         " | check: [halving time] = log(0.5)/log(0.7)"),
    item("own_numbers", "en",
         ["An API currently lists at $10 per million output tokens. If list prices keep falling 60% a year, "
          "what would that price be three years from now?"],
         "answer",
         [v(0.64, "USD", 0.02, "price per million tokens after 3 years")],
         "10 * (1 - 0.6)^3"
         " | check: [price per million tokens after 3 years] = 10*(1-0.6)**3"),
    item("own_numbers", "en",
         ["Our GPU fleet stood at 20,000 accelerators at the end of 2024. Planning assumes it grows 31% a year. "
          "In which year does the year-end count first exceed 100,000?"],
         "answer",
         [v(2030, "year", YR, "year fleet first exceeds 100,000")],
         "periods n = ln(100000/20000)/ln(1.31) = 5.96, so the 6th year-end after 2024, i.e. 2030"
         " | check: [year fleet first exceeds 100,000] = 2024 + ceil(log(100000/20000)/log(1.31))"),
    item("own_numbers", "en",
         ["For the Frankfurt version of the memo, convert the $6.6 billion inference-server capex estimate into "
          "euros. Use 1 USD = 0.92 EUR."],
         "answer",
         [v(6.072e9, "EUR", 0.02, "capex in EUR")],
         "6.6e9 USD * 0.92 EUR/USD"
         " | check: [capex in EUR] = 6.6e9*0.92"),
    item("own_numbers", "en",
         ["Email from finance: after we moved batch jobs to spot instances, the monthly GPU bill went from "
          "$4.5M in March to $3.6M in April. By what percentage did it fall?"],
         "answer",
         [v(0.2, "fraction", 0.02, "percentage decline")],
         "(4.5 - 3.6)/4.5"
         " | check: [percentage decline] = (4.5-3.6)/4.5"),
    item("own_numbers", "en",
         ["A slide claims the price of a million GPT-class tokens fell from $60 in March 2021 to $0.50 in March "
          "2024. By what factor did it drop, and what average annual rate of decline does that imply?"],
         "answer",
         [v(120, "factor", 0.02, "drop factor"), v(0.7972599335, "fraction", 0.02, "annual decline")],
         "factor = 60/0.5; 3 years; annual decline = 1 - (0.5/60)^(1/3)"
         " | check: [drop factor] = 60/0.5; [annual decline] = 1 - (0.5/60)**(1/3)"),
    item("own_numbers", "zh",
         ["在写本周的行业周报，其中一段引用了某券商的预测：中国AI服务器市场规模将从2021年的350亿元增长到"
          "2026年的1089.4亿元，出货量2026年预计64.5万台。原文给的复合增速我觉得对不上，"
          "麻烦按这两个市场规模数字重新算一下年均复合增速是多少？"],
         "answer",
         [v(0.2549426095, "fraction", 0.02, "CAGR")],
         "CAGR 跨 2026-2021 = 5 年：(1089.4/350)^(1/5) - 1"
         " | check: [CAGR] = (1089.4/350)**(1/5) - 1"),
    item("own_numbers", "zh",
         ["英伟达AI芯片的单芯片算力从2012年到2022年，10年间提升了1000倍。这相当于大约多长时间翻一番？"],
         "answer",
         [v(1.003433, "years", 0.02, "doubling time")],
         "翻倍时间 = 10 * ln2 / ln1000"
         " | check: [doubling time] = 10*log(2)/log(1000)"),
    item("own_numbers", "zh",
         ["假设硬件进步让AI训练单位成本每年下降53%，算法改进又让训练成本每年再下降47%，"
          "两者叠加后，训练成本每年合计下降多少？"],
         "answer",
         [v(0.7509, "fraction", 0.02, "combined annual decline")],
         "剩余比例相乘：(1-0.53)*(1-0.47) = 0.2491，合计降幅 = 1 - 0.2491"
         " | check: [combined annual decline] = 1 - (1-0.53)*(1-0.47)"),
    item("own_numbers", "zh",
         ["2024年全球云计算市场规模6760亿美元，其中SaaS 2440亿美元、PaaS 1760亿美元、IaaS 1820亿美元。"
          "SaaS占多大比例？PaaS和IaaS合计又占多少？"],
         "answer",
         [v(0.360947, "fraction", 0.02, "SaaS share"), v(0.529586, "fraction", 0.02, "PaaS+IaaS share")],
         "SaaS 2440/6760；PaaS+IaaS (1760+1820)/6760"
         " | check: [SaaS share] = 2440/6760; [PaaS+IaaS share] = (1760+1820)/6760"),
    item("own_numbers", "zh",
         ["一台八卡H100服务器报价230万元人民币，按1美元兑7.25元人民币换算，约合多少美元？"],
         "answer",
         [v(317241.38, "USD", 0.02, "price in USD")],
         "2,300,000 / 7.25"
         " | check: [price in USD] = 2300000/7.25"),
    item("own_numbers", "zh",
         ["全球服务器市场2022年为848.7亿美元，2023年为907.8亿美元，同比增长了百分之多少？"],
         "answer",
         [v(0.06963591375, "fraction", 0.02, "YoY growth")],
         "907.8/848.7 - 1"
         " | check: [YoY growth] = 907.8/848.7 - 1"),
    item("own_numbers", "zh",
         ["如果每GFLOPS的算力成本每年下降三成，十年之后成本只剩原来的多少？"],
         "answer",
         [v(0.0282475, "fraction", 0.02, "remaining share of cost")],
         "每年乘以 0.7，十年 0.7^10"
         " | check: [remaining share of cost] = 0.7**10"),

    # ------------------------------------------------------------------ chains (14: 7 en, 7 zh)
    item("chains", "en",
         ["We're scoping a pretraining run: a 13B dense model on 3T tokens, on 512 H100s at 45% MFU. "
          "What's the total training compute, and roughly how many days of wall-clock does that take?"],
         "answer",
         [v(2.34e23, "FLOP", 0.02, "training compute"), v(11.88566126, "day", 0.05, "wall-clock days")],
         "C = 6*13e9*3e12; time = C/(512 * 989e12 * 0.45) s / 86400"
         " | check: [training compute] = 6*13e9*3e12; [wall-clock days] = 6*13e9*3e12/(512*H100_BF16*0.45)/DAY"),
    item("chains", "en",
         ["Rough cloud bill for training a 70B-parameter dense model on 1.4 trillion tokens on rented A100s: "
          "how many GPU-hours, and what does it cost at $1.80 per GPU-hour?"],
         "answer",
         [v(1308760.68, "GPU-hour", 0.05, "GPU-hours"), v(2355769.23, "USD", 0.05, "rental cost")],
         "C = 6*70e9*1.4e12 = 5.88e23; GPU-hours = C/(312e12*0.4 default MFU)/3600; cost = GPU-hours * 1.80"
         " | check: [GPU-hours] = 6*70e9*1.4e12/(A100_BF16*MFU)/HOUR;"
         " [rental cost] = 6*70e9*1.4e12/(A100_BF16*MFU)/HOUR*1.80"),
    item("chains", "en",
         ["Upper bound on single-stream decode speed for a 13B dense model with FP16 weights on one A100 80GB, "
          "assuming decoding is purely memory-bandwidth bound?"],
         "answer",
         [v(78.4231, "token/s", 0.05, "decode tokens/s")],
         "weights = 13e9 * 2 bytes; tokens/s = 2.039e12 / 26e9"
         " | check: [decode tokens/s] = A100_BW/(13e9*2)"),
    item("chains", "en",
         ["How much KV cache do we need for a model with 80 layers, 8 KV heads and head dimension 128, "
          "FP16 values, a 32,768-token context and a batch of 16 sequences?"],
         "answer",
         [v(1.7179869184e11, "byte", 0.02, "KV cache bytes")],
         "2 * 80 * 8 * 128 * 32768 * 16 * 2 bytes"
         " | check: [KV cache bytes] = 2*80*8*128*32768*16*2"),
    item("chains", "en",
         ["A 405B dense model generates on average 600 tokens per answer. How many FLOP is one answer? "
          "If we serve 10 million answers a day on H100s, how many GPUs does that take?"],
         "answer",
         [v(4.86e14, "FLOP", 0.02, "FLOP per answer"), v(142.1890799, "GPU", 0.05, "H100 GPUs")],
         "2*N per token: 2*405e9*600; daily 4.86e21 FLOP / (989e12 * 0.4 * 86400) per GPU-day"
         " | check: [FLOP per answer] = 2*405e9*600; [H100 GPUs] = 2*405e9*600*1e7/(H100_BF16*MFU*DAY)"),
    item("chains", "en",
         ["Capacity planning for the China region. Product expects usage to settle at around 200 billion generated "
          "tokens per day once the assistant ships inside the office suite; the backend is our 70B dense model and, "
          "for supply reasons, it will be served on H20s only. Procurement needs a number by Friday: treating "
          "inference as compute-bound, how many H20s is that, and how many 8-GPU servers?"],
         "answer",
         [v(5474.224224, "GPU", 0.05, "H20 GPUs"), v(684.278028, "server", 0.05, "8-GPU servers")],
         "FLOP/day = 2*70e9*2e11 = 2.8e22; per H20 per day 148e12*0.4*86400; servers = GPUs/8"
         " | check: [H20 GPUs] = 2*70e9*2e11/(H20_BF16*MFU*DAY); [8-GPU servers] = 2*70e9*2e11/(H20_BF16*MFU*DAY)/8"),
    item("chains", "en",
         ["Energy for our last run: 4,096 H100s at 700 W each for 54 days, facility PUE 1.2. How many MWh, "
          "and what's the electricity bill at $0.08 per kWh?"],
         "answer",
         [v(4459.06944, "MWh", 0.02, "energy MWh"), v(356725.5552, "USD", 0.02, "electricity cost")],
         "4096 * 0.7 kW * 54*24 h * 1.2 = 4,459,069 kWh; cost = kWh * 0.08"
         " | check: [energy MWh] = 4096*0.7*54*24*1.2/1000; [electricity cost] = 4096*0.7*54*24*1.2*0.08"),
    item("chains", "zh",
         ["一个2048张H800组成的训练集群，每张卡按700W计，连续跑30天，数据中心PUE为1.3。总耗电多少千瓦时？"
          "按每千瓦时0.6元算，电费多少元？"],
         "answer",
         [v(1341849.6, "kWh", 0.02, "energy kWh"), v(805109.76, "CNY", 0.02, "electricity cost")],
         "2048 * 0.7 kW * 720 h * 1.3；电费 = kWh * 0.6"
         " | check: [energy kWh] = 2048*0.7*30*24*1.3; [electricity cost] = 2048*0.7*30*24*1.3*0.6"),
    item("chains", "zh",
         ["我们的产品每天要生成500亿个token，底座是700亿参数的稠密模型，部署在H100上，"
          "按算力受限估算，大概需要多少张卡？"],
         "answer",
         [v(204.799, "GPU", 0.05, "H100 GPUs")],
         "每天 FLOP = 2*70e9*5e10 = 7e21；每卡每天 989e12*0.4*86400"
         " | check: [H100 GPUs] = 2*70e9*5e10/(H100_BF16*MFU*DAY)"),
    item("chains", "zh",
         ["某MoE模型总参数6710亿，每个token激活370亿参数，预训练14.8万亿token。训练算力是多少FLOP？"
          "如果用2048张H800，利用率按40%，要训练多少天？"],
         "answer",
         [v(3.2856e24, "FLOP", 0.02, "training compute"), v(46.93693344, "day", 0.05, "training days")],
         "C = 6 * 37e9(激活) * 14.8e12；天数 = C/(2048*989e12*0.4)/86400"
         " | check: [training compute] = 6*37e9*14.8e12; [training days] = 6*37e9*14.8e12/(2048*H800_BF16*MFU)/DAY"),
    item("chains", "zh",
         ["租1024张H100跑45天，每卡时2.5美元，一共多少卡时、多少美元？按1美元兑7.2元人民币合多少人民币？"],
         "answer",
         [v(1105920, "GPU-hour", 0.02, "GPU-hours"), v(2764800, "USD", 0.02, "rental cost USD"),
          v(19906560, "CNY", 0.02, "rental cost CNY")],
         "卡时 = 1024*45*24；美元 = 卡时*2.5；人民币 = 美元*7.2"
         " | check: [GPU-hours] = 1024*45*24; [rental cost USD] = 1024*45*24*2.5;"
         " [rental cost CNY] = 1024*45*24*2.5*7.2"),
    item("chains", "zh",
         ["推理集群有300台8卡H20服务器，每台整机功耗6.5kW，PUE 1.25，全年365天满负荷运行，电价0.45元/kWh。"
          "一年用电多少kWh，电费多少元？"],
         "answer",
         [v(21352500, "kWh", 0.02, "annual energy"), v(9608625, "CNY", 0.02, "annual electricity cost")],
         "300 * 6.5 kW * 8760 h * 1.25；电费 = kWh * 0.45"
         " | check: [annual energy] = 300*6.5*YEAR_H*1.25; [annual electricity cost] = 300*6.5*YEAR_H*1.25*0.45"),
    item("chains", "zh",
         ["在单张H20上部署一个320亿参数的稠密模型，权重INT8量化（每参数1字节），batch=1时受显存带宽限制，"
          "理论解码速度上限是每秒多少token？"],
         "answer",
         [v(125, "token/s", 0.05, "decode tokens/s")],
         "权重 32e9 字节；4.0e12 / 32e9"
         " | check: [decode tokens/s] = H20_BW/(32e9*1)"),
    item("chains", "zh",
         ["模型32层，KV头8个，head_dim 128，KV用BF16存储，上下文8192，同时64路并发，KV cache一共要多少字节？"],
         "answer",
         [v(68719476736, "byte", 0.02, "KV cache bytes")],
         "2 * 32 * 8 * 128 * 8192 * 64 * 2 字节"
         " | check: [KV cache bytes] = 2*32*8*128*8192*64*2"),

    # ------------------------------------------------------------------ entities (8: 4 en, 4 zh)
    item("entities", "en",
         ["How many H20s would it take to match 100 H100s on dense BF16 throughput?"],
         "answer",
         [v(668.243, "GPU", 0.05, "H20 count")],
         "100 * 989 / 148"
         " | check: [H20 count] = 100*H100_BF16/H20_BF16"),
    item("entities", "en",
         ["Assume the H100 does 1000 TFLOPS dense BF16. Training Llama 3 8B on 15T tokens on 1,024 H100s at "
          "40% utilisation — how many days?"],
         "answer",
         [v(20.34505208, "day", 0.05, "training days")],
         "C = 6*8e9*15e12 = 7.2e23; time = C/(1024*1000e12*0.4)/86400 (stated 1000 TFLOPS overrides 989)"
         " | check: [training days] = 6*8e9*15e12/(1024*1000e12*0.4)/DAY"),
    item("entities", "en",
         ["GPT-3 175B was trained on about 300B tokens. What's the training compute, and how long would that "
          "take on 1,024 A100s?"],
         "answer",
         [v(3.15e23, "FLOP", 0.02, "training compute"), v(28.5287, "day", 0.05, "training days")],
         "C = 6*175e9*300e9; days = C/(1024*312e12*0.4 default)/86400"
         " | check: [training compute] = 6*175e9*300e9; [training days] = 6*175e9*300e9/(1024*A100_BF16*MFU)/DAY"),
    item("entities", "en",
         ["How many A100s equal one 8x B200 server in dense BF16 peak?"],
         "answer",
         [v(57.6923, "GPU", 0.05, "A100 count")],
         "8 * 2250 / 312"
         " | check: [A100 count] = 8*B200_BF16/A100_BF16"),
    item("entities", "zh",
         ["Llama 3 70B每生成一个token需要多少FLOP？BF16权重放在一张H100上、batch=1时，"
          "按显存带宽算解码上限每秒多少token？"],
         "answer",
         [v(1.4e11, "FLOP", 0.05, "FLOP per token"), v(23.92857143, "token/s", 0.05, "decode tokens/s")],
         "2*70e9；权重 70e9*2 字节，3.35e12/140e9"
         " | check: [FLOP per token] = 2*70e9; [decode tokens/s] = H100_BW/(70e9*2)"),
    item("entities", "zh",
         ["B200比A100的稠密BF16算力高几倍？"],
         "answer",
         [v(7.21154, "factor", 0.05, "B200/A100 ratio")],
         "2250 / 312"
         " | check: [B200/A100 ratio] = B200_BF16/A100_BF16"),
    item("entities", "zh",
         ["假设H800的显存带宽是3.35 TB/s。一个MoE模型每个token激活370亿参数，权重FP8（每参数1字节），"
          "batch=1时只计激活参数的读取，单卡每秒最多能生成多少token？"],
         "answer",
         [v(90.5405, "token/s", 0.05, "decode tokens/s")],
         "3.35e12 / (37e9 * 1)"
         " | check: [decode tokens/s] = 3.35e12/(37e9*1)"),
    item("entities", "zh",
         ["假设H20实际可用的稠密BF16算力只有120 TFLOPS（而不是标称值）。用1000张H20训练一个70亿参数模型，"
          "数据2万亿token，利用率40%，需要多少天？"],
         "answer",
         [v(20.25462963, "day", 0.05, "training days")],
         "C = 6*7e9*2e12 = 8.4e22；时间 = C/(1000*120e12*0.4)/86400（用题设 120 TFLOPS）"
         " | check: [training days] = 6*7e9*2e12/(1000*120e12*0.4)/DAY"),

    # ------------------------------------------------------------------ routing (8: 4 en, 4 zh)
    item("routing", "zh",
         ["中金《AI经济学》第二章里，GPT-3和GPT-4级别的大模型单次训练如果采用云上算力租赁，成本分别是多少？"],
         "cite", [],
         "source: seeds/004_6e137adebb593e30.txt — 图表2.12 前文：GPT-3 单次训练 40-120万美元，GPT-4 1,500-5,000万美元",
         text_any=["40-120", "1,500-5,000"], seed="004"),
    item("routing", "zh",
         ["《2024年数字经济专题》是怎么测算ChatGPT推理算力需求的？需要多少张T4、多少台服务器，对应多少推理服务器需求？"],
         "cite", [],
         "source: seeds/002_433419e1c499dc0d.txt — 182 万个 T4GPU，22.75 万台 8*T4 服务器，推理服务器需求 66 亿美元",
         text_any=["182", "22.75", "T4"], seed="002"),
    item("routing", "en",
         ["What does the Weijin Research report 看DAO2024 say about the 'memory wall', and how efficiently "
          "does it say GPT-4 can run on the most advanced chips?"],
         "cite", [],
         "source: seeds/001_c7d1a51f02a6626a.txt — 算力破墙 section: 内存墙; GPT-4 efficiency can fall to 3% or lower",
         text_any=["内存墙", "3%"], seed="001"),
    item("routing", "en",
         ["Which accelerators in your catalog are covered by US export-control classification 3A090?"],
         "list", [],
         "catalog listing of chips whose export-control class is 3A090",
         text_any=["H100", "A100", "H800", "A800"]),
    item("routing", "zh",
         ["列出你的芯片目录里收录了哪些AI加速器。"],
         "list", [],
         "catalog listing of accelerators",
         text_any=["H100", "A100", "H20", "B200"]),
    item("routing", "en",
         ["What's the weather going to be like in Shanghai this weekend?"],
         "refuse", [],
         "out of scope for an AI-industry analysis agent (weather forecast)"),
    item("routing", "zh",
         ["训练一个大模型大概要花多少钱？"],
         "ask", [],
         "no model size, token count or hardware given, and none has a sound default; ask for them",
         text_any=["参数", "token", "规模", "数据量"]),
    item("routing", "en",
         ["How many GPUs do I need to serve my chatbot?"],
         "ask", [],
         "no traffic volume (tokens or queries per day) and no model size; ask for them",
         text_any=["traffic", "queries", "tokens", "model size", "parameters"]),

    # ------------------------------------------------------------------ scaling (6: 3 en, 3 zh)
    item("scaling", "en",
         ["We have a 1e24 FLOP training budget. What are the Chinchilla compute-optimal parameter count and "
          "number of training tokens?"],
         "answer",
         [v(9.12871e10, "parameter", 0.05, "optimal parameters"), v(1.825742e12, "token", 0.05, "optimal tokens")],
         "N = sqrt(C/120), D = 20*N"
         " | check: [optimal parameters] = sqrt(1e24/120); [optimal tokens] = CHIN*sqrt(1e24/120)"),
    item("scaling", "en",
         ["Board wants to know what we can train: 2,048 H100s for 60 days at 40% MFU. What's the compute "
          "budget, and what size model and token count would be Chinchilla-optimal for it?"],
         "answer",
         [v(4.2000187392e24, "FLOP", 0.05, "compute budget"), v(1.870832867e11, "parameter", 0.05, "optimal parameters"),
          v(3.741665734e12, "token", 0.05, "optimal tokens")],
         "C = 2048*989e12*0.4*60*86400 = 4.2e24; N = sqrt(C/120); D = 20N"
         " | check: [compute budget] = 2048*H100_BF16*MFU*60*DAY;"
         " [optimal parameters] = sqrt(2048*H100_BF16*MFU*60*DAY/120);"
         " [optimal tokens] = CHIN*sqrt(2048*H100_BF16*MFU*60*DAY/120)"),
    item("scaling", "en",
         ["Compute-optimal token count for a 13B model?"],
         "answer",
         [v(2.6e11, "token", 0.05, "optimal tokens")],
         "D = 20 * 13e9"
         " | check: [optimal tokens] = CHIN*13e9"),
    item("scaling", "zh",
         ["按Chinchilla法则，一个700亿参数的模型应该训练多少token？对应的训练算力是多少FLOP？"],
         "answer",
         [v(1.4e12, "token", 0.05, "optimal tokens"), v(5.88e23, "FLOP", 0.05, "training compute")],
         "D = 20*70e9；C = 6*N*D"
         " | check: [optimal tokens] = CHIN*70e9; [training compute] = 6*70e9*CHIN*70e9"),
    item("scaling", "zh",
         ["算力预算是5×10^25 FLOP，计算最优的模型参数量和训练数据量各是多少？"],
         "answer",
         [v(6.454972e11, "parameter", 0.05, "optimal parameters"), v(1.2909944e13, "token", 0.05, "optimal tokens")],
         "N = sqrt(C/120)，D = 20N"
         " | check: [optimal parameters] = sqrt(5e25/120); [optimal tokens] = CHIN*sqrt(5e25/120)"),
    item("scaling", "zh",
         ["我们有1亿美元的训练预算，租H100每卡时2美元，利用率按40%。这些钱能买到多少训练算力？"
          "按Chinchilla最优配比，能训多大的模型、用多少token？"],
         "answer",
         [v(7.1208e25, "FLOP", 0.05, "compute budget"), v(7.703247e11, "parameter", 0.05, "optimal parameters"),
          v(1.5406493e13, "token", 0.05, "optimal tokens")],
         "卡时 = 1e8/2 = 5e7；C = 5e7*3600*989e12*0.4；N = sqrt(C/120)；D = 20N"
         " | check: [compute budget] = 1e8/2*HOUR*H100_BF16*MFU;"
         " [optimal parameters] = sqrt(1e8/2*HOUR*H100_BF16*MFU/120);"
         " [optimal tokens] = CHIN*sqrt(1e8/2*HOUR*H100_BF16*MFU/120)"),

    # ------------------------------------------------------------------ conversation (10: 5 en, 5 zh)
    item("conversation", "en",
         ["Hi — I'm Maya Chen, I cover semiconductors for a Singapore-based fund.",
          "One more thing to keep in mind: our house view prices H100 rental at $2.20 per GPU-hour for the rest "
          "of this year."],
         "ack", [],
         "bare statements to remember; acknowledge"),
    item("conversation", "en",
         ["My name is Daniel Okafor and I run infrastructure planning at a cloud startup in Lagos.",
          "We're budgeting for a first batch of H100s next quarter.",
          "Before we go on — what's my name, and where do I work?"],
         "answer", [],
         "recall the stated name and employer",
         text_all=["Daniel", "Okafor"], text_any=["Lagos", "cloud startup"]),
    item("conversation", "en",
         ["How long would it take to train a 7B model on 1T tokens using 256 A100s?",
          "And on H100s?"],
         "answer",
         [v(4.799978584, "day", 0.05, "training days on H100")],
         "C = 6*7e9*1e12 = 4.2e22; on 256 H100 at default 40%: C/(256*989e12*0.4)/86400"
         " | check: [training days on H100] = 6*7e9*1e12/(256*H100_BF16*MFU)/DAY"),
    item("conversation", "en",
         ["What does it cost to rent 512 H100s for 14 days at $2.10 per GPU-hour?",
          "What about 30 days instead?"],
         "answer",
         [v(774144, "USD", 0.02, "rental cost for 30 days")],
         "512 * 30*24 h * 2.10"
         " | check: [rental cost for 30 days] = 512*30*24*2.10"),
    item("conversation", "en",
         ["For context, our whole cluster is 1,200 H20 GPUs.",
          "How many H100s would give us the same dense BF16 throughput?"],
         "answer",
         [v(179.5753286, "GPU", 0.05, "equivalent H100s")],
         "1200 * 148 / 989"
         " | check: [equivalent H100s] = 1200*H20_BF16/H100_BF16"),
    item("conversation", "zh",
         ["先记一下：我叫李文博，在杭州一家做大模型推理服务的公司负责成本分析。",
          "另外，我们内部测算电价统一按0.52元/千瓦时。"],
         "ack", [],
         "bare statements to remember; acknowledge"),
    item("conversation", "zh",
         ["我是王静，在深圳做AI芯片方向的投研。",
          "我们组主要跟踪H20和昇腾910B。",
          "我刚才说我叫什么？主要跟踪哪些芯片？"],
         "answer", [],
         "recall the stated name and chips",
         text_all=["王静"], text_any=["H20", "昇腾"]),
    item("conversation", "zh",
         ["700亿参数模型、2万亿token，用1024张H800，利用率40%，要训练多少天？",
          "如果MFU提到50%呢？"],
         "answer",
         [v(19.1999, "day", 0.05, "training days at 50% MFU")],
         "C = 6*70e9*2e12 = 8.4e23；C/(1024*989e12*0.5)/86400"
         " | check: [training days at 50% MFU] = 6*70e9*2e12/(1024*H800_BF16*0.5)/DAY"),
    item("conversation", "zh",
         ["一个2000张H100的集群，每卡700W，PUE 1.3，一个月（30天）耗电多少千瓦时？",
          "电价0.5元一度的话，电费是多少？",
          "如果PUE降到1.15呢？"],
         "answer",
         [v(579600, "CNY", 0.02, "monthly electricity cost at PUE 1.15")],
         "2000 * 0.7 kW * 720 h * 1.15 = 1,159,200 kWh；* 0.5 元"
         " | check: [monthly electricity cost at PUE 1.15] = 2000*0.7*30*24*1.15*0.5"),
    item("conversation", "zh",
         ["我们团队的模型是340亿参数的稠密模型，权重用FP16。",
          "放在单张H20上、batch=1解码，理论上每秒最多能出多少token？"],
         "answer",
         [v(58.8235, "token/s", 0.05, "decode tokens/s")],
         "权重 34e9*2 字节；4.0e12/68e9"
         " | check: [decode tokens/s] = H20_BW/(34e9*2)"),
]


def public(d, i):
    out = {"id": "h8-%02d" % (i + 1)}
    for k in ("class", "lang", "turns", "kb", "expect", "how"):
        out[k] = d[k]
    return out


def records():
    return [public(d, i) for i, d in enumerate(ITEMS)]


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


CJK = re.compile(r"[\u4e00-\u9fff]")


def check_expr(expr):
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in NAMESPACE:
            raise ValueError("unknown name %r" % node.id)
        if isinstance(node, (ast.Attribute, ast.Subscript, ast.Lambda, ast.comprehension)):
            raise ValueError("disallowed syntax in %r" % expr)
    return eval(compile(tree, "<check>", "eval"), {"__builtins__": {}}, dict(NAMESPACE))


def squash(s):
    return re.sub(r"\s+", "", s)


def check():
    errs = []
    recs = records()
    if len(recs) != 60:
        errs.append("expected 60 items, got %d" % len(recs))
    cls_count = {}
    lang_count = {}
    for d, r in zip(ITEMS, recs):
        rid = r["id"]
        e = r["expect"]
        cls_count[r["class"]] = cls_count.get(r["class"], 0) + 1
        lang_count[r["lang"]] = lang_count.get(r["lang"], 0) + 1
        if r["class"] not in CLASSES:
            errs.append("%s: bad class" % rid)
        if r["lang"] not in ("zh", "en"):
            errs.append("%s: bad lang" % rid)
        if set(e) != {"kind", "values", "text_all", "text_any", "text_none"}:
            errs.append("%s: bad expect keys" % rid)
        if e["kind"] not in KINDS:
            errs.append("%s: bad kind" % rid)
        if r["kb"] != (e["kind"] == "cite"):
            errs.append("%s: kb must be true exactly for cite" % rid)
        if not r["turns"] or not all(isinstance(t, str) and t.strip() for t in r["turns"]):
            errs.append("%s: empty turns" % rid)
        last = r["turns"][-1]
        if r["lang"] == "zh" and not CJK.search(last):
            errs.append("%s: zh item without Chinese text" % rid)
        if r["lang"] == "en" and len(CJK.findall(last)) > 10:
            errs.append("%s: en item is mostly Chinese" % rid)
        if r["class"] == "conversation" and len(r["turns"]) < 2:
            errs.append("%s: conversation needs >= 2 turns" % rid)
        if r["class"] != "conversation" and len(r["turns"]) != 1:
            errs.append("%s: single-turn expected" % rid)
        if e["kind"] in ("list", "cite", "ask", "refuse", "ack") and e["values"]:
            errs.append("%s: %s item should carry no values" % (rid, e["kind"]))
        if e["kind"] in ("list", "cite") and not e["text_any"]:
            errs.append("%s: %s item needs text_any" % (rid, e["kind"]))
        if e["kind"] == "answer" and not (e["values"] or e["text_all"]):
            errs.append("%s: answer item with nothing to judge" % rid)
        # values and check expressions
        parts = r["how"].split(" | check: ")
        if e["values"]:
            if len(parts) != 2 or not parts[0].strip():
                errs.append("%s: how must be 'derivation | check: ...'" % rid)
                continue
            checks = [c.strip() for c in parts[1].split(";") if c.strip()]
            if len(checks) != len(e["values"]):
                errs.append("%s: %d checks for %d values" % (rid, len(checks), len(e["values"])))
                continue
            for val, c in zip(e["values"], checks):
                m = re.fullmatch(r"\[([^\]]+)\]\s*=\s*(.+)", c)
                if not m:
                    errs.append("%s: malformed check %r" % (rid, c))
                    continue
                if set(val) != {"value", "unit", "rel_tol", "what"}:
                    errs.append("%s: bad value keys" % rid)
                if m.group(1) != val["what"]:
                    errs.append("%s: check names %r, value is %r" % (rid, m.group(1), val["what"]))
                if val["unit"] not in UNITS:
                    errs.append("%s: unit %r not in vocabulary" % (rid, val["unit"]))
                if not (0 < val["rel_tol"] <= 0.10):
                    errs.append("%s: rel_tol %r out of range" % (rid, val["rel_tol"]))
                if val["unit"] == "year" and val["rel_tol"] * abs(val["value"]) >= 0.5:
                    errs.append("%s: year tolerance wider than half a year" % rid)
                try:
                    got = float(check_expr(m.group(2)))
                except Exception as ex:  # noqa: BLE001
                    errs.append("%s: check %r fails: %s" % (rid, c, ex))
                    continue
                if abs(got - val["value"]) > 1e-6 * abs(got):
                    errs.append("%s: [%s] stated %r, expression gives %r" % (rid, val["what"], val["value"], got))
        elif len(parts) != 1:
            errs.append("%s: check part without values" % rid)
        # cite key words in the named seed
        if e["kind"] == "cite":
            seed = d.get("seed")
            if seed not in SEED_FILES:
                errs.append("%s: cite item names no seed" % rid)
            else:
                fname = SEED_FILES[seed]
                if fname not in r["how"]:
                    errs.append("%s: how does not name the seed file" % rid)
                with open(os.path.join(SEEDS, fname), encoding="utf-8") as f:
                    text = squash(f.read())
                for w in e["text_any"] + e["text_all"]:
                    if squash(w) not in text:
                        errs.append("%s: key word %r not in %s" % (rid, w, fname))
    for c, n in CLASSES.items():
        if cls_count.get(c, 0) != n:
            errs.append("class %s: %d items, want %d" % (c, cls_count.get(c, 0), n))
    if lang_count != {"zh": 30, "en": 30}:
        errs.append("languages %r, want 30 zh / 30 en" % lang_count)
    # per class language balance (informational strictness: even split)
    for c, n in CLASSES.items():
        zh = sum(1 for r in recs if r["class"] == c and r["lang"] == "zh")
        if zh != n // 2:
            errs.append("class %s: %d zh of %d" % (c, zh, n))
    ids = [r["id"] for r in recs]
    if ids != ["h8-%02d" % i for i in range(1, 61)]:
        errs.append("ids not h8-01..h8-60 in order")
    # jsonl matches
    want = dumps(recs)
    if not os.path.exists(JSONL):
        errs.append("heldout8.jsonl missing (run --write)")
    else:
        with open(JSONL, encoding="utf-8") as f:
            have = f.read()
        if have != want:
            errs.append("heldout8.jsonl differs from verify.py (run --write)")
        for ln in have.splitlines():
            json.loads(ln)
    return errs, cls_count, lang_count


def main(argv):
    if "--write" in argv:
        with open(JSONL, "w", encoding="utf-8") as f:
            f.write(dumps(records()))
        print("wrote %s (%d items)" % (JSONL, len(ITEMS)))
    if "--check" in argv:
        errs, cls_count, lang_count = check()
        for e in errs:
            print("ERROR", e)
        print("classes:", cls_count, "languages:", lang_count)
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
    if not ({"--write", "--check"} & set(argv)):
        print("usage: python3 verify.py --write | --check")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
