package org.nashra.render.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void oneParagraphPerLineBlankLinesSkipped() {
        assertThat(SourceText.paragraphs("سطر أول\r\n\r\n  سطر ثان  \rسطر ثالث\u2029", w -> { }))
                .containsExactly("سطر أول", "سطر ثان", "سطر ثالث");
    }

    @Test
    void tabsReadAsSpacesAndControlsAreDroppedWithAWarning() {
        List<String> warnings = new ArrayList<>();
        assertThat(SourceText.paragraphs("اسم\tعنوان\u0007", warnings::add)).containsExactly("اسم عنوان");
        assertThat(warnings).singleElement().asString().contains("1 control character").contains("offset 9");
    }

    @Test
    void noBreakSpacesAndBidiMarksAreKept() {
        assertThat(SourceText.paragraphs("السيد\u00A0فهمي\u200F", w -> { })).containsExactly("السيد\u00A0فهمي\u200F");
    }
}
