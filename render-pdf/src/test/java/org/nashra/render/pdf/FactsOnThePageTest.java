package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.model.Delegation;
import org.nashra.model.Election;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Resolution;

/**
 * The facts are on the page: a bulletin printed from its JSON alone (so nothing comes from the
 * full text) gives back, in PDFBox's extraction, every attendee, delegation, resolution, greeting
 * and election its model holds.
 */
class FactsOnThePageTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    static Stream<String> corpus() {
        return DevelopmentCorpus.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyFactOfTheModelIsPrinted(String name) throws IOException {
        Bulletin bulletin = BulletinJson.read(DevelopmentCorpus.expectedJson(name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(bulletin, out);
        String page = words(PdfProbe.text(out.toByteArray()));

        // word by word: PDFBox reads a table's printed line across its cells, so a fact that wraps
        // inside a cell comes back in pieces, and the cells of a line touch
        List<String> missing = facts(bulletin).stream().filter(Objects::nonNull).flatMap(fact -> Stream.of(words(fact).strip().split(" ")))
                .filter(word -> !page.contains(word)).toList();
        assertThat(missing).as("words of facts missing from the pages of " + name).isEmpty();
    }

    /** The strings a reader must find: names of people and bodies, resolutions, occasions, elected bodies. */
    private static List<String> facts(Bulletin b) {
        List<String> facts = new ArrayList<>();
        for (Meeting m : b.meetings()) {
            m.attendees().forEach(p -> name(p, facts));
            for (Delegation d : Stream.concat(m.delegations().stream(), m.absentees().stream()).toList()) {
                if (d.represents() != null) {
                    name(d.represents(), facts);
                } else if (d.text() != null) {
                    facts.add(d.text());
                }
            }
        }
        for (Resolution r : b.resolutions()) {
            if (r.text() != null) {
                facts.add(r.text());
            }
        }
        for (Greeting g : b.greetings()) {
            name(g.from(), facts);
            name(g.to(), facts);
            if (g.occasion() != null) {
                facts.add(g.occasion());
            }
        }
        for (Election e : b.elections()) {
            if (e.body() != null) {
                facts.add(e.body());
            }
            e.elected().forEach(p -> name(p, facts));
        }
        return facts;
    }

    private static void name(Party party, List<String> facts) {
        if (party instanceof Person p) {
            facts.add(p.name() != null ? p.name() : p.alias());
        } else if (party instanceof Organization o) {
            facts.add(o.name());
        } else if (party instanceof Group g) {
            facts.add(g.text());
        }
    }

    /**
     * Words as a reader compares them: NFC, one space between words, without kashida, direction
     * marks or the grapheme joiner the PDF maps a mark's carrier to.
     */
    private static String words(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\u0640\\u034F\\p{Cf}]", "");
        return " " + String.join(" ", nfc.strip().split("\\s+")) + " ";
    }
}
