#!/usr/bin/env python3
"""Held-out set h16 for Zhiti. Items are data; expected values come from the
formulas after "| check:" in each item's "how" field ("[what] = python expr",
separated by ";").

  python3 verify_heldout16.py --write   # compute values, write heldout16.jsonl
  python3 verify_heldout16.py --check   # re-verify heldout16.jsonl against formulas
"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout16.jsonl")
NN = "16"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year",
         "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASSES = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}

# Each item: class, lang, turns, kind, kb, values [(what, unit, rel_tol)], text_all/any/none, how
ITEMS = [
    # ------------------------------------------------------------------ own_numbers (14)
    dict(cls="own_numbers", lang="en",
         turns=["Fact-checking a profile piece: the company says annualised revenue went from $28 million in 2021 "
                "to $3.4 billion in 2024. What overall multiple is that, and what compound annual growth rate does it imply?"],
         values=[("multiple", "factor", 0.03), ("CAGR", "fraction", 0.03)],
         how="factor = end/start; CAGR over 2021->2024 = 3 periods | check: [multiple] = 3.4e9/28e6; "
             "[CAGR] = (3.4e9/28e6)**(1/3) - 1"),
    dict(cls="own_numbers", lang="zh",
         turns=["写投资简报要用：某国产GPU厂商2022年营收6.5亿元，公司指引2025年做到48亿元。这三年的年均复合增速是多少？"],
         values=[("CAGR", "fraction", 0.03)],
         how="CAGR = (48/6.5)^(1/3) - 1 | check: [CAGR] = (48e8/6.5e8)**(1/(2025-2022)) - 1"),
    dict(cls="own_numbers", lang="en",
         turns=["nvda FY24: data center $47.5bn out of $60.9bn total revenue. share?"],
         values=[("data-center share of revenue", "fraction", 0.03)],
         how="share = part/total | check: [data-center share of revenue] = 47.5/60.9"),
    dict(cls="own_numbers", lang="zh",
         turns=["假设大模型API价格每年降65%，现在是每百万token 60美元，4年以后每百万token大概多少钱？"],
         values=[("price per million tokens after 4 years", "USD", 0.03)],
         how="60 * (1-0.65)^4 | check: [price per million tokens after 4 years] = 60*(1-0.65)**4"),
    dict(cls="own_numbers", lang="en",
         turns=["For a think-tank brief on training costs: suppose chip price-performance cuts the cost of a fixed "
                "amount of compute by 30% a year, and algorithmic progress independently cuts the compute needed for "
                "the same capability by 40% a year. What's the combined annual decline in cost, and by what factor "
                "does the cost of reaching that capability fall over five years?"],
         values=[("combined annual cost decline", "fraction", 0.03), ("five-year reduction factor", "factor", 0.03)],
         how="remaining cost per year = 0.7*0.6 = 0.42, decline 0.58; 5-yr factor = 1/0.42^5 | check: "
             "[combined annual cost decline] = 1 - (1-0.30)*(1-0.40); [five-year reduction factor] = 1/((1-0.30)*(1-0.40))**5"),
    dict(cls="own_numbers", lang="zh",
         turns=["某地智算规模2024年底是725 EFLOPS，规划每年增长35%。照这个速度，哪一年能超过3000 EFLOPS？"],
         values=[("year exceeding 3000 EFLOPS", "year", 0.0001)],
         how="smallest n with 725*1.35^n > 3000, n = ceil(ln(3000/725)/ln 1.35) = 5 | check: "
             "[year exceeding 3000 EFLOPS] = 2024 + math.ceil(math.log(3000/725)/math.log(1.35))"),
    dict(cls="own_numbers", lang="en",
         turns=["If frontier training compute keeps growing about 4.2x per year, what is the doubling time?"],
         values=[("doubling time", "years", 0.03)],
         how="t = ln2 / ln4.2 | check: [doubling time] = math.log(2)/math.log(4.2)"),
    dict(cls="own_numbers", lang="zh",
         turns=["某家模型的调用价格每年下降七成，多长时间价格会腰斩一次？"],
         values=[("halving time", "years", 0.03)],
         how="t = ln0.5 / ln(1-0.7) | check: [halving time] = math.log(0.5)/math.log(1-0.7)"),
    dict(cls="own_numbers", lang="en",
         turns=["A Shenzhen integrator quoted us CNY 280 million for the whole cluster. At 7.18 yuan to the dollar, "
                "what is that in USD?"],
         values=[("quote in USD", "USD", 0.03)],
         how="280e6 / 7.18 | check: [quote in USD] = 280e6/7.18"),
    dict(cls="own_numbers", lang="zh",
         turns=["一台8卡H100服务器报价28万美元，按1美元兑7.25元人民币，折合人民币多少钱？"],
         values=[("price in CNY", "CNY", 0.03)],
         how="280000 * 7.25 | check: [price in CNY] = 28e4*7.25"),
    dict(cls="own_numbers", lang="en",
         turns=["The story says the chipmaker's share of accelerator shipments rose from 12% to 19%. My editor wants "
                "it right: how many percentage points is that, and what's the relative increase?"],
         values=[("change in percentage points", "fraction", 0.03), ("relative increase", "fraction", 0.03)],
         how="pp = 0.19-0.12; relative = 0.19/0.12 - 1 | check: [change in percentage points] = 0.19-0.12; "
             "[relative increase] = 0.19/0.12 - 1"),
    dict(cls="own_numbers", lang="zh",
         turns=["国产AI芯片在国内加速卡市场的份额，从2023年的17%提高到2025年的大约30%。这是提高了几个百分点？相对涨幅又是多少？"],
         values=[("percentage-point change", "fraction", 0.03), ("relative change", "fraction", 0.03)],
         how="pp = 0.30-0.17; relative = 0.30/0.17-1 | check: [percentage-point change] = 0.30-0.17; "
             "[relative change] = 0.30/0.17 - 1"),
    dict(cls="own_numbers", lang="zh",
         turns=["2020年GPT-3是1750亿参数，到2023年有模型号称1.8万亿参数。参数量涨了多少倍？折合每年增长多少？"],
         values=[("growth factor", "factor", 0.03), ("CAGR", "fraction", 0.03)],
         how="factor = 1.8e12/1.75e11; CAGR = factor^(1/3)-1 | check: [growth factor] = 1.8e12/1.75e11; "
             "[CAGR] = (1.8e12/1.75e11)**(1/(2023-2020)) - 1"),
    dict(cls="own_numbers", lang="en",
         turns=["Quick sanity check for a board memo. Our inference bill was $180k in January and we're modelling "
                "12% month-on-month growth. If that holds, what's the December bill?"],
         values=[("December bill", "USD", 0.03)],
         how="11 monthly steps Jan->Dec: 180000*1.12^11 | check: [December bill] = 180000*1.12**11"),

    # ------------------------------------------------------------------ chains (14)
    dict(cls="chains", lang="en",
         turns=["We're budgeting a pretraining run: 13B dense model, 2.6 trillion tokens, 512 H100s at 45% MFU. "
                "How many days will it take, and at $2.40 per GPU-hour what does the compute cost?"],
         values=[("GPU-hours", "GPU-hour", 0.05), ("wall-clock days", "day", 0.05), ("compute cost", "USD", 0.05)],
         how="C = 6*13e9*2.6e12; GPU-h = C/(989.4e12*0.45)/3600; days = GPU-h/512/24; cost = GPU-h*2.40 | check: "
             "[GPU-hours] = 6*13e9*2.6e12/(989.4e12*0.45)/3600; "
             "[wall-clock days] = 6*13e9*2.6e12/(989.4e12*0.45*512)/86400; "
             "[compute cost] = 6*13e9*2.6e12/(989.4e12*0.45)/3600*2.40"),
    dict(cls="chains", lang="zh",
         turns=["实验室有256张A100，想从头训一个70亿参数的模型，语料1.4万亿token。利用率没测过，按常规假设，大概要跑多少天？"],
         values=[("training days", "day", 0.05)],
         how="C = 6*7e9*1.4e12; default MFU 40%; days = C/(256*312e12*0.4)/86400 | check: "
             "[training days] = 6*7e9*1.4e12/(256*312e12*0.4)/86400"),
    dict(cls="chains", lang="en",
         turns=["Our app should be serving about 30 billion tokens a day off a dense 70B model on H100s. If we "
                "assume 40% compute utilisation, how many GPUs does that take?"],
         values=[("GPUs needed", "GPU", 0.03)],
         how="FLOP/day = 2*70e9*30e9; per GPU/day = 989.4e12*0.4*86400 | check: "
             "[GPUs needed] = 2*70e9*30e9/(989.4e12*0.4*86400)"),
    dict(cls="chains", lang="zh",
         turns=["一个一万卡的H100集群，每卡按700瓦算，PUE取1.3，全年（365天）满负荷运行要用多少度电？工业电价0.6元/度的话，一年电费多少？"],
         values=[("annual energy", "kWh", 0.03), ("annual electricity cost", "CNY", 0.03)],
         how="E = 10000*700W*8760h*1.3 /1000 kWh; cost = E*0.6 | check: [annual energy] = 10000*700*365*24*1.3/1000; "
             "[annual electricity cost] = 10000*700*365*24*1.3/1000*0.6"),
    dict(cls="chains", lang="en",
         turns=["If single-stream decoding of a 70B model with FP8 weights on one H200 is purely memory-bandwidth "
                "bound, roughly what tokens per second should I expect?"],
         values=[("decode speed", "token/s", 0.03)],
         how="bytes per token = 70e9*1; tok/s = 4.8e12/70e9 | check: [decode speed] = 4.8e12/(70e9*1)"),
    dict(cls="chains", lang="zh",
         turns=["一个类Llama结构的模型：80层，GQA下8个KV头，每头维度128。上下文32768、batch 16、FP16存储，KV cache一共占多少字节？"],
         values=[("KV cache size", "byte", 0.03)],
         how="2*layers*kv_heads*head_dim*seq*batch*2 bytes | check: [KV cache size] = 2*80*8*128*32768*16*2"),
    dict(cls="chains", lang="en",
         turns=["An MoE model: 236B parameters total, 21B active per token, trained on 8.1T tokens. What's the "
                "training compute, and how many days would it take on 2,048 H800s at 38% MFU?"],
         values=[("training compute", "FLOP", 0.03), ("training days", "day", 0.05)],
         how="C = 6*21e9*8.1e12 (active params); days = C/(2048*989e12*0.38)/86400 | check: "
             "[training compute] = 6*21e9*8.1e12; [training days] = 6*21e9*8.1e12/(2048*989e12*0.38)/86400"),
    dict(cls="chains", lang="zh",
         turns=["上次那轮训练用了2000张B200，连续跑了25天。单卡1000W，PUE 1.2，电价每千瓦时0.08美元。总用电多少兆瓦时？电费多少美元？"],
         values=[("energy", "MWh", 0.03), ("electricity cost", "USD", 0.03)],
         how="E = 2000*1000W*25*24h*1.2 = 1.44e9 Wh; cost = 1.44e6 kWh*0.08 | check: "
             "[energy] = 2000*1000*25*24*1.2/1e6; [electricity cost] = 2000*1000*25*24*1.2/1000*0.08"),
    dict(cls="chains", lang="en",
         turns=["For a policy paper I'm pricing a 3e24 FLOP training run on rented MI300X at $2.10 per GPU-hour, "
                "assuming 35% MFU. How many GPU-hours and what total rental bill?"],
         values=[("GPU-hours", "GPU-hour", 0.05), ("rental cost", "USD", 0.05)],
         how="GPU-h = 3e24/(1307.4e12*0.35)/3600; cost = GPU-h*2.10 | check: "
             "[GPU-hours] = 3e24/(1307.4e12*0.35)/3600; [rental cost] = 3e24/(1307.4e12*0.35)/3600*2.10"),
    dict(cls="chains", lang="zh",
         turns=["帮我估一下用H100训练一个340亿参数的模型要多少天，租卡价格按每卡时2美元算。"],
         kind="ask",
         how="token count and GPU count are missing, so days cannot be computed; the assistant should ask | check: none"),
    dict(cls="chains", lang="en",
         turns=["Modelling a consumer chatbot: 50 million queries a day, ~600 generated tokens each, served by an "
                "8B dense model on L40S cards at 30% utilisation. How many cards?"],
         values=[("GPUs needed", "GPU", 0.05)],
         how="tokens/day = 5e7*600; FLOP/day = 2*8e9*tokens; per card/day = 362e12*0.3*86400 | check: "
             "[GPUs needed] = 2*8e9*5e7*600/(362e12*0.3*86400)"),
    dict(cls="chains", lang="zh",
         turns=["在一张RTX 4090上跑130亿参数、4-bit量化的模型，如果解码完全受显存带宽限制，单路每秒大概能出多少个token？"],
         values=[("decode speed", "token/s", 0.03)],
         how="weights = 13e9*0.5 bytes; tok/s = 1.008e12/6.5e9 | check: [decode speed] = 1.008e12/(13e9*0.5)"),
    dict(cls="chains", lang="en",
         turns=["A Frankfurt colo will host 1,024 H100s at 700 W each for a 30-day job, PUE 1.4. How many MWh is "
                "that, and at €0.21 per kWh what's the power bill?"],
         values=[("energy", "MWh", 0.03), ("power bill", "EUR", 0.03)],
         how="E = 1024*700*720*1.4 Wh; cost = kWh*0.21 | check: [energy] = 1024*700*30*24*1.4/1e6; "
             "[power bill] = 1024*700*30*24*1.4/1000*0.21"),
    dict(cls="chains", lang="zh",
         turns=["一个700亿参数的稠密模型，用15万亿token训练，放在H800集群上，MFU按40%。一共需要多少GPU小时？如果每卡时租金1.8美元，按7.2的汇率折合多少人民币？"],
         values=[("GPU-hours", "GPU-hour", 0.05), ("cost in CNY", "CNY", 0.05)],
         how="C = 6*70e9*15e12; GPU-h = C/(989e12*0.4)/3600; CNY = GPU-h*1.8*7.2 | check: "
             "[GPU-hours] = 6*70e9*15e12/(989e12*0.4)/3600; [cost in CNY] = 6*70e9*15e12/(989e12*0.4)/3600*1.8*7.2"),

    # ------------------------------------------------------------------ entities (8)
    dict(cls="entities", lang="en",
         turns=["How long would Llama 3 70B's 15-trillion-token pretraining take on 4,096 H100s at typical utilisation?"],
         values=[("training days", "day", 0.05)],
         how="N = 70e9 from the name; C = 6*70e9*15e12; days = C/(4096*989.4e12*0.4)/86400 | check: "
             "[training days] = 6*70e9*15e12/(4096*989.4e12*0.4)/86400"),
    dict(cls="entities", lang="zh",
         turns=["Qwen2.5-72B用FP16部署，光权重要占多少显存？80GB的卡至少要几张？"],
         values=[("weight memory", "byte", 0.03), ("80GB cards needed", "GPU", 0.03)],
         how="N = 72e9 from the name; bytes = 72e9*2; cards = ceil(bytes/80e9) | check: [weight memory] = 72e9*2; "
             "[80GB cards needed] = math.ceil(72e9*2/80e9)"),
    dict(cls="entities", lang="en",
         turns=["how many H20 match 100 H100 in BF16 compute"],
         values=[("H20 count", "GPU", 0.03)],
         how="100*989.4/148 | check: [H20 count] = 100*989.4/148"),
    dict(cls="entities", lang="zh",
         turns=["按半精度稠密算力比，1000张昇腾910B大约顶多少张A100？"],
         values=[("A100 equivalent", "GPU", 0.03)],
         how="1000*376/312 | check: [A100 equivalent] = 1000*376/312"),
    dict(cls="entities", lang="en",
         turns=["Forget the spec sheet: in our stack an H100 only delivers about 600 TFLOPS of effective BF16, "
                "already net of utilisation. Training a 7B model on 2T tokens with 64 of them, how many days?"],
         values=[("training days", "day", 0.05)],
         how="stated 600 TFLOPS effective overrides spec, no extra MFU; C = 6*7e9*2e12; days = C/(64*600e12)/86400 | check: "
             "[training days] = 6*7e9*2e12/(64*600e12)/86400"),
    dict(cls="entities", lang="zh",
         turns=["Llama 2 13B预训练用了2万亿个token。按C=6ND，训练算力是多少FLOP？换成A100的话要多少GPU小时（利用率按默认）？"],
         values=[("training compute", "FLOP", 0.03), ("A100 GPU-hours", "GPU-hour", 0.05)],
         how="N = 13e9 from the name; C = 6*13e9*2e12; GPU-h = C/(312e12*0.4)/3600 | check: "
             "[training compute] = 6*13e9*2e12; [A100 GPU-hours] = 6*13e9*2e12/(312e12*0.4)/3600"),
    dict(cls="entities", lang="en",
         turns=["For a think-tank note on export controls: how many B200s would equal the dense BF16 throughput of a "
                "25,000-GPU H100 cluster?"],
         values=[("B200 count", "GPU", 0.03)],
         how="25000*989.4/2250 | check: [B200 count] = 25000*989.4/2250"),
    dict(cls="entities", lang="zh",
         turns=["Llama 3 8B 以FP16放在一张H20上做单路推理，按带宽上限算，理论上每秒多少token？"],
         values=[("decode speed", "token/s", 0.03)],
         how="N = 8e9 from the name; bytes = 16e9; tok/s = 4.0e12/16e9 | check: [decode speed] = 4.0e12/(8e9*2)"),

    # ------------------------------------------------------------------ routing (8)
    dict(cls="routing", lang="zh", kb=True, kind="cite",
         turns=["中金那篇《AI经济学》第二章里，GPT-4这种万亿参数级别的模型如果用云上租赁算力，单次训练成本他们估的是多少？"],
         text_any=["1,500", "1500", "5,000", "5000"],
         how="seed 004 (图表2.12 text): GPT-4 rental cost per run 1,500-5,000万美元 | check: none"),
    dict(cls="routing", lang="en", kb=True, kind="cite",
         turns=["The 2024 digital-economy report had an estimate of how much inference-server spending ChatGPT alone "
                "generates. What was the figure, and which GPU did they assume?"],
         text_any=["66亿", "6.6", "T4"],
         how="seed 002: 182万 T4, 22.75万台 8*T4 servers at $29,000 -> 66亿美元 | check: none"),
    dict(cls="routing", lang="en", kb=True, kind="cite",
         turns=["In that securities tech-cycle report on the CPU-to-GPU shift, what compound annual decline in cost "
                "per GFLOPS do the authors estimate for the last ten years? Please quote the source."],
         text_any=["25-35%", "25%-35%", "25–35%", "25-35"],
         how="seed 000 core view: 最近10年全球每GFLOPS的复合成本降幅大约在25-35%之间 | check: none"),
    dict(cls="routing", lang="zh", kind="list",
         turns=["把你目录里属于美国出口管制3A090类别的芯片列一下。"],
         text_any=["H100", "A100", "H800", "A800"],
         how="catalog listing of 3A090-classified accelerators | check: none"),
    dict(cls="routing", lang="en", kind="list",
         turns=["Which AMD accelerators do you have specs for?"],
         text_any=["MI300X", "MI300"],
         how="catalog listing filtered by vendor AMD | check: none"),
    dict(cls="routing", lang="zh", kind="refuse",
         turns=["明天下午上海会下雨吗？我在纠结要不要带伞去见客户。"],
         how="weather is out of scope | check: none"),
    dict(cls="routing", lang="en", kind="refuse",
         turns=["Lab's end-of-term party is Friday. Any good recipe for a vegan lasagne that feeds twenty people?"],
         how="recipes are out of scope | check: none"),
    dict(cls="routing", lang="zh", kind="ask",
         turns=["老板问我们的模型训练下来要花多少钱，你帮我估一下？"],
         how="no model size, tokens, hardware or price given: too vague, must ask | check: none"),

    # ------------------------------------------------------------------ scaling (6)
    dict(cls="scaling", lang="en",
         turns=["compute-optimal parameters and tokens for a 1e24 FLOP budget?"],
         values=[("parameters", "parameter", 0.03), ("tokens", "token", 0.03)],
         how="N = sqrt(C/120), D = 20N | check: [parameters] = math.sqrt(1e24/120); [tokens] = 20*math.sqrt(1e24/120)"),
    dict(cls="scaling", lang="zh",
         turns=["算力预算5×10^23 FLOP，按Chinchilla的最优配比，模型应该做多大、训练多少token？"],
         values=[("parameters", "parameter", 0.03), ("tokens", "token", 0.03)],
         how="N = sqrt(5e23/120), D = 20N | check: [parameters] = math.sqrt(5e23/120); [tokens] = 20*math.sqrt(5e23/120)"),
    dict(cls="scaling", lang="en",
         turns=["Say we lock up 2,000 H100s for 60 days at 40% MFU. What's the Chinchilla-optimal model size for "
                "that much compute, and how many tokens should it see?"],
         values=[("training compute", "FLOP", 0.03), ("parameters", "parameter", 0.03), ("tokens", "token", 0.03)],
         how="C = 2000*989.4e12*0.4*60*86400; N = sqrt(C/120); D = 20N | check: "
             "[training compute] = 2000*989.4e12*0.4*60*86400; "
             "[parameters] = math.sqrt(2000*989.4e12*0.4*60*86400/120); "
             "[tokens] = 20*math.sqrt(2000*989.4e12*0.4*60*86400/120)"),
    dict(cls="scaling", lang="zh",
         turns=["一个700亿参数的模型，按Chinchilla法则最优训练数据量应该是多少token？对应的训练算力是多少？"],
         values=[("tokens", "token", 0.03), ("training compute", "FLOP", 0.03)],
         how="D = 20*70e9; C = 6*N*D | check: [tokens] = 20*70e9; [training compute] = 6*70e9*20*70e9"),
    dict(cls="scaling", lang="en",
         turns=["We've curated about 3.2 trillion high-quality tokens. If we train compute-optimally on exactly that, "
                "how big should the model be and what's the total training compute?"],
         values=[("parameters", "parameter", 0.03), ("training compute", "FLOP", 0.03)],
         how="N = D/20; C = 6*N*D | check: [parameters] = 3.2e12/20; [training compute] = 6*(3.2e12/20)*3.2e12"),
    dict(cls="scaling", lang="zh",
         turns=["下一代旗舰模型的算力预算是10^26 FLOP。照Chinchilla最优，参数量和训练token数分别是多少？"],
         values=[("parameters", "parameter", 0.03), ("tokens", "token", 0.03)],
         how="N = sqrt(1e26/120), D = 20N | check: [parameters] = math.sqrt(1e26/120); [tokens] = 20*math.sqrt(1e26/120)"),

    # ------------------------------------------------------------------ conversation (10)
    dict(cls="conversation", lang="en",
         turns=["I'm Priya Raman — I manage the GPU lab for our university's engineering school.",
                "What's my name, and what do I manage?"],
         text_all=["Priya"],
         how="recall of the stated name | check: none"),
    dict(cls="conversation", lang="en", kind="ack",
         turns=["Hi, Tom Keller here. I'm a reporter at a business weekly, fact-checking a feature on AI data centres."],
         how="statement about the user, acknowledge | check: none"),
    dict(cls="conversation", lang="en",
         turns=["How many GPU-hours to train a 7B model on 2 trillion tokens on A100s?",
                "and on H100?"],
         values=[("GPU-hours", "GPU-hour", 0.05)],
         how="follow-up swaps the chip: C = 6*7e9*2e12; GPU-h = C/(989.4e12*0.4)/3600 | check: "
             "[GPU-hours] = 6*7e9*2e12/(989.4e12*0.4)/3600"),
    dict(cls="conversation", lang="en",
         turns=["Energy for 512 H100s at 700 W running 14 days with a PUE of 1.25, in MWh?",
                "what about 30 days instead?"],
         values=[("energy", "MWh", 0.03)],
         how="follow-up changes duration: 512*700*30*24*1.25 Wh | check: [energy] = 512*700*30*24*1.25/1e6"),
    dict(cls="conversation", lang="en",
         turns=["Some context first: I'm Daniel Osei, an associate at a hedge fund, and I cover Nvidia and AMD.",
                "Give me a CAGR: $15bn in 2022 to $115bn in 2025.",
                "Remind me which companies I said I cover?"],
         text_all=["Nvidia", "AMD"],
         how="recall across an intervening compute turn | check: none"),
    dict(cls="conversation", lang="zh",
         turns=["我是张敏，主要跟踪HBM的供应情况。",
                "我刚才说我主要跟踪什么来着？"],
         text_all=["HBM"],
         how="recall of the stated coverage | check: none"),
    dict(cls="conversation", lang="zh", kind="ack",
         turns=["先交代下背景：我们是一家做智能客服的创业公司，我是CTO李航，集群主要用国产卡。"],
         how="statement about the user, acknowledge | check: none"),
    dict(cls="conversation", lang="zh",
         turns=["Qwen2.5-72B 在4096张H800上训练18万亿token，利用率按默认，要多少天？",
                "如果换成H20呢？"],
         values=[("training days", "day", 0.05)],
         how="follow-up swaps chip to H20: C = 6*72e9*18e12; days = C/(4096*148e12*0.4)/86400 | check: "
             "[training days] = 6*72e9*18e12/(4096*148e12*0.4)/86400"),
    dict(cls="conversation", lang="zh",
         turns=["美元兑人民币按7.1算，3.5亿美元是多少人民币？",
                "那换成欧元呢？1欧元兑7.7元人民币的话，这笔钱是多少欧元？"],
         values=[("amount in EUR", "EUR", 0.03)],
         how="3.5e8 USD * 7.1 CNY/USD / 7.7 CNY/EUR | check: [amount in EUR] = 3.5e8*7.1/7.7"),
    dict(cls="conversation", lang="zh",
         turns=["我叫王磊，在一家智库做算力政策研究，下周要交一份出口管制的报告。",
                "帮我算下：1000张H100的BF16稠密算力相当于多少张H20？",
                "我叫什么名字？在什么样的机构工作？"],
         text_all=["王磊"], text_any=["智库"],
         how="recall of name and employer type after a compute turn | check: none"),
]

SAFE = {"math": math, "__builtins__": {}}


def parse_checks(how):
    if "| check:" not in how:
        raise ValueError("missing '| check:' in how: " + how)
    tail = how.split("| check:", 1)[1].strip()
    if tail == "none":
        return []
    out = []
    for part in tail.split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"\[([^\]]+)\]\s*=\s*(.+)", part)
        if not m:
            raise ValueError("bad check clause: " + part)
        out.append((m.group(1).strip(), float(eval(m.group(2), SAFE))))
    return out


def build():
    rows = []
    for i, it in enumerate(ITEMS, 1):
        checks = dict(parse_checks(it["how"]))
        vals = []
        for what, unit, tol in it.get("values", []):
            vals.append({"value": checks[what], "unit": unit, "rel_tol": tol, "what": what})
        if set(checks) != {w for w, _, _ in it.get("values", [])}:
            raise ValueError(f"item {i}: check names do not match values")
        rows.append({
            "id": f"h{NN}-{i:02d}", "class": it["cls"], "lang": it["lang"], "turns": it["turns"],
            "kb": bool(it.get("kb", False)),
            "expect": {"kind": it.get("kind", "answer"), "values": vals,
                       "text_all": it.get("text_all", []), "text_any": it.get("text_any", []),
                       "text_none": it.get("text_none", [])},
            "how": it["how"],
        })
    return rows


def check(rows):
    errs = []
    ids = set()
    for r in rows:
        rid = r["id"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        e = r["expect"]
        if r["class"] not in CLASSES:
            errs.append(f"{rid}: bad class")
        if r["lang"] not in ("zh", "en"):
            errs.append(f"{rid}: bad lang")
        if e["kind"] not in KINDS:
            errs.append(f"{rid}: bad kind")
        if e["kind"] == "cite" and not r["kb"]:
            errs.append(f"{rid}: cite item must have kb true")
        if e["kind"] == "answer" and not (e["values"] or e["text_all"] or e["text_any"]):
            errs.append(f"{rid}: answer item with nothing to judge")
        checks = dict(parse_checks(r["how"]))
        seen = set()
        for v in e["values"]:
            if v["unit"] not in UNITS:
                errs.append(f"{rid}: unit {v['unit']!r} not in vocabulary")
            if v["what"] not in checks:
                errs.append(f"{rid}: no formula for {v['what']!r}")
                continue
            seen.add(v["what"])
            ref = checks[v["what"]]
            if not math.isclose(v["value"], ref, rel_tol=1e-9, abs_tol=1e-12):
                errs.append(f"{rid}: {v['what']} = {v['value']} but formula gives {ref}")
        if set(checks) - seen:
            errs.append(f"{rid}: formulas without values: {sorted(set(checks) - seen)}")
    cc = Counter(r["class"] for r in rows)
    for c, n in CLASSES.items():
        if cc[c] != n:
            errs.append(f"class {c}: {cc[c]} items, expected {n}")
    lc = Counter(r["lang"] for r in rows)
    if lc["zh"] != 30 or lc["en"] != 30:
        errs.append(f"language split {dict(lc)}, expected 30/30")
    return errs


def main():
    if "--write" in sys.argv:
        rows = build()
        errs = check(rows)
        if errs:
            print("\n".join(errs)); sys.exit(1)
        with open(OUT, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} items to {OUT}")
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            rows = [json.loads(l) for l in f if l.strip()]
        errs = check(rows)
        # the file must also equal a fresh build from the data
        fresh = build()
        if fresh != rows:
            errs.append("jsonl differs from a fresh build of the item data (run --write)")
        if errs:
            print("\n".join(errs)); sys.exit(1)
        table = Counter((r["class"], r["lang"]) for r in rows)
        for c in CLASSES:
            print(f"{c:13s} zh={table[(c,'zh')]:2d} en={table[(c,'en')]:2d}")
        print(f"OK: {len(rows)} items verified")
    if not ({"--write", "--check"} & set(sys.argv)):
        print(__doc__)


if __name__ == "__main__":
    main()
