#!/usr/bin/env bash
# VS Code extension: installs the locked npm packages, runs the grammar and extension tests
# (node --test) and packages gtm-plan.vsix with vsce. Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  timeout 300 npm ci --no-audit --no-fund --loglevel=error
fi
# The lock file may name no download address but the npm registry's.
if grep -o '"resolved": *"[^"]*"' package-lock.json | grep -v '"https://registry.npmjs.org/'; then
  echo "FAIL package-lock.json downloads from outside the npm registry"; exit 1
fi
timeout 120 node --test --test-reporter=spec test/
rm -f gtm-plan.vsix
timeout 120 npx --no-install vsce package --skip-license --allow-missing-repository --out gtm-plan.vsix >vsce.log 2>&1 \
  || { cat vsce.log; exit 1; }
for f in extension/package.json extension/extension.js extension/language-configuration.json \
         extension/syntaxes/gtm.tmLanguage.json extension/node_modules/vscode-languageclient/node.js; do
  unzip -l gtm-plan.vsix "$f" >/dev/null || { echo "FAIL gtm-plan.vsix lacks $f"; exit 1; }
done
rm -f vsce.log
echo "PASS packaged $(pwd)/gtm-plan.vsix ($(du -k gtm-plan.vsix | cut -f1) KB)"
