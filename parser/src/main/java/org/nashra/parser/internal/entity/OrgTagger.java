package org.nashra.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nashra.model.Organization;
import org.nashra.model.Place;
import org.nashra.model.Span;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.gazetteer.OrgHead;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.Token;

/**
 * Finds organisations: a head word ({@code جمعية}, {@code حزب}, {@code رابطة} …) with the noun phrase it
 * governs, an organ of one ({@code الهيئة الادارية لجمعية …}, {@code ادارة جامعة …}), a branch
 * ({@code … فرع غوتنبرغ}, {@code منسقية اوروبا للتحالف …}, {@code منظمة روسيا}) and a trailing place
 * ({@code … في السويد}, {@code … بلندن}). Thread-safe.
 *
 * <pre>{@code
 * OrgTagger tagger = OrgTagger.standard();
 * AnalyzedText t = AnalyzedText.of("برقية من رابطة المراة العراقية فرع غونتبرغ");
 * Organization o = tagger.organizationAt(t, 2).orElseThrow().organization();
 * o.name();     // "رابطة المراة العراقية"
 * o.branch();   // "فرع غونتبرغ"
 * o.place();    // Gothenburg, SE inferred
 * }</pre>
 *
 * <p>After the preposition ل the article is given back ({@code للجنة} → name {@code اللجنة}) and the span
 * starts after ل. A bare definite head ({@code الرابطة}), an organ or a branch without its organisation
 * is returned {@linkplain OrgMention#anaphoric() anaphoric}, for the caller to resolve. Limits: a name's
 * phrase ends at the first verb the function-word list does not know only where the chain of indefinite
 * words closes (see {@link NounPhrase}); a proper name that starts with ب/ل/و after the head may be cut.
 */
public final class OrgTagger {
    private static final int MAX_NAME_TOKENS = 14;

    private final Lexicon lex;
    private final PlaceTagger places;

    public OrgTagger(Gazetteer gazetteer) {
        this.lex = new Lexicon(gazetteer);
        this.places = new PlaceTagger(gazetteer);
    }

    /** A tagger over {@link Gazetteer#standard()}. */
    public static OrgTagger standard() {
        return Holder.STANDARD;
    }

