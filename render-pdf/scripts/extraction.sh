#!/bin/sh
# Prints the text-extraction figures of render-pdf/README.md: the 17 corpus texts printed
# kashida-justified (and inter-word), extracted by PDFBox, pdf.js (pdfjs-dist under Node),
# poppler's pdftotext and MuPDF (npm mupdf, MuPDF's own WebAssembly build, under Node), and the
# share of source words each gives back in order
# (render-pdf/src/test/java/org/nashra/render/pdf/ExtractionFigures.java). Not part of mvn verify.
# Needs: a JDK 17+, Maven, Node 18+ and npm (pdf.js and MuPDF are installed into
# scripts/node_modules, git-ignored); pdftotext (Debian poppler-utils) is used if installed.
# MuPDF is measured in its current release, not Debian 12's mutool 1.21, which reorders no
# right-to-left text at all.
# Run from anywhere: render-pdf/scripts/extraction.sh   (PDFs and texts in render-pdf/target/extraction)
set -eu
cd "$(dirname "$0")/../.."
scripts=render-pdf/scripts
if command -v npm >/dev/null; then
  [ -d "$scripts/node_modules/pdfjs-dist" ] && [ -d "$scripts/node_modules/mupdf" ] || (cd "$scripts" && npm install --no-audit --no-fund --silent)
else
  echo "npm not found: pdf.js and MuPDF skipped" >&2
fi
mvn -q -B -pl render-pdf -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="render-pdf/target/test-classes:render-pdf/target/classes:$(cat render-pdf/target/test-classpath.txt)"
# PDFBox logs a warning for every code without a ToUnicode entry: not wanted here
java -Dsettings="${SETTINGS:-}" -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null -cp "$cp" \
  org.nashra.render.pdf.ExtractionFigures render-pdf/target/extraction "$scripts"
