package org.nashra.render.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nashra.document.BulletinText;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Logo;
import org.nashra.validation.HtmlValidation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logo and the metadata of {@link DocumentOptions} on the HTML page, as on the PDF: the logo
 * inside the page, first in the masthead, with its text; author, subject and keywords as meta.
 */
public class LogoAndMetadataTest {
    private static final String ALT = "شعار رابطة الكتاب";

    /** The text of {@link #logo()}. */
    public static final String ALT_TEXT = ALT;

    /** A 240 × 80 PNG logo with transparency (render-html-pdf's tests use it too). */
    public static Logo logo() throws IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(120, 40, 0xFF1F6F8B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Logo.of(out.toByteArray(), ALT);
    }

    private static HtmlRenderer renderer(DocumentOptions options) {
        return HtmlRenderer.builder().fonts(FontEmbedding.SYSTEM).document(options).build();
    }

    @Test
    void theLogoOpensTheHeaderAsAnImageInsideThePageWithItsText() throws Exception {
        Logo logo = logo();
        BulletinText e = Corpus.entry(Corpus.names().get(0));
        String html = renderer(DocumentOptions.builder().logo(logo).build()).page(e.bulletin(), e.sourceText());
        Document page = Jsoup.parse(html);

        Element img = page.selectFirst("article > header.nashra-header > img.nashra-logo");
        assertThat(img).isNotNull();
        assertThat(img.elementSiblingIndex()).as("first in the masthead").isZero();
        assertThat(img.attr("alt")).isEqualTo(ALT);
        assertThat(img.attr("src")).isEqualTo("data:image/png;base64,"
                + Base64.getEncoder().encodeToString(logo.bytes()));
        assertThat(img.attr("height")).as("16 mm, as the PDF draws it").isEqualTo("60");
        assertThat(img.attr("width")).isEqualTo("180");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("img-src 'self' data:");
        assertThat(HtmlValidation.errors(html)).isEmpty();
    }

    @Test
    void thePrintablePageHoldsTheLogoAsWellFormedXml() throws Exception {
        BulletinText e = Corpus.entry(Corpus.names().get(0));
        String xhtml = renderer(DocumentOptions.builder().logo(logo()).build()).printablePage(e.bulletin(), null);

        org.w3c.dom.Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xhtml.replace("<!DOCTYPE html>", ""))));
        assertThat(page.getElementsByTagName("img").getLength()).isEqualTo(1);
        assertThat(((org.w3c.dom.Element) page.getElementsByTagName("img").item(0)).getAttribute("alt")).isEqualTo(ALT);
    }

    @Test
    void authorSubjectAndKeywordsAreMetaElements() throws Exception {
        DocumentOptions options = DocumentOptions.builder().author("المكتب الإعلامي \"<الصحافة>\"")
                .subject("البيان الختامي للمؤتمر").keywords("مؤتمر", "بيان ختامي").build();
        BulletinText e = Corpus.entry(Corpus.names().get(0));
        String html = renderer(options).page(e.bulletin(), e.sourceText());
        Document page = Jsoup.parse(html);

        assertThat(page.select("head > meta[name=author]").attr("content")).isEqualTo("المكتب الإعلامي \"<الصحافة>\"");
        assertThat(page.select("head > meta[name=description]").attr("content")).isEqualTo("البيان الختامي للمؤتمر");
        assertThat(page.select("head > meta[name=keywords]").attr("content")).isEqualTo("مؤتمر, بيان ختامي");
        assertThat(HtmlValidation.errors(html)).isEmpty();
        Document printable = Jsoup.parse(renderer(options).printablePage(e.bulletin(), null));
        assertThat(printable.select("head > meta[name=subject]").attr("content")).isEqualTo("البيان الختامي للمؤتمر");
        assertThat(printable.select("head > meta[name=author]")).hasSize(1);
    }

    @Test
    void withoutTheOptionsThereIsNoLogoAndNoAuthor() {
        BulletinText e = Corpus.entry(Corpus.names().get(0));
        Document page = Jsoup.parse(renderer(DocumentOptions.defaults()).page(e.bulletin(), e.sourceText()));

        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("meta[name=author], meta[name=description], meta[name=keywords]")).isEmpty();
    }
}