    /** Every organisation mention of the text, in order, not overlapping; anaphoric ones included. */
    public List<OrgMention> organizations(AnalyzedText t) {
        List<OrgMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.tokens().size()) {
            Optional<OrgMention> m = organizationAt(t, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The organisation mention that starts at token {@code i} (which may carry و، ب، ل: {@code للجنة}).
     * Empty when no organisation head is there, or an indefinite head governs nothing ({@code جمعية}).
     */
    public Optional<OrgMention> organizationAt(AnalyzedText t, int i) {
        Optional<Lexicon.Hit<OrgHead>> head = lex.orgHead(t, i);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return switch (head.get().value().kind()) {
            case ORGAN -> organ(t, head.get());
            case BRANCH -> branch(t, head.get());
            case ORGANIZATION, COMMUNITY -> organization(t, head.get());
        };
    }

    /** {@code الهيئة الادارية [الجديدة] لجمعية …} or {@code ادارة جامعة …}: the organ of what follows. */
    private Optional<OrgMention> organ(AnalyzedText t, Lexicon.Hit<OrgHead> head) {
        Cut organ = Cut.of(t, head.first(), head.reading(), head.end());
        int k = head.end();
        // adjectives of the organ (الجديدة، السابقة) are not part of its name
        while (k < head.end() + 2 && Lexicon.plainDefinite(t, k) && lex.orgHead(t, k).isEmpty()
                && lex.functionWord(t, k).isEmpty()) {
            k++;
        }
        Optional<Lexicon.Hit<OrgHead>> owner = lex.orgHead(t, k);
        boolean governs = owner.isPresent() && owner.get().value().kind() != OrgHead.Kind.ORGAN
                && (Lexicon.has(t, k, Clitic.LI) || k == head.end() && !Lexicon.prepositioned(t, k));
        if (governs) {
            Optional<OrgMention> inner = organizationAt(t, k);
            if (inner.isPresent()) {
                Organization o = inner.get().organization();
                return Optional.of(mention(t, head, inner.get().endToken(),
                        o.toBuilder().organ(organ.text()).span(null).build(),
                        inner.get().anaphoric()));
            }
        }
        if (!head.reading().definite()) {
            return Optional.empty();
        }
        return Optional.of(mention(t, head, head.end(), Organization.builder().organ(organ.text()).build(), true));
    }

    /** {@code فرع X}, {@code المركز العام}, optionally followed by ل + the organisation it belongs to. */
    private Optional<OrgMention> branch(AnalyzedText t, Lexicon.Hit<OrgHead> head) {
        int end = head.length() > 1 ? head.end() : NounPhrase.end(t, lex, head.first(), MAX_NAME_TOKENS, true);
        if (end == head.first() + 1 && !head.reading().definite()) {
            return Optional.empty();
        }
        Cut branch = Cut.of(t, head.first(), head.reading(), end);
        Place place = placeIn(t, head.end(), end);
        Optional<Lexicon.Hit<OrgHead>> owner = lex.orgHead(t, end);
        if (owner.isPresent() && Lexicon.has(t, end, Clitic.LI) && owner.get().value().kind() == OrgHead.Kind.ORGANIZATION) {
            Optional<OrgMention> inner = organization(t, owner.get());
            if (inner.isPresent()) {
                Organization o = inner.get().organization();
                return Optional.of(mention(t, head, inner.get().endToken(),
                        o.toBuilder().branch(branch.text()).place(o.place() != null ? o.place() : place).span(null).build(),
                        inner.get().anaphoric()));
            }
        }
        return Optional.of(mention(t, head, end, Organization.builder().branch(branch.text()).place(place).build(), true));
    }

    /**
     * True when the mention at token {@code i} is a community ({@code الجالية العراقية في اونتاريو}) with no organ of
     * its own: a group of people, not a body with officers.
     */
    public boolean community(AnalyzedText t, int i) {
        return lex.orgHead(t, i).map(h -> h.value().kind() == OrgHead.Kind.COMMUNITY).orElse(false);
    }

    /** A head with the phrase it governs, then {@code فرع X} and a trailing place. */
    private Optional<OrgMention> organization(AnalyzedText t, Lexicon.Hit<OrgHead> head) {
        int first = head.first();
        int end = NounPhrase.end(t, lex, head.end() - 1, MAX_NAME_TOKENS);
        boolean bare = end == head.end();
        if (bare && !head.reading().definite() && !Lexicon.punct(t, end, '«')) {
            return Optional.empty();
        }
        // منظمة روسيا: an organisation named by its country is a branch of one named elsewhere
        Optional<PlaceMention> designated = places.placeNameAt(t, head.end());
        if (!head.reading().definite() && designated.isPresent() && designated.get().endToken() == end
                && head.length() == 1 && t.tokens().get(first).stem().equals("منظمه")) {
            Cut branch = Cut.of(t, first, head.reading(), end);
            return Optional.of(mention(t, head, end,
                    Organization.builder().branch(branch.text()).place(designated.get().place()).build(), true));
        }
        end = acronym(t, first, beyondHome(t, end));
        Cut name = Cut.of(t, first, head.reading(), end);
        Optional<OrgMention> owner = end > head.end() && SUB_BODIES.contains(t.tokens().get(first).stem())
                ? ownerAfterFi(t, end) : Optional.empty();
        if (owner.isPresent()) {
            // لجنة الثقافة في جمعية X: a committee or office named inside a body is that body's organ
            Organization o = owner.get().organization();
            return Optional.of(mention(t, head, owner.get().endToken(),
                    o.toBuilder().organ(name.text()).span(null).build(), owner.get().anaphoric()));
        }
        String branch = null;
        Place place = null;
        int k = end;
        if (Lexicon.punct(t, k, '–') || Lexicon.punct(t, k, '-')) {
            k++;
        }
        Optional<Lexicon.Hit<OrgHead>> sub = lex.orgHead(t, k);
        if (sub.isPresent() && sub.get().value().kind() == OrgHead.Kind.BRANCH && !Lexicon.prepositioned(t, k)
                && !Lexicon.conjoined(t, k) && !t.startsLine(k)) {
            int branchEnd = NounPhrase.end(t, lex, k, MAX_NAME_TOKENS, true);
            if (branchEnd > k + 1) {
                branch = Cut.of(t, k, sub.get().reading(), branchEnd).text();
                place = placeIn(t, k + 1, branchEnd);
                end = branchEnd;
            }
        }
        Optional<PlaceMention> after = places.locationAfterPreposition(t, end);
        if (after.isPresent() && after.get().place().venue() == null) {
            place = after.get().place();
            end = after.get().endToken();
        }
        return Optional.of(mention(t, head, end, Organization.builder().name(name.text()).branch(branch).place(place).build(), bare));
    }

    /**
     * After a name of three words or more ending at {@code end}, the body's short name as the name continues
     * it: one word in quotes or brackets ({@code حزب الشعب الديمقراطي الأردني "حشد"}, {@code … (تواصل)}) or after a
     * dash, before punctuation or a word with a clitic ({@code الحركة الديمقراطية الآشورية – زوعا بـ…}); the index
     * after it, or {@code end}. A known place, a branch, a title or a function word there is something else.
     */
    private int acronym(AnalyzedText t, int first, int end) {
        if (end - first < 3 || end + 1 >= t.tokens().size() || t.startsLine(end) || t.startsLine(end + 1)
                || !shortName(t, end + 1)) {
            return end;
        }
        Token open = t.tokens().get(end);
        boolean quoted = open.isPunct('(') && Lexicon.punct(t, end + 2, ')') || NounPhrase.opensQuote(open)
                && NounPhrase.closingQuote(t, end, Math.min(end + 3, t.tokens().size())) == end + 2;
        if (quoted) {
            return end + 3;
        }
        boolean dash = (open.isPunct('–') || open.isPunct('-')) && t.tokens().get(end + 1).reading().affixes().isEmpty();
        boolean closes = end + 2 >= t.tokens().size() || t.startsLine(end + 2) || !Lexicon.word(t, end + 2)
                || Lexicon.prepositioned(t, end + 2) || Lexicon.conjoined(t, end + 2);
        return dash && closes && !Lexicon.definite(t, end + 1) ? end + 2 : end;
    }

    /** True when token {@code k} may be a body's short name: a word that names nothing else. */
    private boolean shortName(AnalyzedText t, int k) {
        return Lexicon.word(t, k) && lex.functionWord(t, k).isEmpty() && lex.orgHead(t, k).isEmpty() && lex.honorific(t, k).isEmpty()
                && lex.role(t, k).isEmpty() && lex.placeName(t, k).isEmpty() && lex.placeWord(t, k).isEmpty();
    }

    /** Heads of a body that works inside another (folded stems): with في + that body they name its organ. */
    private static final java.util.Set<String> SUB_BODIES = Lexicon.foldedSet("لجنة مكتب مجلس هيئة دائرة قسم أمانة");

    /** The organisation named after {@code في} at token {@code k} ({@code … في جمعية المنبر}), if one is there. */
    private Optional<OrgMention> ownerAfterFi(AnalyzedText t, int k) {
        if (!Lexicon.word(t, k) || !t.tokens().get(k).is("في") || !Lexicon.word(t, k + 1) || t.startsLine(k + 1)) {
            return Optional.empty();
        }
        Optional<Lexicon.Hit<OrgHead>> owner = lex.orgHead(t, k + 1);
        if (owner.isEmpty() || Lexicon.prepositioned(t, k + 1) || Lexicon.conjoined(t, k + 1)
                || owner.get().value().kind() != OrgHead.Kind.ORGANIZATION && owner.get().value().kind() != OrgHead.Kind.COMMUNITY) {
            return Optional.empty();
        }
        return organization(t, owner.get()).filter(m -> m.organization().name() != null);
    }

    /** Extends a name over {@code خارج الوطن} / {@code داخل العراق}, which designate where a body works. */
    private int beyondHome(AnalyzedText t, int end) {
        if (Lexicon.word(t, end) && (t.tokens().get(end).is("خارج") || t.tokens().get(end).is("داخل"))
                && Lexicon.plainDefinite(t, end + 1)) {
            return NounPhrase.end(t, lex, end + 1, 3);
        }
        return end;
    }

    /** The place a designation names (فرع بولندا، فرع غونتبرغ), when its words after the head are one place name. */
    private Place placeIn(AnalyzedText t, int from, int end) {
        return places.placeNameAt(t, from).filter(m -> m.endToken() == end).map(PlaceMention::place).orElse(null);
    }

    private static OrgMention mention(AnalyzedText t, Lexicon.Hit<OrgHead> head, int end, Organization o, boolean anaphoric) {
        Span span = Cut.of(t, head.first(), head.reading(), end).span();
        return new OrgMention(o.toBuilder().span(span).build(), head.first(), end,
                anaphoric);
    }

    private static final class Holder {
        static final OrgTagger STANDARD = new OrgTagger(Gazetteer.standard());
    }
}
