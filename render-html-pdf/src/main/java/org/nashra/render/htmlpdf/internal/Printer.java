package org.nashra.render.htmlpdf.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.nashra.fonts.FontSource;
import org.nashra.render.html.FontFace;
import org.nashra.render.html.HtmlRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.transform.TransformerException;

/**
 * Prints a page of {@link HtmlRenderer#printablePage} to PDF with openhtmltopdf: ICU's bidi splitter
 * and reorderer with right to left as the default direction, ICU's Arabic line breaks, the
 * bundled faces registered under the family names the stylesheet uses (and the Latin face as
 * the fallback before any base font, which would not be embedded), nothing loaded from
 * elsewhere (the logo is a {@code data:} URL in the page), and by option tagged PDF/UA-1 in a PDF/A-2a file. What openhtmltopdf warns
 * about goes to the caller's report, not to the console: it does not read a stylesheet's CSS 3
 * (grid, flex…), which it skips on purpose, so its stylesheet warnings are left out.
 *
 * <pre>{@code
 * int pages = new Printer(true, Optional.empty()).print(xhtml, out, warnings::add);
 * }</pre>
 */
public final class Printer {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String PRODUCER = "nashra (openhtmltopdf)";

    /** U+FEDF ARABIC LETTER LAM INITIAL FORM: a font that maps it draws the presentation forms. */
    private static final int LAM_INITIAL = 0xFEDF;

    /**
     * openhtmltopdf registers PDF's standard fonts with every document it makes outside PDF/A and PDF/UA, and on a
     * machine without Helvetica or a look-alike PDFBox warns that it stands its own Liberation Sans in for them. The
     * printer never uses them (every face it prints comes from {@code useFont}), so the warning says nothing about
     * the page: its logger is quieted unless the application set its level. Held here because the JDK keeps
     * loggers only as long as someone refers to them, and a level set on a lost logger is lost with it.
     */
    private static final Logger STANDARD_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    private final boolean standards;
    private final Optional<Instant> creationDate;
    private final List<FontFace> faces;

    /**
     * @param standards    true for PDF/UA-1 and PDF/A-2a
     * @param creationDate the creation date written in the file; none for a file without a date
     */
    public Printer(boolean standards, Optional<Instant> creationDate) {
        this.standards = standards;
        this.creationDate = creationDate;
        this.faces = drawable(HtmlRenderer.fontFaces());
        quietUnlessConfigured();
    }

    /**
     * The faces under their stylesheet names, where each that maps no Arabic presentation form
     * (Noto Kufi Arabic, whose letters join through OpenType alone) is drawn with the first
     * face of its weight that does: openhtmltopdf draws Arabic as presentation forms, which
     * such a font would leave unjoined.
     */
    private static List<FontFace> drawable(List<FontFace> faces) {
        List<FontFace> drawable = new ArrayList<>();
        for (FontFace face : faces) {
            if (face.unicodeRange() != null || mapsPresentationForms(face.source())) {
                drawable.add(face);
            } else {
                FontFace stand = faces.stream()
                        .filter(f -> f.weight() == face.weight() && f.unicodeRange() == null
                                && mapsPresentationForms(f.source()))
                        .findFirst().orElseThrow(() -> new IllegalStateException(
                                "no bundled face of weight " + face.weight() + " maps Arabic presentation forms"));
                drawable.add(new FontFace(face.family(), face.weight(), stand.source(), null));
            }
        }
        return List.copyOf(drawable);
    }

