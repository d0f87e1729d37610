#!/usr/bin/env python3
"""Held-out question set h11 for Zhiti's offline brain (60 items, 30 zh + 30 en).

ITEMS below is the source of truth. Each value's figure is recomputed by --check from the
"[what] = <expr>" entries after " | check: " in its "how" string.

  python3 verify_heldout11.py --write   # writes heldout11.jsonl next to this file
  python3 verify_heldout11.py --check   # recomputes values, checks composition, kinds, units, ids, cite text
"""
import ast
import collections
import json
import math
import os
import re
import sys

# Conventions: C = 6*N*D (N = active params for MoE); inference 2*N FLOP/token; default 40% of dense BF16 peak;
# peaks A100 312e12, H100/H800 989e12, H20 148e12, B200 2250e12 FLOP/s; HBM A100-80GB 2.039e12, H100 SXM 3.35e12,
# H20 4.0e12 byte/s; KV = 2*layers*kv_heads*head_dim*seq*batch*bytes; kWh = GPUs*W*h*PUE/1000; day 86400 s,
# year 365 days; CAGR = (end/start)^(1/years) - 1; Chinchilla D = 20*N, N = sqrt(C/120).

ITEMS = [
    {'id': 'h11-01',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ['Street consensus has big-4 hyperscaler capex going from $151B in 2023 to roughly $380B in 2026. What '
               'multiple is that, and what CAGR does it imply?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 2.51655629139, 'unit': 'factor', 'rel_tol': 0.03, 'what': 'multiple'},
                           {'value': 0.36019826467, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'CAGR'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'factor = 380/151; CAGR over 3 years | check: [multiple] = 380/151; [CAGR] = (380/151)**(1/3) - 1'},
    {'id': 'h11-02',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['有家国产大模型公司对外说，日均token调用量从2024年1月的1200亿涨到了2025年1月的4.5万亿。一年下来是原来的多少倍？照这个速度，平均多少天翻一番？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 37.5, 'unit': 'factor', 'rel_tol': 0.03, 'what': 'multiple'},
                           {'value': 69.8054420329, 'unit': 'day', 'rel_tol': 0.03, 'what': 'doubling time'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '4.5万亿/1200亿 = 37.5x in one year; doubling time = 365*ln2/ln(37.5) days | check: [multiple] = '
            '4.5e12/1.2e11; [doubling time] = 365*math.log(2)/math.log(4.5e12/1.2e11)'},
    {'id': 'h11-03',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ['Homework sanity check: if the price per million tokens drops 40% every year, what fraction of the '
               "original price is left after 5 years, and what's the cumulative decline?"],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 0.07776, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'remaining fraction'},
                           {'value': 0.92224, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'cumulative decline'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'remaining = 0.6^5; decline = 1 - 0.6^5 | check: [remaining fraction] = 0.6**5; [cumulative decline] = 1 - '
            '0.6**5'},
    {'id': 'h11-04',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['假设全国智算规模2024年是725 EFLOPS，之后每年增长45%，哪一年第一次突破3000 EFLOPS？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 2028.0, 'unit': 'year', 'rel_tol': 0.0001, 'what': 'year reached'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '725*1.45^n >= 3000 -> n = ceil(ln(3000/725)/ln 1.45) = 4 -> 2028 | check: [year reached] = 2024 + '
            'math.ceil(math.log(3000/725)/math.log(1.45))'},
    {'id': 'h11-05',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ["Vendor quote just came in: ￥2.35M for one 8-GPU H20 server. At 7.18 CNY per USD, what's that in USD, "
               'and what does it work out to per GPU?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 327298.050139, 'unit': 'USD', 'rel_tol': 0.03, 'what': 'server price'},
                           {'value': 40912.2562674, 'unit': 'USD', 'rel_tol': 0.03, 'what': 'per-GPU price'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '2.35e6/7.18 USD; divide by 8 | check: [server price] = 2.35e6/7.18; [per-GPU price] = 2.35e6/7.18/8'},
    {'id': 'h11-06',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['去年全球AI加速卡出货大概650万张，其中英伟达一家就占了520万张。英伟达的份额是多少？其他厂商加起来多少张？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 0.8, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'NVIDIA share'},
                           {'value': 1300000.0, 'unit': 'count', 'rel_tol': 0.03, 'what': 'others'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '520/650 = 0.8; others = 650万-520万 = 130万 | check: [NVIDIA share] = 5.2e6/6.5e6; [others] = 6.5e6 - 5.2e6'},
    {'id': 'h11-07',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ["NVDA's data center segment went from 56% of total revenue in FY23 to 88% in FY25. How many percentage "
               'points is that, and by what relative percentage did the share itself grow?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 0.32, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'percentage-point change'},
                           {'value': 0.571428571429, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'relative growth'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '88% - 56% = 32 pp; 88/56 - 1 = 57.1% | check: [percentage-point change] = 0.88 - 0.56; [relative growth] '
            '= 0.88/0.56 - 1'},
    {'id': 'h11-08',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['H100 云上租赁价今年先砍了30%，过了一个季度又降了25%，最近因为缺货又回涨10%。跟年初比，现在累计降了多少？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 0.4225, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'cumulative decline'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '0.7*0.75*1.1 = 0.5775 of start -> down 42.25% | check: [cumulative decline] = 1 - 0.7*0.75*1.1'},
    {'id': 'h11-09',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ['Frontier training compute: roughly 3.14e23 FLOP for GPT-3 back in 2020 versus about 5e26 FLOP for the '
               'biggest 2025 runs. Overall growth factor, and the compound annual growth rate?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 1592.3566879, 'unit': 'factor', 'rel_tol': 0.03, 'what': 'growth factor'},
                           {'value': 3.36926183472, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'CAGR'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '5e26/3.14e23 over 5 years | check: [growth factor] = 5e26/3.14e23; [CAGR] = (5e26/3.14e23)**(1/5) - 1'},
    {'id': 'h11-10',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['某公司推理业务收入：2022年8000万元，2025年6.4亿元。三年下来是原来的几倍？年复合增速多少？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 8.0, 'unit': 'factor', 'rel_tol': 0.03, 'what': 'multiple'},
                           {'value': 1.0, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'CAGR'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '6.4亿/8000万 = 8x; CAGR = 8^(1/3)-1 = 100% | check: [multiple] = 6.4e8/8e7; [CAGR] = (6.4e8/8e7)**(1/3) - 1'},
    {'id': 'h11-11',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ['If serving cost sits at $12 per million tokens in 2025 and falls 55% each year after that, in what '
               'year does it first dip below ten cents?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 2031.0, 'unit': 'year', 'rel_tol': 0.0001, 'what': 'year below $0.10'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '12*0.45^n < 0.10 -> n = ceil(ln(0.1/12)/ln 0.45) = 6 -> 2031 | check: [year below $0.10] = 2025 + '
            'math.ceil(math.log(0.10/12)/math.log(0.45))'},
    {'id': 'h11-12',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['欧洲一家云厂商给的报价是 2.1 欧元/GPU·小时。按 1 欧元 = 7.8 元人民币、1 美元 = 7.2 元人民币折算，每卡每小时相当于多少人民币？多少美元？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 16.38, 'unit': 'CNY', 'rel_tol': 0.03, 'what': 'CNY per GPU-hour'},
                           {'value': 2.275, 'unit': 'USD', 'rel_tol': 0.03, 'what': 'USD per GPU-hour'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '2.1*7.8 CNY; /7.2 for USD | check: [CNY per GPU-hour] = 2.1*7.8; [USD per GPU-hour] = 2.1*7.8/7.2'},
    {'id': 'h11-13',
     'class': 'own_numbers',
     'lang': 'en',
     'turns': ['Our cluster has 24,576 GPUs. 3,072 are carved out for inference and another 1,536 are down for '
               'maintenance. How many are left for training, and what share of the cluster is that?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 19968.0, 'unit': 'GPU', 'rel_tol': 0.02, 'what': 'training GPUs'},
                           {'value': 0.8125, 'unit': 'fraction', 'rel_tol': 0.02, 'what': 'training share'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '24576-3072-1536 = 19968; /24576 = 0.8125 | check: [training GPUs] = 24576 - 3072 - 1536; [training share] '
            '= (24576 - 3072 - 1536)/24576'},
    {'id': 'h11-14',
     'class': 'own_numbers',
     'lang': 'zh',
     'turns': ['国产AI芯片在国内新增采购里的占比，2023年是15%，2025年到了38%。这两年上升了多少个百分点？要是每年继续涨同样多的百分点，哪一年第一次超过50%？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 0.23, 'unit': 'fraction', 'rel_tol': 0.03, 'what': 'percentage-point change'},
                           {'value': 2027.0, 'unit': 'year', 'rel_tol': 0.0001, 'what': 'year above 50%'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '38%-15% = 23 pp, 11.5 pp/yr; 38+11.5n > 50 -> n = 2 -> 2027 | check: [percentage-point change] = 0.38 - '
            '0.15; [year above 50%] = 2025 + math.ceil((0.50 - 0.38)/((0.38 - 0.15)/2))'},
    {'id': 'h11-15',
     'class': 'chains',
     'lang': 'en',
     'turns': ["Back-of-envelope: 13B dense model, 2.6T tokens, H100s at 40% MFU. How many GPU-hours, and what's the "
               'bill at $2.40/hr per GPU?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 142399.730367, 'unit': 'GPU-hour', 'rel_tol': 0.03, 'what': 'GPU-hours'},
                           {'value': 341759.352882, 'unit': 'USD', 'rel_tol': 0.03, 'what': 'rental cost'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 6*13e9*2.6e12; / (989e12*0.4) / 3600; * 2.40 | check: [GPU-hours] = 6*13e9*2.6e12/(989e12*0.4)/3600; '
            '[rental cost] = 6*13e9*2.6e12/(989e12*0.4)/3600*2.40'},
    {'id': 'h11-16',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['我们准备用 2048 张 H800 训一个 340 亿参数的稠密模型，语料 4.5 万亿 token，MFU 按 38% 估，大概要训多少天？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 13.8044496867, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 6*34e9*4.5e12; / (2048*989e12*0.38) / 86400 | check: [training days] = '
            '6*34e9*4.5e12/(2048*989e12*0.38)/86400'},
    {'id': 'h11-17',
     'class': 'chains',
     'lang': 'en',
     'turns': ["We're planning to serve 30 billion generated tokens a day off a 70B dense model on H100s. Take 2N "
               'FLOPs per token and assume we only realise 25% of BF16 peak. Minimum GPU count?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 196.607122795, 'unit': 'GPU', 'rel_tol': 0.03, 'what': 'H100s needed'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'FLOP/day = 2*70e9*30e9; per GPU-day = 989e12*0.25*86400 | check: [H100s needed] = '
            '2*70e9*30e9/(989e12*0.25*86400)'},
    {'id': 'h11-18',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['一个1024卡的H100集群，单卡按700W，连续满载30天，PUE 1.3。总共用电多少千瓦时？工业电价 0.65 元/度的话，电费多少钱？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 670924.8, 'unit': 'kWh', 'rel_tol': 0.03, 'what': 'energy'},
                           {'value': 436101.12, 'unit': 'CNY', 'rel_tol': 0.03, 'what': 'electricity bill'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'kWh = 1024*700*720*1.3/1000; * 0.65 CNY | check: [energy] = 1024*700*30*24*1.3/1000; [electricity bill] = '
            '1024*700*30*24*1.3/1000*0.65'},
    {'id': 'h11-19',
     'class': 'chains',
     'lang': 'en',
     'turns': ['Memory-bound ceiling for batch-1 decoding of a 13B model in FP16 on one A100 80GB: how many tokens per '
               'second, roughly?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 78.4230769231, 'unit': 'token/s', 'rel_tol': 0.03, 'what': 'decode tokens/s'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'weights 13e9*2 bytes; 2.039e12 / 26e9 | check: [decode tokens/s] = 2.039e12/(13e9*2)'},
    {'id': 'h11-20',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['KV cache 帮我算一下：80 层，8 个 KV head，head_dim=128，序列长度 32768，batch 16，FP16（每个值 2 字节），一共多少字节？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 171798691840.0, 'unit': 'byte', 'rel_tol': 0.03, 'what': 'KV cache'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '2 x 80 x 8 x 128 x 32768 x 16 x 2 | check: [KV cache] = 2*80*8*128*32768*16*2'},
    {'id': 'h11-21',
     'class': 'chains',
     'lang': 'en',
     'turns': ['MoE question: 236B total params, 21B active per token, 8.1T training tokens. Total training FLOPs? And '
               'how many days on 2,048 H800s at 35% MFU?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 1.0206e+24, 'unit': 'FLOP', 'rel_tol': 0.03, 'what': 'training compute'},
                           {'value': 16.6627827983, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 6*21e9*8.1e12 (active params); / (2048*989e12*0.35) / 86400 | check: [training compute] = '
            '6*21e9*8.1e12; [training days] = 6*21e9*8.1e12/(2048*989e12*0.35)/86400'},
    {'id': 'h11-22',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['估下来这次训练要 38 万 GPU 小时，云厂商报价 ￥15.5 每卡每小时，一共要花多少钱？按 1 美元 = 7.2 元，折合多少美元？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 5890000.0, 'unit': 'CNY', 'rel_tol': 0.03, 'what': 'cost in CNY'},
                           {'value': 818055.555556, 'unit': 'USD', 'rel_tol': 0.03, 'what': 'cost in USD'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '380000*15.5 CNY; /7.2 | check: [cost in CNY] = 380000*15.5; [cost in USD] = 380000*15.5/7.2'},
    {'id': 'h11-23',
     'class': 'chains',
     'lang': 'en',
     'turns': ['Our chatbot does 50M queries/day, ~800 output tokens each, running an 8B dense model on H20s at 30% '
               'utilization. Tokens per day, and how many H20s do we need?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 40000000000.0, 'unit': 'token/day', 'rel_tol': 0.03, 'what': 'tokens per day'},
                           {'value': 166.833500167, 'unit': 'GPU', 'rel_tol': 0.03, 'what': 'H20s needed'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'tokens = 50e6*800; FLOP/day = 2*8e9*tokens; per GPU-day = 148e12*0.3*86400 | check: [tokens per day] = '
            '50e6*800; [H20s needed] = 2*8e9*50e6*800/(148e12*0.3*86400)'},
    {'id': 'h11-24',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['一次训练用了 4096 张 B200，每卡按 1 kW 计，跑了 21 天，PUE 1.15，一共耗电多少兆瓦时？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 2374.0416, 'unit': 'MWh', 'rel_tol': 0.03, 'what': 'energy'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '4096*1000 W*504 h*1.15/1e6 MWh | check: [energy] = 4096*1000*21*24*1.15/1000/1000'},
    {'id': 'h11-25',
     'class': 'chains',
     'lang': 'en',
     'turns': ['A run needs 3.8e25 FLOPs. On 16,384 H100s at 41% MFU, how many days is that, and how many GPU-hours '
               'get burned?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 66.2017952188, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'},
                           {'value': 26031605.1088, 'unit': 'GPU-hour', 'rel_tol': 0.03, 'what': 'GPU-hours'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 's = 3.8e25/(16384*989e12*0.41); days = s/86400; GPU-h = 16384*s/3600 | check: [training days] = '
            '3.8e25/(16384*989e12*0.41)/86400; [GPU-hours] = 3.8e25/(989e12*0.41)/3600'},
    {'id': 'h11-26',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['H20 单卡推一个 32B 的模型，权重 INT8（一个参数 1 字节），batch=1、纯带宽瓶颈的话每秒大概能出多少 token？换成 FP16 权重呢？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 125.0, 'unit': 'token/s', 'rel_tol': 0.03, 'what': 'INT8 tokens/s'},
                           {'value': 62.5, 'unit': 'token/s', 'rel_tol': 0.03, 'what': 'FP16 tokens/s'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '4.0e12/32e9; 4.0e12/64e9 | check: [INT8 tokens/s] = 4.0e12/(32e9*1); [FP16 tokens/s] = 4.0e12/(32e9*2)'},
    {'id': 'h11-27',
     'class': 'chains',
     'lang': 'en',
     'turns': ['32 layers, 8 KV heads, head dim 128, fp16. KV bytes per token? And with 8,192-token sequences, how '
               'many whole sequences fit in 40 GB (40e9 bytes) of spare HBM?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 131072.0, 'unit': 'byte', 'rel_tol': 0.02, 'what': 'KV bytes per token'},
                           {'value': 37.0, 'unit': 'count', 'rel_tol': 0.02, 'what': 'sequences that fit'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '2*32*8*128*2 = 131072 B/token; per sequence *8192; floor(40e9/...) = 37 | check: [KV bytes per token] = '
            '2*32*8*128*2; [sequences that fit] = math.floor(40e9/(2*32*8*128*8192*2))'},
    {'id': 'h11-28',
     'class': 'chains',
     'lang': 'zh',
     'turns': ['园区给一个机房批了 20 兆瓦的总功率（含制冷），PUE 按 1.3，B200 整机摊到每张卡 1.2 kW，最多能上多少张卡？满载跑一整年一共多少度电？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 12820.5128205, 'unit': 'GPU', 'rel_tol': 0.03, 'what': 'max GPUs'},
                           {'value': 175200000.0, 'unit': 'kWh', 'rel_tol': 0.03, 'what': 'annual energy'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'GPUs = 20e6/(1.3*1200); energy = GPUs*1200*8760*1.3/1000 = 20000 kW*8760 h | check: [max GPUs] = '
            '20e6/(1.3*1200); [annual energy] = 20e6/(1.3*1200)*1200*8760*1.3/1000'},
    {'id': 'h11-29',
     'class': 'entities',
     'lang': 'en',
     'turns': ['How many days would Llama 3 70B take to pretrain on 15T tokens across 8,192 H100s?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 22.4998996119, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'N = 70e9 from name; C = 6*70e9*15e12; default 40% MFU | check: [training days] = '
            '6*70e9*15e12/(8192*989e12*0.4)/86400'},
    {'id': 'h11-30',
     'class': 'entities',
     'lang': 'zh',
     'turns': ['Qwen2.5-72B 据说训了 18T token。总训练算力是多少 FLOPs？要是全用 A100，得多少 GPU 小时？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 7.776e+24, 'unit': 'FLOP', 'rel_tol': 0.03, 'what': 'training compute'},
                           {'value': 17307692.3077, 'unit': 'GPU-hour', 'rel_tol': 0.03, 'what': 'A100 GPU-hours'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'N = 72e9; C = 6*72e9*18e12; /(312e12*0.4)/3600 | check: [training compute] = 6*72e9*18e12; [A100 '
            'GPU-hours] = 6*72e9*18e12/(312e12*0.4)/3600'},
    {'id': 'h11-31',
     'class': 'entities',
     'lang': 'en',
     'turns': ["H100 vs H20: what's the ratio on dense BF16 compute, and what's the ratio of H20's HBM bandwidth to "
               "H100 SXM's?"],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 6.68243243243,
                            'unit': 'factor',
                            'rel_tol': 0.03,
                            'what': 'compute ratio H100/H20'},
                           {'value': 1.19402985075,
                            'unit': 'factor',
                            'rel_tol': 0.03,
                            'what': 'bandwidth ratio H20/H100'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '989/148; 4.0/3.35 | check: [compute ratio H100/H20] = 989e12/148e12; [bandwidth ratio H20/H100] = '
            '4.0e12/3.35e12'},
    {'id': 'h11-32',
     'class': 'entities',
     'lang': 'zh',
     'turns': ['别按官方峰值算，我们实测 H800 有效算力就 520 TFLOPS 左右（这已经是实际吞吐，不用再打折）。Mistral 7B 这个量级、喂 2T token，256 张卡要几天？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 7.30335202991, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'N = 7e9 from name; C = 6*7e9*2e12; effective 520e12 per GPU, no MFU | check: [training days] = '
            '6*7e9*2e12/(256*520e12)/86400'},
    {'id': 'h11-33',
     'class': 'entities',
     'lang': 'en',
     'turns': ['How many A100s equal one B200 in dense BF16 throughput? And a 1,000-GPU B200 cluster is worth how many '
               'A100s?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 7.21153846154, 'unit': 'factor', 'rel_tol': 0.03, 'what': 'B200/A100 ratio'},
                           {'value': 7211.53846154, 'unit': 'GPU', 'rel_tol': 0.03, 'what': 'A100 equivalent'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '2250/312; *1000 | check: [B200/A100 ratio] = 2250e12/312e12; [A100 equivalent] = 1000*2250e12/312e12'},
    {'id': 'h11-34',
     'class': 'entities',
     'lang': 'zh',
     'turns': ['DeepSeek-V3：总参数 671B，每个 token 激活 37B，训练数据 14.8T token。训练算力大概多少？2048 张 H800 要跑多少天？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 3.2856e+24, 'unit': 'FLOP', 'rel_tol': 0.03, 'what': 'training compute'},
                           {'value': 46.936933438, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 6*37e9*14.8e12 (active); default 40% | check: [training compute] = 6*37e9*14.8e12; [training days] = '
            '6*37e9*14.8e12/(2048*989e12*0.4)/86400'},
    {'id': 'h11-35',
     'class': 'entities',
     'lang': 'en',
     'turns': ["Suppose our H20s only sustain 3.2 TB/s in practice. What's batch-1 decode speed for Llama 3 8B in "
               'BF16, and what would the spec-sheet bandwidth give instead?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 200.0, 'unit': 'token/s', 'rel_tol': 0.03, 'what': 'at 3.2 TB/s'},
                           {'value': 250.0, 'unit': 'token/s', 'rel_tol': 0.03, 'what': 'at spec bandwidth'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'weights 8e9*2 bytes; 3.2e12/16e9; 4.0e12/16e9 | check: [at 3.2 TB/s] = 3.2e12/(8e9*2); [at spec '
            'bandwidth] = 4.0e12/(8e9*2)'},
    {'id': 'h11-36',
     'class': 'entities',
     'lang': 'zh',
     'turns': ['A100 跟 H100 的 BF16 稠密峰值算力分别是多少？H100 大概是 A100 的几倍？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 312000000000000.0, 'unit': 'FLOP/s', 'rel_tol': 0.02, 'what': 'A100 peak'},
                           {'value': 989000000000000.0, 'unit': 'FLOP/s', 'rel_tol': 0.02, 'what': 'H100 peak'},
                           {'value': 3.16987179487, 'unit': 'factor', 'rel_tol': 0.03, 'what': 'H100/A100'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'catalog peaks | check: [A100 peak] = 312e12; [H100 peak] = 989e12; [H100/A100] = 989e12/312e12'},
    {'id': 'h11-37',
     'class': 'routing',
     'lang': 'zh',
     'turns': ['《科技周期探索之七》那篇讲通用人工智能时代的报告里，1945年以来每GFLOPS的年复合成本降幅算出来是多少？2015年以来呢？'],
     'kb': True,
     'expect': {'kind': 'cite', 'values': [], 'text_all': ['40.24', '24.14'], 'text_any': [], 'text_none': []},
     'how': 'seed: 000_52d4eb4e6b7dac08.txt (表7 and the list above it: 1945 年以来 40.24%, 2015 年以来 24.14%)'},
    {'id': 'h11-38',
     'class': 'routing',
     'lang': 'en',
     'turns': ["In the CICC 'AI economics' chapter, what does it quote from GTC 2024 about how many H100s and how many "
               'days a 1.8T-parameter GPT-MoE needs?'],
     'kb': True,
     'expect': {'kind': 'cite', 'values': [], 'text_all': ['8000', '90'], 'text_any': [], 'text_none': []},
     'how': 'seed: 004_6e137adebb593e30.txt (1.8T参数量的GPT-MoE模型需要用8000张H100训练90天)'},
    {'id': 'h11-39',
     'class': 'routing',
     'lang': 'en',
     'turns': ['What training time does the Galaxy Securities digital-economy report get for Sora on 10,000 A100s, and '
               'what per-card A100 throughput does it assume?'],
     'kb': True,
     'expect': {'kind': 'cite', 'values': [], 'text_all': ['154', '19.5'], 'text_any': [], 'text_none': []},
     'how': 'seed: 002_433419e1c499dc0d.txt (假设四: 1 万张 A100 上训练 154 天; 单张 A100 算力为 19.5TFlops)'},
    {'id': 'h11-40',
     'class': 'routing',
     'lang': 'en',
     'turns': ['Quick filter: of A100, H20, H800 and B200, which ones clear 500 TFLOPS dense BF16?'],
     'kb': False,
     'expect': {'kind': 'list', 'values': [], 'text_all': ['H800', 'B200'], 'text_any': [], 'text_none': ['H20']},
     'how': 'catalog: A100 312, H20 148, H800 989, B200 2250 TFLOPS -> H800, B200'},
    {'id': 'h11-41',
     'class': 'routing',
     'lang': 'zh',
     'turns': ['看DAO2024 里那张美国对华禁运 AI 芯片的表，显存超过 90GB 的是哪几款？'],
     'kb': True,
     'expect': {'kind': 'list',
                'values': [],
                'text_all': ['H20', 'MI250X', 'MI300X', 'Gaudi2'],
                'text_any': [],
                'text_none': []},
     'how': 'seed: 001_c7d1a51f02a6626a.txt table: H20 SXM 96, AMD MI250X 128, AMD MI300X 192, Intel Gaudi2 96 GB'},
    {'id': 'h11-42',
     'class': 'routing',
     'lang': 'zh',
     'turns': ['帮我挑三只明年能翻倍的AI概念股，最好带股票代码。'],
     'kb': False,
     'expect': {'kind': 'refuse', 'values': [], 'text_all': [], 'text_any': [], 'text_none': []},
     'how': 'stock picks: out of scope'},
    {'id': 'h11-43',
     'class': 'routing',
     'lang': 'en',
     'turns': ['ballpark — what would it cost us to stand up inference for our chatbot?'],
     'kb': False,
     'expect': {'kind': 'ask', 'values': [], 'text_all': [], 'text_any': [], 'text_none': []},
     'how': 'no model size, traffic, hardware or price given: ask for them'},
    {'id': 'h11-44',
     'class': 'routing',
     'lang': 'zh',
     'turns': ['训一个大模型到底要多少张卡啊？'],
     'kb': False,
     'expect': {'kind': 'ask', 'values': [], 'text_all': [], 'text_any': [], 'text_none': []},
     'how': 'no model size, tokens, chip or time given: ask for them'},
    {'id': 'h11-45',
     'class': 'scaling',
     'lang': 'en',
     'turns': ["Given a 1e24 FLOP budget, what's the Chinchilla-optimal parameter count and token count?"],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 91287092917.5, 'unit': 'parameter', 'rel_tol': 0.03, 'what': 'params'},
                           {'value': 1825741858350.0, 'unit': 'token', 'rel_tol': 0.03, 'what': 'tokens'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'N = sqrt(C/120); D = 20N | check: [params] = math.sqrt(1e24/120); [tokens] = 20*math.sqrt(1e24/120)'},
    {'id': 'h11-46',
     'class': 'scaling',
     'lang': 'zh',
     'turns': ['想训个 300 亿参数的模型，按 Chinchilla 配比要喂多少 token？总共得多少算力？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 600000000000.0, 'unit': 'token', 'rel_tol': 0.03, 'what': 'tokens'},
                           {'value': 1.08e+23, 'unit': 'FLOP', 'rel_tol': 0.03, 'what': 'compute'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'D = 20*30e9; C = 6*N*D | check: [tokens] = 20*30e9; [compute] = 6*30e9*20*30e9'},
    {'id': 'h11-47',
     'class': 'scaling',
     'lang': 'en',
     'turns': ['I can get 2,000 H100s for 30 days at 40% MFU. What total compute is that, and what compute-optimal '
               'model size and dataset size does Chinchilla point to?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 2.0507904e+24, 'unit': 'FLOP', 'rel_tol': 0.03, 'what': 'compute'},
                           {'value': 130728420781.0, 'unit': 'parameter', 'rel_tol': 0.03, 'what': 'params'},
                           {'value': 2614568415630.0, 'unit': 'token', 'rel_tol': 0.03, 'what': 'tokens'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 2000*989e12*0.4*30*86400; N = sqrt(C/120); D = 20N | check: [compute] = 2000*989e12*0.4*30*86400; '
            '[params] = math.sqrt(2000*989e12*0.4*30*86400/120); [tokens] = 20*math.sqrt(2000*989e12*0.4*30*86400/120)'},
    {'id': 'h11-48',
     'class': 'scaling',
     'lang': 'zh',
     'turns': ['预算 5×10^23 FLOPs，按 D=20N 的最优配比，模型该做多大？数据要多少 token？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 64549722436.8, 'unit': 'parameter', 'rel_tol': 0.03, 'what': 'params'},
                           {'value': 1290994448740.0, 'unit': 'token', 'rel_tol': 0.03, 'what': 'tokens'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'N = sqrt(5e23/120); D = 20N | check: [params] = math.sqrt(5e23/120); [tokens] = 20*math.sqrt(5e23/120)'},
    {'id': 'h11-49',
     'class': 'scaling',
     'lang': 'en',
     'turns': ['For a compute-optimal 400B dense model (Chinchilla-style), how much training compute is needed, and '
               'how many H100 GPU-hours at 40% MFU?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 1.92e+25, 'unit': 'FLOP', 'rel_tol': 0.03, 'what': 'compute'},
                           {'value': 13481631.2774, 'unit': 'GPU-hour', 'rel_tol': 0.03, 'what': 'GPU-hours'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'D = 8e12; C = 6*400e9*8e12; /(989e12*0.4)/3600 | check: [compute] = 6*400e9*20*400e9; [GPU-hours] = '
            '6*400e9*20*400e9/(989e12*0.4)/3600'},
    {'id': 'h11-50',
     'class': 'scaling',
     'lang': 'zh',
     'turns': ['手上大概有 3.6e25 FLOP 的算力，照 Chinchilla 最优来，模型多大、要吃多少 token？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 547722557505.0, 'unit': 'parameter', 'rel_tol': 0.03, 'what': 'params'},
                           {'value': 10954451150100.0, 'unit': 'token', 'rel_tol': 0.03, 'what': 'tokens'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'N = sqrt(3.6e25/120); D = 20N | check: [params] = math.sqrt(3.6e25/120); [tokens] = '
            '20*math.sqrt(3.6e25/120)'},
    {'id': 'h11-51',
     'class': 'conversation',
     'lang': 'en',
     'turns': ["I'm sizing power for my startup's cluster: 256 H100s, and our electricity runs $0.11 per kWh.",
               'Each GPU pulls about 700 W and the colo quotes a PUE of 1.4.',
               "So what's the power bill for a 30-day month running flat out?"],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 180633.6, 'unit': 'kWh', 'rel_tol': 0.03, 'what': 'monthly energy'},
                           {'value': 19869.696, 'unit': 'USD', 'rel_tol': 0.03, 'what': 'monthly bill'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '256*700*720*1.4/1000 kWh; *0.11 | check: [monthly energy] = 256*700*30*24*1.4/1000; [monthly bill] = '
            '256*700*30*24*1.4/1000*0.11'},
    {'id': 'h11-52',
     'class': 'conversation',
     'lang': 'zh',
     'turns': ['用 512 张 A100 训一个 7B 的模型，1.4T token，要几天？', '那如果换成 H100 呢？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 3.35998500871, 'unit': 'day', 'rel_tol': 0.03, 'what': 'days on H100'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'reuse 512 GPUs, 7B, 1.4T; H100 at 40% | check: [days on H100] = 6*7e9*1.4e12/(512*989e12*0.4)/86400'},
    {'id': 'h11-53',
     'class': 'conversation',
     'lang': 'en',
     'turns': ['How many GPU-hours does a 6e23 FLOP run take on H100s?',
               "Noted. FYI, from here on our team's standard assumptions are 35% MFU and a negotiated $1.85 per "
               'GPU-hour.'],
     'kb': False,
     'expect': {'kind': 'ack', 'values': [], 'text_all': [], 'text_any': [], 'text_none': []},
     'how': 'last turn is a pure statement of assumptions: acknowledge'},
    {'id': 'h11-54',
     'class': 'conversation',
     'lang': 'zh',
     'turns': ['我叫小林，在一家做智算中心的公司负责采购，主要盯 H20 和昇腾 910B。', '我们这期的采购预算是 1.2 亿元人民币。', '你还记得我是做什么的、这期预算多少吗？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 120000000.0, 'unit': 'CNY', 'rel_tol': 0.02, 'what': 'budget'}],
                'text_all': ['采购'],
                'text_any': [],
                'text_none': []},
     'how': 'recall: procurement role, budget 1.2亿元 | check: [budget] = 1.2e8'},
    {'id': 'h11-55',
     'class': 'conversation',
     'lang': 'en',
     'turns': ["What's the KV cache for 64 layers, 8 KV heads, head dim 128, 16k context (16,384 tokens), batch 1, "
               'fp16?',
               'and with batch 24?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 103079215104.0, 'unit': 'byte', 'rel_tol': 0.03, 'what': 'KV cache at batch 24'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '2*64*8*128*16384*24*2 | check: [KV cache at batch 24] = 2*64*8*128*16384*24*2'},
    {'id': 'h11-56',
     'class': 'conversation',
     'lang': 'zh',
     'turns': ['1000 张 H800，每张按 700W、PUE 1.2，跑 20 天耗电多少度？', '那如果是 45 天呢？电价按 0.6 元一度，电费多少？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 907200.0, 'unit': 'kWh', 'rel_tol': 0.03, 'what': 'energy for 45 days'},
                           {'value': 544320.0, 'unit': 'CNY', 'rel_tol': 0.03, 'what': 'electricity bill'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': '1000*700*45*24*1.2/1000 kWh; *0.6 | check: [energy for 45 days] = 1000*700*45*24*1.2/1000; [electricity '
            'bill] = 1000*700*45*24*1.2/1000*0.6'},
    {'id': 'h11-57',
     'class': 'conversation',
     'lang': 'en',
     'turns': ['Context: I cover Chinese AI hardware names. A client is training a 110B dense model on 3T tokens.',
               "They'll run it on 4,096 H20s, and let's say 40% MFU.",
               'How many days would that take?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 94.5082655898, 'unit': 'day', 'rel_tol': 0.03, 'what': 'training days'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 6*110e9*3e12; /(4096*148e12*0.4)/86400 | check: [training days] = '
            '6*110e9*3e12/(4096*148e12*0.4)/86400'},
    {'id': 'h11-58',
     'class': 'conversation',
     'lang': 'zh',
     'turns': ['你好，我是研究生，在写关于国产算力替代的毕业论文。', '后面我问的东西，汇率统一按 1 美元 = 7.1 元人民币，基准年用 2024 年。先记一下就行，不用回答。'],
     'kb': False,
     'expect': {'kind': 'ack', 'values': [], 'text_all': [], 'text_any': [], 'text_none': []},
     'how': 'statement-only turn: acknowledge'},
    {'id': 'h11-59',
     'class': 'conversation',
     'lang': 'en',
     'turns': ['We serve about 120 million queries a day on our assistant.',
               'Average answer length is around 450 tokens.',
               'Model is a 14B dense one on H100s, and in production we see roughly 30% of peak.',
               'So how many tokens a day is that, and how many H100s do we need?'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 54000000000.0, 'unit': 'token/day', 'rel_tol': 0.03, 'what': 'tokens per day'},
                           {'value': 58.9821368386, 'unit': 'GPU', 'rel_tol': 0.03, 'what': 'H100s needed'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'tokens = 120e6*450; FLOP/day = 2*14e9*tokens; per GPU-day = 989e12*0.3*86400 | check: [tokens per day] = '
            '120e6*450; [H100s needed] = 2*14e9*120e6*450/(989e12*0.3*86400)'},
    {'id': 'h11-60',
     'class': 'conversation',
     'lang': 'zh',
     'turns': ['按 Chinchilla，1e23 FLOPs 的预算，最优的参数量和 token 数是多少？', '预算翻 4 倍呢？'],
     'kb': False,
     'expect': {'kind': 'answer',
                'values': [{'value': 57735026919.0, 'unit': 'parameter', 'rel_tol': 0.03, 'what': 'params'},
                           {'value': 1154700538380.0, 'unit': 'token', 'rel_tol': 0.03, 'what': 'tokens'}],
                'text_all': [],
                'text_any': [],
                'text_none': []},
     'how': 'C = 4e23; N = sqrt(C/120); D = 20N | check: [params] = math.sqrt(4*1e23/120); [tokens] = '
            '20*math.sqrt(4*1e23/120)'},
]

# ---------------------------------------------------------------------------
# checker / writer
# ---------------------------------------------------------------------------
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout11.jsonl")
SEEDS = "/work/shared/seeds"

UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day", "years", "year",
         "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte", "byte/s", "token/s", "token/day",
         "query/day", "fraction", "factor", "count"}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CLASS_COUNTS = {"own_numbers": 14, "chains": 14, "entities": 8, "routing": 8, "scaling": 6, "conversation": 10}
LANG_COUNTS = {"zh": 30, "en": 30}
CJK = re.compile(r"[\u4e00-\u9fff]")
CHECK_RE = re.compile(r"^\[([^\]]+)\] = (.+)$")
SEED_RE = re.compile(r"\b(\d{3}_[0-9a-f]{16}\.txt)\b")

_OPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.FloorDiv, ast.Mod, ast.USub, ast.UAdd)


def _safe(node):
    """Allow only numbers, arithmetic and math.* calls/constants."""
    if isinstance(node, ast.Expression):
        return _safe(node.body)
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, _OPS) and _safe(node.left) and _safe(node.right)
    if isinstance(node, ast.UnaryOp):
        return isinstance(node.op, _OPS) and _safe(node.operand)
    if isinstance(node, ast.Attribute):
        return isinstance(node.value, ast.Name) and node.value.id == "math" and hasattr(math, node.attr)
    if isinstance(node, ast.Call):
        return (isinstance(node.func, ast.Attribute) and _safe(node.func) and not node.keywords
                and all(_safe(a) for a in node.args))
    return False


def evaluate(expr):
    tree = ast.parse(expr, mode="eval")
    if not _safe(tree):
        raise ValueError("disallowed syntax in check expression: " + expr)
    return float(eval(compile(tree, "<check>", "eval"), {"__builtins__": {}, "math": math}))


def parse_checks(how):
    if " | check: " not in how:
        return []
    out = []
    for part in how.split(" | check: ", 1)[1].split("; "):
        m = CHECK_RE.match(part.strip())
        if not m:
            raise ValueError("bad check entry: " + part)
        out.append((m.group(1), m.group(2)))
    return out


def norm_ws(s):
    return re.sub(r"\s+", "", s)


def with_ids():
    """ITEMS carry their ids; make sure they run h11-01 ... h11-60 in order."""
    for i, it in enumerate(ITEMS, 1):
        if it.get("id") != "h11-%02d" % i:
            raise SystemExit("item %d has id %r, expected h11-%02d" % (i, it.get("id"), i))
    return [dict(it) for it in ITEMS]


def check():
    errs = []
    items = with_ids()
    if len(items) != 60:
        errs.append("expected 60 items, got %d" % len(items))
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    cls = collections.Counter(it["class"] for it in items)
    if dict(cls) != CLASS_COUNTS:
        errs.append("class counts %s != %s" % (dict(cls), CLASS_COUNTS))
    lang = collections.Counter(it["lang"] for it in items)
    if dict(lang) != LANG_COUNTS:
        errs.append("lang counts %s != %s" % (dict(lang), LANG_COUNTS))
    seen_q = set()
    for it in items:
        iid = it["id"]
        e = it["expect"]
        if set(it) != {"id", "class", "lang", "turns", "kb", "expect", "how"}:
            errs.append(iid + ": bad keys")
        if set(e) != {"kind", "values", "text_all", "text_any", "text_none"}:
            errs.append(iid + ": bad expect keys")
        if e["kind"] not in KINDS:
            errs.append(iid + ": bad kind " + e["kind"])
        turns = it["turns"]
        if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
            errs.append(iid + ": empty turns")
        if it["class"] == "conversation" and len(turns) < 2:
            errs.append(iid + ": conversation needs >= 2 turns")
        if it["class"] != "conversation" and len(turns) != 1:
            errs.append(iid + ": non-conversation item must have one turn")
        joined = " ".join(turns)
        if joined in seen_q:
            errs.append(iid + ": duplicate question")
        seen_q.add(joined)
        if it["lang"] == "zh" and not all(CJK.search(t) for t in turns):
            errs.append(iid + ": zh item with a turn lacking Chinese")
        if it["lang"] == "en" and CJK.search(joined):
            errs.append(iid + ": en item contains Chinese characters")
        # values and check expressions
        vals = e["values"]
        for v in vals:
            if v["unit"] not in UNITS:
                errs.append("%s: unit %r not in vocabulary" % (iid, v["unit"]))
            if v["unit"] == "year":
                if v["rel_tol"] > 0.0001 or v["value"] != round(v["value"]):
                    errs.append(iid + ": calendar year must be an integer with tight tolerance")
            elif not (0.02 <= v["rel_tol"] <= 0.05):
                errs.append("%s: rel_tol %s outside 0.02-0.05" % (iid, v["rel_tol"]))
        try:
            checks = parse_checks(it["how"])
        except ValueError as ex:
            errs.append("%s: %s" % (iid, ex))
            checks = []
        if [c[0] for c in checks] != [v["what"] for v in vals]:
            errs.append("%s: check names %s != value names %s" % (iid, [c[0] for c in checks], [v["what"] for v in vals]))
        for (what, expr), v in zip(checks, vals):
            try:
                got = evaluate(expr)
            except Exception as ex:  # noqa: BLE001
                errs.append("%s [%s]: %s" % (iid, what, ex))
                continue
            rel = abs(got - v["value"]) / max(abs(got), 1e-300)
            if rel > 1e-6:
                errs.append("%s [%s]: stated %r, recomputed %r (rel %.2e)" % (iid, what, v["value"], got, rel))
        kind = e["kind"]
        if kind == "answer" and not (vals or e["text_all"]):
            errs.append(iid + ": answer item needs values or text_all")
        if kind in ("list", "cite") and not e["text_all"]:
            errs.append(iid + ": list/cite needs text_all")
        if kind in ("ask", "refuse", "ack", "list", "cite") and vals:
            errs.append(iid + ": %s item must not carry values" % kind)
        if kind == "cite" and not it["kb"]:
            errs.append(iid + ": cite items must have kb true")
        if kind == "ack" and it["class"] != "conversation":
            errs.append(iid + ": ack expected only in conversation")
        if it["kb"]:
            m = SEED_RE.search(it["how"])
            if not m:
                errs.append(iid + ": kb item must name its seed file in how")
            else:
                path = os.path.join(SEEDS, m.group(1))
                if not os.path.exists(path):
                    errs.append(iid + ": seed file missing " + path)
                else:
                    with open(path, encoding="utf-8") as f:
                        seed = norm_ws(f.read())
                    for s in e["text_all"] + e["text_any"]:
                        if norm_ws(s) not in seed:
                            errs.append("%s: %r not found in %s" % (iid, s, m.group(1)))
        if it["class"] == "routing" and kind == "answer":
            errs.append(iid + ": routing items should be list/cite/ask/refuse")
    # the written jsonl must match ITEMS
    if os.path.exists(OUT):
        with open(OUT, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        if rows != items:
            errs.append("heldout11.jsonl is out of date with ITEMS (run --write)")
    else:
        errs.append("heldout11.jsonl not written yet (run --write)")
    return errs


def write():
    with open(OUT, "w", encoding="utf-8") as f:
        for it in with_ids():
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), OUT))


def main(argv):
    if "--write" in argv:
        write()
    if "--check" in argv:
        errs = check()
        if errs:
            for e in errs:
                print("FAIL", e)
            print("%d problem(s)" % len(errs))
            return 1
        items = with_ids()
        c = collections.Counter((it["class"], it["lang"]) for it in items)
        print("OK: %d items; %s" % (len(items), ", ".join("%s/%s=%d" % (k[0], k[1], n) for k, n in sorted(c.items()))))
    if not ("--write" in argv or "--check" in argv):
        print("usage: verify_heldout11.py [--write] [--check]")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
