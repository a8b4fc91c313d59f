#!/bin/sh
# Redraws docs/sample-page.png, the picture in README.md: the first page of
# examples/samples/seed-meeting.txt as `nashra render` prints it with the defaults (A4), at 60 dpi.
# Needs: a JDK 17+, Maven, pdftoppm (Debian package poppler-utils).
# Run from anywhere: docs/sample-page.sh
set -eu
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 1; }
mvn -q -B package -DskipTests
java -jar examples/target/nashra.jar render --out target/sample-page examples/samples/seed-meeting.txt
pdftoppm -png -gray -r 60 -f 1 -l 1 -singlefile target/sample-page/seed-meeting.pdf docs/sample-page
echo "wrote docs/sample-page.png"
