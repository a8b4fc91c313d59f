package org.nashra.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;
import org.nashra.model.Gender;
import org.nashra.model.Greeting;
import org.nashra.model.IsoDate;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Resolution;
import org.nashra.model.Topic;
import org.nashra.model.When;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import org.nashra.document.BulletinText;

/**
 * Hostile text in every field a bulletin has, parsed back as a browser would (jsoup): no
 * script runs but the JSON-LD, no element has an event handler or a {@code javascript:} URL,
 * no bidi control survives, and every hostile string is still there as visible text.
 */
public class InjectionTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(2)>";
    static final String LINK = "javascript:alert(3)";
    static final String CLOSES = "الرفيق </script><!-- سمير";
    static final String REVERSED = "سعاد \u202Eالمنصوري";
    static final String NESTED = "<b>".repeat(10_000);

    static Bulletin hostile() {
        return hostile(NESTED);
    }

    /** The hostile bulletin with the given topic. */
    public static Bulletin hostile(String topic) {
        Organization org = Organization.builder().name(IMG).branch(LINK).build();
        Person speaker = Person.builder().name(CLOSES).role(REVERSED).gender(Gender.FEMALE).build();
        Meeting meeting = Meeting.builder(Meeting.Type.MEETING).name(SCRIPT).organizer(speaker)
                .when(When.builder().start(IsoDate.parse("2020-03-01")).text(SCRIPT).build())
                .attendee(speaker).topic(new Topic(topic, null)).build();
        return Bulletin.builder(Bulletin.Kind.MEETING).title(SCRIPT + " " + IMG).issuer(org).meeting(meeting)
                .resolution(Resolution.builder(Resolution.Kind.DEMAND).actor(org)
                        .text("<a href=\"" + LINK + "\">اضغط</a>").build())
                .greeting(Greeting.builder(Greeting.Direction.RECEIVED, Greeting.Form.TELEGRAM).from(speaker).to(org)
                        .occasion(LINK).build())
                .build();
    }

    static String hostileText() {
        return hostileText(NESTED);
    }

    public static String hostileText(String line) {
        return String.join("\n", SCRIPT, IMG, LINK, CLOSES, REVERSED, line, "<style>body{display:none}</style>");
    }

    private static final List<String> PAGES = List.of(
            HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).evidence(true).build().page(hostile(), hostileText()),
            HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).build().collection(IMG, List.of(
                    BulletinText.of(hostile(), hostileText()), BulletinText.of(hostile()))),
            HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).build().fragment(hostile(), hostileText()));

    @Test
    void noScriptButTheJsonLdAndNoHandlersOrScriptUrls() {
        for (String html : PAGES) {
            Document page = Jsoup.parse(html);

            assertThat(page.select("script")).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
            assertThat(page.select("img, iframe, object, embed, link, b, a:not(.nashra-evidence):not([href^=#])")).isEmpty();
            assertThat(page.select("style")).hasSizeLessThanOrEqualTo(1);
            for (Element e : page.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertThat(a.getKey()).doesNotStartWith("on");
                    assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:");
                }
            }
        }
    }

    @Test
    void theHostileTextIsStillThereToRead() {
        for (String html : PAGES) {
            String visible = Jsoup.parse(html).body().text();

            assertThat(visible).contains(SCRIPT, IMG, LINK, "</script><!--", "سعاد المنصوري");
            assertThat(visible.split("<b>", -1).length - 1).isGreaterThanOrEqualTo(10_000);
        }
    }

    @Test
    void noBidiControlLeavesTheElementItCameIn() {
        for (String html : PAGES) {
            assertThat(html).doesNotContainPattern("[\u202A-\u202E\u2066-\u2069]");
        }
    }

    @Test
    void theJsonLdCannotBeClosedAndReadsBackAsTheText() throws Exception {
        Element script = Jsoup.parse(PAGES.get(0)).selectFirst("script");

        assertThat(script.data()).doesNotContain("<");
        JsonNode event = new ObjectMapper().readTree(script.data()).get(0);
        assertThat(event.get("name").asText()).isEqualTo(SCRIPT);
        assertThat(event.get("organizer").get("name").asText()).isEqualTo(CLOSES);
    }
}
