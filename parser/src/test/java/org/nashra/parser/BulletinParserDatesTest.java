package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;
import org.nashra.model.When;

class BulletinParserDatesTest {
    private static final String TEXT = "عقدت الجمعية اجتماعها مساء أمس الخميس في الساعة السابعة";

    @Test
    void everyDateExpressionIsInTheBulletinInTextOrder() {
        Bulletin b = BulletinParser.parse("هاجر عام 1991 وعاد يوم 5 آذار 2003 الساعة العاشرة صباحا");
        assertThat(b.dates()).extracting(w -> String.valueOf(w.start())).containsExactly("1991", "2003-03-05");
        assertThat(b.dates().get(1).time()).hasToString("10:00");
    }

    @Test
    void theGivenReferenceDateResolvesRelativeExpressions() {
        ParseOptions options = ParseOptions.builder().referenceDate(LocalDate.of(2024, 3, 8)).build();
        When w = BulletinParser.parse(TEXT, options).dates().get(0);
        assertThat(w.start()).hasToString("2024-03-07");
        assertThat(w.time()).hasToString("19:00");
        assertThat(w.relative()).isTrue();
        assertThat(w.text()).isEqualTo("مساء أمس الخميس في الساعة السابعة");
    }

    @Test
    void withoutAReferenceARelativeDateKeepsStartNull() {
        When w = BulletinParser.parse(TEXT).dates().get(0);
        assertThat(w.start()).isNull();
        assertThat(w.relative()).isTrue();
    }
}
