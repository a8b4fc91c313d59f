package org.nashra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateTest {
    @Test
    void keepsThePrecisionTheTextStated() {
        assertThat(IsoDate.parse("2018").precision()).isEqualTo(IsoDate.Precision.YEAR);
        assertThat(IsoDate.parse("2018-05").precision()).isEqualTo(IsoDate.Precision.MONTH);
        assertThat(IsoDate.parse("2018-05-01").toLocalDate()).contains(LocalDate.of(2018, 5, 1));
    }

    @Test
    void printsReducedIsoForms() {
        assertThat(IsoDate.ofYear(1946)).hasToString("1946");
        assertThat(IsoDate.ofMonth(2018, 5)).hasToString("2018-05");
        assertThat(IsoDate.of(LocalDate.of(2018, 10, 20))).hasToString("2018-10-20");
        assertThat(IsoDate.of(LocalDate.of(5, 1, 2))).hasToString("0005-01-02"); // four and two digits, padded
        assertThat(IsoDate.ofMonth(987, 9)).hasToString("0987-09");
    }

    @Test
    void rejectsDaysThatDoNotExist() {
        assertThatThrownBy(() -> IsoDate.parse("2018-13-40"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"2018-13-40\" is not a date");
        assertThatThrownBy(() -> IsoDate.parse("2023-02-29"))
                .hasMessage("\"2023-02-29\" is not a date: day 29 is past the end of 2023-02");
        assertThatThrownBy(() -> IsoDate.parse("20/10/2018")).hasMessageContaining("is not a date");
    }

    @Test
    void ordersByFirstDayThenPrecision() {
        assertThat(IsoDate.parse("2018-05")).isLessThan(IsoDate.parse("2018-05-01"));
        assertThat(IsoDate.parse("2018-05-31")).isLessThan(IsoDate.parse("2018-06"));
    }
}
