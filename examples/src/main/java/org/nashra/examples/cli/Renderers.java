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
     * line; none is here yet, as render-pdf and render-html have no renderer to offer so far.
     */
    static Renderers builtIn() {
        return new Renderers(Map.of());
    }

    Optional<Renderer> find(Target target) {
        return Optional.ofNullable(byTarget.get(target));
    }
}
