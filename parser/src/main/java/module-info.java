/**
 * Reads Arabic organisational news texts into a {@link org.nashra.model.Bulletin}.
 * The one entry point is {@link org.nashra.parser.BulletinParser}.
 */
module org.nashra.parser {
    requires transitive org.nashra.model;
    requires com.ibm.icu;

    exports org.nashra.parser;
}
