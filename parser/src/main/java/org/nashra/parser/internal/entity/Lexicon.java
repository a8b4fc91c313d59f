package org.nashra.parser.internal.entity;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.gazetteer.OrgHead;
import org.nashra.parser.internal.gazetteer.PhraseIndex;
import org.nashra.parser.internal.gazetteer.PlaceName;
import org.nashra.parser.internal.gazetteer.PlaceWord;
import org.nashra.parser.internal.gazetteer.Title;
import org.nashra.parser.internal.gazetteer.WordClass;
import org.nashra.parser.internal.text.Affix;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * Gazetteer look-ups on the tokens of an {@link AnalyzedText}. A phrase may start on a word that
 * carries clitics ({@code والرفيقين}, {@code بستوكهولم}, {@code للجنة}): every reading of the first
 * token is tried, with its article ({@code اللجنه}) and, for the indexes that list bare words, without
 * it ({@code لجنه}); the tokens after it must match as written.
 */
final class Lexicon {
    /**
     * Nouns that name a place, a day or a prize after a titled person ({@code شارع الشيخ زايد},
     * {@code يوم المهندس}, {@code مسجد الشيخ X}, {@code كنيسة مار توما}, {@code رعية مار شربل}): a title after them is part of a
     * fixed expression, not a person present. Folded stems.
     */
    private static final Set<String> EPONYM_HEADS = foldedSet(
            "يوم عيد ذكرى جائزة مسجد جامع كنيسة كاتدرائية دير رعية أبرشية ضريح مزار مدرسة مستشفى مكتبة شارع جادة طريق"
                    + " ميدان ساحة جسر قاعة مطار حي");
    private final Gazetteer g;

    Lexicon(Gazetteer g) {
        this.g = g;
    }

    Gazetteer gazetteer() {
        return g;
    }

    /**
     * A phrase of the index found at a token.
     *
     * @param first   the first token
     * @param end     the token after the last
     * @param reading the reading of the first token the phrase was matched on
     * @param value   the phrase's value
     */
    record Hit<V>(int first, int end, Reading reading, V value) {
        int length() {
            return end - first;
        }
    }

    Optional<Hit<Title>> honorific(AnalyzedText t, int i) {
        Optional<Hit<Title>> hit = match(t, i, g.honorifics(), Gazetteer.HONORIFICS, false);
        if (hit.isPresent() || !word(t, i) || !punct(t, i + 1, '.')) {
            return hit;
        }
        // ود. X: the analyser leaves a one-letter stem unsplit, so an abbreviated title after و is read here
        Token token = t.tokens().get(i);
        if (token.text().length() < 2 || token.text().charAt(0) != 'و') {
            return hit;
        }
        List<String> keys = new ArrayList<>(List.of(token.text().substring(1), t.tokens().get(i + 1).text()));
        return g.honorifics().longest(keys, 0)
                .map(m -> new Hit<>(i, i + m.length(), token.reading(), m.value()));
    }

    /** A role head or profession, also with the article (الرئيس) or a pronoun suffix (رئيسها). */
    Optional<Hit<Title>> role(AnalyzedText t, int i) {
        Optional<Hit<Title>> hit = match(t, i, g.roles(), Gazetteer.ROLES, true)
                // الأحد is Sunday: the quantifier "one of" takes no article
                .filter(h -> h.value().kind() != Title.Kind.QUANTIFIER || !h.reading().definite());
        if (hit.isPresent() || !word(t, i)) {
            return hit;
        }
        // what the form's stems read with a pronoun suffix say depends on the form alone: kept with it
        Token token = t.tokens().get(i);
        return g.suffixedRole(token.form())
                .map(r -> new Hit<>(i, i + 1, token.readings().get(r.reading()), r.title()));
    }

