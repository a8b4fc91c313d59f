package org.nashra.parser.internal.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashra.parser.internal.text.FoldedText;

/**
 * The temporal vocabulary, folded. Month and weekday names come from ICU's {@link DateFormatSymbols} of
 * every {@code ar-*} locale (Levantine/Iraqi {@code كانون الثاني … تشرين الأول}, Egyptian/Gulf
 * {@code يناير … أكتوبر}, Maghrebi {@code جانفي، غشت، شتنبر …}) and Hijri month names from ICU's
 * Umm al-Qura calendar; press spellings ICU lacks are added here ({@code مايس}, {@code يونية},
 * {@code تشرين اول}, {@code ذي الحجة} …).
 */
final class TimeWords {
    /** A multi-word name: its folded words and what it stands for. */
    record Name(List<String> words, int value) {
    }

    /** Gregorian month names by their first word, longest first; value 1..12. */
    static final Map<String, List<Name>> MONTHS = names(gregorianMonths());
    /** Hijri month names by their first word, longest first; value 1..12. */
    static final Map<String, List<Name>> HIJRI_MONTHS = names(hijriMonths());
    /** Weekday names, folded, without their article ({@code احد} for {@code الأحد}). */
    static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    /** Day parts by folded stem (article stripped). */
    static final Map<String, DayPart> DAY_PARTS = dayParts();

    /** Relative modifiers after a month, weekday, "month" or "year": -1 past, +1 next, 0 current. */
    static final Map<String, Integer> DIRECTIONS = directions();

    /** Stems the temporal grammar starts an expression with, to tell a clitic from a first letter. */
    private static final Set<String> STEMS = stems();

    private TimeWords() {
    }

    /**
     * True when {@code foldedStem} is a word a date or time expression can start with (a month, weekday,
     * day part, number word, {@code يوم}, {@code عام} …): {@code وآب} is then {@code و + آب}.
     */
    static boolean isTemporalStem(String foldedStem) {
        return STEMS.contains(foldedStem) || org.nashra.parser.internal.number.ArabicNumbers.isNumberWord(foldedStem);
    }

    private static Set<String> stems() {
        Set<String> s = new java.util.HashSet<>();
        s.addAll(MONTHS.keySet());
        s.addAll(HIJRI_MONTHS.keySet());
        s.addAll(WEEKDAYS.keySet());
        s.addAll(DAY_PARTS.keySet());
        for (String w : "يوم يومي أيام شهر شهري عام عامي سنة ساعة أمس البارحة غدا غد ليلة تمام أول غرة فاتح مستهل هذا هذه بعد قبل منتصف ال"
                .split(" ")) {
            s.add(FoldedText.fold(w));
        }
        return Set.copyOf(s);
    }

