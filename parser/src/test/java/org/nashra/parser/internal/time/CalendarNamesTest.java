package org.nashra.parser.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.parser.internal.text.FoldedText;

/** The word list of month and weekday names keeps every name ICU's calendar data knows in Arabic. */
class CalendarNamesTest {
    private static List<ULocale> arabicLocales() {
        return java.util.Arrays.stream(ULocale.getAvailableLocales()).filter(l -> l.getLanguage().equals("ar")).toList();
    }

    private static int month(String icuName, java.util.Map<String, List<TimeWords.Name>> names) {
        List<String> words = List.of(FoldedText.fold(icuName).trim().split("\\s+"));
        return names.getOrDefault(words.get(0), List.of()).stream().filter(n -> n.words().equals(words))
                .mapToInt(TimeWords.Name::value).findFirst().orElse(-1);
    }

    @Test
    void everyGregorianMonthNameOfAnArabicLocaleStandsForItsMonth() {
        for (ULocale locale : arabicLocales()) {
            DateFormatSymbols symbols = new DateFormatSymbols(locale);
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                String[] names = symbols.getMonths(context, DateFormatSymbols.WIDE);
                for (int k = 0; k < 12; k++) {
                    assertThat(month(names[k], TimeWords.MONTHS)).as("%s in %s", names[k], locale).isEqualTo(k + 1);
                }
            }
        }
    }

    @Test
    void everyUmmAlQuraMonthNameStandsForItsMonth() {
        ULocale locale = new ULocale("ar@calendar=islamic-umalqura");
        String[] names = new DateFormatSymbols(Calendar.getInstance(locale), locale)
                .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        for (int k = 0; k < 12; k++) {
            assertThat(month(names[k], TimeWords.HIJRI_MONTHS)).as(names[k]).isEqualTo(k + 1);
        }
    }

    @Test
    void everyWeekdayNameOfAnArabicLocaleIsKnownWithoutItsArticle() {
        for (ULocale locale : arabicLocales()) {
            String[] names = new DateFormatSymbols(locale).getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            for (int k = 1; k <= 7; k++) {
                String stem = FoldedText.fold(names[k]).substring(2);
                assertThat(TimeWords.WEEKDAYS.get(stem)).as(names[k]).isEqualTo(DayOfWeek.of(k == 1 ? 7 : k - 1));
            }
        }
    }

    @Test
    void pressSpellingsIcuLacksAreKnown() {
        assertThat(month("مايس", TimeWords.MONTHS)).isEqualTo(5);
        assertThat(month("تشرين اول", TimeWords.MONTHS)).isEqualTo(10);
        assertThat(month("ذي الحجة", TimeWords.HIJRI_MONTHS)).isEqualTo(12);
        assertThat(TimeWords.WEEKDAYS.get(FoldedText.fold("إثنين"))).isEqualTo(DayOfWeek.MONDAY);
    }
}
