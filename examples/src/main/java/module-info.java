/**
 * The {@code nashra} command line ({@link org.nashra.examples.Nashra}) and the cookbook of small
 * programs on the library ({@link org.nashra.examples.ParseToJson}). Runs on the class path (the
 * shaded {@code nashra.jar}) and on the module path:
 *
 * <pre>{@code
 * java --module-path LIBRARY_JARS --module org.nashra.examples/org.nashra.examples.Nashra parse text.txt
 * }</pre>
 */
module org.nashra.examples {
    requires org.nashra.json;
    requires org.nashra.parser;
    requires org.nashra.render.pdf;
    requires org.nashra.render.html;
    // an automatic module by its jar's Automatic-Module-Name: openhtmltopdf names no module
    requires org.nashra.render.htmlpdf;
    requires info.picocli;

    exports org.nashra.examples;
    // picocli fills the commands' option fields and reads their annotations by reflection
    opens org.nashra.examples.cli to info.picocli;
}
