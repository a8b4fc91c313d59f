/**
 * The OFL fonts nashra draws with, bundled as resources, and a small registry
 * of them ({@link org.nashra.fonts.NashraFonts}).
 *
 * <p>The package is open so that other modules may also read the font files
 * and their licences ({@code OFL-Amiri.txt}, {@code OFL-Noto.txt}) by resource
 * name; the usual way is {@link org.nashra.fonts.FontSource#openStream()}.
 */
module org.nashra.fonts {
    exports org.nashra.fonts;
    opens org.nashra.fonts;
}
