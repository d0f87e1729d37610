#!/usr/bin/env python3
"""Builds heldout2.jsonl from the item definitions below (every expected value is evaluated
from the expression written into its "how" check) and then re-verifies the written file:
python3 verify.py           -> writes heldout2.jsonl and checks it
python3 verify.py --check   -> only re-checks heldout2.jsonl against the check expressions in "how"
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout2.jsonl")
ENV = {"math": math, "log": math.log, "log2": math.log2, "log10": math.log10,
       "sqrt": math.sqrt, "ceil": math.ceil, "floor": math.floor}
UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year",
         "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}
DAY = 86400

# (id, class, lang, turns, kind, [(what, unit, rel_tol, expr)], text_all, text_any, text_none, derivation)
ITEMS = [
# ---------------- own_numbers (14) ----------------
("h2-01", "own_numbers", "en",
 ["Data-center revenue at a chip vendor went from $15.0 billion in fiscal 2022 to $47.5 billion in fiscal 2024. What compound annual growth rate does that imply?"],
 "answer", [("CAGR", "fraction", 0.02, "(47.5/15.0)**(1/(2024-2022)) - 1")], [], [], [],
 "CAGR over 2 years = (47.5/15)^(1/2) - 1"),
("h2-02", "own_numbers", "zh",
 ["前沿模型的训练算力从 2018 年的 3×10^21 FLOP 涨到 2024 年的 5×10^25 FLOP，现在是当初的多少倍？相当于翻了几番？"],
 "answer", [("growth factor", "factor", 0.02, "5e25/3e21"),
            ("doublings", "count", 0.02, "log2(5e25/3e21)")], [], [], [],
 "factor = 5e25/3e21; doublings = log2(factor)"),
("h2-03", "own_numbers", "en",
 ["Out of roughly 3.85 million data-center GPUs shipped worldwide in 2023, about 3.76 million were Nvidia's. What market share does that give Nvidia?"],
 "answer", [("Nvidia share", "fraction", 0.02, "3.76/3.85")], [], [], [],
 "share = part / whole = 3.76M / 3.85M"),
("h2-04", "own_numbers", "zh",
 ["2024 年国内 AI 加速卡市场约 1200 亿元，英伟达占 70%，华为占 23%，剩下的厂商加起来是多少钱？"],
 "answer", [("remaining vendors' market", "CNY", 0.02, "1200e8*(1-0.70-0.23)")], [], [], [],
 "remainder = 1200 亿元 × (1 - 70% - 23%) = 84 亿元"),
("h2-05", "own_numbers", "en",
 ["If the price of frontier-model API tokens keeps falling 60% a year, what would today's $10 per million tokens cost in three years?"],
 "answer", [("price after 3 years", "USD", 0.02, "10*(1-0.60)**3")], [], [], [],
 "compound a -60%/yr change over 3 years: 10 × 0.4^3"),
("h2-06", "own_numbers", "zh",
 ["假设全国智能算力 2024 年为 725 EFLOPS，之后每年增长 45%，到 2028 年会达到多少？"],
 "answer", [("2028 compute capacity", "FLOP/s", 0.02, "725e18*1.45**(2028-2024)")], [], [], [],
 "725 EFLOPS × 1.45^4 (EFLOPS = 1e18 FLOP/s)"),
("h2-07", "own_numbers", "en",
 ["Hardware keeps getting cheaper, so cost per FLOP falls 30% per year, and algorithmic progress cuts the compute needed for the same capability by 40% per year. Taken together, by what percentage does the cost of reaching a fixed capability fall each year?"],
 "answer", [("combined yearly decline", "fraction", 0.02, "1-(1-0.30)*(1-0.40)")], [], [], [],
 "combined decline = 1 - (1-0.3)(1-0.4) = 58%"),
("h2-08", "own_numbers", "zh",
 ["某国产 GPU 厂商 2024 年出货 5 万片，如果每年增长 60%，哪一年出货量第一次超过 50 万片？"],
 "answer", [("target year", "year", 0.0003, "2024 + ceil(log(50/5)/log(1.6))")], [], [], [],
 "n = log(10)/log(1.6) = 4.90 years -> first full year 2029"),
("h2-09", "own_numbers", "en",
 ["The largest training run in 2024 used about 5e25 FLOP. If frontier compute keeps growing 4x per year, in which year will a single run first hit 1e28 FLOP?"],
 "answer", [("target year", "year", 0.0003, "2024 + ceil(log(1e28/5e25)/log(4))")], [], [], [],
 "n = log(200)/log(4) = 3.82 years -> 2028"),
("h2-10", "own_numbers", "zh",
 ["2023 年某档模型的推理价格是每百万 token 60 美元，假如每年下降一个数量级，哪一年会降到 0.06 美元？"],
 "answer", [("target year", "year", 0.0003, "2023 + log10(60/0.06)")], [], [], [],
 "one order of magnitude per year: log10(60/0.06) = 3 years -> 2026"),
("h2-11", "own_numbers", "en",
 ["A domestic vendor quotes ¥2.3 million for an 8-GPU AI server. At 7.2 yuan to the dollar, how much is that in USD?"],
 "answer", [("price in USD", "USD", 0.02, "2.3e6/7.2")], [], [], [],
 "2,300,000 CNY / 7.2 CNY per USD"),
("h2-12", "own_numbers", "zh",
 ["欧洲某客户报价一台 8 卡服务器 28 万欧元，按 1 欧元兑 7.8 元人民币，相当于多少人民币？"],
 "answer", [("price in CNY", "CNY", 0.02, "28e4*7.8")], [], [], [],
 "280,000 EUR × 7.8 CNY/EUR"),
("h2-13", "own_numbers", "en",
 ["BERT-Large (2018) had 340 million parameters; Switch Transformer (2021) had 1.6 trillion. By what factor did the parameter count grow, and what annual growth rate is that?"],
 "answer", [("growth factor", "factor", 0.02, "1.6e12/340e6"),
            ("CAGR", "fraction", 0.02, "(1.6e12/340e6)**(1/(2021-2018)) - 1")], [], [], [],
 "factor = 1.6e12/3.4e8; CAGR over 3 years = factor^(1/3) - 1"),
("h2-14", "own_numbers", "zh",
 ["一家云厂商的 AI 收入 2023 年是 38 亿元，2024 年是 61 亿元，同比增长了百分之几？"],
 "answer", [("YoY growth", "fraction", 0.02, "61/38 - 1")], [], [], [],
 "61/38 - 1"),
# ---------------- chains (14) ----------------
("h2-15", "chains", "en",
 ["How long would it take to pretrain a 34B-parameter dense model on 2.5 trillion tokens using 1,024 H100s (989 TFLOPS BF16 dense) at 45% MFU?"],
 "answer", [("training days", "day", 0.02, "6*34e9*2.5e12/(1024*989e12*0.45)/86400")], [], [], [],
 "C = 6·N·D = 5.1e23 FLOP; time = C / (1024 × 989e12 × 0.45) s"),
("h2-16", "chains", "zh",
 ["训练一个 130 亿参数、1 万亿 token 的模型，用 A100（BF16 稠密 312 TFLOPS），MFU 按 50% 算，总共需要多少 GPU 小时？如果每卡时 1.8 美元，租金是多少？"],
 "answer", [("GPU-hours", "GPU-hour", 0.02, "6*13e9*1e12/(312e12*0.5)/3600"),
            ("rental cost", "USD", 0.02, "6*13e9*1e12/(312e12*0.5)/3600*1.8")], [], [], [],
 "C = 6·13e9·1e12 = 7.8e22; GPU-h = C/(312e12·0.5)/3600; cost = GPU-h × $1.8"),
("h2-17", "chains", "en",
 ["We need to serve 50 billion generated tokens a day from a dense 70B model on H100s (989 TFLOPS BF16) running at 30% utilisation. How many GPUs does that take?"],
 "answer", [("GPUs", "GPU", 0.05, "2*70e9*50e9/(989e12*0.30*86400)")], [], [], [],
 "FLOP/day = 2·N·tokens = 7e21; per GPU per day = 989e12·0.3·86400; GPUs = ratio (~274 rounded up)"),
("h2-18", "chains", "zh",
 ["一个 4096 卡的 H100 集群，每卡功耗按 700 瓦，PUE 1.3，连续跑 30 天，总耗电多少千瓦时？按 0.5 元/千瓦时算，电费多少？"],
 "answer", [("energy", "kWh", 0.02, "4096*700*30*24*1.3/1000"),
            ("electricity cost", "CNY", 0.02, "4096*700*30*24*1.3/1000*0.5")], [], [], [],
 "energy = GPUs × W × hours × PUE; cost = kWh × 0.5 CNY"),
("h2-19", "chains", "en",
 ["If decoding is purely memory-bandwidth-bound, roughly how many tokens per second can one H20 (4.0 TB/s) generate for a 32B-parameter model stored in FP8, at batch size 1?"],
 "answer", [("decode speed", "token/s", 0.02, "4.0e12/(32e9*1)")], [], [], [],
 "weights = 32e9 params × 1 byte; tokens/s = bandwidth / weight bytes"),
("h2-20", "chains", "zh",
 ["模型有 80 层、8 个 KV 头、每头维度 128；上下文 32768 token，batch 16，用 FP16 存储，KV cache 一共要多少字节？"],
 "answer", [("KV cache", "byte", 0.02, "2*80*8*128*32768*16*2")], [], [], [],
 "KV = 2 × layers × KV heads × head dim × seq × batch × 2 bytes"),
("h2-21", "chains", "en",
 ["A mixture-of-experts model with 671B total and 37B active parameters is trained on 14.8T tokens. What's the training compute, and how many days would it take on 2,048 H800s (989 TFLOPS BF16) at 40% MFU?"],
 "answer", [("training compute", "FLOP", 0.02, "6*37e9*14.8e12"),
            ("training days", "day", 0.02, "6*37e9*14.8e12/(2048*989e12*0.40)/86400")], [], [], [],
 "C = 6 × active params × tokens; days = C/(2048·989e12·0.4)/86400"),
("h2-22", "chains", "zh",
 ["采购 1.2 万张 H20，单价 1.1 万美元，一共要花多少钱？如果每台服务器装 8 张卡，需要多少台服务器？"],
 "answer", [("purchase cost", "USD", 0.02, "1.2e4*1.1e4"),
            ("servers", "server", 0.02, "1.2e4/8")], [], [], [],
 "12,000 × $11,000; 12,000 / 8 per server"),
("h2-23", "chains", "en",
 ["An H100 rents for $2.5/GPU-hour and, in our serving stack, sustains 1,800 output tokens/s. What does that work out to per million generated tokens?"],
 "answer", [("cost per million tokens", "USD", 0.02, "2.5/(1800*3600)*1e6")], [], [], [],
 "tokens per GPU-hour = 1800·3600; $/M tokens = 2.5 / (6.48e6) × 1e6"),
("h2-24", "chains", "zh",
 ["每天 2000 万次请求，每次生成 500 个 token，模型 70 亿参数，部署在 T4 上（FP16 65 TFLOPS），利用率 25%，需要多少张 T4？"],
 "answer", [("GPUs", "GPU", 0.05, "2*7e9*500*2e7/(65e12*0.25*86400)")], [], [], [],
 "FLOP/day = 2·N·500·2e7 = 1.4e20; per T4 per day = 65e12·0.25·86400; ~100 cards"),
("h2-25", "chains", "en",
 ["A training job runs on 512 A100s drawing 400 W apiece for 21 days, in a facility with a PUE of 1.2. What's the total energy in MWh?"],
 "answer", [("energy", "MWh", 0.02, "512*400*21*24*1.2/1e6")], [], [], [],
 "GPUs × W × hours × PUE, Wh / 1e6"),
("h2-26", "chains", "zh",
 ["在 256 张 A100 上，用 2 万亿 token 训练一个 70 亿参数的模型，大概要多少天？"],
 "answer", [("training days", "day", 0.05, "6*7e9*2e12/(256*312e12*0.40)/86400")], [], [], [],
 "C = 6·7e9·2e12 = 8.4e22; default MFU 40% of A100 312 TFLOPS BF16"),
("h2-27", "chains", "en",
 ["For a 13B model in BF16 on an H100 (3.35 TB/s), what's the bandwidth-bound ceiling on single-stream decode speed? And if the weights are quantised to 8-bit?"],
 "answer", [("decode speed BF16", "token/s", 0.02, "3.35e12/(13e9*2)"),
            ("decode speed 8-bit", "token/s", 0.02, "3.35e12/(13e9*1)")], [], [], [],
 "tokens/s = bandwidth / weight bytes (2 bytes/param BF16, 1 byte/param 8-bit)"),
("h2-28", "chains", "zh",
 ["我们租了 512 张 H800 跑了 18 天，每卡时 2 美元，总共用了多少卡时？花了多少钱？"],
 "answer", [("GPU-hours", "GPU-hour", 0.02, "512*18*24"),
            ("rental cost", "USD", 0.02, "512*18*24*2")], [], [], [],
 "GPU-h = 512 × 18 × 24; cost = GPU-h × $2"),
# ---------------- entities (8) ----------------
("h2-29", "entities", "en",
 ["How much compute went into training Llama 3 405B on 15.6T tokens?"],
 "answer", [("training compute", "FLOP", 0.02, "6*405e9*15.6e12")], [], [], [],
 "N = 405e9 from the name; C = 6·N·D"),
("h2-30", "entities", "zh",
 ["Qwen2.5 72B 用 18 万亿 token 训练，如果用 1024 张 H100，需要多少天？"],
 "answer", [("training days", "day", 0.05, "6*72e9*18e12/(1024*989e12*0.40)/86400")], [], [], [],
 "N = 72e9 from the name; C = 6·N·D = 7.776e24; default 40% of 989 TFLOPS"),
("h2-31", "entities", "en",
 ["How many H20s would it take to match the dense BF16 throughput of 1,000 H100s?"],
 "answer", [("H20 count", "GPU", 0.02, "1000*989/148")], [], [], [],
 "1000 × 989 / 148 TFLOPS BF16 dense"),
("h2-32", "entities", "zh",
 ["B200 的 BF16 稠密算力是 A100 的几倍？"],
 "answer", [("B200 / A100", "factor", 0.02, "2250/312")], [], [], [],
 "2250 / 312 TFLOPS BF16 dense"),
("h2-33", "entities", "en",
 ["What's the bandwidth-bound decode speed for Llama 3 70B in FP8 on a single H20, batch size 1?"],
 "answer", [("decode speed", "token/s", 0.02, "4.0e12/(70e9*1)")], [], [], [],
 "70e9 params × 1 byte (FP8) = 70 GB; H20 4.0 TB/s / 70 GB"),
("h2-34", "entities", "zh",
 ["假设 H100 的 BF16 峰值按 800 TFLOPS 算（而不是 989），MFU 40%，在 2048 张卡上训练 Llama 2 70B（2 万亿 token）需要多少天？"],
 "answer", [("training days", "day", 0.02, "6*70e9*2e12/(2048*800e12*0.40)/86400")], [], [], [],
 "stated peak 800 TFLOPS overrides 989; C = 6·70e9·2e12 = 8.4e23"),
("h2-35", "entities", "en",
 ["How many bytes do the weights of Qwen2.5-72B occupy in BF16?"],
 "answer", [("weight memory", "byte", 0.02, "72e9*2")], [], [], [],
 "72e9 params (from the name) × 2 bytes"),
("h2-36", "entities", "zh",
 ["GPT-3（1750 亿参数、3000 亿 token）分别用 A100 和 H100 训练，各需要多少 GPU 小时？"],
 "answer", [("A100 GPU-hours", "GPU-hour", 0.05, "6*175e9*300e9/(312e12*0.40)/3600"),
            ("H100 GPU-hours", "GPU-hour", 0.05, "6*175e9*300e9/(989e12*0.40)/3600")], [], [], [],
 "C = 3.15e23; GPU-h = C/(peak·0.4)/3600 with A100 312, H100 989 TFLOPS BF16"),
# ---------------- routing (8) ----------------
("h2-37", "routing", "en",
 ["What does the CICC report say about when high-quality language data might run out?"],
 "cite", [], [], ["2026"], [],
 "seed 004: 高质量语言数据、低质量语言数据和图像数据或将分别在2026年、2030-2050年和2030-2060年耗尽"),
("h2-38", "routing", "zh",
 ["未尽研究的报告对 AI 终端设备的主流硬件规格是怎么描述的？"],
 "cite", [], [], ["40-50 TOPS", "7-10B"], [],
 "seed 001: the report lists a mainstream AI-device spec: an on-device 7-10B LLM, 40-50 TOPS of AI compute, 10-20+ token/s, 8-16 GB+ DRAM"),
("h2-39", "routing", "en",
 ["According to the reports, how much did Microsoft invest in OpenAI, and how much of that was cloud compute?"],
 "cite", [], [], ["130 亿美元", "Azure"], [],
 "seed 001: 微软对 OpenAI 投资 130 亿美元，其中很大一部分是 Azure 云计算"),
("h2-40", "routing", "zh",
 ["列出你们芯片目录里所有 AMD 的 AI 加速器。"],
 "list", [], [], ["MI300X", "MI250X"], [],
 "catalog listing filtered by vendor AMD"),
("h2-41", "routing", "en",
 ["Which of the accelerators you track have more than 80 GB of memory?"],
 "list", [], [], ["MI300X", "H200", "B200", "H20"], [],
 "catalog listing filtered on memory > 80 GB"),
("h2-42", "routing", "zh",
 ["周末想做红烧肉，能给我一个详细的做法吗？"],
 "refuse", [], [], [], [],
 "cooking: out of scope"),
("h2-43", "routing", "en",
 ["How much would it cost to train a model?"],
 "ask", [], [], ["parameter", "token"], [],
 "no model size, data or hardware: should ask for parameters and tokens"),
("h2-44", "routing", "zh",
 ["训练一个大模型需要多少张卡？"],
 "ask", [], [], ["参数", "token", "天"], [],
 "no size, data or deadline: should ask for parameters, tokens, days"),
# ---------------- scaling (6) ----------------
("h2-45", "scaling", "en",
 ["With a compute budget of 1e24 FLOP, what model size and how many training tokens are Chinchilla-optimal?"],
 "answer", [("optimal parameters", "parameter", 0.02, "sqrt(1e24/120)"),
            ("optimal tokens", "token", 0.02, "20*sqrt(1e24/120)")], [], [], [],
 "N = sqrt(C/120); D = 20·N"),
("h2-46", "scaling", "zh",
 ["按 Chinchilla 法则，130 亿参数的模型应该训练多少 token？对应的训练算力是多少？"],
 "answer", [("optimal tokens", "token", 0.02, "20*13e9"),
            ("training compute", "FLOP", 0.02, "6*13e9*20*13e9")], [], [], [],
 "D = 20·N = 2.6e11; C = 6·N·D"),
("h2-47", "scaling", "en",
 ["Llama 3 8B was trained on 15T tokens. How many tokens per parameter is that, and how many times the Chinchilla-optimal data budget?"],
 "answer", [("tokens per parameter", "factor", 0.02, "15e12/8e9"),
            ("times Chinchilla-optimal", "factor", 0.02, "15e12/(20*8e9)")], [], [], [],
 "15e12/8e9 = 1875 tokens/param; / 20 = 93.75×"),
("h2-48", "scaling", "zh",
 ["如果训练算力预算扩大 100 倍，按 Chinchilla 最优，模型参数量应该扩大多少倍？训练数据又要扩大多少倍？"],
 "answer", [("parameter scale-up", "factor", 0.02, "sqrt(100)")], [], [], [],
 "N ∝ sqrt(C) and D ∝ sqrt(C): both grow sqrt(100) = 10×"),
("h2-49", "scaling", "en",
 ["I've got 2,048 H100s (989 TFLOPS BF16) for 30 days at 40% MFU. What's the largest Chinchilla-optimal model I could train, and on how many tokens?"],
 "answer", [("optimal parameters", "parameter", 0.02, "sqrt(2048*989e12*0.40*30*86400/120)"),
            ("optimal tokens", "token", 0.02, "20*sqrt(2048*989e12*0.40*30*86400/120)")], [], [], [],
 "C = 2048·989e12·0.4·30·86400 = 2.1e24; N = sqrt(C/120); D = 20·N"),
("h2-50", "scaling", "zh",
 ["Chinchilla 本身是 700 亿参数、1.4 万亿 token。如果算力变成原来的 4 倍，计算最优的参数量和 token 数分别应是多少？"],
 "answer", [("optimal parameters", "parameter", 0.02, "sqrt(4*6*70e9*1.4e12/120)"),
            ("optimal tokens", "token", 0.02, "20*sqrt(4*6*70e9*1.4e12/120)")], [], [], [],
 "C = 6·70e9·1.4e12 = 5.88e23; 4C: N = sqrt(4C/120) = 1.4e11, D = 2.8e12 (each ×2)"),
# ---------------- conversation (10) ----------------
("h2-51", "conversation", "en",
 ["Our cluster is 2,048 H100 GPUs.",
  "How many days would it take us to train a 70B model on 2 trillion tokens at 40% MFU?",
  "And with 1,024 GPUs?"],
 "answer", [("training days", "day", 0.02, "6*70e9*2e12/(1024*989e12*0.40)/86400")], [], [], [],
 "last turn: 1024 H100s; C = 8.4e23; days = C/(1024·989e12·0.4)/86400"),
("h2-52", "conversation", "zh",
 ["我们机房的电价是每度 0.6 元，PUE 是 1.25。",
  "1000 张 H100（每张 700W）满负荷跑 30 天，电费是多少？"],
 "answer", [("electricity cost", "CNY", 0.02, "1000*700*30*24*1.25/1000*0.6")], [], [], [],
 "kWh = 1000·700·720·1.25/1000 = 630,000; × 0.6 CNY (PUE and price from turn 1)"),
("h2-53", "conversation", "en",
 ["Hi, I'm Lin Wei — I cover semiconductors for a brokerage in Shanghai.",
  "How much compute does it take to train a 7B model on 2T tokens?",
  "Remind me, what's my name and what do I cover?"],
 "answer", [], ["Lin Wei"], ["semiconductor", "Semiconductor"], [],
 "recall of the user's self-description from turn 1"),
("h2-54", "conversation", "zh",
 ["帮我换算一下：1 亿美元按 1 美元兑 7.25 元，是多少人民币？",
  "那 3.5 亿美元呢？"],
 "answer", [("amount in CNY", "CNY", 0.02, "3.5e8*7.25")], [], [], [],
 "follow-up keeps the rate 7.25: 3.5e8 × 7.25"),
("h2-55", "conversation", "en",
 ["Frontier training compute was about 5e25 FLOP in 2024 and has been growing roughly 4.5x per year.",
  "At that growth rate, what would it be in 2030?"],
 "answer", [("2030 compute", "FLOP", 0.02, "5e25*4.5**(2030-2024)")], [], [], [],
 "5e25 × 4.5^6"),
("h2-56", "conversation", "zh",
 ["我们每天要生成 1000 亿个 token，用的是 130 亿参数的稠密模型，跑在 H100 上（989 TFLOPS），利用率 35%。需要多少张卡？",
  "如果流量翻倍呢？",
  "每台服务器放 8 张卡的话，要多少台服务器？"],
 "answer", [("servers", "server", 0.05, "2*13e9*2*1000e8/(989e12*0.35*86400)/8")], [], [], [],
 "doubled traffic 2e11 tokens/day: GPUs = 2·13e9·2e11/(989e12·0.35·86400) = 173.9; servers = /8 (~22)"),
("h2-57", "conversation", "en",
 ["We rent H100s at $2.1 per GPU-hour.",
  "What would it cost us to train a 7B model on 3T tokens?"],
 "answer", [("training cost", "USD", 0.02, "6*7e9*3e12/(989e12*0.40)/3600*2.1")], [], [], [],
 "C = 1.26e23; GPU-h = C/(989e12·0.4)/3600 = 88,473; × $2.1 from turn 1"),
("h2-58", "conversation", "zh",
 ["用 512 张 A100 训练一个 130 亿参数、1 万亿 token 的模型要多少天？",
  "换成 H100 呢？"],
 "answer", [("training days", "day", 0.05, "6*13e9*1e12/(512*989e12*0.40)/86400")], [], [], [],
 "same job on 512 H100s: C = 7.8e22; days = C/(512·989e12·0.4)/86400"),
("h2-59", "conversation", "en",
 ["We run a 4,096-GPU cluster at 700 W per GPU with a PUE of 1.2.",
  "How much energy does it use in a week, in kWh?",
  "What about over 30 days?"],
 "answer", [("energy", "kWh", 0.02, "4096*700*30*24*1.2/1000")], [], [], [],
 "4096 × 700 W × 720 h × 1.2 / 1000"),
("h2-60", "conversation", "zh",
 ["我们公司有 1.6 万张 H800。",
  "每张按 2.5 万美元算，这批卡一共值多少钱？",
  "按 1 美元兑 7.1 元人民币，折合多少？"],
 "answer", [("value in CNY", "CNY", 0.02, "1.6e4*2.5e4*7.1")], [], [], [],
 "16,000 × $25,000 = $4e8; × 7.1"),
]


def build():
    rows = []
    for (iid, cls, lang, turns, kind, vals, t_all, t_any, t_none, deriv) in ITEMS:
        values, checks = [], []
        for (what, unit, tol, expr) in vals:
            v = float(eval(expr, ENV))
            values.append({"value": float(f"{v:.6g}"), "unit": unit, "rel_tol": tol, "what": what})
            checks.append(f"[{what}] = {expr}")
        how = deriv + (" | check: " + "; ".join(checks) if checks else "")
        rows.append({"id": iid, "class": cls, "lang": lang, "turns": turns, "kb": kind == "cite",
                     "expect": {"kind": kind, "values": values, "text_all": t_all, "text_any": t_any,
                                "text_none": t_none},
                     "how": how})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def check():
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    seeds = "".join(open(os.path.join("/work/shared/seeds", n), encoding="utf-8").read()
                    for n in sorted(os.listdir("/work/shared/seeds")))
    bad = 0
    assert [r["id"] for r in rows] == [f"h2-{i:02d}" for i in range(1, 61)], "ids"
    for r in rows:
        e = r["expect"]
        m = re.search(r"\| check: (.*)$", r["how"])
        exprs = re.findall(r"\[([^\]]+)\] = ([^;]+)", m.group(1)) if m else []
        assert len(exprs) == len(e["values"]), r["id"]
        for (what, expr), val in zip(exprs, e["values"]):
            v = eval(expr.strip(), ENV)
            if what != val["what"] or abs(v - val["value"]) > 1e-5 * abs(v) or val["unit"] not in UNITS:
                print("MISMATCH", r["id"], what, v, val); bad += 1
        if e["kind"] in ("list", "cite", "ask", "refuse", "ack"):
            assert not e["values"], r["id"]
        if e["kind"] == "answer":
            assert e["values"] or e["text_all"], r["id"]
        if e["kind"] == "cite":
            for s in e["text_any"]:
                if s not in seeds:
                    print("NOT IN SEEDS", r["id"], s); bad += 1
        assert r["kb"] == (e["kind"] == "cite"), r["id"]
        assert r["lang"] in ("zh", "en") and 1 <= len(r["turns"]) <= 3
        if r["class"] == "conversation":
            assert 2 <= len(r["turns"]) <= 3, r["id"]
    from collections import Counter
    print("items", len(rows), "bad", bad)
    print("class", dict(Counter(r["class"] for r in rows)))
    print("lang", dict(Counter(r["lang"] for r in rows)))
    print("class x lang", dict(Counter((r["class"], r["lang"]) for r in rows)))
    for r in rows:
        print(r["id"], [(v["what"], v["value"], v["unit"]) for v in r["expect"]["values"]])
    return bad


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build()
    sys.exit(1 if check() else 0)
