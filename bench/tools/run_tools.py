#!/usr/bin/env python3
"""Runs a tool-routing question set through `./zhiti ask --offline --json` and checks each answer: the tool the
offline brain called, the artifact it made (image/audio), the values among its figures (within rel_tol) and
keywords in its text. Usage: python3 bench/tools/run_tools.py SET.jsonl [--json]"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def ask(question):
    out = subprocess.run([os.path.join(ROOT, "zhiti"), "ask", "--offline", "--json", question],
                         capture_output=True, text=True, timeout=120)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError:
        return {"answer": out.stderr[-300:], "steps": [], "figures": [], "artifacts": []}


def judge(item, a):
    reasons = []
    tools = [s["tool"] for s in a.get("steps", [])]
    if item["tool"] not in tools:
        reasons.append(f"expected {item['tool']}, called {tools}")
    ex = item.get("expect", {})
    kind = ex.get("artifact", "none")
    kinds = [x["kind"] for x in a.get("artifacts", [])]
    if kind != "none" and kind not in kinds:
        reasons.append(f"no {kind} artifact (got {kinds})")
    for v in ex.get("values", []):
        vals = [f["value"] for f in a.get("figures", [])]
        tol = max(v.get("rel_tol", 0.01), 1e-9)
        if not any(abs(x - v["value"]) <= tol * max(abs(v["value"]), 1e-12) for x in vals):
            reasons.append(f"{v.get('what', 'value')} {v['value']} not among figures {vals[:5]}")
    text = a.get("answer", "")
    anyk = ex.get("text_any", [])
    if anyk and not any(k in text for k in anyk):
        reasons.append(f"none of {anyk} in the answer")
    return reasons


def main():
    path = sys.argv[1]
    items = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    results = []
    for it in items:
        a = ask(it["question"])
        r = judge(it, a)
        results.append({"id": it["id"], "tool": it["tool"], "lang": it["lang"], "pass": not r, "reasons": r,
                        "called": [s["tool"] for s in a.get("steps", [])]})
        print(("PASS " if not r else "FAIL ") + it["id"] + " " + it["tool"] + ("" if not r else " — " + "; ".join(r)),
              file=sys.stderr)
    by_tool = {}
    for r in results:
        t = by_tool.setdefault(r["tool"], [0, 0])
        t[0] += r["pass"]
        t[1] += 1
    summary = {"items": len(results), "passed": sum(r["pass"] for r in results),
               "accuracy_pct": round(100 * sum(r["pass"] for r in results) / max(1, len(results)), 1),
               "by_tool": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_tool.items())}}
    print(json.dumps({"summary": summary, "items": results}, ensure_ascii=False) if "--json" in sys.argv
          else json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
