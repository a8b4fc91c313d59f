package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashra.model.IsoDate;

/** What the parser notices but does not repair reaches the caller through {@link BulletinParser#read}. */
class ParseWarningTest {
    @Test
    void aWeekdayThatContradictsItsDateKeepsTheDateAndIsReported() {
        String text = "عقدت الجمعية اجتماعها يوم الأحد 14 أيلول 2024 في مقرها.";
        ParseResult r = BulletinParser.read(text, ParseOptions.DEFAULTS);

        assertThat(r.bulletin().dates()).singleElement()
                .satisfies(d -> assertThat(d.start()).isEqualTo(IsoDate.parse("2024-09-14")));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ParseWarning.Kind.WEEKDAY_MISMATCH);
            assertThat(w.span().of(text)).contains("الأحد").contains("2024");
            assertThat(w.message()).contains("2024-09-14");
        });
    }

    @Test
    void aConsistentTextHasNoWarnings() {
        ParseResult r = BulletinParser.read("عقدت الجمعية اجتماعها يوم السبت 14 أيلول 2024.", ParseOptions.DEFAULTS);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void parseGivesTheSameBulletinAsRead() {
        String text = "عقدت الجمعية اجتماعها يوم الأحد 14 أيلول 2024.";
        assertThat(BulletinParser.parse(text)).isEqualTo(BulletinParser.read(text, ParseOptions.DEFAULTS).bulletin());
    }
}
