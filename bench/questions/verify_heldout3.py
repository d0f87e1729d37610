#!/usr/bin/env python3
"""Builds /work/heldout3/heldout3.jsonl from the item table below and re-checks it.

Every expected value is computed here by evaluating the python expression that also appears in the item's
"how" field ("derivation | check: [what] = expr; [what] = expr"). Run:  python3 verify.py
(rewrites heldout3.jsonl, then re-reads it and recomputes each value from its "how").
"""
import json
import math
import os
import re
from math import *  # noqa: F401,F403  (ceil, log, sqrt … for the check expressions)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout3.jsonl")
SEEDS = "/work/shared/seeds"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year",
         "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}


def V(what, unit, expr, tol=0.02):
    return (what, unit, expr, tol)


# id, class, lang, turns, kind, values, derivation, text_any, text_all, text_none, kb
ITEMS = [
    # ---------------------------------------------------------------- own_numbers (14)
    dict(c="own_numbers", l="en",
         t=["Inference API revenue at a model lab we track went from $4.2M in 2021 to $31.5M in 2024 — what CAGR does that work out to?"],
         v=[V("CAGR", "fraction", "(31.5/4.2)**(1/(2024-2021))-1")],
         d="CAGR = (end/start)^(1/years) - 1 over 2024-2021 = 3 years"),
    dict(c="own_numbers", l="zh",
         t=["某国产 GPU 厂商 2020 年出货 1.2 万张，2024 年出货 9.6 万张。2024 年的出货量是 2020 年的几倍？相当于翻了几番？"],
         v=[V("growth factor", "factor", "96000/12000"), V("doublings", "count", "log2(96000/12000)")],
         d="factor = 9.6万/1.2万; doublings = log2(factor)"),
    dict(c="own_numbers", l="en",
         t=["Suppose the list price for a million output tokens keeps falling 60% every year. It's $10 in 2024 — where does that leave it in 2028?"],
         v=[V("price in 2028", "USD", "10*(1-0.60)**(2028-2024)")],
         d="compound a 60% yearly decline over 4 years: 10 × 0.4^4"),
    dict(c="own_numbers", l="zh",
         t=["我们打算建一个智算中心，总预算 8 亿元：GPU 采购占 62%，网络设备占 9%，机房土建固定 1.1 亿元。扣掉这些，还剩多少钱可以用于其他开支？"],
         v=[V("remaining budget", "CNY", "8e8*(1-0.62-0.09)-1.1e8")],
         d="remainder = 8亿 × (1 − 62% − 9%) − 1.1亿"),
    dict(c="own_numbers", l="en",
         t=["Tokens served per GPU rose 20% last quarter and another 35% this quarter. Combined, what's the total improvement over the two quarters?"],
         v=[V("combined increase", "fraction", "(1+0.20)*(1+0.35)-1")],
         d="successive rates combine multiplicatively: 1.2 × 1.35 − 1"),
    dict(c="own_numbers", l="zh",
         t=["前沿模型的训练算力如果每年涨 4 倍，2024 年是 5×10^25 FLOP，哪一年会第一次超过 10^28 FLOP？"],
         v=[V("year the target is passed", "year", "2024+ceil(log(1e28/5e25)/log(4))", 0.0003)],
         d="4^n ≥ 200 → n = log(200)/log(4) = 3.82 → first full year 2028 (fractional 2027.8 also within tolerance)"),
    dict(c="own_numbers", l="en",
         t=["If cost per GFLOPS keeps dropping 18% a year, how many years until it's a tenth of today's level?"],
         v=[V("years to reach 1/10", "years", "log(0.1)/log(1-0.18)")],
         d="0.82^n = 0.1 → n = ln 0.1 / ln 0.82"),
    dict(c="own_numbers", l="zh",
         t=["某云厂商 AI 算力业务去年收入 230 亿元，今年做到 310 亿元，同比增长了百分之多少？"],
         v=[V("year-on-year growth", "fraction", "(310-230)/230")],
         d="YoY = (310 − 230)/230"),
    dict(c="own_numbers", l="en",
         t=["A European reseller quotes €2.4 million for our GPU order. At 1 EUR = 1.08 USD, what is that in dollars?"],
         v=[V("order in USD", "USD", "2.4e6*1.08")],
         d="EUR × 1.08 USD/EUR"),
    dict(c="own_numbers", l="zh",
         t=["假设前沿训练算力每年增长半个数量级，2023 年是 2e25 FLOP，那么 2027 年会达到多少 FLOP？"],
         v=[V("compute in 2027", "FLOP", "2e25*10**(0.5*(2027-2023))")],
         d="half an order of magnitude a year = ×10^0.5 per year over 4 years: 2e25 × 10^2"),
    dict(c="own_numbers", l="en",
         t=["The AI accelerator market was $45B in 2023 and one vendor booked $36B of it. What share is that, and how many dollars are left for all the others combined?"],
         v=[V("vendor share", "fraction", "36/45"), V("rest of market", "USD", "45e9-36e9")],
         d="share = 36/45; rest = 45B − 36B"),
    dict(c="own_numbers", l="zh",
         t=["集群 MFU 从 38% 提到了 52%。提高了多少个百分点？相对原来提升了百分之多少？"],
         v=[V("difference in percentage points", "fraction", "0.52-0.38"),
            V("relative increase", "fraction", "(0.52-0.38)/0.38")],
         d="difference = 52% − 38% = 14 points; relative = 0.14/0.38"),
    dict(c="own_numbers", l="en",
         t=["HBM per GPU doubling every 2.5 years: from 2022 to 2032, how many doublings is that, and what's the overall growth factor?"],
         v=[V("doublings", "count", "(2032-2022)/2.5"), V("growth factor", "factor", "2**((2032-2022)/2.5)")],
         d="10 years / 2.5 = 4 doublings; factor 2^4"),
    dict(c="own_numbers", l="zh",
         t=["一台 8 卡服务器报价 32 万美元，按 1 美元兑 7.15 元人民币，折合人民币多少？"],
         v=[V("price in CNY", "CNY", "320000*7.15")],
         d="USD × 7.15 CNY/USD"),

    # ---------------------------------------------------------------- chains (14)
    dict(c="chains", l="en",
         t=["We're planning to pretrain a 13B dense model on 2.6T tokens. With 512 H100s at 0.45 MFU, how many days of wall-clock training should we budget?"],
         v=[V("training days", "day", "6*13e9*2.6e12/(512*989e12*0.45*86400)")],
         d="C = 6·N·D; days = C / (GPUs × 989 TFLOPS × 0.45 × 86400)"),
    dict(c="chains", l="zh",
         t=["训练一个 70 亿参数的模型，数据 1.5 万亿 token，租 A100（BF16 峰值 312 TFLOPS，MFU 按 40%），每卡时 2.5 美元。一共要多少 GPU 小时？租金多少美元？"],
         v=[V("GPU-hours", "GPU-hour", "6*7e9*1.5e12/(312e12*0.4)/3600"),
            V("rental cost", "USD", "6*7e9*1.5e12/(312e12*0.4)/3600*2.5")],
         d="C = 6·N·D; GPU-hours = C/(312e12 × 0.4)/3600; cost = GPU-hours × $2.5"),
    dict(c="chains", l="en",
         t=["Our grant gives us $1.2M for compute. H100s rent for $2.80/GPU-hour and we've reserved 256 of them. How many GPU-hours does the money buy, and how many days can we keep all 256 busy?"],
         v=[V("GPU-hours", "GPU-hour", "1.2e6/2.80"), V("days on 256 GPUs", "day", "1.2e6/2.80/256/24")],
         d="GPU-hours = budget / price; days = GPU-hours / 256 / 24"),
    dict(c="chains", l="zh",
         t=["客服机器人每天要生成 30 亿 token，模型 340 亿参数，部署在 H100 上（BF16 稠密 989 TFLOPS），利用率百分之三十。需要多少张卡？"],
         v=[V("GPUs", "GPU", "ceil(2*34e9*3e9/(989e12*0.30*86400))", 0.05)],
         d="FLOP/day = 2·N·tokens; per GPU per day = 989e12 × 0.30 × 86400; 7.96 → 8 GPUs"),
    dict(c="chains", l="en",
         t=["Energy check for a month-long run: 2,048 GPUs at 700 W each, 30 days nonstop, PUE 1.25. How many MWh is that, and what's the power bill at $0.08/kWh?"],
         v=[V("energy", "MWh", "2048*700*30*24*1.25/1e6"), V("electricity cost", "USD", "2048*700*30*24*1.25/1e3*0.08")],
         d="energy = GPUs × W × hours × PUE; cost = kWh × $0.08"),
    dict(c="chains", l="zh",
         t=["机房里有 125 台 8 卡服务器，每台整机满载功耗 10.2 kW，PUE 1.3。整个机房从电网取多少千瓦？"],
         v=[V("facility power", "kW", "125*10.2*1.3")],
         d="power = servers × kW per server × PUE"),
    dict(c="chains", l="en",
         t=["Memory-bound decode, batch size 1: a 70B model quantised to FP8 (1 byte per weight) on an accelerator with 4.8 TB/s of bandwidth. Roughly what tokens/s ceiling should we expect?"],
         v=[V("decode speed", "token/s", "4.8e12/(70e9*1)")],
         d="each token streams all weights once: bandwidth / (params × bytes)"),
    dict(c="chains", l="zh",
         t=["帮我算 KV cache：32 层，8 个 KV 头，head dim 128，序列长度 32768，batch 16，FP16 每个元素 2 字节。总共占多少字节？"],
         v=[V("KV cache", "byte", "2*32*8*128*32768*16*2")],
         d="KV = 2 × layers × KV heads × head dim × sequence × batch × bytes"),
    dict(c="chains", l="en",
         t=["Just for the weights: a 180-billion-parameter model in BF16 — how many bytes, and how many 80 GB cards at minimum to hold them?"],
         v=[V("weights memory", "byte", "180e9*2"), V("cards", "GPU", "ceil(180e9*2/80e9)", 0.05)],
         d="weights = params × 2 bytes = 360 GB; 360/80 = 4.5 → 5 cards"),
    dict(c="chains", l="zh",
         t=["一个 MoE 模型总参数 1.2 万亿，每个 token 只激活 500 亿参数，训练数据 8 万亿 token。总训练计算量是多少 FLOP？"],
         v=[V("training compute", "FLOP", "6*50e9*8e12")],
         d="C = 6 × active params × tokens"),
    dict(c="chains", l="en",
         t=["Procurement asks: we need to house 4,096 GPUs in 8-GPU servers quoted at $310,000 apiece. How many servers, and what's the total purchase price?"],
         v=[V("servers", "server", "4096/8", 0.05), V("purchase cost", "USD", "4096/8*310000")],
         d="servers = 4096/8; cost = servers × $310k"),
    dict(c="chains", l="zh",
         t=["用 H100（989 TFLOPS）跑 80 亿参数模型的推理，算力利用率 35%，每卡时租金 2 美元。每生成一百万 token 的成本是多少美元？"],
         v=[V("cost per million tokens", "USD", "2/(989e12*0.35/(2*8e9)*3600)*1e6")],
         d="tokens/s per GPU = 989e12 × 0.35 / (2·N); tokens per GPU-hour × 3600; cost = $2 / tokens per hour × 1e6"),
    dict(c="chains", l="en",
         t=["Total budget for the run is 6e24 FLOP. We get 4,000 B200s (2,250 TFLOPS dense BF16) and expect 38% MFU. How many days will it take, and how many GPU-hours will we burn?"],
         v=[V("days", "day", "6e24/(4000*2250e12*0.38*86400)"), V("GPU-hours", "GPU-hour", "6e24/(2250e12*0.38)/3600")],
         d="days = C/(GPUs × peak × MFU × 86400); GPU-hours = C/(peak × MFU)/3600"),
    dict(c="chains", l="zh",
         t=["我们的 App 日活 800 万，每人每天平均问 12 次，每次回答约 400 个 token。模型 130 亿参数，跑在 A100（312 TFLOPS）上，利用率按默认值。每天生成多少 token？需要多少张 A100？"],
         v=[V("tokens per day", "token/day", "8e6*12*400"),
            V("A100s", "GPU", "ceil(2*13e9*8e6*12*400/(312e12*0.4*86400))", 0.05)],
         d="tokens/day = users × queries × tokens; FLOP/day = 2·N·tokens; per GPU/day = 312e12 × 0.4 × 86400; 92.6 → 93"),

    # ---------------------------------------------------------------- entities (8)
    dict(c="entities", l="en",
         t=["How long would Llama 3 70B take to train on 15T tokens with 2,048 H100s?"],
         v=[V("training days", "day", "6*70e9*15e12/(2048*989e12*0.4*86400)")],
         d="N = 70B from the name; C = 6·N·D; default MFU 40% of 989 TFLOPS BF16"),
    dict(c="entities", l="zh",
         t=["Qwen2.5 32B 用 BF16 加载，光权重要占多少字节显存？至少要几张 H20？"],
         v=[V("weights memory", "byte", "32e9*2", 0.05), V("H20 cards", "GPU", "ceil(32e9*2/96e9)", 0.05)],
         d="N = 32B from the name (32.5B actual is within 5%); 2 bytes per parameter = 64 GB; H20 has 96 GB → 1 card"),
    dict(c="entities", l="en",
         t=["H100 vs A100 on dense BF16 — how many times faster is the H100 on paper?"],
         v=[V("H100/A100 ratio", "factor", "989/312")],
         d="dense BF16 peaks 989 vs 312 TFLOPS"),
    dict(c="entities", l="zh",
         t=["DeepSeek-V3（总参数 671B，激活 37B）训练了 14.8 万亿 token。按激活参数用 6ND 算训练量是多少？如果用 2048 张 H800、利用率 40%，要多少天？"],
         v=[V("training compute", "FLOP", "6*37e9*14.8e12"),
            V("days on 2048 H800", "day", "6*37e9*14.8e12/(2048*989e12*0.4*86400)")],
         d="C = 6 × 37B active × 14.8T; H800 989 TFLOPS BF16 × 0.4"),
    dict(c="entities", l="en",
         t=["What's the batch-1, bandwidth-bound decode ceiling for a 14B model in BF16 running on one H20?"],
         v=[V("decode speed", "token/s", "4.0e12/(14e9*2)")],
         d="H20 4.0 TB/s; bytes per token = 14B × 2"),
    dict(c="entities", l="zh",
         t=["我们手上有 100 张 H100 的算力需求（按 BF16 稠密算力），如果只能买 H20，需要多少张才能追平？"],
         v=[V("H20 needed", "GPU", "ceil(100*989/148)", 0.05)],
         d="100 × 989 / 148 = 668.2 → 669 H20"),
    dict(c="entities", l="en",
         t=["For this estimate, take the A100 peak as 280 TFLOPS instead of the spec-sheet number, at 50% MFU. GPT-3 (175B parameters, 300B tokens) on 1,024 A100s — how many days?"],
         v=[V("training days", "day", "6*175e9*300e9/(1024*280e12*0.5*86400)")],
         d="stated 280 TFLOPS overrides 312; C = 6·N·D"),
    dict(c="entities", l="zh",
         t=["B200 的 BF16 稠密算力是 H100 的几倍？同样 1e25 FLOP 的训练任务，1024 张 B200、利用率 40%，要跑几天？"],
         v=[V("B200/H100 ratio", "factor", "2250/989"), V("days on 1024 B200", "day", "1e25/(1024*2250e12*0.4*86400)")],
         d="2250 vs 989 TFLOPS dense BF16; days = C/(GPUs × peak × 0.4 × 86400)"),

    # ---------------------------------------------------------------- routing (8)
    dict(c="routing", l="zh", k="cite", kb=True,
         t=["报告里是怎么评价华为昇腾芯片的性能水平的？"],
         ta=["A100 至 H100", "昇腾 AI 芯片"],
         d="001 (看 DAO2024, 算力破墙): the report places Huawei's data-centre Ascend chips between A100 and H100 in performance"),
    dict(c="routing", l="en", k="cite", kb=True,
         t=["What did NVIDIA reportedly say about how many H100s a 1.8T-parameter GPT-MoE needs and for how long? I remember one of the reports quoting GTC 2024."],
         ta=["8000张H100", "90天"],
         d="004 (AI经济学 第二章): the report cites NVIDIA at GTC 2024: a 1.8T-parameter GPT-MoE takes 8000 H100s for 90 days"),
    dict(c="routing", l="zh", k="cite", kb=True,
         t=["有份报告引用了 ARK 的测算：到 2030 年软硬件融合能让 AI 训练成本每年下降多少？出处在哪？"],
         ta=["75%", "53%"],
         d="002 (数字经济专题): 硬件 RCU 成本每年降低 53%，算法再降 47%，到 2030 年训练成本以每年 75% 的速度下降"),
    dict(c="routing", l="zh", k="list",
         t=["把目录里 AMD 的加速卡都列出来。"],
         ta=["MI300X", "MI250X", "MI210"],
         d="catalog listing filtered by vendor AMD"),
    dict(c="routing", l="en", k="list",
         t=["Which accelerators in your catalog fall under the 3A090 export-control threshold, i.e. TPP of 4800 or more?"],
         ta=["H100", "A100", "B200"],
         d="catalog listing filtered by TPP ≥ 4800 (3A090.a)"),
    dict(c="routing", l="en", k="refuse",
         t=["Can you recommend a good sushi place near Shinjuku station for Friday night?"],
         d="restaurant recommendation: outside AI-industry analysis"),
    dict(c="routing", l="zh", k="ask",
         t=["帮我算一下训练我们的大模型要花多少钱。"],
         ta=["参数", "token", "GPU", "价格", "天"],
         d="no model size, data, hardware or price given: ask for them"),
    dict(c="routing", l="en", k="ask",
         t=["We're launching next quarter — how many servers will we need?"],
         ta=["model", "parameters", "tokens", "queries", "GPU", "throughput"],
         d="nothing about the workload or the model is given: ask for it"),

    # ---------------------------------------------------------------- scaling (6)
    dict(c="scaling", l="en",
         t=["Chinchilla-optimal training for a 30B-parameter model: how many tokens should it see, and what compute budget does that imply?"],
         v=[V("optimal tokens", "token", "20*30e9"), V("training compute", "FLOP", "6*30e9*20*30e9")],
         d="D = 20·N; C = 6·N·D"),
    dict(c="scaling", l="zh",
         t=["我们手里的算力预算是 3e24 FLOP。按 Chinchilla 计算最优，模型应该做多大？喂多少 token？"],
         v=[V("optimal parameters", "parameter", "sqrt(3e24/120)"), V("optimal tokens", "token", "20*sqrt(3e24/120)")],
         d="N = sqrt(C/120); D = 20·N"),
    dict(c="scaling", l="en",
         t=["Llama 3 8B was trained on roughly 15 trillion tokens. How many tokens per parameter is that, and how many times the Chinchilla-optimal ratio?"],
         v=[V("tokens per parameter", "factor", "15e12/8e9"), V("multiple of Chinchilla ratio", "factor", "15e12/8e9/20")],
         d="15T / 8B = 1875 tokens per parameter; / 20 = 93.75× the optimum"),
    dict(c="scaling", l="zh",
         t=["如果训练算力预算扩大到原来的 16 倍，按 Chinchilla 规律，最优参数量和最优 token 数分别变为原来的几倍？"],
         v=[V("parameter factor", "factor", "sqrt(16)"), V("token factor", "factor", "sqrt(16)")],
         d="N ∝ sqrt(C), D ∝ sqrt(C): both ×4"),
    dict(c="scaling", l="en",
         t=["We have 1,000 H100s for 30 days at 40% MFU. What model size is compute-optimal under Chinchilla, and how many tokens should we train it on?"],
         v=[V("optimal parameters", "parameter", "sqrt(1000*989e12*0.4*30*86400/120)"),
            V("optimal tokens", "token", "20*sqrt(1000*989e12*0.4*30*86400/120)")],
         d="C = GPUs × 989e12 × 0.4 × 30 × 86400; N = sqrt(C/120); D = 20·N"),
    dict(c="scaling", l="zh",
         t=["GPT-3 1750 亿参数只训练了 3000 亿 token。按 Chinchilla 每参数 20 个 token 的标准，它本该训练多少 token？实际数据量只有最优的几分之几？"],
         v=[V("optimal tokens", "token", "20*175e9"), V("actual / optimal", "fraction", "300e9/(20*175e9)")],
         d="D_opt = 20 × 175B = 3.5T; 0.3T / 3.5T"),

    # ---------------------------------------------------------------- conversation (10)
    dict(c="conversation", l="en",
         t=["I run infra at a startup; we have 256 H100s in our own cage.",
            "How long would it take us to train a 20B model on 1T tokens at 40% MFU?",
            "and with 1,024 GPUs?"],
         v=[V("training days on 1024 GPUs", "day", "6*20e9*1e12/(1024*989e12*0.4*86400)")],
         d="C = 6·20B·1T; the follow-up changes the GPU count from 256 to 1024"),
    dict(c="conversation", l="zh",
         t=["我们公司用的是 A100，电价 0.6 元每千瓦时，PUE 1.4。",
            "512 张卡连续跑 20 天，电费多少元？"],
         v=[V("electricity cost", "CNY", "512*400*20*24*1.4/1000*0.6")],
         d="A100 400 W; kWh = 512 × 400 × 480 h × 1.4 / 1000; × 0.6 元 (price and PUE from the first turn)"),
    dict(c="conversation", l="en",
         t=["Let's size a training run: 34B parameters, 3 trillion tokens, on H100s at 0.4 MFU.",
            "How many GPU-hours is that?",
            "and what does that cost at $2.20/GPU-hour?"],
         v=[V("rental cost", "USD", "6*34e9*3e12/(989e12*0.4)/3600*2.20")],
         d="GPU-hours = 6·N·D/(989e12 × 0.4)/3600; × $2.20"),
    dict(c="conversation", l="zh",
         t=["我们要做一个 700 亿参数模型的预训练，数据量 2 万亿 token，用 1024 张 H800，利用率 40%。",
            "要多少天？",
            "那利用率掉到 30% 呢？"],
         v=[V("training days at 30%", "day", "6*70e9*2e12/(1024*989e12*0.30*86400)")],
         d="C = 6·70B·2T; H800 989 TFLOPS; follow-up changes MFU to 30%"),
    dict(c="conversation", l="en",
         t=["Our serving fleet needs 2,600 H100s for the chat product.",
            "so how many 8-GPU servers is that?",
            "and at $285,000 per server, what's the bill?"],
         v=[V("purchase cost", "USD", "ceil(2600/8)*285000")],
         d="2600/8 = 325 servers; × $285k"),
    dict(c="conversation", l="zh",
         t=["全球 AI 服务器市场 2022 年约 300 亿美元，2025 年达到 1350 亿美元。",
            "这三年的年复合增长率是多少？",
            "按这个增速，2028 年会到多少？"],
         v=[V("market in 2028", "USD", "1350e8*((1350e8/300e8)**(1/3))**(2028-2025)")],
         d="CAGR = 4.5^(1/3) − 1 = 65.1%; 2028 = 1350亿 × (1+CAGR)^3 = 1350亿 × 4.5"),
    dict(c="conversation", l="en",
         t=["We're paying a Hong Kong distributor $1.85 million for a batch of H20 servers.",
            "Convert that to yuan at 7.2.",
            "And what's that in euros if one euro buys 7.8 yuan?"],
         v=[V("price in EUR", "EUR", "1.85e6*7.2/7.8")],
         d="USD → CNY at 7.2, then CNY → EUR at 7.8 CNY/EUR"),
    dict(c="conversation", l="zh",
         t=["记一下：我们的模型是 130 亿参数，推理用的是 H20。",
            "每天要生成 50 亿 token，按 148 TFLOPS、利用率 40% 算，要多少张卡？",
            "如果日生成量翻倍呢？"],
         v=[V("H20 cards for 10B tokens/day", "GPU", "ceil(2*13e9*2*5e9/(148e12*0.4*86400))", 0.05)],
         d="FLOP/day = 2 × 13B × 100亿 token; per card/day = 148e12 × 0.4 × 86400; 50.8 → 51"),
    dict(c="conversation", l="en",
         t=["For context: our lab's power contract is $0.11 per kWh and our datacenter PUE is 1.15.",
            "We're running 4,096 H100s flat out for 45 days. What's the electricity bill?"],
         v=[V("electricity cost", "USD", "4096*700*45*24*1.15/1000*0.11")],
         d="H100 700 W; kWh = GPUs × W × hours × PUE / 1000; × $0.11 (price and PUE from the first turn)"),
    dict(c="conversation", l="zh",
         t=["我们的开源模型下载量 2022 年是 120 万次，2024 年 1080 万次。",
            "年均复合增长率是多少？",
            "照这个速度，哪一年突破 2.5 亿次？"],
         v=[V("year downloads pass 250M", "year", "2024+ceil(log(2.5e8/1.08e7)/log((1080/120)**0.5))", 0.0003)],
         d="CAGR = sqrt(9) − 1 = 200% (×3 a year); 1080万 × 3^n ≥ 2.5亿 → n = 2.86 → 2027 (fractional 2026.9 within tolerance)"),
]


