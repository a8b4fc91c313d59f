package org.nashra.render.pdf.internal.justify;

/**
 * Why a join may take a kashida, strongest first: the order of the constants is the order in which
 * a justifier should elongate. The scheme is the one Microsoft published for Arabic newspaper
 * typesetting (Khatt Foundation, "The big kashida secret"), as LibreOffice and others apply it, with
 * two additions: a last rank for any other join between letters, and no kashida before a final yeh
 * except after seen or sad (the yeh's tail would be pushed away from the letter it sweeps under).
 *
 * <pre>{@code
 * KashidaRule best = KashidaAnalysis.find("مجلس").get(0).rule();
 * best.isStrongerThan(KashidaRule.BETWEEN_LETTERS); // true
 * }</pre>
 */
public enum KashidaRule {
    /** Next to a tatweel the author typed: elongate where the author already did. */
    AFTER_USER_KASHIDA,
    /** After an initial or medial seen, sheen, sad or dad ({@code سـلام}, {@code مصـر}). */
    AFTER_SEEN_OR_SAD,
    /** Before a final teh marbuta, heh, dal or thal ({@code تحيـة}, {@code محمـد}). */
    BEFORE_FINAL_TEH_MARBUTA_HEH_DAL,
    /** Before a final alef, tah, lam, kaf or gaf ({@code كتـاب}, {@code شمـال}). */
    BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF,
    /** Before a medial beh-like letter that precedes a final reh or yeh ({@code عـبر}, {@code نـبي}). */
    BEFORE_MEDIAL_BEH_BEFORE_REH_OR_YEH,
    /** Before a final waw, ain, qaf or feh ({@code نحـو}, {@code جمـع}). */
    BEFORE_FINAL_WAW_AIN_QAF_FEH,
    /** Before any other final letter that joins ({@code قمـر}, {@code علـم}). */
    BEFORE_OTHER_FINAL,
    /** Any other join between two letters; the last resort ({@code مـجلس}). */
    BETWEEN_LETTERS;

    /** True when this rule elongates before {@code other}. */
    public boolean isStrongerThan(KashidaRule other) {
        return ordinal() < other.ordinal();
    }
}
