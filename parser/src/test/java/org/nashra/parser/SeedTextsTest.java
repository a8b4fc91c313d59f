package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.model.Delegation;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.parser.internal.text.FoldedText;

/**
 * The three seed texts that define the genre are read as their expected JSON on every slot the
 * corpus scorer measures: genre, issuer, each meeting's type, ordinal, session, organizer, date, time,
 * city and country, attendees, delegations, greetings by direction and counterpart, resolution kinds,
 * and the numbers of thanks, commemorations, elections, seats and dates.
 */
class SeedTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed-conference", "seed-meeting", "seed-statement"})
    void aSeedTextIsReadAsItsExpectedJson(String name) {
        Bulletin want = BulletinJson.read(DevelopmentCorpus.expectedJson(name));
        Bulletin got = BulletinParser.parse(DevelopmentCorpus.text(name));
        assertThat(got.kind()).isEqualTo(want.kind());
        assertThat(key(got.issuer())).isEqualTo(key(want.issuer()));
        assertThat(got.meetings()).hasSameSizeAs(want.meetings());
        for (int i = 0; i < want.meetings().size(); i++) {
            Meeting w = want.meetings().get(i);
            Meeting g = got.meetings().get(i);
            assertThat(g.type()).isEqualTo(w.type());
            assertThat(g.ordinal()).isEqualTo(w.ordinal());
            assertThat(g.session()).isEqualTo(w.session());
            assertThat(key(g.organizer())).isEqualTo(key(w.organizer()));
            assertThat(g.when()).usingRecursiveComparison().comparingOnlyFields("start", "end", "time").isEqualTo(w.when());
            assertThat(g.where().city()).isEqualTo(w.where().city());
            assertThat(g.where().country()).isEqualTo(w.where().country());
            assertThat(keys(g.attendees(), SeedTextsTest::key)).isEqualTo(keys(w.attendees(), SeedTextsTest::key));
            assertThat(g.delegations()).extracting(Delegation::countries)
                    .isEqualTo(w.delegations().stream().map(Delegation::countries).toList());
        }
        assertThat(keys(got.greetings(), SeedTextsTest::key)).isEqualTo(keys(want.greetings(), SeedTextsTest::key));
        assertThat(keys(got.resolutions(), r -> r.kind().name())).isEqualTo(keys(want.resolutions(), r -> r.kind().name()));
        assertThat(got.acknowledgements()).hasSameSizeAs(want.acknowledgements());
        assertThat(got.commemorations()).hasSameSizeAs(want.commemorations());
        assertThat(keys(got.elections(), e -> e.body())).isEqualTo(keys(want.elections(), e -> e.body()));
        assertThat(got.electionResults()).extracting(r -> r.seats())
                .isEqualTo(want.electionResults().stream().map(r -> r.seats()).toList());
        assertThat(keys(got.dates(), d -> String.valueOf(d.start()))).isEqualTo(keys(want.dates(), d -> String.valueOf(d.start())));
    }

    private static <T> List<String> keys(List<T> xs, Function<T, String> key) {
        return xs.stream().map(key).sorted().toList();
    }

    private static String key(Greeting g) {
        return g.direction() + " " + key(g.direction() == Greeting.Direction.RECEIVED ? g.from() : g.to());
    }

    /** A party as the scorer compares it: the name, kunya, text or role, folded. */
    private static String key(Party p) {
        String s = null;
        if (p instanceof Person x) {
            s = x.name() != null ? x.name() : x.alias() != null ? x.alias() : x.role();
        } else if (p instanceof Organization x) {
            s = x.name();
        } else if (p instanceof Group x) {
            s = x.text();
        }
        return s == null ? null : FoldedText.fold(s).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll(" +", " ").strip();
    }
}
