package org.nashra.render.pdf;

import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.fonts.NashraFonts;
import org.nashra.model.Bulletin;

/**
 * Every corpus text printed with each body family: no content stream draws
 * glyph 0. (The other tests that render check their documents the same way,
 * through {@link PdfProbe#assertNoGlyphZero}.)
 */
class NoGlyphZeroTest {

    private static final PdfRenderer AMIRI = PdfRenderer.builder().build();
    private static final PdfRenderer NOTO = PdfRenderer.builder().bodyFamily(NashraFonts.NOTO_NASKH_ARABIC)
            .document(DocumentOptions.builder().numerals(Numerals.ARABIC_INDIC).build()).build();

    static Stream<Path> corpus() {
        return DevelopmentCorpus.texts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void noContentStreamDrawsGlyphZero(Path file) throws IOException {
        String text = Files.readString(file);
        String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        for (PdfRenderer renderer : new PdfRenderer[] {AMIRI, NOTO}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(Bulletin.builder(Bulletin.Kind.OTHER).title(title).build(), text, out);
            PdfProbe.assertNoGlyphZero(out.toByteArray());
        }
    }
}
