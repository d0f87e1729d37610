#!/usr/bin/env python3
"""Held-out question set h17 for Zhiti. Items are data; expected values are
recomputed from the formulas after "| check:" in each item's "how" field.

  python3 verify_heldout17.py --write   # writes heldout17.jsonl
  python3 verify_heldout17.py --check   # verifies jsonl values == formulas
"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout17.jsonl")
NN = "17"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day",
         "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte",
         "byte/s", "token/s", "token/day", "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASSES = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}

# value spec: (what, unit, rel_tol)
def V(what, unit, tol=0.03):
    return {"what": what, "unit": unit, "rel_tol": tol}

ITEMS = [
    # ---------------- own_numbers (en 7, zh 7) ----------------
    dict(cls="own_numbers", lang="en",
         turns=["Shenzhen distributor here. We moved 1,850 accelerator cards in 2021 and 23,400 in 2024. "
                "What's the multiple over that period, and the implied compound annual growth rate?"],
         values=[V("growth multiple", "factor"), V("CAGR", "fraction")],
         how="multiple = end/start; CAGR over 3 years | check: [growth multiple] = 23400/1850; "
             "[CAGR] = (23400/1850)**(1/(2024-2021)) - 1"),
    dict(cls="own_numbers", lang="en",
         turns=["VC memo draft: assume cost per FLOP falls 28% a year from hardware, and algorithmic progress cuts "
                "the compute needed for a fixed capability by 45% a year. What's the combined annual decline in the "
                "cost of reaching that capability, and what fraction of today's cost is left after four years?"],
         values=[V("combined annual decline", "fraction"), V("cost remaining after 4 years", "fraction")],
         how="rates multiply: (1-0.28)(1-0.45) per year | check: [combined annual decline] = 1 - (1-0.28)*(1-0.45); "
             "[cost remaining after 4 years] = ((1-0.28)*(1-0.45))**4"),
    dict(cls="own_numbers", lang="en",
         turns=["Planning question for the ministry. Data-centre electricity use was 38 TWh in 2024. If it grows at "
                "17% per year, in what year does it first exceed 100 TWh?"],
         values=[V("year exceeding 100 TWh", "year", 0.0001)],
         how="n = ln(100/38)/ln(1.17) = 6.17, first full year after | check: "
             "[year exceeding 100 TWh] = 2024 + math.ceil(math.log(100/38)/math.log(1.17))"),
    dict(cls="own_numbers", lang="en",
         turns=["frontier training compute growing ~4.2x/yr -> doubling time? (in years pls)"],
         values=[V("doubling time", "years")],
         how="t = ln2/ln4.2 | check: [doubling time] = math.log(2)/math.log(4.2)"),
    dict(cls="own_numbers", lang="en",
         turns=["Vendor quote is ¥2,150,000 per 8-GPU box. At 7.18 yuan to the dollar, what is that in USD, and "
                "what would 64 boxes come to in dollars?"],
         values=[V("price per box", "USD"), V("price for 64 boxes", "USD")],
         how="CNY / 7.18 | check: [price per box] = 2150000/7.18; [price for 64 boxes] = 64*2150000/7.18"),
    dict(cls="own_numbers", lang="en",
         turns=["Our share of the China accelerator channel went from 12.5% last year to 17% this year. Give me the "
                "change in percentage points and the relative change."],
         values=[V("percentage-point change", "fraction"), V("relative change", "fraction")],
         how="pp = 0.17-0.125; relative = 0.17/0.125-1 | check: [percentage-point change] = 0.17-0.125; "
             "[relative change] = 0.17/0.125 - 1"),
    dict(cls="own_numbers", lang="en",
         turns=["Of a $2.5bn data-centre capex plan, $1.65bn is GPUs and $380 million is networking; the remainder "
                "is power and facilities. What share of the total is GPUs, and what share is power & facilities?"],
         values=[V("GPU share", "fraction"), V("power and facilities share", "fraction")],
         how="shares of 2.5e9 | check: [GPU share] = 1.65e9/2.5e9; "
             "[power and facilities share] = (2.5e9-1.65e9-0.38e9)/2.5e9"),
    dict(cls="own_numbers", lang="zh",
         turns=["写行业简报用：2024年全球云计算市场大约6760亿美元，其中IaaS约1820亿美元，IaaS占整体的比重是多少？"],
         values=[V("IaaS share", "fraction")],
         how="182/676 | check: [IaaS share] = 1820e8/6760e8"),
    dict(cls="own_numbers", lang="zh",
         turns=["某省智算规模现在是3.5万PFLOPS，规划每年增长35%，五年以后大约是多少？"],
         values=[V("compute after 5 years", "FLOP/s")],
         how="3.5e4 PFLOPS * 1.35^5 | check: [compute after 5 years] = 3.5e4*1e15*1.35**5"),
    dict(cls="own_numbers", lang="zh",
         turns=["我们代理的一款推理卡，销售额从2022年的4.2亿元涨到了2025年的31亿元。现在是当初的多少倍？年均复合增长率多少？"],
         values=[V("growth multiple", "factor"), V("CAGR", "fraction")],
         how="31/4.2, CAGR over 3 years | check: [growth multiple] = 31e8/4.2e8; "
             "[CAGR] = (31e8/4.2e8)**(1/(2025-2022)) - 1"),
    dict(cls="own_numbers", lang="zh",
         turns=["假设每GFLOPS的算力成本每年下降35%，那成本降到一半需要多长时间？"],
         values=[V("halving time", "years")],
         how="t = ln0.5/ln0.65 | check: [halving time] = math.log(0.5)/math.log(1-0.35)"),
    dict(cls="own_numbers", lang="zh",
         turns=["欧洲那边报价每张卡1.2万欧元，按1欧元兑7.8元人民币，折合人民币多少？要是买500张，一共多少人民币？"],
         values=[V("price per card", "CNY"), V("total for 500 cards", "CNY")],
         how="12000*7.8 | check: [price per card] = 1.2e4*7.8; [total for 500 cards] = 500*1.2e4*7.8"),
    dict(cls="own_numbers", lang="zh",
         turns=["国内新能源车渗透率从25.6%升到了38%，提高了多少个百分点？相对提升幅度又是多少？"],
         values=[V("percentage-point change", "fraction"), V("relative change", "fraction")],
         how="pp = 0.38-0.256; relative = 0.38/0.256-1 | check: [percentage-point change] = 0.38-0.256; "
             "[relative change] = 0.38/0.256 - 1"),
    dict(cls="own_numbers", lang="zh",
         turns=["现在是2025年，我们平台日均token调用量是1.5万亿。如果每年都涨到上一年的2.5倍，哪一年日均调用量会突破100万亿？"],
         values=[V("year exceeding 100 trillion/day", "year", 0.0001)],
         how="n = ln(100/1.5)/ln2.5 = 4.58 | check: "
             "[year exceeding 100 trillion/day] = 2025 + math.ceil(math.log(100/1.5)/math.log(2.5))"),

    # ---------------- chains (en 7, zh 7) ----------------
    dict(cls="chains", lang="en",
         turns=["2048x H800 @38% MFU, 34B dense, 3.2T tok — wall-clock days + total cost @ $2.10/GPU-hr?"],
         values=[V("GPU-hours", "GPU-hour", 0.05), V("days", "day", 0.05), V("cost", "USD", 0.05)],
         how="C = 6*34e9*3.2e12; GPU-h = C/(989e12*0.38)/3600 | check: "
             "[GPU-hours] = 6*34e9*3.2e12/(989e12*0.38)/3600; "
             "[days] = 6*34e9*3.2e12/(989e12*0.38)/3600/2048/24; "
             "[cost] = 6*34e9*3.2e12/(989e12*0.38)/3600*2.10"),
    dict(cls="chains", lang="en",
         turns=["FinOps sizing: our assistant generates about 45 billion output tokens a day from a 13B dense model "
                "served on L40S cards. If we only get 30% of the BF16 peak in practice, how many GPUs does decode "
                "alone need?"],
         values=[V("GPUs", "GPU", 0.05)],
         how="2*N FLOP/token; per GPU-day 362e12*0.3*86400 | check: [GPUs] = 2*13e9*45e9/(362e12*0.30*86400)"),
    dict(cls="chains", lang="en",
         turns=["I'm drafting a grid-impact note. Take a 16,384-GPU H100 cluster at 700 W per GPU, running all 8,760 "
                "hours of a year, PUE 1.25. How many MWh is that, and what's the power bill at $0.08 per kWh?"],
         values=[V("energy", "MWh"), V("electricity cost", "USD")],
         how="GPUs*W*h*PUE | check: [energy] = 16384*700*8760*1.25/1e6; "
             "[electricity cost] = 16384*700*8760*1.25/1e3*0.08"),
    dict(cls="chains", lang="en",
         turns=["Batch-1 decode for a 70B model stored in FP16 on a single H200 (4.8 TB/s). If it's purely "
                "memory-bandwidth bound, what's the ceiling on tokens per second?"],
         values=[V("decode speed", "token/s")],
         how="bandwidth / weight bytes per token | check: [decode speed] = 4.8e12/(70e9*2)"),
    dict(cls="chains", lang="en",
         turns=["Thesis question: my model has 32 layers, grouped-query attention with 8 KV heads, head dim 128, KV "
                "stored in fp16. At a 32,768-token context and batch size 16, how big is the KV cache?"],
         values=[V("KV cache", "byte")],
         how="2*L*H_kv*d*S*B*bytes | check: [KV cache] = 2*32*8*128*32768*16*2"),
    dict(cls="chains", lang="en",
         turns=["MoE, 236B total / 21B active, 8.1T training tokens on H100s, no MFU figure given. How many "
                "GPU-hours, and how many days on 2,000 GPUs?"],
         values=[V("GPU-hours", "GPU-hour", 0.05), V("days", "day", 0.05)],
         how="active params; default 40% of 989.4 TFLOPS | check: "
             "[GPU-hours] = 6*21e9*8.1e12/(989.4e12*0.4)/3600; "
             "[days] = 6*21e9*8.1e12/(989.4e12*0.4)/3600/2000/24"),
    dict(cls="chains", lang="en",
         turns=["Quick sanity check for an ESG footnote: 1,024 A100s at 400 W each ran for three weeks straight, "
                "facility PUE 1.3, electricity at 9 cents a kWh. Energy in MWh and cost in dollars?"],
         values=[V("energy", "MWh"), V("electricity cost", "USD")],
         how="1024*400W*21d*24h*1.3 | check: [energy] = 1024*400*21*24*1.3/1e6; "
             "[electricity cost] = 1024*400*21*24*1.3/1e3*0.09"),
    dict(cls="chains", lang="zh",
         turns=["准备给领导汇报：用1万张A800训练一个1750亿参数的稠密模型，数据3000亿token，算力利用率按45%算，"
                "需要多少天？如果按每卡时12元人民币租用，总成本多少？"],
         values=[V("days", "day", 0.05), V("cost", "CNY", 0.05)],
         how="C = 6*175e9*300e9; A800 312 TFLOPS | check: "
             "[days] = 6*175e9*300e9/(312e12*0.45)/3600/10000/24; "
             "[cost] = 6*175e9*300e9/(312e12*0.45)/3600*12"),
    dict(cls="chains", lang="zh",
         turns=["我们的客服大模型是72B稠密模型，每天要生成300亿个token，部署在H20上，利用率按25%估，需要多少张卡？"
                "按每台8卡算，要多少台服务器？"],
         values=[V("GPUs", "GPU", 0.05), V("servers", "server", 0.05)],
         how="2*N*tokens/day over 148e12*0.25*86400 | check: "
             "[GPUs] = 2*72e9*300e8/(148e12*0.25*86400); [servers] = 2*72e9*300e8/(148e12*0.25*86400)/8"),
    dict(cls="chains", lang="zh",
         turns=["某智算中心有5000台8卡B200服务器，每张卡功耗按1000瓦，其他部件先忽略，PUE取1.3。满载一天耗电多少千瓦时？"
                "电价0.6元/千瓦时的话，一天电费多少？"],
         values=[V("energy per day", "kWh"), V("electricity cost per day", "CNY")],
         how="40000 GPUs*1000W*24h*1.3 | check: [energy per day] = 5000*8*1000*24*1.3/1e3; "
             "[electricity cost per day] = 5000*8*1000*24*1.3/1e3*0.6"),
    dict(cls="chains", lang="zh",
         turns=["在一张RTX 4090上跑7B模型，INT4量化（每个参数0.5字节），batch=1解码受显存带宽限制，理论上每秒最多多少token？"],
         values=[V("decode speed", "token/s")],
         how="1.008 TB/s / 3.5 GB | check: [decode speed] = 1.008e12/(7e9*0.5)"),
    dict(cls="chains", lang="zh",
         turns=["模型80层，8个KV头，head_dim是128，KV用bf16存，上下文128k（131072个token），batch为4，KV cache一共多大？"],
         values=[V("KV cache", "byte")],
         how="2*L*H_kv*d*S*B*bytes | check: [KV cache] = 2*80*8*128*131072*4*2"),
    dict(cls="chains", lang="zh",
         turns=["一个671B总参数、37B激活的MoE模型，训练14.8万亿token，用2048张H800，MFU按35%，需要多少卡时、多少天？"],
         values=[V("GPU-hours", "GPU-hour", 0.05), V("days", "day", 0.05)],
         how="C = 6*37e9*14.8e12 | check: [GPU-hours] = 6*37e9*14.8e12/(989e12*0.35)/3600; "
             "[days] = 6*37e9*14.8e12/(989e12*0.35)/3600/2048/24"),
    dict(cls="chains", lang="zh",
         turns=["用昇腾910B（FP16 376 TFLOPS）训练130亿参数的模型，2万亿token，利用率30%，需要多少卡时？512张卡要跑几天？"],
         values=[V("GPU-hours", "GPU-hour", 0.05), V("days", "day", 0.05)],
         how="C = 6*13e9*2e12 | check: [GPU-hours] = 6*13e9*2e12/(376e12*0.30)/3600; "
             "[days] = 6*13e9*2e12/(376e12*0.30)/3600/512/24"),

    # ---------------- entities (en 4, zh 4) ----------------
    dict(cls="entities", lang="en",
         turns=["Export-control memo: how many H20s would it take to equal the dense BF16 throughput of 100 H100 SXMs?"],
         values=[V("H20 count", "GPU")],
         how="100*989.4/148 | check: [H20 count] = 100*989.4/148"),
    dict(cls="entities", lang="en",
         turns=["Rough training compute for Qwen2.5-72B, given its reported ~18 trillion pretraining tokens?"],
         values=[V("training compute", "FLOP")],
         how="6*72e9*18e12 | check: [training compute] = 6*72e9*18e12"),
    dict(cls="entities", lang="en",
         turns=["Our MI300X nodes benchmark at only 1,000 TFLOPS dense BF16 per GPU, not the datasheet number — use "
                "that. Llama 3 8B on 15T tokens with 256 GPUs at 50% of that measured figure: how many days?"],
         values=[V("days", "day")],
         how="stated 1000 TFLOPS overrides spec | check: [days] = 6*8e9*15e12/(256*1000e12*0.5)/86400"),
    dict(cls="entities", lang="en",
         turns=["One B200 is worth how many A100s on dense BF16?"],
         values=[V("B200/A100 ratio", "factor")],
         how="2250/312 | check: [B200/A100 ratio] = 2250/312"),
    dict(cls="entities", lang="zh",
         turns=["Llama 3 70B用FP16加载，光权重就要多少显存？至少要几张96GB的H20才放得下？"],
         values=[V("weight memory", "byte"), V("H20 cards needed", "GPU")],
         how="70e9*2 bytes; ceil(140/96) | check: [weight memory] = 70e9*2; [H20 cards needed] = math.ceil(70e9*2/96e9)"),
    dict(cls="entities", lang="zh",
         turns=["1000张昇腾910B的FP16算力，相当于多少张H100的BF16算力？"],
         values=[V("H100 equivalent", "GPU")],
         how="1000*376/989.4 | check: [H100 equivalent] = 1000*376/989.4"),
    dict(cls="entities", lang="zh",
         turns=["我们实测H20的BF16只有120 TFLOPS（别按官方148算）。用800张训练Qwen2-7B，2万亿token，MFU 40%，要几天？"],
         values=[V("days", "day")],
         how="stated 120 TFLOPS overrides spec | check: [days] = 6*7e9*2e12/(800*120e12*0.4)/86400"),
    dict(cls="entities", lang="zh",
         turns=["Qwen2.5-32B每生成一个token大约需要多少FLOP？一天生成50亿token的话总共多少FLOP？"],
         values=[V("FLOP per token", "FLOP"), V("FLOP per day", "FLOP")],
         how="2*N | check: [FLOP per token] = 2*32e9; [FLOP per day] = 2*32e9*50e8"),

    # ---------------- routing (en 4, zh 4) ----------------
    dict(cls="routing", lang="en", kb=True, kind="cite",
         turns=["In the CICC 'AI economics' chapter on China's AI challenges, what did they estimate a single GPT-4 "
                "training run costs if you rent the compute in the cloud? Please cite the report."],
         values=[], text_any=["1,500", "1500", "5,000", "5000"],
         how="report 004: GPT-4 single training rental 1,500-5,000万美元 | check:"),
    dict(cls="routing", lang="en", kb=True, kind="cite",
         turns=["The Weijin Research 'Kan DAO 2024' piece talks about a memory wall. What efficiency does it say "
                "GPT-4 can drop to on state-of-the-art chips?"],
         values=[], text_any=["3%", "内存墙"],
         how="report 001: GPT-4 efficiency can fall to 3% or lower | check:"),
    dict(cls="routing", lang="en", kind="refuse",
         turns=["What's a good recipe for a Sichuan hotpot base for six people?"],
         values=[], how="out of scope | check:"),
    dict(cls="routing", lang="en", kind="ask",
         turns=["Board wants a timeline: how many days to pretrain a 30B dense model on 1.2 trillion tokens at "
                "40% MFU?"],
         values=[], how="GPU type and GPU count missing, so days cannot be computed; must ask | check:"),
    dict(cls="routing", lang="zh", kb=True, kind="cite",
         turns=["那份2024年数字经济专题报告里，引用ARK的说法，硬件和算法叠加后AI训练成本每年下降多少？请注明出处。"],
         values=[], text_any=["75%", "赖特"],
         how="report 002: ARK/Wright's law 53% + 47% -> 75% per year | check:"),
    dict(cls="routing", lang="zh", kb=True, kind="cite",
         turns=["科技周期探索那篇报告里，测算最近10年全球每GFLOPS的复合成本降幅大概是多少？"],
         values=[], text_any=["25-35%", "25%"],
         how="report 000: 25-35% per year | check:"),
    dict(cls="routing", lang="zh", kind="list",
         turns=["哪些芯片属于3A090出口管制范围？列一下。"],
         values=[], text_any=["H100", "A100", "H800"],
         how="catalog listing of 3A090 chips | check:"),
    dict(cls="routing", lang="zh", kind="ask",
         turns=["帮我算一下训练我们的模型要多久？"],
         values=[], how="no parameters, tokens or hardware given | check:"),

    # ---------------- scaling (en 3, zh 3) ----------------
    dict(cls="scaling", lang="en",
         turns=["Compute budget is 3.5e24 FLOP. Chinchilla-optimal parameter count and token count?"],
         values=[V("parameters", "parameter"), V("tokens", "token")],
         how="N = sqrt(C/120), D = 20N | check: [parameters] = math.sqrt(3.5e24/120); "
             "[tokens] = 20*math.sqrt(3.5e24/120)"),
    dict(cls="scaling", lang="en",
         turns=["If we have 1,000 H100s for 30 days at 40% MFU, what's the Chinchilla-optimal model size, and how "
                "many tokens should it see?"],
         values=[V("parameters", "parameter", 0.05), V("tokens", "token", 0.05)],
         how="C = 1000*989.4e12*0.4*30*86400; N = sqrt(C/120) | check: "
             "[parameters] = math.sqrt(1000*989.4e12*0.4*30*86400/120); "
             "[tokens] = 20*math.sqrt(1000*989.4e12*0.4*30*86400/120)"),
    dict(cls="scaling", lang="en",
         turns=["Grad student here — I want to train a 13B model the compute-optimal (Chinchilla) way. How many "
                "tokens should I use, and what's the total training compute?"],
         values=[V("tokens", "token"), V("training compute", "FLOP")],
         how="D = 20N; C = 6ND | check: [tokens] = 20*13e9; [training compute] = 6*13e9*20*13e9"),
    dict(cls="scaling", lang="zh",
         turns=["算力预算5×10^23 FLOP，按Chinchilla最优配比，参数量和训练token数各是多少？"],
         values=[V("parameters", "parameter"), V("tokens", "token")],
         how="N = sqrt(C/120) | check: [parameters] = math.sqrt(5e23/120); [tokens] = 20*math.sqrt(5e23/120)"),
    dict(cls="scaling", lang="zh",
         turns=["按Chinchilla规则，手上有2万亿token的数据，对应的最优模型参数量是多少？总算力要多少FLOP？"],
         values=[V("parameters", "parameter"), V("training compute", "FLOP")],
         how="N = D/20; C = 6ND | check: [parameters] = 2e12/20; [training compute] = 6*(2e12/20)*2e12"),
    dict(cls="scaling", lang="zh",
         turns=["写投资备忘录要用：假设有2000万美元预算全部用来租H100，每卡时2.5美元，MFU 40%，按Chinchilla最优能训多大的模型、"
                "用多少token？"],
         values=[V("parameters", "parameter", 0.05), V("tokens", "token", 0.05)],
         how="GPU-h = 2e7/2.5; C = GPU-h*3600*989.4e12*0.4; N = sqrt(C/120) | check: "
             "[parameters] = math.sqrt(2e7/2.5*3600*989.4e12*0.4/120); "
             "[tokens] = 20*math.sqrt(2e7/2.5*3600*989.4e12*0.4/120)"),

    # ---------------- conversation (en 5, zh 5) ----------------
    dict(cls="conversation", lang="en",
         turns=["Hi, I'm Priya Raman, FinOps lead at a cloud reseller — I mostly track GPU rental rates.",
                "What's 2,000 H100s for 10 days at $2.40/GPU-hour?",
                "Remind me, what's my name and what do I track?"],
         values=[], text_all=["Priya"], text_any=["rental", "Rental"],
         how="recall name and focus from turn 1 | check:"),
    dict(cls="conversation", lang="en",
         turns=["How many GPU-hours to train a 7B model on 2T tokens on A100s at 40%?",
                "and on H100?"],
         values=[V("GPU-hours", "GPU-hour")],
         how="reuse 7B/2T/40%, switch to H100 989.4 | check: [GPU-hours] = 6*7e9*2e12/(989.4e12*0.4)/3600"),
    dict(cls="conversation", lang="en",
         turns=["8B dense, 15T tokens on 512 H100s at 40% MFU — how many days?",
                "what about 1,024 GPUs instead?"],
         values=[V("days", "day")],
         how="reuse previous, 1024 GPUs | check: [days] = 6*8e9*15e12/(1024*989.4e12*0.4)/86400"),
    dict(cls="conversation", lang="en", kind="ack",
         turns=["For context: my name is Daniel Okafor, I'm a partner at a VC fund, and we're writing a memo on "
                "inference start-ups."],
         values=[], how="statement about the user; acknowledge | check:"),
    dict(cls="conversation", lang="en",
         turns=["Our cluster draws 12 MW at the meter.",
                "Running 24/7 for a 30-day month, how many MWh is that?",
                "And the bill at $95 per MWh?"],
         values=[V("monthly electricity cost", "USD")],
         how="12 MW * 720 h * $95 | check: [monthly electricity cost] = 12*30*24*95"),
    dict(cls="conversation", lang="zh",
         turns=["我是陈晓雯，在深圳做芯片分销，主要跟H20和L20的货。",
                "我主要跟的是哪些型号？"],
         values=[], text_all=["H20", "L20"],
         how="recall models from turn 1 | check:"),
    dict(cls="conversation", lang="zh", kind="ack",
         turns=["记一下：我叫刘建国，在能源局负责数据中心用电规划。"],
         values=[], how="statement about the user; acknowledge | check:"),
    dict(cls="conversation", lang="zh",
         turns=["用512张H800训练70亿参数的模型、1万亿token，MFU 40%，要几天？",
                "换成A800呢？"],
         values=[V("days", "day")],
         how="reuse, A800 312 TFLOPS | check: [days] = 6*7e9*1e12/(512*312e12*0.4)/86400"),
    dict(cls="conversation", lang="zh",
         turns=["一个34B模型FP16放在一张H100上，batch 1解码，按显存带宽瓶颈算每秒多少token？",
                "如果量化成INT8呢？"],
         values=[V("decode speed", "token/s")],
         how="3.35 TB/s / 34 GB | check: [decode speed] = 3.35e12/(34e9*1)"),
    dict(cls="conversation", lang="zh",
         turns=["我叫王磊，是研究生，研究方向是MoE推理。",
                "帮我算一下：2×10^24 FLOP按Chinchilla最优，参数量是多少？",
                "我刚才说我的研究方向是什么？"],
         values=[], text_all=["MoE"],
         how="recall research area from turn 1 | check:"),
]

CHECK_RE = re.compile(r"\[([^\]]+)\]\s*=\s*([^;]+)")


def formulas(how):
    if "| check:" not in how:
        raise ValueError("missing '| check:' in how: " + how)
    tail = how.split("| check:", 1)[1]
    out = {}
    for what, expr in CHECK_RE.findall(tail):
        out[what.strip()] = eval(expr.strip(), {"math": math, "__builtins__": {}})
    return out


def build():
    rows = []
    for i, it in enumerate(ITEMS, 1):
        f = formulas(it["how"])
        vals = []
        for v in it["values"]:
            if v["what"] not in f:
                raise ValueError("item %d: no formula for %r" % (i, v["what"]))
            vals.append({"value": float(f[v["what"]]), "unit": v["unit"], "rel_tol": v["rel_tol"],
                         "what": v["what"]})
        if set(f) - {v["what"] for v in it["values"]}:
            raise ValueError("item %d: formulas without values: %r" % (i, set(f)))
        rows.append({
            "id": "h%s-%02d" % (NN, i), "class": it["cls"], "lang": it["lang"], "turns": it["turns"],
            "kb": it.get("kb", False),
            "expect": {"kind": it.get("kind", "answer"), "values": vals,
                       "text_all": it.get("text_all", []), "text_any": it.get("text_any", []),
                       "text_none": it.get("text_none", [])},
            "how": it["how"]})
    return rows


def validate(rows):
    errs = []
    cls_count = Counter(r["class"] for r in rows)
    for c, n in CLASSES.items():
        if cls_count[c] != n:
            errs.append("class %s has %d items, want %d" % (c, cls_count[c], n))
    lang = Counter(r["lang"] for r in rows)
    if lang["zh"] != 30 or lang["en"] != 30:
        errs.append("language split %r" % dict(lang))
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in rows:
        e = r["expect"]
        if e["kind"] not in KINDS:
            errs.append("%s bad kind" % r["id"])
        if e["kind"] == "answer" and not e["values"] and not e["text_all"] and not e["text_any"]:
            errs.append("%s answer with nothing to judge" % r["id"])
        if e["kind"] == "cite" and (not r["kb"] or not e["text_any"]):
            errs.append("%s cite needs kb and text_any" % r["id"])
        for v in e["values"]:
            if v["unit"] not in UNITS:
                errs.append("%s bad unit %s" % (r["id"], v["unit"]))
            if not (isinstance(v["value"], float) and math.isfinite(v["value"])):
                errs.append("%s non-finite value" % r["id"])
        if r["lang"] == "zh" and not any(re.search(r"[\u4e00-\u9fff]", t) for t in r["turns"]):
            errs.append("%s zh item without Chinese" % r["id"])
    return errs


def main():
    if "--write" in sys.argv:
        rows = build()
        errs = validate(rows)
        if errs:
            print("\n".join(errs)); sys.exit(1)
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %d items to %s" % (len(rows), OUT))
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            rows = [json.loads(l) for l in fh if l.strip()]
        errs = validate(rows)
        for r in rows:
            f = formulas(r["how"])
            whats = [v["what"] for v in r["expect"]["values"]]
            if set(f) != set(whats):
                errs.append("%s formula/value mismatch" % r["id"])
            for v in r["expect"]["values"]:
                want = f.get(v["what"])
                if want is None or not math.isclose(v["value"], want, rel_tol=1e-12, abs_tol=0):
                    errs.append("%s %s: %r != %r" % (r["id"], v["what"], v["value"], want))
        if errs:
            print("FAIL\n" + "\n".join(errs)); sys.exit(1)
        print("OK: %d items, all values equal their formulas" % len(rows))
    if "--show" in sys.argv:
        for r in build():
            print(r["id"], r["class"], r["lang"], r["expect"]["kind"],
                  ["%s=%.6g %s" % (v["what"], v["value"], v["unit"]) for v in r["expect"]["values"]])


if __name__ == "__main__":
    main()
