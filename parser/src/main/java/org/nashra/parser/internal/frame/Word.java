package org.nashra.parser.internal.frame;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nashra.parser.internal.text.FoldedText;

/**
 * A word family the rules react to, with the inflected forms it takes: a verb in
 * past, present and future for every person and number, its participle and its
 * verbal noun, or a plain noun with its plurals. Clitics (و، ف، ب، ل، ال،
 * pronoun suffixes) are not listed here; {@link Lexicon} strips them. Immutable:
 * every method returns a new word.
 *
 * <pre>{@code
 * Word demand = Word.verb("طالب", "يطالب").participle("مطالب").masdar("مطالبة");
 * // matches طالب، وطالبوا، نطالب، تطالب، سنطالب، مطالبين، المطالبة، ومطالبتهم …
 * }</pre>
 *
 * Forms are folded ({@link FoldedText#fold}) so they match every spelling variant
 * the folding covers (hamza seats, ة/ه, ى/ي, harakat).
 */
public final class Word {

    /** The grammatical shape of a matched form. */
    public enum Shape { PAST, PRESENT, FUTURE, PARTICIPLE, MASDAR, NOUN }

    /** Grammatical person and number of a verb form, as far as its affixes tell. */
    public enum Person { THIRD, THIRD_PLURAL, FIRST_PLURAL, FIRST_SINGULAR }

    /** What the affixes of one bare form say. */
    public record Form(Shape shape, Person person) {
    }

    private static final String[] PAST_SUFFIXES = {"", "ت", "تا", "وا", "و", "ا", "ن", "نا", "تم", "تن"};
    private static final String[] WEAK_PAST_SUFFIXES = {"ت", "تا", "وا"};
    private static final String[] PRESENT_PREFIXES = {"ي", "ت", "ن", "ا"};
    private static final String[] PRESENT_SUFFIXES = {"", "ون", "ان", "ين", "وا", "ا", "ن"};
    private static final String[] PARTICIPLE_SUFFIXES = {"", "ا", "ه", "ين", "ون", "ات", "ان", "تين", "تان"};
    private static final String[] NOUN_SUFFIXES = {"", "ات", "ان", "ين", "ون"};
    private static final String[] MASDAR_SUFFIXES = {"", "ات"};

    private final Map<String, Form> forms;

    private Word(Map<String, Form> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    /**
     * A verb from its past and present third person masculine singular
     * ({@code طالب}, {@code يطالب}); a weak final letter ({@code دعا}, {@code أثنى})
     * also gives the shortened forms ({@code دعت}, {@code دعوا}).
     */
    public static Word verb(String past, String present) {
        return new Word(new LinkedHashMap<>()).past(past).present(present);
    }

    /** Nouns (or any cue that takes the noun clitics) with their sound plurals and duals. */
    public static Word noun(String... singulars) {
        return new Word(new LinkedHashMap<>()).with(singulars, NOUN_SUFFIXES, Shape.NOUN);
    }

    /** Exact forms only, no endings added: fixed words ({@code دقيقة}, {@code صمت}) and broken plurals. */
    public static Word exact(String... words) {
        Map<String, Form> m = new LinkedHashMap<>();
        for (String s : words) {
            m.putIfAbsent(FoldedText.fold(s), new Form(Shape.NOUN, Person.THIRD));
        }
        return new Word(m);
    }

    /** Adds past forms, also passive or irregular ones ({@code تقرر}, {@code اُستهل}). */
    public Word past(String... pasts) {
        Map<String, Form> m = new LinkedHashMap<>(forms);
        for (String p : pasts) {
            String f = FoldedText.fold(p);
            for (String s : PAST_SUFFIXES) {
                m.putIfAbsent(f + s, new Form(Shape.PAST, pastPerson(s)));
            }
            if (f.endsWith("ا") || f.endsWith("ي")) {
                String stem = f.substring(0, f.length() - 1);
                for (String s : WEAK_PAST_SUFFIXES) {
                    m.putIfAbsent(stem + s, new Form(Shape.PAST, pastPerson(s)));
                }
            }
        }
        return new Word(m);
    }

    /** Adds present and future ({@code سـ}) forms from the third person masculine singular ({@code يطالب}). */
    public Word present(String... presents) {
        Map<String, Form> m = new LinkedHashMap<>(forms);
        for (String p : presents) {
            String f = FoldedText.fold(p);
            String base = f.startsWith("ي") ? f.substring(1) : f;
            for (String pre : PRESENT_PREFIXES) {
                for (String suf : PRESENT_SUFFIXES) {
                    Person person = pre.equals("ن") ? Person.FIRST_PLURAL
                            : pre.equals("ا") ? Person.FIRST_SINGULAR
                            : suf.startsWith("و") ? Person.THIRD_PLURAL : Person.THIRD;
                    m.putIfAbsent(pre + base + suf, new Form(Shape.PRESENT, person));
                    m.putIfAbsent("س" + pre + base + suf, new Form(Shape.FUTURE, person));
                }
            }
        }
        return new Word(m);
    }

    /** Adds active participles with their gender and number endings ({@code مؤكداً}, {@code مؤكدين}). */
    public Word participle(String... participles) {
        return with(participles, PARTICIPLE_SUFFIXES, Shape.PARTICIPLE);
    }

    /** Adds verbal nouns ({@code مطالبة}, {@code إدانة}) with their plural in ات. */
    public Word masdar(String... masdars) {
        return with(masdars, MASDAR_SUFFIXES, Shape.MASDAR);
    }

    /** This word and every form of {@code other}. */
    public Word or(Word other) {
        Map<String, Form> m = new LinkedHashMap<>(forms);
        other.forms.forEach(m::putIfAbsent);
        return new Word(m);
    }

    /** The bare forms (folded, no clitics) with what they say. */
    Map<String, Form> forms() {
        return forms;
    }

    /** The form as listed, or null: for tests and diagnostics. */
    public Form form(String folded) {
        return forms.get(folded);
    }

    @Override
    public String toString() {
        return forms.keySet().stream().findFirst().orElse("?");
    }

    private Word with(String[] bases, String[] suffixes, Shape shape) {
        Map<String, Form> m = new LinkedHashMap<>(forms);
        Form form = new Form(shape, Person.THIRD);
        for (String base : bases) {
            String f = FoldedText.fold(base);
            boolean taMarbuta = f.endsWith("ه");
            String stem = taMarbuta ? f.substring(0, f.length() - 1) : f;
            for (String s : suffixes) {
                if (taMarbuta && !s.isEmpty()) {
                    // مطالبة → مطالبات, مؤكدة → مؤكدتين: the ة gives way to the ending
                    m.putIfAbsent(stem + s, form);
                    m.putIfAbsent(stem + "ت" + s, form);
                } else {
                    m.putIfAbsent(f + s, form);
                }
            }
        }
        return new Word(m);
    }

    private static Person pastPerson(String suffix) {
        return switch (suffix) {
            case "نا" -> Person.FIRST_PLURAL;
            case "وا", "و", "تم" -> Person.THIRD_PLURAL;
            default -> Person.THIRD;
        };
    }
}
