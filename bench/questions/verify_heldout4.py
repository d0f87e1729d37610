#!/usr/bin/env python3
"""heldout4 — blind evaluation set for the Zhiti agent.

Every item lives here together with a python check expression for each
expected value.  Usage:

  python3 verify.py --write   # (re)generate heldout4.jsonl from ITEMS
  python3 verify.py --check   # validate ITEMS *and* heldout4.jsonl

--check recomputes every expected value from the expression embedded in the
item's "how" field (parsed back out of heldout4.jsonl), checks the schema,
class sizes, units, kinds, language balance, and that every cite item's
text_any contains at least one term that really occurs in the cited seed.
"""
import json
import math
import os
import re
import sys
from math import ceil, log, log2, log10, sqrt  # noqa: F401  (used in exprs)

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.join(HERE, "heldout4.jsonl")
SEEDS = "/work/shared/seeds"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second",
         "hour", "day", "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W",
         "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASS_SIZES = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8,
               "scaling": 6, "conversation": 10}
# relative agreement required between the stored (rounded) value and the
# recomputed expression
AGREE = 0.005


def V(value, unit, rel_tol, what, expr):
    return dict(value=value, unit=unit, rel_tol=rel_tol, what=what, expr=expr)


def item(id, cls, lang, turns, kind="answer", values=(), how="",
         text_all=(), text_any=(), text_none=(), kb=False, seed=None):
    return dict(id=id, cls=cls, lang=lang, turns=list(turns), kind=kind,
                values=list(values), how=how, text_all=list(text_all),
                text_any=list(text_any), text_none=list(text_none), kb=kb,
                seed=seed)


