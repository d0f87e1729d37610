#!/usr/bin/env python3
"""Held-out question set h15 for Zhiti.

Items are held as data. Each item's "how" field ends with
"| check: [what] = expr; [what2] = expr2" and every expected value is
recomputed from those expressions.

  --write   recompute values and write heldout15.jsonl next to this script
  --check   verify every stored value equals its formula (and the jsonl, if present)
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout15.jsonl")

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day",
         "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte",
         "byte/s", "token/s", "token/day", "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASSES = {"own_numbers", "chains", "entities", "routing", "scaling", "conversation"}


def V(unit, what, tol=0.03):
    """A value placeholder; the number is filled in from the check formula."""
    return {"unit": unit, "what": what, "rel_tol": tol}


# (id suffix, class, lang, turns, kb, kind, values, text_all, text_any, text_none, how)
ITEMS = [
    # ------------------------------------------------------------------ own_numbers / en
    ("01", "own_numbers", "en",
     ["For a board memo I'm pulling together: combined hyperscaler AI capex was about $120bn in 2023, "
      "and consensus has it at roughly $310bn for 2026. What multiple is that, and what compound annual "
      "growth rate does it imply?"],
     False, "answer", [V("factor", "multiple"), V("fraction", "CAGR")], [], [], [],
     "factor = end/start; CAGR over 3 years | check: [multiple] = 310/120; "
     "[CAGR] = (310/120)**(1/(2026-2023)) - 1"),
    ("02", "own_numbers", "en",
     ["hw cost per FLOP falling 30%/yr, algorithmic efficiency cutting compute needs 40%/yr. "
      "combined yearly drop in training cost? and what fraction of today's cost is left after 4 yrs?"],
     False, "answer", [V("fraction", "combined annual decline"), V("fraction", "remaining after 4 years")],
     [], [], [],
     "rates combine multiplicatively: (1-0.3)(1-0.4) | check: [combined annual decline] = 1-(1-0.30)*(1-0.40); "
     "[remaining after 4 years] = ((1-0.30)*(1-0.40))**4"),
    ("03", "own_numbers", "en",
     ["I'm modelling a GPU-cloud pure play. Their inference revenue was $1.8 billion in 2024 and management "
      "is guiding to 65% annual growth. If that rate holds, in which calendar year does inference revenue "
      "first go above $20 billion?"],
     False, "answer", [V("year", "year reached", 0.0001)], [], [], [],
     "first whole year n with 1.8*1.65^n > 20 | check: [year reached] = 2024 + math.ceil(math.log(20/1.8)/math.log(1.65))"),
    ("04", "own_numbers", "en",
     ["AI workloads were 14% of our campus electrical load last year and 23% this year. A colleague wrote "
      "\"up 9%\" in the deck. How many percentage points is it actually, and what is the relative increase?"],
     False, "answer", [V("fraction", "percentage-point change"), V("fraction", "relative change")], [], [], [],
     "pp = 0.23-0.14; relative = 0.23/0.14-1 | check: [percentage-point change] = 0.23-0.14; "
     "[relative change] = 0.23/0.14 - 1"),
    ("05", "own_numbers", "en",
     ["A European sovereign-compute programme is budgeted at EUR 2.5 billion. Converting at 1 EUR = 1.09 USD, "
      "what is that in dollars?"],
     False, "answer", [V("USD", "budget in USD")], [], [], [],
     "2.5e9 * 1.09 | check: [budget in USD] = 2.5e9*1.09"),
    ("06", "own_numbers", "en",
     ["Suppose the price of a fixed level of LLM capability halves every eight months. Expressed as an "
      "annual rate of decline, what is that? And how many times cheaper does it get over three years?"],
     False, "answer", [V("fraction", "annual decline"), V("factor", "cheaper over 3 years")], [], [], [],
     "per-year factor 0.5^(12/8); 36 months = 4.5 halvings | check: [annual decline] = 1 - 0.5**(12/8); "
     "[cheaper over 3 years] = 2**(36/8)"),
    ("07", "own_numbers", "en",
     ["Fiscal year just printed: data-centre revenue of $47.5bn on total revenue of $60.9bn. "
      "What share of the total came from data centre?"],
     False, "answer", [V("fraction", "data-centre share")], [], [], [],
     "47.5/60.9 | check: [data-centre share] = 47.5/60.9"),
    # ------------------------------------------------------------------ own_numbers / zh
    ("08", "own_numbers", "zh",
     ["写投资简报要用：全球AI加速芯片市场2020年大约170亿美元，预计2025年能到920亿美元。"
      "2025年的规模是2020年的多少倍？这五年的年均复合增速是多少？"],
     False, "answer", [V("factor", "倍数"), V("fraction", "CAGR")], [], [], [],
     "920/170; CAGR over 5 years | check: [倍数] = 920/170; [CAGR] = (920/170)**(1/(2025-2020)) - 1"),
    ("09", "own_numbers", "zh",
     ["某省智算中心目前总算力约2.5万PFLOPS，规划按每年35%的速度扩容。照这个速度，多少年能翻一番？"],
     False, "answer", [V("years", "翻倍时间")], [], [], [],
     "ln2/ln1.35 | check: [翻倍时间] = math.log(2)/math.log(1.35)"),
    ("10", "own_numbers", "zh",
     ["国内某头部大模型的API价格，两年内从每百万token 60元降到了0.8元。平均每年降价百分之多少？"
      "现在的价格是原来的几分之一？"],
     False, "answer", [V("fraction", "年均降幅"), V("factor", "降价倍数")], [], [], [],
     "1-(0.8/60)^(1/2); 60/0.8 | check: [年均降幅] = 1-(0.8/60)**(1/2); [降价倍数] = 60/0.8"),
    ("11", "own_numbers", "zh",
     ["国产GPU厂商在国内AI加速卡市场的份额，从2022年的18%升到了2024年的26.5%。"
      "一共提升了多少个百分点？相对提升幅度又是多少？"],
     False, "answer", [V("fraction", "百分点变化"), V("fraction", "相对变化")], [], [], [],
     "0.265-0.18; 0.265/0.18-1 | check: [百分点变化] = 0.265-0.18; [相对变化] = 0.265/0.18 - 1"),
    ("12", "own_numbers", "zh",
     ["采购询价：一台8卡GPU服务器报价30万美元，按1美元兑7.25元人民币，折合人民币多少万元？"],
     False, "answer", [V("CNY", "人民币金额")], [], [], [],
     "3e5*7.25 | check: [人民币金额] = 3e5*7.25"),
    ("13", "own_numbers", "zh",
     ["假设推理的单位成本每年下降22%，连续降5年以后，成本只剩现在的百分之几？"],
     False, "answer", [V("fraction", "剩余比例")], [], [], [],
     "0.78^5 | check: [剩余比例] = (1-0.22)**5"),
    ("14", "own_numbers", "zh",
     ["我国智能算力规模2023年约为414 EFLOPS。如果此后每年增长40%，哪一年会首次突破2000 EFLOPS？"],
     False, "answer", [V("year", "突破年份", 0.0001)], [], [], [],
     "first whole year with 414*1.4^n > 2000 | check: [突破年份] = 2023 + math.ceil(math.log(2000/414)/math.log(1.4))"),
    # ------------------------------------------------------------------ chains / en
    ("15", "chains", "en",
     ["Sizing a pretraining run: 34B dense parameters, 3.2 trillion tokens, on 1,024 H100 SXM at 38% MFU, "
      "rented at $2.40 per GPU-hour. How many GPU-hours is that, how many wall-clock days, and what's the "
      "rental bill?"],
     False, "answer", [V("GPU-hour", "GPU-hours", 0.05), V("day", "days", 0.05), V("USD", "rental cost", 0.05)],
     [], [], [],
     "C=6ND; GPU-h = C/(peak*MFU)/3600; days = GPU-h/GPUs/24; cost = GPU-h*rate | check: "
     "[GPU-hours] = 6*34e9*3.2e12/(989.4e12*0.38)/3600; "
     "[days] = 6*34e9*3.2e12/(989.4e12*0.38)/3600/1024/24; "
     "[rental cost] = 6*34e9*3.2e12/(989.4e12*0.38)/3600*2.40"),
    ("16", "chains", "en",
     ["We expect to generate roughly 150 billion output tokens a day on a dense 70B model. Counting decode "
      "compute only, with H100s running at 40% of peak, how many GPUs does that work out to on average?"],
     False, "answer", [V("GPU", "GPUs")], [], [], [],
     "2N FLOP per token; per-GPU daily FLOP = peak*0.4*86400 | check: "
     "[GPUs] = 2*70e9*150e9/(989.4e12*0.4*86400)"),
    ("17", "chains", "en",
     ["DC planner here. 4,096 B200s at 1,000 W each, full load for 30 days, hall PUE of 1.25. "
      "How many MWh is that, and what's the power bill at 8 cents per kWh?"],
     False, "answer", [V("MWh", "energy"), V("USD", "electricity cost")], [], [], [],
     "GPUs x W x hours x PUE | check: [energy] = 4096*1000*30*24*1.25/1e6; "
     "[electricity cost] = 4096*1000*30*24*1.25/1e3*0.08"),
    ("18", "chains", "en",
     ["Back-of-envelope for a procurement review: a single H200 with 4.8 TB/s of memory bandwidth serving a "
      "70B model quantised to FP8 (one byte per weight), batch size 1. If decode is purely bandwidth-bound, "
      "what's the ceiling on tokens per second?"],
     False, "answer", [V("token/s", "decode ceiling")], [], [], [],
     "bandwidth / bytes of weights per token | check: [decode ceiling] = 4.8e12/(70e9*1)"),
    ("19", "chains", "en",
     ["kv cache footprint? 80 layers, 8 kv heads, head_dim 128, 32,768-token context, batch 16, fp16"],
     False, "answer", [V("byte", "KV cache")], [], [], [],
     "2 x layers x kv heads x head dim x seq x batch x 2 bytes | check: [KV cache] = 2*80*8*128*32768*16*2"),
    ("20", "chains", "en",
     ["An MoE with 236B total parameters, 21B of them active per token, gets pretrained on 8.1 trillion "
      "tokens. What's the training compute, and how many days would it take on 2,048 H800s at 35% MFU?"],
     False, "answer", [V("FLOP", "training compute"), V("day", "days", 0.05)], [], [], [],
     "C = 6 x active N x D | check: [training compute] = 6*21e9*8.1e12; "
     "[days] = 6*21e9*8.1e12/(2048*989e12*0.35*86400)"),
    ("21", "chains", "en",
     ["Opex line for a small training cluster: 512 A100s at 400 W board power, running around the clock for "
      "a full year (8,760 hours), facility PUE 1.4, tariff $0.11 per kWh. What's the annual energy in kWh "
      "and the electricity cost?"],
     False, "answer", [V("kWh", "annual energy"), V("USD", "annual electricity cost")], [], [], [],
     "GPUs x W x hours x PUE | check: [annual energy] = 512*400*8760*1.4/1e3; "
     "[annual electricity cost] = 512*400*8760*1.4/1e3*0.11"),
    # ------------------------------------------------------------------ chains / zh
    ("22", "chains", "zh",
     ["我们准备训一个130亿参数的稠密模型，语料2万亿token，集群是512张A800，MFU按45%估，"
      "租金每卡每小时12元。大概要跑多少天？租金一共多少钱？"],
     False, "answer", [V("day", "天数", 0.05), V("CNY", "租金", 0.05)], [], [], [],
     "C=6ND; days = C/(GPUs*peak*MFU*86400); cost = GPU-h*12 | check: "
     "[天数] = 6*13e9*2e12/(512*312e12*0.45*86400); "
     "[租金] = 6*13e9*2e12/(312e12*0.45)/3600*12"),
    ("23", "chains", "zh",
     ["产品规划测算：日活2000万，人均每天生成3000个token，模型是720亿参数的稠密模型，部署在H20上，"
      "算力利用率按30%。每天一共要生成多少token？至少需要多少张卡？"],
     False, "answer", [V("token/day", "日生成token"), V("GPU", "卡数")], [], [], [],
     "tokens/day = DAU x tokens; GPUs = 2N x tokens/day / (peak x 0.3 x 86400) | check: "
     "[日生成token] = 2e7*3000; [卡数] = 2*72e9*2e7*3000/(148e12*0.3*86400)"),
    ("24", "chains", "zh",
     ["一个万卡规模的昇腾910B集群，单卡功耗按400瓦算，PUE 1.3，满负荷连续跑90天，总耗电多少兆瓦时？"
      "电价按0.6元/千瓦时，电费是多少元？"],
     False, "answer", [V("MWh", "耗电量"), V("CNY", "电费")], [], [], [],
     "GPUs x W x hours x PUE | check: [耗电量] = 1e4*400*90*24*1.3/1e6; [电费] = 1e4*400*90*24*1.3/1e3*0.6"),
    ("25", "chains", "zh",
     ["在一张RTX 4090上跑8B模型的INT4量化版（每个参数0.5字节），batch=1，如果完全受显存带宽限制，"
      "解码速度上限大概每秒多少token？"],
     False, "answer", [V("token/s", "解码上限")], [], [], [],
     "1.008 TB/s / (8e9 x 0.5 byte) | check: [解码上限] = 1.008e12/(8e9*0.5)"),
    ("26", "chains", "zh",
     ["KV cache 占多少显存：32层，32个KV头，每头128维，上下文4096，batch 8，FP16存储。给个字节数（换算成GB也行）。"],
     False, "answer", [V("byte", "KV cache")], [], [], [],
     "2 x 32 x 32 x 128 x 4096 x 8 x 2 | check: [KV cache] = 2*32*32*128*4096*8*2"),
    ("27", "chains", "zh",
     ["某MoE模型总参数6710亿，每个token激活370亿。如果每天要生成500亿token，推理每天需要多少FLOP？"
      "用H800、利用率40%来算，平均需要多少张卡？"],
     False, "answer", [V("FLOP", "每日算力"), V("GPU", "卡数")], [], [], [],
     "2 x active N x tokens | check: [每日算力] = 2*37e9*5e10; [卡数] = 2*37e9*5e10/(989e12*0.4*86400)"),
    ("28", "chains", "zh",
     ["训练一个700亿参数的模型，数据15万亿token，用H100集群（利用率没定就按默认算），总共要多少GPU时？"
      "单卡按700瓦、PUE 1.2，这次训练耗电多少MWh？"],
     False, "answer", [V("GPU-hour", "GPU时", 0.05), V("MWh", "耗电量", 0.05)], [], [], [],
     "C=6ND at 40% default; energy = GPU-h x 700 W x PUE | check: "
     "[GPU时] = 6*70e9*15e12/(989.4e12*0.4)/3600; "
     "[耗电量] = 6*70e9*15e12/(989.4e12*0.4)/3600*700*1.2/1e6"),
    # ------------------------------------------------------------------ entities / en
    ("29", "entities", "en",
     ["Ballpark the pretraining compute behind Llama 3.1 405B, assuming it saw about 15.6 trillion tokens."],
     False, "answer", [V("FLOP", "training compute")], [], [], [],
     "405B read from the name; C=6ND | check: [training compute] = 6*405e9*15.6e12"),
    ("30", "entities", "en",
     ["How many H20s would it take to match the dense BF16 throughput of 256 H100 SXMs?"],
     False, "answer", [V("GPU", "H20 count")], [], [], [],
     "256 x 989.4 / 148 | check: [H20 count] = 256*989.4/148"),
    ("31", "entities", "en",
     ["Qwen2.5-72B served in BF16: how many bytes do the weights alone take, and what's the minimum number "
      "of 80 GB GPUs needed just to hold them?"],
     False, "answer", [V("byte", "weight memory"), V("GPU", "minimum GPUs")], [], [], [],
     "72e9 params x 2 bytes; ceil(144 GB / 80 GB) | check: [weight memory] = 72e9*2; "
     "[minimum GPUs] = math.ceil(72e9*2/80e9)"),
    ("32", "entities", "en",
     ["Ignore the MI300X datasheet - in our own benchmarks it sustains 1,000 TFLOPS of dense BF16, already "
      "net of all utilisation losses. On 512 of them, how many days does a 1e24 FLOP run take?"],
     False, "answer", [V("day", "days")], [], [], [],
     "stated sustained rate overrides spec | check: [days] = 1e24/(512*1000e12*86400)"),
    # ------------------------------------------------------------------ entities / zh
    ("33", "entities", "zh",
     ["粗算一下：Yi-34B 用3万亿token做预训练，算力需求大概多少FLOP？"],
     False, "answer", [V("FLOP", "训练算力")], [], [], [],
     "34B from the name; C=6ND | check: [训练算力] = 6*34e9*3e12"),
    ("34", "entities", "zh",
     ["100张B200的BF16稠密算力，大概要多少张A100才能顶得上？"],
     False, "answer", [V("GPU", "A100数量")], [], [], [],
     "100 x 2250 / 312 | check: [A100数量] = 100*2250/312"),
    ("35", "entities", "zh",
     ["Llama 2 13B 用FP16存权重要占多少字节？一张24GB的4090能装下吗？"],
     False, "answer", [V("byte", "权重大小")], [], [], [],
     "13e9 x 2 bytes = 26 GB > 24 GB | check: [权重大小] = 13e9*2"),
    ("36", "entities", "zh",
     ["我们实测H20的BF16稠密算力只有120 TFLOPS（别用官方参数），1000张卡、利用率50%，"
      "训练1e23 FLOP要几天？"],
     False, "answer", [V("day", "天数")], [], [], [],
     "stated 120 TFLOPS overrides spec | check: [天数] = 1e23/(1000*120e12*0.5*86400)"),
    # ------------------------------------------------------------------ routing / en
    ("37", "routing", "en",
     ["In the CICC 'AI economics' chapter on China's AI challenges, what did they estimate a single "
      "GPT-4-class pretraining run costs if you rent cloud GPUs rather than buy them?"],
     True, "cite", [], [], ["1,500", "1500", "5,000", "5000"], [],
     "seed 004, 图表2.12 text: rental cost of one GPT-4 run 1,500-5,000万美元 | check:"),
    ("38", "routing", "en",
     ["Which accelerators are caught by ECCN 3A090? Just list them."],
     False, "list", [], [], ["H100", "A100"], [],
     "catalog listing of export class 3A090 | check:"),
    ("39", "routing", "en",
     ["Off-topic, but what's a decent 20-minute ramen recipe for tonight?"],
     False, "refuse", [], [], [], [],
     "out of scope (cooking) | check:"),
    ("40", "routing", "en",
     ["How long will it take to train a 30B model on our H100 cluster?"],
     False, "ask", [], [], [], [],
     "token count and cluster size missing | check:"),
    # ------------------------------------------------------------------ routing / zh
    ("41", "routing", "zh",
     ["那份《2024年数字经济专题》里引用ARK的测算，硬件和算法各自能让AI训练成本每年降多少？合起来呢？"],
     True, "cite", [], [], ["53%", "47%", "75%"], [],
     "seed 002: RCU cost -53%/yr, algorithms -47%/yr, combined -75%/yr by 2030 | check:"),
    ("42", "routing", "zh",
     ["未尽研究《看DAO2024》讲“内存墙”那部分，说GPT-4在最先进的芯片上运行效率可能低到多少？"],
     True, "cite", [], [], ["3%"], [],
     "seed 001: GPT-4 efficiency may fall to 3% or lower | check:"),
    ("43", "routing", "zh",
     ["明天上海浦东会下雨吗？出门要不要带伞？"],
     False, "refuse", [], [], [], [],
     "out of scope (weather) | check:"),
    ("44", "routing", "zh",
     ["帮我估一下我们这个模型训练要多长时间、花多少钱？"],
     False, "ask", [], [], [], [],
     "no model size, data, hardware or price given | check:"),
    # ------------------------------------------------------------------ scaling / en
    ("45", "scaling", "en",
     ["compute-optimal params + tokens for a 1e24 FLOP budget (chinchilla)?"],
     False, "answer", [V("parameter", "parameters"), V("token", "tokens")], [], [], [],
     "N = sqrt(C/120), D = 20N | check: [parameters] = math.sqrt(1e24/120); [tokens] = 20*math.sqrt(1e24/120)"),
    ("46", "scaling", "en",
     ["We've been allotted 2,048 H100s for 60 days and we typically hit 40% MFU. If we follow Chinchilla "
      "(about 20 tokens per parameter), what's the total compute budget, and what model size and token "
      "count should we aim for?"],
     False, "answer", [V("FLOP", "compute budget", 0.05), V("parameter", "parameters", 0.05),
                       V("token", "tokens", 0.05)], [], [], [],
     "C = GPUs x peak x MFU x seconds; N = sqrt(C/120); D = 20N | check: "
     "[compute budget] = 2048*989.4e12*0.4*60*86400; "
     "[parameters] = math.sqrt(2048*989.4e12*0.4*60*86400/120); "
     "[tokens] = 20*math.sqrt(2048*989.4e12*0.4*60*86400/120)"),
    ("47", "scaling", "en",
     ["If we insist on a Chinchilla-optimal 13B model, how many training tokens does that imply, and what's "
      "the FLOP bill?"],
     False, "answer", [V("token", "tokens"), V("FLOP", "training compute")], [], [], [],
     "D = 20 x 13e9; C = 6ND | check: [tokens] = 20*13e9; [training compute] = 6*13e9*20*13e9"),
    # ------------------------------------------------------------------ scaling / zh
    ("48", "scaling", "zh",
     ["算力预算5×10^23 FLOP，按Chinchilla最优配比，参数量和训练token各应该是多少？"],
     False, "answer", [V("parameter", "参数量"), V("token", "token数")], [], [], [],
     "N = sqrt(C/120), D = 20N | check: [参数量] = math.sqrt(5e23/120); [token数] = 20*math.sqrt(5e23/120)"),
    ("49", "scaling", "zh",
     ["按Chinchilla配比训练一个700亿参数的模型，需要多少token、多少FLOP？用1024张H800、利用率40%要跑几天？"],
     False, "answer", [V("token", "token数"), V("FLOP", "训练算力"), V("day", "天数", 0.05)], [], [], [],
     "D = 20N; C = 6ND; days = C/(GPUs x peak x 0.4 x 86400) | check: [token数] = 20*70e9; "
     "[训练算力] = 6*70e9*20*70e9; [天数] = 6*70e9*20*70e9/(1024*989e12*0.4*86400)"),
    ("50", "scaling", "zh",
     ["手上大概有3e25 FLOP的算力预算，按计算最优的思路，模型该做多大、喂多少数据？"],
     False, "answer", [V("parameter", "参数量"), V("token", "token数")], [], [], [],
     "N = sqrt(C/120), D = 20N | check: [参数量] = math.sqrt(3e25/120); [token数] = 20*math.sqrt(3e25/120)"),
    # ------------------------------------------------------------------ conversation / en
    ("51", "conversation", "en",
     ["Hi - Priya Raman here, I run capacity planning for a colocation operator in northern Virginia.",
      "Quick sanity check: 1,000 H100s at 700 W, PUE 1.3, running for one week. How many MWh?",
      "Sorry, long day - remind me what name I gave you?"],
     False, "answer", [], ["Priya Raman"], [], [],
     "recall the name stated in turn 1 | check:"),
    ("52", "conversation", "en",
     ["What's 6 x 7B x 1T in FLOP?",
      "Thanks. For context, I'm Tom Becker and I cover semiconductor equipment at a bank in Frankfurt."],
     False, "ack", [], [], [], [],
     "statement about the user; acknowledge | check:"),
    ("53", "conversation", "en",
     ["How many days to train a 7B model on 2 trillion tokens with 256 A100s at 40% MFU?",
      "and on H100?"],
     False, "answer", [V("day", "days on H100")], [], [], [],
     "reuse 7B, 2T, 256 GPUs, 40%; swap to H100 peak | check: [days on H100] = 6*7e9*2e12/(256*989.4e12*0.4*86400)"),
    ("54", "conversation", "en",
     ["Energy for 2,000 B200s at 1 kW each, PUE 1.2, running 10 days - in MWh?",
      "what about 30 days instead?"],
     False, "answer", [V("MWh", "energy for 30 days")], [], [], [],
     "same fleet, 720 hours | check: [energy for 30 days] = 2000*1000*30*24*1.2/1e6"),
    ("55", "conversation", "en",
     ["Upper bound on batch-1 decode speed for a 70B model in FP16 on one H100?",
      "And if we quantise the weights to 4-bit?"],
     False, "answer", [V("token/s", "decode ceiling at 4-bit")], [], [], [],
     "3.35 TB/s / (70e9 x 0.5 byte) | check: [decode ceiling at 4-bit] = 3.35e12/(70e9*0.5)"),
    # ------------------------------------------------------------------ conversation / zh
    ("56", "conversation", "zh",
     ["我是陈思远，在券商负责光模块和HBM供应链的研究。",
      "帮我算下：HBM出货量从2023年的15亿GB增长到2026年的60亿GB，年复合增速是多少？",
      "我刚才说我主要研究哪些方向来着？"],
     False, "answer", [], ["HBM", "光模块"], [], [],
     "recall coverage stated in turn 1 | check:"),
    ("57", "conversation", "zh",
     ["我叫刘婧，在一家政策研究院做算力基础设施方面的研究。",
      "顺便说一下，我们最近重点关注东数西算的八大枢纽节点。"],
     False, "ack", [], [], [], [],
     "statement about the user; acknowledge | check:"),
    ("58", "conversation", "zh",
     ["你好，我是王磊，做数据中心规划的工程师。",
      "一个机柜放4台8卡H800服务器，每张卡700瓦，只算GPU的话这个柜子功耗多少千瓦？",
      "对了，你还记得我叫什么吗？"],
     False, "answer", [], ["王磊"], [], [],
     "recall the name stated in turn 1 | check:"),
    ("59", "conversation", "zh",
     ["用1024张H800、利用率40%，训练一个300亿参数、3万亿token的模型要几天？",
      "如果卡数翻倍到2048张呢？"],
     False, "answer", [V("day", "2048卡天数")], [], [], [],
     "reuse 30B, 3T, 40%; 2048 GPUs | check: [2048卡天数] = 6*30e9*3e12/(2048*989e12*0.4*86400)"),
    ("60", "conversation", "zh",
     ["5000万美元按1美元兑7.1元人民币换算是多少人民币？",
      "那1.2亿美元呢？"],
     False, "answer", [V("CNY", "人民币金额")], [], [], [],
     "reuse rate 7.1 | check: [人民币金额] = 1.2e8*7.1"),
]

SAFE = {"__builtins__": {}, "math": math, "min": min, "max": max, "abs": abs, "round": round}


def parse_checks(how):
    if "| check:" not in how:
        raise ValueError("missing '| check:'")
    tail = how.split("| check:", 1)[1].strip()
    out = []
    if not tail:
        return out
    for part in tail.split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^\[([^\]]+)\]\s*=\s*(.+)$", part)
        if not m:
            raise ValueError("bad check clause: %r" % part)
        out.append((m.group(1).strip(), m.group(2).strip()))
    return out


def build():
    rows = []
    for (sfx, cls, lang, turns, kb, kind, values, t_all, t_any, t_none, how) in ITEMS:
        checks = parse_checks(how)
        if len(checks) != len(values):
            raise ValueError("h15-%s: %d values but %d checks" % (sfx, len(values), len(checks)))
        vals = []
        for v, (what, expr) in zip(values, checks):
            if v["what"] != what:
                raise ValueError("h15-%s: value %r vs check %r" % (sfx, v["what"], what))
            num = float(eval(expr, SAFE, {}))
            vals.append({"value": num, "unit": v["unit"], "rel_tol": v["rel_tol"], "what": what})
        rows.append({
            "id": "h15-" + sfx, "class": cls, "lang": lang, "turns": list(turns), "kb": kb,
            "expect": {"kind": kind, "values": vals, "text_all": list(t_all),
                       "text_any": list(t_any), "text_none": list(t_none)},
            "how": how,
        })
    return rows


def validate(rows):
    errs = []
    ids = set()
    for r in rows:
        i = r["id"]
        if i in ids:
            errs.append("%s duplicate id" % i)
        ids.add(i)
        if r["class"] not in CLASSES:
            errs.append("%s bad class" % i)
        if r["lang"] not in ("zh", "en"):
            errs.append("%s bad lang" % i)
        e = r["expect"]
        if e["kind"] not in KINDS:
            errs.append("%s bad kind" % i)
        for v in e["values"]:
            if v["unit"] not in UNITS:
                errs.append("%s bad unit %s" % (i, v["unit"]))
            if not math.isfinite(v["value"]):
                errs.append("%s non-finite value" % i)
        if e["kind"] == "answer" and not e["values"] and not e["text_all"]:
            errs.append("%s answer with nothing to judge" % i)
        if e["kind"] == "cite" and not (r["kb"] and e["text_any"]):
            errs.append("%s cite needs kb and text_any" % i)
        if r["class"] == "conversation" and len(r["turns"]) < 2:
            errs.append("%s conversation needs >=2 turns" % i)
    if len(rows) != 60:
        errs.append("expected 60 items, got %d" % len(rows))
    return errs


def summary(rows):
    from collections import Counter
    c = Counter((r["class"], r["lang"]) for r in rows)
    for cls in ["own_numbers", "chains", "entities", "routing", "scaling", "conversation"]:
        print("%-13s zh=%d en=%d" % (cls, c[(cls, "zh")], c[(cls, "en")]))
    print("total zh=%d en=%d" % (sum(1 for r in rows if r["lang"] == "zh"),
                                 sum(1 for r in rows if r["lang"] == "en")))


def main():
    args = sys.argv[1:]
    rows = build()
    errs = validate(rows)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    if "--write" in args:
        with open(OUT, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %d items to %s" % (len(rows), OUT))
    if "--check" in args:
        bad = 0
        # formulas vs values held in data
        for r in rows:
            checks = dict(parse_checks(r["how"]))
            for v in r["expect"]["values"]:
                ref = float(eval(checks[v["what"]], SAFE, {}))
                if not math.isclose(ref, v["value"], rel_tol=1e-12):
                    print("MISMATCH %s %s" % (r["id"], v["what"]))
                    bad += 1
        # file on disk vs formulas
        if os.path.exists(OUT):
            with open(OUT, encoding="utf-8") as f:
                disk = [json.loads(l) for l in f if l.strip()]
            if len(disk) != len(rows):
                print("jsonl has %d rows, expected %d" % (len(disk), len(rows)))
                bad += 1
            for d in disk:
                checks = dict(parse_checks(d["how"]))
                for v in d["expect"]["values"]:
                    if v["unit"] not in UNITS:
                        print("BAD UNIT %s %s" % (d["id"], v["unit"]))
                        bad += 1
                    ref = float(eval(checks[v["what"]], SAFE, {}))
                    if not math.isclose(ref, v["value"], rel_tol=1e-12):
                        print("MISMATCH (jsonl) %s %s: %r vs %r" % (d["id"], v["what"], v["value"], ref))
                        bad += 1
            if disk != rows:
                print("jsonl differs from data; rerun --write")
                bad += 1
        else:
            print("note: %s not written yet" % OUT)
        if bad:
            print("CHECK FAILED (%d problems)" % bad)
            sys.exit(1)
        print("check OK: %d items, all values equal their formulas" % len(rows))
    if "--show" in args:
        for r in rows:
            print(r["id"], r["expect"]["kind"], [(v["what"], "%.6g" % v["value"], v["unit"]) for v in r["expect"]["values"]])
    summary(rows)


if __name__ == "__main__":
    main()
