package org.nashra.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;
import org.nashra.model.Delegation;
import org.nashra.model.Meeting;
import org.nashra.model.Person;
import org.nashra.document.BulletinText;

/**
 * Input far past the ordinary: every case renders whole, on the page, or fails with a typed
 * exception before a byte is written.
 */
class StressTest {

    private static final PdfRenderer RENDERER = PdfRenderer.builder().build();
    private static final float A4_WIDTH = PageSize.A4.width();
    private static final float MARGIN = Margins.mm(20);

    private static Bulletin titled(String title) {
        return Bulletin.builder(Bulletin.Kind.MEETING).title(title).build();
    }

    private static byte[] render(Bulletin bulletin, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(bulletin, text, out);
        return out.toByteArray();
    }

    /** Every glyph drawn inside the page, across and down, none in the bottom margin's lower half. */
    private static void assertEverythingOnThePage(byte[] pdf) throws IOException {
        assertThat(PdfProbe.glyphs(pdf)).allSatisfy(g -> {
            assertThat(g.x()).isBetween(MARGIN - 20, A4_WIDTH - MARGIN + 1);
            assertThat(g.y()).isBetween(MARGIN / 2 - 10, PageSize.A4.height());
        });
    }

    @Test
    void twoThousandAttendeesRunOverPagesAndAreAllPrinted() throws IOException {
        Meeting.Builder meeting = Meeting.builder(Meeting.Type.MEETING);
        for (int i = 1; i <= 2000; i++) {
            meeting.attendee(Person.builder().name("عضو رقم " + i).role("مندوب").build());
        }
        Bulletin bulletin = Bulletin.builder(Bulletin.Kind.MEETING).title("اجتماع موسع").meeting(meeting.build())
                .build();

        byte[] pdf = render(bulletin, null);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(20);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\p{Cf}", "");
            assertThat(text).contains("عضو رقم 1", "عضو رقم 1000", "عضو رقم 2000");
        }
    }

    @Test
    void aTextOfHalfAMegabyteRendersWhole() throws IOException {
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        while (text.length() < 500_000 / 2) {  // two bytes a letter in UTF-8
            text.append("الفقرة ").append(++paragraph)
                    .append(" من محضر الجلسة: ناقش المجتمعون شؤون التنظيم وأقروا خطة العمل للعام المقبل.\n");
        }

        byte[] pdf = render(titled("محضر طويل"), text.toString());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            assertThat(stripper.getText(doc).replaceAll("\\p{Cf}", "")).contains("الفقرة " + paragraph + " ");
        }
    }

    @Test
    void aWordOfFiveThousandLettersIsBrokenBetweenLettersAndStaysOnThePage() throws IOException {
        String word = "كتب".repeat(1667);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderReport report = RENDERER.render(titled("كلمة طويلة"), "قبل " + word + " بعد", out);

        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("broken between letters"));
        assertEverythingOnThePage(out.toByteArray());
        // copied back whole: the pieces in order, less the kashidas that justify their lines, the
        // bidi marks left for extractors, and the footer and running header where the word runs
        // onto the next page
        String copied = PdfProbe.text(out.toByteArray()).replaceAll("[\\s\u00A0ـ\\p{Cf}]", "")
                .replaceAll("صفحة\\d+من\\d+كلمةطويلة", "");
        assertThat(copied.contains(word)).as("the word copies back whole").isTrue();
    }

    @Test
    void aTableRowTallerThanAPageGoesOnOverThePagesUnderItsHeader() throws IOException {
        String huge = "وفد اللجنة التحضيرية للمؤتمر العام ".repeat(300);
        Meeting meeting = Meeting.builder(Meeting.Type.CONFERENCE)
                .delegation(Delegation.builder().text(huge.strip()).country("IQ").build())
                .delegation(Delegation.builder().text("وفد قصير").country("SE").build())
                .build();
        Bulletin bulletin = Bulletin.builder(Bulletin.Kind.CONFERENCE).title("مؤتمر").meeting(meeting).build();

        byte[] pdf = render(bulletin, null);

        assertEverythingOnThePage(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("وفد قصير");
        }
    }

    @Test
    void aCharacterNoFontHasFailsACollectionBeforeAnythingIsWritten() {
        PdfRenderer strict = PdfRenderer.builder().missingGlyphs(MissingGlyphs.FAIL).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> strict.render("مجموعة", List.of(BulletinText.of(titled("بيان")),
                BulletinText.of(titled("رمز \uD83E\uDDFF غريب"))), out))
                .isInstanceOf(MissingGlyphException.class).hasMessageContaining("U+1F9FF");
        assertThat(out.size()).isZero();
    }
}
