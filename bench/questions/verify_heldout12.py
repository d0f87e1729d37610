#!/usr/bin/env python3
"""Held-out set h12 for Zhiti's offline brain (source of truth).

  python3 verify_heldout12.py --write   # writes heldout12.jsonl next to this file
  python3 verify_heldout12.py --check   # recomputes values, checks composition/kinds/units/ids/cite text
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = "/work/shared/seeds"
NN = "12"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year",
         "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASS_COUNTS = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}
LANG_COUNTS = {"zh": 30, "en": 30}


def V(value, unit, what, rel_tol=0.03):
    return {"value": value, "unit": unit, "rel_tol": rel_tol, "what": what}


def item(n, cls, lang, turns, how, kind="answer", values=(), kb=False, text_all=(), text_any=(), text_none=()):
    return {"id": "h%s-%02d" % (NN, n), "class": cls, "lang": lang, "turns": list(turns), "kb": kb,
            "expect": {"kind": kind, "values": list(values), "text_all": list(text_all),
                       "text_any": list(text_any), "text_none": list(text_none)},
            "how": how}


ITEMS = [
    # ---------------- own_numbers (14) ----------------
    item(1, "own_numbers", "en",
         ["Quick sanity check for an IC memo: the company's ARR was $4.2M at the end of 2021 and $31M at the end of "
          "2024. What multiple is that, and what's the implied CAGR?"],
         "factor = 31/4.2; CAGR over 3 years | check: [multiple] = 31/4.2; [CAGR] = (31/4.2)**(1/3)-1",
         values=[V(7.380952380952381, "factor", "multiple"), V(0.9470217416380282, "fraction", "CAGR")]),
    item(2, "own_numbers", "zh",
         ["我们市的智能算力2022年底约1.2 EFLOPS，规划里写的是2027年要做到15 EFLOPS。照这个目标，年均复合增长率得达到多少？"],
         "CAGR over 5 years | check: [CAGR] = (15/1.2)**(1/5)-1",
         values=[V(0.6572270086699934, "fraction", "CAGR")]),
    item(3, "own_numbers", "en",
         ["Suppose a frontier API costs $10 per million output tokens in 2023 and the price falls 60% every year. "
          "What would a million tokens cost in 2027?"],
         "4 years of 60% decline | check: [price 2027] = 10*(1-0.6)**4",
         values=[V(0.25600000000000006, "USD", "price 2027")]),
    item(4, "own_numbers", "zh",
         ["如果训练同等水平模型的成本每年降35%，连降5年，最后只剩原来的百分之几？"],
         "0.65^5 | check: [remaining share] = 0.65**5",
         values=[V(0.11602906250000002, "fraction", "remaining share")]),
    item(5, "own_numbers", "en",
         ["Frontier training compute grows 4.1x/yr. Doubling time in years?"],
         "ln2/ln4.1 | check: [doubling time] = math.log(2)/math.log(4.1)",
         values=[V(0.4912498793219044, "years", "doubling time")]),
    item(6, "own_numbers", "zh",
         ["行业估计今年全球数据中心用电大概415太瓦时，我们测算其中AI服务器大约吃掉62太瓦时——AI占了多大比例？"],
         "share = 62/415 | check: [AI share] = 62/415",
         values=[V(0.1493975903614458, "fraction", "AI share")]),
    item(7, "own_numbers", "en",
         ["Our Shanghai region lists reserved H100 capacity at ￥16.8 per card-hour. Finance wants it in dollars at "
          "7.2 CNY per USD — what's that per GPU-hour?"],
         "16.8/7.2 | check: [USD per GPU-hour] = 16.8/7.2",
         values=[V(2.3333333333333335, "USD", "USD per GPU-hour")]),
    item(8, "own_numbers", "zh",
         ["集群平均GPU利用率，去年是38%，今年拉到了57%。问两个数：提升了多少个百分点？相对去年提高了百分之多少？"],
         "pp = 57-38; relative = 57/38-1 | check: [percentage points] = 0.57-0.38; [relative increase] = 0.57/0.38-1",
         values=[V(0.18999999999999995, "fraction", "percentage points"),
                 V(0.4999999999999998, "fraction", "relative increase")]),
    item(9, "own_numbers", "en",
         ["The region had roughly 850 MW of installed data-centre capacity in 2024. If capacity keeps expanding 22% a "
          "year, in which year does it first exceed 3 GW?"],
         "850*1.22^6=2802 < 3000 < 850*1.22^7=3419 -> 2031 | check: [year] = 2024+math.ceil(math.log(3000/850)/math.log(1.22))",
         values=[V(2031, "year", "year", rel_tol=0.0001)]),
    item(10, "own_numbers", "zh",
         ["我们GPU云的营收一季度环比+30%，二季度环比-10%，三季度又环比+15%，三个季度下来累计涨了多少？"],
         "1.3*0.9*1.15-1 | check: [cumulative growth] = 1.3*0.9*1.15-1",
         values=[V(0.34550000000000014, "fraction", "cumulative growth")]),
    item(11, "own_numbers", "en",
         ["Daily tokens served on our platform went from 2.1 billion in Jan 2023 to 480 billion in Jan 2025. How many "
          "times bigger is that, and what's the annualised growth rate?"],
         "factor 480/2.1 over 2 years | check: [multiple] = 480/2.1; [CAGR] = (480/2.1)**(1/2)-1",
         values=[V(228.57142857142856, "factor", "multiple"), V(14.118578920369089, "fraction", "CAGR")]),
    item(12, "own_numbers", "zh",
         ["渠道报过来一台8卡H20整机 ￥1,150,000，按 1 美元兑 7.15 元人民币折算，整机多少美元？摊到每张卡又是多少美元？"],
         "1,150,000/7.15, then /8 | check: [server USD] = 1150000/7.15; [per card USD] = 1150000/7.15/8",
         values=[V(160839.16083916082, "USD", "server USD"), V(20104.895104895102, "USD", "per card USD")]),
    item(13, "own_numbers", "en",
         ["Cluster starts at 4,000 GPUs and grows 18% every quarter. How many GPUs after 8 quarters?"],
         "4000*1.18^8 | check: [GPUs] = 4000*1.18**8",
         values=[V(15035.436810682464, "GPU", "GPUs")]),
    item(14, "own_numbers", "zh",
         ["假如某类模型的算力需求每年涨到原来的6倍，那大约多少天翻一番？"],
         "ln2/ln6 years * 365 | check: [doubling time] = math.log(2)/math.log(6)*365",
         values=[V(141.20127464060766, "day", "doubling time")]),

    # ---------------- chains (14) ----------------
    item(15, "chains", "en",
         ["We're quoting a customer who wants to pretrain a 13B dense model; they say the corpus is 2.6T tokens and "
          "they've seen about 45% MFU on our H100 nodes in past jobs. Our on-demand rate is $2.10/GPU-hr. How many "
          "GPU-hours will this take, and what's the rental bill?"],
         "C=6*13e9*2.6e12; / (989e12*0.45) / 3600; * 2.10 | check: [GPU-hours] = 6*13e9*2.6e12/(989e12*0.45)/3600; "
         "[rental cost] = 6*13e9*2.6e12/(989e12*0.45)/3600*2.10",
         values=[V(126577.53810433284, "GPU-hour", "GPU-hours"), V(265812.830019099, "USD", "rental cost")]),
    item(16, "chains", "zh",
         ["产品那边预估上线后每天要生成300亿个token，模型是8B稠密的，打算全用H20来扛，实际利用率按30%估，算力上要多少张卡？"],
         "2*8e9*3e10 FLOP/day / (148e12*0.3*86400) | check: [GPUs] = 2*8e9*3e10/(148e12*0.30*86400)",
         values=[V(125.12512512512512, "GPU", "GPUs")]),
    item(17, "chains", "en",
         ["2,048 H100s, 700 W each, 21 days straight, PUE 1.3. Energy in MWh, and the bill at $0.08/kWh?"],
         "kWh = 2048*700*504*1.3/1000 | check: [energy] = 2048*700*21*24*1.3/1000/1000; "
         "[electricity cost] = 2048*700*21*24*1.3/1000*0.08",
         values=[V(939.29472, "MWh", "energy"), V(75143.5776, "USD", "electricity cost")]),
    item(18, "chains", "zh",
         ["机房里一个1024卡的A100集群，单卡功耗按400瓦算（其他部件先不管），PUE 1.25，满载连续跑30天，总用电多少千瓦时？"
          "电价每度0.65元的话电费多少钱？"],
         "kWh = 1024*400*720*1.25/1000; *0.65 CNY | check: [energy] = 1024*400*30*24*1.25/1000; "
         "[electricity cost] = 1024*400*30*24*1.25/1000*0.65",
         values=[V(368640.0, "kWh", "energy"), V(239616.0, "CNY", "electricity cost")]),
    item(19, "chains", "en",
         ["Upper bound on batch-1 decode speed for a 34B dense model in FP16 on one H100 SXM, assuming it's purely "
          "memory-bandwidth bound?"],
         "3.35e12 / (34e9*2 bytes) | check: [decode speed] = 3.35e12/(34e9*2)",
         values=[V(49.26470588235294, "token/s", "decode speed")]),
    item(20, "chains", "zh",
         ["帮我算下KV cache：48层，GQA一共8个KV头，head_dim=128，序列长度32768，batch 16，FP16存。总共多少字节？"],
         "2*48*8*128*32768*16*2 | check: [KV cache] = 2*48*8*128*32768*16*2",
         values=[V(103079215104, "byte", "KV cache")]),
    item(21, "chains", "en",
         ["One of our portfolio labs is training an MoE — 236B parameters in total but only 21B active per token — "
          "on 8.1T tokens, and they have 2,048 H800s running at roughly 38% MFU. What's the training compute, and "
          "how many days should the run take?"],
         "C=6*21e9*8.1e12 (active params); /(2048*989e12*0.38)/86400 | check: [training compute] = 6*21e9*8.1e12; "
         "[days] = 6*21e9*8.1e12/(2048*989e12*0.38)/86400",
         values=[V(1.0206e24, "FLOP", "training compute"), V(15.347299945785217, "day", "days")]),
    item(22, "chains", "zh",
         ["4096张B200，训一个405B稠密模型，15T token，MFU按35%，需要几天？"],
         "6*405e9*15e12/(4096*2250e12*0.35)/86400 | check: [days] = 6*405e9*15e12/(4096*2250e12*0.35)/86400",
         values=[V(130.78962053571428, "day", "days")]),
    item(23, "chains", "en",
         ["Capacity planning for launch: we expect 50 million queries per day, averaging about 600 generated tokens "
          "each, served by a 70B dense model on H100s. Compute-bound only, default utilisation — how many GPUs do we "
          "need?"],
         "2*70e9*600*5e7 FLOP/day / (989e12*0.4*86400) | check: [GPUs] = 2*70e9*600*50e6/(989e12*0.4*86400)",
         values=[V(122.87945174699472, "GPU", "GPUs")]),
    item(24, "chains", "zh",
         ["租了512张H800，每卡每小时￥13.5，连续训练18天。一共多少GPU小时、总租金多少元？"],
         "512*18*24 GPU-h; *13.5 CNY | check: [GPU-hours] = 512*18*24; [rental cost] = 512*18*24*13.5",
         values=[V(221184, "GPU-hour", "GPU-hours"), V(2985984.0, "CNY", "rental cost")]),
    item(25, "chains", "en",
         ["KV cache per sequence: 80 layers, 8 KV heads, head_dim 128, 131072 ctx, bf16, batch 1?"],
         "2*80*8*128*131072*1*2 | check: [KV cache] = 2*80*8*128*131072*1*2",
         values=[V(42949672960, "byte", "KV cache")]),
    item(26, "chains", "zh",
         ["H20上跑一个720亿参数的模型，权重做了INT8量化（每个参数1字节），单并发decode理论上限每秒多少token？"],
         "4.0e12 / 72e9 bytes | check: [decode speed] = 4.0e12/72e9",
         values=[V(55.55555555555556, "token/s", "decode speed")]),
    item(27, "chains", "en",
         ["For the national AI compute plan we're modelling a 16,384-GPU B200 campus; budget 1.2 kW per GPU all-in, "
          "a PUE of 1.2, and assume it runs flat out for a full year. At an industrial tariff of $0.055 per kWh, "
          "what's the annual energy in MWh and the electricity cost?"],
         "kWh = 16384*1200*8760*1.2/1000 | check: [energy] = 16384*1200*8760*1.2/1000/1000; "
         "[electricity cost] = 16384*1200*8760*1.2/1000*0.055",
         values=[V(206674.3296, "MWh", "energy"), V(11367088.128, "USD", "electricity cost")]),
    item(28, "chains", "zh",
         ["7B模型、3T token、A100、MFU 50%，要多少GPU时？按每卡时1.2美元算成本多少？"],
         "6*7e9*3e12/(312e12*0.5)/3600; *1.2 | check: [GPU-hours] = 6*7e9*3e12/(312e12*0.5)/3600; "
         "[cost] = 6*7e9*3e12/(312e12*0.5)/3600*1.2",
         values=[V(224358.97435897437, "GPU-hour", "GPU-hours"), V(269230.76923076925, "USD", "cost")]),

    # ---------------- entities (8) ----------------
    item(29, "entities", "en",
         ["How many days to train Llama 3 70B on 15T tokens using 1,024 H100s?"],
         "N=70e9 from name; default 40% MFU | check: [days] = 6*70e9*15e12/(1024*989e12*0.4)/86400",
         values=[V(179.9991968950118, "day", "days")]),
    item(30, "entities", "zh",
         ["Qwen2.5-72B 用FP16部署，光权重要占多少字节？一张96GB的H20装得下吗？"],
         "72e9 params * 2 bytes = 144 GB > 96 GB | check: [weight bytes] = 72e9*2",
         values=[V(144000000000.0, "byte", "weight bytes")]),
    item(31, "entities", "en",
         ["B200 vs A100, dense BF16 — how many times more compute per chip?"],
         "2250/312 | check: [ratio] = 2250/312",
         values=[V(7.211538461538462, "factor", "ratio")]),
    item(32, "entities", "zh",
         ["假设H100实际只跑到600 TFLOPS（这已经是有效算力，不用再打折），256张卡训一个Qwen2-7B规模的模型，8T token，要几天？"],
         "N=7e9 from name; stated 600e12 effective overrides catalog | check: [days] = 6*7e9*8e12/(256*600e12)/86400",
         values=[V(25.318287037037038, "day", "days")]),
    item(33, "entities", "en",
         ["Llama 2 13B in fp16, batch 1 — bandwidth-bound decode tokens/s on an H20 versus an A100 80GB?"],
         "weights 26e9 bytes | check: [H20 decode] = 4.0e12/(13e9*2); [A100 decode] = 2.039e12/(13e9*2)",
         values=[V(153.84615384615384, "token/s", "H20 decode"), V(78.42307692307692, "token/s", "A100 decode")]),
    item(34, "entities", "zh",
         ["H100的BF16稠密算力是H20的几倍？"],
         "989/148 | check: [ratio] = 989/148",
         values=[V(6.6824324324324325, "factor", "ratio")]),
    item(35, "entities", "en",
         ["DeepSeek-V3 has 671B params in total with 37B active. How many FLOPs per generated token at inference?"],
         "2 * active params | check: [FLOP per token] = 2*37e9",
         values=[V(74000000000.0, "FLOP", "FLOP per token")]),
    item(36, "entities", "zh",
         ["GPT-3 175B 用FP16存权重，只算权重的话至少要几张 A100 80GB 才装得下？"],
         "350 GB / 80 GB = 4.375 -> 5 | check: [GPUs] = math.ceil(175e9*2/80e9)",
         values=[V(5, "GPU", "GPUs", rel_tol=0.01)]),

    # ---------------- routing (8) ----------------
    item(37, "routing", "zh",
         ["中金《AI经济学》第二章里，按7天训一次来测算，GPT-3这种千亿参数模型需要多少台DGX A100、多少台DGX H100？"],
         "seed 004_6e137adebb593e30.txt: 'DGX A100/H100数量大概为500/80台' | check: ",
         kind="cite", kb=True, text_all=["500", "80"]),
    item(38, "routing", "en",
         ["What does the 2024 digital-economy report estimate for how long Sora would take to train on 10,000 A100s?"],
         "seed 002_433419e1c499dc0d.txt: 'Sora 模型训练…大约需在 1 万张 A100 上训练 154 天' | check: ",
         kind="cite", kb=True, text_all=["154"]),
    item(39, "routing", "zh",
         ["《看DAO2024》讲“内存墙”的时候，说GPT-4在最先进的芯片上运行效率可能掉到多少？"],
         "seed 001_c7d1a51f02a6626a.txt: 'GPT-4 在最先进的芯片上运行的效率可跌至 3% 或更低' | check: ",
         kind="cite", kb=True, text_all=["3%"]),
    item(40, "routing", "en",
         ["Which of A100, H100, H20 and B200 have more than 300 TFLOPS of dense BF16?"],
         "catalog: A100 312, H100 989, H20 148, B200 2250 -> A100, H100, B200 | check: ",
         kind="list", text_all=["A100", "H100", "B200"]),
    item(41, "routing", "zh",
         ["看DAO2024那张美国禁运芯片表里，内存带宽高于3 TB/s的都有哪些？"],
         "seed 001_c7d1a51f02a6626a.txt table: H100 SXM 3.4, H20 SXM 4, MI250X 3.2, MI300X 5.6 | check: ",
         kind="list", kb=True, text_all=["H100", "H20", "MI250X", "MI300X"]),
    item(42, "routing", "en",
         ["Should I load up on NVDA calls before earnings next week?"],
         "stock tip: out of scope | check: ", kind="refuse"),
    item(43, "routing", "zh",
         ["明天北京会下雨吗？出门要不要带伞？"],
         "weather: out of scope | check: ", kind="refuse"),
    item(44, "routing", "en",
         ["Ballpark, how much does it cost to train a large language model these days?"],
         "no size, tokens, hardware or price given: ask for them | check: ", kind="ask"),

    # ---------------- scaling (6) ----------------
    item(45, "scaling", "en",
         ["Given a 1e24 FLOP budget, what are the Chinchilla-optimal parameter count and token count?"],
         "N=sqrt(C/120), D=20N | check: [parameters] = math.sqrt(1e24/120); [tokens] = 20*math.sqrt(1e24/120)",
         values=[V(91287092917.52768, "parameter", "parameters"), V(1825741858350.5537, "token", "tokens")]),
    item(46, "scaling", "zh",
         ["照Chinchilla的配比，30B参数的模型应该喂多少token？对应训练算力多少FLOPs？"],
         "D=20N, C=6ND | check: [tokens] = 20*30e9; [compute] = 6*30e9*20*30e9",
         values=[V(600000000000.0, "token", "tokens"), V(1.08e23, "FLOP", "compute")]),
    item(47, "scaling", "en",
         ["A founder pitched us that they'll train a compute-optimal 400B-parameter model. Under Chinchilla, what FLOP "
          "budget does that imply — and with 8,192 H100s at 40% MFU, how many days of training is that?"],
         "D=8e12, C=6ND; /(8192*989e12*0.4)/86400 | check: [compute] = 6*400e9*20*400e9; "
         "[days] = 6*400e9*20*400e9/(8192*989e12*0.4)/86400",
         values=[V(1.92e25, "FLOP", "compute"), V(68.57112262667115, "day", "days")]),
    item(48, "scaling", "zh",
         ["算力中心能拿出5000张H800、连续跑60天（MFU按40%），如果按Chinchilla算力最优来配，应该训多大参数的模型、用多少token？"],
         "C=5000*989e12*0.4*60*86400; N=sqrt(C/120); D=20N | check: "
         "[parameters] = math.sqrt(5000*989e12*0.4*60*86400/120); [tokens] = 20*math.sqrt(5000*989e12*0.4*60*86400/120)",
         values=[V(292317635458.41705, "parameter", "parameters"), V(5846352709168.341, "token", "tokens")]),
    item(49, "scaling", "en",
         ["chinchilla-optimal tokens for a 1.3B model?"],
         "D=20N | check: [tokens] = 20*1.3e9",
         values=[V(26000000000.0, "token", "tokens")]),
    item(50, "scaling", "zh",
         ["预算3.2e23 FLOPs，算力最优的参数量大概多少？"],
         "N=sqrt(C/120) | check: [parameters] = math.sqrt(3.2e23/120)",
         values=[V(51639777949.43222, "parameter", "parameters")]),

    # ---------------- conversation (10) ----------------
    item(51, "conversation", "en",
         ["I run a 640-GPU H100 hall in Frankfurt and our power contract is €0.21 per kWh.",
          "Each GPU pulls about 700 W at load, and the site PUE is 1.35.",
          "So what's the electricity bill for a 30-day month at full load? Give me the kWh too."],
         "kWh = 640*700*720*1.35/1000; *0.21 EUR | check: [energy] = 640*700*30*24*1.35/1000; "
         "[electricity cost] = 640*700*30*24*1.35/1000*0.21",
         values=[V(435456.0, "kWh", "energy"), V(91445.76, "EUR", "electricity cost")]),
    item(52, "conversation", "zh",
         ["我们实验室一共有64张A100。",
          "打算训一个3B的模型，语料600B tokens。",
          "MFU按45%估，大概要跑几天？"],
         "6*3e9*6e11/(64*312e12*0.45)/86400 | check: [days] = 6*3e9*600e9/(64*312e12*0.45)/86400",
         values=[V(13.911146723646725, "day", "days")]),
    item(53, "conversation", "en",
         ["How many GPU-hours to train a 7B model on 1T tokens on A100s?",
          "and on H100?"],
         "reuse 7B/1T; H100 default 40% | check: [GPU-hours] = 6*7e9*1e12/(989e12*0.4)/3600",
         values=[V(29491.06841927873, "GPU-hour", "GPU-hours")]),
    item(54, "conversation", "zh",
         ["用256张H800训练13B模型、2T token，要多少天？",
          "那如果卡数翻倍到512张呢？"],
         "reuse 13B/2T; 512 GPUs at 40% | check: [days] = 6*13e9*2e12/(512*989e12*0.4)/86400",
         values=[V(8.914245941467252, "day", "days")]),
    item(55, "conversation", "en",
         ["Just so you have context: I'm a PhD student at ETH working on long-context retrieval, and my advisor caps "
          "our cloud spend at $5,000 a month."],
         "pure statement: acknowledge | check: ", kind="ack"),
    item(56, "conversation", "zh",
         ["先交代下背景：我们是贵州的一家数据中心运营商，现在有1200个机柜，平均单柜8千瓦，IT总负载大约9.6兆瓦，后面会陆续问你一些测算问题。"],
         "pure statement: acknowledge | check: ", kind="ack"),
    item(57, "conversation", "en",
         ["Context: I'm the PM for our GPU cloud in Singapore, and the flagship SKU is called Falcon-8x.",
          "It's 8 H100s per node and we list it at $19.60 per node-hour.",
          "What's that per GPU-hour, and remind me what I said the SKU is called?"],
         "19.60/8; recall SKU name | check: [per GPU-hour] = 19.60/8",
         values=[V(2.45, "USD", "per GPU-hour")], text_all=["Falcon-8x"]),
    item(58, "conversation", "zh",
         ["我叫林舟，在做省级算力调度平台的规划，目标是2027年全省智算规模到20 EFLOPS。",
          "现在（2024年）全省大概是3.5 EFLOPS。",
          "要达成目标，年均增速得多少？"],
         "CAGR 2024->2027 from earlier turns | check: [CAGR] = (20/3.5)**(1/3)-1",
         values=[V(0.7878070701931352, "fraction", "CAGR")]),
    item(59, "conversation", "en",
         ["Rent 1,000 H100s at $2.40 per GPU-hour for 14 days — what's the total?",
          "what if it's 30 days instead?"],
         "reuse 1000 GPUs, $2.40; 30 days | check: [rental cost] = 1000*2.40*30*24",
         values=[V(1728000.0, "USD", "rental cost")]),
    item(60, "conversation", "zh",
         ["记一下：我们主力模型叫青鸾，340亿参数，部署在乌兰察布机房的H20上，权重INT8（每参数1字节）。",
          "单并发解码理论上限每秒多少token？"],
         "weights 34e9 bytes from turn 1; H20 4.0e12 | check: [decode speed] = 4.0e12/(34e9*1)",
         values=[V(117.6470588235294, "token/s", "decode speed")]),
]


def check():
    errs = []
    ids = [it["id"] for it in ITEMS]
    if len(ITEMS) != 60:
        errs.append("expected 60 items, got %d" % len(ITEMS))
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if ids != ["h%s-%02d" % (NN, i) for i in range(1, 61)]:
        errs.append("ids not h%s-01..h%s-60 in order" % (NN, NN))
    cc, lc = {}, {}
    for it in ITEMS:
        cc[it["class"]] = cc.get(it["class"], 0) + 1
        lc[it["lang"]] = lc.get(it["lang"], 0) + 1
    if cc != CLASS_COUNTS:
        errs.append("class counts %s != %s" % (cc, CLASS_COUNTS))
    if lc != LANG_COUNTS:
        errs.append("lang counts %s != %s" % (lc, LANG_COUNTS))
    seed_text = {}
    for fn in os.listdir(SEEDS):
        with open(os.path.join(SEEDS, fn), encoding="utf-8") as f:
            seed_text[fn] = re.sub(r"\s+", "", f.read())
    for it in ITEMS:
        i = it["id"]
        e = it["expect"]
        for key in ("id", "class", "lang", "turns", "kb", "expect", "how"):
            if key not in it:
                errs.append("%s: missing %s" % (i, key))
        if not it["turns"] or not all(isinstance(t, str) and t.strip() for t in it["turns"]):
            errs.append("%s: bad turns" % i)
        if it["class"] != "conversation" and len(it["turns"]) != 1:
            errs.append("%s: non-conversation item must have one turn" % i)
        if it["class"] == "conversation" and e["kind"] != "ack" and len(it["turns"]) < 2:
            errs.append("%s: conversation answer item needs >=2 turns" % i)
        lang_zh = bool(re.search(r"[\u4e00-\u9fff]", " ".join(it["turns"])))
        if (it["lang"] == "zh") != lang_zh:
            errs.append("%s: lang %s does not match text" % (i, it["lang"]))
        if e["kind"] not in KINDS:
            errs.append("%s: bad kind %s" % (i, e["kind"]))
        if " | check: " not in it["how"]:
            errs.append("%s: how lacks ' | check: '" % i)
            continue
        checks = it["how"].split(" | check: ", 1)[1].strip()
        exprs = {}
        if checks:
            for part in checks.split("; "):
                m = re.match(r"^\[([^\]]+)\] = (.+)$", part.strip())
                if not m:
                    errs.append("%s: bad check part %r" % (i, part))
                    continue
                exprs[m.group(1)] = m.group(2)
        whats = [v["what"] for v in e["values"]]
        if sorted(whats) != sorted(exprs):
            errs.append("%s: values %s vs checks %s" % (i, whats, list(exprs)))
        for v in e["values"]:
            if v["unit"] not in UNITS:
                errs.append("%s: bad unit %s" % (i, v["unit"]))
            if not (0 < v["rel_tol"] <= 0.05):
                errs.append("%s: rel_tol out of range" % i)
            if v["unit"] == "year" and v["rel_tol"] > 0.0001:
                errs.append("%s: calendar year tolerance too loose" % i)
            if v["what"] in exprs:
                got = eval(exprs[v["what"]], {"__builtins__": {}, "math": math})
                if abs(got - v["value"]) > 1e-6 * max(abs(got), abs(v["value"]), 1e-300):
                    errs.append("%s: %s value %r != check %r" % (i, v["what"], v["value"], got))
        k = e["kind"]
        if k == "answer" and not (e["values"] or e["text_all"]):
            errs.append("%s: answer without values or text_all" % i)
        if k in ("list", "cite") and not e["text_all"]:
            errs.append("%s: %s without text_all" % (i, k))
        if k in ("ask", "refuse", "ack", "list", "cite") and e["values"]:
            errs.append("%s: %s should carry no values" % (i, k))
        if k in ("ask", "refuse", "list", "cite") and it["class"] != "routing":
            errs.append("%s: kind %s outside routing" % (i, k))
        if k == "ack" and it["class"] != "conversation":
            errs.append("%s: ack outside conversation" % i)
        if k == "cite" and not it["kb"]:
            errs.append("%s: cite must have kb true" % i)
        if it["kb"]:
            named = [fn for fn in seed_text if fn in it["how"]]
            if len(named) != 1:
                errs.append("%s: kb item must name exactly one seed file in how" % i)
            else:
                for s in e["text_all"]:
                    if re.sub(r"\s+", "", s) not in seed_text[named[0]]:
                        errs.append("%s: %r not in %s" % (i, s, named[0]))
    return errs


def write():
    path = os.path.join(HERE, "heldout%s.jsonl" % NN)
    with open(path, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), path))


def check_file():
    path = os.path.join(HERE, "heldout%s.jsonl" % NN)
    if not os.path.exists(path):
        return ["%s missing (run --write)" % path]
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f if l.strip()]
    return [] if rows == ITEMS else ["%s out of sync with ITEMS (run --write)" % path]


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    if "--check" in sys.argv:
        errs = check() + check_file()
        for e in errs:
            print("FAIL", e)
        if errs:
            sys.exit(1)
        cc = {}
        for it in ITEMS:
            cc.setdefault(it["class"], {}).setdefault(it["lang"], 0)
            cc[it["class"]][it["lang"]] += 1
        print("OK: %d items; %s" % (len(ITEMS), json.dumps(cc)))
    if not ({"--write", "--check"} & set(sys.argv)):
        print(__doc__)
