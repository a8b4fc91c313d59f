package org.nashra.document.internal;

import com.ibm.icu.util.ULocale;
import org.nashra.document.Block;
import org.nashra.document.BulletinDocument;
import org.nashra.document.DocumentOptions;
import org.nashra.document.Numerals;
import org.nashra.document.Part;
import org.nashra.document.Section;
import org.nashra.document.Text;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Bulletin;
import org.nashra.model.IsoDate;
import org.nashra.model.Commemoration;
import org.nashra.model.Delegation;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Resolution;
import org.nashra.model.Source;
import org.nashra.model.Span;
import org.nashra.model.Topic;
import org.nashra.model.When;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a bulletin into a {@link BulletinDocument}: one method per {@link Part},
 * each giving its section or nothing when the bulletin has no content for it.
 *
 * <pre>{@code
 * BulletinDocument doc = Composer.compose(bulletin, text, DocumentOptions.defaults());
 * }</pre>
 */
public final class Composer {
    private static final String DASH = "—";
    private static final String COMMA = "، ";
    private static final ULocale ARABIC = ULocale.forLanguageTag("ar");

    private final Bulletin bulletin;
    private final String sourceText;
    private final DocumentOptions options;
    private final Numerals digits;
    private final DateWriter dates;

    private Composer(Bulletin bulletin, String sourceText, DocumentOptions options) {
        this.bulletin = bulletin;
        this.sourceText = sourceText;
        this.options = options;
        this.digits = options.numerals() != Numerals.AS_WRITTEN ? options.numerals() : digitsOf(bulletin, sourceText);
        this.dates = new DateWriter(options.monthNames(), digits);
    }

    /** See {@link BulletinDocument#of(Bulletin, String, DocumentOptions)}. */
    public static BulletinDocument compose(Bulletin bulletin, String sourceText, DocumentOptions options) {
        if (sourceText != null && bulletin.source() != null) {
            checkSource(bulletin.source(), sourceText);
        }
        return new Composer(bulletin, sourceText, options).compose();
    }

