#!/bin/sh
# benchmark.sh: runs the validation benchmark (tests/org.gtmplan.benchmark, docs/performance.md).
#   releng/scripts/benchmark.sh                         N = 1000, 10000, 20000, 100000
#   releng/scripts/benchmark.sh 1000 20000              other plan sizes
#   releng/scripts/benchmark.sh --warmup 3 --runs 5     more runs per size
#   releng/scripts/benchmark.sh --write DIR 100000      write the synthetic plan for ./gtm validate DIR
#   releng/scripts/benchmark.sh generate [N]            time gtm generate's four formats (default 20000)
#   releng/scripts/benchmark.sh process [--runs K] [N...]  the real ./gtm validate and generate as whole
#                                                       processes: median wall time and peak RSS
#                                                       (default N = 2000, 20000, 100000; JAVA_OPTS
#                                                       goes to ./gtm; see process-benchmark.sh)
#   releng/scripts/benchmark.sh lsp [--edits K] [N...]  time gtm lsp's didChange -> publishDiagnostics
#                                                       (default N = 1000, 5000, 20000; LSP_JAVA_OPTS
#                                                       goes to the server's JVM)
# JAVA_OPTS is passed to the JVM (e.g. JAVA_OPTS=-Xmx1g). Builds what it needs when it is missing
# or older than the sources.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ "${1:-}" = "process" ]; then
  shift
  exec "$root/releng/scripts/process-benchmark.sh" "$@"
fi
. "$root/releng/scripts/select-jdk.sh"
gtm_select_jdk || exit 2

plugins="$root/releng/org.gtmplan.repository/target/repository/plugins"
classes="$root/tests/org.gtmplan.benchmark/target/classes"
stamp="$root/tests/org.gtmplan.benchmark/target/benchmark.stamp"

needs_build() {
  [ -f "$stamp" ] && [ -d "$plugins" ] && [ -d "$classes" ] || return 0
  [ -n "$(find "$root/bundles" "$root/tests/org.gtmplan.benchmark" "$root/releng/org.gtmplan.target" "$root/pom.xml" \
      \( -path '*/target' -o -path '*/src-gen' -o -path '*/emf-gen' \) -prune -o -type f -newer "$stamp" -print 2>/dev/null | head -n 1)" ]
}
if needs_build; then
  echo "benchmark: building the tool and the benchmark (about a minute)..." >&2
  log="${TMPDIR:-/tmp}/gtm-benchmark-build-$$.log"
  # Every module is listed: -am does not see the target definition, the feature or the bundles
  # named in MANIFEST.MF files as dependencies, so `-pl <site> -am` alone fails on a fresh clone.
  # The update site's category also holds the editor's feature, so its bundle and feature are built too.
  modules=releng/org.gtmplan.target,bundles/org.gtmplan.lang,bundles/org.gtmplan.lang.ide,bundles/org.gtmplan.cli
  modules=$modules,bundles/org.gtmplan.lang.ui,features/org.gtmplan.feature,features/org.gtmplan.ui.feature
  modules=$modules,releng/org.gtmplan.repository,tests/org.gtmplan.benchmark
  # Offline first (the usual case once the target platform is cached), then online once.
  if ! "$root/mvnw" -B -q -o -f "$root/pom.xml" -DskipTests -pl "$modules" package >"$log" 2>&1 \
      && ! "$root/mvnw" -B -q -f "$root/pom.xml" -DskipTests -pl "$modules" package >"$log" 2>&1; then
    echo "benchmark: the build failed; its log is $log" >&2
    exit 2
  fi
  rm -f "$log"
  touch "$stamp"
fi

major=$(gtm_java_major "$JAVA_HOME")
extra=""
# Guice warns about sun.misc.Unsafe on Java 23+; the flag that silences it is unknown before.
[ "${major:-0}" -ge 23 ] && extra="--sun-misc-unsafe-memory-access=allow"
echo "benchmark: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1) at $JAVA_HOME; JAVA_OPTS=${JAVA_OPTS:-}" >&2
main=org.gtmplan.benchmark.ValidationBenchmark
# `benchmark.sh generate [N]` times the documents of gtm generate instead of validation.
if [ "${1:-}" = "generate" ]; then
  main=org.gtmplan.benchmark.GenerationBenchmark
  shift
fi
# `benchmark.sh lsp [N...]` starts the language server as its own process (same JDK and plugins)
# and times edits in it; the server's JVM gets $extra and LSP_JAVA_OPTS.
if [ "${1:-}" = "lsp" ]; then
  main=org.gtmplan.benchmark.LspBenchmark
  shift
  LSP_JAVA_OPTS="$extra ${LSP_JAVA_OPTS:-}"
  export LSP_JAVA_OPTS
  # The server is started through ./gtm, with the JVM options users get (GTM_BENCH_PLAIN_JAVA=1: plain java).
  [ -n "${GTM_BENCH_PLAIN_JAVA:-}" ] || extra="$extra -Dgtm.launcher=$root/gtm"
fi
exec "$JAVA_HOME/bin/java" $extra ${JAVA_OPTS:-} -Dgtm.plugins="$plugins" -cp "$plugins/*:$classes" "$main" "$@"
