#!/bin/sh
# screenshot.sh: the picture of the generated checklist in the README (docs/checklist.png).
# It generates the example plan's checklist with the real ./gtm, then has Debian's headless
# Chromium photograph the page from file://, with a fresh profile and nothing reaching the network.
# Needs: chromium (apt-get install chromium) and a font with Chinese glyphs (fonts-wqy-microhei);
# run as root, it installs both when missing.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out_png="${1:-$root/docs/checklist.png}"
size="${GTM_SCREENSHOT_SIZE:-1280,1600}"

need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
fc-list :lang=zh 2>/dev/null | grep -q . || need="$need fonts-wqy-microhei"
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
  else
    echo "screenshot.sh: please install:$need" >&2
    exit 2
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
SOURCE_DATE_EPOCH=0 "$root/gtm" generate --formats html --out "$work/out" "$root/examples" >"$work/gtm.log" 2>&1 || {
  cat "$work/gtm.log" >&2
  exit 1
}

# --hide-scrollbars: the picture shows the page, not the window.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size="$size" \
  --screenshot="$work/shot.png" "file://$work/out/MateX.html" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2
  exit 1
}
[ -s "$work/shot.png" ] || { echo "screenshot.sh: Chromium wrote no picture" >&2; cat "$work/chromium.log" >&2; exit 1; }
mkdir -p "$(dirname "$out_png")"
cp "$work/shot.png" "$out_png"
echo "wrote $out_png ($(wc -c <"$out_png") bytes)"