    /** The digits of {@code s} (outside none: the caller cuts Latin runs out) in the given numerals. */
    public static String digits(String s, Numerals numerals) {
        if (numerals == Numerals.AS_WRITTEN) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int value = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (value >= 0) {
                c = (char) ((numerals == Numerals.LATIN ? '0' : '\u0660') + value);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** See {@link BulletinDocument#dates}. */
    public static String dates(IsoDate first, IsoDate last, DocumentOptions options) {
        Numerals digits = options.numerals() == Numerals.AS_WRITTEN ? Numerals.LATIN : options.numerals();
        DateWriter writer = new DateWriter(options.monthNames(), digits);
        return first.equals(last) ? writer.date(first) : writer.range(first, last);
    }

    /** {@code صفحة ١ من ٣} from numbers already written in the document's digits. */
    public static String pageLabel(String page, String pages) {
        return Labels.format("label.page", page, pages);
    }

    private BulletinDocument compose() {
        String title = headline().map(Text::plain).orElse(genre());
        if (!hasContent()) {
            return new BulletinDocument(title, digits, List.of());
        }
        List<Section> sections = new ArrayList<>();
        for (Part part : options.parts()) {
            section(part).ifPresent(sections::add);
        }
        return new BulletinDocument(title, digits, sections);
    }

    private boolean hasContent() {
        Bulletin b = bulletin;
        return b.title() != null || b.issuer() != null || b.dateline() != null || !b.meetings().isEmpty()
                || !b.greetings().isEmpty() || !b.resolutions().isEmpty() || !b.acknowledgements().isEmpty()
                || !b.elections().isEmpty() || !b.electionResults().isEmpty() || !b.commemorations().isEmpty()
                || (sourceText != null && !sourceText.isBlank());
    }

    private Optional<Section> section(Part part) {
        return switch (part) {
            case MASTHEAD -> masthead();
            // every document has a headline, the genre's name when nothing better is known
            case HEADLINE -> Optional.of(untitled(part, new Block.Heading(1, headline().orElse(Text.of(genre())))));
            case FACTS -> facts();
            case ATTENDEES -> perMeeting(part, m -> m.attendees().isEmpty() ? List.of()
                    : List.of(new Block.ItemList(m.attendees().stream()
                    .map(p -> new Block.Item("", party(text(), p).build(), p.span())).toList())));
            case DELEGATIONS -> perMeeting(part, m -> delegations(part, m.delegations()));
            case ABSENTEES -> perMeeting(part, m -> delegations(part, m.absentees()));
            case TOPICS -> perMeeting(part, m -> m.topics().isEmpty() ? List.of()
                    : List.of(new Block.ItemList(m.topics().stream().map(this::topic).toList())));
            case RESOLUTIONS -> resolutions();
            case GREETINGS_RECEIVED -> greetings(part, Greeting.Direction.RECEIVED);
            case GREETINGS_SENT -> greetings(part, Greeting.Direction.SENT);
            case ACKNOWLEDGEMENTS -> items(part, bulletin.acknowledgements(), this::acknowledgement);
            case ELECTIONS -> elections();
            case ELECTION_RESULTS -> electionResults();
            case COMMEMORATIONS -> items(part, bulletin.commemorations(), this::commemoration);
            case FULL_TEXT -> fullText();
        };
    }

    // ---- masthead, headline, facts

    private Optional<Section> masthead() {
        List<Block.Fact> facts = new ArrayList<>();
        if (bulletin.issuer() != null) {
            facts.add(new Block.Fact(Labels.get("label.issuer"), party(text(), bulletin.issuer()).build()));
        }
        if (headline().isPresent()) {
            facts.add(new Block.Fact(Labels.get("label.genre"), Text.of(genre())));
        }
        When d = bulletin.dateline();
        if (d != null) {
            TextBuilder t = text();
            if (d.place() != null) {
                place(t, d.place()).text(COMMA);
            }
            facts.add(new Block.Fact(Labels.get("label.dateline"), when(t, d).build()));
        }
        List<Block> blocks = new ArrayList<>();
        if (options.logo() != null) {
            blocks.add(new Block.Figure(options.logo()));
        }
        if (!facts.isEmpty()) {
            blocks.add(new Block.FactList(facts));
        }
        return blocks.isEmpty() ? Optional.empty() : Optional.of(new Section(Part.MASTHEAD, null, blocks));
    }

    private String genre() {
        return Labels.of("genre", bulletin.kind());
    }

    private Optional<Text> headline() {
        String title = options.title() != null ? options.title() : bulletin.title();
        if (title != null) {
            return Optional.of(text().text(title).build());
        }
        return mainMeeting().map(m -> {
            TextBuilder t = meetingName(m);
            Place where = m.where();
            if (where != null && (where.city() != null || where.text() != null)) {
                t.text(" " + Labels.get("headline.in") + " ").name(where.city() != null ? where.city() : where.text(),
                        where.span());
            }
            if (m.when() != null && m.when().start() != null) {
                date(t.text(COMMA), m.when());
            }
            return t.build();
        });
    }

    /** A meeting's name, or one composed: type, ordinal, session and organizer. */
    private TextBuilder meetingName(Meeting m) {
        TextBuilder t = text();
        if (m.name() != null) {
            return t.name(m.name(), m.span());
        }
        String type = "meeting." + m.type().name().toLowerCase(Locale.ROOT);
        boolean feminine = Labels.get(type + ".gender").equals("f");
        if (m.ordinal() == null && m.session() == null) {
            t.text(Labels.get(type));
            Party by = m.organizer() != null ? m.organizer() : m.convenedBy();
            return by == null ? t : party(t.text(" "), by);
        }
        t.text(Labels.get(type + ".def"));
        if (m.ordinal() != null) {
            t.text(" " + dates.ordinal(m.ordinal(), feminine));
        }
        if (m.session() != null) {
            t.text(" " + Labels.get("session." + m.session().name().toLowerCase(Locale.ROOT) + (feminine ? ".f" : ".m")));
        }
        Party by = m.organizer() != null ? m.organizer() : m.convenedBy();
        return by == null ? t : party(t.text(" – "), by);
    }

    private Optional<Meeting> mainMeeting() {
        return bulletin.meetings().stream().findFirst();
    }

    private Optional<Section> facts() {
        return mainMeeting().flatMap(m -> {
            List<Block.Fact> facts = new ArrayList<>();
            if (m.when() != null) {
                facts.add(new Block.Fact(Labels.get("label.when"), when(text(), m.when()).build()));
            }
            if (m.where() != null) {
                facts.add(new Block.Fact(Labels.get("label.where"), place(text(), m.where()).build()));
            }
            if (m.organizer() != null) {
                facts.add(new Block.Fact(Labels.get("label.organizer"), party(text(), m.organizer()).build()));
            }
            if (m.convenedBy() != null) {
                facts.add(new Block.Fact(Labels.get("label.convenedBy"), party(text(), m.convenedBy()).build()));
            }
            return facts.isEmpty() ? Optional.empty()
                    : Optional.of(untitled(Part.FACTS, new Block.FactList(facts)));
        });
    }

    // ---- the meeting parts

    /** The blocks of every meeting, each group under the meeting's name when more than one meeting has some. */
    private Optional<Section> perMeeting(Part part, Function<Meeting, List<Block>> blocksOf) {
        List<Meeting> with = bulletin.meetings().stream().filter(m -> !blocksOf.apply(m).isEmpty()).toList();
        List<Block> blocks = new ArrayList<>();
        for (Meeting m : with) {
            if (with.size() > 1) {
                blocks.add(new Block.Heading(3, meetingName(m).build()));
            }
            blocks.addAll(blocksOf.apply(m));
        }
        return titled(part, blocks);
    }

    private List<Block> delegations(Part part, List<Delegation> delegations) {
        if (delegations.isEmpty()) {
            return List.of();
        }
        List<Block.Row> rows = new ArrayList<>();
        for (Delegation d : delegations) {
            TextBuilder countries = text();
            for (String code : d.countries()) {
                if (!countries.isEmpty()) {
                    countries.text(COMMA);
                }
                countries.name(country(code), d.span());
            }
            rows.add(new Block.Row(List.of(
                    d.text() == null ? Text.of(DASH) : text().name(d.text(), d.span()).build(),
                    countries.isEmpty() ? Text.of(DASH) : countries.build(),
                    d.represents() == null ? Text.of(DASH) : party(text(), d.represents()).build()), d.span()));
        }
        return List.of(new Block.Table(heading(part), List.of(Labels.get("column.delegation"),
                Labels.get("column.countries"), Labels.get("column.represents")), rows));
    }

    private Block.Item topic(Topic t) {
        return new Block.Item("", text().text(t.text(), t.span()).build(), t.span());
    }

    // ---- the bulletin's parts

    private Optional<Section> resolutions() {
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (Resolution.Kind kind : Resolution.Kind.values()) {
            List<Block.Item> items = new ArrayList<>();
            for (Resolution r : bulletin.resolutions()) {
                if (r.kind() != kind) {
                    continue;
                }
                TextBuilder t = text();
                if (r.text() != null) {
                    t.text(r.text(), r.span());
                } else if (r.addressee() != null || r.actor() != null) {
                    party(t, r.addressee() != null ? r.addressee() : r.actor());
                } else {
                    continue;
                }
                items.add(new Block.Item(dates.number(++n) + ".", t.build(), r.span()));
            }
            if (!items.isEmpty()) {
                blocks.add(new Block.Heading(3, Text.of(Labels.of("resolution", kind))));
                blocks.add(new Block.NumberedList(items));
            }
        }
        return titled(Part.RESOLUTIONS, blocks);
    }

    private Optional<Section> greetings(Part part, Greeting.Direction direction) {
        List<Block.Row> rows = new ArrayList<>();
        for (Greeting g : bulletin.greetings()) {
            if (g.direction() == direction) {
                rows.add(new Block.Row(List.of(partyOrDash(g.from()), partyOrDash(g.to()),
                        Text.of(Labels.of("greeting", g.form())),
                        g.occasion() == null ? Text.of(DASH) : text().text(g.occasion(), g.span()).build()), g.span()));
            }
        }
        return rows.isEmpty() ? Optional.empty() : titled(part, List.of(new Block.Table(heading(part), List.of(
                Labels.get("column.from"), Labels.get("column.to"), Labels.get("column.form"),
                Labels.get("column.occasion")), rows)));
    }

    private Block.Item acknowledgement(Acknowledgement a) {
        TextBuilder t = text().text(Labels.of("acknowledgement", a.kind()) + " ");
        if (a.to().isEmpty()) {
            return new Block.Item("", a.text() == null ? t.build() : text().text(a.text(), a.span()).build(), a.span());
        }
        for (int i = 0; i < a.to().size(); i++) {
            party(i == 0 ? t : t.text(COMMA), a.to().get(i));
        }
        if (a.reason() != null) {
            t.text(COMMA).text(a.reason(), a.span());
        }
        return new Block.Item("", t.build(), a.span());
    }

    private Optional<Section> elections() {
        List<Block> blocks = new ArrayList<>();
        for (Election e : bulletin.elections()) {
            TextBuilder h = text().text(e.body() == null ? Labels.get("election.untitled")
                    : Labels.format("election.heading", e.body()));
            if (e.term() != null) {
                h.text(" " + Labels.format("election.term", period(e.term())));
            }
            blocks.add(new Block.Heading(3, h.build()));
            if (!e.elected().isEmpty()) {
                blocks.add(new Block.ItemList(e.elected().stream()
                        .map(p -> new Block.Item("", party(text(), p).build(), p.span())).toList()));
            } else if (e.text() != null) {
                blocks.add(new Block.Paragraph(text().text(e.text(), e.span()).build(), e.span()));
            }
        }
        return titled(Part.ELECTIONS, blocks);
    }

    private Optional<Section> electionResults() {
        List<Block.Row> rows = new ArrayList<>();
        for (ElectionResult r : bulletin.electionResults()) {
            rows.add(new Block.Row(List.of(partyOrDash(r.holder()), count(r.seats(), r.span()),
                    count(r.votes(), r.span()), partyOrDash(r.within())), r.span()));
        }
        Part part = Part.ELECTION_RESULTS;
        return rows.isEmpty() ? Optional.empty() : titled(part, List.of(new Block.Table(heading(part), List.of(
                Labels.get("column.holder"), Labels.get("column.seats"), Labels.get("column.votes"),
                Labels.get("column.within")), rows)));
    }

    private Block.Item commemoration(Commemoration c) {
        TextBuilder t = text().text(Labels.of("commemoration", c.form()));
        if (c.honoring() != null) {
            t.text(": ").name(c.honoring(), c.span());
        }
        return new Block.Item("", t.build(), c.span());
    }

    private Optional<Section> fullText() {
        if (sourceText == null) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        String headline = headline().map(t -> squeeze(t.plain())).orElse(null);
        for (SourceParagraphs.Paragraph p : SourceParagraphs.of(sourceText)) {
            // the headline is printed once: a text that opens with it does not repeat it
            if (blocks.isEmpty() && squeeze(p.text()).equals(headline)) {
                continue;
            }
            blocks.add(new Block.Paragraph(text().text(p.text(), p.span()).build(), p.span()));
        }
        return titled(Part.FULL_TEXT, blocks);
    }

    // ---- values

    private TextBuilder text() {
        return new TextBuilder(options.numerals());
    }

    private <T> Optional<Section> items(Part part, List<T> facts, Function<T, Block.Item> item) {
        return facts.isEmpty() ? Optional.empty()
                : titled(part, List.of(new Block.ItemList(facts.stream().map(item).toList())));
    }

    private Text partyOrDash(Party p) {
        return p == null ? Text.of(DASH) : party(text(), p).build();
    }

    private Text count(Integer n, Span span) {
        return n == null ? Text.of(DASH) : text().number(dates.number(n), span).build();
    }

    /** A person as {@code الرفيق رائد فهمي (ابو علي)، سكرتير اللجنة}; a body with its organ and branch. */
    private TextBuilder party(TextBuilder t, Party p) {
        if (p instanceof Person person) {
            if (!person.honorifics().isEmpty()) {
                t.text(String.join(" ", person.honorifics()) + " ");
            }
            if (person.name() != null) {
                t.name(person.name(), person.span());
                if (person.alias() != null) {
                    t.text(" (").name(person.alias(), person.span()).text(")");
                }
            } else if (person.alias() != null) {
                t.name(person.alias(), person.span());
            }
            if (person.role() != null) {
                if (person.name() != null || person.alias() != null) {
                    t.text(COMMA);
                }
                t.text(person.role(), person.span());
            }
        } else if (p instanceof Organization org) {
            if (org.organ() != null) {
                t.name(org.organ(), org.span()).text(COMMA);
            }
            if (org.name() != null) {
                t.name(org.name(), org.span());
            }
            if (org.branch() != null) {
                t.text(COMMA).name(org.branch(), org.span());
            }
            if (org.place() != null && org.name() != null) {
                place(t.text(" – "), org.place());
            }
        } else if (p instanceof Group g) {
            t.name(g.text(), g.span());
        }
        return t;
    }

    /** Venue, city, region and country, each once; the text as written when none is known. */
    private TextBuilder place(TextBuilder t, Place p) {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {p.venue(), p.city(), p.region()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        String country = p.countryName() != null ? p.countryName() : p.country() != null ? country(p.country()) : null;
        if (country != null && parts.stream().noneMatch(s -> s.contains(country))) {
            parts.add(country);
        }
        if (parts.isEmpty()) {
            return p.text() == null ? t.text(DASH) : t.name(p.text(), p.span());
        }
        for (int i = 0; i < parts.size(); i++) {
            (i == 0 ? t : t.text(COMMA)).name(parts.get(i), p.span());
        }
        return t;
    }

    /** Date, time and (by option) Hijri date; the expression as written when it was not resolved. */
    private TextBuilder when(TextBuilder t, When w) {
        if (w.start() == null) {
            return w.text() == null ? t.text(DASH) : t.text(w.text(), w.span());
        }
        date(t, w);
        if (options.hijri()) {
            String hijri = dates.hijri(w);
            if (hijri != null) {
                t.text(" (").date(hijri, w.start().toString(), w.span()).text(")");
            }
        }
        if (w.time() != null) {
            t.text(" " + Labels.get("label.time") + " ").time(dates.time(w.time()), w.time().toString(), w.span());
        }
        return t;
    }

    private TextBuilder date(TextBuilder t, When w) {
        String shown = w.end() == null || w.end().equals(w.start()) ? dates.date(w.start())
                : dates.range(w.start(), w.end());
        return t.date(shown, w.start().toString(), w.span());
    }

    private String period(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(counted("period.year", p.getYears()));
        }
        if (p.getMonths() > 0) {
            parts.add(counted("period.month", p.getMonths()));
        }
        return parts.isEmpty() ? p.toString() : String.join(" و", parts);
    }

    /** Arabic counting: one and two have their own words, 3–10 a plural, 11 and up a singular. */
    private String counted(String key, int n) {
        String form = n == 1 ? ".1" : n == 2 ? ".2" : n <= 10 ? ".few" : ".many";
        return Labels.format(key + form, dates.number(n));
    }

    private static String country(String code) {
        return new ULocale("", code).getDisplayCountry(ARABIC);
    }

    private String heading(Part part) {
        return Labels.of("part", part);
    }

    private Optional<Section> titled(Part part, List<Block> blocks) {
        return blocks.isEmpty() ? Optional.empty() : Optional.of(new Section(part, heading(part), blocks));
    }

    private static Section untitled(Part part, Block block) {
        return new Section(part, null, List.of(block));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Latin unless the text (or, without one, its dates as written) has more Arabic-Indic digits than Latin ones. */
    private static Numerals digitsOf(Bulletin bulletin, String sourceText) {
        StringBuilder sample = new StringBuilder();
        if (sourceText != null) {
            sample.append(sourceText);
        } else {
            for (When w : bulletin.dates()) {
                if (w.text() != null) {
                    sample.append(w.text());
                }
            }
        }
        int latin = 0;
        int arabic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= '0' && c <= '9') {
                latin++;
            } else if (Character.isDigit(c)) {
                arabic++;
            }
        }
        return arabic > latin ? Numerals.ARABIC_INDIC : Numerals.LATIN;
    }

    private static void checkSource(Source source, String text) {
        String sha256;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            sha256 = HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        if (source.length() != text.length() || !source.sha256().equals(sha256)) {
            throw new IllegalArgumentException(String.format(
                    "the text (%d chars, sha256 %s) is not the one the bulletin was parsed from (%d chars, sha256 %s)",
                    text.length(), sha256, source.length(), source.sha256()));
        }
    }
}