    /** A role head read with a pronoun suffix ({@code نائبه}, {@code رئيستها}): possessed, so it takes no genitive. */
    boolean possessedRole(AnalyzedText t, int i) {
        if (!word(t, i)) {
            return false;
        }
        // the form's suffixed role, read in its first reading; folding writes ة as ه: the written letter tells
        // نائبه (his deputy) from نائبة (a deputy)
        Token token = t.tokens().get(i);
        return g.suffixedRole(token.form()).filter(r -> r.reading() == 0).isPresent()
                && t.lastLetter(token) != '\u0629';
    }

    Optional<Hit<OrgHead>> orgHead(AnalyzedText t, int i) {
        return match(t, i, g.organisations(), Gazetteer.ORGANISATIONS, true);
    }

    Optional<Hit<PlaceWord>> placeWord(AnalyzedText t, int i) {
        return match(t, i, g.placeWords(), Gazetteer.PLACE_WORDS, true);
    }

    Optional<Hit<PlaceName>> country(AnalyzedText t, int i) {
        return match(t, i, g.countries(), Gazetteer.COUNTRIES, false);
    }

    Optional<Hit<PlaceName>> city(AnalyzedText t, int i) {
        return match(t, i, g.cities(), Gazetteer.CITIES, false);
    }

    Optional<Hit<PlaceName>> region(AnalyzedText t, int i) {
        return match(t, i, g.regions(), Gazetteer.REGIONS, false);
    }

    /** A known city, country or region at a token; a country wins over a city of the same country (الكويت). */
    Optional<Hit<PlaceName>> placeName(AnalyzedText t, int i) {
        if (!word(t, i)) {
            return Optional.empty();
        }
        Optional<Hit<PlaceName>> best = city(t, i);
        best = better(best, country(t, i));
        return better(best, region(t, i));
    }

    private static Optional<Hit<PlaceName>> better(Optional<Hit<PlaceName>> best, Optional<Hit<PlaceName>> hit) {
        if (hit.isEmpty()) {
            return best;
        }
        Hit<PlaceName> h = hit.get();
        if (best.isEmpty() || h.length() > best.get().length()) {
            return hit;
        }
        if (h.length() == best.get().length() && h.value().kind() == PlaceName.Kind.COUNTRY
                && h.value().country() != null && h.value().country().equals(best.get().value().country())) {
            return hit;
        }
        return best;
    }

