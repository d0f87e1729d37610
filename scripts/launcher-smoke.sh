#!/usr/bin/env bash
# Smoke test of ./zhiti as a user runs it: from another directory, building on first use, the CLI contract.
set -uo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
export ZHITI_HOME="$TMP/home"   # hermetic: nothing from the user's ~/.zhiti, nothing left behind
pass=0 fail=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "launcher smoke FAILED: $name" >&2; fi
}
answer_ok() { # file: one JSON object with the compute and a server count, each with provenance
  python3 - "$1" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert a["brain"] == "offline" and a["answer"], a
figs = {f["name"]: f for f in a["figures"]}
c = figs["training compute"]
assert abs(c["value"] - 3.15e23) < 1e20, c
servers = [f for n, f in figs.items() if n.endswith("servers needed")]
assert servers and servers[0]["value"] > 0, figs.keys()
for f in [c] + servers:
    assert f["formula"] and f["inputs"] and f["source"], f
assert isinstance(a["steps"], list) and a["steps"] and isinstance(a["citations"], list)
PY
}
Q_EN="How many DGX A100 servers are needed to train GPT-3 (175B parameters, 300B tokens) in 7 days?"
Q_ZH="用 DGX A100 在 7 天内训练 GPT-3（1750 亿参数，3000 亿 token）需要多少台服务器？"
"$ROOT/zhiti" ask "$Q_EN" --json >"$TMP/en.json" 2>"$TMP/en.err"; check "ask --json (en) exits 0" test $? -eq 0
check "ask --json (en) follows the contract" answer_ok "$TMP/en.json"
"$ROOT/zhiti" ask "$Q_ZH" --json >"$TMP/zh.json" 2>/dev/null; check "ask --json (zh) exits 0" test $? -eq 0
check "ask --json (zh) follows the contract" answer_ok "$TMP/zh.json"
"$ROOT/zhiti" ask "" >/dev/null 2>"$TMP/empty.err"; rc=$?
check "empty question exits 2" test $rc -eq 2
check "empty question says what to fix" grep -q "question is empty" "$TMP/empty.err"
"$ROOT/zhiti" econ train --model GPT-5 >/dev/null 2>"$TMP/gpt5.err"; rc=$?
check "unknown model exits 2 with suggestions" bash -c "[ $rc -eq 2 ] && grep -q 'did you mean' '$TMP/gpt5.err'"
"$ROOT/zhiti" demo >"$TMP/demo.out" 2>&1; check "demo runs" test $? -eq 0
check "no stack traces" bash -c "! grep -l 'at zhiti\.' '$TMP'/*.err '$TMP/demo.out'"
echo "launcher smoke: $pass checks ok, $fail failed"
[ "$fail" -eq 0 ]
