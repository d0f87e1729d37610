#!/usr/bin/env python3
"""heldout7 -- blind evaluation set for the Zhiti AI-industry analysis agent.

This file is the source of truth.  It holds all 60 items as Python dicts.

    python3 verify.py --write   # writes heldout7.jsonl next to this file
    python3 verify.py --check   # validates everything (see check() below)

Conventions used for the expected values
----------------------------------------
* Training compute C = 6 * N * D (N = active parameters for MoE models,
  D = training tokens).
* Inference: 2 * N FLOP per generated token.
* When no utilisation / MFU is stated: 40 % of the dense BF16 peak.
* Dense BF16 peaks (FLOP/s): A100 312e12, H100 = H800 989e12, H20 148e12,
  B200 2250e12.  A value stated in the question (e.g. "assume the H100 does
  1000 TFLOPS", "400 TFLOPS achieved") overrides the catalog spec.
* HBM bandwidth (byte/s): A100 80GB 2.039e12, H100 SXM 3.35e12, H20 4.0e12.
* Bandwidth-bound decode (batch 1): tokens/s = bandwidth / bytes of weights
  (BF16/FP16 = 2 bytes per parameter, INT8 = 1 byte).
* KV cache bytes = 2 * layers * KV heads * head dim * sequence * batch *
  bytes per value.
* Energy (kWh) = GPUs * kW per GPU * hours * PUE.
* A day is 86,400 s; a year is 365 days.
* CAGR = (end/start) ** (1 / (end_year - start_year)) - 1.
* Chinchilla compute-optimal: D = 20 * N, C = 6 * N * D, so N = sqrt(C/120).
* Model sizes come from the model name (Llama 3 70B -> 70e9, Llama 2 13B ->
  13e9, Llama 3 8B -> 8e9, Llama 3.1 405B -> 405e9, GPT-3 175B -> 175e9).
* Tolerances: 0.02 for pure arithmetic, 0.05 where a catalog spec or
  convention is involved; calendar-year answers use 0.0002 (i.e. the exact
  year).
* A share or rate is a "fraction" (0.25 for 25 %); a multiple is a "factor".

The "how" field is "<derivation> | check: [what] = expr; [what] = expr", one
expression per value.  Expressions may use numbers, the math module and the
named constants below; --check evaluates them and requires each to reproduce
its stated value within 1e-6 relative.  Cite items name their seed report
(file name under /work/shared/seeds) in "how"; --check verifies that every
key word in text_any / text_all occurs in that report (whitespace-insensitive).
"""
import argparse
import ast
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "heldout7.jsonl")
SEEDS = "/work/shared/seeds"

# ---------------------------------------------------------------- constants
A100_BF16 = 312e12      # FLOP/s dense BF16
H100_BF16 = 989e12
H800_BF16 = 989e12
H20_BF16 = 148e12
B200_BF16 = 2250e12
A100_BW = 2.039e12      # byte/s, A100 80GB
H100_BW = 3.35e12       # byte/s, H100 SXM
H20_BW = 4.0e12         # byte/s
MFU = 0.4               # default utilisation of dense BF16 peak
DAY = 86400             # seconds
HOUR = 3600             # seconds
CHIN = 20               # Chinchilla tokens per parameter

CONSTANTS = dict(A100_BF16=A100_BF16, H100_BF16=H100_BF16, H800_BF16=H800_BF16,
                 H20_BF16=H20_BF16, B200_BF16=B200_BF16, A100_BW=A100_BW,
                 H100_BW=H100_BW, H20_BW=H20_BW, MFU=MFU, DAY=DAY, HOUR=HOUR,
                 CHIN=CHIN)

UNITS = ["FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second",
         "hour", "day", "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W",
         "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"]

KINDS = ["answer", "list", "cite", "ask", "refuse", "ack"]

CLASS_COUNTS = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8,
                "scaling": 6, "conversation": 10}

CLASS_KINDS = {"own_numbers": {"answer"}, "chains": {"answer"},
               "entities": {"answer"}, "scaling": {"answer"},
               "routing": {"cite", "list", "refuse", "ask"},
               "conversation": {"answer", "ack"}}

LANG_COUNTS = {"zh": 30, "en": 30}


def V(value, unit, rel_tol, what):
    return {"value": value, "unit": unit, "rel_tol": rel_tol, "what": what}


def E(kind, values=(), text_all=(), text_any=(), text_none=()):
    return {"kind": kind, "values": list(values), "text_all": list(text_all),
            "text_any": list(text_any), "text_none": list(text_none)}


