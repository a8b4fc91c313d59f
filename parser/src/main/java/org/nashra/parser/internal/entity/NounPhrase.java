package org.nashra.parser.internal.entity;

import org.nashra.parser.internal.gazetteer.PlaceWord;
import org.nashra.parser.internal.gazetteer.WordClass;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * How far the noun phrase of a head word reaches: the construct chain and adjectives that follow it.
 * Shared by the organisation, role and venue readers; each handles its own prepositions after it.
 *
 * <p>After the head, the phrase takes
 * <ul>
 *   <li>a definite word (a genitive or an adjective): {@code الحزب الشيوعي العراقي};</li>
 *   <li>an indefinite word only while the chain is indefinite, at most {@value #MAX_INDEFINITE} in a row
 *       after the head: {@code نادي بابل}, {@code مجلس بلدية ستوكهولم}; a definite word closes the chain,
 *       so an indefinite word after it starts something else;</li>
 *   <li>ل + a definite word: {@code للثقافة والتراث}, {@code للحزب};</li>
 *   <li>و + a definite word that is not a title or a new organisation: {@code الادباء والكتاب};</li>
 *   <li>a quoted name of a few words: {@code «الجسر»}, {@code "الأرز"}, {@code “الأمل”}.</li>
 * </ul>
 * It stops at punctuation, numbers, function words, honorifics, other prepositions (callers read
 * {@code في X}, {@code عن X}, {@code بـX} themselves) and after {@code max} tokens.
 */
final class NounPhrase {
    static final int MAX_INDEFINITE = 4;
    /** Words of the name after a title inside a place's name ({@code شارع الشيخ محمد بن راشد}). */
    private static final int MAX_EPONYM_NAME = 3;

    private NounPhrase() {
    }

    /** The token after the noun phrase whose head is token {@code i}. */
    static int end(AnalyzedText t, Lexicon lex, int i, int max) {
        return end(t, lex, i, max, false);
    }

    /**
     * The token after the noun phrase whose head is token {@code i}; with {@code designation}, the phrase
     * names a part of an organisation and stops before ل + the organisation ({@code منسقية اوروبا للتحالف}).
     */
    static int end(AnalyzedText t, Lexicon lex, int i, int max, boolean designation) {
        int n = Math.min(t.tokens().size(), i + max);
        boolean closed = Lexicon.word(t, i) && t.tokens().get(i).reading().definite();
        // a definite head takes no genitive: only adjectives (and no conjuncts) follow it
        boolean construct = !closed;
        boolean prepositional = false;
        int indefinite = closed ? 0 : 1;
        int k = i + 1;
        while (k < n && !t.startsLine(k)) {
            Token token = t.tokens().get(k);
            // نادي "الأرز": a straight or curly quote names an open head; after a closed one (الرابطة "…") it is
            // something else, a name or a title of its own
            if (token.isPunct('«') || opensQuote(token) && !closed) {
                int close = closingQuote(t, k, Math.min(n, k + MAX_QUOTED + 2));
                if (close < 0) {
                    break;
                }
                k = close + 1;
                closed = true;
                continue;
            }
            if (!token.isWord() || lex.functionWord(t, k).filter(c -> c != WordClass.EVENT).isPresent()
                    || lex.placeWord(t, k).filter(w -> w.value() == PlaceWord.DIRECTION).isPresent()) {
                break;
            }
            // a plural title after an open construct is a noun (رابطة الانصار); any other title starts a person
            var title = lex.honorific(t, k);
            if (title.isPresent() && lex.eponymHead(t, k - 1)) {
                // شارع الشيخ زايد، كنيسة مار يوسف: a title and its name inside the name of a place or day
                k = title.get().end();
                for (int names = 0; names < MAX_EPONYM_NAME && k < n && !t.startsLine(k) && Lexicon.word(t, k)
                        && t.tokens().get(k).reading().affixes().isEmpty() && lex.functionWord(t, k).isEmpty()
                        && lex.honorific(t, k).isEmpty(); names++) {
                    k++;
                }
                closed = true;
                continue;
            }
            if (title.isPresent() && (closed || !title.get().value().number().isShared() || !token.reading().definite())) {
                break;
            }
            Reading r = token.reading();
            if (r.has(Clitic.WA) || r.has(Clitic.FA)) {
                boolean conjunct = (construct || prepositional) && r.definite() && !r.hasPreposition()
                        && lex.orgHead(t, k).isEmpty() && lex.role(t, k).isEmpty();
                if (!conjunct) {
                    break;
                }
                closed = true;
            } else if (r.hasPreposition()) {
                // لجمهورية مصر، لمملكة البحرين: ل + a noun in construct with a place name is definite too
                int placeEnd = r.has(Clitic.LI) && !r.definite() && k + 1 < n
                        ? lex.placeName(t, k + 1).map(h -> h.end()).orElse(-1) : -1;
                // لحقوق الانسان، لطلبة كردستان: ل + a noun in construct with a definite word, after a name
                // of two words or more
                int chainEnd = r.has(Clitic.LI) && !r.definite() && placeEnd < 0 && !designation && k > i + 1
                        ? liConstructEnd(t, lex, k, n) : -1;
                if (!(r.has(Clitic.LI) && (r.definite() || placeEnd > 0 || chainEnd > 0))
                        || designation && lex.orgHead(t, k).isPresent() || k == i + 1 && !construct) {
                    break;
                }
                closed = true;
                prepositional = true;
                if (placeEnd > 0 || chainEnd > 0) {
                    k = Math.min(n, Math.max(placeEnd, chainEnd));
                    continue;
                }
            } else if (r.definite()) {
                if (closed && !lex.gazetteer().isListedAdjective(r.definiteForm())
                        && !((agrees(t.tokens().get(k - 1), token) || agrees(t.tokens().get(i), token))
                                && lex.gazetteer().isAdjective(r.definiteForm()))) {
                    break;
                }
                closed = true;
            } else {
                if (closed || indefinite >= MAX_INDEFINITE) {
                    break;
                }
                indefinite++;
                // a place name takes no genitive: جامعة مونتريال ends there
                var place = lex.placeName(t, k).filter(h -> h.reading() == token.reading());
                if (place.isPresent()) {
                    k = Math.min(n, place.get().end());
                    closed = true;
                    continue;
                }
            }
            k++;
        }
        return k;
    }

    /** Indefinite words a construct after ل may have before the definite word that closes it. */
    private static final int MAX_LI_CONSTRUCT = 2;

    /**
     * The token after {@code لX [Y] Z}, where X at {@code k} is an indefinite noun carrying ل and the chain closes
     * with a definite word or a place name ({@code لحقوق الانسان}, {@code لطلبة كردستان},
     * {@code لأعوان شركة …}) right after an adjective of the name ({@code المنظمة العراقية لحقوق …}); -1 when
     * the chain does not close, a word of it is a verb, a function word or a title, or no adjective precedes
     * (the ل then begins a purpose or an object: {@code مجلس النقابة لبحث …}).
     */
    private static int liConstructEnd(AnalyzedText t, Lexicon lex, int k, int n) {
        if (!plainWord(t, lex, k)) {
            return -1;
        }
        Token prev = t.tokens().get(k - 1);
        Reading r = t.tokens().get(k).reading();
        // لنقابات، لجمعيات: a plural of bodies names whom the body gathers; a singular one (لجمعية، لفرع) is its owner
        boolean owner = lex.orgHead(t, k).isPresent() && !r.stem().endsWith("ات");
        if (!r.has(Clitic.LI) || r.affixes().size() != 1 || owner || possessed(r.stem()) || !prev.isWord()
                || !prev.reading().definite() || !lex.gazetteer().isAdjective(prev.reading().definiteForm())) {
            return -1;
        }
        for (int j = k + 1; j < n && j <= k + 1 + MAX_LI_CONSTRUCT && !t.startsLine(j); j++) {
            var place = lex.placeName(t, j);
            if (place.isPresent() && place.get().first() == j && !Lexicon.prepositioned(t, j)
                    && !Lexicon.conjoined(t, j)) {
                return Math.min(n, place.get().end());
            }
            if (!plainWord(t, lex, j)) {
                return -1;
            }
            Reading w = t.tokens().get(j).reading();
            if (w.definite()) {
                return w.affixes().size() == 1 ? j + 1 : -1;
            }
            if (!w.affixes().isEmpty()) {
                return -1;
            }
        }
        return -1;
    }

    /** Endings of a possessive pronoun that is not ه: a noun with one (لدعمها، لجهودهم) governs no genitive. */
    private static final java.util.List<String> POSSESSIVES = java.util.List.of("ها", "هم", "هما", "هن", "نا", "كم");

    private static boolean possessed(String stem) {
        return stem.length() > 3 && POSSESSIVES.stream().anyMatch(stem::endsWith);
    }

    /** A word that is no function word, title, frequent verb or direction. */
    private static boolean plainWord(AnalyzedText t, Lexicon lex, int k) {
        return Lexicon.word(t, k) && lex.functionWord(t, k).isEmpty() && lex.honorific(t, k).isEmpty()
                && lex.placeWord(t, k).filter(w -> w.value() == PlaceWord.DIRECTION).isEmpty();
    }

    /**
     * True unless {@code word} cannot be an adjective of {@code noun}: a feminine singular noun (ending ة)
     * takes no masculine singular nisba ({@code الجمعية الثقافية}, not {@code الجمعية الثقافي}); plurals in ة
     * ({@code الطلبة العراقيين}) and plurals of things take either.
     */
    private static boolean agrees(Token noun, Token word) {
        if (!noun.isWord()) {
            return true;
        }
        return !(noun.stem().endsWith("ه") && word.stem().endsWith("ي"));
    }

    /** Words a quoted name may have: a longer quote is speech or a slogan, not a name. */
    private static final int MAX_QUOTED = 6;

    /** A mark opening a quoted name: {@code «}, {@code "}, {@code “}. */
    static boolean opensQuote(Token token) {
        return token.isPunct('«') || token.isPunct('"') || token.isPunct('“');
    }

    /**
     * The index of the mark closing the quote opened at {@code open} ({@code »} for {@code «}, {@code "} for
     * {@code "}, {@code ”} or a second {@code “} for {@code “}), or -1 within {@code n}.
     */
    static int closingQuote(AnalyzedText t, int open, int n) {
        Token opening = t.tokens().get(open);
        boolean guillemet = opening.isPunct('«');
        boolean straight = opening.isPunct('"');
        for (int k = open + 1; k < n; k++) {
            Token token = t.tokens().get(k);
            boolean closes = guillemet ? token.isPunct('»')
                    : straight ? token.isPunct('"') : token.isPunct('”') || token.isPunct('“');
            if (closes) {
                return k > open + 1 ? k : -1;
            }
            if (token.isPunct('.') || opensQuote(token) && !straight || token.isPunct('\n') || t.startsLine(k)) {
                return -1;
            }
        }
        return -1;
    }
}
