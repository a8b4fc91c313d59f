package org.nashra.render.pdf.internal.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.nashra.document.Block;
import org.nashra.document.BulletinDocument;
import org.nashra.document.Logo;
import org.nashra.document.Part;
import org.nashra.document.Run;
import org.nashra.document.Section;
import org.nashra.document.Text;
import org.nashra.render.pdf.internal.pdf.DocumentFonts;
import org.nashra.render.pdf.internal.pdf.DocumentId;
import org.nashra.render.pdf.internal.pdf.Metadata;
import org.nashra.render.pdf.internal.pdf.Tagger;
import org.nashra.render.pdf.internal.text.GlyphRun;
import org.nashra.render.pdf.internal.text.ShapedLine;
import org.nashra.render.pdf.internal.typeset.ParagraphStyle;
import org.nashra.render.pdf.internal.typeset.Typesetter;

/**
 * Lays a {@link BulletinDocument} out on pages as a tagged PDF: the masthead
 * and headline centred, the facts panel and lists with their labels in a
 * column at the start edge, tables right to left with a shaded header row,
 * section headings kept with what follows, the full text justified; a running
 * header (the title, from page 2) and a footer {@code صفحة ١ من ٣} as artifacts.
 *
 * <p>Structure: {@code Document} holds the masthead's logo ({@code Figure} with its
 * {@code /Alt}) and {@code P}s, the {@code H1},
 * the facts as an {@code L}, then one {@code Sect} per titled section with its
 * {@code H2}; lists are {@code L/LI/Lbl/LBody}, tables
 * {@code Table/THead/TBody/TR/TH/TD} (header cells scoped to their column),
 * and a Latin run inside any of them is a {@code Span} with {@code /Lang en}.
 *
 * <pre>{@code
 * BulletinLayout layout = new BulletinLayout(typesetter, styles, geometry, Optional.empty(),
 *         Metadata.Description.NONE, 0x8C8C8C);
 * int pages = layout.write(document, out, warnings::add);
 * }</pre>
 */
public final class BulletinLayout {

    /**
     * The paragraph styles of a bulletin.
     *
     * @param headline the title: large, bold, centred
     * @param heading  section headings
     * @param subhead  headings inside a section (a kind of resolution, an election)
     * @param body     running text, justified
     * @param plain    values of facts, list items and cells: the body face, not justified
     * @param label    labels of facts, table headers, the masthead's issuer
     * @param small    the masthead's second line, running header and footer
     */
    public record Styles(ParagraphStyle headline, ParagraphStyle heading, ParagraphStyle subhead,
                         ParagraphStyle body, ParagraphStyle plain, ParagraphStyle label, ParagraphStyle small) {
        public Styles {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(subhead, "subhead");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(plain, "plain");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(small, "small");
        }
    }

    private static final String LANGUAGE = "ar";
    private static final String BULLET = "•";
    private static final String SEPARATOR = " · ";
    private static final float CELL_PADDING = 4;
    /** The tallest a logo is drawn: 16 mm. */
    private static final float LOGO_HEIGHT = 16 * 72 / 25.4f;

    private final Typesetter typesetter;
    private final Styles styles;
    private final PageGeometry geometry;
    private final Optional<Instant> date;
    private final Metadata.Description about;
    private final float[] accent;

    /**
     * A layout that writes PDF/UA-1 and PDF/A-2a in the same file.
     *
     * @param date   the creation date written in the document, none if empty: the ID is a digest of the
     *               content, so without a date the same input gives the same bytes
     * @param about  the author, subject and keywords the file carries
     * @param accent the colour of rules and table header bands, {@code 0xRRGGBB}
     */
    public BulletinLayout(Typesetter typesetter, Styles styles, PageGeometry geometry, Optional<Instant> date,
                          Metadata.Description about, int accent) {
        this.accent = new float[] {(accent >> 16 & 0xFF) / 255f, (accent >> 8 & 0xFF) / 255f, (accent & 0xFF) / 255f};
        this.typesetter = Objects.requireNonNull(typesetter, "typesetter");
        this.styles = Objects.requireNonNull(styles, "styles");
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.date = Objects.requireNonNull(date, "date");
        this.about = Objects.requireNonNull(about, "about");
    }

    /**
     * A collection's cover: its title, a date line, and the heading of its table of contents.
     *
     * @param title    the collection's title, also the PDF's
     * @param date     the date line under the title, or null for none
     * @param contents the heading of the table of contents
     */
    public record Cover(String title, String date, String contents) {
        public Cover {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(contents, "contents");
        }
    }

