package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;
import org.nashra.document.BulletinText;

/** Several bulletins in one PDF: a cover with linked contents, each bulletin from a new page, bookmarks, labels. */
class CollectionTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();

    /** Every corpus bulletin, the odd ones with their text, the even ones from their JSON alone. */
    static List<BulletinText> corpus() {
        List<BulletinText> entries = new ArrayList<>();
        List<String> names = DevelopmentCorpus.names();
        for (int i = 0; i < names.size(); i++) {
            Bulletin b = BulletinJson.read(DevelopmentCorpus.expectedJson(names.get(i)));
            entries.add(i % 2 == 0 ? BulletinText.of(b, DevelopmentCorpus.text(names.get(i)))
                    : BulletinText.of(b));
        }
        return entries;
    }

    static byte[] render(String title, List<BulletinText> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(title, entries, out);
        return out.toByteArray();
    }

    private static Bulletin titled(String title) {
        return Bulletin.builder(Bulletin.Kind.STATEMENT).title(title).build();
    }

    @Test
    void theCoverListsEveryBulletinWithThePageItStartsOnAndLinksThere() throws IOException {
        List<BulletinText> entries = List.of(BulletinText.of(titled("البيان الأول")),
                BulletinText.of(titled("البيان الثاني"), "نص البيان الثاني.\n".repeat(300)),
                BulletinText.of(titled("البيان الثالث")));
        byte[] pdf = render("بيانات الشهر", entries);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(doc);
            assertThat(cover).contains("بيانات الشهر", "المحتويات", "البيان الأول", "البيان الثاني", "البيان الثالث");

            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                PDPageDestination d = (PDPageDestination) ((PDAnnotationLink) a).getDestination();
                targets.add(doc.getPages().indexOf(d.getPage()));
            }
            assertThat(targets).hasSize(3).isSorted().doesNotHaveDuplicates();
            assertThat(targets.get(0)).isEqualTo(1);
            assertThat(targets.get(2) - targets.get(1)).as("the second bulletin runs over several pages")
                    .isGreaterThan(1);
            for (int i = 0; i < 3; i++) {
                stripper.setStartPage(targets.get(i) + 1);
                stripper.setEndPage(targets.get(i) + 1);
                assertThat(stripper.getText(doc)).contains(entries.get(i).bulletin().title());
                // the contents give the page as its footer and its label number it: 1 after the cover
                String label = Integer.toString(targets.get(i));
                assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()[targets.get(i)])
                        .isEqualTo(label);
                assertThat(cover).contains(label);
            }
        }
    }

    @Test
    void eachBulletinHasABookmarkToItsFirstPage() throws IOException {
        byte[] pdf = render("مجموعة", List.of(BulletinText.of(titled("أ")), BulletinText.of(titled("ب"))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()));
            }
            assertThat(titles).containsExactly("أ", "ب");
            assertThat(pages).containsExactly(1, 2);
            assertThat(doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .containsExactly("i", "1", "2");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("مجموعة");
        }
    }

    @Test
    void theCoverDatesTheCollectionFromItsBulletins() throws IOException {
        byte[] pdf = render("مجموعة", corpus().subList(0, 4));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).containsPattern("\\d{4}");
        }
    }

    @Test
    void aCollectionNeedsATitleAndABulletin() {
        assertThatThrownBy(() -> render(" ", List.of(BulletinText.of(titled("أ")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> render("مجموعة", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
        Bulletin empty = Bulletin.builder(Bulletin.Kind.STATEMENT).build();
        assertThatThrownBy(() -> render("مجموعة", List.of(BulletinText.of(empty))))
                .isInstanceOf(EmptyBulletinException.class);
    }
}
