package org.nashra.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nashra.model.Bulletin;
import org.nashra.model.Group;
import org.nashra.model.Span;
import org.nashra.model.Topic;

class BulletinJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBulletinWithEveryKindOfValueSurvivesWriteAndRead() throws IOException {
        Bulletin everything = Samples.everything();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BulletinJson.write(everything, bytes);
        StringWriter compact = new StringWriter();
        BulletinJson.write(everything, compact, BulletinJson.Layout.COMPACT);

        assertThat(BulletinJson.read(BulletinJson.toString(everything))).isEqualTo(everything);
        assertThat(BulletinJson.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(everything);
        assertThat(BulletinJson.read(new StringReader(compact.toString()))).isEqualTo(everything);
    }

    @ParameterizedTest
    @EnumSource(Bulletin.Kind.class)
    void everyKindOfBulletinSurvivesWriteAndRead(Bulletin.Kind kind) {
        Bulletin bulletin = Bulletin.builder(kind).build();

        assertThat(BulletinJson.read(BulletinJson.toString(bulletin))).isEqualTo(bulletin);
    }

    @Test
    void enumsAreWrittenInLowerCaseWithUnderscores() throws IOException {
        JsonNode tree = JSON.readTree(BulletinJson.toString(Samples.everything()));

        assertThat(tree.get("kind").textValue()).isEqualTo("meeting");
        assertThat(tree.at("/commemorations/0/form").textValue()).isEqualTo("minute_of_silence");
        assertThat(tree.at("/meetings/2/type").textValue()).isEqualTo("congress");
        assertThat(tree.at("/meetings/9/session").textValue()).isEqualTo("closing");
        assertThat(tree.at("/greetings/3/form").textValue()).isEqualTo("congratulation");
        assertThat(tree.at("/greetings/7/direction").textValue()).isEqualTo("sent");
        assertThat(tree.at("/meetings/2/attendees/1/gender").textValue()).isEqualTo("female");
        assertThat(tree.at("/resolutions/3/kind").textValue()).isEqualTo("condemnation");
    }

    @Test
    void partiesAreToldApartByTheirType() throws IOException {
        JsonNode to = JSON.readTree(BulletinJson.toString(Samples.everything())).at("/acknowledgements/0/to");

        assertThat(to.findValuesAsText("type")).containsExactly("organization", "group", "person");
        assertThat(fieldNames(to.get(0)))
                .containsExactly("type", "name", "branch", "organ", "place", "span");
        assertThat(fieldNames(to.get(1))).containsExactly("type", "text", "span");
        assertThat(fieldNames(to.get(2)))
                .containsExactly("type", "name", "alias", "honorifics", "role", "gender", "span");
    }

    @Test
    void datesTimesAndPeriodsAreWrittenInIsoForms() throws IOException {
        JsonNode tree = JSON.readTree(BulletinJson.toString(Samples.everything()));

        assertThat(tree.at("/dates/1/start").textValue()).isEqualTo("2018-10-20");
        assertThat(tree.at("/dates/1/end").textValue()).isEqualTo("2018-10-21");
        assertThat(tree.at("/dates/1/time").textValue()).isEqualTo("10:00");
        assertThat(tree.at("/dates/2/start").textValue()).isEqualTo("2018-05");
        assertThat(tree.at("/dates/2/hijri").textValue()).isEqualTo("1439-09");
        assertThat(tree.at("/dates/3/start").textValue()).isEqualTo("2017");
        assertThat(tree.at("/dates/4/start").isNull()).isTrue();
        assertThat(tree.at("/dates/4/time").textValue()).isEqualTo("18:30");
        assertThat(tree.at("/elections/0/term").textValue()).isEqualTo("P2Y");
        assertThat(tree.at("/elections/1/term").textValue()).isEqualTo("P1Y6M");
        assertThat(tree.at("/dates/1/span").toString()).isEqualTo("[46,75]");
        assertThat(tree.get("source").toString())
                .isEqualTo("{\"length\":2168,\"sha256\":\"59bdb2310b713ac71c66179954b92d28ff2b3bf2116151e5c233a56f7f96db14\"}");
    }

