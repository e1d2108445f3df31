#!/bin/sh
# Compares the bundles the target platform resolved in this build with the list recorded in
# releng/org.gtmplan.target/resolved-bundles.txt. The Eclipse poms on Maven Central use version
# ranges, so a new Eclipse release can move a transitive bundle; this makes the move visible.
# Usage: check-target-drift.sh [--update]
root=$(cd "$(dirname "$0")/../.." && pwd)
# The update site's bundles and those of the products (GTM Studio, the bare p2 platform), which add
# the Project Explorer, p2's director and ECF.
plugins="$root/releng/org.gtmplan.repository/target/repository/plugins"
product_plugins="$root/releng/org.gtmplan.product/target/repository/plugins"
recorded="$root/releng/org.gtmplan.target/resolved-bundles.txt"
[ -d "$plugins" ] && [ -d "$product_plugins" ] || { echo "target drift: build the update site and the products first (./mvnw verify)"; exit 2; }
current=$(ls "$plugins" "$product_plugins" | grep '\.jar$' | grep -v '^org\.gtmplan\.' | sed 's/\.jar$//' | sort -u)
if [ "${1:-}" = "--update" ]; then
  printf '%s\n' "$current" > "$recorded"
  echo "target drift: recorded $(printf '%s\n' "$current" | wc -l) bundles in $recorded"
  exit 0
fi
if printf '%s\n' "$current" | diff -u "$recorded" - >/dev/null; then
  echo "target drift: none, the resolved bundles match $recorded"
  exit 0
fi
echo "target drift: the target platform resolved different bundles than recorded:"
printf '%s\n' "$current" | diff -u "$recorded" - | grep '^[-+][^-+]'
echo "Review the change, then run releng/scripts/check-target-drift.sh --update and commit."
exit 1
