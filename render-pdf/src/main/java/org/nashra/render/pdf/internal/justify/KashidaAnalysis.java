package org.nashra.render.pdf.internal.justify;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.JoiningGroup;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where a word may be elongated with kashidas, and how strongly (see {@link KashidaRule}).
 * Works on the logical text of one word and, when the word has been shaped, on the font's glyph
 * clusters.
 *
 * <p>A kashida only ever goes at a join between two Arabic letters that the font connects: never in
 * Latin or any other script, never after a letter that does not join to the left (alef, dal, reh,
 * waw, hamza, or a ZWNJ), never between lam and alef nor between two letters the font draws as one
 * glyph, never inside the word of God ({@code الله}), never before a final yeh (except after seen or
 * sad), and always after the harakat of the
 * letter before the join, so marks stay on their letter. A tatweel the author typed is kept and
 * offered first; one that carries a mark (a seat for a dagger alef, say) is left alone.
 *
 * <pre>{@code
 * List<KashidaOpportunity> places = KashidaAnalysis.find("مجلس");
 * // [offset 1 BETWEEN_LETTERS, offset 2 BETWEEN_LETTERS, offset 3 BEFORE_OTHER_FINAL]
 * }</pre>
 *
 * <p>Limits: the rules are those of newspaper naskh; nastaliq and kufic styles would want their own.
 * The analysis does not know the font's stylistic compositions (Amiri's stacked {@code مح}), which a
 * kashida undoes; a justifier measures the reshaped word to see what an elongation really costs.
 */
public final class KashidaAnalysis {
    static final char TATWEEL = '\u0640';

    private KashidaAnalysis() {
    }

    /** The opportunities of an unshaped word, in logical order. */
    public static List<KashidaOpportunity> find(CharSequence word) {
        return find(word, GlyphClusters.separate(word.length()));
    }

