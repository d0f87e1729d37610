#!/usr/bin/env python3
"""Sanity checks for the held-out audit set (stdlib only).

For every label in labels.jsonl:
  * the quote is 10-120 chars and occurs exactly once in its document;
  * the printed number occurs inside the quote;
  * truth=holds/error with a "check" expression: |correct - eval(check)| is tiny;
  * truth=holds: the printed number equals `correct` to the printed precision;
  * truth=error: the printed number differs from `correct` by > 2% and by more
    than the rounding of the printed figure;
  * kind=inconsistent: exactly two lines per pair, both truth=error, numbers differ > 2%;
  * truth=unverifiable: correct is null.
Exit status 0 if everything passes.
"""
import json, math, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"percentage", "growth", "cagr", "multiple", "sum", "product", "training_time",
         "training_compute", "conversion", "ranking", "table", "inconsistent", "unverifiable"}
TRUTHS = {"holds", "error", "unverifiable"}

NUM_RE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)(?:\s*[×x]\s*10\^(-?\d+))?")


def parse_number(s):
    """Return (value, half_ulp) for a printed number such as '1,234.5', '20.83%', '6.3×10^24'."""
    m = NUM_RE.search(s)
    if not m:
        raise ValueError("no number in %r" % s)
    mant = m.group(1).replace(",", "")
    dec = len(mant.split(".")[1]) if "." in mant else 0
    val = float(mant)
    half = 0.5 * 10 ** (-dec)
    if m.group(2) is not None:
        e = int(m.group(2))
        val *= 10 ** e
        half *= 10 ** e
    return val, half


def main():
    errs = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                labels.append((i, json.loads(line)))
    docs = {}
    pairs = defaultdict(list)
    for i, d in labels:
        tag = "line %d (%s: %r)" % (i, d.get("doc"), d.get("quote"))
        for k in ("doc", "quote", "number", "kind", "truth", "correct", "explanation"):
            if k not in d:
                errs.append("%s: missing key %s" % (tag, k))
        if d["kind"] not in KINDS:
            errs.append("%s: bad kind %s" % (tag, d["kind"]))
        if d["truth"] not in TRUTHS:
            errs.append("%s: bad truth %s" % (tag, d["truth"]))
        path = os.path.join(HERE, "docs", d["doc"])
        if d["doc"] not in docs:
            if not os.path.exists(path):
                errs.append("%s: missing doc" % tag)
                continue
            with open(path, encoding="utf-8") as f:
                docs[d["doc"]] = f.read()
        text = docs[d["doc"]]
        q = d["quote"]
        if not (10 <= len(q) <= 120):
            errs.append("%s: quote length %d" % (tag, len(q)))
        n = text.count(q)
        if n != 1:
            errs.append("%s: quote occurs %d times" % (tag, n))
        if d["number"] not in q:
            errs.append("%s: number %r not in quote" % (tag, d["number"]))
        try:
            pval, half = parse_number(d["number"])
        except ValueError as e:
            errs.append("%s: %s" % (tag, e))
            continue
        c = d["correct"]
        if d["truth"] == "unverifiable":
            if c is not None:
                errs.append("%s: unverifiable with correct value" % tag)
            continue
        if d["kind"] == "inconsistent":
            if d["truth"] != "error":
                errs.append("%s: inconsistent must be error" % tag)
            if not d.get("pair"):
                errs.append("%s: inconsistent without pair" % tag)
            pairs[d["pair"]].append((tag, pval))
            continue
        if c is None:
            errs.append("%s: holds/error without correct value" % tag)
            continue
        if "check" in d:
            cv = eval(d["check"], {"__builtins__": {}, "math": math, "max": max, "min": min,
                                   "sorted": sorted, "sum": sum, "abs": abs, "round": round})
            if abs(cv - c) > 1e-3 * abs(cv) + 1e-12:
                errs.append("%s: correct %r != check %r" % (tag, c, cv))
        else:
            errs.append("%s: no check expression" % tag)
        diff = abs(pval - c)
        if d["truth"] == "holds":
            if diff > half * 1.0001 + 1e-12 * abs(c):
                errs.append("%s: holds but printed %r vs correct %r (tol %g)" % (tag, pval, c, half))
        else:
            if c == 0 or diff / abs(c) <= 0.02 or diff <= half:
                errs.append("%s: error but printed %r too close to correct %r" % (tag, pval, c))
    for pid, items in pairs.items():
        if len(items) != 2:
            errs.append("pair %s has %d items" % (pid, len(items)))
            continue
        (t1, v1), (t2, v2) = items
        if abs(v1 - v2) <= 0.02 * max(abs(v1), abs(v2)):
            errs.append("pair %s values too close: %r %r" % (pid, v1, v2))
    # every document in docs/ should be labelled
    for fn in sorted(os.listdir(os.path.join(HERE, "docs"))):
        if fn not in docs:
            errs.append("doc %s has no labels" % fn)
    for fn, t in docs.items():
        if not (1500 <= len(t) <= 5000):
            errs.append("doc %s length %d outside 1500-5000 chars" % (fn, len(t)))
    cnt = Counter((d["kind"], d["truth"]) for _, d in labels)
    tr = Counter(d["truth"] for _, d in labels)
    print("labels:", len(labels), dict(tr))
    for k in sorted({k for k, _ in cnt}):
        print("  %-17s holds=%-3d error=%-3d unverifiable=%d" % (
            k, cnt[(k, "holds")], cnt[(k, "error")], cnt[(k, "unverifiable")]))
    for fn, t in sorted(docs.items()):
        print("  %s: %d chars" % (fn, len(t)))
    if errs:
        print("\nFAILURES (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
