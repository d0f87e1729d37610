#!/usr/bin/env python3
"""Held-out set h18: items as data; expected values recomputed from the '| check:' formulas."""
import json, math, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout18.jsonl")
UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year",
         "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}

# (class, lang, turns, kind, kb, checks[(what, unit, expr, rel_tol)], text_all, text_any, derivation)
ITEMS = [
# ---------------- own_numbers ----------------
("own_numbers", "en", ["Sovereign-AI briefing note: national AI compute capacity went from 1.8 EFLOPS at end-2021 to 14 EFLOPS at end-2025. By what factor did it grow over that period, and what's the implied compound annual growth rate?"],
 "answer", False, [("growth factor", "factor", "14/1.8", 0.03), ("CAGR", "fraction", "(14/1.8)**(1/(2025-2021))-1", 0.03)], [], [],
 "factor = end/start; CAGR over 4 years"),
("own_numbers", "zh", ["写给厅里的材料要用：我省智能算力规模2022年底是3.2 EFLOPS，到2025年底达到25 EFLOPS，这三年的年均复合增长率是多少？"],
 "answer", False, [("CAGR", "fraction", "(25/3.2)**(1/(2025-2022))-1", 0.03)], [], [],
 "CAGR = (25/3.2)^(1/3)-1"),
("own_numbers", "en", ["Quick one for the equity note — data-centre segment revenue came in at $115.2bn against group revenue of $130.5bn for the fiscal year. What share of the total is data centre?"],
 "answer", False, [("data-centre share", "fraction", "115.2/130.5", 0.03)], [], [],
 "share = part/total"),
("own_numbers", "zh", ["假设硬件单位算力成本每年下降30%，算法进步又让同等效果所需算力每年再减少40%，两者叠加后，每年综合成本下降多少？三年之后同一训练任务的成本只剩原来的几分之几？"],
 "answer", False, [("combined annual decline", "fraction", "1-(1-0.30)*(1-0.40)", 0.03), ("remaining cost after 3 years", "fraction", "((1-0.30)*(1-0.40))**3", 0.03)], [], [],
 "combined factor per year = 0.7*0.6; cube for 3 years"),
("own_numbers", "en", ["Our REIT coverage universe has 2.4 GW of contracted critical IT load in 2025, and leasing is compounding at thirty-five percent a year. In which year does contracted load first exceed 10 GW?"],
 "answer", False, [("year 10 GW is passed", "year", "2025+math.ceil(math.log(10/2.4)/math.log(1.35))", 0.0001)], [], [],
 "n = ceil(ln(10/2.4)/ln 1.35) years after 2025"),
("own_numbers", "zh", ["前沿模型的训练算力大约每年增长4.1倍，照这个速度，训练算力翻一番需要多长时间（以年计）？"],
 "answer", False, [("doubling time", "years", "math.log(2)/math.log(4.1)", 0.03)], [], [],
 "t2 = ln2/ln4.1"),
("own_numbers", "en", ["The provincial partner quoted the cluster capex as RMB 12.6 billion. At 7.18 yuan to the dollar, what is that in USD?"],
 "answer", False, [("capex in USD", "USD", "12.6e9/7.18", 0.03)], [], [],
 "USD = CNY / 7.18"),
("own_numbers", "zh", ["国产AI加速卡在国内市场的份额从2023年的17%提高到2025年的35%，请问提高了多少个百分点？相对增幅又是多少？"],
 "answer", False, [("percentage-point change", "fraction", "0.35-0.17", 0.03), ("relative change", "fraction", "0.35/0.17-1", 0.03)], [], [],
 "pp = 35%-17%; relative = 35/17-1"),
("own_numbers", "en", ["If H100 rental rates keep sliding by 18 per cent a year, what would today's $2.85 per GPU-hour look like four years out?"],
 "answer", False, [("price in 4 years", "USD", "2.85*(1-0.18)**4", 0.03)], [], [],
 "2.85*0.82^4"),
("own_numbers", "zh", ["2024年中国AI服务器市场规模约1,560亿元，如果按每年25%增长，到2028年大概多少元？"],
 "answer", False, [("2028 market size", "CNY", "1560e8*1.25**(2028-2024)", 0.03)], [], [],
 "1560亿 × 1.25^4"),
("own_numbers", "en", ["Per-million-token API prices for a fixed capability level have been falling roughly 10x every 18 months. What annual rate of decline does that imply, and what's the halving time in years?"],
 "answer", False, [("annual decline", "fraction", "1-0.1**(1/1.5)", 0.03), ("halving time", "years", "1.5*math.log(2)/math.log(10)", 0.03)], [], [],
 "annual factor = 0.1^(1/1.5); halving = 1.5*ln2/ln10"),
("own_numbers", "zh", ["全省在建智算中心合计12万卡，其中国产卡4.2万卡，国产卡占比是多少？"],
 "answer", False, [("domestic share", "fraction", "4.2/12", 0.03)], [], [],
 "4.2万/12万"),
("own_numbers", "en", ["For the ministry: a €1.1bn sovereign compute fund, converted at 1.08 dollars per euro. How much is that in dollars, and how many accelerators does it buy at $30,000 apiece?"],
 "answer", False, [("fund in USD", "USD", "1.1e9*1.08", 0.03), ("GPUs purchasable", "GPU", "1.1e9*1.08/30000", 0.03)], [], [],
 "USD = EUR*1.08; GPUs = USD/30000"),
("own_numbers", "zh", ["规划要求2027年全省算力达到50 EFLOPS，2024年现状是18 EFLOPS，需要多高的年均增速才能完成目标？"],
 "answer", False, [("required CAGR", "fraction", "(50/18)**(1/(2027-2024))-1", 0.03)], [], [],
 "(50/18)^(1/3)-1"),
# ---------------- chains ----------------
("chains", "en", ["Planning our next pretrain: 34B dense parameters, 4.5 trillion tokens, 2,048 H100 SXM at 42% MFU. How many GPU-hours and days will it take, and what's the bill at $2.20 per GPU-hour?"],
 "answer", False, [("GPU-hours", "GPU-hour", "6*34e9*4.5e12/(989.4e12*0.42)/3600", 0.05),
                   ("wall-clock days", "day", "6*34e9*4.5e12/(2048*989.4e12*0.42)/86400", 0.05),
                   ("rental cost", "USD", "6*34e9*4.5e12/(989.4e12*0.42)/3600*2.20", 0.05)], [], [],
 "C=6ND; GPU-h = C/(peak*MFU)/3600; days = GPU-h/2048/24; cost = GPU-h*2.2"),
("chains", "zh", ["训练一个700亿参数的稠密模型，数据量15万亿token，在4096张H800上跑，MFU按38%算，需要多少天？"],
 "answer", False, [("training days", "day", "6*70e9*15e12/(4096*989e12*0.38)/86400", 0.05)], [], [],
 "C=6ND; days = C/(4096*989T*0.38)/86400"),
("chains", "en", ["The lab's compute allocation for this run is 5,000 PFLOP/s-days. How many FLOP is that in total, and how many A100 GPU-hours would it take to deliver at 40% utilisation?"],
 "answer", False, [("total compute", "FLOP", "5000*1e15*86400", 0.03), ("A100 GPU-hours", "GPU-hour", "5000*1e15*86400/(312e12*0.4)/3600", 0.05)], [], [],
 "1 PFLOP/s-day = 1e15*86400 FLOP; GPU-h = C/(312T*0.4)/3600"),
("chains", "zh", ["一个万卡H100集群，每卡功耗700W，PUE 1.25，满负荷运行一整年（8760小时），总耗电多少GWh？按0.45元/千瓦时算电费多少元？"],
 "answer", False, [("annual energy", "MWh", "10000*700*8760*1.25/1e6", 0.03), ("electricity cost", "CNY", "10000*700*8760*1.25/1e3*0.45", 0.03)], [], [],
 "energy = GPUs×W×h×PUE; cost = kWh×0.45"),
("chains", "en", ["A hyperscaler tenant is putting 16,384 B200s into one of our halls. Take 1,000 W per GPU and a PUE of 1.3, running 24/7 for a year. What's the annual energy in MWh, and the power bill at 7 cents per kWh?"],
 "answer", False, [("annual energy", "MWh", "16384*1000*8760*1.3/1e6", 0.03), ("power bill", "USD", "16384*1000*8760*1.3/1e3*0.07", 0.03)], [], [],
 "energy = GPUs×W×8760h×PUE"),
("chains", "zh", ["我们每天要处理1万亿个token，模型是720亿参数的稠密模型，用H20（BF16 148 TFLOPS）推理，算力利用率按30%，需要多少张卡？"],
 "answer", False, [("H20 cards", "GPU", "2*72e9*1e12/(148e12*0.3*86400)", 0.05)], [], [],
 "FLOP/day = 2N×tokens; GPUs = FLOP/day/(peak×0.3×86400)"),
("chains", "en", ["Single-stream decode: a 70B model quantised to FP8 (one byte per weight) on one H200 with 4.8 TB/s of HBM bandwidth. If it's purely bandwidth-bound, what's the ceiling on tokens per second?"],
 "answer", False, [("decode ceiling", "token/s", "4.8e12/(70e9*1)", 0.03)], [], [],
 "tokens/s = bandwidth / bytes of weights per token"),
("chains", "zh", ["模型结构：80层，8个KV头，每头维度128；上下文32768，batch 16，KV按FP16（2字节）存，KV cache一共占多少字节？"],
 "answer", False, [("KV cache size", "byte", "2*80*8*128*32768*16*2", 0.03)], [], [],
 "2×layers×kv_heads×head_dim×seq×batch×bytes"),
("chains", "en", ["MoE sanity check: 671B total parameters, 37B active per token, trained on 14.8T tokens. What's the training compute, and how many days would that be on 2,048 H800s at 40% MFU?"],
 "answer", False, [("training compute", "FLOP", "6*37e9*14.8e12", 0.03), ("days", "day", "6*37e9*14.8e12/(2048*989e12*0.4)/86400", 0.05)], [], [],
 "C = 6×N_active×D"),
("chains", "zh", ["一个1000亿参数的稠密模型，每天5000万次请求，每次平均输出800个token。每天生成多少token？用A100、利用率35%的话需要多少张？"],
 "answer", False, [("tokens per day", "token/day", "5e7*800", 0.03), ("A100 cards", "GPU", "2*100e9*5e7*800/(312e12*0.35*86400)", 0.05)], [], [],
 "tokens/day = requests×800; GPUs = 2N×tokens/(312T×0.35×86400)"),
("chains", "en", ["Post-mortem on last quarter's run: it burned 1.2 million H100 GPU-hours. At 700 W per GPU and a facility PUE of 1.2, how many MWh was that, and what did the electricity cost at $0.09/kWh?"],
 "answer", False, [("energy", "MWh", "1.2e6*700*1.2/1e6", 0.03), ("electricity cost", "USD", "1.2e6*700*1.2/1e3*0.09", 0.03)], [], [],
 "energy = GPU-h × W × PUE"),
("chains", "zh", ["用万卡昇腾910B集群（FP16 376 TFLOPS），MFU 35%，训练千亿参数模型、2万亿token，要多少天？"],
 "answer", False, [("training days", "day", "6*1e11*2e12/(10000*376e12*0.35)/86400", 0.05)], [], [],
 "C=6ND; days = C/(1e4×376T×0.35)/86400"),
("chains", "en", ["We're renting 512 MI300X at $2.10 per GPU-hour for three weeks. Total rental cost? And at 35% utilisation of the 1,307 TFLOPS BF16 peak, how much compute do we actually get?"],
 "answer", False, [("rental cost", "USD", "512*2.10*21*24", 0.03), ("delivered compute", "FLOP", "512*1307.4e12*0.35*21*86400", 0.03)], [], [],
 "cost = GPUs×$/h×hours; FLOP = GPUs×peak×util×seconds"),
("chains", "zh", ["用H800训练一个300亿参数的模型，大概要几天？"],
 "ask", False, [], [], [],
 "missing token count and cluster size: must ask"),
# ---------------- entities ----------------
("entities", "en", ["Export-control desk question: how many H20s would you need to match the dense BF16 compute of 100 H100 SXMs?"],
 "answer", False, [("H20 count", "GPU", "100*989.4/148", 0.03)], [], [],
 "100×989.4/148"),
("entities", "zh", ["Llama 3 70B 据称用了15万亿token训练，总训练算力大约多少FLOP？"],
 "answer", False, [("training compute", "FLOP", "6*70e9*15e12", 0.03)], [], [],
 "N=70B from name; C=6ND"),
("entities", "en", ["Our H20 allocation benchmarks at 170 TFLOPS BF16 in practice, not the datasheet figure. Using 170, how many H20s equal 1,000 A100s in compute?"],
 "answer", False, [("H20 count", "GPU", "1000*312/170", 0.03)], [], [],
 "stated spec overrides: 1000×312/170"),
("entities", "zh", ["Qwen2.5-72B 的权重如果用BF16存，光权重要占多少字节显存？"],
 "answer", False, [("weight memory", "byte", "72e9*2", 0.03)], [], [],
 "72B params × 2 bytes"),
("entities", "en", ["Roughly how many times the dense BF16 throughput of an H100 SXM does a B200 offer?"],
 "answer", False, [("B200/H100 ratio", "factor", "2250/989.4", 0.03)], [], [],
 "2250/989.4"),
("entities", "zh", ["我们实测910B只有300 TFLOPS（不是标称值），按这个数，多少张910B才能顶上1万张H800的算力？"],
 "answer", False, [("910B count", "GPU", "10000*989/300", 0.03)], [], [],
 "stated 300T overrides; 1e4×989/300"),
("entities", "en", ["Llama 3.1 405B served in FP8 — how many bytes do the weights occupy, and what's the minimum number of 80 GB H100s just to hold them?"],
 "answer", False, [("weight memory", "byte", "405e9*1", 0.03), ("minimum H100s", "GPU", "math.ceil(405e9/80e9)", 0.03)], [], [],
 "405B×1 byte; ceil(405/80)"),
("entities", "zh", ["MI300X 的显存容量是 H100 的多少倍？"],
 "answer", False, [("memory ratio", "factor", "192/80", 0.03)], [], [],
 "192 GB / 80 GB"),
# ---------------- routing ----------------
("routing", "zh", ["《看DAO2024》那份报告列了美国对华禁运的AI芯片，里面H20的TPP算力是多少？"],
 "cite", True, [], [], ["2368"],
 "seed 001 table of embargoed chips: H20 SXM TPP 2368"),
("routing", "en", ["In the CICC 'AI economics' chapter on China's AI challenges, what did they estimate a single GPT-4 training run costs if the compute is rented in the cloud?"],
 "cite", True, [], [], ["1,500", "1500", "5,000", "5000"],
 "seed 004: GPT-4 single-run rental cost 1,500-5,000万美元"),
("routing", "zh", ["数字经济专题报告里测算ChatGPT推理要多少个T4 GPU，对应多少台服务器？"],
 "cite", True, [], [], ["182", "22.75"],
 "seed 002: 182万个T4, 22.75万台 8*T4 服务器"),
("routing", "en", ["Which accelerators in your catalog fall under export control classification 3A090?"],
 "list", False, [], [], ["H100", "A100", "H800"],
 "catalog listing by export class"),
("routing", "zh", ["把你目录里华为昇腾系列的芯片都列出来。"],
 "list", False, [], [], ["910B", "910"],
 "catalog listing by vendor/family"),
("routing", "en", ["What wine would you pair with Peking duck for a client dinner?"],
 "refuse", False, [], [], [],
 "out of scope"),
("routing", "zh", ["明天杭州会下雨吗？要不要带伞？"],
 "refuse", False, [], [], [],
 "out of scope"),
("routing", "en", ["How many GPUs do I need to serve my chatbot?"],
 "ask", False, [], [], [],
 "too vague: model size, traffic, chip unknown"),
# ---------------- scaling ----------------
("scaling", "en", ["What are the Chinchilla compute-optimal parameter count and token count for a 1e24 FLOP budget?"],
 "answer", False, [("parameters", "parameter", "math.sqrt(1e24/120)", 0.03), ("tokens", "token", "20*math.sqrt(1e24/120)", 0.03)], [], [],
 "N=sqrt(C/120); D=20N"),
("scaling", "zh", ["算力预算是5×10^23 FLOP，按Chinchilla最优配比，参数量和训练token数分别应该是多少？"],
 "answer", False, [("parameters", "parameter", "math.sqrt(5e23/120)", 0.03), ("tokens", "token", "20*math.sqrt(5e23/120)", 0.03)], [], [],
 "N=sqrt(C/120); D=20N"),
("scaling", "en", ["With a budget of 10,000 PFLOP/s-days, how big should a compute-optimal (Chinchilla) model be, and how many tokens should it see?"],
 "answer", False, [("parameters", "parameter", "math.sqrt(1e4*1e15*86400/120)", 0.03), ("tokens", "token", "20*math.sqrt(1e4*1e15*86400/120)", 0.03)], [], [],
 "C = 1e4×1e15×86400; N=sqrt(C/120)"),
("scaling", "zh", ["手里有2,048张H100，能跑30天，MFU按40%，按Chinchilla法则这点算力最适合训练多大的模型？"],
 "answer", False, [("parameters", "parameter", "math.sqrt(2048*989.4e12*0.4*30*86400/120)", 0.05)], [], [],
 "C = GPUs×peak×MFU×seconds; N=sqrt(C/120)"),
("scaling", "en", ["If we want a 13B model trained compute-optimally, how many tokens should we feed it and what's the total training FLOP?"],
 "answer", False, [("tokens", "token", "20*13e9", 0.03), ("training compute", "FLOP", "6*13e9*20*13e9", 0.03)], [], [],
 "D=20N; C=6ND"),
("scaling", "zh", ["3e25 FLOP的预算，Chinchilla最优的参数量大概多少亿？训练token多少？"],
 "answer", False, [("parameters", "parameter", "math.sqrt(3e25/120)", 0.03), ("tokens", "token", "20*math.sqrt(3e25/120)", 0.03)], [], [],
 "N=sqrt(C/120); D=20N"),
# ---------------- conversation ----------------
("conversation", "en", ["Hi — I'm Priya Nair, I run infrastructure at a mid-size lab and I mostly care about H100 cluster costs.",
                        "Remind me, what's my name and what do I look after?"],
 "answer", False, [], ["Priya Nair"], [],
 "recall name from turn 1"),
("conversation", "zh", ["我是国信证券的刘洋，主要跟踪HBM和先进封装。",
                        "提醒我一下，我主要跟踪什么方向？"],
 "answer", False, [], ["HBM"], [],
 "recall coverage from turn 1"),
("conversation", "en", ["How many days to train a 13B model on 2 trillion tokens using 512 A100s at 45% MFU?",
                        "And on H100s instead?"],
 "answer", False, [("days", "day", "6*13e9*2e12/(512*989.4e12*0.45)/86400", 0.05)], [], [],
 "same job, H100 peak"),
("conversation", "zh", ["1000张H100，每张700瓦，PUE 1.3，连续运行30天耗电多少千瓦时？",
                        "如果改成跑60天呢？"],
 "answer", False, [("energy", "kWh", "1000*700*60*24*1.3/1000", 0.03)], [], [],
 "follow-up with 60 days"),
("conversation", "en", ["Quick intro before my questions: I'm Tomás Ruiz, I cover data-centre REITs at a bank in Madrid."],
 "ack", False, [], [], [],
 "statement turn"),
("conversation", "zh", ["我叫陈思远，在省算力调度中心工作，负责万卡集群的规划。"],
 "ack", False, [], [], [],
 "statement turn"),
("conversation", "en", ["What's the CAGR of the cloud market going from $41bn in 2010 to $676bn in 2024?",
                        "What about from $112bn in 2016 to that same 2024 number?"],
 "answer", False, [("CAGR", "fraction", "(676/112)**(1/(2024-2016))-1", 0.03)], [], [],
 "follow-up reuses 2024 end value"),
("conversation", "zh", ["我叫王蕾，在一家数据中心REIT做研究。",
                        "帮我算一下：2万张H20，每张按400W，PUE 1.2，一年（8760小时）耗电多少兆瓦时？",
                        "我刚才说我在哪类机构工作？"],
 "answer", False, [], ["REIT"], [],
 "recall from turn 1 after an intervening calculation"),
("conversation", "en", ["Training compute for a 7B model on 2 trillion tokens?",
                        "Now make it 8 trillion tokens."],
 "answer", False, [("training compute", "FLOP", "6*7e9*8e12", 0.03)], [], [],
 "follow-up changes D"),
("conversation", "zh", ["按Chinchilla最优，1e24 FLOP对应多少参数？",
                        "预算翻10倍呢？"],
 "answer", False, [("parameters", "parameter", "math.sqrt(1e25/120)", 0.03)], [], [],
 "follow-up: C=1e25"),
]

