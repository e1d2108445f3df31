#!/usr/bin/env bash
# Every editor setup of docs/editors.md against the real `gtm lsp`: the VS Code extension
# (grammar, client, .vsix), Neovim (headless) and Emacs with eglot (batch). Installs what is
# missing (Debian's neovim, emacs-nox, elpa-eglot on Emacs < 29, unzip; the locked npm packages).
# Exits non-zero when any of them fails. Called by .ci/run.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if command -v emacs >/dev/null 2>&1 && ! emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then
  missing+=(elpa-eglot)                  # Emacs 28 (Debian 12): eglot is a package, not built in
elif ! command -v emacs >/dev/null 2>&1; then
  missing+=(elpa-eglot)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "editors: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  timeout 120 $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 300 $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "editors: node and npm are needed"; exit 1; }

# The server the editors start; builds the tool when its sources changed (CI has just built it).
timeout 600 ./gtm validate examples >/dev/null || { echo "editors: ./gtm does not run"; exit 1; }

failed=()
run() {
  local name=$1; shift
  echo "=== $name"
  local start=$SECONDS
  if "$@"; then echo "=== $name: ok ($((SECONDS - start)) s)"; else echo "=== $name: FAILED"; failed+=("$name"); fi
}
run vscode editors/vscode/test.sh
run neovim editors/neovim/test.sh
run emacs editors/emacs/test.sh

if [ ${#failed[@]} -gt 0 ]; then echo "editors: failed: ${failed[*]}"; exit 1; fi
echo "editors: all passed"
