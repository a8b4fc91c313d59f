package org.nashra.fonts;

import java.util.List;

/**
 * The fonts bundled with nashra, all under the SIL Open Font License 1.1
 * (the licence texts are the resources {@code OFL-Amiri.txt} and
 * {@code OFL-Noto.txt} next to the fonts).
 *
 * <pre>{@code
 * FontSource body = NashraFonts.AMIRI.regular();
 * try (InputStream in = body.openStream()) { ... }
 * }</pre>
 *
 * <ul>
 *   <li>{@link #AMIRI} (Amiri 0.113, Khaled Hosny): classical Naskh with Latin
 *       and digits, many ligatures; the default body family.</li>
 *   <li>{@link #NOTO_NASKH_ARABIC} (Noto Naskh Arabic 2.004): a plainer Naskh;
 *       it has no Latin letters, so pair it with {@link #NOTO_SANS}.</li>
 *   <li>{@link #NOTO_SANS} (Noto Sans 2.004): Latin, Greek, Cyrillic.</li>
 *   <li>{@link #NOTO_KUFI_ARABIC} (Noto Kufi Arabic 2.102): for headings.</li>
 * </ul>
 *
 * <p>Only these upright faces are bundled: no italic or slanted styles.
 */
public final class NashraFonts {

    /** Amiri Regular and Bold. */
    public static final FontFamily AMIRI = family("Amiri", "Amiri");
    /** Noto Naskh Arabic Regular and Bold. */
    public static final FontFamily NOTO_NASKH_ARABIC = family("Noto Naskh Arabic", "NotoNaskhArabic");
    /** Noto Sans Regular and Bold. */
    public static final FontFamily NOTO_SANS = family("Noto Sans", "NotoSans");
    /** Noto Kufi Arabic Regular and Bold. */
    public static final FontFamily NOTO_KUFI_ARABIC = family("Noto Kufi Arabic", "NotoKufiArabic");

    private NashraFonts() {
    }

    /**
     * Every bundled family, in the order listed above.
     *
     * @return the families
     */
    public static List<FontFamily> all() {
        return List.of(AMIRI, NOTO_NASKH_ARABIC, NOTO_SANS, NOTO_KUFI_ARABIC);
    }

    private static FontFamily family(String name, String filePrefix) {
        return new FontFamily(name, FontSource.bundled(filePrefix + "-Regular.ttf"),
                FontSource.bundled(filePrefix + "-Bold.ttf"));
    }
}
