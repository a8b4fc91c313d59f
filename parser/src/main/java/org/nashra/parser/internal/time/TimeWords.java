package org.nashra.parser.internal.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashra.parser.internal.gazetteer.Tsv;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.KeyTable;

/**
 * The temporal vocabulary, folded. Month and weekday names come from the word list
 * {@code calendar-names.tsv}: the names ICU's calendar data gives for every {@code ar-*} locale
 * (Levantine/Iraqi {@code كانون الثاني … تشرين الأول}, Egyptian/Gulf {@code يناير … أكتوبر}, Maghrebi
 * {@code جانفي، غشت، شتنبر …}, Hijri months of the Umm al-Qura calendar) and press spellings ICU lacks
 * ({@code مايس}, {@code يونية}, {@code تشرين اول}, {@code ذي الحجة} …).
 */
final class TimeWords {
    /** A multi-word name: its folded words and what it stands for. */
    record Name(List<String> words, int value) {
    }

    /** Gregorian month names by their first word, longest first; value 1..12. */
    static final Map<String, List<Name>> MONTHS = names(months("gregorian"));
    /** Hijri month names by their first word, longest first; value 1..12. */
    static final Map<String, List<Name>> HIJRI_MONTHS = names(months("hijri"));
    /** Weekday names, folded, without their article ({@code احد} for {@code الأحد}). */
    static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

    /** Day parts by folded stem (article stripped). */
    static final Map<String, DayPart> DAY_PARTS = dayParts();

    /** Relative modifiers after a month, weekday, "month" or "year": -1 past, +1 next, 0 current. */
    static final Map<String, Integer> DIRECTIONS = directions();

    /**
     * Stems the temporal grammar starts an expression with, to tell a clitic from a first letter: asked with every
     * reading of every new word form, nearly all missing ({@link KeyTable}).
     */
    private static final KeyTable<String> STEMS = KeyTable.ofKeys(stems());

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
        return s;
    }

    /** The names of {@code calendar-names.tsv} of one kind ({@code gregorian}, {@code hijri}, {@code weekday}). */
    private static List<Tsv.Row> calendarNames(String kind) {
        // a word list, not ICU's DateFormatSymbols of 30 locales: those took half a second of a cold parse
        return Tsv.read(TimeWords.class, "calendar-names.tsv", 3).stream().filter(row -> row.cell(0).equals(kind)).toList();
    }

    private static int number(Tsv.Row row, int max) {
        try {
            int n = Integer.parseInt(row.cell(1));
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("number must be 1 to " + max);
    }

    private static Map<String, List<Integer>> months(String kind) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (Tsv.Row row : calendarNames(kind)) {
            add(m, row.cell(2), number(row, 12));
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
        for (Tsv.Row row : calendarNames("weekday")) {
            m.put(withoutArticle(FoldedText.fold(row.cell(2))), DayOfWeek.of(number(row, 7)));
        }
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
