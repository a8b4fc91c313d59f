package org.nashra.parser.corpus;

import java.util.List;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Bulletin;
import org.nashra.model.Commemoration;
import org.nashra.model.Delegation;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Resolution;
import org.nashra.model.Span;
import org.nashra.model.Topic;
import org.nashra.model.When;

/** A bare nashra/1 writer for the corpus harness, until org.nashra.json lands on main. */
final class TestJson {
    private final StringBuilder sb = new StringBuilder();

    static String of(Bulletin b) {
        TestJson j = new TestJson();
        j.bulletin(b);
        return j.sb.toString();
    }

    private void bulletin(Bulletin b) {
        sb.append("{\"schema\":\"nashra/1\",\"kind\":");
        str(b.kind().name().toLowerCase());
        sb.append(",\"title\":");
        str(b.title());
        sb.append(",\"issuer\":");
        party(b.issuer());
        sb.append(",\"dateline\":");
        when(b.dateline());
        sb.append(",\"meetings\":");
        list(b.meetings(), this::meeting);
        sb.append(",\"greetings\":");
        list(b.greetings(), this::greeting);
        sb.append(",\"resolutions\":");
        list(b.resolutions(), this::resolution);
        sb.append(",\"acknowledgements\":");
        list(b.acknowledgements(), this::ack);
        sb.append(",\"elections\":");
        list(b.elections(), this::election);
        sb.append(",\"electionResults\":");
        list(b.electionResults(), this::result);
        sb.append(",\"commemorations\":");
        list(b.commemorations(), this::commemoration);
        sb.append(",\"dates\":");
        list(b.dates(), this::when);
        sb.append(",\"source\":{\"length\":").append(b.source().length()).append(",\"sha256\":");
        str(b.source().sha256());
        sb.append("}}\n");
    }

    private void meeting(Meeting m) {
        sb.append("{\"type\":");
        str(m.type().name().toLowerCase());
        sb.append(",\"name\":");
        str(m.name());
        sb.append(",\"ordinal\":").append(m.ordinal());
        sb.append(",\"session\":");
        str(m.session() == null ? null : m.session().name().toLowerCase());
        sb.append(",\"organizer\":");
        party(m.organizer());
        sb.append(",\"convenedBy\":");
        party(m.convenedBy());
        sb.append(",\"when\":");
        when(m.when());
        sb.append(",\"where\":");
        place(m.where());
        sb.append(",\"attendees\":");
        list(m.attendees(), this::party);
        sb.append(",\"delegations\":");
        list(m.delegations(), this::delegation);
        sb.append(",\"absentees\":");
        list(m.absentees(), this::delegation);
        sb.append(",\"topics\":");
        list(m.topics(), this::topic);
        span(m.span());
        sb.append('}');
    }

    private void topic(Topic t) {
        sb.append("{\"text\":");
        str(t.text());
        span(t.span());
        sb.append('}');
    }

    private void delegation(Delegation d) {
        sb.append("{\"represents\":");
        party(d.represents());
        sb.append(",\"countries\":");
        list(d.countries(), this::str);
        sb.append(",\"text\":");
        str(d.text());
        span(d.span());
        sb.append('}');
    }

    private void greeting(Greeting g) {
        sb.append("{\"direction\":");
        str(g.direction().name().toLowerCase());
        sb.append(",\"form\":");
        str(g.form().name().toLowerCase());
        sb.append(",\"from\":");
        party(g.from());
        sb.append(",\"to\":");
        party(g.to());
        sb.append(",\"occasion\":");
        str(g.occasion());
        sb.append(",\"text\":");
        str(g.text());
        span(g.span());
        sb.append('}');
    }

    private void resolution(Resolution r) {
        sb.append("{\"kind\":");
        str(r.kind().name().toLowerCase());
        sb.append(",\"actor\":");
        party(r.actor());
        sb.append(",\"addressee\":");
        party(r.addressee());
        sb.append(",\"text\":");
        str(r.text());
        span(r.span());
        sb.append('}');
    }

