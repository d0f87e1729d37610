#!/usr/bin/env python3
"""heldout10 -- blind evaluation set for the Zhiti AI-industry analysis agent.

This file is the source of truth.  Every item is a Python dict in ITEMS below.

    python3 verify.py --write   # writes heldout10.jsonl next to this file
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
JSONL = os.path.join(HERE, "heldout10.jsonl")

# seed report each cite item is answered from (key words are checked against it)
CITE_SOURCES = {
    'h10-27': '002_433419e1c499dc0d.txt',
    'h10-29': '001_c7d1a51f02a6626a.txt',
    'h10-39': '004_6e137adebb593e30.txt',
    'h10-59': '000_52d4eb4e6b7dac08.txt',
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
    item('h10-01', 'chains', 'zh',
         ['单张H20跑一个320亿参数的稠密模型，batch=1，纯看显存带宽的话，FP8权重（每参数1字节）每秒最多解码多少token？换成BF16权重呢？'],
         E('answer', [V(125, 'token/s', 0.05, 'FP8解码速度'), V(62.5, 'token/s', 0.05, 'BF16解码速度')], [], [], []),
         '4.0e12 B/s ÷ 32e9 B = 125 token/s；BF16 权重 64e9 B → 62.5 token/s | check: [FP8解码速度] = H20_BW/(32e9*1); [BF16解码速度] = H20_BW/(32e9*2)'),
    item('h10-02', 'chains', 'zh',
         ['一个AI助手日活3000万，人均每天提问8次，每次平均生成500个token。模型是130亿参数的稠密模型，部署在H20上，有效利用率按25%算。每天要生成多少token？需要多少张H20？'],
         E('answer', [V(120000000000, 'token/day', 0.05, '每日token量'), V(975.975975975976, 'GPU', 0.05, '所需H20数量')], [], [], []),
         '3000万 × 8 × 500 = 1.2e11 token/天；× 2 × 13e9 = 3.12e21 FLOP/天；单卡 148e12 × 0.25 × 86400 = 3.20e18 → 约 976 张 | check: [每日token量] = 3e7*8*500; [所需H20数量] = 3e7*8*500*2*13e9/(H20_BF16*0.25*DAY)'),
    item('h10-03', 'chains', 'en',
         ["Budget is 4.2e24 FLOP. Cluster: 4,096 B200s, and we've measured 35% MFU. How many days of wall-clock?"],
         E('answer', [V(15.070408950617285, 'day', 0.05, 'wall-clock days')], [], [], []),
         '4.2e24 / (4096 x 2250e12 x 0.35 x 86400) = 15.1 days | check: [wall-clock days] = 4.2e24/(4096*B200_BF16*0.35*DAY)'),
    item('h10-04', 'own_numbers', 'en',
         ["A Beijing lab quoted us ¥2.8M a month to lease a 256-card cluster. At 7.2 yuan to the dollar, what's that in USD per month, and what does it work out to per card-hour if a month is 30 days?"],
         E('answer', [V(388888.8888888889, 'USD', 0.02, 'monthly lease in USD'), V(2.1098572530864197, 'USD', 0.02, 'cost per card-hour')], [], [], []),
         '2.8M / 7.2 = $388,889 per month; / (256 cards x 720 h) = $2.11 per card-hour | check: [monthly lease in USD] = 2.8e6/7.2; [cost per card-hour] = 2.8e6/7.2/(256*30*24)'),
    item('h10-05', 'chains', 'zh',
         ['一个MoE模型，总参数6710亿，每个token激活370亿，预训练14.8万亿token。按6ND（N取激活参数）算训练算力是多少？如果在2048张H800上以40%的MFU跑，要多少天？'],
         E('answer', [V(3.2856e+24, 'FLOP', 0.05, '训练算力'), V(46.936933437956405, 'day', 0.05, '训练天数')], [], [], []),
         'C = 6 × 37e9 × 14.8e12 = 3.29e24；÷ (2048 × 989e12 × 0.4 × 86400) ≈ 47 天 | check: [训练算力] = 6*37e9*14.8e12; [训练天数] = 6*37e9*14.8e12/(2048*H800_BF16*0.4*DAY)'),
    item('h10-06', 'chains', 'zh',
         ['我们打算用2048张H800训一个340亿参数的稠密模型，数据3.6万亿token，MFU按38%估。总训练算力多少FLOP？折合多少GPU小时？墙钟大概多少天？'],
         E('answer', [V(7.344e+23, 'FLOP', 0.05, '训练算力'), V(542813.0487999574, 'GPU-hour', 0.05, 'GPU小时'), V(11.043559749348091, 'day', 0.05, '墙钟天数')], [], [], []),
         'C = 6 × 34e9 × 3.6e12 = 7.34e23；单卡有效 989e12 × 0.38；GPU 小时 = C/有效/3600 ≈ 54.3 万；天数 = GPU 小时/2048/24 ≈ 11.0 天 | check: [训练算力] = 6*34e9*3.6e12; [GPU小时] = 6*34e9*3.6e12/(H800_BF16*0.38)/HOUR; [墙钟天数] = 6*34e9*3.6e12/(2048*H800_BF16*0.38)/DAY'),
    item('h10-07', 'own_numbers', 'zh',
         ['如果大模型API价格每年降六成，现在每百万token 8块钱，4年以后大概是多少钱？'],
         E('answer', [V(0.20480000000000004, 'CNY', 0.02, '4年后每百万token价格')], [], [], []),
         '每年剩 40%：8 × 0.4^4 = 0.2048 元 | check: [4年后每百万token价格] = 8*(1-0.6)**4'),
    item('h10-08', 'conversation', 'zh',
         ['先交代一下背景：我在一家公募做TMT，主要看国产算力链。我们组内算电费默认电价0.45元/千瓦时，PUE统一取1.3。', '对了，我刚才说我们组默认的电价和PUE是多少来着？'],
         E('answer', [V(0.45, 'CNY', 0.02, '默认电价'), V(1.3, 'factor', 0.02, '默认PUE')], [], [], []),
         '第一轮用户给出：电价 0.45 元/kWh，PUE 1.3 | check: [默认电价] = 0.45; [默认PUE] = 1.3'),
    item('h10-09', 'own_numbers', 'zh',
         ['某互联网大厂今年资本开支4800亿元，其中AI服务器2160亿元，数据中心土建和配套1200亿元。AI服务器占总capex的比例是多少？这两项加起来占多少？'],
         E('answer', [V(0.45, 'fraction', 0.02, 'AI服务器占比'), V(0.7, 'fraction', 0.02, '两项合计占比')], [], [], []),
         '2160/4800 = 45%；(2160+1200)/4800 = 70% | check: [AI服务器占比] = 2160/4800; [两项合计占比] = (2160+1200)/4800'),
    item('h10-10', 'own_numbers', 'zh',
         ['一台8卡H20服务器报价110万元，某运营商这次集采1.5万台。一共多少张卡？合同总金额多少元？'],
         E('answer', [V(120000, 'GPU', 0.02, 'GPU总数'), V(16500000000, 'CNY', 0.02, '合同总金额')], [], [], []),
         '8 × 15000 = 12 万张；110 万元 × 1.5 万台 = 165 亿元 | check: [GPU总数] = 8*15000; [合同总金额] = 1.1e6*15000'),
    item('h10-11', 'own_numbers', 'en',
         ["Fleet mix question. Last year 1,840 of our 4,600 accelerators were H100s; this year it's 3,900 out of 6,500. What was the H100 share in each year, and how many percentage points did it move?"],
         E('answer', [V(0.4, 'fraction', 0.02, 'H100 share last year'), V(0.6, 'fraction', 0.02, 'H100 share this year'), V(0.19999999999999996, 'fraction', 0.02, 'change in H100 share')], [], [], []),
         '1840/4600 = 40%; 3900/6500 = 60%; +20 percentage points | check: [H100 share last year] = 1840/4600; [H100 share this year] = 3900/6500; [change in H100 share] = 3900/6500-1840/4600'),
    item('h10-12', 'conversation', 'en',
         ["Quick context: I'm a reporter at a tech outlet in Singapore, working on a piece about data-centre power.", 'For the rest of this chat, use 1 USD = 1.35 SGD when converting. Nothing to calculate yet.'],
         E('ack', [], [], [], []),
         'statement of context and a house exchange rate; acknowledge only'),
    item('h10-13', 'own_numbers', 'en',
         ['Two neoclouds at end-2024: one has 25k GPUs and grows its fleet 40% a year, the other has 60k and grows 15% a year. If those rates hold, at the end of which year does the smaller one first overtake the bigger one?'],
         E('answer', [V(2029, 'year', 0.0002, 'overtake year')], [], [], []),
         '25*1.4^n > 60*1.15^n -> n > ln(2.4)/ln(1.4/1.15) = 4.45 -> n = 5: end-2028 96.0k vs 104.9k, end-2029 134.5k vs 120.7k -> 2029 | check: [overtake year] = 2024+math.ceil(math.log(60/25)/math.log(1.4/1.15))'),
    item('h10-14', 'scaling', 'zh',
         ['算力预算1.2×10^26 FLOP，按Chinchilla每参数20个token，最优参数量和训练token数是多少？训出来的模型每生成一个token要多少FLOP？'],
         E('answer', [V(1000000000000, 'parameter', 0.02, '参数量'), V(20000000000000, 'token', 0.02, '训练token数'), V(2000000000000, 'FLOP', 0.02, '每token推理算力')], [], [], []),
         'N = sqrt(1.2e26/120) = 1e12；D = 2e13；推理 2N = 2e12 FLOP/token | check: [参数量] = math.sqrt(1.2e26/120); [训练token数] = 20*math.sqrt(1.2e26/120); [每token推理算力] = 2*math.sqrt(1.2e26/120)'),
    item('h10-15', 'entities', 'en',
         ['How many H20s would you need to match the dense BF16 throughput of 1,000 H100s?'],
         E('answer', [V(6682.4324324324325, 'GPU', 0.02, 'H20s needed')], [], [], []),
         '1000 x 989 / 148 = 6,682 H20s | check: [H20s needed] = 1000*H100_BF16/H20_BF16'),
    item('h10-16', 'chains', 'en',
         ['KV cache sizing: 80 layers, GQA with 8 KV heads, head dim 128, a 32,768-token context, batch of 16, fp16 cache. How many bytes in total?'],
         E('answer', [V(171798691840, 'byte', 0.05, 'KV cache size')], [], [], []),
         '2 x 80 x 8 x 128 x 32768 x 16 x 2 bytes = 1.718e11 bytes (160 GiB) | check: [KV cache size] = 2*80*8*128*32768*16*2'),
    item('h10-17', 'own_numbers', 'en',
         ["ARK-style argument: hardware improvements cut AI training cost 53% a year, and better algorithms independently knock off another 47% a year. Put together, what's the annual decline in training cost?"],
         E('answer', [V(0.7509, 'fraction', 0.02, 'combined annual decline')], [], [], []),
         'remaining cost per year = 0.47 x 0.53 = 0.2491, so the decline is 1 - 0.2491 = 75.09% | check: [combined annual decline] = 1-(1-0.53)*(1-0.47)'),
    item('h10-18', 'scaling', 'zh',
         ['我们有4096张H100，能连续用30天，利用率按默认。按Chinchilla（每参数20个token）算，计算最优的模型该多大、该喂多少token？'],
         E('answer', [V(187083286693.3869, 'parameter', 0.05, '参数量'), V(3741665733867.7383, 'token', 0.05, '训练token数')], [], [], []),
         'C = 4096 × 989e12 × 0.4 × 30 × 86400 = 4.2e24；N = sqrt(C/120) ≈ 1.87e11；D = 20N ≈ 3.74e12 | check: [参数量] = math.sqrt(4096*H100_BF16*MFU_DEFAULT*30*DAY/120); [训练token数] = 20*math.sqrt(4096*H100_BF16*MFU_DEFAULT*30*DAY/120)'),
    item('h10-19', 'scaling', 'en',
         ["What's the Chinchilla-optimal split of parameters and tokens for a 1e24 FLOP budget?"],
         E('answer', [V(91287092917.52768, 'parameter', 0.02, 'parameters'), V(1825741858350.5537, 'token', 0.02, 'training tokens')], [], [], []),
         'N = sqrt(1e24/120) = 9.13e10; D = 20N = 1.83e12 | check: [parameters] = math.sqrt(1e24/120); [training tokens] = 20*math.sqrt(1e24/120)'),
    item('h10-20', 'entities', 'zh',
         ['假设我们拿到的H20是特供降频版，BF16稠密峰值只有120 TFLOPS（以这个数为准，不用官方数）。要在算力上对标64台8卡H800服务器，需要多少台8卡H20服务器？'],
         E('answer', [V(527.4666666666667, 'server', 0.02, '所需H20服务器')], [], [], []),
         '64 × 8 × 989 / (8 × 120) = 527.5 台，约 528 台 | check: [所需H20服务器] = 64*8*H800_BF16/(8*120e12)'),
    item('h10-21', 'conversation', 'en',
         ["We can get 1,024 H100s for two weeks. At default utilisation, what's the Chinchilla-optimal model size?", 'What about 30 days instead?'],
         E('answer', [V(93541643346.69345, 'parameter', 0.05, 'parameters'), V(1870832866933.8691, 'token', 0.05, 'training tokens')], [], [], []),
         'C = 1024 x 989e12 x 0.4 x 30 x 86400 = 1.05e24; N = sqrt(C/120) = 9.35e10; D = 20N = 1.87e12 | check: [parameters] = math.sqrt(1024*H100_BF16*MFU_DEFAULT*30*DAY/120); [training tokens] = 20*math.sqrt(1024*H100_BF16*MFU_DEFAULT*30*DAY/120)'),
    item('h10-22', 'entities', 'zh',
         ['Qwen2.5 72B 生成一个token大概要多少FLOP？如果每天要生成10亿个token，放在H100上、利用率用默认值，算力上需要几张卡？'],
         E('answer', [V(144000000000, 'FLOP', 0.05, '每token算力'), V(4.213009774182676, 'GPU', 0.05, '所需H100数量')], [], [], []),
         '2N = 1.44e11 FLOP/token；1e9 × 1.44e11 / (989e12 × 0.4 × 86400) ≈ 4.2 张 | check: [每token算力] = 2*72e9; [所需H100数量] = 1e9*2*72e9/(H100_BF16*MFU_DEFAULT*DAY)'),
    item('h10-23', 'conversation', 'en',
         ['Bit of context: I run infra at a small startup. We own 96 H100s and 32 A100s, colocated in Frankfurt, paying €0.21 per kWh.', "Remind me: how many GPUs did I say we have in total, and what's our power price?"],
         E('answer', [V(128, 'GPU', 0.02, 'total GPUs'), V(0.21, 'EUR', 0.02, 'electricity price')], [], [], []),
         '96 + 32 = 128 GPUs; EUR 0.21 per kWh as stated in turn 1 | check: [total GPUs] = 96+32; [electricity price] = 0.21'),
    item('h10-24', 'conversation', 'zh',
         ['一个700亿参数的稠密模型，FP8权重（每参数1字节），batch 1，在H100 SXM上按显存带宽算每秒最多解码多少token？', '换成H20呢？'],
         E('answer', [V(57.142857142857146, 'token/s', 0.05, 'H20解码速度')], [], [], []),
         '沿用上一轮设定：4.0e12 / 70e9 = 57.1 token/s | check: [H20解码速度] = H20_BW/(70e9*1)'),
    item('h10-25', 'routing', 'en',
         ['Among the A100, H100, H20 and B200, which have a dense BF16 peak above 500 TFLOPS? Just the names.'],
         E('list', [], ['H100', 'B200'], ['B200'], []),
         'peaks: A100 312, H100 989, H20 148, B200 2250 TFLOPS -> H100 and B200'),
    item('h10-26', 'scaling', 'zh',
         ['512台8卡H800，跑60天，MFU实测35%。总算力是多少？按Chinchilla最优，参数量和token数各是多少？'],
         E('answer', [V(7.3500327936e+24, 'FLOP', 0.05, '总算力'), V(247487925523.65054, 'parameter', 0.05, '参数量'), V(4949758510473.011, 'token', 0.05, '训练token数')], [], [], []),
         'C = 4096 × 989e12 × 0.35 × 60 × 86400 = 7.35e24；N = sqrt(C/120) ≈ 2.47e11；D = 20N ≈ 4.95e12 | check: [总算力] = 512*8*H800_BF16*0.35*60*DAY; [参数量] = math.sqrt(512*8*H800_BF16*0.35*60*DAY/120); [训练token数] = 20*math.sqrt(512*8*H800_BF16*0.35*60*DAY/120)'),
    item('h10-27', 'routing', 'zh',
         ['《2024年数字经济专题》那份报告里对Sora的训练算力做过一个粗算：假设用多少张A100、要训练多少天？'],
         E('cite', [V(10000, 'GPU', 0.02, 'A100数量'), V(154, 'day', 0.02, '训练天数')], [], ['154'], []),
         '002_433419e1c499dc0d.txt 假设四：Sora 大约需在 1 万张 A100 上训练 154 天（2.6e24 / (19.5e12 × 10000) / 86400） | check: [A100数量] = 10000; [训练天数] = 154', kb=True),
    item('h10-28', 'conversation', 'zh',
         ['我们在评估一个客服项目：日均2亿次对话，每次平均输出300个token。', '模型打算用Qwen2.5 14B。', '部署在H20上，利用率按30%，算力上要多少张卡？'],
         E('answer', [V(437.93793793793793, 'GPU', 0.05, '所需H20数量')], [], [], []),
         '2亿 × 300 = 6e10 token/天；× 2 × 14e9 = 1.68e21 FLOP/天；单卡 148e12 × 0.3 × 86400 = 3.84e18 → 约 438 张 | check: [所需H20数量] = 2e8*300*2*14e9/(H20_BF16*0.3*DAY)'),
    item('h10-29', 'routing', 'en',
         ["Weijin Research's Kan DAO 2024 report has a passage on the memory wall. How low does it say GPT-4's efficiency can fall on state-of-the-art chips?"],
         E('cite', [V(0.03, 'fraction', 0.02, 'GPT-4 efficiency floor')], [], ['3%'], []),
         '001_c7d1a51f02a6626a.txt: 报告引用的研究：最先进芯片上 GPT-4 的运行效率最低约 3%（或更低） | check: [GPT-4 efficiency floor] = 0.03', kb=True),
    item('h10-30', 'entities', 'zh',
         ['某国产卡官方口径：显存带宽1.6 TB/s、BF16峰值280 TFLOPS。用它跑Qwen2.5 7B（BF16权重，batch 1），带宽上限的解码速度是多少？同样条件下H20的解码速度是它的几倍？'],
         E('answer', [V(114.28571428571429, 'token/s', 0.05, '国产卡解码速度'), V(2.5, 'factor', 0.02, 'H20相对倍数')], [], [], []),
         '权重 14e9 字节：1.6e12 / 14e9 = 114 token/s；H20 4.0e12 / 1.6e12 = 2.5 倍 | check: [国产卡解码速度] = 1.6e12/(7e9*2); [H20相对倍数] = H20_BW/1.6e12'),
    item('h10-31', 'chains', 'zh',
         ['1万张H100的集群，单卡连带整机分摊按700W算（IT负载也就是7MW），PUE 1.25，满载连续跑90天。总用电多少MWh？电价0.6元/度的话，电费是多少？'],
         E('answer', [V(18900, 'MWh', 0.05, '用电量'), V(11340000, 'CNY', 0.05, '电费')], [], [], []),
         '10000 × 700 W × 2160 h × 1.25 / 1000 = 1890 万 kWh = 18,900 MWh；× 0.6 元 = 1134 万元 | check: [用电量] = 10000*700*90*24*1.25/1000/1000; [电费] = 10000*700*90*24*1.25/1000*0.6'),
    item('h10-32', 'own_numbers', 'zh',
         ['看到一份券商纪要：某头部云厂商的智算规模从2021年底的1.2万 PFLOPS 扩到了2024年底的9.6万 PFLOPS。2024年底是2021年底的几倍？折合年复合增速多少？'],
         E('answer', [V(8, 'factor', 0.02, '倍数'), V(1, 'fraction', 0.02, '年复合增速')], [], [], []),
         '9.6万/1.2万 = 8 倍；CAGR = 8^(1/3) - 1 = 100% | check: [倍数] = 9.6/1.2; [年复合增速] = (9.6/1.2)**(1/(2024-2021))-1'),
    item('h10-33', 'own_numbers', 'zh',
         ['假设头部模型的训练算力每年都变成上一年的3倍，那多久翻一番？用天表示，一年按365天算。'],
         E('answer', [V(230.28936005358193, 'day', 0.02, '翻倍时间')], [], [], []),
         '翻倍时间 = ln2/ln3 年 = 0.631 年 ≈ 230 天 | check: [翻倍时间] = 365*math.log(2)/math.log(3)'),
    item('h10-34', 'entities', 'zh',
         ['Llama 3 8B，BF16权重，单张A100 80GB，batch 1，受显存带宽限制每秒最多能出多少个token？'],
         E('answer', [V(127.4375, 'token/s', 0.05, '解码速度上限')], [], [], []),
         '权重 16e9 字节；2.039e12 / 16e9 = 127 token/s | check: [解码速度上限] = A100_BW/(8e9*2)'),
    item('h10-35', 'chains', 'en',
         ["Energy for a pretraining run: 1,024 A100s for three weeks, 400 W per GPU all-in, PUE 1.1. How many MWh, and what's the power bill at 8 cents a kWh?"],
         E('answer', [V(227.08224, 'MWh', 0.05, 'energy'), V(18166.579200000004, 'USD', 0.05, 'electricity cost')], [], [], []),
         '1024 x 400 W x 504 h x 1.1 / 1000 = 227,082 kWh = 227 MWh; x $0.08 = $18.2k | check: [energy] = 1024*400*21*24*1.1/1000/1000; [electricity cost] = 1024*400*21*24*1.1/1000*0.08'),
    item('h10-36', 'entities', 'en',
         ['H20 vs H100 SXM: by what factor does the H20 beat the H100 on HBM bandwidth, and by what factor does the H100 beat the H20 on dense BF16?'],
         E('answer', [V(1.1940298507462686, 'factor', 0.02, 'bandwidth ratio H20 over H100'), V(6.6824324324324325, 'factor', 0.02, 'compute ratio H100 over H20')], [], [], []),
         '4.0 / 3.35 = 1.19x bandwidth; 989 / 148 = 6.68x compute | check: [bandwidth ratio H20 over H100] = H20_BW/H100_BW; [compute ratio H100 over H20] = H100_BF16/H20_BF16'),
    item('h10-37', 'chains', 'en',
         ["13-billion-parameter model in bf16 on a single A100 80GB, batch size one. What's the memory-bandwidth ceiling on decode speed, and how long would a 1,000-token answer take at that ceiling?"],
         E('answer', [V(78.42307692307692, 'token/s', 0.05, 'decode speed ceiling'), V(12.751348700343305, 'second', 0.05, 'time for 1000 tokens')], [], [], []),
         '2.039e12 B/s / 26e9 B = 78.4 tokens/s; 1000 / 78.4 = 12.8 s | check: [decode speed ceiling] = A100_BW/(13e9*2); [time for 1000 tokens] = 1000/(A100_BW/(13e9*2))'),
    item('h10-38', 'scaling', 'en',
         ["We've got about 2 trillion tokens of clean data and want to use it exactly once, Chinchilla-optimally. What model size fits, and how much compute does the run take?"],
         E('answer', [V(100000000000, 'parameter', 0.02, 'parameters'), V(1.2e+24, 'FLOP', 0.02, 'training compute')], [], [], []),
         'N = D/20 = 1e11; C = 6 x 1e11 x 2e12 = 1.2e24 | check: [parameters] = 2e12/20; [training compute] = 6*(2e12/20)*2e12'),
    item('h10-39', 'routing', 'zh',
         ['中金《AI经济学》第二章里提到斯坦福HAI测算的GPT-4和Gemini Ultra训练成本，分别是多少？'],
         E('cite', [V(78000000, 'USD', 0.02, 'GPT-4训练成本'), V(191000000, 'USD', 0.02, 'Gemini Ultra训练成本')], [], ['7800万', '1.91亿', '1.91'], []),
         '004_6e137adebb593e30.txt：斯坦福HAI研究所测算GPT-4和Gemini Ultra的训练成本分别高达7800万和1.91亿美元 | check: [GPT-4训练成本] = 7.8e7; [Gemini Ultra训练成本] = 1.91e8', kb=True),
    item('h10-40', 'chains', 'en',
         ["We're generating about 50bn output tokens a day from a 70B dense model on H100s. Assume 30% utilisation and compute-bound serving. How many GPUs do we need?"],
         E('answer', [V(273.0654483266549, 'GPU', 0.05, 'H100s needed')], [], [], []),
         '50e9 tokens x 2 x 70e9 = 7e21 FLOP/day; per H100 989e12 x 0.3 x 86400 = 2.56e19 -> ~273 GPUs | check: [H100s needed] = 50e9*2*70e9/(H100_BF16*0.3*DAY)'),
    item('h10-41', 'chains', 'zh',
         ['租一台8卡H100整机每小时20美元，上面部署一个70B模型，实测整机输出吞吐2400 token/s，长期满载。每百万输出token的成本是多少美元？'],
         E('answer', [V(2.314814814814815, 'USD', 0.05, '每百万token成本')], [], [], []),
         '每小时 2400 × 3600 = 864 万 token；20 / 8.64 = 2.31 美元/百万 token | check: [每百万token成本] = 20/(2400*HOUR/1e6)'),
    item('h10-42', 'routing', 'zh',
         ['帮我算算训练一个大模型要多少钱？'],
         E('ask', [], [], [], []),
         '没有参数量、token 数、芯片、租价等信息，无法计算，应追问'),
    item('h10-43', 'routing', 'zh',
         ['明天上海下雨吗？出门要不要带伞？'],
         E('refuse', [], [], [], []),
         '天气预报不在 AI 产业算力分析范围内，应拒答'),
    item('h10-44', 'entities', 'en',
         ["Llama 3.1 405B was trained on about 15.6 trillion tokens. What's the training compute by 6ND, and how many B200 GPU-hours would that be at the default utilisation?"],
         E('answer', [V(3.7908e+25, 'FLOP', 0.05, 'training compute'), V(11700000, 'GPU-hour', 0.05, 'B200 GPU-hours')], [], [], []),
         'C = 6 x 405e9 x 15.6e12 = 3.79e25; / (2250e12 x 0.4) / 3600 = 11.7M GPU-hours | check: [training compute] = 6*405e9*15.6e12; [B200 GPU-hours] = 6*405e9*15.6e12/(B200_BF16*MFU_DEFAULT)/HOUR'),
    item('h10-45', 'own_numbers', 'zh',
         ['国产某GPU 2024年出货12万张。假如之后每年增长45%，哪一年出货量第一次突破100万张？'],
         E('answer', [V(2030, 'year', 0.0002, '首次突破100万张的年份')], [], [], []),
         '12×1.45^n ≥ 100 → n ≥ 5.71 → n = 6：2029 年约 76.9 万张，2030 年约 111.5 万张 → 2030 年 | check: [首次突破100万张的年份] = 2024+math.ceil(math.log(100/12)/math.log(1.45))'),
    item('h10-46', 'own_numbers', 'en',
         ['Rule of thumb from a conference talk: frontier training compute doubles every six months. Taken literally, how much bigger is a 2025 frontier run than a 2020 one, and what annual growth multiple does that imply?'],
         E('answer', [V(1024, 'factor', 0.02, 'growth factor 2020 to 2025'), V(4, 'factor', 0.02, 'annual growth multiple')], [], [], []),
         '5 years = 10 doublings = 2^10 = 1024x; two doublings a year = 4x per year | check: [growth factor 2020 to 2025] = 2**((2025-2020)/0.5); [annual growth multiple] = 2**(1/0.5)'),
    item('h10-47', 'scaling', 'en',
         ["If someone hands you half a trillion trillion FLOP of compute, what's the compute-optimal model size and token count, Chinchilla rules?"],
         E('answer', [V(64549722436.79028, 'parameter', 0.02, 'parameters'), V(1290994448735.8057, 'token', 0.02, 'training tokens')], [], [], []),
         'C = 5e23; N = sqrt(5e23/120) = 6.45e10; D = 1.29e12 | check: [parameters] = math.sqrt(0.5e24/120); [training tokens] = 20*math.sqrt(0.5e24/120)'),
    item('h10-48', 'conversation', 'zh',
         ['以后算能耗，我们统一按单卡700W、PUE 1.2来算，不用再问我。', '一个2000张H800的集群连续跑30天，耗电多少MWh？'],
         E('answer', [V(1209.6, 'MWh', 0.05, '耗电量')], [], [], []),
         '沿用 700 W、PUE 1.2：2000 × 700 × 720 h × 1.2 / 1000 = 1,209,600 kWh = 1209.6 MWh | check: [耗电量] = 2000*700*30*24*1.2/1000/1000'),
    item('h10-49', 'own_numbers', 'en',
         ["Our inference API did $36M revenue in 2022 and $410M in 2025. What's the implied CAGR?"],
         E('answer', [V(1.249885682349158, 'fraction', 0.02, 'revenue CAGR 2022-2025')], [], [], []),
         '(410/36)^(1/3) - 1 = 124.9% | check: [revenue CAGR 2022-2025] = (410/36)**(1/(2025-2022))-1'),
    item('h10-50', 'own_numbers', 'zh',
         ['某省智能算力占总算力的比重从2021年的26%提升到了2024年的32.5%。提升了几个百分点？相对2021年的比重又涨了百分之多少？'],
         E('answer', [V(0.065, 'fraction', 0.02, '百分点变化'), V(0.25, 'fraction', 0.02, '相对增幅')], [], [], []),
         '32.5% - 26% = 6.5 个百分点；32.5/26 - 1 = 25% | check: [百分点变化] = 0.325-0.26; [相对增幅] = 0.325/0.26-1'),
    item('h10-51', 'conversation', 'en',
         ['House assumptions for our team: H100s rent at $2.10 per GPU-hour and we plan on 45% MFU, not 40%.', 'Right. So what would an 8e23 FLOP training run cost us?'],
         E('answer', [V(499319.676940169, 'GPU-hour', 0.05, 'GPU-hours'), V(1048571.321574355, 'USD', 0.05, 'rental cost')], [], [], []),
         '8e23 / (989e12 x 0.45) / 3600 = 499k GPU-hours; x $2.10 = $1.05M | check: [GPU-hours] = 8e23/(H100_BF16*0.45)/HOUR; [rental cost] = 8e23/(H100_BF16*0.45)/HOUR*2.1'),
    item('h10-52', 'chains', 'en',
         ['Long-context serving: a model with 64 layers, 8 KV heads, head dim 128, BF16 KV cache, 131,072 tokens per sequence. How many KV bytes per sequence? With 400 GB (decimal) of HBM free for cache, how many full-length sequences fit at once?'],
         E('answer', [V(34359738368, 'byte', 0.05, 'KV cache per sequence'), V(11, 'count', 0.05, 'concurrent full-length sequences')], [], [], []),
         '2 x 64 x 8 x 128 x 131072 x 2 = 3.44e10 bytes (32 GiB); 400e9 / 3.44e10 = 11.6 -> 11 sequences | check: [KV cache per sequence] = 2*64*8*128*131072*2; [concurrent full-length sequences] = math.floor(400e9/(2*64*8*128*131072*2))'),
    item('h10-53', 'chains', 'zh',
         ['复刻一下GPT-3量级：1750亿参数、3000亿token，租1024张A100，没有MFU数据就按默认，每卡时租金12元。总GPU小时、训练天数、租金总额分别是多少？'],
         E('answer', [V(701121.7948717949, 'GPU-hour', 0.05, 'GPU小时'), V(28.528718866853634, 'day', 0.05, '训练天数'), V(8413461.538461538, 'CNY', 0.05, '租金总额')], [], [], []),
         'C = 6 × 175e9 × 300e9 = 3.15e23；单卡有效 312e12 × 0.4；GPU 小时 ≈ 70.1 万；÷1024÷24 ≈ 28.5 天；× 12 元 ≈ 841 万元 | check: [GPU小时] = 6*175e9*300e9/(A100_BF16*MFU_DEFAULT)/HOUR; [训练天数] = 6*175e9*300e9/(1024*A100_BF16*MFU_DEFAULT*DAY); [租金总额] = 6*175e9*300e9/(A100_BF16*MFU_DEFAULT)/HOUR*12'),
    item('h10-54', 'own_numbers', 'en',
         ["If the price per token keeps falling 70% a year, what's the halving time, in years?"],
         E('answer', [V(0.575716642493445, 'years', 0.02, 'halving time')], [], [], []),
         'each year price x0.3; t = ln(0.5)/ln(0.3) = 0.576 years | check: [halving time] = math.log(0.5)/math.log(1-0.7)'),
    item('h10-55', 'entities', 'en',
         ["Suppose we get 512 B200s. In dense BF16 terms, that's equivalent to how many A100s?"],
         E('answer', [V(3692.3076923076924, 'GPU', 0.02, 'A100 equivalent')], [], [], []),
         '512 x 2250 / 312 = 3,692 A100s | check: [A100 equivalent] = 512*B200_BF16/A100_BF16'),
    item('h10-56', 'chains', 'en',
         ["Ballpark for the board deck: an 8B dense model trained on 15T tokens, on rented H100s at $2.40/GPU-hour. No MFU figure yet, so use your default. How many GPU-hours, and what's the rental bill?"],
         E('answer', [V(505561.17290192115, 'GPU-hour', 0.05, 'GPU-hours'), V(1213346.8149646106, 'USD', 0.05, 'rental cost')], [], [], []),
         'C = 6 x 8e9 x 15e12 = 7.2e23; effective 989e12 x 0.4 per GPU; 505.6k GPU-hours x $2.40 = $1.21M | check: [GPU-hours] = 6*8e9*15e12/(H100_BF16*MFU_DEFAULT)/HOUR; [rental cost] = 6*8e9*15e12/(H100_BF16*MFU_DEFAULT)/HOUR*2.4'),
    item('h10-57', 'conversation', 'en',
         ['How long would it take to train a 13B dense model on 2.6T tokens with 512 A100s? Default utilisation is fine.', 'And on H100s, same count?'],
         E('answer', [V(11.588519723907426, 'day', 0.05, 'training days on H100')], [], [], []),
         'C = 6 x 13e9 x 2.6e12 = 2.03e23; / (512 x 989e12 x 0.4 x 86400) = 11.6 days | check: [training days on H100] = 6*13e9*2.6e12/(512*H100_BF16*MFU_DEFAULT*DAY)'),
    item('h10-58', 'conversation', 'zh',
         ['我叫林岚，在一家券商做TMT研究，之后可能会问你不少算力方面的问题。', '另外说一句，我们团队今年主要覆盖光模块和液冷这两条线。'],
         E('ack', [], [], [], []),
         '纯陈述，无问题，应简单确认'),
    item('h10-59', 'routing', 'en',
         ['The tech-cycle report in the library (科技周期探索之七) estimates the compound annual decline in cost per GFLOPS over the past decade. What range does it give?'],
         E('cite', [], ['25', '35'], ['25', '35'], []),
         '000_52d4eb4e6b7dac08.txt: 最近10年全球每GFLOPS的复合成本降幅大约在25-35%之间', kb=True),
    item('h10-60', 'routing', 'en',
         ['Can you give me a good recipe for beef rendang for six people?'],
         E('refuse', [], [], [], []),
         'cooking recipe, out of scope for compute-economics analysis'),
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
    want_ids = [f"h10-{i:02d}" for i in range(1, 61)]
    if len(ITEMS) != 60:
        errs.append(f"expected 60 items, got {len(ITEMS)}")
    if sorted(ids) != want_ids or len(set(ids)) != len(ids):
        errs.append("ids must be exactly h10-01 .. h10-60, unique")

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
            errs.append("heldout10.jsonl does not match verify.py (run --write)")
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
