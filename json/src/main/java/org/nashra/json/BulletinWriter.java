package org.nashra.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
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
import org.nashra.model.Source;
import org.nashra.model.Span;
import org.nashra.model.Topic;
import org.nashra.model.When;

/** Writes one bulletin field by field on a Jackson generator, in the order of MODEL.md. */
final class BulletinWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // astral characters as themselves, not as \\ud83d\\ude00; a lone surrogate is still escaped
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    /** Writes one value; the value is never null. */
    private interface ValueWriter<T> {
        void write(T value) throws IOException;
    }

    private final JsonGenerator g;

    private BulletinWriter(JsonGenerator g) {
        this.g = g;
    }

    static void write(Bulletin b, OutputStream out) throws IOException {
        write(b, FACTORY.createGenerator(out, JsonEncoding.UTF8), BulletinJson.Layout.PRETTY);
    }

    static void write(Bulletin b, Writer out, BulletinJson.Layout layout) throws IOException {
        write(b, FACTORY.createGenerator(out), layout);
    }

    private static void write(Bulletin b, JsonGenerator g, BulletinJson.Layout layout) throws IOException {
        try (g) {
            if (layout == BulletinJson.Layout.PRETTY) {
                g.setPrettyPrinter(new CorpusPrettyPrinter());
            }
            new BulletinWriter(g).bulletin(b);
            g.writeRaw('\n');
        }
    }

    private void bulletin(Bulletin b) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", Bulletin.SCHEMA);
        field("kind", b.kind(), this::enumValue);
        field("title", b.title(), g::writeString);
        field("issuer", b.issuer(), this::party);
        g.writeFieldName("dateline");
        if (b.dateline() == null) {
            g.writeNull();
        } else {
            when(b.dateline(), true);
        }
        list("meetings", b.meetings(), this::meeting);
        list("greetings", b.greetings(), this::greeting);
        list("resolutions", b.resolutions(), this::resolution);
        list("acknowledgements", b.acknowledgements(), this::acknowledgement);
        list("elections", b.elections(), this::election);
        list("electionResults", b.electionResults(), this::electionResult);
        list("commemorations", b.commemorations(), this::commemoration);
        list("dates", b.dates(), this::when);
        field("source", b.source(), this::source);
        g.writeEndObject();
    }

    private void meeting(Meeting m) throws IOException {
        g.writeStartObject();
        field("type", m.type(), this::enumValue);
        field("name", m.name(), g::writeString);
        field("ordinal", m.ordinal(), this::integer);
        field("session", m.session(), this::enumValue);
        field("organizer", m.organizer(), this::party);
        field("convenedBy", m.convenedBy(), this::party);
        field("when", m.when(), this::when);
        field("where", m.where(), this::place);
        list("attendees", m.attendees(), this::party);
        list("delegations", m.delegations(), this::delegation);
        list("absentees", m.absentees(), this::delegation);
        list("topics", m.topics(), this::topic);
        spanField(m.span());
        g.writeEndObject();
    }

    /** A When of {@code dates} or {@code meeting.when}: {@code place} only when it has one. */
    private void when(When w) throws IOException {
        when(w, w.place() != null);
    }

    /** A When; the dateline always has a {@code place} field, null or not. */
    private void when(When w, boolean withPlace) throws IOException {
        g.writeStartObject();
        field("start", w.start(), d -> g.writeString(d.toString()));
        field("end", w.end(), d -> g.writeString(d.toString()));
        field("time", w.time(), t -> g.writeString(t.toString()));
        field("hijri", w.hijri(), g::writeString);
        g.writeBooleanField("relative", w.relative());
        field("text", w.text(), g::writeString);
        spanField(w.span());
        if (withPlace) {
            field("place", w.place(), this::place);
        }
        g.writeEndObject();
    }

    private void place(Place p) throws IOException {
        g.writeStartObject();
        field("city", p.city(), g::writeString);
        field("country", p.country(), g::writeString);
        field("countryName", p.countryName(), g::writeString);
        field("region", p.region(), g::writeString);
        field("venue", p.venue(), g::writeString);
        g.writeBooleanField("inferred", p.inferred());
        field("text", p.text(), g::writeString);
        spanField(p.span());
        g.writeEndObject();
    }

    private void party(Party party) throws IOException {
        g.writeStartObject();
        if (party instanceof Person p) {
            g.writeStringField("type", "person");
            field("name", p.name(), g::writeString);
            field("alias", p.alias(), g::writeString);
            list("honorifics", p.honorifics(), g::writeString);
            field("role", p.role(), g::writeString);
            field("gender", p.gender(), this::enumValue);
        } else if (party instanceof Organization o) {
            g.writeStringField("type", "organization");
            field("name", o.name(), g::writeString);
            field("branch", o.branch(), g::writeString);
            field("organ", o.organ(), g::writeString);
            field("place", o.place(), this::place);
        } else {
            g.writeStringField("type", "group");
            field("text", ((Group) party).text(), g::writeString);
        }
        spanField(party.span());
        g.writeEndObject();
    }

    private void delegation(Delegation d) throws IOException {
        g.writeStartObject();
        field("represents", d.represents(), this::party);
        list("countries", d.countries(), g::writeString);
        field("text", d.text(), g::writeString);
        spanField(d.span());
        g.writeEndObject();
    }

    private void topic(Topic t) throws IOException {
        g.writeStartObject();
        field("text", t.text(), g::writeString);
        spanField(t.span());
        g.writeEndObject();
    }

    private void greeting(Greeting x) throws IOException {
        g.writeStartObject();
        field("direction", x.direction(), this::enumValue);
        field("form", x.form(), this::enumValue);
        field("from", x.from(), this::party);
        field("to", x.to(), this::party);
        field("occasion", x.occasion(), g::writeString);
        field("text", x.text(), g::writeString);
        spanField(x.span());
        g.writeEndObject();
    }

    private void resolution(Resolution r) throws IOException {
        g.writeStartObject();
        field("kind", r.kind(), this::enumValue);
        field("actor", r.actor(), this::party);
        field("addressee", r.addressee(), this::party);
        field("text", r.text(), g::writeString);
        spanField(r.span());
        g.writeEndObject();
    }

    private void acknowledgement(Acknowledgement a) throws IOException {
        g.writeStartObject();
        field("kind", a.kind(), this::enumValue);
        list("to", a.to(), this::party);
        field("reason", a.reason(), g::writeString);
        field("text", a.text(), g::writeString);
        spanField(a.span());
        g.writeEndObject();
    }

    private void election(Election e) throws IOException {
        g.writeStartObject();
        field("body", e.body(), g::writeString);
        field("term", e.term(), t -> g.writeString(t.toString()));
        list("elected", e.elected(), this::party);
        field("text", e.text(), g::writeString);
        spanField(e.span());
        g.writeEndObject();
    }

    private void electionResult(ElectionResult r) throws IOException {
        g.writeStartObject();
        field("holder", r.holder(), this::party);
        field("seats", r.seats(), this::integer);
        field("votes", r.votes(), this::integer);
        field("within", r.within(), this::party);
        field("text", r.text(), g::writeString);
        spanField(r.span());
        g.writeEndObject();
    }

    private void commemoration(Commemoration c) throws IOException {
        g.writeStartObject();
        field("form", c.form(), this::enumValue);
        field("honoring", c.honoring(), g::writeString);
        field("text", c.text(), g::writeString);
        spanField(c.span());
        g.writeEndObject();
    }

    private void source(Source s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("length", s.length());
        g.writeStringField("sha256", s.sha256());
        g.writeEndObject();
    }

    private void spanField(Span s) throws IOException {
        field("span", s, span -> {
            g.writeStartArray();
            g.writeNumber(span.start());
            g.writeNumber(span.end());
            g.writeEndArray();
        });
    }

    private void enumValue(Enum<?> e) throws IOException {
        g.writeString(jsonName(e));
    }

    /** The JSON spelling of an enum constant: {@code MINUTE_OF_SILENCE} is {@code minute_of_silence}. */
    static String jsonName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private void integer(Integer i) throws IOException {
        g.writeNumber(i.intValue());
    }

    private <T> void field(String name, T value, ValueWriter<? super T> out) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            out.write(value);
        }
    }

    private <T> void list(String name, List<T> values, ValueWriter<? super T> out) throws IOException {
        g.writeArrayFieldStart(name);
        for (T value : values) {
            out.write(value);
        }
        g.writeEndArray();
    }
}
