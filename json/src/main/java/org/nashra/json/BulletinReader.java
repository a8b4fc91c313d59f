package org.nashra.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Bulletin;
import org.nashra.model.Commemoration;
import org.nashra.model.Delegation;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Gender;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.IsoDate;
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

/**
 * Reads a bulletin from a Jackson tree by hand, field by field: the model has no Jackson
 * annotations, and walking the tree keeps the path of every value for the error messages.
 */
final class BulletinReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // two values for one field would make one of them silently win
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final char BOM = '\uFEFF';
    private static final int LONGEST_PATH = 200;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The {@code type} of a Party. */
    private enum PartyType { PERSON, ORGANIZATION, GROUP }

    private BulletinReader() {
    }

    static Bulletin read(InputStream in) throws IOException {
        // Jackson detects the encoding of bytes and skips a byte order mark itself
        return read(MAPPER.createParser(in));
    }

    static Bulletin read(Reader in) throws IOException {
        PushbackReader unread = new PushbackReader(in, 1);
        int first = unread.read();
        if (first != BOM && first != -1) {
            unread.unread(first);
        }
        return read(MAPPER.createParser(unread));
    }

    static Bulletin read(String json) {
        try {
            return read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
    }

    private static Bulletin read(JsonParser p) throws IOException {
        JsonNode root;
        try (p) {
            root = MAPPER.readTree(p);
            if (root != null && p.nextToken() != null) {
                throw malformed(p, p.currentLocation(), "more content after the bulletin", null);
            }
        } catch (JsonProcessingException e) {
            // a broken limit (StreamReadConstraints) has no location of its own
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw malformed(p, at, e.getOriginalMessage(), e);
        }
        if (root == null) {
            throw new BulletinJsonException("", "no JSON content", null);
        }
        return new PathNode(root, "").requiredObject(BulletinReader::bulletin);
    }

    private static BulletinJsonException malformed(JsonParser p, JsonLocation at, String detail, Throwable cause) {
        return new BulletinJsonException(path(p.getParsingContext()),
                "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + detail, cause);
    }

    /**
     * The path of the value the parser is in, as {@link PathNode} writes paths; cut short after
     * {@value #LONGEST_PATH} chars, for JSON nested far deeper than any bulletin.
     */
    private static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        String path = "";
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = PathNode.item(path, c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = PathNode.field(path, c.getCurrentName());
            }
        }
        return path.length() <= LONGEST_PATH ? path : path.substring(0, LONGEST_PATH) + "…";
    }

    private static Bulletin bulletin(PathNode n) {
        PathNode schema = n.get("schema");
        if (!Bulletin.SCHEMA.equals(schema.text())) {
            throw schema.notA("\"" + Bulletin.SCHEMA + "\", the one schema this version reads");
        }
        return new Bulletin(
                n.get("kind").requiredEnum(Bulletin.Kind.class),
                n.get("title").text(),
                n.get("issuer").object(BulletinReader::party),
                n.get("dateline").object(BulletinReader::when),
                n.get("meetings").objects(BulletinReader::meeting),
                n.get("greetings").objects(BulletinReader::greeting),
                n.get("resolutions").objects(BulletinReader::resolution),
                n.get("acknowledgements").objects(BulletinReader::acknowledgement),
                n.get("elections").objects(BulletinReader::election),
                n.get("electionResults").objects(BulletinReader::electionResult),
                n.get("commemorations").objects(BulletinReader::commemoration),
                n.get("dates").objects(BulletinReader::when),
                n.get("source").object(BulletinReader::source));
    }

    private static Meeting meeting(PathNode n) {
        return new Meeting(
                n.get("type").requiredEnum(Meeting.Type.class),
                n.get("name").text(),
                n.get("ordinal").integer(),
                n.get("session").enumValue(Meeting.Session.class),
                n.get("organizer").object(BulletinReader::party),
                n.get("convenedBy").object(BulletinReader::party),
                n.get("when").object(BulletinReader::when),
                n.get("where").object(BulletinReader::place),
                n.get("attendees").objects(BulletinReader::person),
                n.get("delegations").objects(BulletinReader::delegation),
                n.get("absentees").objects(BulletinReader::delegation),
                n.get("topics").objects(BulletinReader::topic),
                span(n));
    }

    private static When when(PathNode n) {
        return new When(
                n.get("start").parsed("a date", IsoDate::parse),
                n.get("end").parsed("a date", IsoDate::parse),
                n.get("time").parsed("a time (HH:mm)", t -> LocalTime.parse(t, HH_MM)),
                n.get("hijri").text(),
                n.get("relative").bool(),
                n.get("text").text(),
                span(n),
                n.get("place").object(BulletinReader::place));
    }

    private static Place place(PathNode n) {
        return new Place(
                n.get("city").text(),
                n.get("country").text(),
                n.get("countryName").text(),
                n.get("region").text(),
                n.get("venue").text(),
                n.get("inferred").bool(),
                n.get("text").text(),
                span(n));
    }

    private static Party party(PathNode n) {
        return switch (n.get("type").requiredEnum(PartyType.class)) {
            case PERSON -> person(n);
            case ORGANIZATION -> new Organization(
                    n.get("name").text(),
                    n.get("branch").text(),
                    n.get("organ").text(),
                    n.get("place").object(BulletinReader::place),
                    span(n));
            case GROUP -> new Group(n.get("text").requiredText(), span(n));
        };
    }

    /** A Party that must be a person: an attendee, one elected. */
    private static Person person(PathNode n) {
        PathNode type = n.get("type");
        if (type.requiredEnum(PartyType.class) != PartyType.PERSON) {
            throw type.notA("\"person\"");
        }
        return new Person(
                n.get("name").text(),
                n.get("alias").text(),
                n.get("honorifics").texts(),
                n.get("role").text(),
                n.get("gender").enumValue(Gender.class),
                span(n));
    }

    private static Delegation delegation(PathNode n) {
        return new Delegation(
                n.get("represents").object(BulletinReader::party),
                n.get("countries").texts(),
                n.get("text").text(),
                span(n));
    }

    private static Topic topic(PathNode n) {
        return new Topic(n.get("text").requiredText(), span(n));
    }

    private static Greeting greeting(PathNode n) {
        return new Greeting(
                n.get("direction").requiredEnum(Greeting.Direction.class),
                n.get("form").requiredEnum(Greeting.Form.class),
                n.get("from").object(BulletinReader::party),
                n.get("to").object(BulletinReader::party),
                n.get("occasion").text(),
                n.get("text").text(),
                span(n));
    }

    private static Resolution resolution(PathNode n) {
        return new Resolution(
                n.get("kind").requiredEnum(Resolution.Kind.class),
                n.get("actor").object(BulletinReader::party),
                n.get("addressee").object(BulletinReader::party),
                n.get("text").text(),
                span(n));
    }

    private static Acknowledgement acknowledgement(PathNode n) {
        return new Acknowledgement(
                n.get("kind").requiredEnum(Acknowledgement.Kind.class),
                n.get("to").objects(BulletinReader::party),
                n.get("reason").text(),
                n.get("text").text(),
                span(n));
    }

    private static Election election(PathNode n) {
        return new Election(
                n.get("body").text(),
                n.get("term").parsed("a period (ISO-8601, e.g. P2Y)", Period::parse),
                n.get("elected").objects(BulletinReader::person),
                n.get("text").text(),
                span(n));
    }

    private static ElectionResult electionResult(PathNode n) {
        return new ElectionResult(
                n.get("holder").object(BulletinReader::party),
                n.get("seats").integer(),
                n.get("votes").integer(),
                n.get("within").object(BulletinReader::party),
                n.get("text").text(),
                span(n));
    }

    private static Commemoration commemoration(PathNode n) {
        return new Commemoration(
                n.get("form").requiredEnum(Commemoration.Form.class),
                n.get("honoring").text(),
                n.get("text").text(),
                span(n));
    }

    private static Source source(PathNode n) {
        return new Source(n.get("length").requiredInt(), n.get("sha256").requiredText());
    }

    /** The {@code span} field of {@code n}: {@code [start, end]}, or null. */
    private static Span span(PathNode n) {
        PathNode span = n.get("span");
        List<Integer> ends = span.list(PathNode::requiredInt);
        if (span.absent()) {
            return null;
        }
        if (ends.size() != 2) {
            throw span.notA("a span [start, end]");
        }
        return span.build(() -> new Span(ends.get(0), ends.get(1)));
    }
}
