package org.nashra.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

/**
 * MODEL.md's rule that every value is cut from the original text, as a check over a whole bulletin: every
 * span lies inside the text; a value that names its span ({@code text} of a When, Place, Group, act…) is the
 * text at its span, or that text with the article given back after the preposition ل ({@code للجنة} →
 * {@code اللجنة}, {@code لِلْمُتَطَوِّعِينَ} → {@code الْمُتَطَوِّعِينَ}); a person's name and alias lie in the
 * person's span as written; other names (an organisation's, a role, a city, an occasion…) are written in the
 * text as they are given, since a mention may resolve to the entity named elsewhere (MODEL.md, reading conventions).
 *
 * <pre>{@code
 * List<String> problems = CutFromText.problems(text, BulletinParser.parse(text));   // empty when all is cut
 * }</pre>
 */
final class CutFromText {
    private final String text;
    private final List<String> problems = new ArrayList<>();

    private CutFromText(String text) {
        this.text = text;
    }

    /** What in {@code b} is not cut from {@code text}, one line per value; empty when everything is. */
    static List<String> problems(String text, Bulletin b) {
        CutFromText c = new CutFromText(text);
        c.bulletin(b);
        return c.problems;
    }

    private void bulletin(Bulletin b) {
        written("title", b.title());
        party(b.issuer());
        when(b.dateline());
        b.dates().forEach(this::when);
        for (Meeting m : b.meetings()) {
            span(m.span());
            written("meeting name", m.name());
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
            written("occasion", g.occasion());
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
            written("reason", a.reason());
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
        b.commemorations().forEach(c -> {
            cut(c.text(), c.span());
            written("honoring", c.honoring());
        });
    }

    private void delegation(Delegation d) {
        cut(d.text(), d.span());
        party(d.represents());
    }

    private void when(When w) {
        if (w != null) {
            cut(w.text(), w.span());
            place(w.place());
        }
    }

    private void place(Place p) {
        if (p != null) {
            cut(p.text(), p.span());
            written("city", p.city());
            written("country name", p.countryName());
            written("region", p.region());
            written("venue", p.venue());
        }
    }

    private void party(Party p) {
        if (p == null) {
            return;
        }
        span(p.span());
        if (p instanceof Group g) {
            cut(g.text(), g.span());
        } else if (p instanceof Person person) {
            if (inside(p.span())) {
                String at = p.span().of(text);
                for (String s : new String[] {person.name(), person.alias()}) {
                    if (s != null && !contains(at, s)) {
                        problems.add("person " + quote(s) + " is not written in its span " + p.span() + " " + quote(at));
                    }
                }
            }
            written("role", person.role());
            person.honorifics().forEach(h -> written("honorific", h));
        } else if (p instanceof Organization o) {
            written("organisation name", o.name());
            written("branch", o.branch());
            written("organ", o.organ());
            place(o.place());
        }
    }

    /** A value that names its span: the text there, or with its article given back after ل. */
    private void cut(String value, Span span) {
        span(span);
        if (value != null && span != null && inside(span)) {
            String at = span.of(text).strip();
            boolean articleBack = (value.equals("ال" + at) || value.equals("ا" + at)) && afterLam(text, span.start());
            if (!value.equals(at) && !articleBack) {
                problems.add(quote(value) + " is not the text at " + span + " " + quote(at));
            }
        }
    }

    /** A value that may name something written elsewhere: it is written in the text. */
    private void written(String what, String value) {
        if (value != null && !contains(text, value)) {
            problems.add(what + " " + quote(value) + " is not written in the text");
        }
    }

    private void span(Span s) {
        if (s != null && !inside(s)) {
            problems.add("span " + s + " is not inside a text of " + text.length());
        }
    }

    private boolean inside(Span s) {
        return s.start() >= 0 && s.start() < s.end() && s.end() <= text.length();
    }

    /** {@code value} is in {@code where} as written, or with its article given back after ل. */
    private static boolean contains(String where, String value) {
        return where.contains(value) || value.startsWith("ال") && containsAfterLam(where, value.substring(2))
                || value.startsWith("ا") && containsAfterLam(where, value.substring(1));
    }

    private static boolean containsAfterLam(String where, String rest) {
        for (int i = where.indexOf(rest); i >= 0 && !rest.isEmpty(); i = where.indexOf(rest, i + 1)) {
            if (afterLam(where, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letter before {@code index}, past harakat, tatweel and invisible format characters (bidi controls,
     * joiners), is the preposition ل (or a presentation form of it).
     */
    private static boolean afterLam(String where, int index) {
        int i = index - 1;
        while (i >= 0 && invisibleOrMark(where.charAt(i))) {
            i--;
        }
        return i >= 0 && Normalizer.normalize(where.substring(i, i + 1), Normalizer.Form.NFKC).equals("ل");
    }

    /** A mark, a tatweel or a format character, also in a presentation form ({@code ﹺ} is a space and a kasra). */
    private static boolean invisibleOrMark(char c) {
        return !Character.isWhitespace(c) && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).chars()
                .allMatch(x -> x == ' ' || x == '\u0640' || Character.getType(x) == Character.NON_SPACING_MARK
                        || Character.getType(x) == Character.FORMAT);
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