    private static Map<String, List<Integer>> gregorianMonths() {
        Map<String, List<Integer>> m = new HashMap<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            if (!"ar".equals(l.getLanguage())) {
                continue;
            }
            DateFormatSymbols s = new DateFormatSymbols(l);
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] names = s.getMonths(context, width);
                    for (int k = 0; k < 12 && k < names.length; k++) {
                        add(m, names[k], k + 1);
                    }
                }
            }
        }
        String[] extra = {
                "كانون ثاني|يناير|ينايير|جانفي", "فبرائر|فبرير|فيفري", "اذار", "ابريل|إبريل|افريل", "مايس|مايو|ماي",
                "يونية|يونيه|جوان", "يولية|يوليه|جويليه|جويلية|يوليوز", "اغسطس|آغسطس|اغشت|اوت|غشت", "سيبتمبر|شتنبر|شتمبر",
                "تشرين اول|اوكتوبر|أوكتوبر", "تشرين ثاني|نوفمبر|نونبر", "كانون اول|ديسيمبر|دجنبر|دجمبر"};
        for (int k = 0; k < 12; k++) {
            for (String name : extra[k].split("\\|")) {
                add(m, name, k + 1);
            }
        }
        return m;
    }

    private static Map<String, List<Integer>> hijriMonths() {
        Map<String, List<Integer>> m = new HashMap<>();
        ULocale locale = new ULocale("ar@calendar=islamic-umalqura");
        DateFormatSymbols s = new DateFormatSymbols(Calendar.getInstance(locale), locale);
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
            String[] names = s.getMonths(DateFormatSymbols.FORMAT, width);
            for (int k = 0; k < 12 && k < names.length; k++) {
                add(m, names[k], k + 1);
            }
        }
        String[] extra = {
                "محرم", "صفر", "ربيع الأول|ربيع اول", "ربيع الثاني|ربيع الآخر|ربيع الاخر|ربيع ثاني",
                "جمادى الأولى|جمادى الأول|جمادى الاول", "جمادى الآخرة|جمادى الثانية|جمادى الآخر|جمادى الثاني",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة|ذي القعدة|ذا القعدة", "ذو الحجة|ذي الحجة|ذا الحجة"};
        for (int k = 0; k < 12; k++) {
            for (String name : extra[k].split("\\|")) {
                add(m, name, k + 1);
            }
        }
        return m;
    }

    private static void add(Map<String, List<Integer>> m, String name, int value) {
        String folded = FoldedText.fold(name).trim();
        List<Integer> values = m.computeIfAbsent(folded, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /** Names that stand for one month only, by first word; longest (most words) first so they win over a prefix. */
    private static Map<String, List<Name>> names(Map<String, List<Integer>> m) {
        Map<String, List<Name>> byFirst = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : m.entrySet()) {
            if (e.getValue().size() == 1) {
                Name name = new Name(List.of(e.getKey().split("\\s+")), e.getValue().get(0));
                byFirst.computeIfAbsent(name.words().get(0), k -> new ArrayList<>()).add(name);
            }
        }
        Map<String, List<Name>> out = new HashMap<>();
        for (Map.Entry<String, List<Name>> e : byFirst.entrySet()) {
            List<Name> names = new ArrayList<>(e.getValue());
            names.sort(Comparator.comparingInt((Name n) -> -n.words().size()).thenComparing(n -> String.join(" ", n.words())));
            out.put(e.getKey(), List.copyOf(names));
        }
        return Map.copyOf(out);
    }

    /** The month of a one-word name ({@code يونيو}), or -1. */
    static int singleWordMonth(String folded) {
        for (Name name : MONTHS.getOrDefault(folded, List.of())) {
            if (name.words().size() == 1) {
                return name.value();
            }
        }
        return -1;
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> m = new HashMap<>();
        Set<String> locales = new LinkedHashSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            if ("ar".equals(l.getLanguage())) {
                locales.add(l.toString());
            }
        }
        for (String id : locales) {
            DateFormatSymbols s = new DateFormatSymbols(new ULocale(id));
            String[] names = s.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            // ICU: index 1 is Sunday
            for (int k = 1; k < names.length && k <= 7; k++) {
                m.put(withoutArticle(FoldedText.fold(names[k])), DayOfWeek.of(k == 1 ? 7 : k - 1));
            }
        }
        m.put(withoutArticle(FoldedText.fold("الإثنين")), DayOfWeek.MONDAY);
        return Map.copyOf(m);
    }

    private static String withoutArticle(String folded) {
        return folded.startsWith("ال") ? folded.substring(2) : folded;
    }

    private static Map<String, DayPart> dayParts() {
        Map<String, DayPart> m = new HashMap<>();
        put(m, "صباح صباحا صبيحة فجر فجرا ضحى ضحا", DayPart.MORNING);
        put(m, "ظهر ظهرا ظهيرة زوال", DayPart.NOON);
        put(m, "عصر عصرا", DayPart.AFTERNOON);
        put(m, "مساء مساءا عشية", DayPart.EVENING);
        put(m, "ليل ليلا ليلة", DayPart.NIGHT);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> directions() {
        Map<String, Integer> m = new HashMap<>();
        put(m, "الماضي الماضية الماضيين الماضيتين المنصرم المنصرمة الفائت الفائتة السابق السابقة", -1);
        put(m, "المقبل المقبلة المقبلين القادم القادمة القادمين الآتي الآتية", 1);
        put(m, "الجاري الجارية الحالي الحالية", 0);
        return Map.copyOf(m);
    }

    private static <V> void put(Map<String, V> m, String words, V value) {
        for (String w : words.split(" ")) {
            m.put(FoldedText.fold(w), value);
        }
    }
}
