# -*- coding: utf-8 -*-
# Source of truth for held-out set h13.  Run: python3 verify_heldout13.py --write && python3 verify_heldout13.py --check
import json, math, os, re, sys

NN = "13"

def V(value, unit, what, tol=0.03):
    return {"value": value, "unit": unit, "rel_tol": tol, "what": what}

def item(n, cls, lang, turns, kind="answer", values=(), how="", text_all=(), text_any=(), text_none=(), kb=False):
    return {"id": "h%s-%02d" % (NN, n), "class": cls, "lang": lang, "turns": list(turns), "kb": kb,
            "expect": {"kind": kind, "values": list(values), "text_all": list(text_all),
                       "text_any": list(text_any), "text_none": list(text_none)},
            "how": how}

ITEMS = [
# ---------------- own_numbers (14) ----------------
item(1, "own_numbers", "en",
     ["Running the numbers for a channel-check note: the segment booked $15.0 bn of revenue in FY2023 and $115.2 bn in FY2025. "
      "What multiple is that, and what CAGR does it imply?"],
     values=[V(7.680000000000001, "factor", "multiple"), V(1.7712812921102037, "fraction", "CAGR")],
     how="multiple = 115.2/15.0; CAGR over 2 years = multiple^(1/2) - 1 | check: [multiple] = 115.2/15.0; [CAGR] = (115.2/15.0)**(1/(2025-2023)) - 1"),
item(2, "own_numbers", "zh",
     ["写政策简报要用：全国数据中心用电量 2020 年大约 2000 亿千瓦时，到 2024 年涨到 3500 亿千瓦时左右。四年下来是原来的几倍？年均复合增速是多少？"],
     values=[V(1.75, "factor", "倍数"), V(0.15016331689560292, "fraction", "CAGR")],
     how="3500/2000 = 1.75; CAGR = 1.75^(1/4) - 1 | check: [倍数] = 3500/2000; [CAGR] = (3500/2000)**(1/(2024-2020)) - 1"),
item(3, "own_numbers", "en",
     ["Inference traffic up 60% a year — doubling time?"],
     values=[V(1.4747698473569484, "years", "doubling time")],
     how="T = ln 2 / ln 1.6 | check: [doubling time] = math.log(2)/math.log(1.6)"),
item(4, "own_numbers", "zh",
     ["今年公司总开支预算 1.2 亿元，光算力租赁就占掉 4300 万，比例是多少？"],
     values=[V(0.35833333333333334, "fraction", "算力租赁占比")],
     how="4300万 / 1.2亿 | check: [算力租赁占比] = 4.3e7/1.2e8"),
item(5, "own_numbers", "en",
     ["For a piece on the API price war: a frontier model launched at $10 per million output tokens, and list prices have been falling "
      "roughly 70% a year since. If that pace simply holds, what would a million tokens cost three years after launch?"],
     values=[V(0.27000000000000013, "USD", "price after 3 years")],
     how="10 * (1-0.7)^3 | check: [price after 3 years] = 10*(1-0.7)**3"),
item(6, "own_numbers", "zh",
     ["某国产 GPU 厂商连续三个季度营收环比分别是 +18%、-7%、+25%，三个季度叠加下来累计涨了多少？"],
     values=[V(0.37175, "fraction", "累计增幅")],
     how="1.18*0.93*1.25 - 1 | check: [累计增幅] = 1.18*0.93*1.25 - 1"),
item(7, "own_numbers", "en",
     ["Baseline for our scenario work: data centres worldwide drew about 415 TWh in 2024. In the high-growth case consumption compounds at "
      "15% a year. In which year does it first go above 945 TWh?"],
     values=[V(2030.0, "year", "year threshold crossed", 0.0001)],
     how="n = ceil(ln(945/415)/ln 1.15) = 6 -> 2024+6 | check: [year threshold crossed] = 2024 + math.ceil(math.log(945/415)/math.log(1.15))"),
item(8, "own_numbers", "zh",
     ["供应商合同报价 240 万美元，财务按 1 美元兑 7.18 元人民币入账，折合人民币多少？"],
     values=[V(17232000.0, "CNY", "人民币金额", 0.02)],
     how="2.4e6 * 7.18 | check: [人民币金额] = 2.4e6*7.18"),
item(9, "own_numbers", "en",
     ["One vendor's slice of the AI accelerator market went from 86% to 79% in a year. How many percentage points did it give up, "
      "and what is that as a relative decline?"],
     values=[V(0.06999999999999995, "fraction", "percentage-point change"), V(0.08139534883720925, "fraction", "relative decline")],
     how="86% - 79% = 7 pp; 7/86 relative | check: [percentage-point change] = 0.86-0.79; [relative decline] = (0.86-0.79)/0.86"),
item(10, "own_numbers", "zh",
     ["平台日均 token 调用量：2022 年大概每天 3 亿，2024 年已经是每天 48 亿。现在是当时的多少倍？折算年复合增速多少？"],
     values=[V(16.0, "factor", "倍数"), V(3.0, "fraction", "CAGR")],
     how="48亿/3亿 = 16; CAGR = 16^(1/2) - 1 | check: [倍数] = 4.8e9/3e8; [CAGR] = (4.8e9/3e8)**(1/(2024-2022)) - 1"),
item(11, "own_numbers", "en",
     ["Board deck has the GPU line at €850k. What is that in USD at 1 EUR = 1.08 USD, and then in RMB at 7.2 yuan per dollar?"],
     values=[V(918000.0000000001, "USD", "USD amount", 0.02), V(6609600.000000001, "CNY", "CNY amount", 0.02)],
     how="850000*1.08; *7.2 | check: [USD amount] = 850000*1.08; [CNY amount] = 850000*1.08*7.2"),
item(12, "own_numbers", "zh",
     ["某省智算中心 IT 装机 2023 年约 300 兆瓦，规划按每年 35% 扩张，照这个节奏 2027 年装机是多少？"],
     values=[V(996451875.0000002, "W", "2027年装机")],
     how="300 MW * 1.35^4 (in W) | check: [2027年装机] = 300e6*1.35**(2027-2023)"),
item(13, "own_numbers", "en",
     ["CoWoS allocation math: in 2024 one customer took 150k of roughly 330k wafers; in 2025 it's 390k of 650k. What was its share in "
      "each year, and by how many percentage points did the share move?"],
     values=[V(0.45454545454545453, "fraction", "2024 share"), V(0.6, "fraction", "2025 share"), V(0.14545454545454545, "fraction", "percentage-point change")],
     how="150/330; 390/650; difference | check: [2024 share] = 150/330; [2025 share] = 390/650; [percentage-point change] = 390/650 - 150/330"),
item(14, "own_numbers", "zh",
     ["有个说法：每美元能买到的 GPU 算力大约每 2.5 年翻一番。换算成年均提升多少？"],
     values=[V(0.3195079107728942, "fraction", "年均提升")],
     how="2^(1/2.5) - 1 | check: [年均提升] = 2**(1/2.5) - 1"),
# ---------------- chains (14) ----------------
item(15, "chains", "en",
     ["Sizing a pretraining run: 13B dense, 2.6T tokens, H100s, and we've measured 38% MFU on this stack. How many GPU-hours? "
      "And at $2.40/GPU-hr, what's the total rental?"],
     values=[V(149894.45301828888, "GPU-hour", "GPU-hours"), V(359746.68724389334, "USD", "rental cost")],
     how="6*13e9*2.6e12 FLOP / (989e12*0.38) / 3600; *2.40 | check: [GPU-hours] = 6*13e9*2.6e12/(989e12*0.38)/3600; [rental cost] = 6*13e9*2.6e12/(989e12*0.38)/3600*2.40"),
item(16, "chains", "zh",
     ["这次训练预估要 42 万 GPU 小时，云厂商报价每卡每小时 2.1 美元。租金多少美元？按 1:7.2 的汇率合人民币多少？"],
     values=[V(882000.0, "USD", "美元租金", 0.02), V(6350400.0, "CNY", "人民币租金", 0.02)],
     how="420000*2.1; *7.2 | check: [美元租金] = 420000*2.1; [人民币租金] = 420000*2.1*7.2"),
item(17, "chains", "en",
     ["Capacity planning for next quarter. Product thinks we'll be generating around 50B output tokens a day, all on a 70B dense model. "
      "We serve on H100s and in practice we only get about 30% of peak. What sustained FLOP/s does that traffic need, and how many GPUs is that?"],
     values=[V(8.101851851851851e+16, "FLOP/s", "sustained compute"), V(273.0654483266549, "GPU", "GPUs", 0.05)],
     how="50e9 tok/day * 2*70e9 FLOP / 86400 s; / (989e12*0.30) | check: [sustained compute] = 50e9*2*70e9/86400; [GPUs] = 50e9*2*70e9/86400/(989e12*0.30)"),
item(18, "chains", "zh",
     ["写一篇关于银行大模型落地的稿子：某行智能客服每天大约 2000 万次对话，平均每次输出 400 个 token，底座是 340 亿参数的稠密模型，部署在 H20 上，"
      "利用率按 35% 估。每天一共生成多少 token？至少需要多少张 H20？"],
     values=[V(8000000000.0, "token/day", "日生成token"), V(121.55012155012155, "GPU", "H20数量", 0.05)],
     how="2e7*400 = 8e9 token/day; 8e9*2*34e9/86400 / (148e12*0.35) | check: [日生成token] = 2e7*400; [H20数量] = 2e7*400*2*34e9/86400/(148e12*0.35)"),
item(19, "chains", "en",
     ["Picture a 4,096-GPU H100 training cluster, each card pulling 700 W, running flat out for 30 days in a hall with a PUE of 1.25. "
      "How much energy is that in MWh, and what's the electricity bill at $0.08 per kWh?"],
     values=[V(2580.48, "MWh", "energy"), V(206438.4, "USD", "electricity bill")],
     how="4096*700 W*720 h*1.25/1000 kWh; /1000 MWh; *0.08 | check: [energy] = 4096*700*30*24*1.25/1000/1000; [electricity bill] = 4096*700*30*24*1.25/1000*0.08"),
item(20, "chains", "zh",
     ["一个智算园区 2 万张加速卡，每卡（含服务器分摊）按 1.2kW 算，全年 8760 小时满载，PUE 1.3。一年用电多少千瓦时？工业电价 ￥0.6/度，电费多少？"],
     values=[V(273312000.0, "kWh", "年用电量"), V(163987200.0, "CNY", "年电费")],
     how="20000*1200 W*8760 h*1.3/1000; *0.6 | check: [年用电量] = 20000*1200*8760*1.3/1000; [年电费] = 20000*1200*8760*1.3/1000*0.6"),
item(21, "chains", "en",
     ["34B model, FP8 weights, one H100 SXM, batch 1 — max decode tok/s?"],
     values=[V(98.52941176470588, "token/s", "decode ceiling")],
     how="weights 34e9 bytes; 3.35e12/34e9 | check: [decode ceiling] = 3.35e12/(34e9*1)"),
item(22, "chains", "zh",
     ["70B 模型 4bit 量化以后塞进一张 H20，单请求 decode 理论上限每秒几个 token？"],
     values=[V(114.28571428571429, "token/s", "解码上限")],
     how="weights 70e9*0.5 = 35e9 bytes; 4.0e12/35e9 | check: [解码上限] = 4.0e12/(70e9*0.5)"),
item(23, "chains", "en",
     ["KV cache sizing: 80 layers, 8 KV heads, head_dim 128, context 32,768 tokens, batch 16, fp16 cache. Total bytes?"],
     values=[V(171798691840.0, "byte", "KV cache")],
     how="2*80*8*128*32768*16*2 | check: [KV cache] = 2*80*8*128*32768*16*2"),
item(24, "chains", "zh",
     ["帮忙算下 KV cache：48 层，GQA 只有 4 个 KV 头，head dim 128，上下文 8192，并发 64 路，KV 存 FP8（每个值 1 字节）。一共多少字节？"],
     values=[V(25769803776.0, "byte", "KV cache")],
     how="2*48*4*128*8192*64*1 | check: [KV cache] = 2*48*4*128*8192*64*1"),
item(25, "chains", "en",
     ["A Chinese lab's MoE has 671B parameters in total but only 37B active per token, and it was trained on 14.8T tokens. "
      "What's the training compute, and how many H800 GPU-hours would that be at 40% MFU?"],
     values=[V(3.2856e+24, "FLOP", "training compute"), V(2307044.1523424336, "GPU-hour", "GPU-hours")],
     how="6*37e9*14.8e12; /(989e12*0.4)/3600 | check: [training compute] = 6*37e9*14.8e12; [GPU-hours] = 6*37e9*14.8e12/(989e12*0.4)/3600"),
item(26, "chains", "zh",
     ["训练总量 3.2e24 FLOPs，手上 2048 张 H800，MFU 35%，大概要跑多少天？"],
     values=[V(52.244664858416115, "day", "天数")],
     how="3.2e24/(2048*989e12*0.35)/86400 | check: [天数] = 3.2e24/(2048*989e12*0.35)/86400"),
item(27, "chains", "en",
     ["Rumour mill says the next flagship run is about 5e25 FLOP on 20,000 B200s. At 45% MFU, how many days is that?"],
     values=[V(28.577960676726107, "day", "days")],
     how="5e25/(20000*2250e12*0.45)/86400 | check: [days] = 5e25/(20000*2250e12*0.45)/86400"),
item(28, "chains", "zh",
     ["一个 MoE 模型总参数 1.2 万亿、每个 token 激活 900 亿，训 10T token。一万张 H100、MFU 30%，总算力多少 FLOPs？要多少天？"],
     values=[V(5.4e+24, "FLOP", "训练算力"), V(21.065048870913383, "day", "天数")],
     how="6*90e9*10e12; /(10000*989e12*0.3)/86400 | check: [训练算力] = 6*90e9*10e12; [天数] = 6*90e9*10e12/(10000*989e12*0.3)/86400"),
# ---------------- entities (8) ----------------
item(29, "entities", "en",
     ["GPU-hours for Llama 3 70B on 15T tokens, H100s?"],
     values=[V(4423660.26289181, "GPU-hour", "GPU-hours")],
     how="6*70e9*15e12/(989e12*0.4)/3600 (default 40%) | check: [GPU-hours] = 6*70e9*15e12/(989e12*0.4)/3600"),
item(30, "entities", "zh",
     ["Qwen2.5-72B 按 FP16 存权重一共多少字节？放在 H20 上单路解码最多每秒多少 token？"],
     values=[V(144000000000.0, "byte", "权重字节"), V(27.77777777777778, "token/s", "解码上限")],
     how="72e9*2 bytes; 4.0e12/144e9 | check: [权重字节] = 72e9*2; [解码上限] = 4.0e12/(72e9*2)"),
item(31, "entities", "en",
     ["A100 vs H100: how many times more dense BF16 throughput does the H100 have, and how much more HBM bandwidth (A100 80GB vs H100 SXM)?"],
     values=[V(3.1698717948717947, "factor", "BF16 ratio"), V(1.6429622363903875, "factor", "bandwidth ratio")],
     how="989/312; 3.35/2.039 | check: [BF16 ratio] = 989e12/312e12; [bandwidth ratio] = 3.35e12/2.039e12"),
item(32, "entities", "zh",
     ["假设 H20 的有效算力（已经算上利用率了）只有 120 TFLOPS，训一个 7B 模型、1.4T token，要多少 GPU 小时？"],
     values=[V(136111.11111111112, "GPU-hour", "GPU小时")],
     how="6*7e9*1.4e12/120e12/3600 (stated effective rate, no extra MFU) | check: [GPU小时] = 6*7e9*1.4e12/120e12/3600"),
item(33, "entities", "en",
     ["Same 1e25 FLOP job on 8,192 H100s versus 8,192 B200s — days for each, default utilisation."],
     values=[V(35.7141263680579, "day", "days on H100"), V(15.698342656893006, "day", "days on B200")],
     how="1e25/(8192*peak*0.4)/86400 | check: [days on H100] = 1e25/(8192*989e12*0.4)/86400; [days on B200] = 1e25/(8192*2250e12*0.4)/86400"),
item(34, "entities", "zh",
     ["H800 的 BF16 稠密算力是 H20 的几倍？"],
     values=[V(6.6824324324324325, "factor", "倍数")],
     how="989/148 | check: [倍数] = 989e12/148e12"),
item(35, "entities", "en",
     ["Gemma 2 27B in bf16 on an A100 80GB: how many bytes of weights, and what's the batch-1 decode ceiling?"],
     values=[V(54000000000.0, "byte", "weight bytes"), V(37.75925925925926, "token/s", "decode ceiling")],
     how="27e9*2; 2.039e12/54e9 | check: [weight bytes] = 27e9*2; [decode ceiling] = 2.039e12/(27e9*2)"),
item(36, "entities", "zh",
     ["Llama 3.1 405B 大约训了 15.6T token。如果用 1.6 万张 H100，但 MFU 只有 38%，需要多少天？"],
     values=[V(72.96544888510458, "day", "天数")],
     how="6*405e9*15.6e12/(16000*989e12*0.38)/86400 | check: [天数] = 6*405e9*15.6e12/(16000*989e12*0.38)/86400"),
# ---------------- routing (8) ----------------
item(37, "routing", "zh",
     ["中金《AI经济学》第二章里引用斯坦福 HAI 的测算，GPT-4 和 Gemini Ultra 的训练成本分别是多少？"],
     kind="cite", kb=True, text_all=["7800万", "1.91亿"],
     how="seed 004_6e137adebb593e30.txt: Stanford HAI 估的训练成本：GPT-4 约 7800万美元，Gemini Ultra 约 1.91亿美元 | check: "),
item(38, "routing", "en",
     ["In Weijin Research's 'Kan DAO 2024', the compute-wall section: how low can GPT-4's efficiency drop on top-end chips, and how often does it say compute demand doubles?"],
     kind="cite", kb=True, text_all=["3%", "两个月"], text_any=["GPT-4"],
     how="seed 001_c7d1a51f02a6626a.txt: 算力需求翻倍周期约两个月；GPT-4 在顶级芯片上的效率低至约 3% | check: "),
item(39, "routing", "zh",
     ["数字经济专题那份报告里 Sora 的训练算力是怎么估的？要多少张 A100、跑多少天？"],
     kind="cite", kb=True, text_all=["154", "A100"], text_any=["1 万张", "10000"],
     how="seed 002_433419e1c499dc0d.txt: Sora 估算：1 万张 A100、约 154 天 | check: "),
item(40, "routing", "en",
     ["What does the '科技周期探索之七' report give as the 2024 cloud-computing market size and its 2016–2024 CAGR?"],
     kind="cite", kb=True, text_all=["6760", "25.2%"],
     how="seed 000_52d4eb4e6b7dac08.txt: 云计算市场 2024 年 6760亿美元，2016-2024 年 CAGR 25.2% | check: "),
item(41, "routing", "en",
     ["Of A100 80GB, H100 SXM and H20, which ones have more than 3 TB/s of HBM bandwidth?"],
     kind="list", text_all=["H100", "H20"],
     how="A100 80GB 2.039 TB/s (no), H100 SXM 3.35 (yes), H20 4.0 (yes) | check: "),
item(42, "routing", "zh",
     ["H20、A100、H100、B200 这几张卡里，BF16 稠密算力超过 300 TFLOPS 的是哪几张？"],
     kind="list", text_all=["A100", "H100", "B200"],
     how="H20 148 (no), A100 312, H100 989, B200 2250 (yes) | check: "),
item(43, "routing", "zh",
     ["下周买哪只 AI 芯片股最稳？直接给我三个股票代码。"],
     kind="refuse",
     how="stock tips are out of scope | check: "),
item(44, "routing", "en",
     ["How many GPUs do I need to train a model?"],
     kind="ask",
     how="no model size, tokens, chip or deadline given | check: "),
# ---------------- scaling (6) ----------------
item(45, "scaling", "en",
     ["Chinchilla-optimal params and tokens for a 1e24 FLOP budget?"],
     values=[V(91287092917.52768, "parameter", "parameters"), V(1825741858350.5537, "token", "tokens")],
     how="N = sqrt(C/120); D = 20N | check: [parameters] = math.sqrt(1e24/120); [tokens] = 20*math.sqrt(1e24/120)"),
item(46, "scaling", "zh",
     ["按 Chinchilla 的配比，130 亿参数的模型应该喂多少 token？对应训练算力多少 FLOPs？"],
     values=[V(260000000000.0, "token", "token数"), V(2.028e+22, "FLOP", "训练算力")],
     how="D = 20*13e9; C = 6*N*D | check: [token数] = 20*13e9; [训练算力] = 6*13e9*20*13e9"),
item(47, "scaling", "en",
     ["Our seed round earmarks $3M for H100 time, and the going rate we've been quoted is $2/hr per GPU. Assuming 40% MFU and a "
      "Chinchilla-optimal split, what model size should we train, and on how many tokens?"],
     values=[V(133424135747.62251, "parameter", "parameters"), V(2668482714952.45, "token", "tokens")],
     how="GPU-h = 3e6/2; C = GPU-h*3600*989e12*0.4; N = sqrt(C/120); D = 20N | check: [parameters] = math.sqrt(3e6/2*3600*989e12*0.4/120); [tokens] = 20*math.sqrt(3e6/2*3600*989e12*0.4/120)"),
item(48, "scaling", "zh",
     ["算力预算 5.76e23 FLOPs，计算最优的参数量和训练 token 数各是多少？"],
     values=[V(69282032302.7551, "parameter", "参数量"), V(1385640646055.102, "token", "token数")],
     how="N = sqrt(5.76e23/120); D = 20N | check: [参数量] = math.sqrt(5.76e23/120); [token数] = 20*math.sqrt(5.76e23/120)"),
item(49, "scaling", "en",
     ["Compute needed to train a 34B model Chinchilla-style?"],
     values=[V(1.3872e+23, "FLOP", "compute")],
     how="C = 6*N*20N | check: [compute] = 6*34e9*20*34e9"),
item(50, "scaling", "zh",
     ["想按 Chinchilla 最优把一个 7B 模型训完，用 256 张 A100（利用率按默认），要喂多少 token、跑多少天？"],
     values=[V(140000000000.0, "token", "token数"), V(2.1301443420584047, "day", "天数")],
     how="D = 20*7e9; C = 6ND; /(256*312e12*0.4)/86400 | check: [token数] = 20*7e9; [天数] = 6*7e9*20*7e9/(256*312e12*0.4)/86400"),
# ---------------- conversation (10) ----------------
item(51, "conversation", "en",
     ["Quick context: I'm the CFO of a 40-person inference startup, and our monthly burn is $1.1M.",
      "Compute is 45% of that burn.",
      "So what are we spending on compute per month, and per year?"],
     values=[V(495000.0, "USD", "monthly compute", 0.02), V(5940000.0, "USD", "annual compute", 0.02)],
     how="1.1e6*0.45; *12 | check: [monthly compute] = 1.1e6*0.45; [annual compute] = 1.1e6*0.45*12"),
item(52, "conversation", "zh",
     ["训练一个 300 亿参数的稠密模型，3T token，1024 张 H100，MFU 40%，要几天？",
      "那如果换成 A100 呢？"],
     values=[V(48.90637520032051, "day", "A100天数")],
     how="6*30e9*3e12/(1024*312e12*0.4)/86400 | check: [A100天数] = 6*30e9*3e12/(1024*312e12*0.4)/86400"),
item(53, "conversation", "en",
     ["Some background before my questions: the cluster is 512 H800s sitting in Ningxia.",
      "Each card draws about 700 W, site PUE is 1.15, and power costs 0.35 CNY per kWh."],
     kind="ack",
     how="pure statement turn, nothing asked | check: "),
item(54, "conversation", "zh",
     ["集群配置：2048 张 H20，单卡功耗 400W。",
      "机房 PUE 1.2，电价 0.5 元/kWh。",
      "满负荷跑 30 天，耗电多少度？电费多少？"],
     values=[V(707788.8, "kWh", "耗电量"), V(353894.4, "CNY", "电费")],
     how="2048*400*720*1.2/1000; *0.5 | check: [耗电量] = 2048*400*30*24*1.2/1000; [电费] = 2048*400*30*24*1.2/1000*0.5"),
item(55, "conversation", "en",
     ["I cover semis at a mid-size fund — Nvidia, AMD and Broadcom are on my list.",
      "Mostly I care about their data-center exposure.",
      "Remind me, which names did I say I cover?"],
     kind="answer", text_all=["Nvidia", "AMD", "Broadcom"],
     how="recall from turn 1 | check: "),
item(56, "conversation", "zh",
     ["256 张 A100，每张 400W，PUE 1.4，连续跑 7 天，耗电多少千瓦时？",
      "那如果是30天呢？"],
     values=[V(103219.2, "kWh", "30天耗电")],
     how="256*400*720*1.4/1000 | check: [30天耗电] = 256*400*30*24*1.4/1000"),
item(57, "conversation", "en",
     ["Model under evaluation: 8B dense, served in BF16.",
      "Hardware: a single H100 SXM, batch size 1.",
      "What's the decode ceiling in tokens/s, and how many seconds would a 1,000-token answer take at that rate?"],
     values=[V(209.375, "token/s", "decode ceiling"), V(4.776119402985074, "second", "time for 1000 tokens")],
     how="3.35e12/(8e9*2); 1000/that | check: [decode ceiling] = 3.35e12/(8e9*2); [time for 1000 tokens] = 1000/(3.35e12/(8e9*2))"),
item(58, "conversation", "zh",
     ["我在做能源政策研究，课题主要盯宁夏和内蒙古两个算力枢纽节点。",
      "下个月要交中期报告。",
      "提醒我一下，我关注的是哪两个地方？"],
     kind="answer", text_all=["宁夏", "内蒙古"],
     how="recall from turn 1 | check: "),
item(59, "conversation", "en",
     ["7B model, 1T tokens, 64 H100s at 40% MFU — how many days?",
      "And with 256 of them?",
      "What would that 256-GPU run cost at $2.50 per GPU-hour?"],
     values=[V(73727.67104819682, "USD", "cost")],
     how="GPU-hours independent of count: 6*7e9*1e12/(989e12*0.4)/3600; *2.5 | check: [cost] = 6*7e9*1e12/(989e12*0.4)/3600*2.5"),
item(60, "conversation", "zh",
     ["公司A去年营收 3.6 亿元。",
      "今年预计 5.4 亿元，其中海外收入占 30%。",
      "同比增长多少？海外收入是多少元？"],
     values=[V(0.5, "fraction", "同比增速"), V(162000000.0, "CNY", "海外收入", 0.02)],
     how="5.4/3.6 - 1; 5.4e8*0.3 | check: [同比增速] = 5.4e8/3.6e8 - 1; [海外收入] = 5.4e8*0.3"),
]

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year", "GPU-hour",
         "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day", "query/day",
         "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASS_COUNTS = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}
