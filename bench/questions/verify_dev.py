#!/usr/bin/env python3
"""Checks dev.jsonl: schema, vocabulary, counts, and recomputes every expected value
from the 'check:' expressions embedded in each question's 'how' field."""
import json
import math
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev.jsonl")
UNITS = {"FLOP", "FLOP/s", "parameter", "token", "GPU", "server", "second", "hour", "day",
         "years", "year", "GPU-hour", "USD", "CNY", "EUR", "W", "kW", "kWh", "MWh", "byte",
         "byte/s", "token/s", "token/day", "query/day", "fraction", "factor", "count"}
MIN = {"own_numbers": 50, "chains": 50, "entities": 35, "routing": 35, "scaling": 20, "conversation": 30}
KINDS = {"answer", "list", "cite", "ask", "refuse", "ack"}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []
rows = [json.loads(line) for line in open(PATH, encoding="utf-8")]
ids = set()
per = {}
for r in rows:
    rid = r["id"]
    if rid in ids:
        errors.append(f"{rid}: duplicate id")
    ids.add(rid)
    assert set(r) == {"id", "class", "lang", "turns", "kb", "expect", "how"}, (rid, set(r))
    if r["class"] not in MIN:
        errors.append(f"{rid}: bad class {r['class']}")
    if r["lang"] not in ("zh", "en"):
        errors.append(f"{rid}: bad lang")
    last = r["turns"][-1]
    has_cjk = bool(CJK.search(last))
    if (r["lang"] == "zh") != has_cjk:
        errors.append(f"{rid}: lang {r['lang']} but last turn CJK={has_cjk}")
    if r["class"] == "conversation" and not 2 <= len(r["turns"]) <= 4:
        errors.append(f"{rid}: conversation needs 2-4 turns")
    if r["class"] != "conversation" and len(r["turns"]) != 1:
        errors.append(f"{rid}: single-turn class with {len(r['turns'])} turns")
    e = r["expect"]
    assert set(e) == {"kind", "values", "text_all", "text_any", "text_none"}, rid
    if e["kind"] not in KINDS:
        errors.append(f"{rid}: bad kind")
    if e["kind"] == "answer" and not (e["values"] or e["text_all"] or e["text_any"]):
        errors.append(f"{rid}: answer with nothing to check")
    if e["kind"] in ("cite",) and not r["kb"]:
        errors.append(f"{rid}: cite without kb")
    # recompute
    checks = {}
    if " | check: " in r["how"]:
        for part in r["how"].split(" | check: ", 1)[1].split(" ;; "):
            m = re.match(r"\[(.+?)\] = (.+)$", part)
            checks[m.group(1)] = float(eval(m.group(2), {"math": math}))
    if len(checks) != len(e["values"]):
        errors.append(f"{rid}: {len(checks)} checks vs {len(e['values'])} values")
    for v in e["values"]:
        if v["unit"] not in UNITS:
            errors.append(f"{rid}: unit {v['unit']}")
        if not (0 < v["rel_tol"] <= 0.10):
            errors.append(f"{rid}: rel_tol {v['rel_tol']}")
        want = checks.get(v["what"])
        if want is None or not math.isclose(want, v["value"], rel_tol=1e-12):
            errors.append(f"{rid}: value {v['what']} {v['value']} != recomputed {want}")
        if not math.isfinite(v["value"]) or v["value"] <= 0:
            errors.append(f"{rid}: non-positive value {v}")
    per.setdefault(r["class"], {"zh": 0, "en": 0})[r["lang"]] += 1

for c, n in MIN.items():
    tot = sum(per.get(c, {}).values())
    if tot < n:
        errors.append(f"class {c}: {tot} < {n}")
zh = sum(p["zh"] for p in per.values())
print(f"{len(rows)} rows; zh {zh} ({zh/len(rows):.0%}), en {len(rows)-zh}")
for c in MIN:
    print(f"  {c:13s} {per[c]['zh'] + per[c]['en']:3d}  (zh {per[c]['zh']}, en {per[c]['en']})")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all values recomputed from 'how', schema valid")
