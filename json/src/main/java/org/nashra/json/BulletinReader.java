package org.nashra.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
    /** Deepest nesting of arrays and objects: a bulletin nests 7 deep, the rest is room for later fields. */
    static final int MAX_DEPTH = 64;
    /** Longest string, in chars: far beyond any text a bulletin quotes (Jackson's own default). */
    static final int MAX_STRING_LENGTH = 20_000_000;
    /** Longest number, in chars: every number of a bulletin is an {@code int}. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** Largest document, in bytes or chars, which the reader holds in memory whole. */
    static final int MAX_DOCUMENT_LENGTH = 256 << 20;
    /** Most tokens (values, names, brackets) in a document, each of which takes a node in memory. */
    static final long MAX_TOKENS = 10_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // two values for one field would make one of them silently win
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final char BOM = '\uFEFF';
    private static final Pattern LIMIT_SETTER = Pattern.compile(", from `[^`]*`");
    private static final int LONGEST_PATH = 200;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The {@code type} of a Party. */
    private enum PartyType { PERSON, ORGANIZATION, GROUP }

    /** The text the bulletin was parsed from, which every span must lie in; null for a bulletin assembled in code. */
    private final Source source;

    private BulletinReader(Source source) {
        this.source = source;
    }

    /**
     * Reads UTF-8 bytes. They are decoded strictly before Jackson sees them: its own decoder takes
     * overlong forms ({@code C0 AF} for {@code /}, the classic way past a filter) and encoded
     * surrogates, which the String path could never contain.
     */
    static Bulletin read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_LENGTH + 1);
        if (bytes.length > MAX_DOCUMENT_LENGTH) {
            throw new BulletinJsonException("", "larger than " + (MAX_DOCUMENT_LENGTH >> 20) + " MiB, the limit", null);
        }
        ByteBuffer undecoded = ByteBuffer.wrap(bytes);
        CharBuffer json = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(undecoded, json, true);
        if (result.isError()) {
            throw notUtf8(json.flip().toString(), bytes[undecoded.position()], undecoded.position());
        }
        return read(json.flip().toString());
    }

    /**
     * The error for a byte that is not UTF-8, where {@code before} is the text decoded up to it: the
     * path is where the parser is at the end of {@code before}, which is where the byte is.
     */
    private static BulletinJsonException notUtf8(String before, byte bad, int offset) throws IOException {
        JsonParser p = MAPPER.createParser(before.isEmpty() || before.charAt(0) != BOM ? before : before.substring(1));
        try (p) {
            while (p.nextToken() != null) {
                // on to where the valid text ends
            }
        } catch (JsonProcessingException e) {
            // the text ends inside the value the byte belongs to, as expected
        }
        return malformed(p, p.currentLocation(),
                String.format("not valid UTF-8: malformed byte 0x%02X at byte offset %d", bad & 0xFF, offset), null);
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
            // a broken limit (StreamReadConstraints) has no location of its own, and names the Java
            // method that sets it, which means nothing to whoever wrote the document
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            throw malformed(p, at, LIMIT_SETTER.matcher(e.getOriginalMessage()).replaceAll(""), e);
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
        return new BulletinReader(n.get("source").object(BulletinReader::source)).bulletinIn(n);
    }

    private Bulletin bulletinIn(PathNode n) {
        return Bulletin.builder(n.get("kind").requiredEnum(Bulletin.Kind.class))
                .title(n.get("title").text())
                .issuer(n.get("issuer").object(this::party))
                .dateline(n.get("dateline").object(this::when))
                .meetings(n.get("meetings").objects(this::meeting))
                .greetings(n.get("greetings").objects(this::greeting))
                .resolutions(n.get("resolutions").objects(this::resolution))
                .acknowledgements(n.get("acknowledgements").objects(this::acknowledgement))
                .elections(n.get("elections").objects(this::election))
                .electionResults(n.get("electionResults").objects(this::electionResult))
                .commemorations(n.get("commemorations").objects(this::commemoration))
                .dates(n.get("dates").objects(this::when))
                .source(source)
                .build();
    }

    private Meeting meeting(PathNode n) {
        return Meeting.builder(n.get("type").requiredEnum(Meeting.Type.class))
                .name(n.get("name").text())
                .ordinal(n.get("ordinal").integer())
                .session(n.get("session").enumValue(Meeting.Session.class))
                .organizer(n.get("organizer").object(this::party))
                .convenedBy(n.get("convenedBy").object(this::party))
                .when(n.get("when").object(this::when))
                .where(n.get("where").object(this::place))
                .attendees(n.get("attendees").objects(this::person))
                .delegations(n.get("delegations").objects(this::delegation))
                .absentees(n.get("absentees").objects(this::delegation))
                .topics(n.get("topics").objects(this::topic))
                .span(span(n))
                .build();
    }

    private When when(PathNode n) {
        return When.builder()
                .start(n.get("start").parsed("a date", IsoDate::parse))
                .end(n.get("end").parsed("a date", IsoDate::parse))
                .time(n.get("time").parsed("a time (HH:mm)", t -> LocalTime.parse(t, HH_MM)))
                .hijri(n.get("hijri").text())
                .relative(n.get("relative").bool())
                .text(n.get("text").text())
                .span(span(n))
                .place(n.get("place").object(this::place))
                .build();
    }

    private Place place(PathNode n) {
        return Place.builder()
                .city(n.get("city").text())
                .country(n.get("country").text())
                .countryName(n.get("countryName").text())
                .region(n.get("region").text())
                .venue(n.get("venue").text())
                .inferred(n.get("inferred").bool())
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private Party party(PathNode n) {
        return switch (n.get("type").requiredEnum(PartyType.class)) {
            case PERSON -> person(n);
            case ORGANIZATION -> Organization.builder()
                    .name(n.get("name").text())
                    .branch(n.get("branch").text())
                    .organ(n.get("organ").text())
                    .place(n.get("place").object(this::place))
                    .span(span(n))
                    .build();
            case GROUP -> new Group(n.get("text").requiredText(), span(n));
        };
    }

    /** A Party that must be a person: an attendee, one elected. */
    private Person person(PathNode n) {
        PathNode type = n.get("type");
        if (type.requiredEnum(PartyType.class) != PartyType.PERSON) {
            throw type.notA("\"person\"");
        }
        return Person.builder()
                .name(n.get("name").text())
                .alias(n.get("alias").text())
                .honorifics(n.get("honorifics").texts())
                .role(n.get("role").text())
                .gender(n.get("gender").enumValue(Gender.class))
                .span(span(n))
                .build();
    }

    private Delegation delegation(PathNode n) {
        return Delegation.builder()
                .represents(n.get("represents").object(this::party))
                .countries(n.get("countries").texts())
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private Topic topic(PathNode n) {
        return new Topic(n.get("text").requiredText(), span(n));
    }

    private Greeting greeting(PathNode n) {
        return Greeting.builder(n.get("direction").requiredEnum(Greeting.Direction.class),
                        n.get("form").requiredEnum(Greeting.Form.class))
                .from(n.get("from").object(this::party))
                .to(n.get("to").object(this::party))
                .occasion(n.get("occasion").text())
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private Resolution resolution(PathNode n) {
        return Resolution.builder(n.get("kind").requiredEnum(Resolution.Kind.class))
                .actor(n.get("actor").object(this::party))
                .addressee(n.get("addressee").object(this::party))
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private Acknowledgement acknowledgement(PathNode n) {
        return Acknowledgement.builder(n.get("kind").requiredEnum(Acknowledgement.Kind.class))
                .to(n.get("to").objects(this::party))
                .reason(n.get("reason").text())
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private Election election(PathNode n) {
        return Election.builder()
                .body(n.get("body").text())
                .term(n.get("term").parsed("a period (ISO-8601, e.g. P2Y)", Period::parse))
                .elected(n.get("elected").objects(this::person))
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private ElectionResult electionResult(PathNode n) {
        return ElectionResult.builder()
                .holder(n.get("holder").object(this::party))
                .seats(n.get("seats").integer())
                .votes(n.get("votes").integer())
                .within(n.get("within").object(this::party))
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private Commemoration commemoration(PathNode n) {
        return Commemoration.builder(n.get("form").requiredEnum(Commemoration.Form.class))
                .honoring(n.get("honoring").text())
                .text(n.get("text").text())
                .span(span(n))
                .build();
    }

    private static Source source(PathNode n) {
        return new Source(n.get("length").requiredInt(), n.get("sha256").requiredText());
    }

    /** The {@code span} field of {@code n}: {@code [start, end]}, or null. */
    private Span span(PathNode n) {
        PathNode span = n.get("span");
        List<Integer> ends = span.list(PathNode::requiredInt);
        if (span.absent()) {
            return null;
        }
        if (ends.size() != 2) {
            throw span.notA("a span [start, end]");
        }
        if (source != null && ends.get(1) > source.length()) {
            throw span.error(ends + " ends beyond the source text, which has " + source.length() + " chars", null);
        }
        return span.build(() -> new Span(ends.get(0), ends.get(1)));
    }
}
