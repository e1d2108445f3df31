#!/bin/sh
# Photographs GTM Studio with the example plan open (Project Explorer, GTM editor, Outline, Problems)
# into docs/gtm-studio.png: runs StudioSmokeTest on the built archive under an Xvfb of its own with
# gtm.studio.screenshot set; the test fills the screen with the window and ImageMagick's `import`
# takes the picture. Needs a built product (./mvnw verify), xvfb, xdotool, x11-utils and imagemagick
# (apt-get install -y xvfb xdotool x11-utils imagemagick).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/gtm-studio.png"
[ -f "$root/releng/org.gtmplan.product/target/products/gtm-studio-linux.gtk.x86_64.tar.gz" ] \
  || { echo "studio-screenshot: build GTM Studio first (./mvnw verify)" >&2; exit 2; }
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -f "$displayfile"' EXIT
i=0; while [ ! -s "$displayfile" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
DISPLAY=":$(cat "$displayfile")"; export DISPLAY
GTM_REQUIRE_DESKTOP_TOOLS=1 "$root/mvnw" -B -q -o -f "$root/pom.xml" verify -pl tests/org.gtmplan.studio.tests \
  -Dtest='StudioSmokeTest#studioOpensThePlanInTheGtmEditorAndExitsCleanly' -Dgtm.studio.screenshot="$out"
echo "wrote $out"