def build():
    rows = []
    for i, it in enumerate(ITEMS, 1):
        kind = it.get("k", "answer")
        values, checks = [], []
        for what, unit, expr, tol in it.get("v", []):
            assert unit in UNITS, unit
            val = float(eval(expr))
            values.append({"value": float(f"{val:.6g}"), "unit": unit, "rel_tol": tol, "what": what})
            checks.append(f"[{what}] = {expr}")
        how = it["d"] + (" | check: " + "; ".join(checks) if checks else "")
        rows.append({"id": f"h3-{i:02d}", "class": it["c"], "lang": it["l"], "turns": it["t"],
                     "kb": it.get("kb", False),
                     "expect": {"kind": kind, "values": values, "text_all": it.get("tall", []),
                                "text_any": it.get("ta", []), "text_none": it.get("tn", [])},
                     "how": how})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    return rows


def check():
    seeds = "".join(open(os.path.join(SEEDS, n), encoding="utf-8").read() for n in sorted(os.listdir(SEEDS)))
    rows = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    bad = 0
    for r in rows:
        ex = r["expect"]
        if ex["values"]:
            assert ex["kind"] == "answer"
            _, _, spec = r["how"].partition(" | check: ")
            pairs = dict(re.findall(r"\[([^\]]+)\] = ([^;]+)", spec))
            for v in ex["values"]:
                got = float(eval(pairs[v["what"]]))
                if abs(got - v["value"]) > 1e-5 * abs(got):
                    bad += 1
                    print("MISMATCH", r["id"], v, got)
        else:
            assert ex["kind"] in ("list", "cite", "ask", "refuse", "ack"), r["id"]
        if ex["kind"] == "cite":
            assert r["kb"] is True
            for s in ex["text_any"]:
                if s not in seeds:
                    bad += 1
                    print("NOT IN SEEDS", r["id"], s)
        else:
            assert r["kb"] is False
    from collections import Counter
    print(len(rows), "items;", bad, "problems")
    print("by class:", dict(Counter(r["class"] for r in rows)))
    print("by lang:", dict(Counter(r["lang"] for r in rows)))
    print("by class/lang:", dict(Counter((r["class"], r["lang"]) for r in rows)))
    for r in rows:
        print(r["id"], r["class"], r["lang"], r["expect"]["kind"],
              [(v["what"], v["value"], v["unit"]) for v in r["expect"]["values"]])
    return bad


if __name__ == "__main__":
    build()
    raise SystemExit(1 if check() else 0)
