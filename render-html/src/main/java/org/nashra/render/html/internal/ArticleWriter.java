package org.nashra.render.html.internal;

import org.nashra.document.Block;
import org.nashra.document.BulletinDocument;
import org.nashra.document.Logo;
import org.nashra.document.Part;
import org.nashra.document.Run;
import org.nashra.document.Section;
import org.nashra.document.Text;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes one {@link BulletinDocument} as an {@code <article>}: the masthead, headline
 * and facts panel in its {@code <header>}, each titled part a {@code <section>} with
 * its heading, facts as {@code <dl>}, resolutions as {@code <ol>}, tables with a
 * caption and {@code th scope}, every name, number, date and Latin run in a
 * {@code <bdi>}, dates and times in {@code <time datetime>}.
 *
 * <pre>{@code
 * new ArticleWriter(markup, document, Evidence.none(), "nashra-1", 0, false).write(jsonLd);
 * }</pre>
 */
final class ArticleWriter {
    /** A datetime value {@code <time>} accepts: a year, month or day, or a time of day. */
    private static final Pattern DATETIME = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{2}:\\d{2}");
    /** The logo's height, CSS pixels: 16 mm, as in the PDF. */
    private static final int LOGO_HEIGHT = 60;
    /** The logo's widest, CSS pixels: 57 mm, a third of an A4 page's measure. */
    private static final int LOGO_WIDTH = 215;

    private final Markup m;
    private final BulletinDocument document;
    private final Evidence evidence;
    private final String id;
    private final int headingShift;
    private final boolean standalone;

    /**
     * @param id           the article's id; ids inside it begin with it
     * @param headingShift 0 when the headline is the page's h1, 1 inside a collection
     * @param standalone   true for a fragment: the article says its own language and direction
     */
    ArticleWriter(Markup m, BulletinDocument document, Evidence evidence, String id, int headingShift,
                  boolean standalone) {
        this.m = m;
        this.document = document;
        this.evidence = evidence;
        this.id = id;
        this.headingShift = headingShift;
        this.standalone = standalone;
    }

