#!/bin/sh
# Prints a collection of about 1,000 pages in a 256 MB heap: every text of the development corpus
# (corpus/src/main/resources) COPIES times (default 20), through `nashra render --combine`, with
# -Xmx256m. Prints the page count, the time and the peak resident memory. Outside `mvn verify`
# because it takes about a minute on an idle machine.
# Needs: a JDK 17+, Maven (unless examples/target/nashra.jar is built), pdfinfo (poppler-utils),
# GNU time (/usr/bin/time) for the peak memory.
# Run from anywhere: render-pdf/src/test/collection-memory.sh [COPIES]
set -eu
cd "$(dirname "$0")/../../.."
copies=${1:-20}
[ -f examples/target/nashra.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
for text in corpus/src/main/resources/org/nashra/corpus/*.txt; do
    name=$(basename "$text" .txt)
    i=1
    while [ "$i" -le "$copies" ]; do
        cp "$text" "$work/in/$name-$i.txt"
        i=$((i + 1))
    done
done
echo "$(ls "$work/in" | wc -l) texts"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e s, peak resident %M KiB" java -Xmx256m -jar examples/target/nashra.jar render \
        --combine "$work/all.pdf" --combine-title "مجموعة" "$work"/in/*.txt
else
    java -Xmx256m -jar examples/target/nashra.jar render --combine "$work/all.pdf" --combine-title "مجموعة" \
        "$work"/in/*.txt
fi
echo "$(pdfinfo "$work/all.pdf" | grep Pages), $(du -k "$work/all.pdf" | cut -f1) KiB"
