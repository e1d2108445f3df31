#!/bin/sh
# browser-benchmark.sh: how the checklist of a big plan behaves in headless Chromium (size, open,
# filter by owner, tick a box); prints figures for docs/performance.md. Needs the built update
# site (./gtm builds it) and Debian's chromium and chromium-driver.
#   releng/scripts/browser-benchmark.sh              N = 1000, 20000
#   releng/scripts/browser-benchmark.sh 5000 20000   other plan sizes
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/gtm" --version >/dev/null
exec "$root/mvnw" -B -q -f "$root/tests/org.gtmplan.html.tests/pom.xml" test-compile \
  org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.mainClass=org.gtmplan.html.tests.ChecklistBrowserBenchmark \
  -Dexec.classpathScope=test -Dexec.args="$*" -Dgtm.root="$root"