    private static boolean mapsPresentationForms(FontSource source) {
        try (InputStream in = source.openStream();
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            return font.getUnicodeCmapLookup().getGlyphId(LAM_INITIAL) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + source.name(), e);
        }
    }

    /**
     * openhtmltopdf's default logger writes every step to the console through a handler of its
     * own; its diagnostics reach {@link #print}'s caller per run instead. Its logger is one for
     * the whole JVM, so an application that installed another one keeps it. PDFBox's warning that it
     * stands a fallback font in for a standard font openhtmltopdf registers (on a machine without
     * Helvetica) is quieted the same way, unless the application set that logger's level.
     */
    private static void quietUnlessConfigured() {
        synchronized (XRLog.class) {
            XRLogger current = XRLog.getLoggerImpl();
            if (current == null || current instanceof JDKXRLogger) {
                XRLog.setLoggerImpl(Quiet.LOGGER);
            }
        }
        synchronized (STANDARD_FONTS) {
            if (STANDARD_FONTS.getLevel() == null) {
                STANDARD_FONTS.setLevel(Level.SEVERE);
            }
        }
    }

    /** A logger that logs nothing, so that diagnostics go to the run's consumer alone. */
    private enum Quiet implements XRLogger {
        LOGGER;

        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }

    /**
     * Prints the page.
     *
     * @param xhtml    a page of {@link HtmlRenderer#printablePage}
     * @param out      receives the PDF
     * @param warnings receives what openhtmltopdf warns about, one sentence each
     * @return the page count
     */
    public int print(String xhtml, OutputStream out, java.util.function.Consumer<String> warnings)
            throws IOException {
        List<String> seen = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(xhtml, null)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(ARABIC))
                .defaultTextDirection(BaseRendererBuilder.TextDirection.RTL)
                // the page is self-contained: fonts come from useFont, the logo from its data: URL, and
                // nothing else is read
                .useExternalResourceAccessControl(Printer::insidePage,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(Printer::insidePage,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .addDOMMutator(Printer::captionsBeforeTables)
                .withDiagnosticConsumer(d -> diagnose(d, seen))
                .withProducer(PRODUCER)
                .toStream(out);
        for (FontFace face : faces) {
            builder.useFont(() -> open(face.source()), face.family(), face.weight(),
                    BaseRendererBuilder.FontStyle.NORMAL, true,
                    EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT));
            if (face.unicodeRange() != null) {
                builder.useFont(() -> open(face.source()), face.family(), face.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL, true,
                        EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_PRE));
            }
        }
        if (standards) {
            builder.usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                    .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        int pages;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new Reproducible(xhtml));
            renderer.layout();
            pages = renderer.getRootBox().getLayer().getPages().size();
            renderer.createPDF();
        }
        seen.forEach(warnings);
        return pages;
    }

    /** An image carried by the page itself ({@code data:image/…}), which is all the printer may load. */
    private static boolean insidePage(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/");
    }

    /**
     * Makes the file the same bytes for the same page and options: openhtmltopdf dates it now
     * (in its information and XMP metadata) and PDFBox gives it a random ID. Just before the file
     * is written, the dates become {@link #creationDate} or none, and the ID a digest of the page.
     */
    private final class Reproducible implements PDFCreationListener {
        private final String xhtml;

        Reproducible(String xhtml) {
            this.xhtml = xhtml;
        }

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument doc = renderer.getPdfDocument();
            Calendar date = creationDate.map(d -> {
                Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
                c.setTimeInMillis(d.toEpochMilli());
                return c;
            }).orElse(null);
            doc.getDocumentInformation().setCreationDate(date);
            doc.getDocumentInformation().setModificationDate(date);
            try {
                PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
                if (metadata != null) {
                    XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
                    XMPBasicSchema basic = xmp.getXMPBasicSchema();
                    if (basic != null) {
                        String tool = basic.getCreatorTool();
                        xmp.removeSchema(basic);
                        XMPBasicSchema dated = xmp.createAndAddXMPBasicSchema();
                        if (tool != null) {
                            dated.setCreatorTool(tool);
                        }
                        if (date != null) {
                            dated.setCreateDate(date);
                            dated.setModifyDate(date);
                        }
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new XmpSerializer().serialize(xmp, out, true);
                    metadata.importXMPMetadata(out.toByteArray());
                }
            } catch (IOException | XmpParsingException | TransformerException e) {
                throw new IllegalStateException("openhtmltopdf's XMP metadata could not be rewritten", e);
            }
            byte[] digest = sha256(xhtml + "\n" + standards + "\n" + creationDate);
            COSArray id = new COSArray();
            id.add(new COSString(Arrays.copyOf(digest, 16)));
            id.add(new COSString(Arrays.copyOf(digest, 16)));
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /**
     * openhtmltopdf lays out no table caption (the anonymous box it makes inside the table stops
     * the table's layout), so each caption goes before its table as a paragraph, or away where
     * the page hides it because it repeats the part's heading.
     */
    private static void captionsBeforeTables(Document dom) {
        NodeList captions = dom.getElementsByTagName("caption");
        for (int i = captions.getLength() - 1; i >= 0; i--) {
            Element caption = (Element) captions.item(i);
            Node table = caption.getParentNode();
            table.removeChild(caption);
            if (!caption.getAttribute("class").contains("nashra-hidden")) {
                Element p = dom.createElement("p");
                p.setAttribute("class", "nashra-caption");
                while (caption.getFirstChild() != null) {
                    p.appendChild(caption.getFirstChild());
                }
                table.getParentNode().insertBefore(p, table);
            }
        }
    }

    private static void diagnose(Diagnostic d, List<String> seen) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()
                && !XRLog.CSS_PARSE.equals(d.getLogMessageId().getWhere())) {
            String message = d.getFormattedMessage();
            if (!seen.contains(message)) {
                seen.add(message);
            }
        }
    }

    private static InputStream open(FontSource source) {
        try {
            return source.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + source.name(), e);
        }
    }
}