# -------------------------------------------------------------------- items
ITEMS = [
    # ============================================================ own_numbers
    {"id": "h7-01", "class": "own_numbers", "lang": "en",
     "turns": ["Quick sanity check for a deck: our client's inference spend went from $2.4M in 2021 to $31M in 2024. What's the overall growth multiple, and what CAGR does that work out to?"],
     "kb": False,
     "expect": E("answer", [V(12.91667, "factor", 0.02, "growth multiple"),
                            V(1.3463, "fraction", 0.02, "CAGR")]),
     "how": "multiple = 31/2.4; CAGR over 2024-2021 = 3 years | check: [growth multiple] = 31/2.4; [CAGR] = (31/2.4)**(1/3)-1"},

    {"id": "h7-02", "class": "own_numbers", "lang": "zh",
     "turns": ["如果智能算力规模保持每年45%的增速，多久能翻一番？"],
     "kb": False,
     "expect": E("answer", [V(1.865488, "years", 0.02, "doubling time")]),
     "how": "doubling time = ln2 / ln(1.45) | check: [doubling time] = math.log(2)/math.log(1.45)"},

    {"id": "h7-03", "class": "own_numbers", "lang": "en",
     "turns": ["Frontier training compute grew roughly 10,000-fold between 2014 and 2024. What doubling time does that imply? Give it in years."],
     "kb": False,
     "expect": E("answer", [V(0.752575, "years", 0.02, "doubling time")]),
     "how": "10 years * ln2 / ln(10^4) (about 9 months) | check: [doubling time] = 10*math.log(2)/math.log(1e4)"},

    {"id": "h7-04", "class": "own_numbers", "lang": "zh",
     "turns": ["假设某款GPU的云上租赁价格每年下降三成，4年以后价格只剩原来的百分之多少？"],
     "kb": False,
     "expect": E("answer", [V(0.2401, "fraction", 0.02, "remaining share of price")]),
     "how": "每年剩70%，4年 = 0.7^4 ≈ 24% | check: [remaining share of price] = 0.7**4"},

    {"id": "h7-05", "class": "own_numbers", "lang": "en",
     "turns": ["Memo assumption: hardware price-performance improves 1.4x per year and algorithmic efficiency 2.5x per year, independently. What's the combined effective improvement per year, and over three years?"],
     "kb": False,
     "expect": E("answer", [V(3.5, "factor", 0.02, "combined yearly improvement"),
                            V(42.875, "factor", 0.02, "three-year improvement")]),
     "how": "multiply the two yearly factors, then cube for three years | check: [combined yearly improvement] = 1.4*2.5; [three-year improvement] = (1.4*2.5)**3"},

    {"id": "h7-06", "class": "own_numbers", "lang": "zh",
     "turns": ["某云厂商2024年AI相关收入30亿元，如果此后每年增长60%，哪一年首次突破300亿元？"],
     "kb": False,
     "expect": E("answer", [V(2029.0, "year", 0.0002, "year 300亿 is first exceeded")]),
     "how": "30*1.6^n > 300 → n > ln10/ln1.6 = 4.9 → n = 5 → 2029 (2028: 196.6亿, 2029: 314.6亿) | check: [year 300亿 is first exceeded] = 2024+math.ceil(math.log(300/30)/math.log(1.6))"},

    {"id": "h7-07", "class": "own_numbers", "lang": "en",
     "turns": ["Of roughly 1.09 million AI accelerator cards shipped in China in 2022, domestic vendors accounted for about 165,000. What share is that?"],
     "kb": False,
     "expect": E("answer", [V(0.1513761, "fraction", 0.02, "domestic share")]),
     "how": "165,000 / 1,090,000 ≈ 15% | check: [domestic share] = 165000/1.09e6"},

    {"id": "h7-08", "class": "own_numbers", "lang": "zh",
     "turns": ["一台8卡H100服务器报价32万美元，按1美元兑7.2元人民币，合多少人民币？采购200台一共多少人民币？"],
     "kb": False,
     "expect": E("answer", [V(2304000.0, "CNY", 0.02, "price per server"),
                            V(460800000.0, "CNY", 0.02, "price for 200 servers")]),
     "how": "32万×7.2 = 230.4万元；×200 = 4.608亿元 | check: [price per server] = 32e4*7.2; [price for 200 servers] = 32e4*7.2*200"},

    {"id": "h7-09", "class": "own_numbers", "lang": "en",
     "turns": ["API list price for a model dropped from $30 to $10 per million output tokens, then was raised 15% a quarter later. Relative to the original $30, by what percentage is the price down overall?"],
     "kb": False,
     "expect": E("answer", [V(0.6166667, "fraction", 0.02, "overall price decline")]),
     "how": "10*1.15 = 11.5; 1 - 11.5/30 = 61.7% down | check: [overall price decline] = 1-10*1.15/30"},

    {"id": "h7-10", "class": "own_numbers", "lang": "zh",
     "turns": ["我国数字经济规模从2017年的27.2万亿元增长到2022年的50.2万亿元，年均复合增长率是多少？"],
     "kb": False,
     "expect": E("answer", [V(0.1303865, "fraction", 0.02, "CAGR")]),
     "how": "(50.2/27.2)^(1/5) - 1，年份差5年 | check: [CAGR] = (50.2/27.2)**(1/5)-1"},

    {"id": "h7-11", "class": "own_numbers", "lang": "en",
     "turns": ["Draft memo line: \"cost per GFLOPS fell at a 35% compound annual rate from 2011 to 2023.\" If that's right, by what factor did the cost per GFLOPS fall over the period?"],
     "kb": False,
     "expect": E("answer", [V(175.8084, "factor", 0.02, "total decline factor")]),
     "how": "12 years at 65% retained per year: 0.65^12 = 0.57% of the start, i.e. a fall of ~176x | check: [total decline factor] = 1/0.65**12"},

    {"id": "h7-12", "class": "own_numbers", "lang": "zh",
     "turns": ["某芯片公司财年营收609亿美元，其中数据中心业务475亿美元。数据中心占总营收的比例是多少？如果上一财年数据中心收入是150亿美元，同比增长了百分之多少？"],
     "kb": False,
     "expect": E("answer", [V(0.7799672, "fraction", 0.02, "data-centre share"),
                            V(2.166667, "fraction", 0.02, "year-on-year growth")]),
     "how": "475/609 ≈ 78%；475/150 - 1 ≈ 217% | check: [data-centre share] = 475/609; [year-on-year growth] = 475/150-1"},

    {"id": "h7-13", "class": "own_numbers", "lang": "en",
     "turns": ["If leading context windows keep doubling every 8 months starting from 128k tokens in Nov 2023, how many years until they hit 10 million tokens?"],
     "kb": False,
     "expect": E("answer", [V(4.191808, "years", 0.02, "time to 10M tokens")]),
     "how": "log2(10M/128k) = 6.29 doublings × 8 months = 50.3 months ≈ 4.2 years (early 2028) | check: [time to 10M tokens] = 8*math.log2(1e7/1.28e5)/12"},

    {"id": "h7-14", "class": "own_numbers", "lang": "zh",
     "turns": ["英伟达AI芯片单卡算力10年提升了1000倍，折合年均复合增速是多少？相当于多少年翻一番？"],
     "kb": False,
     "expect": E("answer", [V(0.9952623, "fraction", 0.02, "CAGR"),
                            V(1.003433, "years", 0.02, "doubling time")]),
     "how": "1000^(1/10) = 1.995 → 年增约99.5%；翻倍时间 = 10·ln2/ln1000 ≈ 1年 | check: [CAGR] = 1000**(1/10)-1; [doubling time] = 10*math.log(2)/math.log(1000)"},

    # ================================================================= chains
    {"id": "h7-15", "class": "chains", "lang": "en",
     "turns": ["Training run estimate: 13B dense model, 2.6T tokens, 512 H100s at 38% MFU. Total training FLOPs and wall-clock days?"],
     "kb": False,
     "expect": E("answer", [V(2.028e23, "FLOP", 0.02, "training FLOPs"),
                            V(12.19844, "day", 0.05, "wall-clock days")]),
     "how": "C = 6*13e9*2.6e12; days = C/(512*989e12*0.38)/86400 | check: [training FLOPs] = 6*13e9*2.6e12; [wall-clock days] = 6*13e9*2.6e12/(512*H100_BF16*0.38)/DAY"},

    {"id": "h7-16", "class": "chains", "lang": "zh",
     "turns": ["一个700亿参数的稠密模型，训练数据1.4万亿token，用1024张A100来训（利用率按默认）。需要多少GPU小时？大约多少天？如果A100租金每卡每小时1.8美元，总租金多少？"],
     "kb": False,
     "expect": E("answer", [V(1308761.0, "GPU-hour", 0.05, "GPU-hours"),
                            V(53.25361, "day", 0.05, "days on 1024 GPUs"),
                            V(2355769.0, "USD", 0.05, "rental cost")]),
     "how": "C = 6×70e9×1.4e12 = 5.88e23；单卡有效算力 312e12×0.4；GPU小时 = C/(312e12×0.4)/3600；天数 = GPU小时/1024/24；租金 = GPU小时×1.8 | check: [GPU-hours] = 6*70e9*1.4e12/(A100_BF16*MFU)/HOUR; [days on 1024 GPUs] = 6*70e9*1.4e12/(1024*A100_BF16*MFU)/DAY; [rental cost] = 6*70e9*1.4e12/(A100_BF16*MFU)/HOUR*1.8"},

    {"id": "h7-17", "class": "chains", "lang": "en",
     "turns": ["We'll run 2,048 GPUs at 700 W each, flat out for 30 days, in a hall with PUE 1.3. How much energy is that in MWh, and what's the power bill at $0.08 per kWh?"],
     "kb": False,
     "expect": E("answer", [V(1341.85, "MWh", 0.02, "energy"),
                            V(107348.0, "USD", 0.02, "electricity cost")]),
     "how": "2048 × 0.7 kW × 720 h × 1.3 = 1,341,850 kWh; × $0.08 | check: [energy] = 2048*700*30*24*1.3/1e6; [electricity cost] = 2048*0.7*30*24*1.3*0.08"},

    {"id": "h7-18", "class": "chains", "lang": "zh",
     "turns": ["一个万卡集群，每卡功耗按700瓦计，PUE 1.25，全年365天满负荷运行，一年耗电多少千瓦时？电价0.6元/千瓦时，一年电费多少元？"],
     "kb": False,
     "expect": E("answer", [V(76650000.0, "kWh", 0.02, "annual energy"),
                            V(45990000.0, "CNY", 0.02, "annual electricity cost")]),
     "how": "10000×0.7kW×8760h×1.25 = 7665万千瓦时；×0.6元 = 4599万元 | check: [annual energy] = 10000*0.7*365*24*1.25; [annual electricity cost] = 10000*0.7*365*24*1.25*0.6"},

    {"id": "h7-19", "class": "chains", "lang": "en",
     "turns": ["Suppose we serve a 70B dense model and need to generate 50 billion tokens a day. Treat it as compute-bound on H100s at 40% of dense BF16 peak. How many GPUs is that?"],
     "kb": False,
     "expect": E("answer", [V(204.7991, "GPU", 0.05, "H100s needed")]),
     "how": "2*70e9 FLOP/token * 5e10 tokens/day = 7e21 FLOP/day; one H100 gives 989e12*0.4*86400 = 3.42e19 FLOP/day | check: [H100s needed] = 2*70e9*50e9/(H100_BF16*MFU*DAY)"},

    {"id": "h7-20", "class": "chains", "lang": "zh",
     "turns": ["Llama 2 13B 以FP16精度部署在一张A100 80GB上，batch=1解码时，按显存带宽受限估算，理论上每秒最多生成多少token？"],
     "kb": False,
     "expect": E("answer", [V(78.42308, "token/s", 0.05, "decode ceiling")]),
     "how": "权重 13e9×2 = 26 GB；2.039 TB/s ÷ 26 GB ≈ 78 token/s | check: [decode ceiling] = A100_BW/(13e9*2)"},

    {"id": "h7-21", "class": "chains", "lang": "en",
     "turns": ["KV-cache sizing: 80 layers, 8 KV heads, head dim 128, 32,768-token context, batch of 16, FP16 values. How many bytes of KV cache is that?"],
     "kb": False,
     "expect": E("answer", [V(171798700000.0, "byte", 0.02, "KV-cache size")]),
     "how": "2 (K and V) * 80 * 8 * 128 * 32768 * 16 * 2 bytes ≈ 1.72e11 bytes (160 GiB) | check: [KV-cache size] = 2*80*8*128*32768*16*2"},

    {"id": "h7-22", "class": "chains", "lang": "zh",
     "turns": ["某MoE模型总参数6710亿，每个token激活370亿参数，预训练14.8万亿token。训练总计算量是多少FLOP？如果用2048张H800训练（利用率没给就按默认），要多少天？"],
     "kb": False,
     "expect": E("answer", [V(3.2856e24, "FLOP", 0.02, "training FLOPs"),
                            V(46.93693, "day", 0.05, "days on 2048 H800")]),
     "how": "MoE按激活参数：C = 6×37e9×14.8e12 = 3.29e24；天数 = C/(2048×989e12×0.4)/86400 | check: [training FLOPs] = 6*37e9*14.8e12; [days on 2048 H800] = 6*37e9*14.8e12/(2048*H800_BF16*MFU)/DAY"},

    {"id": "h7-23", "class": "chains", "lang": "en",
     "turns": ["How many FLOPs per generated token for a 405B dense model, and how many for a billion generated tokens?"],
     "kb": False,
     "expect": E("answer", [V(810000000000.0, "FLOP", 0.02, "FLOPs per token"),
                            V(8.1e20, "FLOP", 0.02, "FLOPs per billion tokens")]),
     "how": "2*N = 8.1e11 FLOP/token; times 1e9 | check: [FLOPs per token] = 2*405e9; [FLOPs per billion tokens] = 2*405e9*1e9"},

    {"id": "h7-24", "class": "chains", "lang": "zh",
     "turns": ["训一个340亿参数的模型，数据3万亿token，租H100，每卡每小时2.5美元，MFU按45%。一共要多少GPU小时、多少美元？"],
     "kb": False,
     "expect": E("answer", [V(381979.6, "GPU-hour", 0.05, "GPU-hours"),
                            V(954948.9, "USD", 0.05, "rental cost")]),
     "how": "C = 6×34e9×3e12 = 6.12e23；GPU小时 = C/(989e12×0.45)/3600；×2.5美元 | check: [GPU-hours] = 6*34e9*3e12/(H100_BF16*0.45)/HOUR; [rental cost] = 6*34e9*3e12/(H100_BF16*0.45)/HOUR*2.5"},

    {"id": "h7-25", "class": "chains", "lang": "en",
     "turns": ["Context: we're scoping an internal assistant for a regional bank. Product expects about 3 million queries per day once it's rolled out to branches, each producing roughly 800 output tokens on average (prompts are short, ignore prefill). The model is an 8B dense one and procurement can only get H20 cards. Two things for the steering-committee slide: (1) treating generation as compute-bound at 40% of the H20's dense BF16 peak, how many H20s does the daily load need; and (2) for a single stream at batch 1 with BF16 weights, what's the memory-bandwidth ceiling on decode speed per card?"],
     "kb": False,
     "expect": E("answer", [V(7.507508, "GPU", 0.10, "H20s needed"),
                            V(250.0, "token/s", 0.05, "decode ceiling per card")]),
     "how": "tokens/day = 3e6*800 = 2.4e9; FLOP/day = 2*8e9*2.4e9 = 3.84e19; per H20-day = 148e12*0.4*86400 = 5.11e18 -> ~7.5 cards; decode = 4.0e12 B/s / (8e9*2 B) = 250 tokens/s | check: [H20s needed] = 2*8e9*3e6*800/(H20_BF16*MFU*DAY); [decode ceiling per card] = H20_BW/(8e9*2)"},

    {"id": "h7-26", "class": "chains", "lang": "zh",
     "turns": ["要在30天内训完一个1750亿参数、3000亿token的模型，用A100，MFU按35%算，至少要多少张卡？"],
     "kb": False,
     "expect": E("answer", [V(1112.892, "GPU", 0.05, "A100s needed")]),
     "how": "C = 6×175e9×3e11 = 3.15e23；单卡30天 = 312e12×0.35×30×86400 = 2.83e20；约1113张 | check: [A100s needed] = 6*175e9*300e9/(A100_BF16*0.35*30*DAY)"},

    {"id": "h7-27", "class": "chains", "lang": "en",
     "turns": ["A 21-day run on 4,096 H100s: at 700 W per GPU and a PUE of 1.2, what's the energy in MWh and the electricity cost at 7 cents/kWh?"],
     "kb": False,
     "expect": E("answer", [V(1734.083, "MWh", 0.02, "energy"),
                            V(121385.8, "USD", 0.02, "electricity cost")]),
     "how": "4096 * 0.7 kW * 504 h * 1.2 = 1,734,083 kWh; * $0.07 | check: [energy] = 4096*700*21*24*1.2/1e6; [electricity cost] = 4096*0.7*21*24*1.2*0.07"},

    {"id": "h7-28", "class": "chains", "lang": "zh",
     "turns": ["日均推理量2000亿token，模型是70亿参数的稠密模型，跑在H100上（按40%利用率、计算受限估算），需要多少张卡？按每台8卡算要多少台服务器？"],
     "kb": False,
     "expect": E("answer", [V(81.91963, "GPU", 0.05, "H100s needed"),
                            V(10.23995, "server", 0.10, "8-GPU servers")]),
     "how": "2×7e9×2e11 = 2.8e21 FLOP/天；单卡每天 989e12×0.4×86400 = 3.42e19；约82张卡，约10.2台（取整11台，容差0.10以接受取整） | check: [H100s needed] = 2*7e9*200e9/(H100_BF16*MFU*DAY); [8-GPU servers] = 2*7e9*200e9/(H100_BF16*MFU*DAY)/8"},

    # =============================================================== entities
    {"id": "h7-29", "class": "entities", "lang": "en",
     "turns": ["How many H20s match 100 H100s on dense BF16?"],
     "kb": False,
     "expect": E("answer", [V(668.2432, "GPU", 0.05, "H20 equivalent")]),
     "how": "100 * 989 / 148 TFLOPS | check: [H20 equivalent] = 100*H100_BF16/H20_BF16"},

    {"id": "h7-30", "class": "entities", "lang": "zh",
     "turns": ["假设H100的稠密BF16算力按1000 TFLOPS算（别用官方数），1000张卡、50%利用率，训练Llama 3 70B、15万亿token，需要多少天？"],
     "kb": False,
     "expect": E("answer", [V(145.8333, "day", 0.05, "training days")]),
     "how": "N = 70e9（来自名称）；C = 6×70e9×15e12 = 6.3e24；1000×1e15×0.5 = 5e17 FLOP/s；1.26e7 s | check: [training days] = 6*70e9*15e12/(1000*1000e12*0.5)/DAY"},

    {"id": "h7-31", "class": "entities", "lang": "en",
     "turns": ["B200 versus A100 on dense BF16: how many A100s is one B200 worth, and how many B200s would replace a 4,096-GPU A100 cluster?"],
     "kb": False,
     "expect": E("answer", [V(7.211538, "factor", 0.05, "A100s per B200"),
                            V(567.9787, "GPU", 0.05, "B200s to replace cluster")]),
     "how": "2250/312 = 7.2; 4096*312/2250 = 568 | check: [A100s per B200] = B200_BF16/A100_BF16; [B200s to replace cluster] = 4096*A100_BF16/B200_BF16"},

    {"id": "h7-32", "class": "entities", "lang": "zh",
     "turns": ["Llama 3 8B 用BF16、batch=1解码，在一张H20上显存带宽决定的理论上限是每秒多少token？换成H100 SXM呢？"],
     "kb": False,
     "expect": E("answer", [V(250.0, "token/s", 0.05, "H20 decode ceiling"),
                            V(209.375, "token/s", 0.05, "H100 decode ceiling")]),
     "how": "权重 8e9×2 = 16 GB；H20 4.0 TB/s ÷ 16 GB = 250；H100 SXM 3.35 TB/s ÷ 16 GB ≈ 209 | check: [H20 decode ceiling] = H20_BW/(8e9*2); [H100 decode ceiling] = H100_BW/(8e9*2)"},

    {"id": "h7-33", "class": "entities", "lang": "en",
     "turns": ["Our H800 cluster measured 400 TFLOPS achieved per GPU on our kernels. Training Llama 2 7B on 2T tokens across 256 of those GPUs -- how many days?"],
     "kb": False,
     "expect": E("answer", [V(9.494358, "day", 0.05, "training days")]),
     "how": "C = 6*7e9*2e12 = 8.4e22; measured 400e12 FLOP/s per GPU replaces peak*MFU; 256*400e12 = 1.024e17 FLOP/s | check: [training days] = 6*7e9*2e12/(256*400e12)/DAY"},

    {"id": "h7-34", "class": "entities", "lang": "zh",
     "turns": ["单卡稠密BF16算力，H20和A100谁更强？强的那个是另一个的多少倍？"],
     "kb": False,
     "expect": E("answer", [V(2.108108, "factor", 0.05, "A100 over H20")], text_any=["A100"]),
     "how": "A100 312 TFLOPS vs H20 148 TFLOPS，A100约为H20的2.1倍 | check: [A100 over H20] = A100_BF16/H20_BF16"},

    {"id": "h7-35", "class": "entities", "lang": "en",
     "turns": ["GPT-3 175B: FLOPs per generated token? And if an 8xA100 node sustained 2,000 tokens/s on it, what fraction of the node's dense BF16 peak would that be?"],
     "kb": False,
     "expect": E("answer", [V(350000000000.0, "FLOP", 0.02, "FLOPs per token"),
                            V(0.2804487, "fraction", 0.05, "fraction of node peak")]),
     "how": "2*175e9 = 3.5e11; 3.5e11*2000 = 7e14 FLOP/s vs 8*312e12 = 2.496e15 | check: [FLOPs per token] = 2*175e9; [fraction of node peak] = 2*175e9*2000/(8*A100_BF16)"},

    {"id": "h7-36", "class": "entities", "lang": "zh",
     "turns": ["B200的稠密BF16算力这次按厂商口径2.5 PFLOPS算。训练Llama 3.1 405B（15.6万亿token），16384张B200，利用率38%，需要多少天？"],
     "kb": False,
     "expect": E("answer", [V(28.18861, "day", 0.05, "training days")]),
     "how": "题设2.5e15覆盖目录值；C = 6×405e9×15.6e12 = 3.79e25；16384×2.5e15×0.38 = 1.56e19 FLOP/s | check: [training days] = 6*405e9*15.6e12/(16384*2.5e15*0.38)/DAY"},

    # ================================================================ routing
    {"id": "h7-37", "class": "routing", "lang": "zh",
     "turns": ["银河证券那篇《2024年数字经济专题》里是怎么估算Sora训练算力的？训练一次要多少FLOPs，在1万张A100上要训多少天？请引用原文。"],
     "kb": True,
     "expect": E("cite", [V(2.6e24, "FLOP", 0.02, "Sora training FLOPs"),
                          V(154.321, "day", 0.02, "days on 10,000 A100")],
                 text_any=["154", "2.6×10"]),
     "how": "seed 002_433419e1c499dc0d.txt（中国银河证券，2024年数字经济专题）假设一至四：30B参数×1.43e14 token×6 ≈ 2.6e24 FLOPs；单卡19.5 TFLOPS、1万张A100、不计利用率 ≈ 154天 | check: [Sora training FLOPs] = 2.6e24; [days on 10,000 A100] = 2.6e24/(19.5e12*10000)/DAY"},

    {"id": "h7-38", "class": "routing", "lang": "en",
     "turns": ["In Weijin Research's Kan DAO 2024 report, the table of high-end AI chips the US bars from export to China: what TFLOPS and TPP figures does it give for the H20 SXM, and how does that compare with the H100 SXM row?"],
     "kb": True,
     "expect": E("cite", text_any=["2368", "296", "15832"]),
     "how": "seed 001_c7d1a51f02a6626a.txt (未尽研究《看DAO2024》, 算力破墙, table 美国对中国禁运的高端 AI 芯片): H20 SXM 296 TFLOPS, 8-bit, TPP 2368, density 2.9; H100 SXM 1979 TFLOPS, TPP 15832, density 19.4"},

    {"id": "h7-39", "class": "routing", "lang": "zh",
     "turns": ["国信证券《科技周期探索之七》认为，模型参数大概到多大规模时可能实现AGI？报告里提到的人物大约预测在哪几年？请给出处。"],
     "kb": True,
     "expect": E("cite", [V(100e12, "parameter", 0.02, "AGI parameter scale")],
                 text_any=["100万亿", "2027"]),
     "how": "seed 000_52d4eb4e6b7dac08.txt（国信证券，2016-2030年：通用人工智能时代的到来）核心观点：参数与人类神经突触对标，约100万亿参数可实现AGI，马斯克、黄仁勋、OPENAI前员工预测在2027-2029年 | check: [AGI parameter scale] = 100e12"},

    {"id": "h7-40", "class": "routing", "lang": "en",
     "turns": ["What does CICC's \"AI Economics, Chapter 2\" piece estimate for the number of DGX A100 versus DGX H100 systems needed to train a GPT-4-class (trillion-parameter) model in 30 days, and what does it put the cloud-rental cost of one such run at?"],
     "kb": True,
     "expect": E("cite", [V(4400.0, "server", 0.02, "DGX A100 systems"),
                          V(700.0, "server", 0.02, "DGX H100 systems")],
                 text_any=["4,400", "700", "1,500"]),
     "how": "seed 004_6e137adebb593e30.txt (中金 AI经济学 第二章, 预训练大模型的成本): C ≈ 6ND; GPT-4-class in 30 days needs about 4,400 DGX A100 or 700 DGX H100; rental cost about 1,500-5,000万美元 ($15-50M) per run | check: [DGX A100 systems] = 4400; [DGX H100 systems] = 700"},

    {"id": "h7-41", "class": "routing", "lang": "en",
     "turns": ["Which accelerators in your catalog are caught by the US export-control classification ECCN 3A090? Just list them."],
     "kb": False,
     "expect": E("list", text_any=["H100", "A100", "H800"]),
     "how": "catalog listing filtered on export-control class 3A090; expected to include the high-end NVIDIA parts such as H100, A100, H800"},

    {"id": "h7-42", "class": "routing", "lang": "zh",
     "turns": ["周末去杭州，帮我推荐几家西湖边上好吃的杭帮菜馆吧。"],
     "kb": False,
     "expect": E("refuse"),
     "how": "餐馆推荐，不属于AI产业分析范围，应婉拒"},

    {"id": "h7-43", "class": "routing", "lang": "en",
     "turns": ["How long would it take to train our model on H100s?"],
     "kb": False,
     "expect": E("ask", text_any=["parameter", "token"]),
     "how": "model size, token count and GPU count are all missing and have no sound default; the agent should ask for them"},

    {"id": "h7-44", "class": "routing", "lang": "zh",
     "turns": ["我们准备上一批H20，一年电费大概要多少？"],
     "kb": False,
     "expect": E("ask", text_any=["多少张", "数量", "电价"]),
     "how": "卡的数量和电价都没给，无合理默认值，应追问"},

    # ================================================================ scaling
    {"id": "h7-45", "class": "scaling", "lang": "en",
     "turns": ["Compute-optimal (Chinchilla) parameter count and training tokens for a 1e24 FLOP budget?"],
     "kb": False,
     "expect": E("answer", [V(91287090000.0, "parameter", 0.05, "optimal parameters"),
                            V(1825742000000.0, "token", 0.05, "optimal tokens")]),
     "how": "N = sqrt(C/120) = 9.1e10; D = 20N = 1.8e12 | check: [optimal parameters] = math.sqrt(1e24/(6*CHIN)); [optimal tokens] = CHIN*math.sqrt(1e24/(6*CHIN))"},

    {"id": "h7-46", "class": "scaling", "lang": "zh",
     "turns": ["按Chinchilla最优配比，130亿参数的模型该训练多少token？对应的训练计算量是多少？"],
     "kb": False,
     "expect": E("answer", [V(260000000000.0, "token", 0.05, "optimal tokens"),
                            V(2.028e22, "FLOP", 0.05, "training FLOPs")]),
     "how": "D = 20×13e9 = 2600亿；C = 6×13e9×2.6e11 = 2.03e22 | check: [optimal tokens] = CHIN*13e9; [training FLOPs] = 6*13e9*CHIN*13e9"},

    {"id": "h7-47", "class": "scaling", "lang": "en",
     "turns": ["We have 2,048 H100s for 60 days at 40% MFU. What's the total compute budget, and the Chinchilla-optimal model size and token count for it?"],
     "kb": False,
     "expect": E("answer", [V(4.200019e24, "FLOP", 0.05, "compute budget"),
                            V(187083300000.0, "parameter", 0.05, "optimal parameters"),
                            V(3741666000000.0, "token", 0.05, "optimal tokens")]),
     "how": "C = 2048*989e12*0.4*60*86400 = 4.2e24; N = sqrt(C/120) = 1.87e11; D = 20N = 3.74e12 | check: [compute budget] = 2048*H100_BF16*MFU*60*DAY; [optimal parameters] = math.sqrt(2048*H100_BF16*MFU*60*DAY/(6*CHIN)); [optimal tokens] = CHIN*math.sqrt(2048*H100_BF16*MFU*60*DAY/(6*CHIN))"},

    {"id": "h7-48", "class": "scaling", "lang": "zh",
     "turns": ["算力预算5×10^23 FLOP，按Chinchilla法则，最优的参数量和训练token数各是多少？"],
     "kb": False,
     "expect": E("answer", [V(64549720000.0, "parameter", 0.05, "optimal parameters"),
                            V(1290994000000.0, "token", 0.05, "optimal tokens")]),
     "how": "N = sqrt(5e23/120) ≈ 645亿；D = 20N ≈ 1.29万亿 | check: [optimal parameters] = math.sqrt(5e23/(6*CHIN)); [optimal tokens] = CHIN*math.sqrt(5e23/(6*CHIN))"},

    {"id": "h7-49", "class": "scaling", "lang": "en",
     "turns": ["Llama 3.1 405B was trained on roughly 15T tokens. What would the Chinchilla rule of thumb call for at 405B parameters, and how many times that amount did it actually see?"],
     "kb": False,
     "expect": E("answer", [V(8100000000000.0, "token", 0.05, "Chinchilla tokens"),
                            V(1.851852, "factor", 0.05, "actual over Chinchilla")]),
     "how": "D = 20*405e9 = 8.1e12; 15e12/8.1e12 = 1.85x | check: [Chinchilla tokens] = CHIN*405e9; [actual over Chinchilla] = 15e12/(CHIN*405e9)"},

    {"id": "h7-50", "class": "scaling", "lang": "zh",
     "turns": ["1000张A100跑90天，利用率按默认，按Chinchilla最优，模型该做多大、喂多少token？"],
     "kb": False,
     "expect": E("answer", [V(89927970000.0, "parameter", 0.05, "optimal parameters"),
                            V(1798559000000.0, "token", 0.05, "optimal tokens")]),
     "how": "C = 1000×312e12×0.4×90×86400 = 9.7e23；N = sqrt(C/120) ≈ 899亿；D = 20N ≈ 1.8万亿 | check: [optimal parameters] = math.sqrt(1000*A100_BF16*MFU*90*DAY/(6*CHIN)); [optimal tokens] = CHIN*math.sqrt(1000*A100_BF16*MFU*90*DAY/(6*CHIN))"},

    # =========================================================== conversation
    {"id": "h7-51", "class": "conversation", "lang": "en",
     "turns": ["What's the dense BF16 peak you use for an H100?",
               "Thanks. For the rest of this session: I'm Priya Raman, I cover semiconductors for a Singapore-based fund, and our house view is that H20 shipments stay strong through 2025."],
     "kb": False,
     "expect": E("ack"),
     "how": "last turn is a bare statement about the user; acknowledge and remember it"},

    {"id": "h7-52", "class": "conversation", "lang": "en",
     "turns": ["Hi, I'm Daniel Okafor, head of infrastructure at Helios Labs. We're planning a 30B-parameter model.",
               "Under the Chinchilla rule, how many tokens should a 30B model get?",
               "Before I forget to put it in the memo header: what's my name and which company did I say I'm with?"],
     "kb": False,
     "expect": E("answer", text_all=["Daniel", "Helios"]),
     "how": "recall from turn 1: Daniel Okafor, Helios Labs"},

    {"id": "h7-53", "class": "conversation", "lang": "en",
     "turns": ["How many days to train a 7B model on 1.4T tokens with 256 A100s at default utilisation?",
               "And on H100s?"],
     "kb": False,
     "expect": E("answer", [V(6.71997, "day", 0.05, "days on 256 H100")]),
     "how": "same 7B / 1.4T / 256 GPUs / 40%, now H100: 5.88e22/(256*989e12*0.4)/86400 | check: [days on 256 H100] = 6*7e9*1.4e12/(256*H100_BF16*MFU)/DAY"},

    {"id": "h7-54", "class": "conversation", "lang": "en",
     "turns": ["We want to train a 20B model on 400B tokens in 45 days on H100s at 40% MFU. How many GPUs?",
               "What about 30 days instead?"],
     "kb": False,
     "expect": E("answer", [V(46.81122, "GPU", 0.05, "H100s for 30 days")]),
     "how": "C = 6*20e9*4e11 = 4.8e22; one H100 over 30 days = 989e12*0.4*30*86400 = 1.03e21 -> ~47 GPUs | check: [H100s for 30 days] = 6*20e9*400e9/(H100_BF16*MFU*30*DAY)"},

    {"id": "h7-55", "class": "conversation", "lang": "en",
     "turns": ["I'm modelling power for a 1,000-GPU H100 cluster: 700 W per GPU, PUE 1.3, $0.09/kWh, running 24/7.",
               "What's the bill for a 30-day month?",
               "And if we get PUE down to 1.15?"],
     "kb": False,
     "expect": E("answer", [V(52164.0, "USD", 0.02, "monthly bill")]),
     "how": "same cluster, PUE now 1.15: 1000 * 0.7 kW * 720 h * 1.15 = 579,600 kWh; * $0.09 | check: [monthly bill] = 1000*0.7*30*24*1.15*0.09"},

    {"id": "h7-56", "class": "conversation", "lang": "zh",
     "turns": ["先说下背景，方便后面问问题。",
               "我叫林晓，在券商做计算机行业研究，主要覆盖国产算力链。我们团队的基准假设是H20租金每卡每小时1.2美元，请记一下。"],
     "kb": False,
     "expect": E("ack"),
     "how": "最后一轮是关于用户自身和假设的陈述，确认并记住即可"},

    {"id": "h7-57", "class": "conversation", "lang": "zh",
     "turns": ["我们团队的基准假设是：H20租金每卡每小时1.2美元。",
               "用H20训练一个70亿参数、1万亿token的模型，利用率按默认，要多少GPU小时？",
               "按我前面说的租金，总成本多少美元？"],
     "kb": False,
     "expect": E("answer", [V(236486.5, "USD", 0.05, "rental cost")]),
     "how": "C = 6×7e9×1e12 = 4.2e22；GPU小时 = C/(148e12×0.4)/3600 ≈ 19.7万；×1.2美元（第一轮） | check: [rental cost] = 6*7e9*1e12/(H20_BF16*MFU)/HOUR*1.2"},

    {"id": "h7-58", "class": "conversation", "lang": "zh",
     "turns": ["我是王磊，在深圳一家叫鹏算科技的智算中心公司做规划。",
               "万卡H100集群满载大概多少千瓦？每卡按700瓦、PUE 1.2算。",
               "对了，我刚才说我在哪家公司？"],
     "kb": False,
     "expect": E("answer", text_all=["鹏算"]),
     "how": "回忆第一轮：鹏算科技"},

    {"id": "h7-59", "class": "conversation", "lang": "zh",
     "turns": ["Llama 3 70B 用FP16，batch=1解码，只看单卡显存带宽的话，在H20上理论上限每秒多少token？",
               "如果量化到INT8呢？"],
     "kb": False,
     "expect": E("answer", [V(57.14286, "token/s", 0.05, "INT8 decode ceiling")]),
     "how": "INT8 每参数1字节：70e9字节；4.0e12/70e9 ≈ 57 token/s | check: [INT8 decode ceiling] = H20_BW/(70e9*1)"},

    {"id": "h7-60", "class": "conversation", "lang": "zh",
     "turns": ["训练一个130亿参数模型、2万亿token，用512张H800，利用率40%，要多少天？",
               "换成1024张卡呢？按每卡每小时2美元，总租金多少？"],
     "kb": False,
     "expect": E("answer", [V(4.457123, "day", 0.05, "days on 1024 H800"),
                            V(219076.5, "USD", 0.05, "rental cost")]),
     "how": "C = 6×13e9×2e12 = 1.56e23；1024卡：C/(1024×989e12×0.4)/86400；GPU小时与卡数无关 ≈ 10.95万，×2美元 | check: [days on 1024 H800] = 6*13e9*2e12/(1024*H800_BF16*MFU)/DAY; [rental cost] = 6*13e9*2e12/(H800_BF16*MFU)/HOUR*2"},
]


