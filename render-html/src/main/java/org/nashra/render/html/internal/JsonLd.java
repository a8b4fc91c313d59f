package org.nashra.render.html.internal;

import org.nashra.document.BulletinDocument;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Part;
import org.nashra.model.Bulletin;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.When;
import org.owasp.encoder.Encode;

import java.util.ArrayList;
import java.util.List;

/**
 * schema.org JSON-LD for the meetings of a bulletin: one {@code Event} each, with
 * name, start and end, location, organizer and {@code inLanguage: "ar"}. Every
 * string goes through the encoder's JSON context, which writes {@code <} as
 * {@code \u003c}, so no text can close the {@code <script>} it is put in.
 *
 * <pre>{@code
 * JsonLd.events(bulletin, options);
 * // [{"@context":"https://schema.org","@type":"Event","name":"مؤتمر رابطة الكتاب…","startDate":"2018-10-20T10:00",…}]
 * }</pre>
 */
final class JsonLd {
    private JsonLd() {
    }

    /** The events as a JSON array, or the empty string when the bulletin reports no meeting. */
    static String events(Bulletin bulletin, DocumentOptions options) {
        if (bulletin.meetings().isEmpty()) {
            return "";
        }
        List<String> events = new ArrayList<>();
        for (Meeting meeting : bulletin.meetings()) {
            events.add(event(bulletin, meeting, options));
        }
        return "[" + String.join(",", events) + "]";
    }

    private static String event(Bulletin bulletin, Meeting meeting, DocumentOptions options) {
        Json json = new Json().put("@context", "https://schema.org").put("@type", "Event")
                .put("name", name(bulletin, meeting, options)).put("inLanguage", "ar");
        When when = meeting.when();
        if (when != null && when.start() != null) {
            String start = when.start().toString();
            json.put("startDate", when.time() != null && start.length() == 10 ? start + "T" + when.time() : start);
            if (when.end() != null) {
                json.put("endDate", when.end().toString());
            }
        }
        if (meeting.where() != null) {
            json.object("location", place(meeting.where()));
        }
        Party organizer = meeting.organizer() != null ? meeting.organizer() : meeting.convenedBy();
        if (organizer != null) {
            json.object("organizer", party(organizer));
        }
        return json.toString();
    }

    /** The meeting's own name, or the headline the document composes for it alone. */
    private static String name(Bulletin bulletin, Meeting meeting, DocumentOptions options) {
        if (meeting.name() != null) {
            return meeting.name();
        }
        Bulletin alone = Bulletin.builder(bulletin.kind()).meeting(meeting).build();
        return BulletinDocument.of(alone, null, DocumentOptions.builder().parts(Part.HEADLINE)
                .numerals(options.numerals()).monthNames(options.monthNames()).build()).title();
    }

    private static Json place(Place p) {
        String name = p.venue() != null ? p.venue() : p.city() != null ? p.city() : p.text();
        Json address = new Json().put("@type", "PostalAddress").put("addressLocality", p.city())
                .put("addressRegion", p.region()).put("addressCountry", p.country() != null ? p.country() : p.countryName());
        return new Json().put("@type", "Place").put("name", name).object("address", address);
    }

    private static Json party(Party p) {
        if (p instanceof Person person) {
            return new Json().put("@type", "Person").put("name", person.name() != null ? person.name() : person.alias())
                    .put("jobTitle", person.role());
        }
        if (p instanceof Organization org) {
            return new Json().put("@type", "Organization").put("name", org.name() != null ? org.name() : org.organ());
        }
        return new Json().put("@type", "Organization").put("name", ((Group) p).text());
    }

    /** A JSON object written member by member; a null value leaves its member out. */
    private static final class Json {
        private final List<String> members = new ArrayList<>();

        Json put(String name, String value) {
            if (value != null) {
                members.add(string(name) + ":" + string(BidiControls.strip(value)));
            }
            return this;
        }

        Json object(String name, Json value) {
            members.add(string(name) + ":" + value);
            return this;
        }

        private static String string(String s) {
            return "\"" + Encode.forJson(s) + "\"";
        }

        @Override
        public String toString() {
            return "{" + String.join(",", members) + "}";
        }
    }
}
