package org.nashra.render.pdf.internal.font;

import org.nashra.render.pdf.MissingGlyphException;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Itemisation: splits a paragraph into runs of one face, trying the faces in
 * order for each character.
 *
 * <p>Rules, per code point:
 * <ol>
 *   <li>a combining mark or a default-ignorable character (ZWJ, ZWNJ,
 *       variation selectors, bidi controls) stays with the face of the
 *       character before it, so harakat are positioned by their letter's font
 *       and joiners reach the shaper together with the letters they join;</li>
 *   <li>a character of the Common or Inherited script (spaces, punctuation,
 *       digits) takes the face of the next letter after it if that face has it
 *       (the digits of {@code 20 – 21 تشرين} in a heading stay in the heading
 *       font, though the dash between them comes from a fallback), else the
 *       face before it if that one has it (a comma does not switch fonts in
 *       mid-sentence), else the chain's face for such characters if it has one
 *       and the first face lacks the character;</li>
 *   <li>otherwise the first face of the chain that has a glyph for it.</li>
 * </ol>
 *
 * <p>A character no face has, and an unpaired surrogate, is never left for the
 * shaper to draw as glyph 0 (the "tofu" box, and in a PDF a code that copies as
 * nothing): by {@link Missing#FAIL} it raises a {@link MissingGlyphException}
 * naming the character and its offset; by {@link Missing#REPLACE} it becomes a
 * run of its own drawn as U+FFFD (or "?" if no face has U+FFFD) and the
 * warning goes to the caller's sink. Control characters count as missing.
 *
 * <pre>{@code
 * FontChain chain = new FontChain(List.of(notoNaskh, notoSans));
 * List<FontRun> runs = chain.itemise("في (Malmö)", FontChain.Missing.FAIL, warnings::add);
 * }</pre>
 */
public final class FontChain {

    /** What to do with a character no face has. */
    public enum Missing { FAIL, REPLACE }

    /** Where each face comes from: a fallback face is loaded the first time a character needs it. */
    private final List<Supplier<FontFace>> sources;
    private final AtomicReferenceArray<FontFace> faces;
    /** Tried for punctuation and spaces the first face lacks before the other faces; null if none. */
    private final FontFace common;

    /** @param faces tried in order; at least one */
    public FontChain(List<FontFace> faces) {
        this(faces, null);
    }

    /**
     * A chain whose punctuation, spaces and digits missing from the first face come from {@code common}
     * when it has them, before the other faces are tried: a face the document embeds anyway (the body's),
     * so that a title's colon does not embed a font of its own for one or two glyphs.
     *
     * @param faces  tried in order; at least one
     * @param common the face for Common-script characters the first face lacks; null for none
     */
    public FontChain(List<FontFace> faces, FontFace common) {
        this(common, faces.stream().<Supplier<FontFace>>map(face -> () -> face).toList());
    }

    private FontChain(FontFace common, List<Supplier<FontFace>> sources) {
        this.sources = List.copyOf(sources);
        if (this.sources.isEmpty()) {
            throw new IllegalArgumentException("a font chain needs at least one face");
        }
        this.faces = new AtomicReferenceArray<>(this.sources.size());
        this.common = common;
    }

    /**
     * A chain whose faces are loaded when first needed: a text that never leaves its first face never
     * loads the fallbacks (loading every face of the chains was a fifth of a one-text run's rendering).
     * {@code sources} may be called from several threads; a face it returns is kept.
     */
    public static FontChain onDemand(List<Supplier<FontFace>> sources, FontFace common) {
        return new FontChain(common, sources);
    }

    /** The first face, the one the chain is named after. */
    public FontFace primary() {
        return face(0);
    }

    private FontFace face(int i) {
        FontFace face = faces.get(i);
        if (face == null) {
            face = sources.get(i).get();
            faces.compareAndSet(i, null, face);
            face = faces.get(i);
        }
        return face;
    }

    /**
     * Splits {@code text} into face runs covering it entirely, in logical order.
     *
     * @param warnings receives one message per replaced character (REPLACE only)
     * @throws MissingGlyphException for a character no face has (FAIL only)
     */
    public List<FontRun> itemise(String text, Missing missing, Consumer<String> warnings) {
        Objects.requireNonNull(text, "text");
        List<FontRun> runs = new ArrayList<>();
        FontFace[] nextLetterFace = nextLetterFaces(text);
        FontFace current = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            FontFace face = choose(cp, current, nextLetterFace[next]);
            if (face == null) {
                if (missing == Missing.FAIL) {
                    throw new MissingGlyphException(cp, i, names());
                }
                if (current != null) {
                    runs.add(new FontRun(runStart, i, current, null));
                }
                runs.add(replacement(cp, i, next, warnings));
                current = null;
                runStart = next;
            } else if (face != current) {
                if (current != null) {
                    runs.add(new FontRun(runStart, i, current, null));
                }
                current = face;
                runStart = i;
            }
            i = next;
        }
        if (current != null) {
            runs.add(new FontRun(runStart, text.length(), current, null));
        }
        return runs;
    }

    /** For each offset, the face of the first letter (a character with a script of its own) at or after it; null if none. */
    private FontFace[] nextLetterFaces(String text) {
        FontFace[] result = new FontFace[text.length() + 1];
        FontFace next = null;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c) && !isCommon(c) && !isAttached(c)) {
                next = firstCovering(c);
            } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                int cp = text.codePointAt(i - 1);
                if (!isCommon(cp) && !isAttached(cp)) {
                    next = firstCovering(cp);
                }
            }
            result[i] = next;
        }
        return result;
    }

    private FontFace firstCovering(int cp) {
        for (int i = 0; i < sources.size(); i++) {
            FontFace face = face(i);
            if (face.covers(cp)) {
                return face;
            }
        }
        return null;
    }

    private FontFace choose(int cp, FontFace previous, FontFace nextLetter) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF || isControl(cp)) {
            return null;
        }
        if (isAttached(cp)) {
            if (previous != null) {
                return previous;
            }
            if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                return face(0);
            }
        }
        if (isCommon(cp)) {
            if (nextLetter != null && nextLetter.covers(cp)) {
                return nextLetter;
            }
            if (previous != null && previous.covers(cp)) {
                return previous;
            }
            if (common != null && !face(0).covers(cp) && common.covers(cp)) {
                return common;
            }
        }
        return firstCovering(cp);
    }

    private FontRun replacement(int cp, int start, int end, Consumer<String> warnings) {
        for (String stand : new String[] {"\uFFFD", "?"}) {
            for (int i = 0; i < sources.size(); i++) {
                FontFace face = face(i);
                if (face.covers(stand.codePointAt(0))) {
                    warnings.accept(String.format("no font has a glyph for U+%04X %s at offset %d; drawn as %s",
                            cp, MissingGlyphException.describe(cp), start, stand));
                    return new FontRun(start, end, face, stand);
                }
            }
        }
        throw new MissingGlyphException(cp, start, names() + "; none has U+FFFD or '?' to stand for it");
    }

    private static boolean isAttached(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static boolean isCommon(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.COMMON || script == UScript.INHERITED;
    }

    private static boolean isControl(int cp) {
        return UCharacter.getType(cp) == UCharacterCategory.CONTROL;
    }

    private String names() {
        return java.util.stream.IntStream.range(0, sources.size()).mapToObj(i -> face(i).name())
                .collect(Collectors.joining(", "));
    }
}
