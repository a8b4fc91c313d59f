/**
 * The {@code nashra/1} JSON form of the bulletin model ({@code docs/MODEL.md}), on Jackson.
 * The one entry point is {@link org.nashra.json.BulletinJson}.
 *
 * <pre>{@code
 * Bulletin b;
 * try (InputStream in = Files.newInputStream(Path.of("seed-meeting.expected.json"))) {
 *     b = BulletinJson.read(in);
 * }
 * String line = BulletinJson.toString(b, BulletinJson.Layout.COMPACT);
 * }</pre>
 */
module org.nashra.json {
    requires transitive org.nashra.model;
    requires com.fasterxml.jackson.databind;
    exports org.nashra.json;
}
