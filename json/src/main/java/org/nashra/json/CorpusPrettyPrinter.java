package org.nashra.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of the corpus files: two-space indent, {@code "name": value}, lists of objects one
 * item per line, lists of plain values on one line ({@code "span": [13, 36]}), {@code []} for an
 * empty list. It is the layout of Python's {@code json.dumps(indent=2)} except for the one-line
 * lists, so the files a person edits and the files the library writes compare line by line.
 *
 * <p>Jackson does not tell a printer what the next value is, so an array is held open until its
 * first value shows itself: an object or array starts a multi-line list, anything else a one-line
 * list. The model's lists are homogeneous, which makes the first item decide for all. One
 * instance per generator.
 */
final class CorpusPrettyPrinter implements PrettyPrinter {
    private enum Container { OBJECT, ARRAY_OPEN, ARRAY_LINES, ARRAY_INLINE }

    private final Deque<Container> open = new ArrayDeque<>();
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        beforeContainer(g);
        open.push(Container.OBJECT);
        depth++;
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        open.pop();
        depth--;
        if (nrOfEntries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        beforeContainer(g);
        open.push(Container.ARRAY_OPEN);
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        // the first value decides the layout: see writeStartObject, writeStartArray
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (open.peek() == Container.ARRAY_LINES) {
            newLine(g);
        } else {
            open.pop();
            open.push(Container.ARRAY_INLINE);
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (open.pop() == Container.ARRAY_LINES) {
            depth--;
            newLine(g);
        }
        g.writeRaw(']');
    }

    /** An object or array as the first value of an array puts that array's items on lines of their own. */
    private void beforeContainer(JsonGenerator g) throws IOException {
        if (open.peek() == Container.ARRAY_OPEN) {
            open.pop();
            open.push(Container.ARRAY_LINES);
            depth++;
            newLine(g);
        }
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }
}
