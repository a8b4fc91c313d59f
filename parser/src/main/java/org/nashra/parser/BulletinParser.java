package org.nashra.parser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Bulletin;
import org.nashra.model.Commemoration;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Greeting;
import org.nashra.model.Meeting;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Resolution;
import org.nashra.model.Source;
import org.nashra.model.Span;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Entities;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.frame.acknowledgement.AcknowledgementFrames;
import org.nashra.parser.internal.frame.commemoration.CommemorationFrames;
import org.nashra.parser.internal.frame.election.ElectionFrames;
import org.nashra.parser.internal.frame.greeting.GreetingFrames;
import org.nashra.parser.internal.frame.header.HeaderFrames;
import org.nashra.parser.internal.frame.meeting.MeetingFrames;
import org.nashra.parser.internal.frame.meeting.Participation;
import org.nashra.parser.internal.frame.resolution.ResolutionFrames;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.FormMemo;
import org.nashra.parser.internal.text.RunTogether;
import org.nashra.parser.internal.time.TemporalResult;
import org.nashra.parser.internal.time.TemporalTagger;

/**
 * Reads a plain Arabic text (a meeting report, closing statement, greeting,
 * condolence or invitation) into a {@link Bulletin}. Thread-safe and stateless.
 *
 * <pre>{@code
 * Bulletin b = BulletinParser.parse(text);
 * b.kind();                          // MEETING
 * b.meetings().get(0).when().start(); // 2018-10-20
 * b.resolutions().get(0).kind();     // DEMAND
 * }</pre>
 *
 * <p>A program that parses many texts passes the same {@link WordCache} in its options every time, so that the
 * words the texts share are analysed once:
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.builder().wordCache(WordCache.create()).build();
 * Bulletin b = BulletinParser.parse(text, options);   // the same bulletin, a tenth faster once the cache is warm
 * }</pre>
 *
 * <p>Every value in the result is cut from the original text and carries its
 * span there. Empty or non-Arabic input gives a bulletin of kind {@code other}
 * with empty lists, not an exception. Parsing is linear in the length of the text.
 *
 * <p>Limits: the reading is rule-based, one rule per linguistic pattern (the
 * test classes of each frame list them); a fact written in a form no rule knows
 * is left out rather than guessed, and entities are only as good as the taggers
 * and gazetteers behind them.
 */
public final class BulletinParser {
    /**
     * The nouns after which a word holding an inner article is two words run together ({@code المؤتمرالعام},
     * {@code اتحادالنقابات}, {@code اعضاءاللجنة}): the heads of the gazetteer's bodies and roles and the gathering
     * nouns of the vocabulary. One constant: the tokenizer keeps each form's cut under it.
     */
    private static final RunTogether RUN_TOGETHER = BulletinParser::headsPhrase;
    /** The gathering nouns of {@link #RUN_TOGETHER}. */
    private static final List<Word> GATHERINGS = List.of(Vocabulary.MEETING, Vocabulary.CONFERENCE, Vocabulary.FORUM,
            Vocabulary.SESSION, Vocabulary.SEMINAR, Vocabulary.RALLY, Vocabulary.ASSEMBLY_HEAD, Vocabulary.EVENT);

    private BulletinParser() {
    }

