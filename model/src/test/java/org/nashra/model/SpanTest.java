package org.nashra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void cutsTheEvidenceOutOfTheText() {
        assertThat(new Span(4, 9).of("عقد اجتماعاً")).isEqualTo("اجتما");
        assertThat(new Span(4, 9).length()).isEqualTo(5);
    }

    @Test
    void rejectsAnEndBeforeTheStartNamingBothValues() {
        assertThatThrownBy(() -> new Span(10, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[10, 3]")
                .hasMessageContaining("end is before start");
    }

    @Test
    void rejectsANegativeStart() {
        assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("start is negative");
    }

    @Test
    void anEmptySpanIsAllowed() {
        assertThat(new Span(7, 7).length()).isZero();
    }
}
