#!/bin/sh
# Regenerates the golden shaping data of the render-pdf tests from hb-shape
# (Debian package libharfbuzz-bin), for every bundled font face:
#   render-pdf/src/test/resources/golden/<Face>.tsv
# and, for the kashida test, every word the justifier elongates in the corpus
# (listed by KashidaGolden, a test class) shaped with its tatweels in Amiri:
#   render-pdf/src/test/resources/golden/kashida/Amiri-Regular.tsv
# Needs: hb-shape, a JDK 17+, Maven, ICU4J in the local Maven repository (any
# build of render-pdf fetches it), and the development corpus in corpus/.
# Run from anywhere: render-pdf/src/test/golden/generate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
icu_version=$(sed -n 's:.*<icu4j.version>\(.*\)</icu4j.version>.*:\1:p' "$root/pom.xml")
icu_jar="${MAVEN_REPO:-$HOME/.m2/repository}/com/ibm/icu/icu4j/$icu_version/icu4j-$icu_version.jar"
[ -f "$icu_jar" ] || { echo "ICU4J not found at $icu_jar; build render-pdf once first" >&2; exit 1; }
command -v hb-shape >/dev/null || { echo "hb-shape not found: apt-get install libharfbuzz-bin" >&2; exit 1; }
corpus="$root/corpus/src/main/resources/org/nashra/corpus"
[ -d "$corpus" ] || { echo "corpus not found at $corpus" >&2; exit 1; }
java -cp "$icu_jar" "$here/GenerateGolden.java" \
  "$corpus" "$here/extra-words.txt" \
  "$root/fonts/src/main/resources/org/nashra/fonts" \
  "$root/render-pdf/src/test/resources/golden"
# the kashida test's words come from the engine itself: build it, list them, shape them
(cd "$root" && mvn -q -B -pl render-pdf -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt)
cp="$root/render-pdf/target/test-classes:$root/render-pdf/target/classes:$(cat "$root/render-pdf/target/test-classpath.txt")"
words="$root/render-pdf/target/kashida-words.txt"
java -Djava.awt.headless=true -cp "$cp" org.nashra.render.pdf.internal.justify.KashidaGolden > "$words"
java -cp "$icu_jar" "$here/GenerateGolden.java" --elongated "$words" \
  "$root/fonts/src/main/resources/org/nashra/fonts/Amiri-Regular.ttf" \
  "$root/render-pdf/src/test/resources/golden/kashida/Amiri-Regular.tsv"
