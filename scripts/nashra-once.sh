#!/bin/sh
# Runs nashra for a few texts, started cold: the JIT's first tier only (C1) and an application
# class-data sharing archive (AppCDS) together halve the CPU a one-text run takes (BENCHMARKS.md).
# The archive is made by the first run, for this jar, in ~/.cache/nashra (XDG_CACHE_HOME), and
# used by the later ones. Not for large batches: there the optimising compiler (C2) wins.
#
#   scripts/nashra-once.sh render --out out text.txt      (NASHRA_JAR=... for another jar)
set -eu
jar=${NASHRA_JAR:-$(dirname "$0")/../examples/target/nashra.jar}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/nashra
mkdir -p "$cache"
archive="$cache/nashra-$(cksum < "$jar" | cut -d ' ' -f 1).jsa"
# CDS reports what it cannot archive on standard output, where parse writes its JSON: errors only, to stderr
quiet="-Xlog:disable -Xlog:all=error:stderr"
if [ -f "$archive" ]; then
    exec java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$archive" $quiet -jar "$jar" "$@"
fi
exec java -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$archive" $quiet -jar "$jar" "$@"