    /** The class of a function word at a token (its surface, or its stem after و/ف). */
    Optional<WordClass> functionWord(AnalyzedText t, int i) {
        if (!word(t, i)) {
            return Optional.empty();
        }
        Token token = t.tokens().get(i);
        if (token.text().equals("علي") && t.original().charAt(token.span().end() - 1) == 'ي') {
            // folding makes the name علي and the preposition على one word; the spelling tells them apart (the last
            // char as written, read in place: على is among the commonest words, asked at every token)
            return Optional.empty();
        }
        Optional<WordClass> c = g.functionWords().getWord(token.text());
        if (c.isPresent() || (g.heads(t, i) & Gazetteer.FUNCTION_WORDS) == 0) {
            return c;
        }
        List<Reading> readings = token.readings();
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            c = g.functionWords().getWord(r.stem());
            if (r.hasPreposition()) {
                // a preposition before a particle is still no name (أكد المحامي حيدر بأن …، لأنه، بذلك)
                if (c.isPresent() && c.get() == WordClass.PARTICLE && !r.definite()) {
                    return c;
                }
                continue;
            }
            // with the article only a gathering or a time is meant (الاجتماع، الساعة), not الخارج
            if (c.isPresent() && (!r.definite() || c.get() == WordClass.EVENT)) {
                return c;
            }
        }
        return Optional.empty();
    }

    boolean isFunctionWord(AnalyzedText t, int i, WordClass c) {
        return functionWord(t, i).filter(x -> x == c).isPresent();
    }

    /**
     * A listed given name as written: {@code هنأ} and {@code هناء} both fold to {@code هنا}, but a final hamza on its
     * alif writes the past of a verb ({@code هنأ، بدأ}), where the name's hamza stands on the line ({@code هناء}).
     */
    boolean isGivenName(AnalyzedText t, int i) {
        return word(t, i) && g.isGivenName(t.tokens().get(i).text())
                && t.lastLetter(t.tokens().get(i)) != 'أ';
    }

    /** The reading of a token that splits nothing off. */
    static Reading bare(Token token) {
        for (Reading r : token.readings()) {
            if (r.affixes().isEmpty()) {
                return r;
            }
        }
        return token.reading();
    }

    /**
     * True when token {@code i} is a place, day or prize noun in a construct, so that a title after it is
     * part of a fixed expression ({@code شارع الشيخ زايد}, {@code يوم المهندس}), not a person.
     */
    boolean eponymHead(AnalyzedText t, int i) {
        if (!word(t, i)) {
            return false;
        }
        Reading head = t.tokens().get(i).reading();
        return !head.definite() && EPONYM_HEADS.contains(head.stem());
    }

    /** The folded forms of the space-separated {@code words}. */
    static Set<String> foldedSet(String words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words.split(" ")) {
            out.add(FoldedText.fold(w));
        }
        return Set.copyOf(out);
    }

    static boolean word(AnalyzedText t, int i) {
        return i >= 0 && i < t.tokens().size() && t.tokens().get(i).isWord();
    }

    static boolean punct(AnalyzedText t, int i, char c) {
        return i >= 0 && i < t.tokens().size() && t.tokens().get(i).isPunct(c);
    }

    /** True when the token is a word whose most likely reading starts with و or ف. */
    static boolean conjoined(AnalyzedText t, int i) {
        if (!word(t, i)) {
            return false;
        }
        // a loop, not a stream: the person tagger asks at every token
        List<Affix> affixes = t.tokens().get(i).reading().affixes();
        for (int k = 0; k < affixes.size(); k++) {
            if (affixes.get(k).clitic().isConjunction()) {
                return true;
            }
        }
        return false;
    }

    /** True when the token's most likely reading carries ب، ل or ك. */
    static boolean prepositioned(AnalyzedText t, int i) {
        return word(t, i) && t.tokens().get(i).reading().hasPreposition();
    }

    /** True when the token's most likely reading carries the article. */
    static boolean definite(AnalyzedText t, int i) {
        return word(t, i) && t.tokens().get(i).reading().definite();
    }

    /** True when the most likely reading has the clitic. */
    static boolean has(AnalyzedText t, int i, Clitic c) {
        return word(t, i) && t.tokens().get(i).reading().has(c);
    }

    /** The reading of a token that carries exactly the article and no other clitic, if it has one. */
    static boolean plainDefinite(AnalyzedText t, int i) {
        if (!word(t, i)) {
            return false;
        }
        Reading r = t.tokens().get(i).reading();
        return r.definite() && r.affixes().size() == 1;
    }

    private <V> Optional<Hit<V>> match(AnalyzedText t, int i, PhraseIndex<V> index, int bit, boolean bareStems) {
        if (!word(t, i) || (g.heads(t, i) & bit) == 0) {
            return Optional.empty();
        }
        List<Token> tokens = t.tokens();
        // the words after the first as written, read only when a phrase starts with the first
        List<String> texts = new AbstractList<>() {
            @Override
            public String get(int k) {
                return tokens.get(k).text();
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
        Hit<V> best = null;
        List<Reading> readings = tokens.get(i).readings();
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            boolean definite = r.definite();
            best = longer(best, i, r, definite ? index.longestDefinite(r.stem(), texts, i + 1)
                    : index.longest(r.stem(), texts, i + 1));
            if (definite && bareStems) {
                best = longer(best, i, r, index.longest(r.stem(), texts, i + 1));
            }
        }
        return Optional.ofNullable(best);
    }

    /** The match as a hit when it is longer than {@code best} (the first of equal ones stays), else {@code best}. */
    private static <V> Hit<V> longer(Hit<V> best, int i, Reading r, Optional<PhraseIndex.Match<V>> m) {
        if (m.isPresent() && (best == null || m.get().length() > best.length())) {
            return new Hit<>(i, i + m.get().length(), r, m.get().value());
        }
        return best;
    }
}
