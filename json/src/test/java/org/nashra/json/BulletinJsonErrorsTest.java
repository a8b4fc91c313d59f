package org.nashra.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;

class BulletinJsonErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object REMOVED = new Object();

    @Test
    void aBadDateNamesItsPathAndItsValue() {
        BulletinJsonException e = error(with("/meetings/2/when/start", "2018-13-40"));

        assertThat(e).hasMessageStartingWith("meetings[2].when.start: \"2018-13-40\" is not a date");
        assertThat(e.path()).isEqualTo("meetings[2].when.start");
    }

    @Test
    void aBadEnumValueListsTheValuesThatWould() {
        assertThat(error(with("/commemorations/0/form", "minute-of-silence"))).hasMessage(
                "commemorations[0].form: \"minute-of-silence\" is not one of minute_of_silence, tribute, other");
        assertThat(error(with("/kind", "MEETING")))
                .hasMessageStartingWith("kind: \"MEETING\" is not one of meeting, conference, statement");
        assertThat(error(with("/issuer/type", "company")))
                .hasMessage("issuer.type: \"company\" is not one of person, organization, group");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        assertThat(error(with("/meetings/2/ordinal", "seven")))
                .hasMessage("meetings[2].ordinal: \"seven\" is not an integer");
        assertThat(error(with("/dates/1/relative", "yes")))
                .hasMessage("dates[1].relative: \"yes\" is not true or false");
        assertThat(error(with("/meetings", JSON.createObjectNode())))
                .hasMessage("meetings: {} is not a list");
        assertThat(error(with("/title", 7))).hasMessage("title: 7 is not a string");
        assertThat(error(with("/electionResults/0/seats", 10_000_000_000L)))
                .hasMessage("electionResults[0].seats: 10000000000 is not an integer");
        assertThat(error(with("/electionResults/0/seats", 2.5)))
                .hasMessage("electionResults[0].seats: 2.5 is not an integer");
    }

    @Test
    void aMissingRequiredValueIsNamed() {
        assertThat(error(with("/greetings/0/direction", REMOVED)))
                .hasMessage("greetings[0].direction: missing, expected one of received, sent");
        assertThat(error(with("/meetings/2/topics/0/text", null)))
                .hasMessage("meetings[2].topics[0].text: null is not a string");
        assertThat(error(with("/source/sha256", REMOVED))).hasMessage("source.sha256: missing, expected a string");
    }

    @Test
    void aListHoldsNoNulls() {
        assertThat(error(with("/meetings/0", null))).hasMessage("meetings[0]: null is not an object");
        assertThat(error(with("/meetings/2/attendees/0/honorifics/0", null)))
                .hasMessage("meetings[2].attendees[0].honorifics[0]: null is not a string");
    }

    @Test
    void anAttendeeMustBeAPerson() {
        assertThat(error(with("/meetings/2/attendees/0/type", "organization")))
                .hasMessage("meetings[2].attendees[0].type: \"organization\" is not \"person\"");
    }

    @Test
    void badTimesAndPeriodsAreNamed() {
        assertThat(error(with("/dates/1/time", "25:00"))).hasMessage("dates[1].time: \"25:00\" is not a time (HH:mm)");
        assertThat(error(with("/dates/1/time", "10:00:30")))
                .hasMessage("dates[1].time: \"10:00:30\" is not a time (HH:mm)");
        assertThat(error(with("/elections/0/term", "two years")))
                .hasMessage("elections[0].term: \"two years\" is not a period (ISO-8601, e.g. P2Y)");
    }

    @Test
    void aValueTheModelRejectsIsReportedWhereItIs() {
        assertThat(error(with("/dates/1/span", JSON.createArrayNode().add(5).add(2))))
                .hasMessage("dates[1].span: span [5, 2] is not a range: end is before start");
        assertThat(error(with("/dates/1/span", JSON.createArrayNode().add(5))))
                .hasMessage("dates[1].span: [5] is not a span [start, end]");
        assertThat(error(with("/dates/1/end", "2018-10-19")))
                .hasMessage("dates[1]: end 2018-10-19 is before start 2018-10-20");
        assertThat(error(with("/issuer/place/country", "se")))
                .hasMessage("issuer.place: country \"se\" is not an ISO 3166-1 alpha-2 code");
        assertThat(error(with("/title", " "))).hasMessageStartingWith("title is blank");
        assertThat(error(with("/dates/1/hijri", "1440-13-01")))
                .hasMessageStartingWith("dates[1]: \"1440-13-01\" is not a Hijri date");
    }

    @Test
    void anotherSchemaIsNamed() {
        assertThat(error(with("/schema", "nashra/2")))
                .hasMessage("schema: \"nashra/2\" is not \"nashra/1\", the one schema this version reads");
        assertThat(error(with("/schema", REMOVED)))
                .hasMessage("schema: missing, expected \"nashra/1\", the one schema this version reads");
    }

    @Test
    void truncatedJsonGivesThePathAndTheLine() {
        BulletinJsonException e = error("""
                {
                  "schema": "nashra/1",
                  "kind": "meeting",
                  "meetings": [
                    {
                      "type": "meeting",
                      "when": {
                        "start": "2018-""");

        assertThat(e.path()).isEqualTo("meetings[0].when.start");
        assertThat(e).hasMessageStartingWith("meetings[0].when.start: malformed JSON at line 8, column ")
                .hasMessageContaining("end-of-input");
    }

    @Test
    void malformedJsonGivesThePathAndTheLine() {
        assertThat(error("{\"schema\": \"nashra/1\",\n \"dates\": [{\"text\": 'x'}]}"))
                .hasMessageStartingWith("dates[0].text: malformed JSON at line 2, column ");
        assertThat(error("{\"schema\": \"nashra/1\", \"kind\": \"meeting\", \"kind\": \"other\"}"))
                .hasMessageStartingWith("kind: malformed JSON at line 1, column ")
                .hasMessageContaining("Duplicate field 'kind'");
    }

    @Test
    void contentAfterTheBulletinIsAnError() {
        assertThat(error("{\"schema\": \"nashra/1\", \"kind\": \"other\"}\n{}"))
                .hasMessage("malformed JSON at line 2, column 2: more content after the bulletin");
    }

    @Test
    void somethingOtherThanAnObjectIsAnError() {
        assertThat(error("")).hasMessage("no JSON content");
        assertThat(error(" \n ")).hasMessage("no JSON content");
        assertThat(error("[1, 2]")).hasMessage("[1,2] is not an object");
        assertThat(error("null")).hasMessage("null is not an object");
    }

    @Test
    void aLongValueIsShortenedInTheMessage() {
        BulletinJsonException e = error(with("/kind", "x".repeat(10_000)));

        assertThat(e).hasMessageStartingWith("kind: \"" + "x".repeat(79) + "… is not one of meeting,");
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }

    @Test
    void deepNestingInAnUnknownFieldIsAnErrorNotACrash() {
        String deep = "{\"schema\": \"nashra/1\", \"kind\": \"other\", \"x\": " + "[".repeat(100_000);

        BulletinJsonException e = error(deep);

        assertThat(e).hasMessageContaining("malformed JSON at line 1, column ").hasMessageContaining("nesting depth");
        assertThat(e.path()).isEqualTo("x" + "[0]".repeat(64));
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNamingThePathFromTextAndFromBytes() throws IOException {
        String deep = "{\"schema\": \"nashra/1\", \"kind\": \"other\", \"meetings\": [" + "{\"a\": ".repeat(100_000);

        BulletinJsonException fromText = error(deep);
        BulletinJsonException fromBytes = catchThrowableOfType(BulletinJsonException.class,
                () -> BulletinJson.read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))));

        for (BulletinJsonException e : List.of(fromText, fromBytes)) {
            assertThat(e.path()).isEqualTo("meetings[0]" + ".a".repeat(62));
            assertThat(e).hasMessageEndingWith("Document nesting depth (65) exceeds the maximum allowed (64)");
        }
    }

    @Test
    void aBulletinNestedToTheLimitIsRead() {
        String unknown = "[".repeat(63) + "]".repeat(63);

        Bulletin b = BulletinJson.read("{\"schema\": \"nashra/1\", \"kind\": \"other\", \"later\": " + unknown + "}");

        assertThat(b.kind()).isEqualTo(Bulletin.Kind.OTHER);
    }

    @Test
    void aNumberBeyondEveryIntIsAnErrorWhereverItIs() {
        assertThat(error(withRaw("/electionResults/0/seats", "1e999999")))
                .hasMessage("electionResults[0].seats: a number out of range is not an integer");
        assertThat(error(withRaw("/meetings/0/span/1", "1e999999")))
                .hasMessage("meetings[0].span[1]: a number out of range is not an integer");
        assertThat(error(withRaw("/title", "-1e999999"))).hasMessage("title: a number out of range is not a string");
    }

    @Test
    void aNumberLongerThanTheLimitIsAnErrorNamingThePath() {
        BulletinJsonException e = error(withRaw("/electionResults/0/votes", "9".repeat(101)));

        assertThat(e.path()).isEqualTo("electionResults[0].votes");
        assertThat(e).hasMessageEndingWith("Number value length (101) exceeds the maximum allowed (100)");
    }

    @Test
    void aStringLongerThanTheLimitIsAnErrorNamingThePath() {
        BulletinJsonException e = error(with("/title", "x".repeat(20_000_001)));

        assertThat(e.path()).isEqualTo("title");
        assertThat(e).hasMessageEndingWith("String value length (20000001) exceeds the maximum allowed (20000000)");
    }

    @Test
    void aSpanBeyondTheSourceTextIsAnError() {
        assertThat(error(with("/meetings/0/span", List.of(2000, 2169))))
                .hasMessage("meetings[0].span: [2000, 2169] ends beyond the source text, which has 2168 chars");
        assertThat(error(with("/dates/0/span", List.of(1_000_000_000, 2_000_000_000))))
                .hasMessage("dates[0].span: [1000000000, 2000000000] ends beyond the source text, which has 2168 chars");
    }

    @Test
    void aSpanMayEndWhereTheSourceTextEnds() {
        Bulletin b = BulletinJson.read(with("/meetings/0/span", List.of(2000, 2168)));

        assertThat(b.meetings().get(0).span().end()).isEqualTo(2168);
    }

    @Test
    void overlongUtf8AndEncodedSurrogatesAreErrorsNotCharacters() {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] loneSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};

        for (byte[] bad : List.of(overlongSlash, loneSurrogate)) {
            byte[] json = withBytesInTitle(bad);

            assertThatThrownBy(() -> BulletinJson.read(new ByteArrayInputStream(json)))
                    .isInstanceOf(BulletinJsonException.class)
                    .hasMessageStartingWith("title: malformed JSON at line 1, column ")
                    .hasMessageEndingWith(String.format("not valid UTF-8: malformed byte 0x%02X at byte offset %d",
                            bad[0] & 0xFF, json.length - bad.length - 2));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() {
        byte[] bytes = "{\"schema\": \"nashra/1\", \"kind\": \"other\", \"title\": \"??\"}".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = (byte) 0xFF;

        assertThatThrownBy(() -> BulletinJson.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(BulletinJsonException.class)
                .hasMessageStartingWith("title: malformed JSON at line 1, column ")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aFailingStreamIsAnIoExceptionNotBadContent() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> BulletinJson.read(failing))
                .isInstanceOf(IOException.class)
                .hasMessage("disk gone");
    }

    /** A bulletin whose title is {@code bytes}, as UTF-8 JSON, the bytes third and second from the end. */
    private static byte[] withBytesInTitle(byte[] bytes) {
        byte[] head = "{\"schema\": \"nashra/1\", \"kind\": \"other\", \"title\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] json = Arrays.copyOf(head, head.length + bytes.length + 2);
        System.arraycopy(bytes, 0, json, head.length, bytes.length);
        json[json.length - 2] = '"';
        json[json.length - 1] = '}';
        return json;
    }

    /** The JSON of {@link Samples#everything()} with the value at {@code pointer} replaced by the JSON text {@code raw}. */
    private static String withRaw(String pointer, String raw) {
        String marker = "\"raw-value-marker\"";
        return with(pointer, "raw-value-marker").replace(marker, raw);
    }

    private static BulletinJsonException error(String json) {
        BulletinJsonException e = catchThrowableOfType(BulletinJsonException.class, () -> BulletinJson.read(json));
        assertThat(e).as("reading %s", json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        return e;
    }

    /** The JSON of {@link Samples#everything()} with the value at {@code pointer} replaced or {@link #REMOVED}. */
    private static String with(String pointer, Object value) {
        JsonNode tree;
        try {
            tree = JSON.readTree(BulletinJson.toString(Samples.everything()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = tree.at(at.head());
        if (value == REMOVED) {
            ((ObjectNode) parent).remove(at.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode list) {
            list.set(at.last().getMatchingIndex(), JSON.valueToTree(value));
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), JSON.valueToTree(value));
        }
        return tree.toString();
    }
}
