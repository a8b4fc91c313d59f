package org.nashra.render.pdf.internal.justify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nashra.render.pdf.internal.justify.KashidaRule.AFTER_SEEN_OR_SAD;
import static org.nashra.render.pdf.internal.justify.KashidaRule.AFTER_USER_KASHIDA;
import static org.nashra.render.pdf.internal.justify.KashidaRule.BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF;
import static org.nashra.render.pdf.internal.justify.KashidaRule.BEFORE_FINAL_TEH_MARBUTA_HEH_DAL;
import static org.nashra.render.pdf.internal.justify.KashidaRule.BEFORE_FINAL_WAW_AIN_QAF_FEH;
import static org.nashra.render.pdf.internal.justify.KashidaRule.BEFORE_MEDIAL_BEH_BEFORE_REH_OR_YEH;
import static org.nashra.render.pdf.internal.justify.KashidaRule.BEFORE_OTHER_FINAL;
import static org.nashra.render.pdf.internal.justify.KashidaRule.BETWEEN_LETTERS;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per rule, each on words chosen so that the rule, and only it, decides. Offsets are UTF-16
 * indices into the word: the kashida goes before the char at that offset.
 */
class KashidaAnalysisTest {

    private static List<KashidaOpportunity> find(String word) {
        return KashidaAnalysis.find(word);
    }

    private static KashidaOpportunity at(int offset, KashidaRule rule) {
        return new KashidaOpportunity(offset, rule);
    }

