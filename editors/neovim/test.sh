#!/usr/bin/env bash
# Neovim + gtm lsp: opens examples/phone-launch.gtm (with one owner made unknown) beside
# examples/org.gtm in a temporary workspace, through editors/neovim/gtm.lua, and checks the
# server's diagnostics and hover. Prints "N passed, N failed"; exits non-zero on failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
command -v nvim >/dev/null || { echo "neovim is not installed (apt-get install neovim)"; echo "0 passed, 1 failed"; exit 1; }
ws=$(mktemp -d "${TMPDIR:-/tmp}/gtm-nvim.XXXXXX")
trap 'rm -rf "$ws"' EXIT
cp "$repo/examples/org.gtm" "$repo/examples/phone-launch.gtm" "$ws/"
sed -i '/task samples/s/owner bob /owner bobby /' "$ws/phone-launch.gtm"
grep -q 'owner bobby' "$ws/phone-launch.gtm"
export GTM_REPO="$repo" GTM_WS="$ws" XDG_STATE_HOME="$ws/.state" XDG_CACHE_HOME="$ws/.cache"
# nvim exits by itself; the timeout only bounds a hang (server never starting, etc.).
status=0
timeout 150 nvim --headless -u NONE -i NONE -n -c "luafile $repo/editors/neovim/test.lua" </dev/null || status=$?
if [ "$status" -eq 124 ]; then echo "FAIL neovim timed out"; echo "0 passed, 1 failed"; fi
exit "$status"
