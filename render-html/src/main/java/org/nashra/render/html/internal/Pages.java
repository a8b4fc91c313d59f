package org.nashra.render.html.internal;

import org.nashra.document.Block;
import org.nashra.document.BulletinDocument;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Part;
import org.nashra.model.Bulletin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the three forms of the HTML bulletin: a page of one bulletin, a page of
 * several with a table of contents, and a fragment for an app's own page.
 *
 * <pre>{@code
 * Pages pages = new Pages(DocumentOptions.defaults(), Stylesheet.of(FontEmbedding.SYSTEM, 0x8A1C1C, ""), false, "nashra");
 * String html = pages.page(List.of(new Pages.Input(bulletin, text)), null);
 * }</pre>
 */
public final class Pages {
    /** The heading of a collection's table of contents. */
    private static final String CONTENTS = "المحتويات";

    /**
     * One bulletin to write.
     *
     * @param bulletin   the bulletin
     * @param sourceText the text it was read from, or null
     */
    public record Input(Bulletin bulletin, String sourceText) {
    }

    private final DocumentOptions options;
    private final Stylesheet stylesheet;
    private final boolean evidence;
    private final String idPrefix;

    public Pages(DocumentOptions options, Stylesheet stylesheet, boolean evidence, String idPrefix) {
        this.options = options;
        this.stylesheet = stylesheet;
        this.evidence = evidence;
        this.idPrefix = idPrefix;
    }

    /**
     * A standalone HTML5 page.
     *
     * @param inputs          the bulletins, at least one
     * @param collectionTitle the page's title when it is a collection, with a table of contents; null for one bulletin
     */
    public String page(List<Input> inputs, String collectionTitle) {
        List<BulletinDocument> documents = new ArrayList<>();
        for (Input in : inputs) {
            documents.add(BulletinDocument.of(in.bulletin(), in.sourceText(), options));
        }
        boolean collection = collectionTitle != null;
        String css = stylesheet.withPageNumbers(documents.get(0));
        Markup m = new Markup();
        m.raw("<!DOCTYPE html>").newline();
        m.open("html", "lang", "ar", "dir", "rtl", "class", "nashra").newline();
        m.open("head").newline();
        m.open("meta", "charset", "utf-8").newline();
        m.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        m.open("meta", "http-equiv", "Content-Security-Policy", "content", policy(css)).newline();
        m.element("title", collection ? collectionTitle : documents.get(0).title()).newline();
        m.open("meta", "name", "generator", "content", "nashra").newline();
        meta(m, "author", options.author());
        meta(m, "description", options.subject());
        meta(m, "keywords", keywords());
        m.open("style").raw(css).close("style").newline();
        m.close("head").newline();
        body(m, () -> {
            if (collection) {
                contents(m, collectionTitle, documents);
            }
            for (int i = 0; i < documents.size(); i++) {
                article(m, inputs.get(i), documents.get(i), idPrefix + "-" + (i + 1), collection ? 1 : 0, false);
            }
        });
        return m.toString();
    }

    /**
     * The page of one bulletin for openhtmltopdf: well-formed XML (it reads pages with an XML
     * parser, so no void element and the stylesheet as encoded text), the same article without
     * its JSON-LD, and the stylesheet rewritten in the CSS 2.1 it reads ({@link PagedCss}).
     *
     * @throws IllegalArgumentException if the bulletin records a source that the text does not match
     */
    public String printable(Input input) {
        BulletinDocument document = BulletinDocument.of(input.bulletin(), input.sourceText(), options);
        Markup m = new Markup(true);
        m.raw("<!DOCTYPE html>").newline();
        m.open("html", "lang", "ar", "dir", "rtl", "class", "nashra").newline();
        m.open("head").newline();
        m.element("title", document.title()).newline();
        // openhtmltopdf writes these in the PDF's information and XMP; it asks for a subject in PDF/UA:
        // the option's, else the masthead's issuer, genre and date
        meta(m, "author", options.author());
        meta(m, "subject", options.subject() != null ? options.subject() : subject(document));
        meta(m, "keywords", keywords());
        m.element("style", stylesheet.paged(document)).newline();
        m.close("head").newline();
        body(m, () -> {
            Stylesheet.PageLabel label = Stylesheet.PageLabel.of(document);
            m.open("div", "class", "nashra-footer").text(label.before())
                    .element("span", "", "class", "nashra-page").text(label.between())
                    .element("span", "", "class", "nashra-pages").text(label.after()).close("div").newline();
            new ArticleWriter(m, document, Evidence.none(), idPrefix + "-1", 0, false).write("");
        });
        return m.toString();
    }

    /** A {@code <meta name content>} (an element in XML), or nothing when there is no content. */
    private static void meta(Markup m, String name, String content) {
        if (content != null) {
            m.empty("meta", "name", name, "content", content).newline();
        }
    }

    /** The keywords as HTML and PDF readers split them: separated by commas; null for none. */
    private String keywords() {
        return options.keywords().isEmpty() ? null : String.join(", ", options.keywords());
    }

    private static String subject(BulletinDocument document) {
        String masthead = document.section(Part.MASTHEAD).stream()
                .flatMap(s -> s.blocks().stream())
                .filter(Block.FactList.class::isInstance)
                .flatMap(b -> ((Block.FactList) b).facts().stream())
                .map(f -> f.label() + ": " + f.value().plain())
                .collect(Collectors.joining("، "));
        return masthead.isEmpty() ? document.title() : masthead;
    }

    private static void body(Markup m, Runnable main) {
        m.open("body").newline();
        m.open("main").newline();
        main.run();
        m.close("main").newline();
        m.close("body").newline();
        m.close("html").newline();
    }

    /** An {@code <article>} that carries its own language and direction, for an app's page. */
    public String fragment(Input input) {
        Markup m = new Markup();
        article(m, input, BulletinDocument.of(input.bulletin(), input.sourceText(), options), idPrefix, 0, true);
        return m.toString();
    }

    private void contents(Markup m, String title, List<BulletinDocument> documents) {
        m.open("header", "class", "nashra-collection").newline();
        m.element("h1", title).newline();
        String heading = idPrefix + "-contents";
        m.open("nav", "class", "nashra-toc", "aria-labelledby", heading).newline();
        m.element("h2", CONTENTS, "id", heading).newline();
        m.open("ol");
        for (int i = 0; i < documents.size(); i++) {
            m.open("li").element("a", documents.get(i).title(), "href", "#" + idPrefix + "-" + (i + 1)).close("li");
        }
        m.close("ol").newline();
        m.close("nav").newline();
        m.close("header").newline();
    }

    private void article(Markup m, Input input, BulletinDocument document, String id, int headingShift,
                         boolean standalone) {
        Evidence marks = evidence && input.sourceText() != null
                ? Evidence.of(document, input.sourceText(), id) : Evidence.none();
        new ArticleWriter(m, document, marks, id, headingShift, standalone)
                .write(JsonLd.events(input.bulletin(), options));
    }

    /**
     * Nothing loads from elsewhere and no script runs: the one stylesheet is allowed by
     * its hash, fonts come from the page or beside it, and JSON-LD is data, not script.
     */
    private static String policy(String css) {
        return "default-src 'none'; style-src '" + sha256(css) + "'; font-src 'self' data:; img-src 'self' data:; "
                + "script-src 'none'; base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String css) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
