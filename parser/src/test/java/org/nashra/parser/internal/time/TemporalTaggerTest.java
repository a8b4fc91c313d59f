package org.nashra.parser.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nashra.parser.ParseWarning;
import org.nashra.model.When;
import org.nashra.parser.internal.text.AnalyzedText;

/** One test per pattern family the temporal tagger understands; every sentence is written for the test. */
class TemporalTaggerTest {
    /** A Friday. */
    private static final LocalDate REF = LocalDate.of(2024, 5, 10);

    private static TemporalResult tag(String text) {
        return TemporalTagger.tag(AnalyzedText.of(text), Optional.of(REF));
    }

    private static List<When> dates(String text) {
        return tag(text).dates();
    }

    private static When only(String text) {
        List<When> d = dates(text);
        assertThat(d).as("dates of \"%s\"", text).hasSize(1);
        return d.get(0);
    }

    private static List<String> starts(String text) {
        return dates(text).stream().map(w -> String.valueOf(w.start())).toList();
    }

    @Test
    void numericDatesAreDayFirst() {
        When w = only("وصلت الرسالة في 3/4/2022 الى المكتب.");
        assertThat(w.start()).hasToString("2022-04-03");
        assertThat(w.text()).isEqualTo("3/4/2022");
        assertThat(w.relative()).isFalse();
    }

    @Test
    void numericDatesAreMonthFirstOnlyWhenTheNumbersForceIt() {
        assertThat(starts("وقع الحادث في 4/27/2023 ليلا")).containsExactly("2023-04-27");
    }

    @Test
    void numericDatesWithSpacesDotsDashesOrAMonthNameInside() {
        assertThat(starts("صدر في ٣ /٥ /٢٠٢١ وفي 7 . 11 . 2019 وفي 22-أبريل-2018 وفي 9.10.2016"))
                .containsExactly("2021-05-03", "2019-11-07", "2018-04-22", "2016-10-09");
    }

    @Test
    void aMonthNameBetweenSeparatorsWithSpacesOrSlashes() {
        assertThat(starts("نشر في ١٢/أيار/٢٠٢٢ وعدل في 03/ نوفمبر/2021 وأرشف في 15 – كانون الثاني – 2019"))
                .containsExactly("2022-05-12", "2021-11-03", "2019-01-15");
        assertThat(dates("الجولة 3 / مارس / الماضي")).extracting(When::text).doesNotContain("3 / مارس /");
    }

    @Test
    void daysWrittenOnANumericDateOrBeforeAMonthAreOneRange() {
        When list = only("انعقد المجلس يومي 9و10/6/2023 في صنعاء");
        assertThat(list.start()).hasToString("2023-06-09");
        assertThat(list.end()).hasToString("2023-06-10");
        When grouped = only("انعقد المجلس يومي 27-28/09/2022 في صنعاء");
        assertThat(grouped.start()).hasToString("2022-09-27");
        assertThat(grouped.end()).hasToString("2022-09-28");
        When beforeMonth = only("تقام الدورة يومي 4-5 تشرين الأول 2021 في حلب");
        assertThat(beforeMonth.start()).hasToString("2021-10-04");
        assertThat(beforeMonth.end()).hasToString("2021-10-05");
    }

    @Test
    void aRangeOfYearsIsItsFirstYearWithTheLastAsItsEnd() {
        When term = only("انتخبت الهيئة للدورة 2023–2025 بالإجماع");
        assertThat(term.start()).hasToString("2023");
        assertThat(term.end()).hasToString("2025");
        assertThat(only("وتمتد الولاية من 2019 إلى 2022م").end()).hasToString("2022");
        assertThat(dates("بلغ عدد المنتسبين 1500-2000 عضو")).isEmpty();
    }

    @Test
    void numericDatesMayStartWithTheYear() {
        assertThat(starts("بتاريخ 2022/11/30 وبتاريخ 2021-02-14")).containsExactly("2022-11-30", "2021-02-14");
    }

    @Test
    void twoDigitYearsTakeTheCenturyNearTheReference() {
        assertThat(starts("تأسست في 5/6/12 بعد نكبة عام 48")).containsExactly("2012-06-05", "1948");
    }

