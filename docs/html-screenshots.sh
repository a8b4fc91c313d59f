#!/bin/sh
# Redraws docs/html-*-phone.png and docs/html-*-desktop.png, the pictures of the HTML bulletin in
# README.md: two bulletins of the development corpus as `nashra render --format html` writes them,
# taken by headless Chromium at a phone's width (390 px) and a desktop's (1280 px).
# Needs: a JDK 17+, Maven, chromium (Debian package chromium).
# Run from anywhere: docs/html-screenshots.sh
set -eu
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "chromium not found: apt-get install chromium" >&2; exit 1; }
mvn -q -B package -DskipTests
corpus=corpus/src/main/resources/org/nashra/corpus
out=target/html-screenshots
java -jar examples/target/nashra.jar render --format html --out "$out" "$corpus/conference-01.txt" "$corpus/meeting-02.txt"
shot() { # NAME WIDTH HEIGHT SUFFIX
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$out/profile" --hide-scrollbars \
    --window-size="$2,$3" --screenshot="docs/html-$1-$4.png" "file://$(pwd)/$out/$1.html" 2>/dev/null
}
for name in conference-01 meeting-02; do
  shot "$name" 390 844 phone
  shot "$name" 1280 900 desktop
done
echo "wrote docs/html-*-phone.png and docs/html-*-desktop.png"