    /**
     * Writes the document as a PDF.
     *
     * @param doc      a document with content
     * @param out      receives the PDF; not closed
     * @param warnings receives what the caller should know
     * @return the page count
     */
    public int write(BulletinDocument doc, OutputStream out, Consumer<String> warnings) throws IOException {
        return write(null, List.of(doc), out, warnings);
    }

    /**
     * Writes several documents as one PDF: a cover with a table of contents (each entry's page
     * number linked to the bulletin), then each bulletin from a new page as an {@code Art}
     * element, an outline entry per bulletin, and page labels ({@code i, ii} on the cover,
     * {@code 1, 2…} after it, as the contents and footers number them).
     *
     * @param cover    the cover, or null for none (a single bulletin)
     * @param docs     documents with content, at least one
     * @param out      receives the PDF; not closed
     * @param warnings receives what the caller should know
     * @return the page count, cover included
     */
    public int write(Cover cover, List<BulletinDocument> docs, OutputStream out, Consumer<String> warnings)
            throws IOException {
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("nothing to write");
        }
        // a collection may run to thousands of pages: its streams wait in a temporary file, not on the heap
        try (PDDocument document = cover == null ? new PDDocument()
                : new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            DocumentFonts fonts = new DocumentFonts(document);
            Tagger tagger = new Tagger(document, LANGUAGE);
            Pager pager = new Pager(document, fonts, geometry, tagger, accent);
            Writer writer = new Writer(tagger, pager, warnings, images(document, docs));
            List<Contents.Entry> entries = cover == null ? List.of() : writer.cover(cover, docs);
            int coverPages = pager.pageCount();
            int[] starts = new int[docs.size()];
            for (int i = 0; i < docs.size(); i++) {
                if (cover != null) {
                    pager.breakPage();
                    writer.root = tagger.add(tagger.root(), "Art");
                    tagger.title(writer.root, docs.get(i).title());
                }
                starts[i] = Math.max(0, pager.pageCount() - 1);
                for (Section section : docs.get(i).sections()) {
                    writer.section(section);
                }
            }
            Furniture furniture = new Furniture(docs, starts, coverPages, warnings);
            writer.pageNumbers(entries, starts, furniture);
            int pages = pager.finish(furniture);
            tagger.finish();
            fonts.embedAll();
            Metadata.describe(document, cover == null ? docs.get(0).title() : cover.title(), about, LANGUAGE,
                    date);
            Navigation.pageLabels(document, coverPages);
            if (cover != null) {
                Navigation.outline(document, docs.stream().map(BulletinDocument::title).toList(), starts);
            }
            DocumentId.set(document);
            document.save(out);
            return pages;
        }
    }

    /** The image XObject of each logo the documents show, each added to the file once. */
    private static Map<Logo, PDImageXObject> images(PDDocument document, List<BulletinDocument> docs)
            throws IOException {
        Map<Logo, PDImageXObject> images = new HashMap<>();
        for (BulletinDocument doc : docs) {
            for (Section section : doc.sections()) {
                for (Block b : section.blocks()) {
                    if (b instanceof Block.Figure f && !images.containsKey(f.logo())) {
                        images.put(f.logo(), PDImageXObject.createFromByteArray(document, f.logo().bytes(), "logo"));
                    }
                }
            }
        }
        return images;
    }

    /** Running headers and footers: the bulletin's title from its second page, its page number, none on the cover. */
    private final class Furniture implements Pager.Furniture {
        private final List<BulletinDocument> docs;
        private final int[] starts;
        private final int coverPages;
        private final Consumer<String> warnings;

        Furniture(List<BulletinDocument> docs, int[] starts, int coverPages, Consumer<String> warnings) {
            this.docs = docs;
            this.starts = starts;
            this.coverPages = coverPages;
            this.warnings = warnings;
        }

        /** The bulletin of a page (0-based), or -1 on the cover. */
        private int bulletinOf(int index) {
            int b = -1;
            while (b + 1 < starts.length && starts[b + 1] <= index) {
                b++;
            }
            return index < coverPages ? -1 : b;
        }

        /** A page's number as the contents and footers give it: counted from the first page after the cover. */
        String number(int index) {
            return docs.get(0).number(index - coverPages + 1);
        }

        @Override
        public ShapedLine header(int number, int count) {
            int b = bulletinOf(number - 1);
            return b < 0 || starts[b] == number - 1 ? null
                    : firstLine(docs.get(b).title(), styles.small(), geometry.measure(), warnings);
        }

        @Override
        public ShapedLine footer(int number, int count) {
            int b = bulletinOf(number - 1);
            return b < 0 ? null : firstLine(docs.get(b).pageLabel(number - coverPages, count - coverPages),
                    styles.small(), geometry.measure(), warnings);
        }
    }

    private ShapedLine firstLine(String text, ParagraphStyle style, float measure, Consumer<String> warnings) {
        List<ShapedLine> lines = typesetter.set(clean(text), style, measure, warnings);
        return lines.isEmpty() ? null : lines.get(0);
    }

    /** Line and paragraph separators and other controls read as spaces: a block is one paragraph, offsets kept. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < sb.length(); i++) {
            int type = Character.getType(sb.charAt(i));
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The state of one document being written. */
    private final class Writer {
        private final Tagger tagger;
        private final Pager pager;
        private final Consumer<String> warnings;
        private final Map<Logo, PDImageXObject> images;
        private final float measure = geometry.measure();
        /** The element a bulletin's sections go under: {@code Document}, or a collection's {@code Art}. */
        private Tagger.Element root;

        Writer(Tagger tagger, Pager pager, Consumer<String> warnings, Map<Logo, PDImageXObject> images) {
            this.tagger = tagger;
            this.pager = pager;
            this.warnings = warnings;
            this.images = images;
            this.root = tagger.root();
        }

        /**
         * The cover: the title lower on the page, the date, then the table of contents as a
         * {@code TOC} of {@code TOCI}s each holding a {@code Link}; the entries' page numbers
         * are drawn by {@link #pageNumbers} once the bulletins are laid out.
         */
        List<Contents.Entry> cover(Cover cover, List<BulletinDocument> docs) {
            pager.advance(geometry.height() * 0.08f);
            heading(root, new Block.Heading(1, Text.of(cover.title())));
            if (cover.date() != null) {
                pager.add(block(Text.of(cover.date()), styles.label(), tagger.add(root, "P"), Alignment.CENTER, 0,
                        styles.label().lineHeight() * 1.5f, false));
            }
            Tagger.Element toc = tagger.add(root, "TOC");
            pager.add(block(Text.of(cover.contents()), styles.heading(), tagger.add(root, "H2"), Alignment.START,
                    styles.heading().lineHeight() * 0.8f, styles.heading().lineHeight() * 0.3f, true));
            float numbers = width(Text.of(docs.get(0).number(8888)), styles.plain()) + styles.plain().fontSize();
            List<Contents.Entry> entries = new ArrayList<>();
            for (BulletinDocument doc : docs) {
                Tagger.Element link = tagger.add(tagger.add(toc, "TOCI"), "Link");
                TextBlock entry = block(Text.of(doc.title()), styles.plain(), link, Alignment.START,
                        styles.plain().lineHeight() * 0.12f, 0, false, measure - numbers);
                pager.add(entry);
                ShapedLine lastLine = entry.lines().get(entry.lines().size() - 1);
                entries.add(new Contents.Entry(link, doc.title(), pager.lastPlacement(), lastLine.width()));
            }
            return entries;
        }

        /** Each contents entry's page number at the end of its last line, a dotted leader, and its link. */
        void pageNumbers(List<Contents.Entry> entries, int[] starts, Furniture furniture) throws IOException {
            for (int i = 0; i < entries.size(); i++) {
                Contents.Entry e = entries.get(i);
                Pager.Placement at = e.placement();
                ShapedLine number = firstLine(furniture.number(starts[i]), styles.plain(), measure, warnings);
                if (number == null) {
                    continue;
                }
                float left = geometry.left();
                pager.drawLater(at.lastPage(), number, left, at.lastBaseline(), e.link());
                float from = left + number.width() + styles.plain().fontSize() * 0.5f;
                float to = left + measure - e.lastLineWidth() - styles.plain().fontSize() * 0.5f;
                Contents.leader(pager.page(at.lastPage()).content(), from, to, at.lastBaseline());
                Contents.link(tagger, pager.page(at.lastPage()), e,
                        new PDRectangle(left, at.bottom(), measure, (at.firstPage() == at.lastPage() ? at.top()
                                : at.lastBaseline() + styles.plain().fontSize()) - at.bottom()),
                        pager.page(starts[i]).page());
            }
        }

        void section(Section section) {
            Tagger.Element parent = root;
            if (section.part() == Part.MASTHEAD) {
                masthead(section);
                return;
            }
            if (section.heading() != null) {
                parent = tagger.add(parent, "Sect");
                Tagger.Element h = tagger.add(parent, "H2");
                pager.add(block(Text.of(section.heading()), styles.heading(), h, Alignment.START,
                        styles.heading().lineHeight() * 0.8f, styles.heading().lineHeight() * 0.2f, true));
            }
            for (Block b : section.blocks()) {
                block(parent, section, b);
            }
        }

        /**
         * The logo, centred, at most {@link #LOGO_HEIGHT} high and a third of the measure wide; the issuer
         * in bold, centred; the other facts (genre, dateline) on one small line below.
         */
        private void masthead(Section section) {
            for (Block b : section.blocks()) {
                if (b instanceof Block.Figure f) {
                    Logo logo = f.logo();
                    float scale = Math.min(LOGO_HEIGHT / logo.height(), measure / 3 / logo.width());
                    pager.add(new FigureBlock(images.get(logo), logo.width() * scale, logo.height() * scale,
                            tagger.figure(root, logo.alt()), 0, styles.small().lineHeight() * 0.5f));
                } else if (b instanceof Block.FactList facts) {
                    List<Block.Fact> list = facts.facts();
                    Text first = list.get(0).value();
                    pager.add(block(first, styles.label(), tagger.add(root, "P"), Alignment.CENTER, 0, 0,
                            false));
                    if (list.size() > 1) {
                        List<Run> runs = new ArrayList<>();
                        for (int i = 1; i < list.size(); i++) {
                            if (i > 1) {
                                runs.add(new Run(SEPARATOR, Run.Kind.TEXT, null, null, null));
                            }
                            runs.addAll(list.get(i).value().runs());
                        }
                        pager.add(block(new Text(runs), styles.small(), tagger.add(root, "P"),
                                Alignment.CENTER, 0, styles.small().lineHeight(), false));
                    }
                }
            }
        }

        private void block(Tagger.Element parent, Section section, Block b) {
            if (b instanceof Block.Heading h) {
                heading(parent, h);
            } else if (b instanceof Block.Paragraph p) {
                boolean fullText = section.part() == Part.FULL_TEXT;
                ParagraphStyle style = fullText ? styles.body() : styles.plain();
                pager.add(block(p.text(), style, tagger.add(parent, "P"), Alignment.START,
                        style.lineHeight() * 0.35f, 0, false));
            } else if (b instanceof Block.FactList f) {
                List<String> labels = f.facts().stream().map(fact -> fact.label() + ":").toList();
                list(parent, labels, f.facts().stream().map(Block.Fact::value).toList(), styles.label());
            } else if (b instanceof Block.NumberedList l) {
                list(parent, l.items().stream().map(Block.Item::label).toList(),
                        l.items().stream().map(Block.Item::text).toList(), styles.plain());
            } else if (b instanceof Block.ItemList l) {
                list(parent, l.items().stream().map(i -> BULLET).toList(),
                        l.items().stream().map(Block.Item::text).toList(), styles.plain());
            } else if (b instanceof Block.Table t) {
                table(parent, t);
            }
        }

        private void heading(Tagger.Element parent, Block.Heading h) {
            switch (h.level()) {
                case 1 -> pager.add(block(h.text(), styles.headline(), tagger.add(parent, "H1"), Alignment.CENTER,
                        styles.headline().lineHeight() * 0.3f, styles.headline().lineHeight() * 0.6f, true));
                case 2 -> pager.add(block(h.text(), styles.heading(), tagger.add(parent, "H2"), Alignment.START,
                        styles.heading().lineHeight() * 0.8f, styles.heading().lineHeight() * 0.2f, true));
                default -> pager.add(block(h.text(), styles.subhead(), tagger.add(parent, "H3"), Alignment.START,
                        styles.subhead().lineHeight() * 0.5f, styles.subhead().lineHeight() * 0.1f, true));
            }
        }

        /** An {@code L}: each item's label in a column at the start edge as wide as the widest label, its text beside. */
        private void list(Tagger.Element parent, List<String> labels, List<Text> texts, ParagraphStyle labelStyle) {
            List<ShapedLine> labelLines = new ArrayList<>();
            float gutter = 0;
            for (String label : labels) {
                ShapedLine line = firstLine(label, labelStyle, measure, warnings);
                labelLines.add(line);
                gutter = Math.max(gutter, line == null ? 0 : line.width());
            }
            gutter = Math.min(gutter + styles.plain().fontSize() * 0.6f, measure / 3);
            Tagger.Element list = tagger.add(parent, "L");
            ParagraphStyle style = styles.plain();
            for (int i = 0; i < texts.size(); i++) {
                Tagger.Element item = tagger.add(list, "LI");
                TextBlock body = block(texts.get(i), style, null, Alignment.START, style.lineHeight() * 0.15f, 0,
                        false, measure - gutter);
                Tagger.Element lbl = tagger.add(item, "Lbl");
                Tagger.Element lbody = tagger.add(item, "LBody");
                body = body.inFrame(new TextBlock.Frame(gutter, 0)).taggedAs(owner(lbody, texts.get(i)));
                if (labelLines.get(i) != null) {
                    body = body.withMarker(new TextBlock.Marker(labelLines.get(i), 0, lbl));
                }
                pager.add(body);
            }
        }

        /** A {@code Table}: columns as wide as their content asks, within the measure. */
        private void table(Tagger.Element parent, Block.Table t) {
            int columns = t.header().size();
            float[] natural = new float[columns];
            for (int c = 0; c < columns; c++) {
                natural[c] = width(Text.of(t.header().get(c)), styles.label());
                for (Block.Row r : t.rows()) {
                    natural[c] = Math.max(natural[c], width(r.cells().get(c), styles.plain()));
                }
                natural[c] += 2 * CELL_PADDING;
            }
            List<Float> widths = columnWidths(natural);
            Tagger.Element table = tagger.add(parent, "Table");
            Tagger.Element head = tagger.add(table, "THead");
            Tagger.Element headRow = tagger.add(head, "TR");
            List<TableBlock.Cell> headerCells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                headerCells.add(cell(Text.of(t.header().get(c)), styles.label(), tagger.columnHeader(headRow),
                        widths.get(c)));
            }
            Tagger.Element body = tagger.add(table, "TBody");
            List<TableBlock.Row> rows = new ArrayList<>();
            for (Block.Row r : t.rows()) {
                Tagger.Element tr = tagger.add(body, "TR");
                List<TableBlock.Cell> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(cell(r.cells().get(c), styles.plain(), tagger.add(tr, "TD"), widths.get(c)));
                }
                rows.add(new TableBlock.Row(cells));
            }
            float space = styles.plain().lineHeight() * 0.4f;
            pager.add(new TableBlock(widths, new TableBlock.Row(headerCells), rows, CELL_PADDING, space, space));
        }

        /** Each column its share of the measure by its natural width, none under a sixth of the measure. */
        private List<Float> columnWidths(float[] natural) {
            float total = 0;
            for (float w : natural) {
                total += w;
            }
            float floor = Math.min(measure / 6, measure / natural.length);
            List<Float> widths = new ArrayList<>();
            float sum = 0;
            for (float w : natural) {
                float width = Math.max(floor, w * measure / total);
                widths.add(width);
                sum += width;
            }
            float fit = measure / sum;
            widths.replaceAll(w -> w * fit);
            return widths;
        }

        private TableBlock.Cell cell(Text text, ParagraphStyle style, Tagger.Element element, float width) {
            String shown = clean(text.plain());
            List<ShapedLine> lines = typesetter.set(shown, style, Math.max(1, width - 2 * CELL_PADDING), warnings);
            return new TableBlock.Cell(lines, style.lineHeight(), Alignment.START, element);
        }

        private float width(Text text, ParagraphStyle style) {
            ShapedLine line = firstLine(text.plain(), style, Float.MAX_VALUE / 4, warnings);
            return line == null ? 0 : line.width();
        }

        private TextBlock block(Text text, ParagraphStyle style, Tagger.Element element, Alignment alignment,
                                float before, float after, boolean keep) {
            return block(text, style, element, alignment, before, after, keep, measure);
        }

        private TextBlock block(Text text, ParagraphStyle style, Tagger.Element element, Alignment alignment,
                                float before, float after, boolean keep, float width) {
            List<ShapedLine> lines = typesetter.set(clean(text.plain()), style, width, warnings);
            TextBlock b = new TextBlock(lines, style.lineHeight(), before, after, alignment, keep);
            return element == null ? b : b.taggedAs(owner(element, text));
        }

        /** The element of each glyph run: a {@code Span /Lang en} for a Latin run of the text, else {@code element}. */
        private Function<GlyphRun, Tagger.Element> owner(Tagger.Element element, Text text) {
            List<Run> runs = text.runs();
            int[] ends = new int[runs.size()];
            int at = 0;
            for (int i = 0; i < runs.size(); i++) {
                at += runs.get(i).text().length();
                ends[i] = at;
            }
            Map<Integer, Tagger.Element> spans = new HashMap<>();
            return glyphs -> {
                int i = 0;
                while (i < ends.length - 1 && ends[i] <= glyphs.start()) {
                    i++;
                }
                String lang = runs.get(i).lang();
                return lang == null ? element : spans.computeIfAbsent(i, k -> tagger.add(element, "Span", lang));
            };
        }
    }
}