CHECK_RE = re.compile(r"\[([^\]]+)\]\s*=\s*(.+?)(?=;\s*\[|$)")

def ev(expr):
    return float(eval(expr, {"__builtins__": {}, "math": math}))

def build():
    rows = []
    for i, (cls, lang, turns, kind, kb, checks, t_all, t_any, deriv) in enumerate(ITEMS, 1):
        how = deriv
        if checks:
            how += " | check: " + "; ".join(f"[{w}] = {e}" for w, u, e, t in checks)
        rows.append({"id": f"h18-{i:02d}", "class": cls, "lang": lang, "turns": turns, "kb": kb,
                     "expect": {"kind": kind,
                                "values": [{"value": ev(e), "unit": u, "rel_tol": t, "what": w} for w, u, e, t in checks],
                                "text_all": t_all, "text_any": t_any, "text_none": []},
                     "how": how})
    return rows

def check(path):
    ok = True
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    ids = set()
    for r in rows:
        if r["id"] in ids: print("dup id", r["id"]); ok = False
        ids.add(r["id"])
        vals = r["expect"]["values"]
        formulas = {}
        if "| check:" in r["how"]:
            for w, e in CHECK_RE.findall(r["how"].split("| check:", 1)[1].strip()):
                formulas[w.strip()] = e.strip()
        if len(formulas) != len(vals):
            print(r["id"], "formula/value count mismatch"); ok = False
        for v in vals:
            if v["unit"] not in UNITS: print(r["id"], "bad unit", v["unit"]); ok = False
            f = formulas.get(v["what"])
            if f is None: print(r["id"], "no formula for", v["what"]); ok = False; continue
            x = ev(f)
            if not math.isclose(x, v["value"], rel_tol=1e-9):
                print(r["id"], v["what"], "mismatch", x, v["value"]); ok = False
        if r["expect"]["kind"] not in {"answer", "list", "cite", "ask", "refuse", "ack"}:
            print(r["id"], "bad kind"); ok = False
        if r["expect"]["kind"] == "answer" and not vals and not r["expect"]["text_all"]:
            print(r["id"], "answer without values or text"); ok = False
    from collections import Counter
    c = Counter((r["class"], r["lang"]) for r in rows)
    print("items:", len(rows), dict(sorted(c.items())), "langs:", dict(Counter(r["lang"] for r in rows)))
    print("CHECK OK" if ok else "CHECK FAILED")
    return ok

if __name__ == "__main__":
    if "--write" in sys.argv:
        with open(OUT, "w", encoding="utf-8") as f:
            for r in build():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", OUT)
    if "--check" in sys.argv:
        sys.exit(0 if check(OUT) else 1)