    private void ack(Acknowledgement a) {
        sb.append("{\"kind\":");
        str(a.kind().name().toLowerCase());
        sb.append(",\"to\":");
        list(a.to(), this::party);
        sb.append(",\"reason\":");
        str(a.reason());
        sb.append(",\"text\":");
        str(a.text());
        span(a.span());
        sb.append('}');
    }

    private void election(Election e) {
        sb.append("{\"body\":");
        str(e.body());
        sb.append(",\"term\":");
        str(e.term() == null ? null : e.term().toString());
        sb.append(",\"elected\":");
        list(e.elected(), this::party);
        sb.append(",\"text\":");
        str(e.text());
        span(e.span());
        sb.append('}');
    }

    private void result(ElectionResult r) {
        sb.append("{\"holder\":");
        party(r.holder());
        sb.append(",\"seats\":").append(r.seats()).append(",\"votes\":").append(r.votes()).append(",\"within\":");
        party(r.within());
        sb.append(",\"text\":");
        str(r.text());
        span(r.span());
        sb.append('}');
    }

    private void commemoration(Commemoration c) {
        sb.append("{\"form\":");
        str(c.form().name().toLowerCase());
        sb.append(",\"honoring\":");
        str(c.honoring());
        sb.append(",\"text\":");
        str(c.text());
        span(c.span());
        sb.append('}');
    }

    private void party(Party p) {
        if (p == null) {
            sb.append("null");
        } else if (p instanceof Person x) {
            sb.append("{\"type\":\"person\",\"name\":");
            str(x.name());
            sb.append(",\"alias\":");
            str(x.alias());
            sb.append(",\"honorifics\":");
            list(x.honorifics(), this::str);
            sb.append(",\"role\":");
            str(x.role());
            sb.append(",\"gender\":");
            str(x.gender() == null ? null : x.gender().name().toLowerCase());
            span(x.span());
            sb.append('}');
        } else if (p instanceof Organization x) {
            sb.append("{\"type\":\"organization\",\"name\":");
            str(x.name());
            sb.append(",\"branch\":");
            str(x.branch());
            sb.append(",\"organ\":");
            str(x.organ());
            sb.append(",\"place\":");
            place(x.place());
            span(x.span());
            sb.append('}');
        } else {
            Group x = (Group) p;
            sb.append("{\"type\":\"group\",\"text\":");
            str(x.text());
            span(x.span());
            sb.append('}');
        }
    }

    private void place(Place p) {
        if (p == null) {
            sb.append("null");
            return;
        }
        sb.append("{\"city\":");
        str(p.city());
        sb.append(",\"country\":");
        str(p.country());
        sb.append(",\"countryName\":");
        str(p.countryName());
        sb.append(",\"region\":");
        str(p.region());
        sb.append(",\"venue\":");
        str(p.venue());
        sb.append(",\"inferred\":").append(p.inferred()).append(",\"text\":");
        str(p.text());
        span(p.span());
        sb.append('}');
    }

    private void when(When w) {
        if (w == null) {
            sb.append("null");
            return;
        }
        sb.append("{\"start\":");
        str(w.start() == null ? null : w.start().toString());
        sb.append(",\"end\":");
        str(w.end() == null ? null : w.end().toString());
        sb.append(",\"time\":");
        str(w.time() == null ? null : w.time().toString());
        sb.append(",\"hijri\":");
        str(w.hijri());
        sb.append(",\"relative\":").append(w.relative()).append(",\"text\":");
        str(w.text());
        span(w.span());
        sb.append(",\"place\":");
        place(w.place());
        sb.append('}');
    }

    private void span(Span s) {
        sb.append(",\"span\":");
        if (s == null) {
            sb.append("null");
        } else {
            sb.append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
    }

    private <T> void list(List<T> xs, java.util.function.Consumer<T> each) {
        sb.append('[');
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            each.accept(xs.get(i));
        }
        sb.append(']');
    }

    private void str(String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
