/**
 * Prints a {@link org.nashra.model.Bulletin} as semantic right-to-left HTML5, and
 * HTML to PDF through openhtmltopdf. The renderer itself arrives with its own
 * issue; this module fixes the name and the dependency direction now.
 */
module org.nashra.render.html {
    requires transitive org.nashra.model;
}
