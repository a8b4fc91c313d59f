package org.nashra.examples.cli;

import java.util.Map;
import java.util.Optional;

/** The renderers this build has, by {@link Target}. Immutable. */
final class Renderers {
    private final Map<Target, Renderer> byTarget;

    Renderers(Map<Target, Renderer> byTarget) {
        this.byTarget = Map.copyOf(byTarget);
    }

    /**
     * The renderers of the library. This is the one place a renderer module plugs into the command
     * line: render-pdf draws {@link Target#PDF_DIRECT}, render-html writes {@link Target#HTML} and
     * prints {@link Target#PDF_THROUGH_HTML}.
     */
    static Renderers builtIn() {
        return new Renderers(Map.of(Target.PDF_DIRECT, new DirectPdf(), Target.HTML, new HtmlPage(),
                Target.PDF_THROUGH_HTML, new HtmlPdf()));
    }

    Optional<Renderer> find(Target target) {
        return Optional.ofNullable(byTarget.get(target));
    }
}
