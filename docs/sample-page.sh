#!/bin/sh
# Redraws the pictures of the three sample bulletins in README.md: the first page of each of
# examples/samples/seed-{meeting,conference,statement}.txt as `nashra render` prints it with the
# defaults (A4), at 60 dpi: docs/sample-page.png (the meeting), docs/sample-conference.png and
# docs/sample-statement.png.
# Needs: a JDK 17+, Maven, pdftoppm (Debian package poppler-utils).
# Run from anywhere: docs/sample-page.sh
set -eu
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 1; }
mvn -q -B package -DskipTests
java -jar examples/target/nashra.jar render --out target/sample-page examples/samples/seed-*.txt
pdftoppm -png -gray -r 60 -f 1 -l 1 -singlefile target/sample-page/seed-meeting.pdf docs/sample-page
for kind in conference statement; do
  pdftoppm -png -gray -r 60 -f 1 -l 1 -singlefile "target/sample-page/seed-$kind.pdf" "docs/sample-$kind"
done
echo "wrote docs/sample-page.png, docs/sample-conference.png, docs/sample-statement.png"