ITEMS = [
    # ------------------------------------------------------------------
    # own_numbers (14)
    # ------------------------------------------------------------------
    item("h4-01", "own_numbers", "en",
         ["Our inference revenue went from $38M in 2021 to $410 million in 2024. "
          "What CAGR does that imply, and if we kept that pace, where would we be in 2026?"],
         values=[V(1.210, "fraction", 0.02, "CAGR 2021-2024", "(410/38)**(1/3)-1"),
                 V(2.002e9, "USD", 0.02, "2026 revenue", "410e6*((410/38)**(1/3))**2")],
         how="CAGR=(410/38)^(1/3)-1 over 3 years (~121%/yr); 2026 = 410M x (1+r)^2"),
    item("h4-02", "own_numbers", "zh",
         ["某头部云厂商的智能算力规模，2019年是1.5 EFLOPS，到2024年达到22 EFLOPS。"
          "2024年是2019年的多少倍？相当于翻了几番？"],
         values=[V(14.67, "factor", 0.02, "growth multiple", "22/1.5"),
                 V(3.874, "count", 0.02, "doublings", "log2(22/1.5)")],
         how="multiple = 22/1.5; number of doublings (翻番) = log2(multiple)"),
    item("h4-03", "own_numbers", "en",
         ["Output-token pricing on our main API tier dropped from $60 to $2.50 per million tokens "
          "over 18 months. What annual rate of decline is that, and how many times has the price halved?"],
         values=[V(0.8798, "fraction", 0.02, "annual decline", "1-(2.5/60)**(12/18)"),
                 V(4.585, "count", 0.02, "halvings", "log2(60/2.5)")],
         how="annualise over 1.5 years: 1-(2.5/60)^(1/1.5); halvings = log2(60/2.5)"),
    item("h4-04", "own_numbers", "zh",
         ["今年信息化预算一共8.5亿元，其中四成五用于GPU采购；剩下的钱里再拿出三分之一付电费和机房租金。"
          "GPU采购花多少？付完电费和机房之后还剩多少？"],
         values=[V(3.825e8, "CNY", 0.02, "GPU spend", "8.5e8*0.45"),
                 V(3.117e8, "CNY", 0.02, "remaining", "8.5e8*(1-0.45)*(2/3)")],
         how="四成五 = 45%: GPU = 8.5亿x0.45; rest 4.675亿, minus one third for power/room -> 2/3 of rest"),
    item("h4-05", "own_numbers", "en",
         ["Assume hardware cost per FLOP falls 30% a year and algorithmic efficiency independently cuts "
          "the compute needed by 40% a year. What's the combined annual decline in the cost of a "
          "fixed-capability training run, and after 3 years what fraction of today's cost would it be?"],
         values=[V(0.58, "fraction", 0.02, "combined annual decline", "1-(1-0.3)*(1-0.4)"),
                 V(0.07409, "fraction", 0.02, "cost fraction after 3 years", "((1-0.3)*(1-0.4))**3")],
         how="successive declines combine: 1-(0.7x0.6)=58%; remaining after 3 years = 0.42^3"),
    item("h4-06", "own_numbers", "zh",
         ["2024年前沿模型单次训练算力大约3e25 FLOP。如果每年增长半个数量级，哪一年达到3e28 FLOP？"
          "每年的增长倍数相当于多少？"],
         values=[V(2030, "year", 0.0002, "target year", "2024+log10(3e28/3e25)/0.5"),
                 V(3.162, "factor", 0.02, "annual multiple", "10**0.5")],
         how="3 orders of magnitude at 0.5 OOM/yr = 6 years -> 2030; annual factor 10^0.5"),
    item("h4-07", "own_numbers", "en",
         ["The vendor's quote for the cluster is ¥1.35 billion. At 7.15 yuan to the dollar, what's that "
          "in USD? And in euros, taking 1 EUR = 1.08 USD?"],
         values=[V(1.888e8, "USD", 0.02, "USD", "1.35e9/7.15"),
                 V(1.748e8, "EUR", 0.02, "EUR", "1.35e9/7.15/1.08")],
         how="USD = 1.35e9/7.15; EUR = USD/1.08"),
    item("h4-08", "own_numbers", "zh",
         ["国产AI加速卡在国内采购中的份额从2023年的18%升到了2024年的27%。份额提高了多少个百分点？"
          "相对2023年增长了百分之几？"],
         values=[V(0.09, "fraction", 0.02, "percentage-point change", "0.27-0.18"),
                 V(0.5, "fraction", 0.02, "relative change", "(0.27-0.18)/0.18")],
         how="27%-18% = 9 percentage points; relative change 9/18 = 50%"),
    item("h4-09", "own_numbers", "en",
         ["Global AI data-center capex was roughly $230 billion in 2024. If it grows 30% a year, what "
          "does 2030 look like, and how long does it take to double?"],
         values=[V(1.110e12, "USD", 0.02, "2030 capex", "230e9*1.3**6"),
                 V(2.642, "years", 0.02, "doubling time", "log(2)/log(1.3)")],
         how="230B x 1.3^6 (6 years); doubling time ln2/ln1.3"),
    item("h4-10", "own_numbers", "zh",
         ["H100 的云上租赁价现在大约每卡每小时 2.4 美元，假设每年降 22%，三年后是多少钱一小时？三年累计降了多少？"],
         values=[V(1.139, "USD", 0.02, "price per GPU-hour after 3 years", "2.4*(1-0.22)**3"),
                 V(0.5254, "fraction", 0.02, "cumulative decline", "1-(1-0.22)**3")],
         how="2.4 x 0.78^3; cumulative decline 1-0.78^3"),
    item("h4-11", "own_numbers", "en",
         ["If frontier training compute keeps doubling every six months, how many doublings is that from "
          "2020 to 2030, and what overall multiple does it add up to?"],
         values=[V(20, "count", 0.02, "doublings", "(2030-2020)*12/6"),
                 V(1.049e6, "factor", 0.02, "overall multiple", "2**20")],
         how="10 years / 0.5 year = 20 doublings; 2^20"),
    item("h4-12", "own_numbers", "zh",
         ["中国AI服务器市场规模预计从2021年的350亿元增长到2026年的1089.4亿元，年复合增速是多少？"
          "如果2026年之后保持这个增速，2028年会到多少？"],
         values=[V(0.2549, "fraction", 0.02, "CAGR 2021-2026", "(1089.4/350)**(1/5)-1"),
                 V(1.716e11, "CNY", 0.02, "2028 market", "1089.4e8*((1089.4/350)**(1/5))**2")],
         how="5 compounding years 2021->2026 (the source report's 20.83% only reproduces with 6 periods; "
             "the correct 5-year CAGR is ~25.5%); 2028 = 1089.4亿 x (1+r)^2"),
    item("h4-13", "own_numbers", "en",
         ["Networking usually eats 30-40% of a cluster budget. On a $4.6M build, what's that range in "
          "dollars, and if we plan at the midpoint, how much is left for everything else?"],
         values=[V(1.38e6, "USD", 0.02, "networking low", "4.6e6*0.30"),
                 V(1.84e6, "USD", 0.02, "networking high", "4.6e6*0.40"),
                 V(2.99e6, "USD", 0.02, "left at midpoint", "4.6e6*(1-0.35)")],
         how="30% and 40% of 4.6M; midpoint 35% leaves 65%"),
    item("h4-14", "own_numbers", "zh",
         ["我们平台的日均 token 调用量从 2023 年 6 月的每天 20 亿涨到了 2024 年 12 月的每天 1.2 万亿。"
          "现在是当时的多少倍？折算成年化增长倍数是多少？"],
         values=[V(600, "factor", 0.02, "multiple over 18 months", "1.2e12/2e9"),
                 V(71.14, "factor", 0.02, "annualised multiple", "(1.2e12/2e9)**(12/18)")],
         how="1.2万亿/20亿 = 600x over 18 months; annualised 600^(1/1.5)"),

    # ------------------------------------------------------------------
    # chains (14)
    # ------------------------------------------------------------------
    item("h4-15", "chains", "en",
         ["We're pretraining a 13B dense model on 2.6T tokens on H100s and expect 45% MFU. How many "
          "GPU-hours is that, and what's the bill at $2.10 per GPU-hour?"],
         values=[V(1.266e5, "GPU-hour", 0.03, "GPU-hours", "6*13e9*2.6e12/(989e12*0.45)/3600"),
                 V(2.658e5, "USD", 0.03, "rental cost", "6*13e9*2.6e12/(989e12*0.45)/3600*2.10")],
         how="C=6ND=2.03e23 FLOP; per-GPU 989 TFLOPS x 45%; GPU-hours = C/(peak x MFU)/3600; x $2.10"),
    item("h4-16", "chains", "zh",
         ["拿 2048 张 A100 训练一个 340 亿参数的稠密模型，数据 1 万亿 token，MFU 按 38% 估，大概要训多少天？"],
         values=[V(9.724, "day", 0.03, "training days", "6*34e9*1e12/(2048*312e12*0.38)/86400")],
         how="C=6x34e9x1e12=2.04e23; days = C/(2048 x 312e12 x 0.38)/86400"),
    item("h4-17", "chains", "en",
         ["Our 70B dense chat model needs to push out 90 billion output tokens a day. Assuming the load is "
          "spread evenly and we sustain 35% of the H100's 989 TFLOPS, what's the minimum number of GPUs, "
          "and how many 8-GPU servers is that?"],
         values=[V(421.3, "GPU", 0.02, "GPUs", "2*70e9*90e9/86400/(989e12*0.35)"),
                 V(53, "server", 0.02, "servers", "ceil(2*70e9*90e9/86400/(989e12*0.35)/8)")],
         how="2N FLOP/token x 9e10 tokens/day / 86400 s = 1.46e17 FLOP/s; / (989e12 x 0.35) = ~421.3 "
             "(422 whole GPUs); / 8 rounded up = 53 servers"),
    item("h4-18", "chains", "zh",
         ["一个 1 万张 H100 的集群满负荷连续跑 30 天，每卡按 700W 算，PUE 1.25。总用电多少兆瓦时？"
          "电价 0.6 元/千瓦时的话电费多少？"],
         values=[V(6300, "MWh", 0.02, "energy", "10000*700*30*24*1.25/1e6"),
                 V(3.78e6, "CNY", 0.02, "electricity cost", "10000*700*30*24*1.25/1000*0.6")],
         how="kWh = GPUs x W x h x PUE /1000 = 6.3e6 kWh = 6300 MWh; x 0.6 元"),
    item("h4-19", "chains", "en",
         ["Roughly how fast can a single H20 (4.0 TB/s) decode a 34B model at batch size 1 with FP16 "
          "weights? And with the weights quantized to INT8?"],
         values=[V(58.82, "token/s", 0.03, "FP16 tokens/s", "4.0e12/(34e9*2)"),
                 V(117.6, "token/s", 0.03, "INT8 tokens/s", "4.0e12/(34e9*1)")],
         how="bandwidth-bound: tokens/s = bandwidth / weight bytes; 68 GB FP16, 34 GB INT8"),
    item("h4-20", "chains", "zh",
         ["某模型 80 层，GQA 共 8 个 KV 头，head_dim=128，KV cache 用 FP16。每个 token 的 KV cache 占多少字节？"
          "上下文 32768、batch 16 时总共多少字节？"],
         values=[V(327680, "byte", 0.02, "KV bytes per token", "2*80*8*128*2"),
                 V(1.718e11, "byte", 0.02, "KV bytes total", "2*80*8*128*32768*16*2")],
         how="KV bytes = 2 x layers x kv_heads x head_dim x seq x batch x 2 bytes"),
    item("h4-21", "chains", "en",
         ["A MoE with 236B total and 21B active parameters was trained on 8.1T tokens. What's the training "
          "compute, and how many days would it take on 2,048 H800s at 40% MFU?"],
         values=[V(1.021e24, "FLOP", 0.02, "training compute", "6*21e9*8.1e12"),
                 V(14.58, "day", 0.03, "training days", "6*21e9*8.1e12/(2048*989e12*0.4)/86400")],
         how="MoE uses active parameters: C=6x21e9x8.1e12; days = C/(2048 x 989e12 x 0.4)/86400"),
    item("h4-22", "chains", "zh",
         ["计划采购 4096 张 H20，8 卡一台，整机报价每台 135 万元，网络等配套按整机价格的 12% 另算。"
          "一共要多少台？总投入多少？"],
         values=[V(512, "server", 0.02, "servers", "4096/8"),
                 V(7.741e8, "CNY", 0.02, "total cost", "4096/8*1.35e6*1.12")],
         how="4096/8 = 512 servers; 512 x 135万 x 1.12"),
    item("h4-23", "chains", "en",
         ["Please redo this inference sizing from scratch: each query produces 267 tokens; the model has "
          "1 trillion parameters and needs 2·N FLOP per token; effective utilisation is 32%; 60 million "
          "visits a day with 10 queries each, spread evenly over 24 hours; T4 GPUs at 65 TFLOPS mixed "
          "precision; 8 T4s per server at $29,000 a server. How many T4s do we need, and what is the "
          "server capex?"],
         values=[V(1.783e5, "GPU", 0.02, "T4 GPUs", "6e7*10*2e12*267/0.32/86400/65e12"),
                 V(6.463e8, "USD", 0.02, "server capex", "6e7*10*2e12*267/0.32/86400/65e12/8*29000")],
         how="per query 2e12 x 267 / 0.32 = 1.67e15 FLOP (the source report prints 17 PFLOP, a 10x slip, "
             "which leads it to 1.82M T4 / $6.6B); 6e8 queries/day -> 1.16e19 FLOP/s; / 65e12 = ~178k T4; "
             "/8 x $29k = ~$0.65B"),
    item("h4-24", "chains", "zh",
         ["一次大模型训练用了 2.5 万张 A100，跑了 95 天，每卡 400W，PUE 取 1.2。总耗电多少兆瓦时？"
          "按 0.08 美元/千瓦时算电费多少？"],
         values=[V(27360, "MWh", 0.02, "energy", "25000*400*95*24*1.2/1e6"),
                 V(2.189e6, "USD", 0.02, "electricity cost", "25000*400*95*24*1.2/1000*0.08")],
         how="2.5万 = 25,000 GPUs; kWh = 25000 x 400 x 2280 h x 1.2 / 1000 = 2.736e7 kWh; x $0.08"),
    item("h4-25", "chains", "en",
         ["Quick budget check: a 3B model on half a trillion tokens, A100s at 50% MFU, rented at $1.40 per "
          "GPU-hour. How many GPU-hours, and what's the total compute cost?"],
         values=[V(1.603e4, "GPU-hour", 0.03, "GPU-hours", "6*3e9*0.5e12/(312e12*0.5)/3600"),
                 V(2.244e4, "USD", 0.03, "rental cost", "6*3e9*0.5e12/(312e12*0.5)/3600*1.40")],
         how="C=6x3e9x5e11=9e21; / (312e12 x 0.5) / 3600 = GPU-hours; x $1.40"),
    item("h4-26", "chains", "zh",
         ["一个 700 亿参数的模型用 FP8 权重部署在单张 H100 SXM（带宽 3.35TB/s）上，batch=1 时解码速度上限大约"
          "多少 token/s？如果每个请求平均输出 500 个 token、逐个串行处理，这张卡一小时最多能处理多少个请求？"],
         values=[V(47.86, "token/s", 0.03, "decode tokens/s", "3.35e12/70e9"),
                 V(344.6, "count", 0.03, "requests per hour", "3.35e12/70e9*3600/500")],
         how="FP8 = 1 byte/param -> 70 GB; 3.35e12/7e10 tokens/s; x 3600 / 500 tokens per request"),
    item("h4-27", "chains", "en",
         ["We keep 640 H100s busy on inference 24/7 for a full year (365 days). At 700 W per GPU, PUE 1.35 "
          "and $0.07 per kWh, what's the annual energy and the power bill?"],
         values=[V(5298, "MWh", 0.02, "annual energy", "640*700*8760*1.35/1e6"),
                 V(3.709e5, "USD", 0.02, "electricity cost", "640*700*8760*1.35/1000*0.07")],
         how="kWh = 640 x 700 x 8760 x 1.35 / 1000 = 5.30e6 kWh; x $0.07"),
    item("h4-28", "chains", "zh",
         ["要在 21 天内用 H100 训完一个 700 亿参数、2 万亿 token 的模型，MFU 42%。至少要多少张卡？"
          "按 8 卡一台要多少台服务器？"],
         values=[V(1115, "GPU", 0.02, "GPUs", "ceil(6*70e9*2e12/(989e12*0.42*21*86400))"),
                 V(140, "server", 0.02, "servers", "ceil(ceil(6*70e9*2e12/(989e12*0.42*21*86400))/8)")],
         how="C=8.4e23; one H100 in 21 days at 42% delivers 7.54e20 FLOP; 1114.5 -> 1115 GPUs; /8 -> 140 servers"),

    # ------------------------------------------------------------------
    # entities (8)
    # ------------------------------------------------------------------
    item("h4-29", "entities", "en",
         ["How much training compute went into Llama 3 70B on its 15 trillion tokens? And how many H100 "
          "GPU-hours is that at 40% MFU?"],
         values=[V(6.3e24, "FLOP", 0.03, "training compute", "6*70e9*15e12"),
                 V(4.424e6, "GPU-hour", 0.05, "H100 GPU-hours", "6*70e9*15e12/(989e12*0.4)/3600")],
         how="N=70e9 from the name; C=6x70e9x15e12; / (989e12 x 0.4) / 3600",
         text_all=[]),
    item("h4-30", "entities", "zh",
         ["GPT-3 用 3000 亿 token 训练，训练算力是多少 FLOP？如果换成 1024 张 A100、MFU 40%，需要训练多少天？"],
         values=[V(3.15e23, "FLOP", 0.03, "training compute", "6*175e9*3e11"),
                 V(28.53, "day", 0.05, "training days", "6*175e9*3e11/(1024*312e12*0.4)/86400")],
         how="GPT-3 = 175B parameters; C=6x175e9x3e11; / (1024 x 312e12 x 0.4) / 86400"),
    item("h4-31", "entities", "en",
         ["On dense BF16 peak, how many H20s does it take to match 100 H100s? And how many A100s add up to "
          "one B200?"],
         values=[V(668.2, "GPU", 0.05, "H20 count", "100*989/148"),
                 V(7.212, "GPU", 0.05, "A100 per B200", "2250/312")],
         how="dense BF16: H100 989, H20 148, A100 312, B200 2250 TFLOPS"),
    item("h4-32", "entities", "zh",
         ["我们实测 H100 在这个任务上每卡有效算力只有 400 TFLOPS（已经算上利用率了）。用 512 张卡训练"
          " Llama 3 8B 这种规模的模型、15 万亿 token，要多少天？"],
         values=[V(40.69, "day", 0.03, "training days", "6*8e9*15e12/(512*400e12)/86400")],
         how="stated effective 400 TFLOPS overrides catalog peak x MFU; N=8e9 from the name; "
             "C=7.2e23; / (512 x 400e12) / 86400"),
    item("h4-33", "entities", "en",
         ["How many DGX H100 boxes do we need for 3,000 H100 GPUs, and what's the combined dense BF16 peak "
          "of that fleet?"],
         values=[V(375, "server", 0.02, "DGX systems", "3000/8"),
                 V(2.967e18, "FLOP/s", 0.05, "aggregate peak", "3000*989e12")],
         how="DGX H100 = 8 GPUs; 3000/8 = 375; 3000 x 989 TFLOPS"),
    item("h4-34", "entities", "zh",
         ["batch=1 解码一个 130 亿参数的 FP16 模型，A100 80GB 和 H20 的理论上限分别是多少 token/s？"
          "H20 的速度是 A100 的多少倍？"],
         values=[V(78.42, "token/s", 0.05, "A100 tokens/s", "2.039e12/(13e9*2)"),
                 V(153.8, "token/s", 0.05, "H20 tokens/s", "4.0e12/(13e9*2)"),
                 V(1.962, "factor", 0.05, "H20/A100 ratio", "4.0/2.039")],
         how="weights 26 GB; A100 80GB 2.039 TB/s, H20 4.0 TB/s; ratio of bandwidths"),
    item("h4-35", "entities", "en",
         ["Counting GPUs only, what's the combined TDP of four 8×H100 servers? And running flat out for a "
          "year (8,760 hours), how much energy is that before PUE?"],
         values=[V(22.4, "kW", 0.03, "combined TDP", "4*8*700/1000"),
                 V(196.2, "MWh", 0.03, "annual energy", "4*8*700*8760/1e6")],
         how="32 GPUs x 700 W = 22.4 kW; x 8760 h"),
    item("h4-36", "entities", "zh",
         ["Llama 2 13B 每生成一个 token 大约要多少 FLOP？如果每天要生成 50 亿 token、负载均匀、A100 利用率 30%，"
          "至少需要几张 A100？"],
         values=[V(2.6e10, "FLOP", 0.03, "FLOP per token", "2*13e9"),
                 V(17, "GPU", 0.06, "A100 count", "ceil(2*13e9*5e9/86400/(312e12*0.3))")],
         how="2N = 2.6e10 FLOP/token; x 5e9 / 86400 = 1.50e15 FLOP/s; / (312e12 x 0.3) = 16.07 -> 17 GPUs"),

    # ------------------------------------------------------------------
    # routing (8)
    # ------------------------------------------------------------------
    item("h4-37", "routing", "zh",
         ["中金那篇《AI经济学》第二章里引用了斯坦福 HAI 对 GPT-4 和 Gemini Ultra 训练成本的测算，各是多少？"],
         kind="cite", kb=True, seed="004_6e137adebb593e30.txt",
         values=[V(7.8e7, "USD", 0.02, "GPT-4 training cost (quoted)", "78e6"),
                 V(1.91e8, "USD", 0.02, "Gemini Ultra training cost (quoted)", "1.91e8")],
         text_any=["7800万", "7800 万", "1.91亿", "1.91 亿", "78 million", "191 million"],
         how="quoted from 004: 斯坦福HAI研究所测算GPT-4和Gemini Ultra的训练成本分别高达7800万和1.91亿美元"),
    item("h4-38", "routing", "en",
         ["In the 2024 digital-economy report (人工智能领航数字经济新阶段), what did the authors estimate "
          "Sora needs in compute for one training run, and how does that compare with GPT-3 175B?"],
         kind="cite", kb=True, seed="002_433419e1c499dc0d.txt",
         values=[V(2.6e24, "FLOP", 0.02, "Sora training compute (quoted)", "2.6e24"),
                 V(8.2, "factor", 0.02, "multiple of GPT-3 (quoted)", "8.2")],
         text_any=["2.6", "8.2"],
         how="quoted from 002: Sora 训练一次所需算力或可达到 2.6×10^24 Flops, 相当于 GPT-3 175B 的 8.2 倍"),
    item("h4-39", "routing", "zh",
         ["《2016-2030年：通用人工智能时代的到来》这份报告认为，如果把模型参数和人类神经突触对标，多大参数量的"
          "模型可以实现AGI？报告里提到的预测时间是哪几年？"],
         kind="cite", kb=True, seed="000_52d4eb4e6b7dac08.txt",
         values=[V(1e14, "parameter", 0.02, "AGI parameter count (quoted)", "100e12")],
         text_any=["100万亿", "100 万亿", "2027", "100 trillion"],
         how="quoted from 000 summary: 大约到100万亿参数的模型可以实现AGI，马斯克、黄仁勋、OPENAI前员工大约预测了"
             "这个时间在2027-2029年"),
    item("h4-40", "routing", "en",
         ["Weijin Research's 看DAO2024 has a compute section (算力“破墙”). What growth rates does it give "
          "for model size and for compute demand?"],
         kind="cite", kb=True, seed="001_c7d1a51f02a6626a.txt",
         values=[V(10, "factor", 0.02, "annual growth of parameter count (quoted)", "10")],
         text_any=["两个月", "two months", "2 months"],
         how="quoted from 001: the report says model size grows 10x a year, compute demand doubles every two months, GPU compute doubles yearly"),
    item("h4-41", "routing", "en",
         ["Which accelerators do you have specs for with at least 80 GB of memory? A list is fine."],
         kind="list",
         text_all=["H100", "H20"], text_any=["B200", "MI300X", "H200"],
         how="catalog listing filtered by memory >= 80 GB (H100 80 GB, H20 96 GB, B200 192 GB, ...)"),
    item("h4-42", "routing", "zh",
         ["帮我写一首关于春天的七言绝句，要押韵。"],
         kind="refuse",
         how="out of scope (poetry) for an AI compute-economics analyst"),
    item("h4-43", "routing", "en",
         ["How many GPUs do I need to train my model?"],
         kind="ask",
         how="missing model size, tokens, GPU type/MFU and deadline; agent must ask"),
    item("h4-44", "routing", "zh",
         ["我们想上一个大模型做客服，要买多少台服务器？"],
         kind="ask",
         how="missing model size, traffic (tokens or queries per day), GPU type; agent must ask"),

    # ------------------------------------------------------------------
    # scaling (6)
    # ------------------------------------------------------------------
    item("h4-45", "scaling", "en",
         ["We have a compute budget of 1.2e25 FLOP. Under Chinchilla (20 tokens per parameter), what's the "
          "compute-optimal model size and how many tokens should it see?"],
         values=[V(3.162e11, "parameter", 0.03, "optimal N", "sqrt(1.2e25/120)"),
                 V(6.325e12, "token", 0.03, "optimal D", "20*sqrt(1.2e25/120)")],
         how="N = sqrt(C/120); D = 20N"),
    item("h4-46", "scaling", "zh",
         ["按 Chinchilla 的 20 倍法则，一个 300 亿参数的模型最优训练 token 数是多少？对应的训练算力是多少 FLOP？"],
         values=[V(6e11, "token", 0.02, "optimal D", "20*30e9"),
                 V(1.08e23, "FLOP", 0.02, "training compute", "6*30e9*20*30e9")],
         how="D = 20 x 3e10 = 6e11; C = 6ND"),
    item("h4-47", "scaling", "en",
         ["Llama 3 8B was trained on about 15T tokens. What would the Chinchilla-optimal token count be for "
          "that size, and how many times past it did Meta go?"],
         values=[V(1.6e11, "token", 0.02, "optimal D", "20*8e9"),
                 V(93.75, "factor", 0.03, "ratio actual/optimal", "15e12/(20*8e9)")],
         how="N=8e9 from the name; D_opt = 160B; 15T/160B"),
    item("h4-48", "scaling", "zh",
         ["如果算力预算从 3e24 FLOP 扩大到 16 倍，按 Chinchilla 最优，参数量和数据量各自变成原来的几倍？"
          "新的最优参数量是多少？"],
         values=[V(4, "factor", 0.02, "growth of N and of D", "sqrt(16)"),
                 V(6.325e11, "parameter", 0.03, "new optimal N", "sqrt(16*3e24/120)")],
         how="N and D each scale with sqrt(k)=4; N = sqrt(4.8e25/120)"),
    item("h4-49", "scaling", "en",
         ["Suppose we get 2,048 H100s for 30 days at 40% MFU. What total compute is that, and what "
          "Chinchilla-optimal model size and token count does it buy?"],
         values=[V(2.100e24, "FLOP", 0.03, "compute budget", "2048*989e12*0.4*30*86400"),
                 V(1.323e11, "parameter", 0.03, "optimal N", "sqrt(2048*989e12*0.4*30*86400/120)"),
                 V(2.646e12, "token", 0.03, "optimal D", "20*sqrt(2048*989e12*0.4*30*86400/120)")],
         how="C = GPUs x 989e12 x 0.4 x 30 x 86400; N = sqrt(C/120); D = 20N"),
    item("h4-50", "scaling", "zh",
         ["一个 70 亿参数的模型用了 4000 亿 token 训练。实际 token 数是 Chinchilla 最优值的多少倍？如果算力不变，"
          "按 Chinchilla 最优应该训多大的模型？"],
         values=[V(2.857, "factor", 0.03, "ratio actual/optimal tokens", "4e11/(20*7e9)"),
                 V(1.183e10, "parameter", 0.03, "compute-optimal N", "sqrt(6*7e9*4e11/120)")],
         how="D_opt = 1.4e11 -> 4e11/1.4e11; C = 6x7e9x4e11 = 1.68e22; N = sqrt(C/120)"),

    # ------------------------------------------------------------------
    # conversation (10)
    # ------------------------------------------------------------------
    item("h4-51", "conversation", "en",
         ["Hi, I'm Priya Raman, I run capacity planning at a fintech in Singapore.",
          "We mostly run our models on H20s because that's what our partner in China supplies.",
          "Quick check before my meeting — what's my name and which GPU do we run on?"],
         text_all=["Priya", "H20"],
         how="recall of user-stated facts (name, chip)"),
    item("h4-52", "conversation", "zh",
         ["我叫周晓岚，在一家做智能客服的公司负责算力采购。",
          "先记一下：我们机房的 PUE 是 1.32，电价 0.58 元一度。"],
         kind="ack",
         how="last turn is a statement of facts; agent should acknowledge (no computation asked)"),
    item("h4-53", "conversation", "en",
         ["How many GPU-hours does it take to train a 7B model on 2T tokens on H100s at 40% MFU?",
          "And on A100s at the same MFU?",
          "OK — what would that cost at $1.60 per GPU-hour?"],
         values=[V(2.991e5, "USD", 0.03, "A100 rental cost", "6*7e9*2e12/(312e12*0.4)/3600*1.60")],
         how="C=8.4e22; A100 GPU-hours = C/(312e12x0.4)/3600 = 1.87e5; x $1.60"),
    item("h4-54", "conversation", "zh",
         ["用 512 张 H100、MFU 40%，训练总算力 3e23 FLOP 的模型要几天？",
          "换成 H20 呢？卡数和 MFU 都不变。"],
         values=[V(114.6, "day", 0.03, "H20 training days", "3e23/(512*148e12*0.4)/86400")],
         how="H100 ~17.1 days; H20 148 TFLOPS: 3e23/(512x148e12x0.4)/86400"),
    item("h4-55", "conversation", "en",
         ["Some context: our datacenter runs at a PUE of 1.3 and we pay 9 cents per kWh.",
          "We have 2,000 A100s drawing 400 W each.",
          "If they run flat out for a 30-day month, what's the energy and the electricity cost?"],
         values=[V(748.8, "MWh", 0.02, "monthly energy", "2000*400*720*1.3/1e6"),
                 V(6.739e4, "USD", 0.02, "monthly electricity cost", "2000*400*720*1.3/1000*0.09")],
         how="kWh = 2000 x 400 x 720 x 1.3 / 1000 = 748,800; x $0.09 (PUE and price from turn 1)"),
    item("h4-56", "conversation", "zh",
         ["训练一个 80 亿参数的模型、1 万亿 token，用 H100、MFU 40%，需要多少 GPU 小时？",
          "按每 GPU 小时 2 美元，总成本多少？",
          "换算成人民币，汇率按 7.2。"],
         values=[V(4.853e5, "CNY", 0.03, "cost in CNY", "6*8e9*1e12/(989e12*0.4)/3600*2*7.2")],
         how="C=4.8e22; GPU-hours 33,704; x $2 = $67,408; x 7.2"),
    item("h4-57", "conversation", "en",
         ["We serve 40 billion tokens a day from a 13B model on A100s at 30% utilisation, load spread "
          "evenly. What's the minimum GPU count?",
          "And if traffic doubles?"],
         values=[V(257.2, "GPU", 0.02, "GPUs at doubled traffic", "2*13e9*80e9/86400/(312e12*0.3)")],
         how="2N x 8e10 tokens/day / 86400 / (312e12 x 0.3) = 257.2 (258 whole GPUs); first turn ~128.6"),
    item("h4-58", "conversation", "zh",
         ["你好，我是宁泽远，负责一家自动驾驶公司的训练集群。",
          "我们用的是昇腾 910B，一共 1536 张。",
          "对了，我刚才说我们用的是什么卡、一共多少张？"],
         values=[V(1536, "GPU", 0.02, "stated card count", "1536")],
         text_all=["910B"],
         how="recall of user-stated chip and count"),
    item("h4-59", "conversation", "zh",
         ["先说明一下：我们在乌兰察布的机房 PUE 是 1.18，电价每度 0.45 元。",
          "计划用 4096 张 H100 训练 45 天。",
          "照这个配置，每卡按 700W，总电量和电费大概多少？"],
         values=[V(3654, "MWh", 0.02, "energy", "4096*700*45*24*1.18/1e6"),
                 V(1.644e6, "CNY", 0.02, "electricity cost", "4096*700*45*24*1.18/1000*0.45")],
         how="kWh = 4096 x 700 x 1080 h x 1.18 / 1000 = 3.654e6; x 0.45 元 (PUE/price from turn 1)"),
    item("h4-60", "conversation", "en",
         ["Batch-1 decode of an 8B model in BF16 on one H100 SXM — roughly how many tokens per second?",
          "And on an A100 80GB?",
          "What if we quantize the weights to 4-bit on that A100?"],
         values=[V(509.8, "token/s", 0.05, "A100 4-bit tokens/s", "2.039e12/(8e9*0.5)")],
         how="4-bit = 0.5 byte/param -> 4 GB; 2.039e12/4e9 (H100 BF16 ~209, A100 BF16 ~127 in earlier turns)"),
]