    /** The article; {@code jsonLd} (already encoded, or empty) goes at its end. */
    void write(String jsonLd) {
        String classes = standalone ? "nashra nashra-bulletin" : "nashra-bulletin";
        m.open("article", "id", id, "class", classes, "lang", standalone ? "ar" : null,
                "dir", standalone ? "rtl" : null, "aria-labelledby", id + "-title").newline();
        List<Section> sections = document.sections();
        int i = 0;
        m.open("header", "class", "nashra-header").newline();
        if (document.section(Part.HEADLINE).isEmpty()) {
            // the article is named by its title even where the caller chose no headline
            m.open(heading(1), "id", id + "-title", "class", "nashra-headline").text(document.title())
                    .close(heading(1)).newline();
        }
        for (; i < sections.size() && sections.get(i).heading() == null; i++) {
            untitled(sections.get(i));
        }
        m.close("header").newline();
        for (; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s.heading() == null) {
                untitled(s);
            } else {
                titled(s);
            }
        }
        if (!jsonLd.isEmpty()) {
            m.open("script", "type", "application/ld+json").raw(jsonLd).close("script").newline();
        }
        m.close("article").newline();
    }

    private void untitled(Section s) {
        for (Block b : s.blocks()) {
            block(b, s);
        }
    }

    private void titled(Section s) {
        String headingId = id + "-" + partName(s.part());
        m.open("section", "class", "nashra-part nashra-" + partName(s.part()), "aria-labelledby", headingId)
                .newline();
        m.open(heading(2), "id", headingId).text(s.heading()).close(heading(2)).newline();
        for (Block b : s.blocks()) {
            block(b, s);
        }
        m.close("section").newline();
    }

    private void block(Block block, Section s) {
        if (block instanceof Block.Heading h) {
            String tag = heading(h.level());
            m.open(tag, "id", h.level() == 1 ? id + "-title" : null,
                    "class", h.level() == 1 ? "nashra-headline" : null);
            text(h.text());
            m.close(tag);
        } else if (block instanceof Block.Paragraph p) {
            m.open("p");
            if (s.part() == Part.FULL_TEXT) {
                marked(p.text(), evidence.marks(p.span()));
            } else {
                text(p.text());
            }
            m.close("p");
        } else if (block instanceof Block.FactList f) {
            facts(f, s.part());
        } else if (block instanceof Block.Table t) {
            table(t, s);
        } else if (block instanceof Block.NumberedList n) {
            numbered(n);
        } else if (block instanceof Block.Figure f) {
            logo(f.logo());
        } else if (block instanceof Block.ItemList l) {
            m.open("ul", "class", "nashra-items");
            for (Block.Item item : l.items()) {
                m.open("li");
                text(item.text());
                m.close("li");
            }
            m.close("ul");
        }
        m.newline();
    }

    /**
     * The logo inside the page as a {@code data:} URL (the page loads nothing from elsewhere), as large
     * as the PDF draws it: {@value #LOGO_HEIGHT} CSS pixels (16 mm) high, at most {@value #LOGO_WIDTH}
     * (a third of an A4 measure) wide; narrower screens shrink it.
     */
    private void logo(Logo logo) {
        double scale = Math.min((double) LOGO_HEIGHT / logo.height(), (double) LOGO_WIDTH / logo.width());
        m.empty("img", "class", "nashra-logo", "src",
                "data:" + logo.mediaType() + ";base64," + Base64.getEncoder().encodeToString(logo.bytes()),
                "alt", logo.alt(), "width", Long.toString(Math.max(1, Math.round(logo.width() * scale))),
                "height", Long.toString(Math.max(1, Math.round(logo.height() * scale))));
    }

    private void facts(Block.FactList f, Part part) {
        m.open("dl", "class", "nashra-" + partName(part));
        for (Block.Fact fact : f.facts()) {
            m.open("div").element("dt", fact.label()).open("dd");
            text(fact.value());
            m.close("dd").close("div");
        }
        m.close("dl");
    }

    private void table(Block.Table t, Section s) {
        m.open("div", "class", "nashra-table").open("table");
        // the part's heading already names the table on screen; the caption stays for readers that list tables
        m.element("caption", t.caption(), "class", t.caption().equals(s.heading()) ? "nashra-hidden" : null);
        m.open("thead").open("tr");
        for (String h : t.header()) {
            m.element("th", h, "scope", "col");
        }
        m.close("tr").close("thead").open("tbody");
        for (Block.Row row : t.rows()) {
            m.open("tr");
            for (int c = 0; c < row.cells().size(); c++) {
                String tag = c == 0 ? "th" : "td";
                m.open(tag, "scope", c == 0 ? "row" : null);
                text(row.cells().get(c));
                m.close(tag);
            }
            m.close("tr");
        }
        m.close("tbody").close("table").close("div");
    }

    private void numbered(Block.NumberedList n) {
        m.open("ol", "class", "nashra-numbered", "start", number(n.items().get(0).label()));
        for (Block.Item item : n.items()) {
            m.open("li").element("span", item.label(), "class", "nashra-number").raw(" ");
            text(item.text());
            m.close("li");
        }
        m.close("ol");
    }

    /** The value of a composed list number ({@code ١٢.} is 12), or null if it has no digits. */
    private static String number(String label) {
        StringBuilder digits = new StringBuilder();
        label.chars().filter(Character::isDigit).forEach(c -> digits.append(Character.digit(c, 10)));
        return digits.length() == 0 ? null : digits.toString();
    }

    private void text(Text t) {
        for (Run r : t.runs()) {
            Optional<String> anchor = evidence.anchor(r.span());
            anchor.ifPresent(a -> m.open("a", "href", "#" + a, "class", "nashra-evidence"));
            run(r);
            anchor.ifPresent(a -> m.close("a"));
        }
    }

    /** A full-text paragraph with the ranges facts were read from in {@code <mark>}. */
    private void marked(Text t, List<Evidence.Mark> marks) {
        if (marks.isEmpty()) {
            text(t);
            return;
        }
        int runStart = 0;
        for (Run r : t.runs()) {
            int runEnd = runStart + r.text().length();
            int at = runStart;
            while (at < runEnd) {
                int from = at;
                Evidence.Mark mark = marks.stream().filter(k -> k.start() <= from && from < k.end()).findFirst()
                        .orElse(null);
                int to = runEnd;
                for (Evidence.Mark k : marks) {
                    for (int cut : new int[] {k.start(), k.end()}) {
                        if (cut > from && cut < to) {
                            to = cut;
                        }
                    }
                }
                Run piece = new Run(r.text().substring(from - runStart, to - runStart), r.kind(), r.lang(),
                        r.datetime(), r.span());
                if (mark != null) {
                    m.open("mark", "id", mark.start() == from ? mark.id() : null);
                    run(piece);
                    m.close("mark");
                } else {
                    run(piece);
                }
                at = to;
            }
            runStart = runEnd;
        }
    }

    private void run(Run r) {
        if (!r.isolated()) {
            m.text(r.text());
            return;
        }
        m.open("bdi", "class", "nashra-" + r.kind().name().toLowerCase(Locale.ROOT), "lang", r.lang());
        if (r.datetime() != null && DATETIME.matcher(r.datetime()).matches()) {
            m.element("time", r.text(), "datetime", r.datetime());
        } else {
            m.text(r.text());
        }
        m.close("bdi");
    }

    private String heading(int level) {
        return "h" + Math.min(6, level + headingShift);
    }

    static String partName(Part part) {
        return part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
