#!/bin/sh
# process-benchmark.sh: the cold figures of the real ./gtm, one whole process per run
# (docs/performance.md, "Cold figures"). Called as `releng/scripts/benchmark.sh process ...`.
#   releng/scripts/benchmark.sh process                      N = 2000, 20000, 100000; 5 runs each
#   releng/scripts/benchmark.sh process --runs 3 1000 20000
#   JAVA_OPTS=-Xmx1g releng/scripts/benchmark.sh process 100000
# For each N it writes the synthetic plan (bench.gtm + people.gtm) once, then runs
# `./gtm validate DIR` and `./gtm generate DIR --out OUT` (all formats) K times each under
# /usr/bin/time, and prints the median wall time and the median peak RSS (the kernel's maximum
# resident set of the process), with the load average before each size. It also times
# `./gtm validate examples`. JAVA_OPTS goes to ./gtm (not to the plan writer).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || set -- 2000 20000 100000
if [ ! -x /usr/bin/time ]; then
  echo "process benchmark: needs /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/gtm-process-benchmark.XXXXXX")
trap 'rm -rf "$work"' EXIT
gtm_opts=${JAVA_OPTS:-}

# The median of the numbers on standard input.
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs "$@" $runs times; prints "median-wall-s median-peak-rss-MB exit-status-of-last-run median-cpu-s"
# (cpu: user + system time of the process, the figure a loaded machine disturbs least).
measure() {
  : >"$work/times"
  status=0
  i=0
  while [ "$i" -lt "$runs" ]; do
    JAVA_OPTS="$gtm_opts" /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr"
    status=$?
    tail -n 1 "$work/time" >>"$work/times"
    i=$((i + 1))
  done
  if [ "$status" -ne 0 ]; then
    echo "process benchmark: '$*' exited with $status; its last lines:" >&2
    tail -n 5 "$work/stderr" >&2
  fi
  wall=$(cut -d' ' -f1 "$work/times" | median)
  rss=$(cut -d' ' -f2 "$work/times" | median)
  cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$work/times" | median)
  echo "$wall $(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }') $status $cpu"
}

load() {
  cut -d' ' -f1 /proc/loadavg
}

# The first run builds ./gtm when its sources changed and writes its start-up archive: not timed.
"$root/gtm" validate "$root/examples" >/dev/null 2>&1

echo "gtm process benchmark: $runs runs each, medians; JAVA_OPTS=$gtm_opts; $(nproc) cores"
row() {
  printf '%-22s %8s %6s %9s %8s %8s %8s %s\n' "$@"
}
row "command" "tasks" "load" "wall s" "cpu s" "peak MB" "out MB" "exit"
set -- "$@"
line=$(measure "$root/gtm" validate "$root/examples")
row "validate examples" "-" "$(load)" $(echo "$line" | awk '{ print $1, $4, $2 }') "-" "$(echo "$line" | cut -d' ' -f3)"
for n in "$@"; do
  plan="$work/plan-$n"
  out="$work/out-$n"
  "$root/releng/scripts/benchmark.sh" --write "$plan" "$n" >"$work/write.log" 2>&1 || { cat "$work/write.log" >&2; exit 2; }
  line=$(measure "$root/gtm" validate "$plan")
  row "validate" "$n" "$(load)" $(echo "$line" | awk '{ print $1, $4, $2 }') "-" "$(echo "$line" | cut -d' ' -f3)"
  # A fresh output folder for every run: unchanged files would not be rewritten.
  line=$(measure sh -c 'rm -rf "$1" && exec "$2" generate "$3" --out "$1"' generate "$out" "$root/gtm" "$plan")
  bytes=$(du -sb "$out" 2>/dev/null | cut -f1)
  row "generate (all formats)" "$n" "$(load)" $(echo "$line" | awk '{ print $1, $4, $2 }') \
    "$(awk -v b="${bytes:-0}" 'BEGIN { printf "%.1f", b / 1e6 }')" "$(echo "$line" | cut -d' ' -f3)"
  rm -rf "$plan" "$out"
done
