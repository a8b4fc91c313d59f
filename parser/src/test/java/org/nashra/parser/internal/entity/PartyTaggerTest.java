package org.nashra.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.parser.internal.text.AnalyzedText;

class PartyTaggerTest {
    private final PartyTagger tagger = PartyTagger.standard();

    @Test
    void aPartyStartingHereIsAPersonOrAnOrganisation() {
        AnalyzedText t = AnalyzedText.of("برقية من الرفيقة ليلى حسن ومن جمعية المرأة في مالمو");
        assertThat(tagger.partyAt(t, 2).orElseThrow().party()).isInstanceOf(Person.class);
        PartyMention org = tagger.partyAt(t, 6).orElseThrow();
        assertThat(org.party()).isInstanceOf(Organization.class);
        assertThat(((Organization) org.party()).place().city()).isEqualTo("مالمو");
        assertThat(tagger.partyAt(t, 0)).isEmpty();
    }

    @Test
    void partiesOfASharedTitle() {
        AnalyzedText t = AnalyzedText.of("الرفيقين علي حسين وحسن علي");
        assertThat(tagger.partiesAt(t, 0)).hasSize(2);
    }
}
