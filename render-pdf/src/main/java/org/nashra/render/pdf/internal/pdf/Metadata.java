package org.nashra.render.pdf.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What a PDF says about itself for PDF/UA-1 and PDF/A-2a: the title, and the author,
 * subject and keywords when given, in the document information and in XMP (with the PDF/A and PDF/UA identification and
 * the extension schema PDF/A asks for the {@code pdfuaid} property), the viewer
 * shows the title and reads right to left, and colours are sRGB (an output intent
 * with the JDK's sRGB profile). Dates only when given: a file without them is the same
 * bytes every time it is made from the same input.
 *
 * <pre>{@code
 * Metadata.describe(document, "اختتام المؤتمر", Metadata.Description.NONE, "ar",
 *         Optional.of(Instant.parse("2026-12-01T09:00:00Z")));
 * }</pre>
 */
public final class Metadata {

    private static final String PRODUCER = "nashra";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** The PDF/A-2a and PDF/UA-1 identification, with the extension schema PDF/A asks for {@code pdfuaid}. */
    private static final String CLAIM = """
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>A</pdfaid:conformance>
                   <pdfuaid:part>1</pdfuaid:part>
                   <pdfaExtension:schemas>
                    <rdf:Bag>
                     <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                       <rdf:Seq>
                        <rdf:li rdf:parseType="Resource">
                         <pdfaProperty:name>part</pdfaProperty:name>
                         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                         <pdfaProperty:category>internal</pdfaProperty:category>
                         <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                        </rdf:li>
                       </rdf:Seq>
                      </pdfaSchema:property>
                     </rdf:li>
                    </rdf:Bag>
                   </pdfaExtension:schemas>
""";

    private Metadata() {
    }

    /**
     * What the file says about itself besides its title; each written alike in the document
     * information and in XMP, as PDF/A asks.
     *
     * @param author   the Info Author and {@code dc:creator}, or null
     * @param subject  the Info Subject and {@code dc:description}, or null
     * @param keywords the Info Keywords and {@code pdf:Keywords}, joined by {@code ", "}; empty for none
     */
    public record Description(String author, String subject, List<String> keywords) {
        public Description {
            keywords = List.copyOf(keywords);
        }

        /** No author, subject or keywords. */
        public static final Description NONE = new Description(null, null, List.of());
    }

    /**
     * Writes the document information, XMP metadata (claiming PDF/A-2a and PDF/UA-1), viewer
     * preferences and the sRGB output intent.
     *
     * @param date       the creation and modification date, in the document information and XMP alike
     *                   (PDF/A asks them to agree); none if empty
     */
    public static void describe(PDDocument document, String title, Description about, String language,
                                Optional<Instant> date) throws IOException {
        // Info and XMP hold the same strings: what XML cannot hold is left out of both
        String shownTitle = xmlText(title);
        String author = about.author() == null ? null : xmlText(about.author());
        String subject = about.subject() == null ? null : xmlText(about.subject());
        String keywords = about.keywords().isEmpty() ? null : xmlText(String.join(", ", about.keywords()));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(shownTitle);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setProducer(PRODUCER);
        Optional<Instant> seconds = date.map(d -> d.truncatedTo(ChronoUnit.SECONDS));
        if (seconds.isPresent()) {
            Calendar calendar = GregorianCalendar.from(seconds.get().atZone(ZoneOffset.UTC));
            info.setCreationDate(calendar);
            info.setModificationDate(calendar);
        }

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(shownTitle, author, subject, keywords, language, seconds).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        preferences.setReadingDirection(PDViewerPreferences.READING_DIRECTION.R2L);
        catalog.setViewerPreferences(preferences);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static String xmp(String title, String author, String subject, String keywords, String language,
                              Optional<Instant> date) {
        String dates = date.map(d -> DateTimeFormatter.ISO_INSTANT.format(d))
                .map(d -> "   <xmp:CreateDate>" + d + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + d + "</xmp:ModifyDate>\n")
                .orElse("");
        String about = (author == null ? ""
                : "   <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n")
                + (subject == null ? "" : "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                        + escape(subject) + "</rdf:li></rdf:Alt></dc:description>\n")
                + (keywords == null ? "" : "   <pdf:Keywords>" + escape(keywords) + "</pdf:Keywords>\n");
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
%s                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <dc:format>application/pdf</dc:format>
                   <pdf:Producer>%s</pdf:Producer>
%s%s%s                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(date.isEmpty() ? "" : "                    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n",
                        escape(title), escape(language), PRODUCER, about, dates, CLAIM);
    }

    /** The characters XML 1.0 allows, the others dropped. */
    private static String xmlText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** XML character data: the five special characters escaped, characters XML 1.0 forbids dropped. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        xmlText(s).codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