# ------------------------------------------------------------------ helpers
KEY_ORDER = ["id", "class", "lang", "turns", "kb", "expect", "how"]
EXPECT_ORDER = ["kind", "values", "text_all", "text_any", "text_none"]
VALUE_ORDER = ["value", "unit", "rel_tol", "what"]
CJK = re.compile(r"[\u3400-\u9fff]")
SEED_RE = re.compile(r"\b(\d{3}_[0-9a-f]{16}\.txt)\b")
CHECK_SEP = " | check: "
ALLOWED_FUNCS = {n for n in dir(math) if not n.startswith("_")}


def to_line(item):
    exp = item["expect"]
    out = {k: item[k] for k in KEY_ORDER}
    out["expect"] = {k: exp[k] for k in EXPECT_ORDER}
    out["expect"]["values"] = [{k: v[k] for k in VALUE_ORDER} for v in exp["values"]]
    return out


def dump_lines():
    return [json.dumps(to_line(it), ensure_ascii=False) for it in ITEMS]


def write():
    with open(JSONL, "w", encoding="utf-8") as f:
        for line in dump_lines():
            f.write(line + "\n")
    print(f"wrote {len(ITEMS)} items to {JSONL}")


def safe_eval(expr):
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if node.id not in CONSTANTS and node.id != "math":
                raise ValueError(f"name {node.id!r} not allowed")
        elif isinstance(node, ast.Attribute):
            if not (isinstance(node.value, ast.Name) and node.value.id == "math"
                    and node.attr in ALLOWED_FUNCS):
                raise ValueError(f"attribute {ast.dump(node)} not allowed")
        elif isinstance(node, ast.Constant):
            if not isinstance(node.value, (int, float)):
                raise ValueError(f"constant {node.value!r} not allowed")
        elif not isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp,
                                   ast.Call, ast.Load, ast.operator,
                                   ast.unaryop)):
            raise ValueError(f"node {type(node).__name__} not allowed")
    ns = dict(CONSTANTS)
    ns["math"] = math
    return float(eval(compile(tree, "<check>", "eval"), {"__builtins__": {}}, ns))


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def check():
    errs = []

    def err(i, msg):
        errs.append(f"{i}: {msg}")

    seed_cache = {}
    ids = [it.get("id") for it in ITEMS]
    want_ids = [f"h7-{n:02d}" for n in range(1, 61)]
    if ids != want_ids:
        errs.append(f"ids must be h7-01..h7-60 in order; got {ids}")

    class_counts = {c: 0 for c in CLASS_COUNTS}
    lang_counts = {l: 0 for l in LANG_COUNTS}
    per_class_lang = {}
    for it in ITEMS:
        i = it.get("id", "?")
        if set(it) != set(KEY_ORDER):
            err(i, f"keys {sorted(it)} != {sorted(KEY_ORDER)}")
            continue
        cls, lang, turns, kb, exp, how = (it["class"], it["lang"], it["turns"],
                                          it["kb"], it["expect"], it["how"])
        if cls not in CLASS_COUNTS:
            err(i, f"bad class {cls}")
            continue
        class_counts[cls] += 1
        if lang not in LANG_COUNTS:
            err(i, f"bad lang {lang}")
            continue
        lang_counts[lang] += 1
        per_class_lang[(cls, lang)] = per_class_lang.get((cls, lang), 0) + 1
        # turns
        if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
            err(i, "turns must be a non-empty list of non-empty strings")
            continue
        if cls == "conversation" and len(turns) < 2:
            err(i, "conversation items need at least two turns")
        if cls != "conversation" and len(turns) != 1:
            err(i, "non-conversation items have exactly one turn")
        if lang == "zh" and not CJK.search(turns[-1]):
            err(i, "zh item without Chinese text in last turn")
        if lang == "en" and any(CJK.search(t) for t in turns):
            err(i, "en item contains CJK characters")
        # expect
        if not isinstance(exp, dict) or set(exp) != set(EXPECT_ORDER):
            err(i, f"expect keys {sorted(exp) if isinstance(exp, dict) else exp}")
            continue
        kind = exp["kind"]
        if kind not in KINDS:
            err(i, f"bad kind {kind}")
        if kind not in CLASS_KINDS[cls]:
            err(i, f"kind {kind} not allowed in class {cls}")
        if not isinstance(kb, bool) or kb != (kind == "cite"):
            err(i, "kb must be true exactly for cite items")
        for k in ("text_all", "text_any", "text_none"):
            if not (isinstance(exp[k], list) and all(isinstance(s, str) and s for s in exp[k])):
                err(i, f"{k} must be a list of non-empty strings")
        values = exp["values"]
        if not isinstance(values, list):
            err(i, "values must be a list")
            continue
        if kind in ("refuse", "ask", "ack") and values:
            err(i, f"{kind} items carry no values")
        if kind in ("list", "cite") and not exp["text_any"]:
            err(i, f"{kind} items need text_any")
        if cls in ("own_numbers", "chains", "entities", "scaling") and not values:
            err(i, "computational items need at least one value")
        if kind == "answer" and not values and not exp["text_all"]:
            err(i, "answer item with neither values nor text_all")
        whats = []
        for v in values:
            if not isinstance(v, dict) or set(v) != set(VALUE_ORDER):
                err(i, f"value keys {v}")
                continue
            if not isinstance(v["value"], (int, float)) or isinstance(v["value"], bool) or not math.isfinite(v["value"]):
                err(i, f"value {v['value']!r} not a finite number")
            if v["unit"] not in UNITS:
                err(i, f"unit {v['unit']!r} not in vocabulary")
            if not isinstance(v["rel_tol"], (int, float)) or not (0 < v["rel_tol"] <= 0.10):
                err(i, f"rel_tol {v['rel_tol']!r} out of (0, 0.10]")
            if not isinstance(v["what"], str) or not v["what"]:
                err(i, "what must be a non-empty string")
            whats.append(v["what"])
        if len(set(whats)) != len(whats):
            err(i, "duplicate 'what' names")
        # how + check expressions
        if not isinstance(how, str) or not how.strip():
            err(i, "how must be a non-empty string")
            continue
        if values:
            if CHECK_SEP not in how:
                err(i, "how lacks ' | check: ' part")
                continue
            deriv, checks = how.rsplit(CHECK_SEP, 1)
            if not deriv.strip():
                err(i, "how lacks a derivation")
            parsed = {}
            for part in checks.split("; "):
                m = re.fullmatch(r"\[(.+?)\] = (.+)", part.strip())
                if not m:
                    err(i, f"bad check clause {part!r}")
                    continue
                parsed[m.group(1)] = m.group(2)
            if list(parsed) != whats:
                err(i, f"check names {list(parsed)} != values {whats}")
            for v in values:
                expr = parsed.get(v["what"])
                if expr is None:
                    continue
                try:
                    got = safe_eval(expr)
                except Exception as e:  # noqa: BLE001
                    err(i, f"check {expr!r} failed: {e}")
                    continue
                ref = v["value"]
                if abs(got - ref) > 1e-6 * max(abs(ref), abs(got)):
                    err(i, f"[{v['what']}] expr gives {got!r}, stated {ref!r}")
        elif CHECK_SEP in how:
            err(i, "how has a check part but no values")
        # cite: key words must occur in the named seed
        if kind == "cite":
            seeds = SEED_RE.findall(how)
            if len(seeds) != 1:
                err(i, f"cite item must name exactly one seed in how; found {seeds}")
            else:
                path = os.path.join(SEEDS, seeds[0])
                if not os.path.exists(path):
                    err(i, f"seed {seeds[0]} not found")
                else:
                    if path not in seed_cache:
                        with open(path, encoding="utf-8") as f:
                            seed_cache[path] = norm(f.read())
                    for w in exp["text_any"] + exp["text_all"]:
                        if norm(w) not in seed_cache[path]:
                            err(i, f"key word {w!r} not in {seeds[0]}")

    if class_counts != CLASS_COUNTS:
        errs.append(f"class composition {class_counts} != {CLASS_COUNTS}")
    if lang_counts != LANG_COUNTS:
        errs.append(f"language split {lang_counts} != {LANG_COUNTS}")

    # jsonl must match the file exactly
    if not os.path.exists(JSONL):
        errs.append("heldout7.jsonl missing; run --write")
    else:
        with open(JSONL, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        want = dump_lines()
        if lines != want:
            diff = [n + 1 for n, (a, b) in enumerate(zip(lines, want)) if a != b]
            errs.append(f"heldout7.jsonl differs from verify.py (lines {diff[:10]}, "
                        f"{len(lines)} vs {len(want)} lines); run --write")
        else:
            for n, line in enumerate(lines):
                obj = json.loads(line)
                if obj != to_line(ITEMS[n]):
                    errs.append(f"line {n + 1} does not round-trip")

    print("class/lang:", ", ".join(f"{c} {class_counts[c]} "
                                   f"(zh {per_class_lang.get((c, 'zh'), 0)}, en {per_class_lang.get((c, 'en'), 0)})"
                                   for c in CLASS_COUNTS))
    print("languages:", lang_counts)
    kinds = {}
    for it in ITEMS:
        kinds[it["expect"]["kind"]] = kinds.get(it["expect"]["kind"], 0) + 1
    print("kinds:", kinds)
    if errs:
        print(f"FAIL: {len(errs)} problem(s)")
        for e in errs:
            print("  -", e)
        return 1
    print(f"OK: {len(ITEMS)} items pass all checks")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", action="store_true", help="write heldout7.jsonl")
    g.add_argument("--check", action="store_true", help="validate items and jsonl")
    a = ap.parse_args()
    if a.write:
        write()
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