    /** True when {@code foldedStem} heads a body, a role or a gathering ({@link #RUN_TOGETHER}). */
    private static boolean headsPhrase(String foldedStem) {
        if ((Gazetteer.standard().heads(foldedStem) & (Gazetteer.ROLES | Gazetteer.ORGANISATIONS)) != 0) {
            return true;
        }
        for (Word w : GATHERINGS) {
            if (!w.forms(foldedStem).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses {@code text} with {@link ParseOptions#DEFAULTS}.
     *
     * @param text the bulletin's text
     * @return what the parser found in it
     * @throws IllegalArgumentException when the text holds an unpaired surrogate
     */
    public static Bulletin parse(String text) {
        return parse(text, ParseOptions.DEFAULTS);
    }

    /**
     * Parses {@code text}. What the parser noticed but did not repair (a weekday that contradicts its date) is
     * dropped here; {@link #read(String, ParseOptions)} returns it.
     *
     * @param text    the bulletin's text
     * @param options how to read it
     * @return what the parser found in it
     * @throws IllegalArgumentException when the text holds an unpaired surrogate (the message names its offset),
     *                                  since such a text has no UTF-8 form and no honest span
     */
    public static Bulletin parse(String text, ParseOptions options) {
        return read(text, options).bulletin();
    }

    /**
     * Parses {@code text} and reports what looks wrong in it: the bulletin keeps the values as written, the
     * warnings say which contradict each other ({@link ParseWarning.Kind}).
     *
     * @param text    the bulletin's text
     * @param options how to read it
     * @return the bulletin and the warnings, in text order
     * @throws IllegalArgumentException when the text holds an unpaired surrogate (the message names its offset)
     */
    public static ParseResult read(String text, ParseOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(options, "options");
        checkSurrogates(text);
        Optional<WordCache> words = options.wordCache();
        AnalyzedText analyzed = AnalyzedText.of(text, words.map(WordCache::forms).orElse(FormMemo.none()),
                RUN_TOGETHER);
        TemporalResult time = TemporalTagger.tag(analyzed, options.referenceDate());
        Doc doc = Doc.of(analyzed, Vocabulary.LEXICON);
        Reading reading = new Reading(doc, Entities.standard(), time.mentions()
                .stream().map(m -> new Found<>(m.when(), m.firstToken(), m.endToken())).toList());

        // who speaks must be known before the gathering (its events may be the issuer's), and the
        // gathering before the acts, which the gathering and its participants perform
        HeaderFrames header = new HeaderFrames(reading);
        Party signatory = header.signatory();
        Party issuedBy = header.issuedBy();
        reading.issuer(header.issuer(signatory, issuedBy, null));
        List<Meeting> meetings = MeetingFrames.read(reading);
        Party issuer = header.issuer(signatory, issuedBy, reading.organizer());
        reading.issuer(issuer);

        List<Resolution> resolutions = ResolutionFrames.read(reading);
        List<Greeting> greetings = GreetingFrames.read(reading);
        List<Acknowledgement> acknowledgements = AcknowledgementFrames.read(reading);
        List<Election> elections = ElectionFrames.elections(reading);
        List<Commemoration> commemorations = CommemorationFrames.read(reading);
        List<ElectionResult> results = ElectionFrames.results(reading);
        Bulletin.Kind kind = header.kind(meetings, reading.reported(), greetings, resolutions, results);
        if (kind == Bulletin.Kind.CONDOLENCE) {
            commemorations = CommemorationFrames.mourned(reading, commemorations); // a condolence honours its dead
        }
        if (issuer == null) {
            issuer = header.sender(kind, greetings); // a letter without a signature: who sends it
        }
        if (issuer == null) {
            issuer = header.greeted(greetings); // greetings received: the body they are sent to
        }
        if (issuer == null) {
            issuer = header.signer(); // a person's statement: who signs it
        }
        if (issuer == null) {
            issuer = header.speaker(kind); // a news item about what one person said or did
        }
        issuer = header.sentBy(issuer, kind, greetings); // not the body greeted: who sends the opening greeting

        // persons named as greeted, thanked, elected, mourned or inside an act are no attendees; the person who
        // acts (أكد رئيس اللجنة الأستاذ X أن …) or thanks (وجّه الدكتور X الشكر إلى …) is one
        List<Span> taken = new ArrayList<>();
        greetings.forEach(g -> taken.add(g.span()));
        for (Acknowledgement a : acknowledgements) {
            Span first = a.to().isEmpty() ? null : a.to().get(0).span();
            Found<Person> thanker = first == null ? null : namedIn(reading, a.span().start(), first.start());
            take(taken, a.span(), thanker == null ? null : thanker.value(), text);
        }
        commemorations.forEach(c -> taken.add(c.span()));
        for (Resolution x : resolutions) {
            take(taken, x.span(), apposed(reading, x.actor() instanceof Person p ? p : null), text);
        }
        for (Election e : elections) {
            taken.add(e.span());
            e.elected().forEach(p -> taken.add(p.span()));
        }
        int host = reading.reported() || kind == Bulletin.Kind.INVITATION ? 0 : -1;

        Bulletin.Builder b = Bulletin.builder(kind).source(sourceOf(text)).title(header.title(meetings))
                .issuer(issuer).dateline(header.dateline());
        Participation.complete(reading, meetings, host, taken).forEach(b::meeting);
        greetings.forEach(b::greeting);
        resolutions.forEach(b::resolution);
        acknowledgements.forEach(b::acknowledgement);
        elections.forEach(b::election);
        results.forEach(b::electionResult);
        commemorations.forEach(b::commemoration);
        time.dates().forEach(b::date);
        return new ParseResult(b.build(), time.warnings());
    }

    /**
     * Adds an act's span to {@code taken}, all but its actor when the actor is named where it acts (a role alone,
     * {@code أكد الرئيس}, points back to someone named before).
     */
    private static void take(List<Span> taken, Span act, Person actor, String text) {
        Span s = actor == null ? null : actor.span();
        if (!namedWhereItStands(actor, text) || s.start() < act.start() || s.end() > act.end()) {
            taken.add(act);
            return;
        }
        taken.add(new Span(act.start(), s.start()));
        taken.add(new Span(s.end(), act.end()));
    }

    /**
     * {@code وقالت رئيسة الرابطة، السيدة X، إن …}: an actor known by a role, then a comma and a named person — the
     * name in apposition is the actor's, and who acts is present; {@code actor} itself otherwise.
     */
    private static Person apposed(Reading reading, Person actor) {
        if (actor == null || actor.name() != null || actor.alias() != null || actor.span() == null) {
            return actor;
        }
        String text = reading.doc().original();
        int at = actor.span().end();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '،' && text.charAt(at) != ',') {
            return actor;
        }
        Found<Person> named = namedIn(reading, at + 1, Math.min(text.length(), at + 1 + APPOSED_NAME));
        if (named == null || !text.substring(at + 1, named.value().span().start()).isBlank()) {
            return actor;
        }
        Person p = named.value();
        return p.toBuilder().span(new Span(actor.span().start(), p.span().end())).build();
    }

    /** How far, in chars, a name in apposition to an actor's role may run. */
    private static final int APPOSED_NAME = 80;

    /** The first person mention with a name written in chars [from, to), or null. */
    private static Found<Person> namedIn(Reading reading, int from, int to) {
        if (to <= from) {
            return null;
        }
        Doc doc = reading.doc();
        for (Found<Person> p : reading.persons().within(doc.tokenAt(from), doc.tokenAt(to - 1) + 1)) {
            Span s = p.value().span();
            if (namedWhereItStands(p.value(), doc.original()) && s.start() >= from && s.end() <= to) {
                return p;
            }
        }
        return null;
    }

    /** Whether the person's name is written in its own span, not only a role pointing back to someone named before. */
    private static boolean namedWhereItStands(Person p, String text) {
        return p != null && p.name() != null && p.span() != null && p.span().of(text).contains(p.name());
    }

    private static void checkSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format("unpaired surrogate U+%04X at offset %d", (int) c, i));
            }
        }
    }

    /**
     * A digest never updated, cloned for each text: looking the algorithm up among the security providers took a
     * third of the digest's time for a single communiqué. Cloning reads it only, so threads may share it.
     */
    private static final MessageDigest SHA_256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Source sourceOf(String text) {
        try {
            byte[] digest = ((MessageDigest) SHA_256.clone()).digest(text.getBytes(StandardCharsets.UTF_8));
            return new Source(text.length(), HexFormat.of().formatHex(digest));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 of every Java platform can be cloned", e);
        }
    }
}
