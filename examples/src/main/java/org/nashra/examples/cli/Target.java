package org.nashra.examples.cli;

/** A kind of file {@code render} makes, with the engine that makes it. */
enum Target {
    /** PDF drawn directly on PDFBox ({@code --engine direct}). */
    PDF_DIRECT("pdf", "PDF rendering"),
    /** PDF printed from the HTML bulletin through openhtmltopdf ({@code --engine html}). */
    PDF_THROUGH_HTML("pdf", "PDF rendering through HTML"),
    /** The HTML bulletin. */
    HTML("html", "HTML rendering");

    private final String extension;
    private final String description;

    Target(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The file name extension, without the dot. */
    String extension() {
        return extension;
    }

    /** What the target does, for messages: {@code PDF rendering}. */
    String description() {
        return description;
    }
}
