#!/usr/bin/env python3
"""Held-out set h14 for Zhiti.

Items are kept as data below. Each value carries a hand estimate ("approx");
the expected value written to the jsonl is recomputed from the formula after
"| check:" in the item's "how" field, written as  [what] = python expr ; ...
  --write  recompute and write heldout14.jsonl
  --check  verify the jsonl against the formulas (and the hand estimates)
"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout14.jsonl")
UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years",
         "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s",
         "token/day", "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
ENV = {k: getattr(math, k) for k in ("sqrt", "log", "log2", "log10", "ceil", "floor", "exp")}
ENV["math"] = math

def V(what, unit, approx, tol=0.03):
    return {"what": what, "unit": unit, "approx": approx, "rel_tol": tol}

def I(cls, lang, turns, kind, how, values=(), kb=False, text_all=(), text_any=(), text_none=()):
    if isinstance(turns, str):
        turns = [turns]
    return {"class": cls, "lang": lang, "turns": list(turns), "kb": kb, "kind": kind,
            "values": list(values), "text_all": list(text_all), "text_any": list(text_any),
            "text_none": list(text_none), "how": how}

ITEMS = [
# ---------------- own_numbers (14) ----------------
I("own_numbers", "en",
  "For a board memo I need the growth math on one line item: inference revenue went from $38 million in 2021 "
  "to $410 million in 2024. What's the overall multiple over that span, and the implied compound annual growth rate?",
  "answer", "multiple = end/start; CAGR over 3 years | check: [multiple] = 410/38 ; [CAGR] = (410/38)**(1/(2024-2021)) - 1",
  [V("multiple", "factor", 10.79), V("CAGR", "fraction", 1.211)]),
I("own_numbers", "zh",
  "写投资简报要用：某国产GPU厂商2022年出货约1.8万片，公司指引2025年达到21万片。2025年是2022年的多少倍？对应的年复合增速是多少？",
  "answer", "倍数 = 21/1.8；三年 CAGR | check: [倍数] = 21/1.8 ; [CAGR] = (21/1.8)**(1/3) - 1",
  [V("倍数", "factor", 11.67), V("CAGR", "fraction", 1.268)]),
I("own_numbers", "en",
  "Quick sanity check before I send this out — the big four hyperscalers spent roughly $230bn on capex last year "
  "and Microsoft alone was about $56bn. What slice of the total is Microsoft?",
  "answer", "share = part/total | check: [Microsoft share] = 56/230",
  [V("Microsoft share", "fraction", 0.2435)]),
I("own_numbers", "zh",
  "据我们草算，2024年国内智算中心总算力规模大概725 EFLOPS，其中用国产芯片搭建的部分约210 EFLOPS。国产算力占比是多少？",
  "answer", "占比 = 210/725 | check: [国产占比] = 210/725",
  [V("国产占比", "fraction", 0.2897)]),
I("own_numbers", "en",
  "If API pricing per million tokens keeps dropping at roughly sixty-five percent a year, where does today's $10 "
  "price point land four years from now?",
  "answer", "price = 10 * (1-0.65)^4 | check: [price after 4 years] = 10*(1-0.65)**4",
  [V("price after 4 years", "USD", 0.150)]),
I("own_numbers", "zh",
  "假设硬件性价比提升每年让训练成本下降三成，算法效率改进每年再让成本下降四成，两者叠加后每年综合降幅是多少？照这个速度五年后成本只剩原来的百分之几？",
  "answer", "综合降幅 = 1-(1-0.3)(1-0.4)；五年剩余 = 0.42^5 | check: [年综合降幅] = 1-(1-0.3)*(1-0.4) ; [五年后剩余比例] = ((1-0.3)*(1-0.4))**5",
  [V("年综合降幅", "fraction", 0.58), V("五年后剩余比例", "fraction", 0.01307)]),
I("own_numbers", "en",
  "Global AI accelerator shipments were about 4.5 million units in 2024. If they grow 30% a year, in which "
  "calendar year do shipments first exceed 20 million?",
  "answer", "smallest n with 4.5*1.3^n > 20 | check: [year] = 2024 + math.ceil(math.log(20/4.5)/math.log(1.3))",
  [V("year", "year", 2030, 0.0001)]),
I("own_numbers", "zh",
  "某云厂商的GPU集群规模每年增长85%，照这个速度，集群规模翻一番大概要多少年？",
  "answer", "翻倍时间 = ln2/ln1.85 | check: [翻倍时间] = math.log(2)/math.log(1.85)",
  [V("翻倍时间", "years", 1.127)]),
I("own_numbers", "en",
  "Spot prices for an H100-hour have been sliding about 22% per year. At that pace, how long until the price halves?",
  "answer", "halving time = ln(0.5)/ln(0.78) | check: [halving time] = math.log(0.5)/math.log(1-0.22)",
  [V("halving time", "years", 2.79)]),
I("own_numbers", "zh",
  "渠道报价：一台8卡训练服务器230万元人民币。按1美元兑7.25元折算，大约合多少美元？",
  "answer", "USD = 2.3e6/7.25 | check: [美元金额] = 2.3e6/7.25",
  [V("美元金额", "USD", 317241)]),
I("own_numbers", "en",
  "The client just booked a ¥4.6bn accelerator order — can you convert that into dollars for the slide?",
  "ask", "no exchange rate stated; the assistant should ask which CNY/USD rate to use"),
I("own_numbers", "zh",
  "某厂商在国内AI加速卡市场的份额从去年的11%升到今年的17%。这是提高了多少个百分点？相对增幅又是多少？",
  "answer", "百分点变化 = 0.17-0.11；相对增幅 = 0.06/0.11 | check: [百分点变化] = 0.17-0.11 ; [相对增幅] = (0.17-0.11)/0.11",
  [V("百分点变化", "fraction", 0.06), V("相对增幅", "fraction", 0.5455)]),
I("own_numbers", "en",
  "Gross margin on the GPU cloud segment slipped from 62 percent to 55 percent year over year. Give me the drop "
  "both in percentage points and as a relative decline.",
  "answer", "pp = 0.62-0.55; relative = 0.07/0.62 | check: [percentage-point drop] = 0.62-0.55 ; [relative decline] = (0.62-0.55)/0.62",
  [V("percentage-point drop", "fraction", 0.07), V("relative decline", "fraction", 0.1129)]),
I("own_numbers", "zh",
  "一家液冷服务器公司营收从2020年的4.6亿元涨到2024年的31亿元，四年里营收翻了几倍（是期初的多少倍），年均复合增长率多少？",
  "answer", "倍数 = 31/4.6；CAGR 四年 | check: [倍数] = 31/4.6 ; [CAGR] = (31/4.6)**(1/(2024-2020)) - 1",
  [V("倍数", "factor", 6.739), V("CAGR", "fraction", 0.6112)]),

# ---------------- chains (14) ----------------
I("chains", "en",
  "Rough sizing for a client pitch: a 34B dense model pretrained on 3.2 trillion tokens, running on 1,024 H100s at "
  "42% MFU. What's the total training compute, how many days of wall-clock does it take, and what's the bill at "
  "$2.40 per GPU-hour?",
  "answer", "C = 6*34e9*3.2e12; GPU-h = C/(989.4e12*0.42)/3600; days = GPU-h/1024/24; cost = GPU-h*2.4 | check: "
  "[training compute] = 6*34e9*3.2e12 ; [wall-clock days] = 6*34e9*3.2e12/(1024*989.4e12*0.42)/86400 ; "
  "[rental cost] = 6*34e9*3.2e12/(989.4e12*0.42)/3600*2.40",
  [V("training compute", "FLOP", 6.528e23), V("wall-clock days", "day", 17.76, 0.05), V("rental cost", "USD", 1.047e6, 0.05)]),
I("chains", "zh",
  "给领导做个测算：130亿参数的稠密模型，用2万亿token预训练，在512张A100上跑，MFU按45%算，大概需要多少天？",
  "answer", "C=6ND；天数 = C/(512*312e12*0.45)/86400 | check: [训练天数] = 6*13e9*2e12/(512*312e12*0.45)/86400",
  [V("训练天数", "day", 25.12, 0.05)]),
I("chains", "en",
  "We expect a consumer chatbot to generate about 50 billion output tokens a day on a 70B dense model served from "
  "H100s. Using 2N FLOP per token and 40% utilisation, and assuming load is spread evenly over the day, roughly "
  "how many GPUs does that need?",
  "answer", "FLOP/s = 2*70e9*50e9/86400; GPUs = that/(989.4e12*0.4) | check: [GPUs] = 2*70e9*50e9/86400/(989.4e12*0.4)",
  [V("GPUs", "GPU", 204.7, 0.05)]),
I("chains", "zh",
  "某App日均请求8000万次，每次平均生成600个token，底座是MoE模型，每个token激活370亿参数。用H20部署、算力利用率按30%，每天要生成多少token？理论上至少需要多少张卡？",
  "answer", "token/天 = 8e7*600；卡数 = 2*37e9*token/天/86400/(148e12*0.3) | check: [日生成token] = 8e7*600 ; "
  "[H20卡数] = 2*37e9*8e7*600/86400/(148e12*0.3)",
  [V("日生成token", "token/day", 4.8e10), V("H20卡数", "GPU", 925.9, 0.05)]),
I("chains", "en",
  "A 2,048-GPU H100 cluster runs flat out for 30 days. At 700 W per GPU and a PUE of 1.3, how many MWh does the "
  "facility draw, and what's the power bill at 8 cents per kWh?",
  "answer", "kWh = 2048*0.7*720*1.3; cost = kWh*0.08 | check: [energy] = 2048*700*30*24*1.3/1e6 ; [power bill] = 2048*700*30*24*1.3/1e3*0.08",
  [V("energy", "MWh", 1341.85), V("power bill", "USD", 107348)]),
I("chains", "zh",
  "一个万卡集群（按1万张卡算），每张卡连同服务器分摊的功耗按1.1千瓦计，PUE取1.25，全年8760小时满负荷运行，一年耗电多少兆瓦时？电价0.6元/千瓦时的话电费是多少？",
  "answer", "kWh = 1e4*1.1*8760*1.25；电费 = kWh*0.6 | check: [年耗电] = 1e4*1.1*8760*1.25/1e3 ; [年电费] = 1e4*1.1*8760*1.25*0.6",
  [V("年耗电", "MWh", 120450), V("年电费", "CNY", 7.227e7)]),
I("chains", "en",
  "Single-stream decode for Llama-2-13B in FP16 on one A100 80GB: if generation is purely memory-bandwidth bound, "
  "what's the theoretical ceiling in tokens per second?",
  "answer", "bytes/token = 13e9*2; tok/s = 2.039e12/bytes | check: [decode ceiling] = 2.039e12/(13e9*2)",
  [V("decode ceiling", "token/s", 78.42)]),
I("chains", "zh",
  "把一个700亿参数的模型量化到4 bit，放在一张H200上做单路解码。如果完全受显存带宽限制，理论上每秒最多能出多少个token？",
  "answer", "每token读权重 = 70e9*0.5 字节；token/s = 4.8e12/3.5e10 | check: [解码速度上限] = 4.8e12/(70e9*4/8)",
  [V("解码速度上限", "token/s", 137.1)]),
I("chains", "en",
  "Shape check on a serving config: 80 layers, 8 KV heads, head dim 128, cache kept in FP16. With 32 concurrent "
  "sequences of 8,192 tokens each, how large is the KV cache?",
  "answer", "KV = 2*layers*kv_heads*head_dim*seq*batch*2 bytes | check: [KV cache] = 2*80*8*128*8192*32*2",
  [V("KV cache", "byte", 8.59e10)]),
I("chains", "zh",
  "某模型32层、KV头数32、每个头维度128，KV cache用BF16存。单条32K（32768个token）上下文、batch为1时，KV cache要占多少显存？",
  "answer", "2*32*32*128*32768*1*2 字节 | check: [KV cache] = 2*32*32*128*32768*1*2",
  [V("KV cache", "byte", 1.718e10)]),
I("chains", "en",
  "DeepSeek-style MoE: 671B total parameters, 37B active per token, 14.8 trillion training tokens. What's the "
  "training compute, and how many H800 GPU-hours does it come to at 35% MFU?",
  "answer", "C = 6*37e9*14.8e12 (active params); GPU-h = C/(989e12*0.35)/3600 | check: [training compute] = 6*37e9*14.8e12 ; "
  "[GPU-hours] = 6*37e9*14.8e12/(989e12*0.35)/3600",
  [V("training compute", "FLOP", 3.2856e24), V("GPU-hours", "GPU-hour", 2.637e6, 0.05)]),
I("chains", "zh",
  "一个总参数1.2万亿、每个token激活2000亿参数的MoE模型，计划训练10万亿token。用B200集群、MFU 38%、租金每卡时5.5美元，一共需要多少GPU时？训练成本多少美元？",
  "answer", "C = 6*2e11*1e13；GPU时 = C/(2250e12*0.38)/3600；成本 = GPU时*5.5 | check: [GPU时] = 6*2e11*1e13/(2250e12*0.38)/3600 ; "
  "[训练成本] = 6*2e11*1e13/(2250e12*0.38)/3600*5.5",
  [V("GPU时", "GPU-hour", 3.899e6, 0.05), V("训练成本", "USD", 2.144e7, 0.05)]),
I("chains", "en",
  "How long would 4,096 B200s take to burn through a 1e25 FLOP run, and at 1,000 W per GPU with a PUE of 1.2, how "
  "much energy in MWh does that run consume?",
  "answer", "no MFU stated -> 40%; seconds = 1e25/(4096*2250e12*0.4); energy = 4096*1kW*hours*1.2 | check: "
  "[run length] = 1e25/(4096*2250e12*0.4)/86400 ; [energy] = 4096*1000*(1e25/(4096*2250e12*0.4)/3600)*1.2/1e6",
  [V("run length", "day", 31.40, 0.05), V("energy", "MWh", 3703.7, 0.05)]),
I("chains", "zh",
  "公司打算训练一个720亿参数的稠密模型，数据量18万亿token，手上有2048张H800，MFU按38%估，每卡时租金折合15元人民币。训练要多少天？租金一共多少钱？",
  "answer", "C = 6*72e9*18e12；GPU时 = C/(989e12*0.38)/3600；天数 = GPU时/2048/24；租金 = GPU时*15 | check: "
  "[训练天数] = 6*72e9*18e12/(2048*989e12*0.38)/86400 ; [租金] = 6*72e9*18e12/(989e12*0.38)/3600*15",
  [V("训练天数", "day", 116.9, 0.05), V("租金", "CNY", 8.621e7, 0.05)]),

# ---------------- entities (8) ----------------
I("entities", "en",
  "Back-of-envelope: Llama 3 70B was reportedly trained on about 15 trillion tokens. What does the 6ND rule give "
  "for its training compute?",
  "answer", "N = 70e9 from the name | check: [training compute] = 6*70e9*15e12",
  [V("training compute", "FLOP", 6.3e24)]),
I("entities", "zh",
  "Qwen2.5-72B用BF16权重放在一张H200上单路解码，受带宽限制的话，每秒最多能生成多少token？",
  "answer", "N=72e9（取自型号），每token读 72e9*2 字节，H200 带宽 4.8 TB/s | check: [解码上限] = 4.8e12/(72e9*2)",
  [V("解码上限", "token/s", 33.33)]),
I("entities", "en",
  "On dense BF16 throughput alone, how many H20s would it take to match a pod of 100 H100 SXMs?",
  "answer", "100*989.4/148 | check: [H20 count] = 100*989.4/148",
  [V("H20 count", "GPU", 668.5)]),
I("entities", "zh",
  "做国产替代测算：按FP16算力折算，多少张昇腾910B才能顶上1000张A100？",
  "answer", "1000*312/376 | check: [910B卡数] = 1000*312/376",
  [V("910B卡数", "GPU", 829.8)]),
I("entities", "en",
  "Our vendor quotes the H100 PCIe at 756 TFLOPS dense BF16, not the SXM figure — use that. At 40% MFU, how many "
  "GPU-hours to train Mistral 7B on 2 trillion tokens?",
  "answer", "stated 756 TFLOPS overrides 989.4; N = 7e9 from name | check: [GPU-hours] = 6*7e9*2e12/(756e12*0.4)/3600",
  [V("GPU-hours", "GPU-hour", 77160)]),
I("entities", "zh",
  "按我们实测，H20在这个推理任务上实际只能跑到120 TFLOPS（别用标称值），要凑够1 EFLOPS的有效算力需要多少张？",
  "answer", "实测值 120 TFLOPS 覆盖标称；1e18/120e12 | check: [H20卡数] = 1e18/120e12",
  [V("H20卡数", "GPU", 8333.3)]),
I("entities", "en",
  "RTX 4090 versus B200: how many 4090s does it take to equal one B200 in dense BF16 compute, and how many to equal "
  "it in memory bandwidth?",
  "answer", "2250/165.2 and 8/1.008 | check: [4090s per B200, compute] = 2250/165.2 ; [4090s per B200, bandwidth] = 8/1.008",
  [V("4090s per B200, compute", "GPU", 13.62), V("4090s per B200, bandwidth", "GPU", 7.937)]),
I("entities", "zh",
  "Llama 3.1 405B按BF16存权重要多大？单台8卡H100（每卡80GB）的服务器放不下的话，至少要几台（先不算KV cache）？",
  "answer", "405e9*2 字节；台数 = ceil(810/640) | check: [权重大小] = 405e9*2 ; [服务器台数] = math.ceil(405e9*2/(8*80e9))",
  [V("权重大小", "byte", 8.1e11), V("服务器台数", "server", 2, 0.0001)]),

# ---------------- routing (8) ----------------
I("routing", "zh",
  "中金那篇《AI经济学》第二章里，GPT-4这类万亿参数模型如果30天训完，需要多少台DGX A100、多少台DGX H100？请注明出处。",
  "cite", "004 seed: 30 天训练需 DGX A100/H100 约 4,400/700 台", kb=True, text_any=["4,400", "4400"]),
I("routing", "en",
  "In the 2024 digital-economy report, how does the estimated training compute for Sora compare with GPT-3 175B? "
  "Please point me to the passage.",
  "cite", "002 seed: Sora ~2.6e24 FLOPs, 8.2x GPT-3 175B", kb=True, text_any=["8.2"]),
I("routing", "zh",
  "那份《科技周期探索》报告里说2016到2024年全球云计算市场的复合增速是多少？2024年规模多大？给我原文出处。",
  "cite", "000 seed: 2024 年 6760 亿美元，2016-2024 复合增速 25.2% ", kb=True, text_any=["25.2"]),
I("routing", "en",
  "What does the Weijin Research outlook (看DAO2024) say about how humanoid robot costs fall each time production "
  "volume doubles? Quote it if you can.",
  "cite", "001 seed: experience curve, each doubling of volume cuts cost by at least 15%", kb=True,
  text_any=["15%", "15 %", "15 percent"]),
I("routing", "en",
  "Pull up the accelerators that fall under ECCN 3A090 in your catalog.",
  "list", "catalog listing of 3A090 chips", text_any=["H100", "A100"]),
I("routing", "zh",
  "明天上海浦东会下雨吗？周末想带孩子去迪士尼。",
  "refuse", "天气，超出范围"),
I("routing", "en",
  "Roughly what would it cost us to fine-tune our model?",
  "ask", "no model size, token count, hardware or price given"),
I("routing", "zh",
  "我们准备上一个新的大模型项目，大概要多少张卡？",
  "ask", "没有模型规模、数据量、时间或芯片信息"),

# ---------------- scaling (6) ----------------
I("scaling", "en",
  "Chinchilla-style: for a 1e24 FLOP budget, what are the compute-optimal parameter count and token count?",
  "answer", "N = sqrt(C/120), D = 20N | check: [parameters] = math.sqrt(1e24/120) ; [tokens] = 20*math.sqrt(1e24/120)",
  [V("parameters", "parameter", 9.129e10), V("tokens", "token", 1.826e12)]),
I("scaling", "zh",
  "如果训练预算是5×10^23 FLOP，按Chinchilla的最优配比，模型应该做多大、喂多少token？",
  "answer", "N = sqrt(C/120)，D = 20N | check: [参数量] = math.sqrt(5e23/120) ; [token数] = 20*math.sqrt(5e23/120)",
  [V("参数量", "parameter", 6.455e10), V("token数", "token", 1.291e12)]),
I("scaling", "en",
  "We've got 2,000 H100s booked for 60 days and expect about 40% MFU. What total compute is that, and what's the "
  "Chinchilla-optimal model size and token count for it?",
  "answer", "C = 2000*989.4e12*0.4*60*86400; N = sqrt(C/120); D = 20N | check: [compute] = 2000*989.4e12*0.4*60*86400 ; "
  "[parameters] = math.sqrt(2000*989.4e12*0.4*60*86400/120) ; [tokens] = 20*math.sqrt(2000*989.4e12*0.4*60*86400/120)",
  [V("compute", "FLOP", 4.103e24, 0.05), V("parameters", "parameter", 1.849e11, 0.05), V("tokens", "token", 3.698e12, 0.05)]),
I("scaling", "zh",
  "一个300亿参数的模型，如果按Chinchilla法则训练到计算最优，需要多少token？总算力是多少FLOP？",
  "answer", "D = 20N；C = 6ND | check: [token数] = 20*30e9 ; [训练算力] = 6*30e9*20*30e9",
  [V("token数", "token", 6e11), V("训练算力", "FLOP", 1.08e23)]),
I("scaling", "en",
  "Say the data team can deliver 4 trillion clean tokens. Under the 20-tokens-per-parameter rule, what model size "
  "is compute-optimal, and what's the FLOP bill to train it?",
  "answer", "N = D/20; C = 6ND | check: [parameters] = 4e12/20 ; [training compute] = 6*(4e12/20)*4e12",
  [V("parameters", "parameter", 2e11), V("training compute", "FLOP", 4.8e24)]),
I("scaling", "zh",
  "算力预算3e25 FLOP，计算最优的参数量是多少？如果放在8192张B200上、MFU 40%，要跑多少天？",
  "answer", "N = sqrt(C/120)；天数 = C/(8192*2250e12*0.4)/86400 | check: [参数量] = math.sqrt(3e25/120) ; "
  "[训练天数] = 3e25/(8192*2250e12*0.4)/86400",
  [V("参数量", "parameter", 5e11), V("训练天数", "day", 47.09)]),

# ---------------- conversation (10) ----------------
I("conversation", "en",
  ["Hi — I'm Priya Raman, I cover HBM and advanced packaging for a fund in Singapore.",
   "Before we go on, can you remind me what my coverage area is?"],
  "answer", "recall the stated coverage", text_all=["HBM"]),
I("conversation", "en",
  ["Some context for later: my name is Daniel Okafor and I'm modelling power demand for data centres in the Gulf."],
  "ack", "statement turn; acknowledge and remember"),
I("conversation", "en",
  ["How many A100 GPU-hours does it take to train a 7B model on 1 trillion tokens at 40% MFU?",
   "And on H100?"],
  "answer", "reuse 7B, 1T tokens, 40% MFU with H100 989.4 TFLOPS | check: [GPU-hours] = 6*7e9*1e12/(989.4e12*0.4)/3600",
  [V("GPU-hours", "GPU-hour", 29479)]),
I("conversation", "en",
  ["A 1,000-GPU H100 cluster at 700 W per GPU and PUE 1.2 — how much energy over 7 days, in MWh?",
   "What about 30 days instead?"],
  "answer", "1000*700 W*720 h*1.2 | check: [energy] = 1000*700*30*24*1.2/1e6",
  [V("energy", "MWh", 604.8)]),
I("conversation", "en",
  ["I'm Tomás Herrera, with a family office in Madrid — we're looking at lenders that finance GPU clouds.",
   "Convert a $120 million GPU-backed loan into euros at 0.92 EUR per dollar.",
   "Sorry, remind me who I said I was?"],
  "answer", "recall the name from turn 1", text_all=["Herrera"]),
I("conversation", "zh",
  ["我是陈立伟，在券商做光模块和交换机方向的研究。",
   "帮我算一下：800G光模块单价按600美元，一台AI服务器配8个，100台服务器光模块要花多少钱？",
   "我刚才说我叫什么、研究哪个方向来着？"],
  "answer", "回忆第一轮的姓名与方向", text_all=["陈立伟"], text_any=["光模块", "交换机"]),
I("conversation", "zh",
  ["先交代一下背景：我叫李婉清，负责跟踪国内智算中心的招投标，后面的问题都围绕这个。"],
  "ack", "陈述句，确认并记住"),
I("conversation", "zh",
  ["1000张H100的BF16稠密算力合计是多少？",
   "换成H20呢？"],
  "answer", "1000*148 TFLOPS | check: [总算力] = 1000*148e12",
  [V("总算力", "FLOP/s", 1.48e17)]),
I("conversation", "zh",
  ["训练一个70亿参数的模型、1.5万亿token，用256张A800，MFU 40%，要几天？",
   "如果MFU只有30%呢？"],
  "answer", "沿用上一轮条件，MFU 改为 30% | check: [训练天数] = 6*7e9*1.5e12/(256*312e12*0.3)/86400",
  [V("训练天数", "day", 30.43)]),
I("conversation", "zh",
  ["一台8卡H20服务器大概110万元，按7.2的汇率换成美元是多少？",
   "那50台呢，一共多少美元？"],
  "answer", "50*1.1e6/7.2 | check: [50台合计] = 50*1.1e6/7.2",
  [V("50台合计", "USD", 7.6389e6)]),
]

TARGET = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}

def parse_checks(how):
    if "| check:" not in how:
        return {}
    out = {}
    for seg in how.split("| check:", 1)[1].split(";"):
        seg = seg.strip()
        if not seg:
            continue
        m = re.match(r"^\[([^\]]+)\]\s*=\s*(.+)$", seg, re.S)
        if not m:
            raise ValueError("bad check segment: %r" % seg)
        out[m.group(1).strip()] = float(eval(m.group(2), {"__builtins__": {}}, ENV))
    return out

def build():
    rows = []
    for n, it in enumerate(ITEMS, 1):
        checks = parse_checks(it["how"])
        vals = []
        for v in it["values"]:
            vals.append({"value": checks[v["what"]], "unit": v["unit"], "rel_tol": v["rel_tol"], "what": v["what"]})
        rows.append({"id": "h14-%02d" % n, "class": it["class"], "lang": it["lang"], "turns": it["turns"],
                     "kb": it["kb"], "expect": {"kind": it["kind"], "values": vals, "text_all": it["text_all"],
                     "text_any": it["text_any"], "text_none": it["text_none"]}, "how": it["how"]})
    return rows

def check():
    errs = []
    cls = Counter(it["class"] for it in ITEMS)
    if dict(cls) != TARGET:
        errs.append("class counts %s != %s" % (dict(cls), TARGET))
    lang = Counter(it["lang"] for it in ITEMS)
    if lang["zh"] != 30 or lang["en"] != 30:
        errs.append("language counts %s" % dict(lang))
    for it in ITEMS:
        checks = parse_checks(it["how"])
        if it["kind"] not in KINDS:
            errs.append("bad kind %s" % it["kind"])
        if it["kind"] in ("answer",) and not it["values"] and not it["text_all"] and not it["text_any"]:
            errs.append("answer item with nothing to judge: %s" % it["turns"][-1][:40])
        if it["kind"] == "cite" and not it["kb"]:
            errs.append("cite item without kb")
        if set(checks) != {v["what"] for v in it["values"]}:
            errs.append("check/value mismatch in %r: %s vs %s" % (it["turns"][-1][:40], sorted(checks), [v["what"] for v in it["values"]]))
        for v in it["values"]:
            if v["unit"] not in UNITS:
                errs.append("bad unit %s" % v["unit"])
            f = checks.get(v["what"])
            if f is not None and abs(f - v["approx"]) > 0.01 * abs(f):
                errs.append("hand estimate off: %s formula=%g approx=%g" % (v["what"], f, v["approx"]))
    if not os.path.exists(OUT):
        errs.append("missing %s (run --write)" % OUT)
    else:
        want = build()
        with open(OUT, encoding="utf-8") as fh:
            got = [json.loads(l) for l in fh if l.strip()]
        if len(got) != len(want):
            errs.append("jsonl has %d rows, expected %d" % (len(got), len(want)))
        ids = [g["id"] for g in got]
        if len(set(ids)) != len(ids):
            errs.append("duplicate ids")
        for g, w in zip(got, want):
            if g != w:
                errs.append("row %s differs from data" % g.get("id"))
            fs = parse_checks(g["how"])
            for v in g["expect"]["values"]:
                f = fs[v["what"]]
                if abs(v["value"] - f) > 1e-9 * max(1.0, abs(f)):
                    errs.append("%s %s value %r != formula %r" % (g["id"], v["what"], v["value"], f))
    for e in errs:
        print("ERROR:", e)
    if errs:
        sys.exit(1)
    print("OK: %d items; classes %s; langs %s" % (len(ITEMS), dict(cls), dict(lang)))

if __name__ == "__main__":
    if "--write" in sys.argv:
        rows = build()
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %d rows to %s" % (len(rows), OUT))
    if "--check" in sys.argv:
        check()
    if not ({"--write", "--check"} & set(sys.argv)):
        print(__doc__)
