package org.nashra.document.internal;

import org.nashra.document.Numerals;
import org.nashra.document.Run;
import org.nashra.document.Text;
import org.nashra.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles a {@link Text}: every piece is cut into Latin and non-Latin runs (a
 * Latin run gets {@code lang="en"}), digits outside Latin runs are converted as the
 * options say, and neighbouring runs of the same kind and span are merged.
 *
 * <pre>{@code
 * Text t = new TextBuilder(Numerals.AS_WRITTEN).text("الرفيق ").name("Olof Palme", span).build();
 * // runs: "الرفيق " TEXT; "Olof Palme" NAME lang en
 * }</pre>
 */
final class TextBuilder {
    /** A Latin word and what may continue it (Latin words, digits, marks, inner punctuation). */
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{Nd}\\p{M} .,'’&/+_-]*");

    private final Numerals numerals;
    private final List<Run> runs = new ArrayList<>();

    TextBuilder(Numerals numerals) {
        this.numerals = numerals;
    }

    /** Composed words or prose, with the span it was cut from (or null). */
    TextBuilder text(String s, Span span) {
        return add(s, Run.Kind.TEXT, null, span);
    }

    /** Composed words. */
    TextBuilder text(String s) {
        return text(s, null);
    }

    TextBuilder name(String s, Span span) {
        return add(s, Run.Kind.NAME, null, span);
    }

    TextBuilder number(String s, Span span) {
        return add(s, Run.Kind.NUMBER, null, span);
    }

    TextBuilder date(String s, String iso, Span span) {
        return add(s, Run.Kind.DATE, Objects.requireNonNull(iso), span);
    }

    TextBuilder time(String s, String iso, Span span) {
        return add(s, Run.Kind.TIME, Objects.requireNonNull(iso), span);
    }

    /** Appends the runs of another text as they are. */
    TextBuilder append(Text t) {
        t.runs().forEach(this::push);
        return this;
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    Text build() {
        return new Text(runs);
    }

    private TextBuilder add(String s, Run.Kind kind, String datetime, Span span) {
        Matcher m = LATIN.matcher(s);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && !Character.isLetterOrDigit(s.charAt(end - 1))) {
                end--;
            }
            piece(s.substring(at, m.start()), kind, null, datetime, span);
            piece(s.substring(m.start(), end), kind, "en", datetime, span);
            at = end;
        }
        piece(s.substring(at), kind, null, datetime, span);
        return this;
    }

    private void piece(String s, Run.Kind kind, String lang, String datetime, Span span) {
        if (!s.isEmpty()) {
            push(new Run(lang == null ? Composer.digits(s, numerals) : s, kind, lang, datetime, span));
        }
    }

    private void push(Run r) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.kind() == r.kind() && Objects.equals(last.lang(), r.lang())
                    && Objects.equals(last.datetime(), r.datetime()) && Objects.equals(last.span(), r.span())) {
                runs.set(runs.size() - 1, new Run(last.text() + r.text(), r.kind(), r.lang(), r.datetime(), r.span()));
                return;
            }
        }
        runs.add(r);
    }
}