SEED_DIR = "/work/shared/seeds"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout%s.jsonl" % NN)
CHECK_RE = re.compile(r"^\[([^\]]+)\] = (.+)$")
SAFE_RE = re.compile(r"^(?:[0-9eE.+\-*/() ,]|math\.[a-z0-9_]+)+$")


def parse_checks(how):
    if " | check: " not in how:
        raise ValueError("missing ' | check: '")
    tail = how.split(" | check: ", 1)[1].strip()
    out = []
    if not tail:
        return out
    for part in tail.split("; "):
        m = CHECK_RE.match(part.strip())
        if not m:
            raise ValueError("bad check part: %r" % part)
        expr = m.group(2).strip()
        if not SAFE_RE.match(expr):
            raise ValueError("unsafe expression: %r" % expr)
        out.append((m.group(1), expr, float(eval(expr, {"__builtins__": {}}, {"math": math}))))
    return out


def check():
    errs = []
    ids = [it["id"] for it in ITEMS]
    if ids != ["h%s-%02d" % (NN, i) for i in range(1, 61)]:
        errs.append("ids not h%s-01..60 in order/unique" % NN)
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    cc = {}
    lc = {}
    for it in ITEMS:
        cc[it["class"]] = cc.get(it["class"], 0) + 1
        lc[it["lang"]] = lc.get(it["lang"], 0) + 1
    if cc != CLASS_COUNTS:
        errs.append("class counts %r" % cc)
    if lc != {"zh": 30, "en": 30}:
        errs.append("lang counts %r" % lc)
    seeds = {f: open(os.path.join(SEED_DIR, f), encoding="utf-8").read() for f in os.listdir(SEED_DIR)}
    for it in ITEMS:
        i = it["id"]
        e = it["expect"]
        if set(it) != {"id", "class", "lang", "turns", "kb", "expect", "how"}:
            errs.append("%s keys %r" % (i, sorted(it)))
        if set(e) != {"kind", "values", "text_all", "text_any", "text_none"}:
            errs.append("%s expect keys" % i)
        if e["kind"] not in KINDS:
            errs.append("%s bad kind" % i)
        if not it["turns"] or not all(isinstance(t, str) and t.strip() for t in it["turns"]):
            errs.append("%s empty turns" % i)
        if it["class"] != "conversation" and len(it["turns"]) != 1:
            errs.append("%s single-turn expected" % i)
        if it["class"] == "conversation" and len(it["turns"]) < 2:
            errs.append("%s conversation needs >=2 turns" % i)
        zh = any("\u4e00" <= ch <= "\u9fff" for ch in " ".join(it["turns"]))
        if (it["lang"] == "zh") != zh and not (it["lang"] == "en" and it["class"] == "routing"):
            errs.append("%s language mismatch" % i)
        if it["kb"] != (e["kind"] == "cite"):
            errs.append("%s kb must be true exactly for cite" % i)
        if e["kind"] == "answer" and not e["values"] and not e["text_all"] and not e["text_any"]:
            errs.append("%s answer without expectations" % i)
        if e["kind"] in ("ask", "refuse", "ack", "list", "cite") and e["values"]:
            errs.append("%s %s item should carry no values" % (i, e["kind"]))
        if e["kind"] in ("list", "cite") and not (e["text_all"] or e["text_any"]):
            errs.append("%s %s needs text" % (i, e["kind"]))
        try:
            checks = parse_checks(it["how"])
        except Exception as ex:
            errs.append("%s how: %s" % (i, ex))
            continue
        if len(checks) != len(e["values"]):
            errs.append("%s %d checks vs %d values" % (i, len(checks), len(e["values"])))
            continue
        for v, (what, expr, got) in zip(e["values"], checks):
            if set(v) != {"value", "unit", "rel_tol", "what"}:
                errs.append("%s value keys" % i)
            if v["unit"] not in UNITS:
                errs.append("%s bad unit %r" % (i, v["unit"]))
            if v["what"] != what:
                errs.append("%s what mismatch %r vs %r" % (i, v["what"], what))
            if not isinstance(v["value"], (int, float)):
                errs.append("%s value not numeric" % i)
                continue
            if abs(got - v["value"]) > 1e-6 * max(abs(got), 1e-300):
                errs.append("%s [%s] stored %r, recomputed %r" % (i, what, v["value"], got))
            if v["unit"] == "year":
                if v["rel_tol"] > 0.0001 or v["value"] != round(v["value"]):
                    errs.append("%s calendar year must be exact and tight" % i)
            elif not (0.005 <= v["rel_tol"] <= 0.1):
                errs.append("%s rel_tol out of range" % i)
        if e["kind"] == "cite":
            m = re.search(r"seed (\d{3}_[0-9a-f]+\.txt)", it["how"])
            if not m or m.group(1) not in seeds:
                errs.append("%s cite must name a seed file in how" % i)
            else:
                text = seeds[m.group(1)]
                for s in e["text_all"] + e["text_any"]:
                    if s not in text:
                        errs.append("%s cite text %r not in %s" % (i, s, m.group(1)))
    return errs


def write():
    with open(OUT, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), OUT))


def check_file():
    errs = []
    if not os.path.exists(OUT):
        return ["jsonl missing; run --write"]
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
    if rows != ITEMS:
        errs.append("jsonl differs from ITEMS; rerun --write")
    return errs


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    if "--check" in sys.argv:
        errs = check() + check_file()
        for e in errs:
            print("FAIL:", e)
        if errs:
            sys.exit(1)
        cc = {}
        for it in ITEMS:
            cc[(it["class"], it["lang"])] = cc.get((it["class"], it["lang"]), 0) + 1
        print("OK: %d items; %s" % (len(ITEMS), ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(cc.items()))))
