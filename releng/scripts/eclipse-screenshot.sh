#!/bin/sh
# Photographs the GTM editor (a plan with a problem, the Problems view, the Outline) into
# docs/eclipse-editor.png, the same problem with its quick-fix offered (Ctrl+1) into
# docs/eclipse-quickfix.png, the New Plan wizard into eclipse-wizard.png (WizardScreenshotTest), and beside them the builder's pictures (eclipse-properties.png,
# eclipse-generated.png, eclipse-generate-command.png, eclipse-generate-dialog.png;
# BuilderScreenshotTest): runs the editor's workbench tests with gtm.screenshot set, under an
# Xvfb of its own, and ImageMagick's `import` takes the picture. Needs xvfb and imagemagick
# (apt-get install -y xvfb imagemagick).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/eclipse-editor.png"
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -f "$displayfile"' EXIT
i=0; while [ ! -s "$displayfile" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
DISPLAY=":$(cat "$displayfile")"; export DISPLAY
"$root/mvnw" -B -q -o -f "$root/pom.xml" verify -Dgtm.screenshot="$out" \
  -pl releng/org.gtmplan.target,bundles/org.gtmplan.lang,bundles/org.gtmplan.lang.ide,bundles/org.gtmplan.cli,bundles/org.gtmplan.lang.ui,tests/org.gtmplan.lang.ui.tests
echo "wrote $out and $root/docs/eclipse-quickfix.png"
