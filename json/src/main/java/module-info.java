/**
 * The {@code nashra/1} JSON form of the bulletin model ({@code shared/spec/MODEL.md}), on Jackson.
 * The one entry point is {@link org.nashra.json.BulletinJson}.
 *
 * <pre>{@code
 * Bulletin b = BulletinJson.read(Path.of("seed-meeting.expected.json").toUri().toURL().openStream());
 * String json = BulletinJson.toString(b);
 * }</pre>
 */
module org.nashra.json {
    requires transitive org.nashra.model;
    requires com.fasterxml.jackson.databind;
    exports org.nashra.json;
}
