package org.nashra.parser.internal.entity;

import java.util.List;
import java.util.Optional;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.text.AnalyzedText;

/**
 * "Parse a party starting here": the person or organisation whose mention starts at a token, for the
 * frames that read attendees, senders, addressees and issuers. Thread-safe.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("وصلت برقية من الرفيق النصير ابو تارا");
 * PartyMention sender = PartyTagger.standard().partyAt(t, 3).orElseThrow();
 * ((Person) sender.party()).alias();   // "ابو تارا"
 * }</pre>
 *
 * <p>A person is tried before an organisation, so {@code رئيس الجمعية} is a person known by a role while
 * {@code الجمعية} is the organisation. Collectives ({@code المجتمعون}, {@code ابناء الجالية}) are neither:
 * the caller makes them a Group.
 */
public final class PartyTagger {
    private final PersonTagger persons;
    private final OrgTagger organizations;

    public PartyTagger(Gazetteer gazetteer) {
        this.persons = new PersonTagger(gazetteer);
        this.organizations = new OrgTagger(gazetteer);
    }

    /** A tagger over {@link Gazetteer#standard()}. */
    public static PartyTagger standard() {
        return Holder.STANDARD;
    }

    /** The person or organisation whose mention starts at token {@code i}. */
    public Optional<PartyMention> partyAt(AnalyzedText t, int i) {
        Optional<PartyMention> person = persons.personAt(t, i).map(PartyMention.class::cast);
        return person.isPresent() ? person : organizations.organizationAt(t, i).map(PartyMention.class::cast);
    }

    /**
     * The parties a mention starting at token {@code i} names: the persons a shared title governs
     * ({@link PersonTagger#personsAt}), else the one person or organisation there, else none.
     */
    public List<PartyMention> partiesAt(AnalyzedText t, int i) {
        List<PersonMention> list = persons.personsAt(t, i);
        if (!list.isEmpty()) {
            return List.copyOf(list);
        }
        return organizations.organizationAt(t, i).<List<PartyMention>>map(List::of).orElse(List.of());
    }

    private static final class Holder {
        static final PartyTagger STANDARD = new PartyTagger(Gazetteer.standard());
    }
}
