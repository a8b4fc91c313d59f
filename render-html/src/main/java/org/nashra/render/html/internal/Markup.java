package org.nashra.render.html.internal;

import org.owasp.encoder.Encode;

/**
 * HTML written element by element, every piece of text through the OWASP encoder for
 * its context and every attribute value quoted. Bidi embedding, override and isolate
 * controls in text are dropped ({@link BidiControls}), so no text can reorder what
 * follows its element.
 *
 * <pre>{@code
 * Markup m = new Markup();
 * m.open("p", "class", "note").text("<b> & \u202Eco").close("p");
 * m.toString();   // <p class="note">&lt;b&gt; &amp; co</p>
 * }</pre>
 */
final class Markup {
    private final StringBuilder out = new StringBuilder(1 << 14);
    private final boolean xml;

    /** Markup for an HTML5 page. */
    Markup() {
        this(false);
    }

    /** @param xml true for well-formed XML (an element without content ends in {@code />}) */
    Markup(boolean xml) {
        this.xml = xml;
    }

    /**
     * A start tag, or a whole void element such as {@code <meta charset="utf-8">}.
     *
     * @param attributes name, value, name, value…; a null value leaves its attribute out
     */
    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** An element that has no content, such as {@code <img>}: a void element in HTML, {@code <img/>} in XML. */
    Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(xml ? "/>" : ">");
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Text content, encoded for HTML. */
    Markup text(String text) {
        out.append(Encode.forHtmlContent(BidiControls.strip(text)));
        return this;
    }

    /** Markup made elsewhere of encoded parts, or a fixed string of this package. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name–value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value != null) {
                out.append(' ').append(attributes[i]).append("=\"")
                        .append(Encode.forHtmlAttribute(BidiControls.strip(value))).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
