package org.nashra.render.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;
import org.nashra.model.Bulletin;
import org.nashra.model.IsoDate;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Place;
import org.nashra.model.Resolution;
import org.nashra.model.Span;
import org.nashra.model.When;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.nashra.document.BulletinText;

class HtmlRendererTest {
    private static final HtmlRenderer SMALL = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).build();

    private static Bulletin conference() {
        Organization league = Organization.builder().name("رابطة الكتاب").span(new Span(0, 12)).build();
        When when = When.builder().start(IsoDate.parse("2018-10-20")).time(LocalTime.of(10, 0))
                .text("يوم 20 تشرين الأول 2018").span(new Span(20, 43)).build();
        Meeting meeting = Meeting.builder(Meeting.Type.CONFERENCE).organizer(league).when(when)
                .where(Place.builder().city("مالمو").country("SE").inferred(true).text("مالمو")
                        .span(new Span(50, 55)).build()).build();
        return Bulletin.builder(Bulletin.Kind.CONFERENCE).issuer(league).meeting(meeting)
                .resolution(Resolution.builder(Resolution.Kind.DECISION).actor(league).text("دعم حملة Open Books للقراءة").build())
                .resolution(Resolution.builder(Resolution.Kind.DECISION).actor(league).text("عقد المؤتمر القادم في لوند").build())
                .build();
    }

    @Test
    void aPageIsRightToLeftArabicWithCharsetViewportAndAPolicy() {
        Document page = Jsoup.parse(SMALL.page(conference()));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'", "script-src 'none'", "style-src 'sha256-");
        assertThat(page.title()).isEqualTo("مؤتمر رابطة الكتاب في مالمو، 20 تشرين الأول 2018");
    }

    @Test
    void aPrintablePageIsWellFormedXhtmlInCss21WithItsFooterAndNoScriptData() throws Exception {
        String xhtml = SMALL.printablePage(conference(), null);

        org.w3c.dom.Document page = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml.replace("<!DOCTYPE html>", ""))));
        assertThat(page.getDocumentElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.getElementsByTagName("article").getLength()).isEqualTo(1);
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(Jsoup.parse(xhtml).select("div.nashra-footer span.nashra-pages")).hasSize(1);
        assertThat(Jsoup.parse(xhtml).select("style").html()).doesNotContain("var(--", "@font-face");
        assertThat(HtmlRenderer.fontFaces()).extracting(FontFace::family)
                .contains("Nashra Naskh", "Nashra Latin", "Nashra Kufi");
    }

    @Test
    void theBulletinIsAnArticleWithHeaderHeadlineFactsAndNumberedResolutions() {
        Document page = Jsoup.parse(SMALL.page(conference()));

        Element article = page.selectFirst("main > article");
        assertThat(article.select("> header h1").text()).startsWith("مؤتمر رابطة الكتاب");
        assertThat(article.select("> header dl.nashra-facts dt").eachText()).containsExactly("الموعد", "المكان", "الجهة المنظمة");
        Element resolutions = article.selectFirst("section.nashra-resolutions");
        assertThat(resolutions.selectFirst("h2").text()).isNotBlank();
        assertThat(resolutions.attr("aria-labelledby")).isEqualTo(resolutions.selectFirst("h2").id());
        assertThat(resolutions.select("ol > li")).hasSize(2);
        assertThat(resolutions.select("ol").attr("start")).isEqualTo("1");
    }

    @Test
    void namesNumbersDatesAndLatinRunsAreIsolatedAndDatesCarryTheirMachineValue() {
        Document page = Jsoup.parse(SMALL.page(conference()));

        Element time = page.selectFirst("dl.nashra-facts time");
        assertThat(time.attr("datetime")).isEqualTo("2018-10-20");
        assertThat(time.parent().tagName()).isEqualTo("bdi");
        assertThat(page.select("dl.nashra-facts bdi.nashra-name").eachText()).contains("مالمو", "رابطة الكتاب");
        assertThat(page.select("bdi[lang=en]").eachText()).contains("Open Books");
        assertThat(page.select("time[datetime=10:00]")).hasSize(1);
    }

    @Test
    void digitsFollowTheDocumentOptions() {
        HtmlRenderer indic = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM)
                .document(DocumentOptions.builder().numerals(Numerals.ARABIC_INDIC).build()).build();

        Document page = Jsoup.parse(indic.page(conference()));

        assertThat(page.selectFirst("time[datetime=2018-10-20]").text()).isEqualTo("٢٠ تشرين الأول ٢٠١٨");
        assertThat(page.select("style").html()).contains("counter(page, arabic-indic)");
    }

    @Test
    void aDelegationsTableHasACaptionAndScopedHeaders() {
        BulletinText conference = Corpus.entry("conference-01");

        Document page = Jsoup.parse(SMALL.page(conference.bulletin(), conference.sourceText()));

        Element table = page.selectFirst("section.nashra-delegations table");
        assertThat(table.selectFirst("caption").text()).isNotBlank();
        assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
        assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
    }

    @Test
    void eachMeetingIsASchemaOrgEventInJsonLd() {
        Document page = Jsoup.parse(SMALL.page(conference()));

        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertThat(json).startsWith("[{\"@context\":\"https://schema.org\",\"@type\":\"Event\"")
                .contains("\"startDate\":\"2018-10-20T10:00\"", "\"inLanguage\":\"ar\"",
                        "\"organizer\":{\"@type\":\"Organization\",\"name\":\"رابطة الكتاب\"}",
                        "\"addressCountry\":\"SE\"");
    }

    @Test
    void aCollectionHasATableOfContentsLinkingToEachBulletin() {
        List<BulletinText> entries = List.of(Corpus.entry("meeting-01"), Corpus.entry("greeting-01"));

        Document page = Jsoup.parse(SMALL.collection("نشرات الأسبوع", entries));

        assertThat(page.selectFirst("h1").text()).isEqualTo("نشرات الأسبوع");
        List<String> links = page.select("nav.nashra-toc a").eachAttr("href");
        assertThat(links).hasSize(2);
        for (String link : links) {
            Element article = page.getElementById(link.substring(1));
            assertThat(article.tagName()).isEqualTo("article");
            assertThat(article.selectFirst("h2.nashra-headline")).isNotNull();
        }
    }

    @Test
    void aFragmentIsOneArticleThatSaysItsOwnLanguageAndDirection() {
        Document fragment = Jsoup.parseBodyFragment(SMALL.fragment(conference(), null));

        assertThat(fragment.body().children()).hasSize(1);
        Element article = fragment.body().child(0);
        assertThat(article.tagName()).isEqualTo("article");
        assertThat(article.attr("lang")).isEqualTo("ar");
        assertThat(article.attr("dir")).isEqualTo("rtl");
        assertThat(fragment.select("style, meta, link")).isEmpty();
    }

    @Test
    void withEvidenceEachFactLinksToItsMarkedSpanInTheFullText() {
        HtmlRenderer renderer = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).evidence(true).build();
        BulletinText meeting = Corpus.entry("meeting-01");

        Document page = Jsoup.parse(renderer.page(meeting.bulletin(), meeting.sourceText()));

        List<Element> links = page.select("a.nashra-evidence");
        assertThat(links).isNotEmpty();
        for (Element link : links) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertThat(target.tagName()).isEqualTo("mark");
            assertThat(target.closest("section").hasClass("nashra-full-text")).isTrue();
        }
    }

    @Test
    void fontsAreEmbeddedAsDataUrlsByDefaultOrLoadedFromBesideThePage(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        assertThat(HtmlRenderer.create().page(conference())).contains("src: url(\"data:font/ttf;base64,");
        HtmlRenderer files = HtmlRenderer.builder().fonts(FontEmbedding.FILES).build();
        assertThat(files.page(conference())).contains("src: url(\"fonts/NotoNaskhArabic-Regular.ttf\")");

        HtmlRenderer.writeFonts(dir);

        assertThat(dir.resolve("fonts/NotoNaskhArabic-Regular.ttf")).isRegularFile();
        assertThat(dir.resolve("fonts/OFL-Noto.txt")).isRegularFile();
        assertThat(Files.size(dir.resolve("fonts/NotoKufiArabic-Bold.ttf"))).isPositive();
    }

    @Test
    void theDocumentsAccentColourIsTheAccentCustomProperty() {
        HtmlRenderer teal = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM)
                .document(DocumentOptions.builder().accent(0x1F6F8B).build()).build();

        assertThat(Jsoup.parse(teal.page(conference())).selectFirst("style").data())
                .contains("--nashra-accent: #1f6f8b;").doesNotContain("#8a1c1c");
        assertThat(Jsoup.parse(SMALL.page(conference())).selectFirst("style").data())
                .contains("--nashra-accent: #8a1c1c;");
    }

    @Test
    void theCallersStylesheetComesLastAndMayNotCloseTheStyleElement() {
        HtmlRenderer themed = HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM)
                .stylesheet(":root { --nashra-accent: #064; }").build();

        assertThat(Jsoup.parse(themed.page(conference())).selectFirst("style").data().strip())
                .endsWith(":root { --nashra-accent: #064; }");
        assertThatThrownBy(() -> HtmlRenderer.builder().stylesheet("</STYLE><script>").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStylesheetUsesLogicalPropertiesAndNoLetterSpacing() {
        String css = SMALL.stylesheet().replaceAll("(?s)/\\*.*?\\*/", "");

        assertThat(css).doesNotContainPattern("(?i)(left|right)\\s*[:;]|-(left|right)\\b|letter-spacing");
        assertThat(css).contains("--nashra-accent", "margin-inline-start", "text-align: start", "@page");
    }
}
