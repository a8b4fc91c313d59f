#!/bin/sh
# Remakes the reference images of VisualRegressionTest (render-pdf/src/test/resources/org/nashra/
# render/pdf/visual/*.png): the first page of a dozen corpus bulletins as PDFBox draws it at 40 dpi.
# Run it when a change of layout is meant, look at every image, then commit them with the change.
# Needs: a JDK 17+, Maven. Run from anywhere: render-pdf/src/test/visual-references.sh
set -eu
cd "$(dirname "$0")/../.."
mvn -q -B -pl render-pdf -am verify -Dtest=VisualRegressionTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnashra.visual.remake=true
ls -l render-pdf/src/test/resources/org/nashra/render/pdf/visual
