# Sourced by ./mvnw and ./gtm: picks a JDK >= 21 without asking the user.
# Current Eclipse bundles need JavaSE-21 and Tycho needs Java 21+, while these machines default
# to Java 17. Order: JAVA_HOME when it is >= 21, else the newest JDK >= 21 under /usr/lib/jvm
# (or /Library/Java/JavaVirtualMachines on macOS), else `java` on the PATH when it is >= 21.
# The major version from the JDK's `release` file (every JDK since 9 ships one): starting a JVM
# to ask it costs 40 ms a JDK, a quarter of `./gtm validate examples` with three JDKs installed.
gtm_java_major() {
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1)
    if [ -n "$v" ]; then echo "$v"; return 0; fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
gtm_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(gtm_java_major "$JAVA_HOME"); [ "${v:-0}" -ge 21 ] && return 0
  fi
  best=""; bestv=0
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$home/bin/javac" ] || continue
    v=$(gtm_java_major "$home")
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$home; bestv=$v; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(gtm_java_major "$home"); [ "${v:-0}" -ge 21 ] && best=$home
  fi
  if [ -z "$best" ]; then
    echo "GTM Plan needs a JDK 21 or newer; none was found (set JAVA_HOME to one)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