# ----------------------------------------------------------------------
def how_string(it):
    checks = "; ".join(f"[{v['what']}] = {v['expr']}" for v in it["values"])
    return it["how"] + " | check: " + (checks if checks else "(no values)")


def to_record(it):
    return {
        "id": it["id"], "class": it["cls"], "lang": it["lang"], "turns": it["turns"],
        "kb": it["kb"],
        "expect": {
            "kind": it["kind"],
            "values": [{"value": v["value"], "unit": v["unit"], "rel_tol": v["rel_tol"],
                        "what": v["what"]} for v in it["values"]],
            "text_all": it["text_all"], "text_any": it["text_any"], "text_none": it["text_none"],
        },
        "how": how_string(it),
    }


def write():
    with open(JSONL, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(to_record(it), ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {JSONL}")


CHECK_RE = re.compile(r"\[([^\]]+)\] = (.+)")


def parse_checks(how):
    if " | check: " not in how:
        raise ValueError("missing ' | check: '")
    tail = how.split(" | check: ", 1)[1]
    if tail == "(no values)":
        return []
    out = []
    for part in tail.split("; "):
        m = CHECK_RE.fullmatch(part.strip())
        if not m:
            raise ValueError(f"bad check part: {part!r}")
        out.append((m.group(1), m.group(2)))
    return out


def check():
    errors = []
    env = {"ceil": ceil, "log": log, "log2": log2, "log10": log10, "sqrt": sqrt, "math": math}

    # 1. file matches ITEMS
    if not os.path.exists(JSONL):
        print("heldout4.jsonl missing; run --write"); return 1
    with open(JSONL, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    recs = [json.loads(l) for l in lines]
    expected = [to_record(it) for it in ITEMS]
    if recs != expected:
        errors.append("heldout4.jsonl differs from ITEMS (run --write)")

    # 2. ids, classes, langs
    ids = [r["id"] for r in recs]
    if ids != [f"h4-{i:02d}" for i in range(1, 61)]:
        errors.append("ids are not h4-01..h4-60 in order")
    counts = {}
    for r in recs:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    if counts != CLASS_SIZES:
        errors.append(f"class sizes {counts} != {CLASS_SIZES}")
    langs = [r["lang"] for r in recs]
    n_en, n_zh = langs.count("en"), langs.count("zh")
    if n_en + n_zh != len(recs) or abs(n_en - n_zh) > 6:
        errors.append(f"language balance en={n_en} zh={n_zh}")

    seed_text = {}
    if os.path.isdir(SEEDS):
        for fn in os.listdir(SEEDS):
            with open(os.path.join(SEEDS, fn), encoding="utf-8") as f:
                seed_text[fn] = f.read()

    by_id = {it["id"]: it for it in ITEMS}
    nvals = 0
    for r in recs:
        rid, ex = r["id"], r["expect"]
        kind = ex["kind"]
        if kind not in KINDS:
            errors.append(f"{rid}: bad kind {kind}")
        if r["kb"] != (kind == "cite"):
            errors.append(f"{rid}: kb must be true exactly for cite items")
        if kind == "cite" and r["class"] != "routing":
            errors.append(f"{rid}: cite only in routing")
        if r["class"] == "conversation" and not (2 <= len(r["turns"]) <= 4):
            errors.append(f"{rid}: conversation needs 2-4 turns")
        if r["class"] != "conversation" and len(r["turns"]) != 1:
            errors.append(f"{rid}: single-turn expected")
        if kind == "answer" and not ex["values"] and not ex["text_all"]:
            errors.append(f"{rid}: answer item without values or text_all")
        if len(ex["values"]) > 3:
            errors.append(f"{rid}: more than 3 values")
        try:
            checks = parse_checks(r["how"])
        except ValueError as e:
            errors.append(f"{rid}: {e}"); continue
        if len(checks) != len(ex["values"]):
            errors.append(f"{rid}: {len(checks)} checks for {len(ex['values'])} values")
            continue
        for v, (what, expr) in zip(ex["values"], checks):
            nvals += 1
            if v["unit"] not in UNITS:
                errors.append(f"{rid}: unit {v['unit']!r} not allowed")
            if v["what"] != what:
                errors.append(f"{rid}: what mismatch {v['what']!r} vs {what!r}")
            if not (0 < v["rel_tol"] <= 0.10):
                errors.append(f"{rid}: rel_tol {v['rel_tol']} out of range")
            try:
                got = eval(expr, {"__builtins__": {}}, env)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{rid}: [{what}] eval error {e}"); continue
            val = v["value"]
            if abs(got - val) > AGREE * abs(val):
                errors.append(f"{rid}: [{what}] stored {val} but expression gives {got:.6g}")
            if abs(got - val) > v["rel_tol"] * abs(val):
                errors.append(f"{rid}: [{what}] outside its own rel_tol")
        # cite: text_any must hit the cited seed passage
        if kind == "cite":
            seed = by_id[rid]["seed"]
            if not ex["text_any"]:
                errors.append(f"{rid}: cite without text_any")
            elif seed_text:
                txt = seed_text.get(seed, "")
                norm = re.sub(r"\s+", "", txt)
                hits = [t for t in ex["text_any"] if t in txt or re.sub(r"\s+", "", t) in norm]
                if not hits:
                    errors.append(f"{rid}: no text_any term found in {seed}")
                nohit_zh = [t for t in ex["text_any"] if re.search(r"[\u4e00-\u9fff]", t)
                            and re.sub(r"\s+", "", t) not in norm]
                if nohit_zh:
                    errors.append(f"{rid}: Chinese text_any terms not in seed: {nohit_zh}")
        for key in ("text_all", "text_any", "text_none"):
            if not isinstance(ex[key], list):
                errors.append(f"{rid}: {key} must be a list")

    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        return 1
    print(f"OK: {len(recs)} items, {nvals} values reproduced, classes {counts}, en={n_en} zh={n_zh}")
    return 0


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    if "--check" in sys.argv or len(sys.argv) == 1:
        sys.exit(check())
