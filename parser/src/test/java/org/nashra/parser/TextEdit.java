package org.nashra.parser;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * One edit of a text of the kind that real texts carry or that copying and pasting make: harakat, tatweel,
 * bidi controls, joiners, presentation forms (text copied out of a PDF), digits of another script, extreme
 * numbers, a cue word repeated, words or lines out of order, a piece cut out or doubled. An edit is drawn as
 * a kind, a place ({@code at}, a fraction of the text's length) and a {@code variant} (which mark, which
 * script, how many), so the property tests can shrink a failing text to its smallest edit list.
 *
 * <pre>{@code
 * new TextEdit(TextEdit.Kind.TATWEEL, 0.5, 2).apply("عقد الاجتماع");   // "عقد الاـــجتماع"
 * }</pre>
 *
 * <p>No edit splits a surrogate pair, so an edited text never holds an unpaired surrogate.
 */
record TextEdit(Kind kind, double at, int variant) {

    enum Kind {
        HARAKAT, TATWEEL, BIDI, JOINER, PRESENTATION_FORMS, DIGITS, EXTREME_NUMBER, CUE_WORDS, NAME, CLITIC,
        SHUFFLE_WORDS, SWAP_LINES, DELETE, DOUBLE, PUNCTUATION
    }

    /** Fatha … sukun, superscript alef, and shadda with a vowel. */
    private static final String[] HARAKAT = {"\u064E", "\u064F", "\u0650", "\u064B", "\u064C", "\u064D", "\u0651",
        "\u0652", "\u0670", "\u0651\u064E", "\u0653"};
    /** LRM, RLM, ALM, the embeddings and overrides with their pop, the isolates with theirs, BOM. */
    private static final String[] BIDI = {"\u200E", "\u200F", "\u061C", "\u202B", "\u202A", "\u202C", "\u202E",
        "\u202D", "\u2067", "\u2066", "\u2068", "\u2069", "\uFEFF", "\u202B\u202C", "\u2067\u2069"};
    private static final String[] JOINERS = {"\u200D", "\u200C", "\u200C\u200D", "\u00AD", "\u034F", "\u2060"};
    /** The zero of each script whose digits {@link Character#digit(int, int)} reads, some outside the BMP. */
    private static final int[] ZEROS = {'0', 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0xFF10,
        0x1D7CE, 0x1D7EC, 0x104A0, 0x1E950, 0x11066};
    private static final String[] NUMBERS = {"0", "00", "0001", "9999", "10000", "-1", "2147483648",
        "99999999999999999999", "1/1/0001", "31/12/9999", "0/0/0", "٣١/١٢/٩٩٩٩", "١/١/٠٠٠١", "1e999", "29/2/2023",
        "32/13/2024", "00:00", "24:60", "12:30", "1434/13/30هـ", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠", "9999م", "0001هـ"};
    /** Words the frames start from, and clitics alone. */
    private static final String[] CUES = {"بحضور", "عقد", "عقدت", "الرفيق", "الرفيقة", "السيد", "الدكتور", "يوم",
        "أمس", "اليوم التالي", "الساعة", "في", "من", "الى", "و", "ب", "ل", "ال", "للـ", "برقية", "تهنئة", "يطالب",
        "يدين", "يشكر", "تم انتخاب", "دقيقة صمت", "المؤتمر", "اجتماعها", "ابو", "بن", "وفد", "منظمة", "فرع",
        "الحزب", "سكرتير", "باسم", "ممثل عن", "الموافق", "الماضي", "المقبل", "جبار", "البصري", "علي"};
    /** Persons whose names begin with a letter that is also a clitic (ب ل و ف ك), after a word that introduces them. */
    private static final String[] NAMES = {"الرفيق بولس يوسف", "بحضور السيد باسم بكر", "والرفيقة بشرى لطيف",
        "السيد وليد فؤاد", "الدكتورة لمى كريم", "الرفيق فاضل كاظم", "السيدة وفاء بهنام", "الأستاذ كمال بطرس",
        "الرفيق علي جبار البصري", "الرفيق علي كاظم البصري", "الرفيق علي عبد الله البصري", "الفنان ليث بابان"};
    /** Conjunctions and prepositions written on a word, some with a vowel or a tatweel after them. */
    private static final String[] CLITICS = {"و", "ب", "ل", "ف", "ك", "وب", "ول", "فل", "لِ", "بِ", "وَ", "لـ", "بـ",
        "وَلِ", "وبـ", "كـ"};
    private static final String[] PUNCTUATION = {".", "،", "؛", ":", "!", "؟", "(", ")", "«", "»", "\"", "-", "–",
        "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2028", "/", "*", "…"};

    /** This edit applied to {@code text}; the text itself when there is nothing to edit. */
    String apply(String text) {
        int i = boundary(text, (int) (at * text.length()));
        int v = Math.abs(variant);
        return switch (kind) {
            case HARAKAT -> v % 4 == 0 ? afterEveryLetter(text, i, pick(HARAKAT, v / 4)) : afterLetter(text, i, pick(HARAKAT, v));
            case TATWEEL -> v % 4 == 0 ? afterEveryLetter(text, i, "\u0640") : afterLetter(text, i, "\u0640".repeat(1 + v % 3));
            case BIDI -> insert(text, i, pick(BIDI, v));
            case JOINER -> afterLetter(text, i, pick(JOINERS, v));
            case PRESENTATION_FORMS -> v % 3 == 0 ? presentationForms(text, 0, text.length()) : presentationForms(text, i, 1 + v % 60);
            case DIGITS -> digits(text, i, ZEROS[v % ZEROS.length]);
            case EXTREME_NUMBER -> insert(text, i, " " + pick(NUMBERS, v) + " ");
            case CUE_WORDS -> insert(text, i, (" " + pick(CUES, v)).repeat(1 + v % 7) + " ");
            case NAME -> insert(text, i, " " + pick(NAMES, v) + " ");
            case CLITIC -> clitic(text, i, pick(CLITICS, v));
            case SHUFFLE_WORDS -> shuffleWords(text, i, 2 + v % 12, v);
            case SWAP_LINES -> swapLines(text, v);
            case DELETE -> text.substring(0, i) + text.substring(boundary(text, Math.min(text.length(), i + 1 + v % 80)));
            case DOUBLE -> {
                String piece = text.substring(i, boundary(text, Math.min(text.length(), i + 1 + v % 120)));
                yield text.substring(0, i) + piece + piece + text.substring(i);
            }
            case PUNCTUATION -> insert(text, i, pick(PUNCTUATION, v));
        };
    }

    /** {@code text} from {@code from} to {@code to} (fractions of its length), on code point boundaries. */
    static String slice(String text, double from, double to) {
        int a = boundary(text, (int) (Math.min(from, to) * text.length()));
        int b = boundary(text, (int) (Math.max(from, to) * text.length()));
        return text.substring(a, b);
    }

    private static String pick(String[] choices, int v) {
        return choices[v % choices.length];
    }

    /** {@code i} moved off the middle of a surrogate pair. */
    private static int boundary(String text, int i) {
        int j = Math.max(0, Math.min(i, text.length()));
        return j > 0 && j < text.length() && Character.isLowSurrogate(text.charAt(j))
                && Character.isHighSurrogate(text.charAt(j - 1)) ? j - 1 : j;
    }

    private static String insert(String text, int i, String s) {
        return text.substring(0, i) + s + text.substring(i);
    }

    /** {@code s} after the first Arabic letter at or after {@code i} (at {@code i} when none). */
    private static String afterLetter(String text, int i, String s) {
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                return insert(text, j + 1, s);
            }
        }
        return insert(text, i, s);
    }

    /**
     * {@code clitic} written on the word at {@code i}; after ل the article loses its alif as Arabic writes it
     * ({@code ل + المتطوعين} → {@code للمتطوعين}).
     */
    private static String clitic(String text, int i, String clitic) {
        int start = i;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String rest = text.substring(start);
        boolean lam = clitic.replaceAll("[\\u064B-\\u0652\\u0640]", "").endsWith("ل");
        if (lam && rest.startsWith("ال")) {
            rest = rest.substring(1);
        }
        return text.substring(0, start) + clitic + rest;
    }

    /** {@code s} after every Arabic letter of the 120 characters from {@code i} (a vocalised or drawn-out passage). */
    private static String afterEveryLetter(String text, int i, String s) {
        int end = boundary(text, Math.min(text.length(), i + 120));
        StringBuilder sb = new StringBuilder(text.substring(0, i));
        for (int j = i; j < end; j++) {
            char c = text.charAt(j);
            sb.append(c);
            if (Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
                sb.append(s);
            }
        }
        return sb.append(text, end, text.length()).toString();
    }

    /** {@code length} characters from {@code i} written with the contextual glyphs of Presentation Forms-A/B. */
    private static String presentationForms(String text, int i, int length) {
        int end = boundary(text, Math.min(text.length(), i + length));
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text.substring(i, end));
            return text.substring(0, i) + shaped + text.substring(end);
        } catch (ArabicShapingException e) {
            return text;
        }
    }

    /** Every digit from {@code i} on written in the script whose zero is {@code zero}. */
    private static String digits(String text, int i, int zero) {
        StringBuilder sb = new StringBuilder(text.substring(0, i));
        text.substring(i).codePoints().forEach(cp -> {
            int d = Character.digit(cp, 10);
            sb.appendCodePoint(d >= 0 && Character.isDigit(cp) ? zero + d : cp);
        });
        return sb.toString();
    }

    /** The {@code count} words from the word at {@code i} in an order drawn from {@code seed}. */
    private static String shuffleWords(String text, int i, int count, int seed) {
        int start = text.lastIndexOf(' ', i) + 1;
        List<String> words = new ArrayList<>(List.of(text.substring(start).split(" ", count + 1)));
        String rest = words.size() > count ? words.remove(count) : null;
        Collections.shuffle(words, new Random(seed));
        return text.substring(0, start) + String.join(" ", words) + (rest == null ? "" : " " + rest);
    }

    /** Two lines swapped. */
    private static String swapLines(String text, int v) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.size() > 1) {
            Collections.swap(lines, v % lines.size(), (v / lines.size()) % lines.size());
        }
        return String.join("\n", lines);
    }
}
