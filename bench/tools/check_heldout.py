#!/usr/bin/env python3
"""Validate tools.jsonl (blind tool-routing evaluation set for Zhiti).

Checks: 36 items; 6 per tool; 3 zh + 3 en per tool (18/18 overall); unique
ids t-01..t-36; required fields and types; artifact matches the tool;
language matches the script of the question; no duplicate questions;
run_code values recomputed from the python expression in "how"; fx_convert
values, where given, recomputed from "how" (ECB rates quoted in "source").
Exit status 0 on success, 1 on any failure.
"""
import json
import math
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

TOOLS = ["fx_convert", "sql_query", "chart", "run_code", "speak", "web_search"]
ARTIFACT = {"chart": "image", "speak": "audio"}  # every other tool: "none"
CJK = re.compile(r"[\u4e00-\u9fff]")
SAFE_GLOBALS = {"__builtins__": {"sum": sum, "range": range, "all": all, "int": int,
                                 "str": str, "abs": abs, "len": len, "min": min,
                                 "max": max, "pow": pow, "round": round, "float": float},
                "math": math, "statistics": statistics}


def main(path):
    errors = []
    err = errors.append
    lines = [l for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]
    items = []
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON: {e}")
    if len(items) != 36:
        err(f"expected 36 items, found {len(items)}")

    ids = [it.get("id") for it in items]
    if len(set(ids)) != len(ids):
        err(f"duplicate ids: {[i for i, c in Counter(ids).items() if c > 1]}")
    if sorted(ids, key=str) != [f"t-{i:02d}" for i in range(1, len(items) + 1)]:
        err("ids are not exactly t-01..t-NN")
    qs = [it.get("question", "").strip() for it in items]
    if len(set(qs)) != len(qs):
        err("duplicate questions")

    for it in items:
        i = it.get("id", "?")
        for k, typ in (("id", str), ("lang", str), ("tool", str), ("question", str), ("expect", dict)):
            if not isinstance(it.get(k), typ):
                err(f"{i}: field {k!r} missing or not {typ.__name__}")
        if errors and not isinstance(it.get("expect"), dict):
            continue
        tool, lang, q, exp = it.get("tool"), it.get("lang"), it.get("question", ""), it.get("expect", {})
        if tool not in TOOLS:
            err(f"{i}: unknown tool {tool!r}")
        if lang not in ("zh", "en"):
            err(f"{i}: lang must be zh or en")
        if len(q.strip()) < 8:
            err(f"{i}: question too short")
        has_cjk = bool(CJK.search(q))
        if lang == "zh" and not has_cjk:
            err(f"{i}: zh question has no Chinese characters")
        if lang == "en" and has_cjk:
            err(f"{i}: en question contains Chinese characters")
        for k, typ in (("artifact", str), ("values", list), ("text_any", list)):
            if not isinstance(exp.get(k), typ):
                err(f"{i}: expect.{k} missing or not {typ.__name__}")
        want_art = ARTIFACT.get(tool, "none")
        if exp.get("artifact") != want_art:
            err(f"{i}: artifact {exp.get('artifact')!r}, expected {want_art!r} for {tool}")
        for t in exp.get("text_any", []):
            if not isinstance(t, str) or not t.strip():
                err(f"{i}: text_any entries must be non-empty strings")
        vals = exp.get("values", [])
        for vv in vals:
            if not isinstance(vv, dict):
                err(f"{i}: value entry not an object")
                continue
            for k in ("value", "unit", "rel_tol", "what"):
                if k not in vv:
                    err(f"{i}: value entry lacks {k!r}")
            if not isinstance(vv.get("value"), (int, float)) or isinstance(vv.get("value"), bool):
                err(f"{i}: value is not a number")
            if not isinstance(vv.get("rel_tol"), (int, float)) or not (0 < vv.get("rel_tol", 0) <= 0.05):
                err(f"{i}: rel_tol must be a number in (0, 0.05]")
            if not isinstance(vv.get("unit"), str) or not isinstance(vv.get("what"), str) or not vv.get("what"):
                err(f"{i}: unit/what must be strings (what non-empty)")

        if tool == "run_code":
            if not vals:
                err(f"{i}: run_code item needs an expected value")
            if not isinstance(it.get("how"), str):
                err(f"{i}: run_code item needs a 'how' python expression")
        if tool == "fx_convert" and vals:
            if not isinstance(it.get("how"), str) or not isinstance(it.get("source"), str):
                err(f"{i}: fx value needs 'how' and an ECB 'source'")
        if tool not in ("run_code", "fx_convert") and vals:
            err(f"{i}: {tool} items should carry no numeric values")
        if isinstance(it.get("how"), str) and vals:
            try:
                got = eval(it["how"], dict(SAFE_GLOBALS))
            except Exception as e:  # noqa: BLE001
                err(f"{i}: 'how' failed: {e}")
            else:
                want = vals[0].get("value")
                if not isinstance(got, (int, float)) or not math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12):
                    err(f"{i}: recomputed {got!r} != stored {want!r}")

    per_tool = Counter(it.get("tool") for it in items)
    per_tool_lang = Counter((it.get("tool"), it.get("lang")) for it in items)
    per_lang = Counter(it.get("lang") for it in items)
    for t in TOOLS:
        if per_tool[t] != 6:
            err(f"tool {t}: {per_tool[t]} items, expected 6")
        for lg in ("zh", "en"):
            if per_tool_lang[(t, lg)] != 3:
                err(f"tool {t}/{lg}: {per_tool_lang[(t, lg)]} items, expected 3")
    if per_lang["zh"] != 18 or per_lang["en"] != 18:
        err(f"languages: {dict(per_lang)}, expected 18 zh / 18 en")

    for t in TOOLS:
        print(f"{t:11s} zh={per_tool_lang[(t, 'zh')]} en={per_tool_lang[(t, 'en')]}")
    print(f"total={len(items)} zh={per_lang['zh']} en={per_lang['en']}")
    if errors:
        print("\n".join("FAIL: " + e for e in errors))
        print(f"0 passed, {len(errors)} failed")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("heldout.jsonl")))