    @Test
    void eraSuffixesMarkGregorianAndHijriYears() {
        When g = only("ولد في 12 آب 1950م في البصرة");
        assertThat(g.start()).hasToString("1950-08-12");
        assertThat(g.text()).isEqualTo("12 آب 1950م");
        When h = only("حرر في 10/3/1440هـ");
        assertThat(h.hijri()).isEqualTo("1440-03-10");
        assertThat(h.start()).hasToString("2018-11-18");
    }

    @Test
    void levantineAndIraqiMonthNames() {
        assertThat(starts("في 2 كانون الثاني 2020 و3 شباط 2020 و4 تشرين الأول 2020 و5 كانون الاول 2020"))
                .containsExactly("2020-01-02", "2020-02-03", "2020-10-04", "2020-12-05");
    }

    @Test
    void egyptianAndGulfMonthNames() {
        assertThat(starts("في 2 يناير 2021 وفي 3 أغسطس، 2021 وفي 4 اكتوبر 2021"))
                .containsExactly("2021-01-02", "2021-08-03", "2021-10-04");
    }

    @Test
    void maghrebiMonthNames() {
        assertThat(starts("في 2 جانفي 2022 وفي 3 غشت 2022 وفي 4 شتنبر 2022 وفي 5 جويلية 2022"))
                .containsExactly("2022-01-02", "2022-08-03", "2022-09-04", "2022-07-05");
    }

