#!/bin/sh
# tj3-plan.sh N DIR: writes DIR/bench.tjp, a TaskJuggler project shaped like the benchmark's
# synthetic GTM plan (docs/performance.md): N one-day tasks in dependency chains of 10 (each
# task one working day after the previous one), 10 persons, about 50 tasks a week, and an HTML
# task report plus an iCalendar report, so `tj3` can be timed beside `./gtm generate`.
set -u
n=${1:?tasks}
dir=${2:?folder}
mkdir -p "$dir"
awk -v n="$n" 'BEGIN {
  years = int(n / 2500) + 2
  print "project bench \"Bench\" 2027-01-04 +" years "y { timezone \"UTC\" }"
  for (p = 1; p <= 10; p++) print "resource p" p " \"Person " p "\""
  for (t = 1; t <= n; t++) {
    c = int((t - 1) / 10)          # chain
    printf "task t%d \"Task %d\" { length 1d responsible p%d ", t, t, (c % 10) + 1
    if ((t - 1) % 10 != 0) printf "depends t%d { gaplength 1d } ", t - 1
    else if (c >= 5) printf "depends t%d { gaplength 5d } ", (c - 5) * 10 + 1   # 5 chains a week
    else printf "start 2027-01-04 "
    print "}"
  }
  print "taskreport \"bench\" { formats html columns id, name, start, end, responsible }"
  print "icalreport \"bench-calendar\" { }"
}' >"$dir/bench.tjp"
