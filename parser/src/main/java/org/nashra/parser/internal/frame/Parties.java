package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.nashra.model.Group;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.parser.internal.text.StemSet;

/**
 * Reads the party, or the coordinated parties, that a frame names after its
 * cue: {@code الى الرفيق X}, {@code من رابطة X، ومن جمعية Y}, {@code لمنظمة حزبنا
 * في السويد والرفاق في مدينة مالمو}. A person (or the persons a dual or plural
 * title governs), a mention of the gathering or the issuer, an organisation, or
 * else the noun phrase as written, as a {@link Group}.
 *
 * <pre>{@code
 * List<Found<Party>> to = Parties.read(reading, at, limit, Parties.NO_STOP);
 * }</pre>
 *
 * A group runs to a comma, to {@code و} before a new organisation, title or
 * preposition, or to a word the frame stops at ({@code بمناسبة}, {@code على}
 * before a reason); a relative clause ({@code الذين يعملون في …}) stays in it.
 */
public final class Parties {
    /** No frame-specific stop. */
    public static final IntPredicate NO_STOP = k -> false;
    private static final int MAX_GROUP = 18;
    /** Words that quantify a group (جميع، كل، كافة), folded stems: a conjunct they start is one more party. */
    public static final java.util.Set<String> QUANTIFIERS = StemSet.of("كل", "جميع", "كافه");

    private Parties() {
    }

    /** The parties from {@code at}, coordinated by {@code و} or {@code ، و}; empty when none. */
    public static List<Found<Party>> read(Reading r, int at, int limit, IntPredicate stop) {
        List<Found<Party>> out = new ArrayList<>();
        int k = at;
        while (k < limit) {
            List<Found<Party>> one = one(r, k, limit, stop);
            if (one.isEmpty()) {
                break;
            }
            out.addAll(one);
            if (one.get(0).value() instanceof Group && r.doc().tok(k).hasStemIn(QUANTIFIERS)) {
                break;
            }
            int next = one.get(one.size() - 1).to();
            Doc doc = r.doc();
            int j = next;
            if (doc.punct(j, "،,")) {
                j++;
            }
            if (j >= limit || !startsParty(r, j) || stop.test(j)) {
                break;
            }
            k = j;
        }
        return out;
    }

    /** The party (or the persons of a list) at {@code at}; empty when none starts there. */
    public static List<Found<Party>> one(Reading r, int at, int limit, IntPredicate stop) {
        Doc doc = r.doc();
        if (at >= limit || !doc.word(at) || stop.test(at)) {
            return List.of();
        }
        List<Found<Person>> persons = r.entities().persons(doc, at, limit);
        if (!persons.isEmpty()) {
            List<Found<Party>> out = new ArrayList<>();
            for (Found<Person> p : persons) {
                out.add(new Found<>(p.value(), p.from(), p.to()));
            }
            return out;
        }
        Found<Party> actor = r.actorAt(at, limit);
        if (actor != null) {
            return List.of(actor);
        }
        int end = groupEnd(r, at, limit, stop);
        Phrase p = doc.phrase(at, clitics(doc, at), end);
        if (p == null) {
            return List.of();
        }
        return List.of(new Found<>(new Group(p.text(), p.span()), at, p.to()));
    }

    /** Where a group's noun phrase ends. */
    public static int groupEnd(Reading r, int at, int limit, IntPredicate stop) {
        Doc doc = r.doc();
        int end = Math.min(limit, at + MAX_GROUP);
        // كل الصديقات والاصدقاء والرفيقات، جميع القوى …, كل من منح صوته: a quantified group takes its conjuncts
        boolean quantified = doc.word(at) && doc.tok(at).hasStemIn(QUANTIFIERS);
        boolean relative = quantified && doc.is(at + 1, "من");
        int k = at + 1;
        for (; k < end; k++) {
            if (doc.punct(k, "،,؛;:.!?؟")) {
                break;
            }
            if (stop.test(k) || !doc.word(k) && !doc.punct(k, "«»\"()") && !doc.tok(k).isNumber()) {
                break;
            }
            if (doc.has(k, Vocabulary.RELATIVE)) {
                relative = true;
                continue;
            }
            if (!relative && (doc.is(k, "الي", "من", "علي", "عن") || doc.has(k, Vocabulary.OCCASION))) {
                break;
            }
            if (startsParty(r, k) && conjoined(doc, k) && !quantified) {
                break;
            }
            if (!relative && r.entities().honorific(doc, k) && !r.entities().honorific(doc, k - 1)
                    && !(k == at + 1 && !doc.tok(at).reading().definite() && doc.text(at, at + 1).endsWith("ة"))) {
                // a person named after the group; but عائلة الفقيد X, أسرة الراحل X: the person is the genitive of a
                // bare head in ة (زوجها الحاج X is the person in apposition)
                break;
            }
            if (isVerbCue(doc, k) && !relative) {
                break;
            }
        }
        return k;
    }

    /** {@code و} + an organisation, a title, a preposition or a greeting noun: a new party or item begins. */
    public static boolean startsParty(Reading r, int k) {
        Doc doc = r.doc();
        if (!doc.word(k)) {
            return false;
        }
        if (doc.is(k, "والي", "ومن", "ولكل") || doc.hasAny(k, Vocabulary.TELEGRAM, Vocabulary.MESSAGE)
                && conjoined(doc, k)) {
            return true;
        }
        return r.entities().organizationHead(doc, k) || r.entities().honorific(doc, k)
                || doc.has(k, Vocabulary.PARTICIPANTS);
    }

    private static boolean conjoined(Doc doc, int k) {
        return doc.tok(k).reading().affixes().stream().anyMatch(a -> a.clitic().isConjunction());
    }

    private static boolean isVerbCue(Doc doc, int k) {
        for (Lexicon.Hit h : doc.hits(k)) {
            if (h.isVerb() && h.word() != Vocabulary.RELATIVE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded length of the conjunction and preposition on token {@code at} (the article is kept).
     * After a preposition word no preposition clitic follows, so a first letter ب or ل there is the
     * word's own ({@code من بيشمركة}).
     */
    public static int clitics(Doc doc, int at) {
        boolean afterPreposition = doc.is(at - 1, "من", "الي", "علي", "عن", "في", "مع", "حول", "ضد", "لدي", "منذ");
        int n = 0;
        for (var a : doc.tok(at).reading().affixes()) {
            if (a.clitic().isConjunction() || a.clitic().isPreposition() && !afterPreposition) {
                n += a.clitic().letters().length();
            }
        }
        return n;
    }
}
