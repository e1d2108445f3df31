#!/usr/bin/env bash
# Pictures of Neovim with gtm lsp for docs/editors.md: docs/neovim-hover.png (hover on T-32d)
# and docs/neovim-diagnostics.png (the unknown owner). Neovim runs in xterm on a virtual X
# display; ImageMagick's import photographs it. Needs Debian's neovim xvfb xterm imagemagick
# x11-utils fonts-dejavu-core fonts-wqy-zenhei (installed when missing).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
need=()
for c in nvim:neovim xvfb-run:xvfb xterm:xterm /usr/bin/import:imagemagick xwininfo:x11-utils; do
  command -v "${c%%:*}" >/dev/null 2>&1 || need+=("${c##*:}")
done
fc-list | grep -q 'WenQuanYi Zen Hei' || need+=(fonts-wqy-zenhei)
fc-list | grep -q 'DejaVu Sans Mono' || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
"$repo/gtm" validate "$repo/examples" >/dev/null

ws=$(mktemp -d "${TMPDIR:-/tmp}/gtm-shot.XXXXXX")
trap 'rm -rf "$ws"' EXIT
cp "$repo/examples/org.gtm" "$repo/examples/phone-launch.gtm" "$ws/"
sed -i '/task samples/s/owner bob /owner bobby /' "$ws/phone-launch.gtm"

cat >"$ws/session.sh" <<INNER
#!/usr/bin/env bash
set -e
export GTM_REPO="$repo" GTM_WS="$ws" XDG_STATE_HOME="$ws/.state" XDG_CACHE_HOME="$ws/.cache"
xterm -geometry 140x34+0+0 -bc -fa 'DejaVu Sans Mono' -fd 'WenQuanYi Zen Hei Mono' -fs 11 \
  -bg '#1c1c1c' -fg '#d0d0d0' -T gtm -xrm 'XTerm*termName: xterm-256color' \
  -e nvim -u NONE -i NONE -n -c "luafile $repo/editors/neovim/screenshot.lua" &
term=\$!
shoot() { # wait for the marker, photograph the xterm window, tell Neovim to go on
  for _ in \$(seq 1 300); do [ -f "$ws/\$1.ready" ] && break; sleep 0.1; done
  [ -f "$ws/\$1.ready" ] || { echo "screenshot: Neovim never got to \$1" >&2; kill \$term; exit 1; }
  sleep 0.5
  id=\$(xwininfo -root -tree | awk '/"gtm"/ {print \$1; exit}')
  /usr/bin/import -window "\$id" "$repo/docs/neovim-\$1.png"
  touch "$ws/\$1.done"
}
shoot hover
shoot diagnostics
wait \$term
INNER
chmod +x "$ws/session.sh"
timeout 120 xvfb-run -a -s "-screen 0 1600x900x24" "$ws/session.sh"
for f in hover diagnostics; do
  /usr/bin/convert "$repo/docs/neovim-$f.png" -strip "$repo/docs/neovim-$f.png"
  echo "wrote docs/neovim-$f.png ($(/usr/bin/identify -format '%wx%h' "$repo/docs/neovim-$f.png"))"
done
