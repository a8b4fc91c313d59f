#!/bin/sh
# Prints the text-extraction figures of render-pdf/README.md: the corpus texts printed with
# kashida and with inter-word justification, extracted by PDFBox (three settings) and poppler's
# pdftotext, and the source words found back in order
# (render-pdf/src/test/java/org/nashra/render/pdf/ExtractionFigures.java).
# Needs: a JDK 17+, Maven, pdftotext (Debian package poppler-utils).
# Run from anywhere: render-pdf/src/test/extraction-figures.sh
set -eu
cd "$(dirname "$0")/../../.."
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install poppler-utils" >&2; exit 1; }
mvn -q -B -pl render-pdf -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="render-pdf/target/test-classes:render-pdf/target/classes:$(cat render-pdf/target/test-classpath.txt)"
# PDFBox logs a warning for every code without a ToUnicode entry (the inserted tatweels): not wanted here
java -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null -cp "$cp" \
  org.nashra.render.pdf.ExtractionFigures render-pdf/target/extraction