    @Test
    void theDatelineAlwaysHasAPlaceAndOtherDatesOnlyWhenTheyHaveOne() throws IOException {
        JsonNode tree = JSON.readTree(BulletinJson.toString(Samples.everything()));
        JsonNode placeless = JSON.readTree(BulletinJson.toString(Samples.everything().toBuilder()
                .dateline(Samples.everything().dateline().toBuilder().place(null).build()).build()));

        assertThat(tree.at("/dateline/place/city").textValue()).isEqualTo("غوتنبرغ");
        assertThat(fieldNames(placeless.get("dateline"))).containsExactly(
                "start", "end", "time", "hijri", "relative", "text", "span", "place");
        assertThat(placeless.at("/dateline/place").isNull()).isTrue();
        assertThat(tree.at("/dates/0").has("place")).isFalse();
        assertThat(tree.at("/meetings/2/when").has("place")).isFalse();
        assertThat(tree.at("/dates/5/place/city").textValue()).isEqualTo("مالمو");
    }

    @Test
    void absentObjectsAreWrittenAsNullAndEmptyListsAsEmpty() {
        String json = BulletinJson.toString(Bulletin.builder(Bulletin.Kind.OTHER).build());

        assertThat(json).isEqualTo("""
                {
                  "schema": "nashra/1",
                  "kind": "other",
                  "title": null,
                  "issuer": null,
                  "dateline": null,
                  "meetings": [],
                  "greetings": [],
                  "resolutions": [],
                  "acknowledgements": [],
                  "elections": [],
                  "electionResults": [],
                  "commemorations": [],
                  "dates": [],
                  "source": null
                }
                """);
    }

    @Test
    void theCompactLayoutIsOneLine() {
        String line = BulletinJson.toString(Samples.everything(), BulletinJson.Layout.COMPACT);

        assertThat(line).endsWith("}\n").containsOnlyOnce("\n").doesNotContain(": ", ", ");
    }

    @Test
    void compactBulletinsWrittenOneAfterAnotherAreJsonLines() throws IOException {
        StringWriter out = new StringWriter();
        List<Bulletin> bulletins = List.of(Samples.everything(), Bulletin.builder(Bulletin.Kind.OTHER).build());
        for (Bulletin b : bulletins) {
            BulletinJson.write(b, out, BulletinJson.Layout.COMPACT);
        }

        assertThat(out.toString().lines().map(BulletinJson::read)).containsExactlyElementsOf(bulletins);
    }

    @Test
    void writingToAStreamFlushesItButLeavesItOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        BulletinJson.write(Samples.everything(), out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(BulletinJson.toString(Samples.everything()));
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = """
                {"schema": "nashra/1", "kind": "statement", "mood": {"tone": ["grave"]},
                 "issuer": {"type": "group", "text": "المجتمعون", "span": [0, 9], "confidence": 0.9},
                 "future": null}
                """;

        assertThat(BulletinJson.read(json)).isEqualTo(Bulletin.builder(Bulletin.Kind.STATEMENT)
                .issuer(new Group("المجتمعون", new Span(0, 9))).build());
    }

    @Test
    void leftOutOptionalFieldsReadAsAbsent() {
        String json = """
                {"schema": "nashra/1", "kind": "meeting",
                 "meetings": [{"type": "seminar", "topics": [{"text": "الهبة"}]}],
                 "dates": [{"text": "أمس"}]}
                """;

        Bulletin b = BulletinJson.read(json);

        assertThat(b.meetings().get(0).topics()).containsExactly(new Topic("الهبة", null));
        assertThat(b.meetings().get(0).when()).isNull();
        assertThat(b.dates().get(0).start()).isNull();
        assertThat(b.dates().get(0).relative()).isFalse();
        assertThat(b.title()).isNull();
        assertThat(b.greetings()).isEmpty();
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        String json = "\uFEFF" + BulletinJson.toString(Samples.everything());

        assertThat(BulletinJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Samples.everything());
        assertThat(BulletinJson.read(new StringReader(json))).isEqualTo(Samples.everything());
        assertThat(BulletinJson.read(json)).isEqualTo(Samples.everything());
    }

    @Test
    void charactersOutsideTheBasicPlaneAndLoneSurrogatesSurvive() throws IOException {
        Bulletin odd = Bulletin.builder(Bulletin.Kind.GREETING).title("تهنئة 🌹 \uD800 \uDC00 نهاية").build();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BulletinJson.write(odd, bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("🌹", "\\ud800", "\\udc00");
        assertThat(BulletinJson.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(odd);
        assertThat(BulletinJson.read(BulletinJson.toString(odd))).isEqualTo(odd);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
