#!/usr/bin/env python3
"""heldout6 -- blind evaluation set for the Zhiti agent.

This file is the source of truth for every item.  Each item carries its
expected values and, in its `how` field, a python check expression per value
("| check: [what] = expr; [what] = expr").

  python3 verify.py --write   regenerate heldout6.jsonl from the items below
  python3 verify.py --check   validate heldout6.jsonl: schema, composition,
                              units, that every check expression reproduces
                              its value, that the jsonl matches this file, and
                              that cite key words occur in the seed reports.
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "heldout6.jsonl")
SEEDS = "/work/shared/seeds"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second",
         "hour", "day", "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W",
         "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASSES = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8,
           "scaling": 6, "conversation": 10}

# public-spec constants used in the check expressions (the set's conventions)
A100 = 312e12      # dense BF16 FLOP/s
H100 = 989e12      # dense BF16 FLOP/s (also H800)
H20 = 148e12
B200 = 2250e12
BW_A100 = 2.039e12  # byte/s, A100 80GB
BW_H100 = 3.35e12   # byte/s, H100 SXM
BW_H20 = 4.0e12
DAY = 86400.0
ln = math.log
sqrt = math.sqrt
ceil = math.ceil
log2 = math.log2
log10 = math.log10

# seed file for each cite item (key words in text_any must occur in it)
CITE_SEED = {
    "h6-43": "004_6e137adebb593e30.txt",
    "h6-44": "001_c7d1a51f02a6626a.txt",
    "h6-45": "002_433419e1c499dc0d.txt",
    "h6-46": "000_52d4eb4e6b7dac08.txt",
}


def V(value, unit, what, rel_tol=0.02):
    return {"value": value, "unit": unit, "rel_tol": rel_tol, "what": what}


def item(id_, cls, lang, turns, kind="answer", values=(), text_all=(),
         text_any=(), text_none=(), how="", kb=False):
    return {"id": id_, "class": cls, "lang": lang, "turns": list(turns),
            "kb": kb,
            "expect": {"kind": kind, "values": list(values),
                       "text_all": list(text_all), "text_any": list(text_any),
                       "text_none": list(text_none)},
            "how": how}


ITEMS = [
    # ------------------------------------------------------------------
    # own_numbers (14)
    # ------------------------------------------------------------------
    item("h6-01", "own_numbers", "en",
         ["Quick sanity check for a deck: GPT-3 used roughly 3.14e23 FLOP in 2020, and by 2023 the largest disclosed training runs were around 2.1e25 FLOP. What multiple is that, and what compound annual growth rate does it imply?"],
         values=[V(66.88, "factor", "growth multiple 2020->2023"),
                 V(3.06, "fraction", "CAGR over 3 years")],
         how="Divide the 2023 compute by the 2020 compute to get the multiple; take its cube root (three years) and subtract one for the CAGR. | check: [growth multiple 2020->2023] = 2.1e25/3.14e23; [CAGR over 3 years] = (2.1e25/3.14e23)**(1/3)-1"),
    item("h6-02", "own_numbers", "zh",
         ["假设全球 AI 服务器市场 2022 年是 300 亿美元，到 2025 年涨到 1350 亿美元。这三年的年均复合增速是多少？按这个增速，市场规模大概多久翻一倍？"],
         values=[V(0.651, "fraction", "CAGR 2022-2025"),
                 V(1.382, "years", "doubling time")],
         how="1350/300 = 4.5 倍，跨 3 年，开三次方减一得到年复合增速；翻倍时间 = ln2 / ln(1+增速)。 | check: [CAGR 2022-2025] = (1350/300)**(1/3)-1; [doubling time] = ln(2)/ln((1350/300)**(1/3))"),
    item("h6-03", "own_numbers", "en",
         ["Our inference bill is compounding at about 45% a year. How long does it take to double at that pace, and how many doublings would we go through between 2024 and 2030?"],
         values=[V(1.865, "years", "doubling time"),
                 V(3.217, "count", "doublings 2024-2030")],
         how="Doubling time is ln2 over ln(1.45). Six years of growth divided by the doubling time gives the number of doublings (equivalently log2 of 1.45^6). | check: [doubling time] = ln(2)/ln(1.45); [doublings 2024-2030] = 6*ln(1.45)/ln(2)"),
    item("h6-04", "own_numbers", "zh",
         ["某云厂商 2025 年资本开支指引 800 亿美元，其中六成投向 AI 服务器，AI 服务器这块里又有 75% 是 GPU 采购。GPU 采购额是多少？不投 AI 服务器的那部分还剩多少？"],
         values=[V(3.6e10, "USD", "GPU purchases"),
                 V(3.2e10, "USD", "non-AI-server capex")],
         how="800 亿 × 60% 得 AI 服务器 480 亿，再 × 75% 得 GPU 360 亿美元；剩余 40% 即 320 亿美元。 | check: [GPU purchases] = 800e8*0.6*0.75; [non-AI-server capex] = 800e8*(1-0.6)"),
    item("h6-05", "own_numbers", "en",
         ["H100 rental is about $2.40 per GPU-hour today. If it keeps sliding 18% a year, where is it in three years, and what is the cumulative drop from today's price?"],
         values=[V(1.323, "USD", "price per GPU-hour after 3 years"),
                 V(0.4486, "fraction", "cumulative decline")],
         how="Multiply by 0.82 three times; the cumulative decline is one minus 0.82 cubed. | check: [price per GPU-hour after 3 years] = 2.40*0.82**3; [cumulative decline] = 1-0.82**3"),
    item("h6-06", "own_numbers", "zh",
         ["我们先做了 INT8 量化，推理成本降了 35%；后来又上了投机解码，在此基础上再降 20%。两步合起来成本一共降了多少？原来每百万 token 成本 1.5 元，现在是多少？"],
         values=[V(0.48, "fraction", "combined decline"),
                 V(0.78, "CNY", "new cost per million tokens")],
         how="两次降幅相乘叠加：剩余比例 0.65×0.8 = 0.52，合计降幅 48%；新成本 = 1.5 元 × 0.52。 | check: [combined decline] = 1-(1-0.35)*(1-0.20); [new cost per million tokens] = 1.5*(1-0.35)*(1-0.20)"),
    item("h6-07", "own_numbers", "en",
         ["Say the biggest training run in 2025 is 4e25 FLOP and frontier compute keeps growing 4x per year. In which year does the largest run first reach 1e28 FLOP? How many years of growth is that, as an unrounded number?"],
         values=[V(2029, "year", "first year at or above 1e28"),
                 V(3.983, "years", "exact years needed")],
         how="The gap is a factor of 250; log base 4 of 250 is just under 4, so 2028 is still short (2.56e27) and 2029 (1.02e28) crosses. | check: [first year at or above 1e28] = 2025+ceil(ln(1e28/4e25)/ln(4)); [exact years needed] = ln(1e28/4e25)/ln(4)"),
    item("h6-08", "own_numbers", "zh",
         ["如果大模型推理单价每年下降半个数量级，那么降到现在的千分之一需要几年？从 2024 年起算，大约是哪一年？"],
         values=[V(6, "years", "years to fall 1000x"),
                 V(2030, "year", "year reached")],
         how="千分之一是 3 个数量级，每年 0.5 个数量级，需要 6 年，2024 + 6 = 2030。 | check: [years to fall 1000x] = 3/0.5; [year reached] = 2024+3/0.5"),
    item("h6-09", "own_numbers", "en",
         ["A domestic vendor quoted us ¥180 million for a 1,024-GPU cluster. At 7.2 yuan to the dollar, what's that in USD, and what does it work out to per GPU?"],
         values=[V(2.5e7, "USD", "cluster price in USD"),
                 V(24414, "USD", "price per GPU")],
         how="Divide the yuan quote by 7.2 to get dollars, then split across 1,024 GPUs. | check: [cluster price in USD] = 1.8e8/7.2; [price per GPU] = 1.8e8/7.2/1024"),
    item("h6-10", "own_numbers", "zh",
         ["我们训练集群的平均 GPU 利用率从 35% 提到了 42%。这算提升了几个百分点？相对原来的水平提高了百分之多少？"],
         values=[V(0.07, "fraction", "percentage-point change"),
                 V(0.20, "fraction", "relative change")],
         how="百分点差 = 42% − 35% = 7 个百分点；相对提升 = 7/35 = 20%。 | check: [percentage-point change] = 0.42-0.35; [relative change] = (0.42-0.35)/0.35"),
    item("h6-11", "own_numbers", "en",
         ["The model-API market was roughly US$15bn in 2024. If it compounds at 55% a year, how big is it in 2028?"],
         values=[V(8.658e10, "USD", "2028 market size")],
         how="Four years of 55% growth: multiply 15 billion by 1.55 to the fourth power. | check: [2028 market size] = 15e9*1.55**4"),
    item("h6-12", "own_numbers", "en",
         ["On-demand H100 pricing went from about $8 per GPU-hour in early 2023 to $2.20 in early 2025. What is the annual rate of decline over those two years?"],
         values=[V(0.4756, "fraction", "annual rate of decline")],
         how="The price ratio is 2.2/8 = 0.275; its square root (two years) is about 0.524, so prices fell about 47.6% a year. | check: [annual rate of decline] = 1-(2.2/8)**0.5"),
    item("h6-13", "own_numbers", "zh",
         ["我们的 GPU 集群从 2021 年初的 2000 张扩到了 2025 年初的 4.8 万张。这相当于翻了几番？平均多少年翻一番？"],
         values=[V(4.585, "count", "number of doublings"),
                 V(0.8724, "years", "average doubling time")],
         how="增长 24 倍，log2(24) ≈ 4.58 番；4 年除以番数得到平均翻倍时间。 | check: [number of doublings] = log2(48000/2000); [average doubling time] = 4/log2(48000/2000)"),
    item("h6-14", "own_numbers", "zh",
         ["公司一共 5 万张卡，训练占四成，在线推理占 45%，剩下的给研发测试。研发测试分到多少张？推理又是多少张？"],
         values=[V(7500, "GPU", "GPUs for R&D/testing"),
                 V(22500, "GPU", "GPUs for inference")],
         how="研发测试的比例是 1 − 40% − 45% = 15%，5 万 × 15% = 7500 张；推理 5 万 × 45% = 22500 张。 | check: [GPUs for R&D/testing] = 50000*(1-0.40-0.45); [GPUs for inference] = 50000*0.45"),

    # ------------------------------------------------------------------
    # chains (14)
    # ------------------------------------------------------------------
    item("h6-15", "chains", "en",
         ["We're pricing a from-scratch run of an 8B dense model on 15 trillion tokens using rented H100s. Assume 40% MFU on the 989 TFLOPS BF16 peak and $2.50 per GPU-hour. How many GPU-hours is that and what does it cost?"],
         values=[V(505561, "GPU-hour", "GPU-hours"),
                 V(1.264e6, "USD", "rental cost")],
         how="Training compute is 6 x 8e9 x 15e12 = 7.2e23 FLOP. One H100 delivers 989e12 x 0.4 FLOP/s effectively; divide and convert seconds to hours, then multiply by the hourly rate. | check: [GPU-hours] = 6*8e9*15e12/(H100*0.4)/3600; [rental cost] = 6*8e9*15e12/(H100*0.4)/3600*2.50"),
    item("h6-16", "chains", "zh",
         ["一个 700 亿参数的稠密模型，训练数据 1.4 万亿 token，放在 2048 张 A100 上跑，MFU 按 45% 算，大概要训多少天？"],
         values=[V(23.67, "day", "training days")],
         how="总算力 6×7e10×1.4e12 = 5.88e23 FLOP；集群有效算力 2048×312 TFLOPS×45%；相除得秒数再除以 86400。 | check: [training days] = 6*7e10*1.4e12/(2048*A100*0.45)/DAY"),
    item("h6-17", "chains", "en",
         ["Our chatbot pushes about 50 billion generated tokens a day through a 70B dense model. Planning on H100s at 989 TFLOPS with 30% effective utilisation, how many GPUs do we need, and how many 8-GPU servers is that?"],
         values=[V(273.1, "GPU", "GPUs needed", 0.05),
                 V(35, "server", "8-GPU servers", 0.05)],
         how="Each token costs 2 x 70e9 FLOP, so a day needs 7e21 FLOP. One H100 at 30% does 989e12 x 0.3 x 86,400 FLOP a day; the ratio is about 273 GPUs, which rounds up to 35 servers of eight. | check: [GPUs needed] = 2*70e9*50e9/(H100*0.3*DAY); [8-GPU servers] = ceil(ceil(2*70e9*50e9/(H100*0.3*DAY))/8)"),
    item("h6-18", "chains", "zh",
         ["1 万张 H100，每张按 700 瓦，满负荷连续跑 30 天，机房 PUE 1.25。总耗电多少千瓦时？电价 0.6 元/度的话电费多少？"],
         values=[V(6.3e6, "kWh", "energy"),
                 V(3.78e6, "CNY", "electricity cost")],
         how="功率 1 万 × 700 W = 7 MW，乘以 720 小时和 PUE 1.25，得 630 万 kWh；再乘 0.6 元。 | check: [energy] = 10000*700*30*24*1.25/1000; [electricity cost] = 10000*700*30*24*1.25/1000*0.6"),
    item("h6-19", "chains", "en",
         ["For a 13B model served in FP16 on one A100 80GB (2.039 TB/s), what's the memory-bandwidth ceiling on decode speed at batch size 1? And what would it be if we quantised the weights to 4-bit?"],
         values=[V(78.42, "token/s", "FP16 decode ceiling"),
                 V(313.7, "token/s", "INT4 decode ceiling")],
         how="At batch 1 every token streams all weights once: 13e9 x 2 bytes = 26 GB in FP16, or 6.5 GB at half a byte per weight. Divide the bandwidth by the weight bytes. | check: [FP16 decode ceiling] = BW_A100/(13e9*2); [INT4 decode ceiling] = BW_A100/(13e9*0.5)"),
    item("h6-20", "chains", "zh",
         ["帮我估一下 KV cache：模型 80 层，GQA 用 8 个 KV 头，head_dim 128，上下文 32768，batch 16，FP16 存储。总共要多少字节？单个 token 的 KV 占多少字节？"],
         values=[V(1.718e11, "byte", "total KV cache"),
                 V(327680, "byte", "KV bytes per token")],
         how="K 和 V 两份 × 80 层 × 8 头 × 128 维 × 2 字节 = 每 token 327,680 字节；再乘上 32768 的序列长度和 16 的批量。 | check: [total KV cache] = 2*80*8*128*32768*16*2; [KV bytes per token] = 2*80*8*128*2"),
    item("h6-21", "chains", "en",
         ["An MoE model with 671B total parameters but only 37B active per token is pre-trained on 14.8T tokens. How much training compute is that, and how many GPU-hours on H800s (989 TFLOPS dense BF16) at 35% MFU?"],
         values=[V(3.286e24, "FLOP", "training compute"),
                 V(2.637e6, "GPU-hour", "H800 GPU-hours")],
         how="For MoE only the active parameters count: 6 x 37e9 x 14.8e12. Divide by the effective per-GPU rate (989e12 x 0.35) and by 3,600. | check: [training compute] = 6*37e9*14.8e12; [H800 GPU-hours] = 6*37e9*14.8e12/(H100*0.35)/3600"),
    item("h6-22", "chains", "zh",
         ["一次 1.2e25 FLOP 的预训练，用 2.5 万张 H100，MFU 38%，大概要跑多少天？"],
         values=[V(14.78, "day", "training days")],
         how="集群有效算力 = 25000 × 989 TFLOPS × 0.38 ≈ 9.4e18 FLOP/s，用总算力相除得秒数，再换算成天。 | check: [training days] = 1.2e25/(25000*H100*0.38)/DAY"),
    item("h6-23", "chains", "en",
         ["We need 4,096 H100s, eight per server. Each server lists at $280,000, and networking plus storage adds another 15% on top of the server spend. How many servers, and what's the all-in capex?"],
         values=[V(512, "server", "servers"),
                 V(1.6486e8, "USD", "all-in capex")],
         how="4,096 / 8 = 512 servers; server spend is 512 x $280k, then scale by 1.15 for the network and storage uplift. | check: [servers] = 4096/8; [all-in capex] = 4096/8*280000*1.15"),
    item("h6-24", "chains", "zh",
         ["租 512 张 H100 连续跑 21 天，每卡每小时 2.1 美元。一共多少卡时？租金多少美元？按 7.1 的汇率折合人民币多少？"],
         values=[V(258048, "GPU-hour", "GPU-hours"),
                 V(541901, "USD", "rental cost"),
                 V(3.8475e6, "CNY", "rental cost in CNY")],
         how="卡时 = 512 × 21 × 24；乘以 2.1 美元得租金，再乘 7.1 换成人民币。 | check: [GPU-hours] = 512*21*24; [rental cost] = 512*21*24*2.1; [rental cost in CNY] = 512*21*24*2.1*7.1"),
    item("h6-25", "chains", "en",
         ["A coding assistant handles 2 million requests a day, averaging 800 output tokens each, on a 34B dense model. How many tokens a day is that, how much inference compute per day, and how many H20s (148 TFLOPS) at 25% utilisation would keep up?"],
         values=[V(1.6e9, "token/day", "tokens per day"),
                 V(1.088e20, "FLOP", "inference FLOP per day"),
                 V(34.03, "GPU", "H20s needed", 0.05)],
         how="2e6 requests x 800 tokens = 1.6e9 tokens/day; at 2 x 34e9 FLOP per token that is 1.088e20 FLOP/day. One H20 at 25% gives 148e12 x 0.25 x 86,400 FLOP per day; divide. | check: [tokens per day] = 2e6*800; [inference FLOP per day] = 2*34e9*2e6*800; [H20s needed] = 2*34e9*2e6*800/(H20*0.25*DAY)"),
    item("h6-26", "chains", "zh",
         ["一次训练用了 4096 张 A100（每张 400W），跑了 40 天，数据中心 PUE 1.4。耗电多少兆瓦时？电价每度 0.08 美元，电费是多少？"],
         values=[V(2202.0, "MWh", "energy"),
                 V(176161, "USD", "electricity cost")],
         how="4096 × 400 W ≈ 1.64 MW 的 GPU 功率，乘 960 小时和 PUE 1.4 得约 220 万 kWh（2202 MWh），乘以 0.08 美元/kWh。 | check: [energy] = 4096*400*40*24*1.4/1e6; [electricity cost] = 4096*400*40*24*1.4/1000*0.08"),
    item("h6-27", "chains", "en",
         ["Ballpark for a board memo: a 30B dense model trained on half a trillion tokens, on rented A100s at 50% MFU (312 TFLOPS peak), $1.80 per GPU-hour. What's the GPU-hour count and the bill?"],
         values=[V(160256, "GPU-hour", "GPU-hours"),
                 V(288462, "USD", "rental cost")],
         how="Compute is 6 x 30e9 x 5e11 = 9e22 FLOP; one A100 at half of 312 TFLOPS does 156e12 FLOP/s, giving about 160k GPU-hours; multiply by $1.80. | check: [GPU-hours] = 6*30e9*5e11/(A100*0.5)/3600; [rental cost] = 6*30e9*5e11/(A100*0.5)/3600*1.80"),
    item("h6-28", "chains", "zh",
         ["一个 700 亿参数模型用 FP8 部署在单张 H20 上（显存带宽 4.0 TB/s），batch=1 时解码速度上限是每秒多少 token？这样一张卡一天最多能吐出多少 token？"],
         values=[V(57.14, "token/s", "decode ceiling"),
                 V(4.937e6, "token/day", "tokens per day"),],
         how="FP8 每参数 1 字节，权重 70 GB；4.0 TB/s ÷ 70 GB ≈ 57 token/s，再乘 86400 秒。 | check: [decode ceiling] = BW_H20/70e9; [tokens per day] = BW_H20/70e9*DAY"),

    # ------------------------------------------------------------------
    # entities (8)
    # ------------------------------------------------------------------
    item("h6-29", "entities", "en",
         ["If we re-ran Llama 3 70B's pre-training on 15T tokens with 4,096 H100s at 40% MFU, roughly how many days would it take?"],
         values=[V(45.0, "day", "training days", 0.05)],
         how="70B parameters (from the name) and 15T tokens give 6.3e24 FLOP; 4,096 H100s at 40% of 989 TFLOPS is about 1.62e18 FLOP/s; that is about 3.9 million seconds. | check: [training days] = 6*70e9*15e12/(4096*H100*0.4)/DAY"),
    item("h6-30", "entities", "zh",
         ["GPT-3 按 3000 亿 token 训练，训练算力大约是多少 FLOP？如果今天用 1024 张 A100、MFU 40% 重训一遍，要多少天？"],
         values=[V(3.15e23, "FLOP", "training compute", 0.05),
                 V(28.53, "day", "training days", 0.05)],
         how="GPT-3 是 1750 亿参数，6 × 1.75e11 × 3e11 = 3.15e23 FLOP；1024 × 312 TFLOPS × 0.4 ≈ 1.28e17 FLOP/s，相除后换算成天。 | check: [training compute] = 6*175e9*300e9; [training days] = 6*175e9*300e9/(1024*A100*0.4)/DAY"),
    item("h6-31", "entities", "en",
         ["Export rules push our China team onto H20s. By dense BF16 peak, how many H20s does it take to match 1,000 H100s?"],
         values=[V(6682, "GPU", "H20s equivalent", 0.05)],
         how="H100 dense BF16 is 989 TFLOPS against 148 for the H20, so each H100 is worth about 6.7 H20s; scale by 1,000. | check: [H20s equivalent] = 1000*H100/H20"),
    item("h6-32", "entities", "zh",
         ["按稠密 BF16 峰值算，B200 是 A100 的几倍？那 1 万张 A100 的算力大约相当于多少张 B200？"],
         values=[V(7.212, "factor", "B200/A100 ratio", 0.05),
                 V(1387, "GPU", "B200s equivalent", 0.05)],
         how="B200 稠密 BF16 约 2250 TFLOPS，A100 为 312，比值约 7.2；1 万张 A100 除以这个倍数。 | check: [B200/A100 ratio] = B200/A100; [B200s equivalent] = 10000*A100/B200"),
    item("h6-33", "entities", "en",
         ["What's the batch-1 decode ceiling for Llama 3 8B in BF16 on a single H100 SXM, and how does that compare with an A100 80GB?"],
         values=[V(209.4, "token/s", "H100 decode ceiling", 0.05),
                 V(127.4, "token/s", "A100 decode ceiling", 0.05)],
         how="8B parameters at 2 bytes is 16 GB of weights streamed per token; 3.35 TB/s and 2.039 TB/s divided by 16 GB. | check: [H100 decode ceiling] = BW_H100/16e9; [A100 decode ceiling] = BW_A100/16e9"),
    item("h6-34", "entities", "zh",
         ["一台 DGX H100 里 8 张 GPU 满功耗加起来是多少瓦（只算 GPU 的 TDP）？按 PUE 1.2，一天 24 小时这部分耗电多少度？"],
         values=[V(5600, "W", "GPU power per DGX H100"),
                 V(161.28, "kWh", "daily energy with PUE")],
         how="DGX H100 装 8 张 H100，每张 TDP 700 W，共 5.6 kW；乘 24 小时和 PUE 1.2。 | check: [GPU power per DGX H100] = 8*700; [daily energy with PUE] = 8*700*24*1.2/1000"),
    item("h6-35", "entities", "en",
         ["We power-cap our H100s at 600 W instead of the rated TDP. For 2,048 of them running flat out for a week at PUE 1.3, what's the energy in MWh, and how much does the cap save versus running at rated TDP?"],
         values=[V(268.37, "MWh", "energy at 600 W"),
                 V(44.73, "MWh", "saving versus rated TDP")],
         how="The stated 600 W overrides the 700 W rating: 2,048 x 600 W x 168 h x 1.3. The saving is the 100 W difference over the same hours and PUE. | check: [energy at 600 W] = 2048*600*168*1.3/1e6; [saving versus rated TDP] = 2048*(700-600)*168*1.3/1e6"),
    item("h6-36", "entities", "zh",
         ["Llama 2 70B 用 2 万亿 token 训练，总训练算力是多少？如果放到 2000 张 H800 上、MFU 40%，要训几天？"],
         values=[V(8.4e23, "FLOP", "training compute", 0.05),
                 V(12.29, "day", "training days", 0.05)],
         how="参数量从名字读出为 700 亿：6 × 7e10 × 2e12 = 8.4e23 FLOP；H800 稠密 BF16 按 989 TFLOPS，2000 张 × 40% 得集群有效算力，相除换算成天。 | check: [training compute] = 6*70e9*2e12; [training days] = 6*70e9*2e12/(2000*H100*0.4)/DAY"),

    # ------------------------------------------------------------------
    # scaling (6)
    # ------------------------------------------------------------------
    item("h6-37", "scaling", "en",
         ["We've been given a 1e24 FLOP training budget. Under Chinchilla-style compute-optimal scaling, what model size and how many training tokens should we target?"],
         values=[V(9.129e10, "parameter", "optimal parameters"),
                 V(1.826e12, "token", "optimal tokens")],
         how="With 20 tokens per parameter and C = 6ND, C = 120 N^2, so N is the square root of C/120 and D is twenty times N. | check: [optimal parameters] = sqrt(1e24/120); [optimal tokens] = 20*sqrt(1e24/120)"),
    item("h6-38", "scaling", "zh",
         ["按 Chinchilla 的算力最优配比，一个 130 亿参数的模型应该训练多少 token？对应的训练算力是多少 FLOP？"],
         values=[V(2.6e11, "token", "optimal tokens"),
                 V(2.028e22, "FLOP", "training compute")],
         how="每个参数配 20 个 token：130 亿 × 20 = 2600 亿 token；算力 = 6 × 1.3e10 × 2.6e11。 | check: [optimal tokens] = 20*13e9; [training compute] = 6*13e9*20*13e9"),
    item("h6-39", "scaling", "en",
         ["Llama 3 8B was trained on about 15T tokens. How many times the Chinchilla-optimal token count for its size is that?"],
         values=[V(93.75, "factor", "actual / optimal tokens", 0.05)],
         how="The compute-optimal data for 8B parameters is 20 x 8e9 = 160B tokens; 15T divided by 160B. | check: [actual / optimal tokens] = 15e12/(20*8e9)"),
    item("h6-40", "scaling", "zh",
         ["如果算力预算扩大 100 倍，按 Chinchilla 最优，参数量和数据量各应扩大几倍？假设原来的最优配置是 700 亿参数、1.4 万亿 token，新的配置是多少？"],
         values=[V(10, "factor", "growth of N and of D"),
                 V(7e11, "parameter", "new optimal parameters"),
                 V(1.4e13, "token", "new optimal tokens")],
         how="最优参数和数据都与算力的平方根成正比，100 倍算力对应各 10 倍：7000 亿参数、14 万亿 token。 | check: [growth of N and of D] = sqrt(100); [new optimal parameters] = 70e9*sqrt(100); [new optimal tokens] = 1.4e12*sqrt(100)"),
    item("h6-41", "scaling", "en",
         ["We can book 2,048 H100s for 30 days and expect 40% MFU. What total compute does that buy, and what's the compute-optimal model size and token count for it?"],
         values=[V(2.1e24, "FLOP", "compute budget"),
                 V(1.3229e11, "parameter", "optimal parameters"),
                 V(2.6458e12, "token", "optimal tokens")],
         how="Budget is 2,048 x 989e12 x 0.4 FLOP/s over 30 days of seconds, about 2.1e24 FLOP; then N = sqrt(C/120) and D = 20N. | check: [compute budget] = 2048*H100*0.4*30*DAY; [optimal parameters] = sqrt(2048*H100*0.4*30*DAY/120); [optimal tokens] = 20*sqrt(2048*H100*0.4*30*DAY/120)"),
    item("h6-42", "scaling", "zh",
         ["一个 700 亿参数的模型只训了 5000 亿 token。实际数据量是 Chinchilla 最优数据量的多少倍？要补到最优还差多少 token？"],
         values=[V(0.3571, "factor", "actual / optimal tokens"),
                 V(9e11, "token", "tokens still missing")],
         how="最优数据量 = 20 × 700 亿 = 1.4 万亿 token；5000 亿 / 1.4 万亿 ≈ 0.36；差额 9000 亿 token。 | check: [actual / optimal tokens] = 5e11/(20*70e9); [tokens still missing] = 20*70e9-5e11"),

    # ------------------------------------------------------------------
    # routing (8)
    # ------------------------------------------------------------------
    item("h6-43", "routing", "zh",
         ["中金那篇《AI经济学》第二章里，如果走云上租赁，GPT-4 这种万亿参数模型单次训练成本大概估了多少？"],
         kind="cite", kb=True, text_any=["1,500", "1500", "5,000", "5000"],
         how="中金报告在讨论大模型训练成本（图表2.12 前后）时给出了租赁 A100/H100 训练 GPT-4 的单次成本区间，约一千五百万至五千万美元；应引用该区间。 | check: (none)"),
    item("h6-44", "routing", "en",
         ["In the Weijin Research 'Kan DAO 2024' piece on the compute wall, how low does it say GPT-4's efficiency can drop when running on state-of-the-art chips?"],
         kind="cite", kb=True, text_any=["3%", "内存墙"],
         how="The compute-wall section of the Weijin report cites research that GPT-4 running on leading chips can fall to about three percent efficiency or below, blaming the memory wall; the answer should quote that figure. | check: (none)"),
    item("h6-45", "routing", "zh",
         ["那份 2024 年数字经济专题报告里，测算 ChatGPT 的单日访问量需要多少张 T4 GPU、折合多少台 8 卡服务器？"],
         kind="cite", kb=True, text_any=["182", "22.75"],
         how="数字经济专题报告用 T4（65 TFLOPS 混合精度）推算 ChatGPT 推理需求，得到约一百八十二万张 T4、二十二万七千五百台 8×T4 服务器；应引用这两个数。 | check: (none)"),
    item("h6-46", "routing", "en",
         ["The report on the coming AGI era (2016-2030) gives a 2024 size for the global cloud-computing market and a 2016-2024 growth rate. What are those two numbers?"],
         kind="cite", kb=True, text_any=["6760", "676", "25.2"],
         how="The tech-cycle report puts the 2024 cloud market at 676 billion US dollars with a 25.2% compound rate from 2016; the answer should quote those. | check: (none)"),
    item("h6-47", "routing", "en",
         ["Which accelerators in your catalog have at least 80 GB of on-board memory? Just list them."],
         kind="list", text_all=["H100"], text_any=["H200", "B200", "MI300X", "H20"],
         how="A catalog listing filtered by memory: H100 (80 GB) must appear, plus at least one of the larger-memory parts such as H200, B200, MI300X or H20. | check: (none)"),
    item("h6-48", "routing", "zh",
         ["今天有点累，帮我写一首关于秋天的七言绝句吧。"],
         kind="refuse",
         how="写诗与 AI 算力经济分析无关，应当礼貌拒绝并说明能力范围。 | check: (none)"),
    item("h6-49", "routing", "en",
         ["We're planning to train our own model next quarter. How many GPUs do I need?"],
         kind="ask",
         how="No model size, token count, chip, time budget or utilisation is given, so the GPU count cannot be computed; the agent should ask for the missing inputs. | check: (none)"),
    item("h6-50", "routing", "zh",
         ["老板让我估一下上线一个大模型服务要花多少钱，你帮我算算？"],
         kind="ask",
         how="没有模型规模、流量、芯片、单价等任何输入，无法计算，应追问缺失的信息。 | check: (none)"),

    # ------------------------------------------------------------------
    # conversation (10)
    # ------------------------------------------------------------------
    item("h6-51", "conversation", "en",
         ["Hi, I'm Priya. I run capacity planning at a payments company in Singapore, and our inference fleet is all H20s.",
          "Before we dig in: what's my name, and which chip is our fleet built on?"],
         text_all=["Priya", "H20"],
         how="Recall of the user's stated name and chip from the first turn. | check: (none)"),
    item("h6-52", "conversation", "zh",
         ["我叫王磊，在一家做自动驾驶的公司负责算力采购。",
          "补充一下背景：我们自建机房的 PUE 大约是 1.3，电价 0.55 元一度。"],
         kind="ack",
         how="最后一轮只是陈述背景信息，没有提问，应简短确认并记下这些事实。 | check: (none)"),
    item("h6-53", "conversation", "en",
         ["How many H100s do we need to serve 20 billion output tokens a day on a 70B dense model, assuming 30% effective utilisation of the 989 TFLOPS peak?",
          "And if traffic doubles?"],
         values=[V(218.5, "GPU", "GPUs at doubled traffic", 0.05)],
         how="Baseline is 2 x 70e9 x 20e9 FLOP per day over 989e12 x 0.3 x 86,400 per GPU, about 109 GPUs; doubling the tokens doubles the fleet to about 219. | check: [GPUs at doubled traffic] = 2*70e9*40e9/(H100*0.3*DAY)"),
    item("h6-54", "conversation", "zh",
         ["70 亿参数的模型训 2 万亿 token，用 1024 张 H100、MFU 40%，要几天？",
          "换成 H20 呢？卡数和 MFU 都不变。"],
         values=[V(16.04, "day", "training days on H20", 0.05)],
         how="总算力 6×7e9×2e12 = 8.4e22 FLOP；H100 集群约 2.4 天；换成 H20（148 TFLOPS），同样 1024 张、40% MFU，天数按算力比放大。 | check: [training days on H20] = 6*7e9*2e12/(1024*H20*0.4)/DAY"),
    item("h6-55", "conversation", "en",
         ["Our last pre-training run burned 1.5 million GPU-hours at $2 per GPU-hour. What did it cost?",
          "Convert that to yuan at 7.2, please."],
         values=[V(2.16e7, "CNY", "cost in CNY")],
         how="The run cost 1.5e6 x $2 = $3 million; at 7.2 yuan per dollar that is 21.6 million yuan. | check: [cost in CNY] = 1.5e6*2*7.2"),
    item("h6-56", "conversation", "zh",
         ["先说下我们的情况：机房 PUE 1.3，电价 0.5 元一度。",
          "我们手上有 2000 张 H100。",
          "按满功耗算，一个月（30 天）这些卡耗多少度电？电费多少钱？"],
         values=[V(1.3104e6, "kWh", "monthly energy"),
                 V(655200, "CNY", "monthly electricity cost")],
         how="用前面给的 PUE 1.3 和 0.5 元/度：2000 × 700 W × 720 小时 × 1.3 ÷ 1000 ≈ 131 万度，乘 0.5 元。 | check: [monthly energy] = 2000*700*720*1.3/1000; [monthly electricity cost] = 2000*700*720*1.3/1000*0.5"),
    item("h6-57", "conversation", "en",
         ["I'm Marco, at a Milan startup. We train on B200s.",
          "Realistically we get about 35% MFU on them.",
          "So how many days would a 2e24 FLOP run take on 512 of our GPUs?"],
         values=[V(57.41, "day", "training days", 0.05)],
         how="Uses the B200 from turn one (2,250 TFLOPS dense BF16) and the 35% MFU from turn two: 2e24 / (512 x 2250e12 x 0.35) seconds, converted to days. | check: [training days] = 2e24/(512*B200*0.35)/DAY"),
    item("h6-58", "conversation", "zh",
         ["H100 每卡时 2.5 美元，租 256 张跑两周要多少钱？",
          "那如果租价照每年降 20% 的速度走，一年后做同样的活要花多少？"],
         values=[V(172032, "USD", "cost one year later")],
         how="两周是 336 小时，256 × 336 × 2.5 = 215,040 美元；一年后单价降 20%，成本乘 0.8。 | check: [cost one year later] = 256*14*24*2.5*0.8"),
    item("h6-59", "conversation", "zh",
         ["我是李娜，在券商做 AI 产业研究，主要跟踪昇腾 910B。",
          "帮我算一下：1e24 FLOP 的训练，1000 张卡，单卡 BF16 峰值按 320 TFLOPS、MFU 40%，要多少天？",
          "对了，我叫什么名字？主要跟踪哪款芯片？"],
         text_all=["李娜", "910B"],
         how="最后一轮只问第一轮陈述的姓名和芯片，应答出李娜和昇腾 910B。 | check: (none)"),
    item("h6-60", "conversation", "en",
         ["We serve a 13B model in FP16 on A100 80GB cards.",
          "What's the decode ceiling at batch size 1?",
          "What if we quantise it to 8-bit and move it onto an H100 SXM?"],
         values=[V(257.7, "token/s", "8-bit decode ceiling on H100", 0.05)],
         how="At 8 bits the weights are 13 GB; streaming them once per token at the H100's 3.35 TB/s gives the ceiling. | check: [8-bit decode ceiling on H100] = BW_H100/13e9"),
]


def parse_checks(how):
    if " | check: " not in how:
        raise ValueError("missing ' | check: '")
    tail = how.split(" | check: ", 1)[1].strip()
    if tail == "(none)":
        return []
    out = []
    for part in tail.split("; "):
        m = re.match(r"\[([^\]]+)\] = (.+)$", part.strip())
        if not m:
            raise ValueError("bad check part: %r" % part)
        out.append((m.group(1), m.group(2)))
    return out


def check_item(it, errors):
    iid = it["id"]
    e = it["expect"]
    if e["kind"] not in KINDS:
        errors.append("%s: bad kind" % iid)
    if it["class"] not in CLASSES:
        errors.append("%s: bad class" % iid)
    if it["lang"] not in ("en", "zh"):
        errors.append("%s: bad lang" % iid)
    if it["kb"] != (e["kind"] == "cite"):
        errors.append("%s: kb must be true exactly for cite items" % iid)
    if not it["turns"] or not all(isinstance(t, str) and t for t in it["turns"]):
        errors.append("%s: bad turns" % iid)
    if it["class"] == "conversation" and not (2 <= len(it["turns"]) <= 4):
        errors.append("%s: conversation needs 2-4 turns" % iid)
    if it["class"] != "conversation" and len(it["turns"]) != 1:
        errors.append("%s: single-turn expected" % iid)
    vals = e["values"]
    if e["kind"] == "answer" and it["class"] != "conversation" and not (1 <= len(vals) <= 3):
        errors.append("%s: 1-3 values expected" % iid)
    if len(vals) > 3:
        errors.append("%s: too many values" % iid)
    if e["kind"] in ("ask", "refuse", "ack", "cite", "list") and vals:
        errors.append("%s: no values expected for kind %s" % (iid, e["kind"]))
    if e["kind"] == "answer" and not vals and not e["text_all"]:
        errors.append("%s: answer item with nothing to check" % iid)
    try:
        checks = parse_checks(it["how"])
    except ValueError as ex:
        errors.append("%s: %s" % (iid, ex))
        return
    if len(checks) != len(vals):
        errors.append("%s: %d checks for %d values" % (iid, len(checks), len(vals)))
        return
    for v, (what, expr) in zip(vals, checks):
        if v["unit"] not in UNITS:
            errors.append("%s: unit %r not allowed" % (iid, v["unit"]))
        if v["what"] != what:
            errors.append("%s: check label %r != value what %r" % (iid, what, v["what"]))
        if not (0 < v["rel_tol"] <= 0.10):
            errors.append("%s: rel_tol out of range" % iid)
        got = eval(expr, {"__builtins__": {}}, dict(globals()))
        rel = abs(got - v["value"]) / abs(v["value"])
        # stored values are rounded to ~4 significant figures: demand they sit
        # well inside both 0.2% and a quarter of the item's tolerance
        if rel > min(0.002, v["rel_tol"] / 4):
            errors.append("%s: [%s] expr=%r stored=%r rel=%.4g" % (iid, what, got, v["value"], rel))
    if e["kind"] == "cite":
        seed = CITE_SEED.get(iid)
        if not seed:
            errors.append("%s: no seed mapped" % iid)
        elif os.path.isdir(SEEDS):
            txt = open(os.path.join(SEEDS, seed), encoding="utf-8").read()
            for w in e["text_any"]:
                if w not in txt:
                    errors.append("%s: text_any %r not in %s" % (iid, w, seed))
    for key in ("text_all", "text_any", "text_none"):
        if not isinstance(e[key], list):
            errors.append("%s: %s must be a list" % (iid, key))


def main():
    if "--write" in sys.argv:
        with open(JSONL, "w", encoding="utf-8") as f:
            for it in ITEMS:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        print("wrote %d items to %s" % (len(ITEMS), JSONL))
        return 0
    if "--check" not in sys.argv:
        print(__doc__)
        return 2
    errors = []
    with open(JSONL, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    rows = [json.loads(l) for l in lines]
    if rows != ITEMS:
        errors.append("heldout6.jsonl differs from ITEMS in verify.py (run --write)")
    ids = [r["id"] for r in rows]
    if ids != ["h6-%02d" % i for i in range(1, 61)]:
        errors.append("ids must be h6-01..h6-60 in order")
    counts = {}
    for r in rows:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
        check_item(r, errors)
    if counts != CLASSES:
        errors.append("composition %r != %r" % (counts, CLASSES))
    nv = sum(len(r["expect"]["values"]) for r in rows)
    langs = {l: sum(1 for r in rows if r["lang"] == l) for l in ("en", "zh")}
    kinds = {}
    for r in rows:
        kinds[r["expect"]["kind"]] = kinds.get(r["expect"]["kind"], 0) + 1
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: %d items, %d values, classes %s, langs %s, kinds %s"
          % (len(rows), nv, counts, langs, kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
