/**
 * The bulletin domain model: what the parser reads out of a text and what the
 * renderers print. Immutable records and enums, no dependencies.
 *
 * <p>The JSON form of these types is fixed by {@code docs/MODEL.md} and
 * implemented by the {@code org.nashra.json} module.
 */
module org.nashra.model {
    exports org.nashra.model;
}
