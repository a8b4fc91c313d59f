package org.nashra.parser.internal.frame;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
    public enum Person {
        THIRD, THIRD_PLURAL, FIRST_PLURAL, FIRST_SINGULAR;

        /** The writer speaking ({@code نطالب}, {@code أطالب}): the text's own act, not one it reports. */
        public boolean isFirst() {
            return this == FIRST_PLURAL || this == FIRST_SINGULAR;
        }
    }

    /** What the affixes of one bare form say. */
    public record Form(Shape shape, Person person) {
    }

    private static final String[] PAST_SUFFIXES = {"", "ت", "تا", "وا", "و", "ا", "ن", "نا", "تم", "تن"};
    private static final String[] WEAK_PAST_SUFFIXES = {"ت", "تا", "وا"};
    private static final String[] PRESENT_PREFIXES = {"ي", "ت", "ن", "ا"};
    private static final String[] PRESENT_SUFFIXES = {"", "ون", "ان", "ين", "وا", "ا", "ن"};
    private static final String[] PARTICIPLE_SUFFIXES = {"", "ا", "ه", "ين", "ون", "ات", "ان", "تين", "تان"};
    private static final String[] NOUN_SUFFIXES = {"", "ات", "ان", "ين", "ون", "ا"};
    private static final String[] MASDAR_SUFFIXES = {"", "ات"};

    private final Map<String, Set<Form>> forms;
    private final Set<String> blocked;
    /**
     * This word's bit in a {@link Doc}'s filter of the words each token can be: one of 64, shared by other words,
     * from its forms' strings, so that it is the same in every run.
     */
    private final long bit;

    private Word(Map<String, Set<Form>> forms) {
        this(forms, Set.of());
    }

    private Word(Map<String, Set<Form>> forms, Set<String> blocked) {
        this.forms = Collections.unmodifiableMap(forms);
        this.blocked = Set.copyOf(blocked);
        this.bit = 1L << (forms.keySet().hashCode() & 63);
    }

    /** Adds a reading of {@code form}; a string may have several (مطالبة: verbal noun and feminine participle). */
    private static void put(Map<String, Set<Form>> m, String form, Form f) {
        m.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(f);
    }

    /** {@link #bit}: a token whose filter lacks it is no form of this word. */
    long bit() {
        return bit;
    }

    private static Map<String, Set<Form>> copy(Map<String, Set<Form>> forms) {
        Map<String, Set<Form>> m = new LinkedHashMap<>();
        forms.forEach((k, v) -> m.put(k, new LinkedHashSet<>(v)));
        return m;
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
        Map<String, Set<Form>> m = new LinkedHashMap<>();
        for (String s : words) {
            put(m, FoldedText.fold(s), new Form(Shape.NOUN, Person.THIRD));
        }
        return new Word(m);
    }

    /** Adds past forms, also passive or irregular ones ({@code تقرر}, {@code اُستهل}). */
    public Word past(String... pasts) {
        Map<String, Set<Form>> m = copy(forms);
        for (String p : pasts) {
            String f = FoldedText.fold(p);
            // بدأ folds to بدا but keeps its hamza as a consonant: بدأت، بدأوا, not the weak بدت
            boolean hamza = p.endsWith("أ") || p.endsWith("ئ") || p.endsWith("ؤ") || p.endsWith("ء");
            if ((f.endsWith("ا") || f.endsWith("ي")) && !hamza) {
                // دعا، دعت، دعوا: a weak final letter gives way to the ending (حيّت, not حيات "life")
                String stem = f.substring(0, f.length() - 1);
                put(m, f, new Form(Shape.PAST, Person.THIRD));
                put(m, f + "نا", new Form(Shape.PAST, Person.FIRST_PLURAL));
                for (String s : WEAK_PAST_SUFFIXES) {
                    put(m, stem + s, new Form(Shape.PAST, pastPerson(s)));
                }
                continue;
            }
            for (String s : PAST_SUFFIXES) {
                put(m, f + s, new Form(Shape.PAST, pastPerson(s)));
            }
        }
        return new Word(m, blocked);
    }

    /** Adds present and future ({@code سـ}) forms from the third person masculine singular ({@code يطالب}). */
    public Word present(String... presents) {
        Map<String, Set<Form>> m = copy(forms);
        for (String p : presents) {
            String f = FoldedText.fold(p);
            String base = f.startsWith("ي") ? f.substring(1) : f;
            for (String pre : PRESENT_PREFIXES) {
                for (String suf : PRESENT_SUFFIXES) {
                    Person person = pre.equals("ن") ? Person.FIRST_PLURAL
                            : pre.equals("ا") ? Person.FIRST_SINGULAR
                            : suf.startsWith("و") ? Person.THIRD_PLURAL : Person.THIRD;
                    put(m, pre + base + suf, new Form(Shape.PRESENT, person));
                    put(m, "س" + pre + base + suf, new Form(Shape.FUTURE, person));
                }
                if (f.endsWith("ي") && base.length() > 2) {
                    // ينعى، يتبنى: a weak final letter gives way to the plural ending (ينعون، يتبنّوا)
                    for (String suf : new String[] {"ون", "وا"}) {
                        String w = pre + base.substring(0, base.length() - 1) + suf;
                        put(m, w, new Form(Shape.PRESENT, Person.THIRD_PLURAL));
                        put(m, "س" + w, new Form(Shape.FUTURE, Person.THIRD_PLURAL));
                    }
                }
            }
        }
        return new Word(m, blocked);
    }

    /** Adds active participles with their gender and number endings ({@code مؤكداً}, {@code مؤكدين}). */
    public Word participle(String... participles) {
        return with(participles, PARTICIPLE_SUFFIXES, Shape.PARTICIPLE);
    }

    /** Adds verbal nouns ({@code مطالبة}, {@code إدانة}) with their plural in ات. */
    public Word masdar(String... masdars) {
        return with(masdars, MASDAR_SUFFIXES, Shape.MASDAR);
    }

    /**
     * This word, not recognised in the given words (with or without a pronoun suffix split off): a
     * spelling another word shares ({@code حياة} "life" is also حيّاه "he greeted him").
     */
    public Word without(String... words) {
        Set<String> b = new java.util.HashSet<>(blocked);
        for (String w : words) {
            b.add(FoldedText.fold(w));
        }
        return new Word(forms, b);
    }

    /** True when {@code body} (a token without its conjunction, preposition and article) is not this word. */
    boolean blocks(String body) {
        return blocked.contains(body);
    }

    /** This word and every form of {@code other}. */
    public Word or(Word other) {
        Map<String, Set<Form>> m = copy(forms);
        other.forms.forEach((k, v) -> v.forEach(f -> put(m, k, f)));
        Set<String> b = new java.util.HashSet<>(blocked);
        b.addAll(other.blocked);
        return new Word(m, b);
    }

    /** The bare forms (folded, no clitics) with what they say. */
    Map<String, Set<Form>> forms() {
        return forms;
    }

    /** The readings of a bare folded form; empty when it is not a form of this word. */
    public Set<Form> forms(String folded) {
        return forms.getOrDefault(folded, Set.of());
    }

    @Override
    public String toString() {
        return forms.keySet().stream().findFirst().orElse("?");
    }

    private Word with(String[] bases, String[] suffixes, Shape shape) {
        Map<String, Set<Form>> m = copy(forms);
        Form form = new Form(shape, Person.THIRD);
        for (String base : bases) {
            String f = FoldedText.fold(base);
            // folding writes ة as ه: only a written ة gives way to the ending; a radical ه stays (منوه → منوهين)
            boolean taMarbuta = base.endsWith("ة");
            String stem = taMarbuta ? f.substring(0, f.length() - 1) : f;
            for (String s : suffixes) {
                if (taMarbuta && !s.isEmpty()) {
                    // مطالبة → مطالبات, مؤكدة → مؤكدتين: the ة gives way to the ending
                    put(m, stem + s, form);
                    put(m, stem + "ت" + s, form);
                } else {
                    put(m, f + s, form);
                }
            }
        }
        return new Word(m, blocked);
    }

    private static Person pastPerson(String suffix) {
        return switch (suffix) {
            case "نا" -> Person.FIRST_PLURAL;
            case "وا", "و", "تم" -> Person.THIRD_PLURAL;
            default -> Person.THIRD;
        };
    }
}
