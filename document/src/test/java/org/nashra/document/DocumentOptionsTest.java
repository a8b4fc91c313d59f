package org.nashra.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentOptionsTest {

    @Test
    void authorSubjectAndKeywordsDescribeTheFileAndDefaultToNone() {
        DocumentOptions options = DocumentOptions.builder().author("المكتب الإعلامي")
                .subject("البيان الختامي للمؤتمر").keywords("مؤتمر", "بيان ختامي").build();

        assertThat(options.author()).isEqualTo("المكتب الإعلامي");
        assertThat(options.subject()).isEqualTo("البيان الختامي للمؤتمر");
        assertThat(options.keywords()).containsExactly("مؤتمر", "بيان ختامي");
        assertThat(DocumentOptions.defaults()).extracting(DocumentOptions::author, DocumentOptions::subject,
                DocumentOptions::logo, DocumentOptions::keywords).containsExactly(null, null, null, List.of());
    }

    @Test
    void theAccentIsOneRgbColourForEveryRendererAndDefaultsToADarkRed() {
        assertThat(DocumentOptions.defaults().accent()).isEqualTo(0x8A1C1C).isEqualTo(DocumentOptions.DEFAULT_ACCENT);
        assertThat(DocumentOptions.builder().accent(0x1F6F8B).build().accent()).isEqualTo(0x1F6F8B);
        assertThatThrownBy(() -> DocumentOptions.builder().accent(0x1000000).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0xRRGGBB");
    }

    @Test
    void blankMetadataAndKeywordsHoldingACommaAreRefused() {
        assertThatThrownBy(() -> DocumentOptions.builder().author(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("author");
        assertThatThrownBy(() -> DocumentOptions.builder().subject("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> DocumentOptions.builder().keywords("مؤتمر, بيان").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comma");
        assertThat(DocumentOptions.builder().keywords("مؤتمر، بيان").build().keywords())
                .as("the Arabic comma is part of a keyword").containsExactly("مؤتمر، بيان");
    }
}