    @Test
    void everyMonthNameOfEveryIcuArabicLocaleIsRead() {
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (!"ar".equals(locale.getLanguage())) {
                continue;
            }
            String[] months = new DateFormatSymbols(locale).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            for (int m = 0; m < 12; m++) {
                String text = "عقد اللقاء في 7 " + months[m] + " 2019 بحضور الاعضاء";
                assertThat(starts(text)).as("%s: %s", locale, text).containsExactly(String.format("2019-%02d-07", m + 1));
            }
        }
    }

    @Test
    void twoNamesOfOneMonthJoinedBySlashAreOneMonth() {
        When w = only("في 6 تشرين الثاني / نوفمبر 2022 عقد المؤتمر");
        assertThat(w.start()).hasToString("2022-11-06");
        assertThat(w.text()).isEqualTo("6 تشرين الثاني / نوفمبر 2022");
        assertThat(starts("منذ نيسان/أبريل 2015")).containsExactly("2015-04");
    }

    @Test
    void aMonthWithItsYearIsAReducedIsoMonth() {
        When w = only("تأسست الجمعية في حزيران 2009 بمدينة لوند");
        assertThat(w.start()).hasToString("2009-06");
        assertThat(w.text()).isEqualTo("حزيران 2009");
    }

    @Test
    void aYearPhraseIsAReducedIsoYearInDigitsOrWords() {
        assertThat(starts("هاجر عام 1979 وعاد في سنة ألفين وثلاثة عشر")).containsExactly("1979", "2013");
    }

    @Test
    void aBareYearNeedsAnEraMarkOrALeadingPrepositionAtTheEndOfItsClause() {
        assertThat(starts("صدر الكتاب 2011م وتأسست الجمعية منذ 2004، ثم حصلت على 2019 صوتا")).containsExactly("2011", "2004");
    }

    @Test
    void rangesWithDashesListsAndFromTo() {
        When dash = only("ينعقد الملتقى يومي 11 – 12 آب 2023 في هلسنكي");
        assertThat(dash.start()).hasToString("2023-08-11");
        assertThat(dash.end()).hasToString("2023-08-12");
        assertThat(only("تقام العروض أيام 3، 4، 5 تموز 2025").end()).hasToString("2025-07-05");
        When list = only("تقام العروض أيام 3 و4 و5 تموز 2025");
        assertThat(list.start()).hasToString("2025-07-03");
        assertThat(list.end()).hasToString("2025-07-05");
        When fromTo = only("يستمر المعرض من 8 الى 15 ايلول 2022");
        assertThat(fromTo.end()).hasToString("2022-09-15");
        assertThat(fromTo.text()).isEqualTo("8 الى 15 ايلول 2022");
        When crossMonth = only("الدورة من 30 نيسان الى 3 أيار 2021");
        assertThat(crossMonth.start()).hasToString("2021-04-30");
        assertThat(crossMonth.end()).hasToString("2021-05-03");
    }

    @Test
    void datesInWordsWithOrdinalDays() {
        When w = only("ولدت الحركة في السابع والعشرين من أيلول عام 1951");
        assertThat(w.start()).hasToString("1951-09-27");
        assertThat(w.text()).isEqualTo("السابع والعشرين من أيلول عام 1951");
    }

    @Test
    void hijriDatesConvertWithUmmAlQura() {
        When w = only("صدر البيان في 12 ربيع الأول 1446 هـ");
        assertThat(w.hijri()).isEqualTo("1446-03-12");
        assertThat(w.start()).hasToString("2024-09-15");
        assertThat(only("في غرة شوال 1444 هـ").start()).hasToString("2023-04-21");
    }

    @Test
    void aHijriDatePairedWithAGregorianOneByAlMuwafiqIsOneWhen() {
        When w = only("عقد الاجتماع في 3 ذو الحجة 1445 هـ الموافق 9 حزيران 2024م في عمان");
        assertThat(w.start()).hasToString("2024-06-09");
        assertThat(w.hijri()).isEqualTo("1445-12-03");
        assertThat(w.text()).isEqualTo("3 ذو الحجة 1445 هـ الموافق 9 حزيران 2024م");
    }

    @Test
    void clockTimesWithDayParts() {
        assertThat(only("يبدأ الحفل الساعة التاسعة مساءً").time()).isEqualTo(LocalTime.of(21, 0));
        assertThat(only("تفتح الابواب في الساعة الواحدة ظهرا").time()).isEqualTo(LocalTime.of(13, 0));
        assertThat(only("تبدأ الجلسة في الرابعة بعد الظهر").time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(only("يلتقي الوفد السابعة والنصف صباحا").time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(only("يعرض الفيلم الساعة 20:15").time()).isEqualTo(LocalTime.of(20, 15));
        assertThat(only("يعرض الفيلم في تمام الثامنة").time()).isEqualTo(LocalTime.of(8, 0));
        assertThat(only("يعرض الفيلم الساعة السادسة وعشر دقائق مساء").time()).isEqualTo(LocalTime.of(18, 10));
        assertThat(only("ينتهي العرض الساعة العاشرة الا ربعا ليلا").time()).isEqualTo(LocalTime.of(21, 45));
    }

    @Test
    void theArticleWrittenApartBeforeDigits() {
        assertThat(only("يبدأ الساعة الـ10 صباحا").time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(starts("في الـ15 من الشهر الجاري")).containsExactly("2024-05-15");
    }

    @Test
    void aTimeRangeIsOneExpressionStartingAtItsFirstTime() {
        When w = only("يفتح المعرض من الساعة 10 صباحا حتى 2 ظهرا");
        assertThat(w.time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(w.text()).isEqualTo("الساعة 10 صباحا حتى 2 ظهرا");
    }

    @Test
    void aTimeRangeSharesTheDayPartWrittenAfterItsEnd() {
        When w = only("تقام الوقفة ما بين الساعة السادسة والثامنة مساء امام السفارة");
        assertThat(w.time()).isEqualTo(LocalTime.of(18, 0));
        assertThat(w.text()).isEqualTo("الساعة السادسة والثامنة مساء");
        assertThat(only("يفتح من العاشرة حتى الثانية عشرة ظهرا").time()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void aTimeZonePhraseStaysInTheText() {
        When w = only("تبث الندوة الساعة الثامنة مساء بتوقيت بغداد على الصفحة");
        assertThat(w.time()).isEqualTo(LocalTime.of(20, 0));
        assertThat(w.text()).isEqualTo("الساعة الثامنة مساء بتوقيت بغداد");
    }

    @Test
    void aDateAndTheTimeNextToItAreOneWhen() {
        When w = only("تقام الامسية يوم الخميس 16 أيار 2024 في تمام الساعة السابعة مساء في القاعة");
        assertThat(w.start()).hasToString("2024-05-16");
        assertThat(w.time()).isEqualTo(LocalTime.of(19, 0));
        assertThat(w.relative()).isFalse();
        When before = only("افتتح في الساعة التاسعة من صباح يوم الاثنين 6 أيار 2024 المعرض");
        assertThat(before.start()).hasToString("2024-05-06");
        assertThat(before.time()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aSeparateTimeTakesTheDateOfItsParagraphElseTheReportedDayElseTheReference() {
        List<When> d = dates("عقد المؤتمر يوم 4 أيار 2024. وافتتح الساعة العاشرة صباحا.\nوانتهى الساعة الخامسة مساء.");
        assertThat(d).extracting(When::start).extracting(String::valueOf)
                .containsExactly("2024-05-04", "2024-05-04", "2024-05-04");
        assertThat(d.get(1).relative()).isTrue();
        assertThat(d.get(1).time()).isEqualTo(LocalTime.of(10, 0));
        // a founding date is no reported day: the later bare time takes the reference
        assertThat(starts("تأسست الجمعية يوم 4 أيار 2001.\nوتبدأ الأمسية الساعة الخامسة مساء."))
                .containsExactly("2001-05-04", "2024-05-10");
    }

    @Test
    void relativeDaysCountFromTheReference() {
        assertThat(starts("وصل أمس، وغادر الأول من أمس، ويصل اليوم، ويعود غداً، ويسافر بعد غد"))
                .containsExactly("2024-05-09", "2024-05-08", "2024-05-10", "2024-05-11", "2024-05-12");
        assertThat(dates("وصل أمس")).allMatch(When::relative);
        assertThat(starts("غادر الليلة الماضية ويعود الليلة")).containsExactly("2024-05-09", "2024-05-10");
        When w = only("عقد مساء أمس الخميس لقاء");
        assertThat(w.start()).hasToString("2024-05-09");
        assertThat(w.text()).isEqualTo("مساء أمس الخميس");
    }

    @Test
    void relativeMonthsAndYears() {
        assertThat(starts("في الشهر الماضي وخلال العام المقبل وفي هذا العام")).containsExactly("2024-04", "2025", "2024");
        When range = only("منذ حزيران الماضي وحتى شباط المقبل");
        assertThat(range.start()).hasToString("2023-06");
        assertThat(range.end()).hasToString("2025-02");
        assertThat(starts("في تشرين الأول من العام القادم")).containsExactly("2025-10");
        assertThat(starts("في الخامس من الشهر الجاري")).containsExactly("2024-05-05");
        assertThat(starts("في 15 الجاري وفي العشرين من الجاري")).containsExactly("2024-05-15", "2024-05-20");
        assertThat(dates("في الشهر الماضي")).allMatch(When::relative);
    }

    @Test
    void aDateWithoutAYearTakesTheYearNearestTheReference() {
        assertThat(starts("اعتصم العمال يوم 20 كانون الأول")).containsExactly("2023-12-20");
        assertThat(starts("يعتصم العمال يوم 2 تشرين الثاني")).containsExactly("2024-11-02");
        assertThat(dates("يوم 2 تشرين الثاني")).allMatch(When::relative);
    }

    @Test
    void aWeekdayAloneIsTheNearestOneOrTheOneItsDirectionSays() {
        assertThat(starts("تعقد الجلسة يوم الأحد")).containsExactly("2024-05-12");
        assertThat(starts("عقدت الجلسة يوم الثلاثاء")).containsExactly("2024-05-07");
        assertThat(starts("انتهت الجلسة الجمعة الماضية")).containsExactly("2024-05-03");
        assertThat(starts("تبدأ الجلسة الجمعة القادمة")).containsExactly("2024-05-17");
        assertThat(starts("وعقدت الهيئة الأربعاء اجتماعها")).containsExactly("2024-05-08");
    }

    @Test
    void aWeekdayWrittenWithACountedDayWinsWhenTheyDisagree() {
        assertThat(starts("تقيم الجمعية أمسيتها بعد غد السبت")).containsExactly("2024-05-11");
        assertThat(starts("اجتمع المكتب أمس الأربعاء")).containsExactly("2024-05-08");
    }

    @Test
    void aWeekdayThatContradictsItsDateKeepsTheDateAndIsReported() {
        TemporalResult r = tag("اجتمع الوفد يوم الاثنين 12 أيار 2024");
        assertThat(r.dates().get(0).start()).hasToString("2024-05-12");
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(ParseWarning.Kind.WEEKDAY_MISMATCH);
            assertThat(w.message()).contains("MONDAY", "2024-05-12", "SUNDAY");
            assertThat(w.span()).isEqualTo(r.dates().get(0).span());
        });
        assertThat(tag("اجتمع الوفد يوم الأحد 12 أيار 2024").warnings()).isEmpty();
    }

    @Test
    void aDatelineOrSignatureLineGivesTheReference() {
        String text = "تعلن الرابطة انها ستقيم يوم 20 ايار 2023 حفلا وانها اجتمعت امس\nلندن – 2/5/2023";
        TemporalResult r = TemporalTagger.tag(AnalyzedText.of(text), Optional.empty());
        assertThat(r.reference()).contains(LocalDate.of(2023, 5, 2));
        assertThat(r.dates()).extracting(w -> String.valueOf(w.start()))
                .containsExactly("2023-05-20", "2023-05-01", "2023-05-02");
    }

    @Test
    void theDashesAndCommasOfASignatureLineAddNoWordsToIt() {
        String text = "ندعو الأعضاء إلى لقاء مفتوح مساء الجمعة 23 يناير في مقر النادي.\n"
                + "مرسيليا – الجنوب الفرنسي، 14 يناير 2026";
        TemporalResult r = TemporalTagger.tag(AnalyzedText.of(text), Optional.empty());
        assertThat(r.reference()).contains(LocalDate.of(2026, 1, 14));
        assertThat(r.dates()).extracting(w -> String.valueOf(w.start())).contains("2026-01-23");
    }

    @Test
    void withoutDatelineTheFirstFullDateIsTheReference() {
        TemporalResult r = TemporalTagger.tag(AnalyzedText.of("عقد المؤتمر يوم 7 آذار 2021 بعد لقاء أمس"), Optional.empty());
        assertThat(r.reference()).contains(LocalDate.of(2021, 3, 7));
        assertThat(r.dates().get(1).start()).hasToString("2021-03-06");
    }

    @Test
    void aHistoricDateIsNotTheReference() {
        TemporalResult r = TemporalTagger.tag(AnalyzedText.of(
                "في ذكرى التأسيس يوم 31 آذار 1934 نظمت المنظمة يوم 30 آذار 2024 حفلا وتلتقي غدا بالضيوف"),
                Optional.empty());
        assertThat(r.reference()).contains(LocalDate.of(2024, 3, 30));
        assertThat(r.dates().get(2).start()).hasToString("2024-03-31");
    }

    @Test
    void withoutAnyReferenceRelativeDatesKeepStartNull() {
        TemporalResult r = TemporalTagger.tag(AnalyzedText.of("اجتمعت الهيئة مساء أمس في أيار الماضي"), Optional.empty());
        assertThat(r.reference()).isEmpty();
        assertThat(r.dates()).hasSize(2).allSatisfy(w -> {
            assertThat(w.start()).isNull();
            assertThat(w.relative()).isTrue();
        });
    }

    @Test
    void durationsVaguePeriodsHolidaysAndWeeksAreNotDates() {
        assertThat(dates("استمر المؤتمر يومين وعمل ثلاثة أيام لمدة عامين قبل سنوات")).isEmpty();
        assertThat(dates("في مطلع العام المقبل وفي أواخر آذار وفي منتصف الشهر الجاري ومطلع الثمانينيات")).isEmpty();
        assertThat(dates("في مستهل العام المقبل")).isEmpty();
        assertThat(dates("بمناسبة عيد العمال ويوم المرأة العالمي وشهر رمضان المبارك")).isEmpty();
        assertThat(dates("في الأسبوع المقبل")).isEmpty();
    }

    @Test
    void wordsAndNumbersThatOnlyLookTemporalAreNotDates() {
        assertThat(dates("حل في المركز الأول من بين 30 مشاركا في الفصل الثاني من العام الدراسي")).isEmpty();
        assertThat(dates("رقم الهاتف 0046-123-4567 والاصدار 1.2.3 والنتيجة 3-1 والنسبة 5/3")).isEmpty();
        assertThat(dates("على مدار الساعة وصباح الخير ومساء الخير وليلة القدر ونحو غد مشرق")).isEmpty();
        assertThat(dates("ثم تناول الحضور طعام الغداء في حديقة النادي")).isEmpty(); // lunch, its hamza folded away
        assertThat(dates("نشر في 2023-04-11T08:15:00+03:00")).extracting(When::time).containsOnlyNulls(); // a zone
        assertThat(dates("أهل السنة والمدير العام الجديد ومارس الحزب نشاطه بعد نكسة حزيران")).isEmpty();
        assertThat(only("تبث الحلقة الثانية مساء الأحد").time()).isNull();
    }

    @Test
    void todayIsNotReadInsideANounPhrase() {
        assertThat(dates("في اليوم الأول للمؤتمر واليوم العالمي للمرأة وفي اليوم نفسه")).isEmpty();
        assertThat(starts("انطلق اليوم الملتقى")).containsExactly("2024-05-10");
    }

    @Test
    void theGeneralAdjectiveAlAamIsNotTheYear() {
        assertThat(dates("ينتخب المؤتمر العام القادم قيادة جديدة")).isEmpty();
    }

    @Test
    void leadingPrepositionsAndCliticsStayOutsideTheText() {
        List<When> d = dates("بتاريخ 1/3/2024 وفي 5 آذار 2024 وحتى العام المقبل والعام الذي يليه");
        assertThat(d).extracting(When::text).containsExactly("1/3/2024", "5 آذار 2024", "العام المقبل");
        When w = only("وسيعقد والشهر المقبل");
        assertThat(w.text()).isEqualTo("الشهر المقبل");
    }

    @Test
    void anImpossibleDayKeepsStartNullAndIsReported() {
        TemporalResult r = tag("يوم 30/2/2021");
        assertThat(r.dates()).singleElement().satisfies(w -> assertThat(w.start()).isNull());
        assertThat(r.warnings()).extracting(ParseWarning::kind).containsExactly(ParseWarning.Kind.INVALID_DATE);
    }

    @Test
    void spansCutTheExpressionFromTheOriginalWithHarakat() {
        String text = "يُفتتح المعرض مساءَ السبتِ ١١ أيّار ٢٠٢٤";
        When w = only(text);
        assertThat(w.text()).isEqualTo("مساءَ السبتِ ١١ أيّار ٢٠٢٤");
        assertThat(w.span().of(text)).isEqualTo(w.text());
        assertThat(w.start()).hasToString("2024-05-11");
    }

    @Test
    void weekdayAndDayListsShareOneMonth() {
        When w = only("تجري المباريات يومي الجمعة 17 والسبت 18 أيار 2024 في الملعب البلدي");
        assertThat(w.text()).isEqualTo("يومي الجمعة 17 والسبت 18 أيار 2024");
        assertThat(w.start()).hasToString("2024-05-17");
        assertThat(w.end()).hasToString("2024-05-18");
        assertThat(tag("أيام الاثنين 3، الثلاثاء 4 والأربعاء 5 حزيران 2024").dates())
                .singleElement().satisfies(d -> assertThat(d.end()).hasToString("2024-06-05"));
    }

    @Test
    void fallingOnLinksAWeekdayToItsDate() {
        When w = only("يقام العرض يوم الثلاثاء الواقع فيه 14 أيار 2024 في المسرح");
        assertThat(w.text()).isEqualTo("يوم الثلاثاء الواقع فيه 14 أيار 2024");
        assertThat(w.start()).hasToString("2024-05-14");
        assertThat(w.relative()).isFalse();
        assertThat(only("مساء الجمعة الواقع في 17 أيار 2024").start()).hasToString("2024-05-17");
    }

    @Test
    void aDateWithItsHoursAfterACommaIsOneExpression() {
        When w = only("ينظم المعرض يوم السبت 25 أيار 2024، من الساعة الخامسة حتى التاسعة مساء.");
        assertThat(w.text()).isEqualTo("يوم السبت 25 أيار 2024، من الساعة الخامسة حتى التاسعة مساء");
        assertThat(w.start()).hasToString("2024-05-25");
        assertThat(w.time()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void aTimeInALaterParagraphBelongsToTheAnnouncedDayNotTheDateline() {
        List<When> d = dates("يقام الحفل يوم الأحد 19 أيار 2024 في القاعة الكبرى.\n\nويبث مباشرة من الساعة 18:00 بتوقيت برلين.");
        assertThat(d).hasSize(2);
        assertThat(d.get(1).start()).hasToString("2024-05-19");
        assertThat(d.get(1).time()).isEqualTo(LocalTime.of(18, 0));
        assertThat(d.get(1).relative()).isTrue();
    }

    @Test
    void faatihAndMustahallNameTheFirstDayOfAMonth() {
        assertThat(starts("تنطلق الحملة فاتح يونيو 2024 وتنتهي مستهل يوليوز 2024"))
                .containsExactly("2024-06-01", "2024-07-01");
        When w = only("يعقد المجلس دورته فاتح شتنبر المقبل");
        assertThat(w.start()).hasToString("2024-09-01");
        assertThat(w.relative()).isTrue();
    }

    @Test
    void maghrebiMonthNamesAreMonths() {
        assertThat(starts("في 3 جانفي 2024 و5 فيفري 2024 و9 أفريل 2024 و2 ماي 2024 و7 جويلية 2024 و4 غشت 2024"))
                .containsExactly("2024-01-03", "2024-02-05", "2024-04-09", "2024-05-02", "2024-07-07", "2024-08-04");
    }

    @Test
    void aNamedMonthAfterAVaguePeriodWordIsThatMonth() {
        When w = only("يصدر الكتاب مطلع تموز المقبل");
        assertThat(w.text()).isEqualTo("مطلع تموز المقبل");
        assertThat(w.start()).hasToString("2024-07");
    }

    @Test
    void aRangeAfterAlFatraIncludesItsLead() {
        When w = only("يعقد المخيم في الفترة من 8 الى 12 تموز 2024 قرب البحر");
        assertThat(w.text()).isEqualTo("الفترة من 8 الى 12 تموز 2024");
        assertThat(w.end()).hasToString("2024-07-12");
    }

    @Test
    void aDashBeforeTheHourOfADateJoinsThem() {
        When w = only("تبدأ الأمسية الخميس 23 أيار 2024 – الساعة 20:30");
        assertThat(w.start()).hasToString("2024-05-23");
        assertThat(w.time()).isEqualTo(LocalTime.of(20, 30));
    }

    @Test
    void maghrebiAfterNoonIsAfternoon() {
        When w = only("تعقد الندوة يوم 14 ماي 2024 على الساعة الرابعة بعد الزوال");
        assertThat(w.time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(w.start()).hasToString("2024-05-14");
    }

    @Test
    void twoWeekdaysAfterYawmayAreARangeToTheSecondDay() {
        When w = only("اختتم المخيم الشبابي أعماله يومي الثلاثاء والأربعاء الماضيين في غابة قريبة");
        assertThat(w.start()).hasToString("2024-05-07");
        assertThat(w.end()).hasToString("2024-05-08");
        assertThat(w.relative()).isTrue();
    }

    @Test
    void daysInWordsJoinedByWaAreOneRange() {
        When w = only("يقام المهرجان يومي الأحد والاثنين الثامن والتاسع من أيلول 2024 في الحديقة");
        assertThat(w.start()).hasToString("2024-09-08");
        assertThat(w.end()).hasToString("2024-09-09");
    }

    @Test
    void thisYearAfterAPrepositionIsTheReferenceYear() {
        assertThat(only("وهي الدورة الثالثة لهذا العام").start()).hasToString("2024");
    }

    @Test
    void theNextDayCountsFromThePreviousNamedDate() {
        List<When> d = dates("تقام الندوة يوم 3 حزيران 2024، وفي اليوم التالي يزور المشاركون المتحف");
        assertThat(d).hasSize(2);
        assertThat(d.get(1).start()).hasToString("2024-06-04");
        assertThat(d.get(1).text()).isEqualTo("اليوم التالي");
        assertThat(d.get(1).relative()).isTrue();
    }

    @Test
    void theNextDayAfterFiWithoutWa() {
        assertThat(starts("تقام الندوة يوم 3 حزيران 2024 ثم في اليوم التالي زيارة")).containsExactly("2024-06-03", "2024-06-04");
    }

    @Test
    void anOrdinalDayInAConstructIsNoDate() {
        assertThat(dates("وناقشت جلسات اليوم الثاني قضايا التعليم")).isEmpty();
    }

    @Test
    void aDayPartCarriesOverToALaterBareTimeOfThatDay() {
        String text = "اجتمعت اللجنة مساء الثلاثاء الماضي في مقرها.\n\nوبدأ الاجتماع في تمام الساعة التاسعة بكلمة ترحيب.";
        List<When> d = dates(text);
        assertThat(d).hasSize(2);
        assertThat(d.get(1).start()).hasToString("2024-05-07");
        assertThat(d.get(1).time()).isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void theWordTodayAsAFormLabelIsNoDate() {
        assertThat(starts("اليوم: السبت 8 حزيران 2024")).containsExactly("2024-06-08");
    }
    @Test
    void aDateCountedPastTheEdgeOfTheCalendarIsDroppedNotThrown() {
        // the text's own date is the reference: the day before 1 January of year 1 is no ISO date the model holds
        List<When> before = TemporalTagger.tag(AnalyzedText.of("كتب في 1/1/0001 وقال أمس إن اللقاء يوم السبت الماضي"),
                Optional.empty()).dates();
        assertThat(before).extracting(w -> String.valueOf(w.start())).containsExactly("0001-01-01", "null", "null");
        assertThat(before.get(1).relative()).isTrue();
        List<When> after = TemporalTagger.tag(AnalyzedText.of("كتب في 31/12/9999 ثم في اليوم التالي وغداً"),
                Optional.empty()).dates();
        assertThat(after).extracting(w -> String.valueOf(w.start())).containsExactly("9999-12-31", "null", "null");
        When range = only("من 30 كانون الأول 9999 الى 2 كانون الثاني");
        assertThat(range.start()).hasToString("9999-12-30");
        assertThat(range.end()).isNull();
    }

    @Test
    void threeNumbersAfterADateLeadAreADate() {
        assertThat(only("صدر البيان بتاريخ 14 2 2019 عن الهيئة").start()).hasToString("2019-02-14");
    }

    @Test
    void aDayAndMonthNamingARevolutionOrASquareIsNoDate() {
        assertThat(dates("وأشاد بدور الشباب في ثورة الخامس من يونيو وتجمعوا في ساحة 16 غشت")).isEmpty();
    }

    @Test
    void withoutADatelineOnlyTheLeadDatesTheText() {
        List<When> d = TemporalTagger.tag(AnalyzedText.of("دعت النقابة كافة العمال والموظفين في المدينة الى المشاركة الواسعة في المسيرة الكبرى التي "
                + "تنطلق يوم 4 ديسمبر المقبل من ساحة البلدية.\n"
                + "والمسيرة تحيي ذكرى الزعيم الذي تأسست النقابة على يده.\n"
                + "وكان الزعيم قد انتخب أمينا عاما للنقابة في العام الأول لتأسيسها.\n"
                + "وقد اغتيل الزعيم في 5 ديسمبر 1952 على يد منظمة سرية."), Optional.empty()).dates();
        assertThat(d.get(0).start()).isNull();
        assertThat(d.get(1).start()).hasToString("1952-12-05");
    }
}
