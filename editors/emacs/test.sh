#!/usr/bin/env bash
# Emacs (emacs-nox) + gtm-mode.el + eglot + gtm lsp, in batch: highlighting of the example plan,
# flymake showing the server's unresolved-reference for an unknown owner, hover on a date.
# Prints "N passed, N failed"; exits non-zero on failure.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
command -v emacs >/dev/null || { echo "emacs is not installed (apt-get install emacs-nox elpa-eglot)"; echo "0 passed, 1 failed"; exit 1; }
ws=$(mktemp -d "${TMPDIR:-/tmp}/gtm-emacs.XXXXXX")
trap 'rm -rf "$ws"' EXIT
cp "$repo/examples/org.gtm" "$repo/examples/phone-launch.gtm" "$ws/"
sed -i '/task samples/s/owner bob /owner bobby /' "$ws/phone-launch.gtm"
grep -q 'owner bobby' "$ws/phone-launch.gtm"
status=0
# HOME in the workspace: no user init, no eglot/flymake state left behind.
HOME="$ws" GTM_REPO="$repo" GTM_WS="$ws" timeout 150 emacs --batch -l "$repo/editors/emacs/test.el" </dev/null 2>"$ws/emacs.log" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- emacs messages:"; tail -n 30 "$ws/emacs.log"
  [ "$status" -eq 124 ] && { echo "FAIL emacs timed out"; echo "0 passed, 1 failed"; }
fi
exit "$status"
