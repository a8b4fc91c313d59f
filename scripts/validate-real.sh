#!/usr/bin/env bash
# Renders every DIR/*.txt as the command line does and validates the results, outside `mvn verify`:
# the HTML page with the Nu HTML Checker, the PDF of both engines (direct, and through HTML) with
# veraPDF against PDF/UA-1 and PDF/A-2a. One line per text, then each failed rule with the number
# of texts that fail it. Usage: scripts/validate-real.sh DIR   (e.g. ../shared/real)
# The validators are the module `validation` (veraPDF, the Nu HTML Checker), called as the tests call them;
# the library is examples/target/nashra.jar, built when missing: run `mvn package` after a change.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
if [ ! -f examples/target/nashra.jar ]; then
  mvn -q -B package -DskipTests >&2
fi
# the validators (module validation) and their jars, the checker included (render-html's tests add it);
# the library comes from nashra.jar
mvn -q -B -pl render-html -am compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.excludeGroupIds=org.nashra -Dmdep.outputFile=target/validate-real.classpath >&2
cp="examples/target/nashra.jar:validation/target/classes:$(cat render-html/target/validate-real.classpath)"
exec java -Djava.awt.headless=true -cp "$cp" scripts/ValidateReal.java "$dir"