    /**
     * The opportunities of a shaped word, in logical order.
     *
     * @param word     the word's logical text
     * @param clusters how the font drew it; must describe {@code word.length()} chars
     */
    public static List<KashidaOpportunity> find(CharSequence word, GlyphClusters clusters) {
        if (clusters.length() != word.length()) {
            throw new IllegalArgumentException("glyph clusters describe " + clusters.length()
                    + " chars but the word has " + word.length());
        }
        int[] letters = letterOffsets(word);
        boolean[] inAllah = wordOfGod(word, letters);
        List<KashidaOpportunity> found = new ArrayList<>();
        for (int k = 0; k < letters.length; k++) {
            int at = letters[k];
            int cp = Character.codePointAt(word, at);
            if (cp == TATWEEL) {
                int after = at + 1;
                boolean bare = after == word.length() || (k + 1 < letters.length && letters[k + 1] == after);
                if (bare) {
                    found.add(new KashidaOpportunity(after, KashidaRule.AFTER_USER_KASHIDA));
                }
                continue;
            }
            if (k == 0 || inAllah[k]) {
                continue;
            }
            int before = Character.codePointAt(word, letters[k - 1]);
            if (before == TATWEEL || !joins(before, cp) || isLamAlef(before, cp) || clusters.together(letters[k - 1], at)) {
                continue;
            }
            KashidaRule rule = classify(before, cp, codePointOrNone(word, letters, k + 1), codePointOrNone(word, letters, k + 2));
            if (rule != null) {
                found.add(new KashidaOpportunity(at, rule));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Per letter, true if it is the second lam or the heh of the word of God ({@code الله}, {@code لله},
     * {@code بالله}…): lam, lam and a final heh, the first lam not joined to a letter before it. Fonts
     * draw it as one figure (a ligature, or Amiri's own composition) that is never elongated.
     */
    private static boolean[] wordOfGod(CharSequence word, int[] letters) {
        boolean[] result = new boolean[letters.length];
        for (int k = 0; k + 2 < letters.length; k++) {
            int lam = Character.codePointAt(word, letters[k]);
            int heh = Character.codePointAt(word, letters[k + 2]);
            boolean initial = k == 0 || !joins(Character.codePointAt(word, letters[k - 1]), lam);
            boolean isFinal = !joinsToNext(heh, codePointOrNone(word, letters, k + 3));
            if (initial && isFinal && joiningGroup(lam) == JoiningGroup.LAM
                    && joiningGroup(Character.codePointAt(word, letters[k + 1])) == JoiningGroup.LAM
                    && heh == '\u0647') {
                result[k + 1] = true;
                result[k + 2] = true;
            }
        }
        return result;
    }

    /** Offsets of the code points that are not transparent (harakat and other marks are skipped). */
    private static int[] letterOffsets(CharSequence word) {
        int[] offsets = new int[word.length()];
        int n = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            if (!GlyphClusters.isTransparent(cp)) {
                offsets[n++] = i;
            }
            i += Character.charCount(cp);
        }
        return Arrays.copyOf(offsets, n);
    }

    private static int codePointOrNone(CharSequence word, int[] letters, int k) {
        return k < letters.length ? Character.codePointAt(word, letters[k]) : -1;
    }

    /**
     * The rule for the join between {@code before} and {@code letter}, or null where none applies;
     * {@code next} and {@code afterNext} are the letters that follow, -1 past the end of the word.
     */
    private static KashidaRule classify(int before, int letter, int next, int afterNext) {
        int group = joiningGroup(letter);
        boolean isFinal = !joinsToNext(letter, next);
        if (isSeenOrSad(joiningGroup(before))) {
            return KashidaRule.AFTER_SEEN_OR_SAD;
        }
        if (isFinal && isYeh(group)) {
            return null;
        }
        if (isFinal && (group == JoiningGroup.TEH_MARBUTA || group == JoiningGroup.TEH_MARBUTA_GOAL
                || group == JoiningGroup.HEH || group == JoiningGroup.HEH_GOAL || group == JoiningGroup.DAL)) {
            return KashidaRule.BEFORE_FINAL_TEH_MARBUTA_HEH_DAL;
        }
        if (isFinal && (group == JoiningGroup.ALEF || group == JoiningGroup.TAH || group == JoiningGroup.LAM
                || group == JoiningGroup.KAF || group == JoiningGroup.GAF)) {
            return KashidaRule.BEFORE_FINAL_ALEF_TAH_LAM_KAF_GAF;
        }
        if (!isFinal && isBehLike(group) && !joinsToNext(next, afterNext)
                && (joiningGroup(next) == JoiningGroup.REH || isYeh(joiningGroup(next)))) {
            return KashidaRule.BEFORE_MEDIAL_BEH_BEFORE_REH_OR_YEH;
        }
        if (isFinal && (group == JoiningGroup.WAW || group == JoiningGroup.AIN || group == JoiningGroup.QAF
                || group == JoiningGroup.AFRICAN_QAF || group == JoiningGroup.FEH || group == JoiningGroup.AFRICAN_FEH)) {
            return KashidaRule.BEFORE_FINAL_WAW_AIN_QAF_FEH;
        }
        return isFinal ? KashidaRule.BEFORE_OTHER_FINAL : KashidaRule.BETWEEN_LETTERS;
    }

    /** True when two adjacent Arabic letters are cursively connected. */
    private static boolean joins(int before, int letter) {
        return UScript.hasScript(before, UScript.ARABIC) && UScript.hasScript(letter, UScript.ARABIC)
                && joinsLeft(before) && joinsRight(letter);
    }

    /** True when {@code letter} connects to {@code next}; {@code next} -1 means the word ends. */
    private static boolean joinsToNext(int letter, int next) {
        if (!joinsLeft(letter)) {
            return false;
        }
        return next >= 0 && joinsRight(next);
    }

    private static boolean joinsLeft(int cp) {
        int type = joiningType(cp);
        return type == JoiningType.DUAL_JOINING || type == JoiningType.LEFT_JOINING || type == JoiningType.JOIN_CAUSING;
    }

    private static boolean joinsRight(int cp) {
        int type = joiningType(cp);
        return type == JoiningType.DUAL_JOINING || type == JoiningType.RIGHT_JOINING || type == JoiningType.JOIN_CAUSING;
    }

    private static boolean isLamAlef(int before, int letter) {
        return joiningGroup(before) == JoiningGroup.LAM && joiningGroup(letter) == JoiningGroup.ALEF;
    }

    private static boolean isSeenOrSad(int group) {
        return group == JoiningGroup.SEEN || group == JoiningGroup.SAD;
    }

    private static boolean isBehLike(int group) {
        return group == JoiningGroup.BEH || group == JoiningGroup.NOON || group == JoiningGroup.AFRICAN_NOON
                || group == JoiningGroup.NYA || group == JoiningGroup.YEH || group == JoiningGroup.FARSI_YEH
                || group == JoiningGroup.BURUSHASKI_YEH_BARREE;
    }

    private static boolean isYeh(int group) {
        return group == JoiningGroup.YEH || group == JoiningGroup.FARSI_YEH || group == JoiningGroup.YEH_BARREE
                || group == JoiningGroup.BURUSHASKI_YEH_BARREE || group == JoiningGroup.YEH_WITH_TAIL;
    }

    private static int joiningType(int cp) {
        return cp < 0 ? JoiningType.NON_JOINING : UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }

    private static int joiningGroup(int cp) {
        return cp < 0 ? JoiningGroup.NO_JOINING_GROUP : UCharacter.getIntPropertyValue(cp, UProperty.JOINING_GROUP);
    }
}
