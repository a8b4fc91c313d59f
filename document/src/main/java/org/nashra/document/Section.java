package org.nashra.document;

import java.util.List;
import java.util.Objects;

/**
 * A part of the document with its blocks. Only parts with content become sections.
 *
 * <pre>{@code
 * Section s = document.section(Part.RESOLUTIONS).orElseThrow();
 * s.heading();   // "القرارات والمواقف"
 * }</pre>
 *
 * @param part    which part this is
 * @param heading the section heading as printed, or null for the masthead, headline and facts panel
 * @param blocks  the content; never empty
 */
public record Section(Part part, String heading, List<Block> blocks) {
    /**
     * Copies the blocks.
     *
     * @param part    which part this is
     * @param heading the section heading as printed, or null for the masthead, headline and facts panel
     * @param blocks  the content; never empty
     * @throws IllegalArgumentException if there are none
     */
    public Section {
        Objects.requireNonNull(part, "part");
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("section " + part + " has no blocks");
        }
    }
}
