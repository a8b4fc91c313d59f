#!/bin/sh
# Redraws docs/kashida-justified.png: a corpus paragraph justified with kashidas by nashra's
# render-pdf engine, above the same paragraph justified by its spaces alone
# (render-pdf/src/test/java/org/nashra/render/pdf/internal/justify/KashidaPicture.java).
# Needs: a JDK 17+, Maven, pdftoppm (Debian package poppler-utils).
# Run from anywhere: docs/kashida-justified.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install poppler-utils" >&2; exit 1; }
mvn -q -B -pl render-pdf -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="render-pdf/target/test-classes:render-pdf/target/classes:$(cat render-pdf/target/test-classpath.txt)"
java -Djava.awt.headless=true -cp "$cp" org.nashra.render.pdf.internal.justify.KashidaPicture \
  render-pdf/target/kashida-justified.pdf
pdftoppm -png -r 120 -singlefile render-pdf/target/kashida-justified.pdf docs/kashida-justified
echo "wrote docs/kashida-justified.png"
