#!/usr/bin/env bash
# Installs the system packages the tests need (headless Chromium and its driver for the web UI tests, espeak-ng
# for speech, CJK fonts for charts), and the npm packages of the independent clients (the official openai client,
# the official MCP SDK and a reference MCP server). Idempotent: it installs only what is
# missing, and runs `apt-get update` at most once. Needs root or passwordless sudo for apt; without either it
# says what to install and the tests that need it are skipped with that message.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)

APT_PACKAGES=(chromium chromium-driver fonts-wqy-zenhei espeak-ng)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
      echo "system-deps: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
      exit 0
    fi
  fi
  echo "system-deps: installing ${missing[*]} ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm clients used by the tests, pinned, installed under the project (never globally)
NPM_DIR="$ROOT/.zhiti-local/npm"
NPM_PACKAGES=(openai@6.30.1 @modelcontextprotocol/sdk@1.32.2 @modelcontextprotocol/server-everything@2026.8.31)
npm_missing=()
for spec in "${NPM_PACKAGES[@]}"; do
  name=${spec%@*}
  want=${spec##*@}
  have=$(node -p "require('$NPM_DIR/node_modules/$name/package.json').version" 2>/dev/null || true)
  [ "$have" = "$want" ] || npm_missing+=("$spec")
done
if [ ${#npm_missing[@]} -gt 0 ]; then
  mkdir -p "$NPM_DIR"
  [ -f "$NPM_DIR/package.json" ] || echo '{"name":"zhiti-test-clients","private":true}' > "$NPM_DIR/package.json"
  echo "system-deps: installing ${npm_missing[*]} ..." >&2
  (cd "$NPM_DIR" && npm install --silent --no-audit --no-fund "${npm_missing[@]}" >/dev/null)
fi
