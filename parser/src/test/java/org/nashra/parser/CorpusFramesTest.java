package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Bulletin;
import org.nashra.model.Delegation;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Span;
import org.nashra.model.When;
import org.nashra.parser.internal.text.FoldedText;

/**
 * Every value the parser reads from the corpus is cut from the text: its span lies inside the text,
 * its {@code text} is the text at its span, and names differ from their span only where MODEL.md's
 * reading conventions say so (an article given back after ل, a mention resolved to the named body).
 */
class CorpusFramesTest {

    @Test
    void everyValueOfEveryCorpusTextIsCutFromTheText() {
        List<String> problems = new ArrayList<>();
        for (String name : DevelopmentCorpus.names()) {
            String text = DevelopmentCorpus.text(name);
            Bulletin b = BulletinParser.parse(text);
            new Checker(name, text, problems).bulletin(b);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValueOfEveryHeldOutTextIsCutFromTheText() throws Exception {
        List<String> problems = new ArrayList<>();
        int texts = 0;
        for (String set : List.of("heldout", "heldout2", "heldout3")) {
            Path dir = Path.of(CorpusFramesTest.class.getResource(set).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(file);
                    new Checker(set + "/" + file.getFileName(), text, problems).bulletin(BulletinParser.parse(text));
                    texts++;
                }
            }
        }
        assertThat(texts).isEqualTo(24);
        assertThat(problems).isEmpty();
    }

    /** Walks a bulletin and notes every value that is not cut from the text as the conventions allow. */
    private record Checker(String name, String text, List<String> problems) {

        void bulletin(Bulletin b) {
            party(b.issuer());
            when(b.dateline());
            b.dates().forEach(this::when);
            for (Meeting m : b.meetings()) {
                span(m.span());
                party(m.organizer());
                party(m.convenedBy());
                when(m.when());
                place(m.where());
                m.attendees().forEach(this::party);
                m.delegations().forEach(this::delegation);
                m.absentees().forEach(this::delegation);
                m.topics().forEach(t -> cut(t.text(), t.span()));
            }
            b.greetings().forEach(g -> {
                cut(g.text(), g.span());
                party(g.from());
                party(g.to());
            });
            b.resolutions().forEach(r -> {
                cut(r.text(), r.span());
                party(r.actor());
                party(r.addressee());
            });
            for (Acknowledgement a : b.acknowledgements()) {
                cut(a.text(), a.span());
                a.to().forEach(this::party);
            }
            b.elections().forEach(e -> {
                cut(e.text(), e.span());
                e.elected().forEach(this::party);
            });
            b.electionResults().forEach(r -> {
                cut(r.text(), r.span());
                party(r.holder());
                party(r.within());
            });
            b.commemorations().forEach(c -> cut(c.text(), c.span()));
        }

        void delegation(Delegation d) {
            cut(d.text(), d.span());
            party(d.represents());
        }

        void when(When w) {
            if (w != null) {
                span(w.span());
                place(w.place());
            }
        }

        void place(Place p) {
            if (p != null) {
                cut(p.text(), p.span());
            }
        }

        void party(Party p) {
            if (p == null) {
                return;
            }
            span(p.span());
            if (p instanceof Group g) {
                named(g.text(), g.span());
            } else if (p instanceof Person person) {
                String at = folded(person.span());
                for (String s : new String[] {person.name(), person.alias()}) {
                    if (s != null && !at.contains(fold(s))) {
                        problems.add(name + ": person " + s + " is not in its span \"" + at + "\"");
                    }
                }
            } else if (p instanceof Organization o) {
                place(o.place());
            }
        }

        /** A value that names its span: the text there, or with its article given back after ل. */
        void named(String value, Span span) {
            String at = span.of(text).strip();
            if (!value.equals(at) && !value.equals("ال" + at) && !value.equals("ا" + at)) {
                problems.add(name + ": \"" + value + "\" is not the text at " + span + " \"" + at + "\"");
            }
        }

        void cut(String value, Span span) {
            span(span);
            if (value != null && span != null && span.end() <= text.length()) {
                named(value, span);
            }
        }

        void span(Span s) {
            if (s != null && (s.end() > text.length() || s.start() >= s.end())) {
                problems.add(name + ": span " + s + " is not inside a text of " + text.length());
            }
        }

        String folded(Span s) {
            return fold(s.of(text));
        }

        static String fold(String s) {
            return FoldedText.fold(s).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll(" +", " ").strip();
        }
    }
}
