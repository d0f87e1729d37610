#!/usr/bin/env python3
"""Validate the development set: docs + labels.jsonl (stdlib only).

Checks
  * 12 docs, 1,500-4,000 characters each, required formats/tables present
  * every label: required fields, valid truth/kind, quote 10-120 chars,
    quote occurs exactly once in its doc, printed number occurs exactly once
    (as a whole token) inside the quote
  * optional "check" expression evaluates to "correct"
  * holds: printed number equals correct within rounding of its printed precision
  * error (non-inconsistent): printed number differs from correct by more than rounding
  * inconsistent: pairs of exactly two quotes, same doc, different printed numbers
Exit code 0 only if everything passes.
"""
import json, math, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"percentage", "growth", "cagr", "multiple", "sum", "share_sum", "product",
         "training_compute", "training_time", "conversion", "ranking", "table",
         "inconsistent", "forecast", "fact", "opinion"}
TRUTHS = {"holds", "error", "unverifiable"}
NUM_RE = re.compile(r"^(-?)([\d,]*\.?\d+)(?:\s*[×x]\s*10\^(-?\d+))?$")

errors = []
def fail(msg):
    errors.append(msg)

def parse_number(s):
    """Return (value, tolerance) for a printed number string."""
    s = s.strip()
    m = re.fullmatch(r"10\^(-?\d+)", s)
    if m:
        return 10.0 ** int(m.group(1)), 0.5 * 10.0 ** int(m.group(1))
    m = NUM_RE.match(s)
    if not m:
        raise ValueError("unparseable number %r" % s)
    sign, mant, exp = m.groups()
    mant_clean = mant.replace(",", "")
    decimals = len(mant_clean.split(".")[1]) if "." in mant_clean else 0
    scale = 10.0 ** int(exp) if exp else 1.0
    val = float(mant_clean) * scale * (-1 if sign else 1)
    tol = 0.5 * 10.0 ** (-decimals) * scale
    return val, tol

def token_count(number, quote):
    pat = r"(?<![\d.,])" + re.escape(number) + r"(?![\d]|[.,]\d)"
    return len(re.findall(pat, quote))

def main():
    # ---- documents ----
    docs = {}
    for fn in sorted(os.listdir(DOCS)):
        with open(os.path.join(DOCS, fn), encoding="utf-8") as f:
            docs[fn] = f.read()
    if len(docs) != 12:
        fail("expected 12 docs, found %d" % len(docs))
    for fn, txt in docs.items():
        n = len(txt)
        if not 1500 <= n <= 4000:
            fail("%s: length %d outside 1500-4000" % (fn, n))
        ext = fn.rsplit(".", 1)[1]
        if ext not in ("txt", "md", "html"):
            fail("%s: bad extension" % fn)
    html_tables = [fn for fn, t in docs.items() if fn.endswith(".html") and "<table" in t and "<td>" in t]
    md_tables = [fn for fn, t in docs.items() if fn.endswith(".md") and re.search(r"^\|.*\|\s*$\n^\|[-| :]+\|\s*$", t, re.M)]
    if len(html_tables) < 2: fail("need >=2 html docs with <table>: %s" % html_tables)
    if len(md_tables) < 2: fail("need >=2 md docs with markdown tables: %s" % md_tables)
    for fn, t in docs.items():
        if fn.endswith(".txt") and "\t" in t:
            pass  # txt tables are tab-separated

    # ---- labels ----
    items = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                fail("line %d: bad JSON: %s" % (ln, e))
    pairs = defaultdict(list)
    for ln, it in items:
        tag = "line %d (%s %r)" % (ln, it.get("doc"), it.get("quote"))
        for k in ("doc", "quote", "number", "kind", "truth", "correct", "explanation"):
            if k not in it:
                fail("%s: missing field %s" % (tag, k))
        if it.get("truth") not in TRUTHS: fail("%s: bad truth" % tag)
        if it.get("kind") not in KINDS: fail("%s: bad kind %r" % (tag, it.get("kind")))
        doc = docs.get(it.get("doc"))
        if doc is None:
            fail("%s: unknown doc" % tag); continue
        q, num = it["quote"], it["number"]
        if not 10 <= len(q) <= 120: fail("%s: quote length %d" % (tag, len(q)))
        c = doc.count(q)
        if c != 1: fail("%s: quote occurs %d times in doc" % (tag, c))
        if token_count(num, q) != 1:
            fail("%s: number %r occurs %d times as a token in quote" % (tag, num, token_count(num, q)))
        corr = it.get("correct")
        if "check" in it and it["check"] is not None:
            try:
                v = eval(it["check"], {"__builtins__": {}, "math": math, "abs": abs, "round": round})
            except Exception as e:
                fail("%s: check failed to evaluate: %s" % (tag, e)); v = None
            if v is not None and (corr is None or abs(v - corr) > 1e-6 * max(1.0, abs(v))):
                fail("%s: check=%r but correct=%r" % (tag, v, corr))
        truth, kind = it.get("truth"), it.get("kind")
        if truth == "unverifiable":
            if corr is not None: fail("%s: unverifiable item has correct" % tag)
            continue
        if kind == "inconsistent":
            if "pair" not in it: fail("%s: inconsistent item without pair" % tag)
            else: pairs[it["pair"]].append(it)
            if truth != "error": fail("%s: inconsistent item must be truth=error" % tag)
            continue
        if corr is None:
            fail("%s: %s item without correct" % (tag, truth)); continue
        try:
            val, tol = parse_number(num)
        except ValueError as e:
            fail("%s: %s" % (tag, e)); continue
        diff = abs(val - corr)
        slack = tol + 1e-9 * max(1.0, abs(corr))
        if truth == "holds" and diff > slack:
            fail("%s: HOLDS but printed %s vs correct %r (diff %g > tol %g)" % (tag, num, corr, diff, tol))
        if truth == "error" and diff <= slack:
            fail("%s: ERROR but printed %s within rounding of correct %r" % (tag, num, corr))
    for p, lst in pairs.items():
        if len(lst) != 2:
            fail("pair %s has %d members" % (p, len(lst))); continue
        a, b = lst
        if a["doc"] != b["doc"]: fail("pair %s spans docs" % p)
        if parse_number(a["number"])[0] == parse_number(b["number"])[0]:
            fail("pair %s: both quotes give the same number" % p)

    # ---- summary ----
    cnt = Counter((it["kind"], it["truth"]) for _, it in items)
    tr = Counter(it["truth"] for _, it in items)
    print("items:", len(items), dict(tr))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
