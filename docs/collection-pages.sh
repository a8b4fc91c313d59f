#!/bin/sh
# Redraws docs/collection-cover.png and docs/collection-page.png, the pictures of a collection in
# README.md: every text of the development corpus printed as one PDF by `nashra render --combine`
# (A4, the defaults), its cover with the contents, and the first page of its first bulletin, at 60 dpi.
# Needs: a JDK 17+, Maven, pdftoppm (Debian package poppler-utils).
# Run from anywhere: docs/collection-pages.sh
set -eu
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 1; }
mvn -q -B package -DskipTests
mkdir -p target/collection
java -jar examples/target/nashra.jar render --combine target/collection/corpus.pdf \
    --combine-title "نشرات المدونة" corpus/src/main/resources/org/nashra/corpus/*.txt
pdftoppm -png -gray -r 60 -f 1 -l 1 -singlefile target/collection/corpus.pdf docs/collection-cover
pdftoppm -png -gray -r 60 -f 2 -l 2 -singlefile target/collection/corpus.pdf docs/collection-page
echo "wrote docs/collection-cover.png and docs/collection-page.png"