    @Test
    void afterUserKashida() {
        // كـتاب: the author's tatweel is offered first and no other rule claims its two joins
        assertThat(find("كـتاب")).containsExactly(at(2, AFTER_USER_KASHIDA), at(3, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
    }

    @Test
    void afterSeenOrSad() {
        assertThat(find("سلام")).containsExactly(at(1, AFTER_SEEN_OR_SAD));
        assertThat(find("مصر")).containsExactly(at(1, BETWEEN_LETTERS), at(2, AFTER_SEEN_OR_SAD));
        assertThat(find("مضى")).as("after dad, even before a final alef maqsura")
                .containsExactly(at(1, BETWEEN_LETTERS), at(2, AFTER_SEEN_OR_SAD));
    }

    @Test
    void beforeFinalTehMarbutaHehDal() {
        assertThat(find("تحية")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BETWEEN_LETTERS),
                at(3, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
        assertThat(find("محمد")).endsWith(at(3, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
        assertThat(find("وجه")).containsExactly(at(2, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
    }

    @Test
    void beforeFinalAlefTahLamKafGaf() {
        assertThat(find("كتاب")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
        assertThat(find("فقط")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
        assertThat(find("ملك")).endsWith(at(2, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
        assertThat(find("جميل")).endsWith(at(3, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
    }

    @Test
    void beforeMedialBehBeforeRehOrYeh() {
        assertThat(find("عبر")).containsExactly(at(1, BEFORE_MEDIAL_BEH_BEFORE_REH_OR_YEH), at(2, BEFORE_OTHER_FINAL));
        assertThat(find("نبي")).as("the final yeh itself takes none")
                .containsExactly(at(1, BEFORE_MEDIAL_BEH_BEFORE_REH_OR_YEH));
        assertThat(find("كبير")).as("a beh before a medial yeh is an ordinary join")
                .startsWith(at(1, BETWEEN_LETTERS));
    }

    @Test
    void beforeFinalWawAinQafFeh() {
        assertThat(find("نحو")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_FINAL_WAW_AIN_QAF_FEH));
        assertThat(find("جمع")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_FINAL_WAW_AIN_QAF_FEH));
        assertThat(find("حق")).containsExactly(at(1, BEFORE_FINAL_WAW_AIN_QAF_FEH));
        assertThat(find("ضعف")).endsWith(at(2, BEFORE_FINAL_WAW_AIN_QAF_FEH));
    }

    @Test
    void beforeOtherFinal() {
        assertThat(find("قمر")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_OTHER_FINAL));
        assertThat(find("علم")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_OTHER_FINAL));
    }

    @Test
    void betweenLetters() {
        assertThat(find("مجلس")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BETWEEN_LETTERS), at(3, BEFORE_OTHER_FINAL));
    }

    @Test
    void neverInLatinDigitsOrPunctuation() {
        assertThat(find("Malmö")).isEmpty();
        assertThat(find("2019")).isEmpty();
        assertThat(find("«»،")).isEmpty();
        assertThat(find("١٩٩٠")).as("Arabic-Indic digits do not join").isEmpty();
        assertThat(find("بA")).as("an Arabic letter does not join a Latin one").isEmpty();
    }

    @Test
    void neverAfterALetterThatDoesNotJoinLeft() {
        assertThat(find("دار")).isEmpty();
        assertThat(find("وزراء")).isEmpty();
        assertThat(find("الدار")).as("only the lam joins the dal").containsExactly(at(2, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
    }

    @Test
    void neverAcrossAZeroWidthNonJoiner() {
        assertThat(find("ب\u200Cب")).isEmpty();
        assertThat(find("ب\u200Dب")).as("nor next to a joiner, which is not Arabic").isEmpty();
    }

    @Test
    void neverBetweenLamAndAlef() {
        assertThat(find("لا")).isEmpty();
        assertThat(find("لَا")).as("a haraka between them does not part them").isEmpty();
        assertThat(find("الإسلام")).containsExactly(at(4, AFTER_SEEN_OR_SAD));
    }

    @Test
    void neverInsideAFontLigature() {
        // a font that draws lam-hah of "لحم" as one glyph (glyph 0 for chars 0-1, glyph 1 for the meem)
        GlyphClusters ligature = GlyphClusters.of("لحم", new int[] {2, 0}, new float[] {500, 700});
        assertThat(KashidaAnalysis.find("لحم", ligature)).containsExactly(at(2, BEFORE_OTHER_FINAL));
        assertThat(KashidaAnalysis.find("لحم")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_OTHER_FINAL));
    }

    @Test
    void neverInsideALigatureDrawnAsAWideLetterAndAnEmptyOne() {
        // the way Noto Naskh draws lam-alef: a wide lam that carries the whole ligature, then an empty glyph
        GlyphClusters wideAndEmpty = GlyphClusters.of("يلم", new int[] {2, 1, 0}, new float[] {0, 900, 300});
        assertThat(KashidaAnalysis.find("يلم", wideAndEmpty)).containsExactly(at(1, BETWEEN_LETTERS));
    }

    @Test
    void neverInTheWordOfGod() {
        assertThat(find("الله")).isEmpty();
        assertThat(find("لله")).isEmpty();
        assertThat(find("بالله")).as("the beh before it may still be elongated")
                .containsExactly(at(1, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
        assertThat(find("عبدالله")).containsExactly(at(1, BETWEEN_LETTERS), at(2, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
        assertThat(find("اللّٰه")).as("with shadda and dagger alef").isEmpty();
        assertThat(find("ظلله")).as("lam-lam-heh after a joining letter is an ordinary word")
                .contains(at(3, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
    }

    @Test
    void neverBeforeAFinalYeh() {
        assertThat(find("في")).isEmpty();
        assertThat(find("على")).containsExactly(at(1, BETWEEN_LETTERS));
        assertThat(find("عيسى")).as("except after seen").endsWith(at(3, AFTER_SEEN_OR_SAD));
    }

    @Test
    void keepsHarakatOnTheirLetter() {
        String word = "مُحَمَّد"; // meem damma hah fatha meem shadda fatha dal
        assertThat(find(word)).containsExactly(at(2, BETWEEN_LETTERS), at(4, BETWEEN_LETTERS),
                at(7, BEFORE_FINAL_TEH_MARBUTA_HEH_DAL));
        assertThat(find("اجتماعاً")).as("the tanwin after the final alef is not a letter")
                .endsWith(at(6, BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF));
    }

    @Test
    void leavesATatweelThatCarriesAMarkAlone() {
        // رحمـٰن: the tatweel is a seat for a dagger alef, not an elongation
        assertThat(find("رحمـٰن")).containsExactly(at(2, BETWEEN_LETTERS));
    }

    @Test
    void rejectsClustersOfAnotherWord() {
        assertThatThrownBy(() -> KashidaAnalysis.find("سلام", GlyphClusters.separate(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 chars").hasMessageContaining("4");
    }

    @Test
    void copesWithEmptyAndUnpairedSurrogates() {
        assertThat(find("")).isEmpty();
        assertThat(find("\uD800ب\uDC00ب")).isEmpty();
    }
}
