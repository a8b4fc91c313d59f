package org.nashra.render.html.internal;

import org.nashra.document.Block;
import org.nashra.document.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a block shows, in reading order.
 *
 * <pre>{@code
 * for (Text t : Blocks.texts(block)) { ... t.runs() ... }
 * }</pre>
 */
final class Blocks {
    private Blocks() {
    }

    static List<Text> texts(Block block) {
        List<Text> texts = new ArrayList<>();
        if (block instanceof Block.Heading h) {
            texts.add(h.text());
        } else if (block instanceof Block.Paragraph p) {
            texts.add(p.text());
        } else if (block instanceof Block.FactList f) {
            f.facts().forEach(fact -> texts.add(fact.value()));
        } else if (block instanceof Block.Table t) {
            t.rows().forEach(r -> texts.addAll(r.cells()));
        } else if (block instanceof Block.NumberedList n) {
            n.items().forEach(i -> texts.add(i.text()));
        } else if (block instanceof Block.ItemList l) {
            l.items().forEach(i -> texts.add(i.text()));
        }
        return texts;
    }
}
