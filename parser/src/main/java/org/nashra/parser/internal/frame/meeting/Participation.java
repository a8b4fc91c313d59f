package org.nashra.parser.internal.frame.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nashra.model.Delegation;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Span;
import org.nashra.model.Topic;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.ItemList;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.StemSet;

/**
 * Reads who took part in a gathering, who could not, and what it discussed.
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>attendees</b>: the persons a report names taking part — present ({@code بحضور …}, {@code وحضر
 *       الجلسة …}), presiding ({@code برئاسة}, {@code ترأس}), speaking, presenting, moderating — that is,
 *       every titled person of the report except those it names as senders or addressees of greetings,
 *       as thanked, elected, commemorated, or inside an act; one entry per person ({@code الدكتور الطيب}
 *       is {@code الدكتور معتصم الطيب} named again);</li>
 *   <li><b>delegations</b>: {@code وفود تمثل منظمات الحزب في السويد، كندا، هولندا وبلجيكا} (one per
 *       comma item, the countries written in it; a list joined by و alone after a plural cue, {@code وفود من
 *       بلجيكا وسويسرا}, one per place), {@code ممثلو جمعية X في مالمو، والنادي …} (one per body, also bodies
 *       the name reader does not know), {@code فروع الرابطة: فرع A، فرع B} (one per branch), {@code ممثل عن فرع
 *       بولندا} (a branch of the organizer), {@code فروع الرابطة في أبوظبي والشارقة والعين} and {@code وفود من
 *       جاليات A وB} (one per place; a one-word conjunct the gazetteer does not know goes on the list),
 *       {@code وفد من …}, {@code وفد مشترك من A وB} (one), a co-organiser ({@code بالتعاون مع X}), a
 *       troupe in an event's programme ({@code فرقة «عشتار»});</li>
 *   <li><b>absentees</b>: {@code تعذر حضور منظمات اخرى}, {@code تعذر وصول وفد فرع بلجيكا},
 *       {@code اعتذرت منظمة روسيا عن الحضور}, {@code غاب عنه ممثل فرع X}, {@code اعتذر عن الحضور وفد X}, and persons ({@code اعتذر عن الحضور السيد X}, {@code رسالة
 *       اعتذر فيها عن الحضور}), who are then no attendees;</li>
 *   <li><b>topics</b>: the objects of {@code ناقش، بحث، تناول، توقف عند، استعرض، استمع الى}, one per item of
 *       their list, and a title after {@code بعنوان}/{@code تحت عنوان}.</li>
 * </ul>
 */
public final class Participation {
    private final Reading r;
    private final Doc doc;
    /** Spans whose persons are no attendees, by start; {@link #reach} the furthest end up to each. */
    private final List<Span> excluded;
    private final int[] reach;
    /** Persons who sent word they could not come: absentees, not attendees. */
    private final List<Person> absent = new ArrayList<>();
    /** Where the delegations found so far are written: a list read again after another cue adds none twice. */
    private final Overlaps delegated = new Overlaps();
    /** The items of lists after a cue of presence, chairing or taking part ({@link #listed}): who is named there came. */
    private final Overlaps present = new Overlaps();
    /** Where places of origin are written ({@code أبي الخصيب}): a kunya read there is a place, no attendee. */
    private final Overlaps placed = new Overlaps();
    /** Where persons are named as sent for by another ({@code ممثلاً الوزير X}): no attendees ({@link #standIns}). */
    private Overlaps stoodInFor = new Overlaps();
    /** The gatherings of the text and their builders, in the same order: where a participant goes. */
    private List<Meeting> gatherings = List.of();
    private List<Meeting.Builder> builders = List.of();

    private Participation(Reading r, List<Span> excluded) {
        this.r = r;
        this.doc = r.doc();
        this.excluded = excluded.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList();
        this.reach = new int[this.excluded.size()];
        int max = -1;
        for (int n = 0; n < reach.length; n++) {
            max = Math.max(max, this.excluded.get(n).end());
            reach[n] = max;
        }
    }

    /**
     * The meetings with their participants and topics added. {@code host} is the meeting the report
     * is about (attendees, delegations, topics go to it), or -1; {@code excluded} are the spans of
     * greetings, thanks, elections, commemorations and acts, whose persons are no attendees.
     */
    public static List<Meeting> complete(Reading r, List<Meeting> meetings, int host, List<Span> excluded) {
        return new Participation(r, excluded).complete(meetings, host);
    }

    private List<Meeting> complete(List<Meeting> meetings, int host) {
        List<Meeting.Builder> out = new ArrayList<>();
        for (Meeting m : meetings) {
            out.add(m.toBuilder());
        }
        gatherings = meetings;
        builders = out;
        if (host >= 0 && host < meetings.size()) {
            stoodInFor = standIns();
            Meeting.Builder b = out.get(host);
            delegations(b, meetings.get(host));
            List<Found<Person>> extra = new ArrayList<>();
            int next = 0;
            for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
                if (!isExcluded(doc.span(i, i + 1))) {
                    listed(b, meetings.get(host), i, extra);
                    next = i < next ? next : participant(i, extra);
                }
            }
            for (Person p : attendees(extra)) {
                scope(b, doc.tokenAt(p.span().start())).attendee(p);
            }
            topics().forEach(b::topic);
        }
        troupes(meetings, out);
        return out.stream().map(Meeting.Builder::build).toList();
    }

    /**
     * The gathering a participant named at token {@code at} takes part in: the one its own sentence names last
     * before it ({@code وتنظم الجمعية يوم السبت حفلاً … بحضور القنصل}: the party's guest, not the report's), else
     * {@code host}, the gathering the report is about.
     */
    private Meeting.Builder scope(Meeting.Builder host, int at) {
        if (at < 0) {
            return host;
        }
        int from = doc.span(doc.sentenceStart(at), doc.sentenceStart(at) + 1).start();
        int to = doc.span(at, at + 1).start();
        int best = -1;
        for (int n = 0; n < gatherings.size(); n++) {
            Span s = gatherings.get(n).span();
            if (s != null && s.start() >= from && s.start() < to
                    && (best < 0 || gatherings.get(best).span().start() < s.start())) {
                best = n;
            }
        }
        return best < 0 ? host : builders.get(best);
    }

    // ---- attendees ----

    /** The persons of the report, the tagger's and {@code extra} (found by the frames below) in text order. */
    private List<Person> attendees(List<Found<Person>> extra) {
        List<Person> out = new ArrayList<>();
        java.util.Map<String, List<Person>> byKey = new java.util.HashMap<>();
        List<Found<Person>> all = new ArrayList<>(r.persons().all());
        for (Found<Person> p : extra) {
            if (all.stream().noneMatch(q -> q.from() < p.to() && p.from() < q.to())) {
                all.add(p);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Found::from));
        for (Found<Person> p : all) {
            if (!r.layout().inBody(p.from()) || isExcluded(p.value().span()) && !speaker(p) || !personLike(p)
                    || absent.stream().anyMatch(a -> samePerson(a, p.value())) || announcer(p)
                    || stoodInFor.overlaps(doc.span(p.from(), p.from() + 1)) || officeInPassing(p)
                    || p.value().name() == null && placed.overlaps(p.value().span())) {
                continue;
            }
            Set<String> keys = keys(p.value());
            boolean again = keys.stream().anyMatch(k -> byKey.getOrDefault(k, List.of()).stream()
                    .anyMatch(q -> samePerson(q, p.value())));
            if (!again && !roleOfNamed(p.value(), all) && !apposed(p, all)) {
                out.add(p.value());
                for (String k : keys) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p.value());
                }
            }
        }
        return out;
    }

    /**
     * {@code حضر القاضي X ممثلاً الرئيس Y}, {@code السيد X، ممثلاً عن الوزير Y}, {@code والسيدة X نيابةً عن رئيسة
     * الجمعية}: a delegate named right before a singular cue of standing in (or holding it in the role after the
     * name) came for someone else; who is named from the cue to the next comma or stop sent the delegate and is
     * no attendee.
     */
    private Overlaps standIns() {
        Overlaps out = new Overlaps();
        for (Word cue : List.of(Vocabulary.DELEGATION, Vocabulary.ON_BEHALF)) {
            int to = r.layout().bodyTo();
            for (int c = doc.next(cue, r.layout().bodyFrom()); c < to; c = doc.next(cue, c + 1)) {
                boolean one = cue == Vocabulary.ON_BEHALF ? doc.is(c + 1, "عن")
                        : doc.word(c) && !doc.tok(c).reading().definite() && doc.tok(c).hasStemIn(STAND_IN);
                if (one && delegateBefore(c, cue == Vocabulary.ON_BEHALF || accusative(c))) {
                    int end = c + 1;
                    // والسيد Y: a person joined by و after the one stood in for is another guest
                    while (end < to && !doc.punct(end, "،,؛;:.") && !doc.isSentenceEnd(end) && !doc.lineStart(end)
                            && !(end > c + 1 && doc.conjunction(end) > 0 && startsPerson(end))) {
                        end++;
                    }
                    out.add(doc.span(c, end));
                }
            }
        }
        return out;
    }

    /** A person's mention, as the tagger reads it, starts at token {@code k}. */
    private boolean startsPerson(int k) {
        Found<Person> p = r.persons().covering(k);
        return p != null && p.from() == k;
    }

    /**
     * A person ends right before the cue at {@code c}, or holds it after the name; or, for a cue in the
     * accusative ({@code adverbial}: {@code ممثلاً}, {@code نيابةً عن}), before its comma — a nominative one after a
     * comma opens the next guest's role ({@code السيد X، ممثل الوزارة السيد Y}).
     */
    private boolean delegateBefore(int c, boolean adverbial) {
        Found<Person> own = r.persons().covering(c);
        if (own != null && own.from() < c) {
            return own.value().name() != null;
        }
        int k = doc.punct(c - 1, "،,") && adverbial ? c - 2 : c - 1;
        Found<Person> p = r.persons().covering(k);
        return p != null && p.to() == k + 1 && (p.value().name() != null || p.value().alias() != null);
    }

    /** {@code ممثلاً}, {@code ممثلا}, {@code ممثلةً}: the accusative of a circumstance, written with its alif or tanween. */
    private boolean accusative(int c) {
        return doc.form(c).endsWith("ا") || TANWEEN.matcher(doc.text(c, c + 1)).find();
    }

    /** A single delegate who stands in for another: ممثل، ممثلاً، ممثلة، مندوب، مندوبة. */
    private static final Set<String> STAND_IN = StemSet.of("ممثل", "ممثلا", "ممثله", "مندوب", "مندوبا", "مندوبه");

    /**
     * {@code وقال رئيس الحزب X إن المؤتمر سيناقش …}: where the text only announces its gathering, the subject of a
     * verb in the past speaks now, of the gathering to come, and is not yet one of those taking part in it.
     */
    private boolean announcer(Found<Person> p) {
        if (r.reported() || p.from() == 0) {
            return false;
        }
        List<Lexicon.Hit> verbs = doc.hits(p.from() - 1).stream().filter(Lexicon.Hit::isVerb).toList();
        // تلقيها الدكتورة X: a form also read as a past (تلقّى) that is a present is no announcer's verb
        return !verbs.isEmpty() && verbs.stream().allMatch(h -> h.shape() == Word.Shape.PAST);
    }

    /**
     * {@code وقال الملحق العسكري إن …}, {@code حيث عبر رئيس الجمهورية عن …}, {@code حاورت عضو اللجنة الإدارية}: a
     * person known only by a bare role, with no title, is someone the report speaks of; such a person is one of
     * those present only where a list of those present, chairing or taking part names the role ({@link #present},
     * {@code بحضور القنصل العام}), where they open, close or address the gathering ({@link #speaker}, {@code كلمة
     * القنصل}), where they are its patron ({@code برعاية الوزيرة}), or where the role is the gathering's own office
     * ({@code عريف الحفل}).
     */
    private boolean officeInPassing(Found<Person> p) {
        Person v = p.value();
        if (v.name() != null || v.alias() != null || v.role() == null || !v.honorifics().isEmpty()
                || present.overlaps(v.span()) || speaker(p)) {
            return false;
        }
        // برعاية وزيرة X: the patron; كلمة القنصل العام: a speech the gathering heard
        if (patron(p.from() - 1) || doc.word(p.from() - 1) && doc.tok(p.from() - 1).hasStemIn(SPEECH_NOUNS)) {
            return false;
        }
        for (int k = p.from(); k < p.to() && k < p.from() + 2; k++) {
            if (doc.word(k) && (doc.tok(k).hasStemIn(CEREMONY) || r.entities().honorific(doc, k))) {
                return false;
            }
        }
        return true;
    }

    /** The offices of the gathering itself: who holds them is there ({@code عريف الحفل}, {@code عريفة الأمسية}). */
    private static final Set<String> CEREMONY = StemSet.of("عريف", "عريفه");

    /**
     * {@code ألقى السيد X كلمة حيّا فيها المؤتمر}, {@code تحدث رئيس الوفد X فأكد …}: the subject of a verb of speaking,
     * the first person after it with no preposition between, speaks at the gathering and so is present, even
     * where the speech is read as a greeting or an act.
     */
    private boolean speaker(Found<Person> p) {
        for (int k = p.from() - 1; k >= 0 && k >= p.from() - BROUGHT_ON && !doc.punct(k); k--) {
            // الملتقى الذي افتتحه الأمير X: who opens or closes the gathering is there too
            if (doc.hits(k).stream().anyMatch(h -> h.isVerb() && (h.word() == Vocabulary.SPEAK
                    || h.word() == Vocabulary.OPEN || h.word() == Vocabulary.CLOSE))) {
                return true;
            }
            if (r.persons().covering(k) != null || doc.is(k, "في", "عن", "علي", "الي", "من", "حول", "بحق")
                    || doc.word(k) && doc.tok(k).reading().hasPreposition() && !doc.is(k, "باسم")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The sanity check of a person: one named as dead, a name that is a verb ({@code نظمت}), that carries the tanween of an
     * accusative ({@code مراقباً}), or a plural role with no name ({@code السادة أعضاء المكتب}: a group) is no
     * person of the gathering.
     */
    private boolean personLike(Found<Person> f) {
        Person p = f.value();
        for (int k = Math.max(0, f.from() - 1); k < f.to(); k++) {
            if (doc.has(k, Vocabulary.DECEASED)) {
                return false; // المصور الراحل X، الشهيد X: the dead are remembered, not present
            }
        }
        if (p.name() == null && p.alias() == null) {
            for (int k = f.from(); k < f.to() && k < f.from() + 3; k++) {
                if (r.entities().pluralRole(doc, k)) {
                    return false;
                }
            }
            return true;
        }
        if (p.name() == null) {
            return true;
        }
        if (TANWEEN.matcher(p.name()).find()) {
            return false;
        }
        // المقرر إقامته، بعد مشاركته: a verbal noun with its pronoun after a role is no one's name
        if (p.name().indexOf(' ') < 0 && POSSESSED_MASDAR.matcher(FoldedText.fold(p.name())).matches()) {
            return false;
        }
        if (!nameAfterTitle(f)) {
            return false;
        }
        String first = p.name().split(" ")[0];
        int at = nameToken(f, first);
        if (at < 0) {
            return true;
        }
        // نظمت alone, تلاها النشيدين: a verb (with its object pronoun, when more words follow) is no name
        boolean single = p.name().indexOf(' ') < 0;
        return doc.hits(at).stream().noneMatch(h -> h.isVerb() && (single || !h.suffix().isEmpty()));
    }

    /**
     * Whether the words read as the name of a person named with a role before it can be a name at all.
     * {@code رخصة المعلم وتوفير حوافز}, {@code وزير خدمات المعاقين وكبار السن}: a word that takes و right after a
     * role opens the next conjunct of the phrase, never that person's name, unless it is a listed given name, a
     * title stands before it ({@code الدكتور وضاح X}: its و its own) or a role of its own follows it ({@code رئيسة
     * الجمعية وعاطفة X نائبة الرئيسة}: the next person, left to the readers of lists); {@code العميد الجديد},
     * {@code المدير السابق}: a listed adjective alone after the title qualifies it and names no one.
     */
    private boolean nameAfterTitle(Found<Person> f) {
        String first = FoldedText.fold(f.value().name().split(" ")[0]);
        for (int k = f.from() + 1; k < f.to(); k++) {
            String word = doc.tok(k).text();
            boolean conjoined = doc.conjunction(k) > 0 && word.length() == first.length() + 1;
            if (doc.word(k) && (word.equals(first) || conjoined && word.endsWith(first))) {
                if (r.entities().givenName(first) || r.entities().givenName(word)) {
                    return true;
                }
                return conjoined ? r.entities().role(doc, f.to()) || r.entities().honorific(doc, k - 1)
                        : !(f.value().name().indexOf(' ') < 0 && r.entities().qualifier(doc, k));
            }
        }
        return true;
    }

    /** The role of {@code p} without the word read as its name: the person known by that role alone. */
    private Found<Person> roleAlone(Found<Person> p) {
        Person v = p.value();
        String first = FoldedText.fold(v.name().split(" ")[0]);
        int at = -1;
        for (int k = p.from(); k < p.to() && at < 0; k++) {
            at = doc.tok(k).text().equals(first) ? k : -1;
        }
        int start = doc.original().indexOf(v.role(), v.span().start());
        if (at <= p.from() || start < 0 || start + v.role().length() > doc.span(at, at + 1).start()) {
            return null;
        }
        Person role = Person.builder().honorifics(v.honorifics()).role(v.role()).gender(v.gender())
                .span(new Span(v.span().start(), start + v.role().length())).build();
        return new Found<>(role, p.from(), at);
    }

    /**
     * {@code برئاسة نقيب المهندسين، المهندس X}, {@code القنصل العام سعادة السفير X}: a person known only by a role, then
     * (after a comma or none) a named person with a title — the role is that person's, said first.
     */
    private boolean apposed(Found<Person> p, List<Found<Person>> all) {
        Person v = p.value();
        if (v.name() != null || v.alias() != null || v.role() == null || doc.conjunction(p.from()) > 0) {
            return false;
        }
        boolean comma = doc.punct(p.to(), "،,-–");
        int k = comma ? p.to() + 1 : p.to();
        // أحمد يوسف، نائب رئيس الجالية: the role after a name and a comma or dash is that person's too
        boolean after = doc.punct(p.from() - 1, "،,-–") && all.stream().anyMatch(q -> q.to() == p.from() - 1
                && q.value().name() != null && q.value().role() != null);
        return after || all.stream().anyMatch(q -> q.from() == k && q.value().name() != null
                && (comma || r.entities().honorific(doc, k)));
    }

    /**
     * A person known only by a role that a named person of the report holds ({@code رئيس الجمعية} after
     * {@code رئيس الجمعية عماد الخطيب}, or before it): that person again.
     */
    private static boolean roleOfNamed(Person p, List<Found<Person>> all) {
        if (p.name() != null || p.alias() != null || p.role() == null) {
            return false;
        }
        String role = FoldedText.fold(p.role());
        // وقرأت المنسقة رسالة after منسقة المنتدى الأستاذة X: the office's head alone, with the article, is X again
        String head = role.indexOf(' ') < 0 && role.startsWith("ال") ? role.substring(2) : null;
        return all.stream().map(Found::value).anyMatch(q -> (q.name() != null || q.alias() != null) && q.role() != null
                && (FoldedText.fold(q.role()).replaceFirst("^[وبل]", "").endsWith(role.replaceFirst("^[وبل]", ""))
                || head != null && FoldedText.fold(q.role()).split(" ")[0].equals(head)));
    }

    /** Tanween on a word: an indefinite noun or adjective in the accusative, never a name as these texts write it. */
    private static final java.util.regex.Pattern TANWEEN = java.util.regex.Pattern.compile("[\u064B-\u064D]");

    // patterns of whole-string tests, compiled once instead of at each String.matches call
    /** A verbal noun with a pronoun after its ت ({@code إقامته}). */
    private static final java.util.regex.Pattern POSSESSED_MASDAR = java.util.regex.Pattern.compile(".{3,}ت(ه|ها|هم)");
    /** The pronoun suffixes a branch plural takes ({@code فروعها}). */
    private static final java.util.regex.Pattern POSSESSIVE_SUFFIX = java.util.regex.Pattern.compile("ه|ها|هم|نا");
    /** The endings of a verb of coming after its stem ({@code قدموا}). */
    private static final java.util.regex.Pattern COMING_ENDING = java.util.regex.Pattern.compile("وا|ن|ت|ين|ون|ات|ه|ا");

    /** The token of a person's mention whose text is {@code word}, or -1. */
    private int nameToken(Found<Person> f, String word) {
        for (int k = f.from(); k < f.to(); k++) {
            if (doc.tok(k).text().equals(word)) {
                return k;
            }
        }
        return -1;
    }

    // ---- persons the tagger cannot see alone: listed after taking part, brought on by a procedure ----

    /**
     * {@code حضره كل من الرئيس X، رئيس المجلس Y، …}, {@code بحضور …}, {@code شارك فيه …}: the list after a cue
     * of taking part ({@link ItemList}); an item that is a role and a bare name is a person ({@code رئيس المجلس
     * القاري طوني يعقوب}); a plural of bodies closing the list with a colon ({@code الفروع واللجان: (A، B)})
     * lists delegations, one per item.
     */
    private void listed(Meeting.Builder b, Meeting host, int i, List<Found<Person>> extra) {
        String f = doc.form(i);
        if (doc.hits(i).isEmpty() && !LIST_OPENERS.contains(f)) {
            return; // most words open no list: asked once instead of a rule at a time
        }
        if (namesListed(i, extra)) {
            return;
        }
        Lexicon.Hit take = doc.hit(i, Vocabulary.TAKE_PART);
        boolean attended = ATTENDED.contains(f)
                // حضره كل من، احتفالاً حضره رئيس X: the verb with its object pronoun, not the title حضرة السيد
                || ATTENDED_IT.contains(f) && (doc.is(i + 1, "كل") || !r.entities().honorific(doc, i + 1))
                || CHAIRED.contains(f) // برئاسة رئيس الهيئة X: who chairs it
                || audience(i);
        // ضم الوفد عدداً من الأعضاء منهم …، بينهم …: "among them" lists who came
        boolean among = AMONG_THEM.contains(f)
                // منظمات ألمانية، منها X وY: the bodies a plural of bodies names one by one
                || AMONG_THESE.contains(f) && bodiesNamed(Math.max(doc.sentenceStart(i), i - 4), i);
        if (!(attended || among || take != null && take.isVerb()
                || doc.has(i, Vocabulary.ATTENDANCE) && !doc.tok(i).reading().definite() || presenceObject(i))) {
            return;
        }
        int k = doc.is(i + 1, "فيه", "فيها", "فيهم") ? i + 2 : gatheringAfter(i + 1);
        k = pastExtent(i, k);
        int end = r.limit(i);
        List<ItemList.Item> items = ItemList.read(doc, k, end, j -> Parties.startsParty(r, j));
        if (!among) {
            items.forEach(it -> present.add(doc.span(it.from(), it.to())));
        }
        boolean persons = false;
        for (ItemList.Item it : items) {
            Found<Person> p = rolledName(it.from(), -1);
            if (p != null && p.to() > it.to()) {
                p = null;
            }
            if (p == null && persons) {
                p = listedName(it.from(), it.to()); // بحضور الدكتور X، وY Z: a bare name goes on a list of persons
            }
            Found<Person> known = r.persons().covering(it.from());
            if (p == null && known == null) {
                p = namedWithRole(it.from(), it.to());
            }
            if (p == null && known == null && persons) {
                p = listedRole(it); // وحضره السيد X، والسفير الفلسطيني لدى تشيلي: an office holder on a list of persons
            }
            if (p != null) {
                extra.add(p);
            }
            // قنصل لبنان في برلين X Y وZ W، الكاتب X وZ W، رئيس الجمعية X ونائبه Y: a bare name, or a role and a
            // name, joined by و goes on the item
            int after = p != null ? p.to() : known != null ? known.to() : it.to();
            while (after < it.to() && doc.conjunction(after) > 0) {
                // each reader asked once, in this order: the tagger's, a role and a name, a name and a role, a name
                Found<Person> more = r.persons().covering(after);
                if (more == null) {
                    Found<Person> rolled = rolledName(after, -1);
                    more = rolled != null && rolled.to() <= it.to() ? rolled : namedWithRole(after, it.to());
                }
                if (more == null) {
                    more = listedName(after, it.to());
                }
                if (more == null || more.from() != after) {
                    break;
                }
                extra.add(more);
                after = more.to();
            }
            persons = p != null || known != null;
            if (persons) {
                represented(b, host, known != null && p == null ? known : p, it.to());
            }
            if (!persons && subjectOf(i, k, it)) {
                // شاركت رابطة X في الوقفة التي نظمتها Y: the body taking part, whoever writes
                Found<Organization> o = r.entities().organization(doc, it.from(), it.to());
                if (!(host.organizer() instanceof Organization h && h.name() != null && o.value().name() != null
                        && sameBody(h.name(), o.value().name()))) {
                    add(b, o.value(), List.of(), it.from(), it.skip(), o.to(), false);
                }
            } else if (!persons) {
                takingPart(b, host, it, items.size() == 1);
            }
            groupsWithin(b, host, it);
        }
        if (items.isEmpty()) {
            return;
        }
        ItemList.Item last = items.get(items.size() - 1);
        if (doc.punct(last.to(), ":") && bodiesNamed(last.from(), last.to())) {
            for (ItemList.Item d : ItemList.read(doc, last.to(), doc.size(), j -> false)) {
                if (r.persons().covering(d.from()) == null) {
                    bodyItem(b, d);
                }
            }
        }
    }

    /** {@code حضر، وحضرت، حضرها}: the verb of presence, whose subjects came ({@link #listed}). */
    private static final Set<String> ATTENDED = Set.of("حضر", "وحضر", "حضرها", "وحضرها", "حضرته", "حضرت", "وحضرت");
    /** {@code حضره}: the verb with its object pronoun, or the title حضرة ({@link #listed}). */
    private static final Set<String> ATTENDED_IT = Set.of("حضره", "وحضره");
    /** {@code برئاسة}: who chairs it ({@link #listed}). */
    private static final Set<String> CHAIRED = Set.of("برياسه", "وبرياسه");
    /** {@code منهم، بينهم}: "among them", persons ({@link #listed}). */
    private static final Set<String> AMONG_THEM = Set.of("منهم", "ومنهم", "منهن", "ومنهن", "بينهم", "وبينهم", "بينهن");
    /** {@code منها، بينها}: "among them", bodies ({@link #listed}). */
    private static final Set<String> AMONG_THESE = Set.of("منها", "ومنها", "بينها", "وبينها");
    /** {@code كل من}: a list of names follows ({@link #namesListed}). */
    private static final Set<String> EVERY = Set.of("كل", "كلا");
    /** {@code الحضور}: a noun of those present, the first of them named after it ({@link #audience}). */
    private static final Set<String> AUDIENCE = Set.of("الحضور", "الحاضرين", "المشاركين", "المدعوين", "الضيوف");
    /** {@code حضوراً}: presence in the accusative ({@link #presenceObject}). */
    private static final Set<String> PRESENCE = Set.of("حضورا", "وحضورا");
    /**
     * Every form above: the words that open a list of who came without being a word of the lexicon, so that
     * {@link #listed} asks its rules at these tokens only.
     */
    private static final Set<String> LIST_OPENERS = java.util.stream.Stream.of(ATTENDED, ATTENDED_IT, CHAIRED,
            AMONG_THEM, AMONG_THESE, EVERY, AUDIENCE, PRESENCE).flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * {@code بحضور عبد الرحمن عبد الغني الأمين العام للنقابة}: a bare name of two to four words (no verb, place or
     * body among them, the first without the article) and its role right after it, starting at {@code from} and ending by {@code to}: that person; null otherwise.
     */
    private Found<Person> namedWithRole(int from, int to) {
        Found<Person> p = r.entities().bareName(doc, from, to);
        if (p == null || p.from() != from || p.value().name() == null || p.value().role() == null
                || p.value().alias() != null) {
            return null;
        }
        int n = p.value().name().split(" ").length;
        if (n < 2 || from + n >= p.to() || !r.entities().role(doc, from + n) || r.entities().pluralRole(doc, from + n)
                || TANWEEN.matcher(p.value().name()).find() || doc.tok(from).reading().definite()) {
            return null;
        }
        for (int k = from; k < from + n; k++) {
            if (!doc.word(k) || doc.verb(k) && !r.entities().givenName(doc, k) || r.entities().placeName(doc, k) != null
                    || r.entities().organizationHead(doc, k)) {
                return null;
            }
        }
        return p;
    }

    /**
     * An item of a list of persons that is a person known only by a role ({@code والقنصل العام}, {@code ووزيرة شؤون
     * المرأة}, {@code والسفير الفلسطيني لدى تشيلي}), the rest of the item naming no one; null when the item is anything
     * else (a delegate, a plural, a body).
     */
    private Found<Person> listedRole(ItemList.Item it) {
        int at = it.from();
        if (!doc.word(at) || !r.entities().role(doc, at) || r.entities().pluralRole(doc, at)
                || doc.has(at, Vocabulary.DELEGATION)) {
            return null;
        }
        Found<Person> p = roleOnly(at);
        if (p == null || p.to() > it.to()) {
            return null;
        }
        for (int k = p.to(); k < it.to(); k++) {
            if (r.persons().covering(k) != null || doc.verb(k)) {
                return null; // ورئيس الجمعية السيد X: the role of a person named after it
            }
        }
        return p;
    }

    /**
     * {@code وضم الوفد كلا من A B وC D، وE F}: a list of bare names after {@code كل من} (not after a preposition:
     * {@code في كل من السويد والدنمارك}) — every item a name of two to four words ({@link #bareNames}), else
     * nothing is read here. Returns whether the list was read.
     */
    private boolean namesListed(int i, List<Found<Person>> extra) {
        // في كل من السويد والدنمارك: after a preposition the list is of places
        boolean everyOf = EVERY.contains(doc.form(i)) && doc.is(i + 1, "من") && doc.word(i - 1)
                && !doc.is(i - 1, "في", "من", "الي", "علي", "عن", "مع", "بين") && !doc.tok(i - 1).reading().hasPreposition();
        // (a plural role and a colon, الشعراء: A، B وC, lists posts of an election as often as performers: not read)
        if (!everyOf) {
            return false;
        }
        List<Found<Person>> names = new ArrayList<>();
        for (ItemList.Item it : ItemList.read(doc, i, r.limit(i), j -> false)) {
            List<Found<Person>> these = bareNames(it.from(), it.to());
            if (these.isEmpty()) {
                break; // the list of names is over, or never was one
            }
            names.addAll(these);
        }
        if (names.isEmpty()) {
            return false;
        }
        extra.addAll(names);
        return true;
    }

    /**
     * {@code فاضل حسن ومحمود علي وكريم جاسم}: tokens [from, to) as bare names joined by و, each of two to four
     * words ({@link #listedName}); a one-word piece goes with the name before it ({@code سامر وليد حسن}); empty
     * when any piece is no name.
     */
    private List<Found<Person>> bareNames(int from, int to) {
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        for (int k = from + 1; k <= to; k++) {
            if (k == to || doc.conjunction(k) > 0 && doc.word(k)) {
                if (k - start < 2 && !pieces.isEmpty()) {
                    pieces.get(pieces.size() - 1)[1] = k;
                } else {
                    pieces.add(new int[] {start, k});
                }
                start = k;
            }
        }
        List<Found<Person>> out = new ArrayList<>();
        int read = 0;
        for (int[] piece : pieces) {
            Found<Person> known = r.persons().covering(piece[0]);
            Found<Person> p = known != null && known.to() == piece[1] ? known : listedName(piece[0], piece[1]);
            read += p == null ? 0 : 1;
            if (p == null) {
                p = plainName(piece[0], piece[1]);
            }
            if (p == null) {
                return List.of();
            }
            out.add(p);
        }
        return read > 0 ? out : List.of();
    }

    /**
     * {@code وعلي حسين} among names the reader knows: two or three plain words (no cue, place, body, role or
     * title; the first bare of the article) on a list of names are a name too, though a word of it reads as a
     * preposition ({@code علي}).
     */
    private Found<Person> plainName(int from, int to) {
        if (to - from < 2 || to - from > 3 || doc.tok(from).reading().definite()) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (!doc.word(k) || doc.verb(k) || r.entities().placeName(doc, k) != null
                    || r.entities().organizationHead(doc, k) || r.entities().role(doc, k) || r.entities().honorific(doc, k)
                    || k > from && doc.conjunction(k) > 0) {
                return null;
            }
        }
        Phrase name = doc.phrase(from, doc.conjunction(from), to);
        if (name == null || TANWEEN.matcher(name.text()).find()) {
            return null;
        }
        return new Found<>(Person.builder().name(name.text()).span(name.span()).build(), from, to);
    }

    /**
     * {@code شاركت رابطة X في الوقفة …}: the first item right after a verb of taking part is a body, and a gathering
     * follows it after في — the subject of the verb, a body taking part even where it writes the report.
     */
    private boolean subjectOf(int verb, int k, ItemList.Item it) {
        Lexicon.Hit take = doc.hit(verb, Vocabulary.TAKE_PART);
        if (take == null || !take.isVerb() || k != verb + 1 || it.from() != k) {
            return false;
        }
        Found<Organization> o = r.entities().organization(doc, it.from(), it.to());
        return o != null && o.from() == it.from() && doc.is(o.to(), "في") && gatheringWord(o.to() + 1)
                && !generic(it.from()) && !r.entities().anaphoric(doc, it.from());
    }

    /**
     * {@code والسيدة X من جمعية Y بتونس}: a person on a list of those present who comes from a body — the body is a
     * delegation; the gathering's organizer and the issuer are none. The body must close the item ({@code من
     * أبناء الجالية} names no body). A person who represents a body ({@code ممثلة X}, {@code عن X}) stays a
     * guest only, as the corpus reads it.
     */
    private void represented(Meeting.Builder b, Meeting host, Found<Person> p, int itemEnd) {
        if (p == null || !doc.is(p.to(), "من")) {
            return;
        }
        int k = p.to() + 1;
        int end = Math.max(itemEnd, p.to());
        Found<Organization> o = r.entities().organization(doc, k, end);
        if (o != null && o.from() == k && !generic(k) && !r.entities().anaphoric(doc, k)
                && (o.to() >= end || itemEnd(o.to(), end, false) >= end) && !own(host, o.value())) {
            add(b, o.value(), countriesOutside(o.value(), k, end), k, Parties.clitics(doc, k), end, false);
        }
    }

    /**
     * {@code الفروع واللجان}, {@code ممثلو الأحزاب والجمعيات}, {@code رؤساء الجمعيات والروابط التالية}: a plural of
     * bodies among tokens [from, to), the head of a list of them.
     */
    private boolean bodiesNamed(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.has(k, Vocabulary.BRANCHES) || branchesHead(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code وكان من بين الحضور X}, {@code وتقدم الحاضرين X}, {@code ومن أبرز المشاركين X}: a noun of those present
     * with the first of them named right after it.
     */
    private boolean audience(int i) {
        return AUDIENCE.contains(doc.form(i))
                && (r.persons().covering(i + 1) != null || rolledName(i + 1, -1) != null);
    }

    /**
     * A bare name that fills a whole item of a list of persons ({@code وكمال يوسف}): two to four name words, no
     * verb, place or body among them; null otherwise.
     */
    private Found<Person> listedName(int from, int to) {
        Found<Person> p = r.entities().bareName(doc, from, to);
        if (p == null || p.from() != from || p.to() != to || p.value().name() == null
                || p.value().name().indexOf(' ') < 0 || TANWEEN.matcher(p.value().name()).find()) {
            return null;
        }
        for (int k = p.from(); k < p.to(); k++) {
            if (doc.verb(k) && !r.entities().givenName(doc, k) || r.entities().placeName(doc, k) != null
                    || r.entities().organizationHead(doc, k) || doc.tok(k).reading().definite() && k == p.from()) {
                return null;
            }
        }
        return p;
    }

    /**
     * An item after a cue of taking part that names no person ({@code بمشاركة كل من: - جمعية X - نادي Y},
     * {@code شارك فيه اتحاد X ونقابة Y}, {@code بحضور ممثلين عن السودان، اليمن}): a body named at its start is a
     * delegation representing it, an item of places only a delegation of the countries it names; the
     * gathering's own organizer takes no part in it.
     */
    private void takingPart(Meeting.Builder b, Meeting host, ItemList.Item it, boolean alone) {
        if (delegated.overlaps(doc.span(it.from(), it.to()))) {
            return;
        }
        boolean cue = doc.has(it.from(), Vocabulary.DELEGATION);
        int from = cue && doc.is(it.from() + 1, "عن", "من") ? it.from() + 2
                : cue && branchesHead(it.from() + 1) ? it.from() + 1 : it.from();
        // فروعها في A وB، جمعيات من A وB، ممثلين عن أحزاب من A وB: one per place
        int places = placesOfBranches(from, it.to());
        if (places > 0) {
            countryItems(b, places, it.to(), false, true);
            return;
        }
        if (alone && onlyPlaces(it.from(), it.to()) && joinedPlaces(it.from(), it.to())) {
            countryItems(b, it.from(), it.to(), false, true); // بمشاركة الأردن وفلسطين ولبنان: one per country
            return;
        }
        Found<Organization> o = r.entities().organization(doc, from, it.to());
        // الفروع واللجان: (…), الحركة: a bare head names a kind or a body named elsewhere, no delegation here
        if (o != null && o.from() == from && !generic(from) && !r.entities().anaphoric(doc, from)
                && !doc.punct(it.to(), ":")) {
            Organization org = o.value();
            if (own(host, org)) {
                return;
            }
            for (int k = o.to(); k < it.to() && k < o.to() + 5; k++) {
                if (!doc.word(k) || doc.has(k, Vocabulary.DELEGATION) || doc.tok(k).reading().has(Clitic.BI)
                        || doc.has(k, Vocabulary.RELATIVE)) {
                    break; // والنقابة X من المغرب بوفد ترأسه السيد Y: a verb of the delegation's own clause
                }
                if (doc.verb(k)) {
                    return; // بحضور السفير، الاتحاد العام يعقد مؤتمره: the body is the subject of a verb, not a guest
                }
            }
            // جامعة «فلسطين الأهلية»: a country inside the body's name is no place it comes from
            add(b, org, countriesOutside(org, it.from(), it.to()), it.from(), it.skip(), it.to(), false);
        } else if (onlyPlaces(from, it.to()) && !countriesIn(from, it.to()).isEmpty()) {
            add(b, null, countriesIn(from, it.to()), it.from(), it.skip(), it.to(), false);
        } else {
            presentGroup(b, host, it.from(), it.to());
        }
    }

    // ---- groups of those present ----

    /**
     * {@code بحضور عدد من قيادات الأحزاب}, {@code وحشد من أبناء الجالية}, {@code ورؤساء النقابات المهنية}, {@code وأعضاء
     * من مجلس النواب}: an item of a list of those present that names a group — a quantity or crowd and من, or a
     * plural of people in office or membership in construct ({@code present-groups.tsv}) — is one delegation: the
     * body named right after من/عن, else the group as written. The item ends at a verb or a person; members of the
     * gathering's own organizer ({@code كافة أعضاء الجمعية}) are none.
     */
    private int presentGroup(Meeting.Builder b, Meeting host, int k, int itemEnd) {
        Lexicon.Hit hoped = doc.hit(k - 1, Vocabulary.TAKE_PART);
        // جمع من أبناء الجالية وممثلو الجمعيات: جمعية X، …: the head of a list after a colon, read item by item
        if (!groupHead(k) || hoped != null && hoped.isVerb() && hoped.shape() != Word.Shape.PAST
                || doc.punct(itemEnd, ":")) {
            return NO_GROUP; // ان يشاركها أبناء الجالية: who is hoped to come is not there yet
        }
        boolean crowd = doc.tok(k).hasStemIn(CROWDS);
        int j = k + 1;
        while (j < itemEnd && j < k + 3 && doc.word(j) && doc.tok(j).hasStemIn(EXTENT)) {
            j++; // عدد كبير من، حشد غفير من
        }
        // ممثلي ومندوبي الجالية، رؤساء وأعضاء نقابات: heads joined by و share their genitive
        while (j < itemEnd && doc.conjunction(j) > 0 && groupHead(j) && !crowd) {
            j++;
        }
        boolean of = doc.is(j, "من", "عن");
        if (crowd && !of && !doc.tok(k).hasStemIn(ALL) || !of && !doc.word(j) || j >= itemEnd) {
            return NO_GROUP;
        }
        int start = of ? j + 1 : j;
        int end = start;
        while (end < itemEnd && end < start + GROUP_PHRASE && r.persons().covering(end) == null && !opensGroup(end)
                && !doc.verb(end)) {
            end++;
        }
        while (end > start && doc.punct(end - 1)) {
            end--;
        }
        if (end <= start || end - start >= GROUP_PHRASE || !doc.word(start) || headsList(end)) {
            return NO_GROUP;
        }
        if (ownPeople(start, end)) {
            return OWN_GROUP;
        }
        if (doc.has(of ? j - 1 : start - 1, Vocabulary.DELEGATION) && (generic(start) || branchesHead(start))) {
            return NO_GROUP; // ممثلي الأحزاب ومنظمات المجتمع المدني: delegates of kinds, read by delegation() as none
        }
        if (!namesBodies(start, end)) {
            return NO_GROUP;
        }
        Found<Organization> o = r.entities().organization(doc, start, end);
        boolean body = o != null && o.from() == start && !generic(start);
        if (body && own(host, o.value())) {
            return OWN_GROUP; // كافة أعضاء الاتحاد العام: the organizer's own people
        }
        Phrase group = doc.phrase(start, Parties.clitics(doc, start), end);
        if (group == null) {
            return NO_GROUP;
        }
        if (b == null) {
            return end; // only asked whose people they are
        }
        Party represents = body ? o.value() : new Group(group.text(), group.span());
        add(b, represents, List.of(), k, Parties.clitics(doc, k), end, false);
        return end;
    }

    /**
     * {@code رؤساء وأعضاء الجمعيات والروابط التالية: X، Y}: the first stop after a group at {@code end} is a colon —
     * the group heads a list of bodies, each read as its own delegation.
     */
    private boolean headsList(int end) {
        for (int k = end; k < end + GROUP_PHRASE && k < doc.size(); k++) {
            if (doc.punct(k)) {
                return doc.punct(k, ":");
            }
        }
        return false;
    }

    /** {@link #presentGroup} found no group. */
    private static final int NO_GROUP = -1;
    /** {@link #presentGroup} found the organizer's own people. */
    private static final int OWN_GROUP = -2;

    /**
     * {@code قيادات الأحزاب}, {@code أبناء الجالية}, {@code مسؤولين من وزارة الإعلام}: the group's phrase, tokens [from,
     * to), names bodies or a community — a body's head, a plural of bodies or a community; a group of persons
     * alone ({@code عدد من الوزراء}, {@code رؤساء الأقسام}) is guests, no delegation.
     */
    private boolean namesBodies(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.word(k) && (r.entities().organizationHead(doc, k) || doc.has(k, Vocabulary.BRANCHES)
                    || branchesHead(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code مندوبي جميع الفروع}, {@code مدراء الإدارات بالحزب}, {@code مندوبي المؤتمر}: a group of the organizer's
     * own — a bare head with the article that names the text's own body ({@link Entities#anaphoric}), its own
     * branches or the gathering — among tokens [from, to).
     */
    private boolean ownPeople(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.word(k)) {
                continue;
            }
            boolean bare = doc.tok(k).reading().definite() && (k + 1 >= to || !doc.word(k + 1) || doc.conjunction(k + 1) > 0);
            if (r.entities().anaphoric(doc, k) && !generic(k) && !branchesHead(k) && !nisbaAfter(k + 1) || gatheringWord(k)
                    || bare && doc.tok(k).hasStemIn(OWN_PARTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code بحضور X مستشار الوزير ورؤساء تحرير الصحف ومسؤولين من وزارة الإعلام}: the groups joined by و inside an
     * item of a list of those present, each up to the next ({@link #opensGroup}).
     */
    private void groupsWithin(Meeting.Builder b, Meeting host, ItemList.Item it) {
        if (doc.punct(it.to(), ":")) {
            return;
        }
        int at = -1;
        for (int j = it.from() + 1; j <= it.to(); j++) {
            if (j == it.to() || opensGroup(j)) {
                // أعضاء المجلس ورؤساء الهيئات الإدارية: who follows the organizer's own people by و is its own too
                if (at < 0 && groupHead(it.from()) && presentGroup(null, host, it.from(), j) == OWN_GROUP
                        || at >= 0 && presentGroup(b, host, at, j) == OWN_GROUP) {
                    return;
                }
                at = j;
            }
        }
    }

    /** {@code وعدد من}, {@code ورؤساء النقابات}: a group of those present opening a new item after و. */
    private boolean opensGroup(int j) {
        return doc.conjunction(j) > 0 && groupHead(j) && !doc.tok(j).reading().definite() && !groupHead(j - 1);
    }

    /** A quantity or a plural of members opening a group of those present ({@code عدد}, {@code قيادات}). */
    private boolean groupHead(int k) {
        return doc.word(k) && (doc.tok(k).hasStemIn(CROWDS) || doc.tok(k).hasStemIn(MEMBERS));
    }

    /**
     * {@code بحضور واسع من ممثلي …}, {@code شهدت حضوراً واسعاً لقيادات …}: after a noun of presence and its adjectives
     * of extent, the list starts past من (or at the word carrying ل); {@code k} otherwise.
     */
    private int pastExtent(int i, int k) {
        if (k != i + 1 || !doc.has(i, Vocabulary.ATTENDANCE) && !presenceObject(i)) {
            return k;
        }
        int j = k;
        while (j < k + 3 && doc.word(j) && doc.tok(j).hasStemIn(EXTENT)) {
            j++;
        }
        if (j == k) {
            return k;
        }
        return doc.is(j, "من") ? j + 1 : doc.word(j) && doc.hasLam(j) ? j : k;
    }

    /**
     * {@code شهدت الأمسية حضوراً واسعاً لـ…}: presence in the accusative, the object of a verb of witnessing, with an
     * adjective of extent after it ({@link #pastExtent} reads on).
     */
    private boolean presenceObject(int i) {
        return PRESENCE.contains(doc.form(i)) && doc.word(i + 1) && doc.tok(i + 1).hasStemIn(EXTENT);
    }

    /** The longest phrase naming a group of those present. */
    private static final int GROUP_PHRASE = 14;

    private static final java.util.Map<String, Set<String>> PRESENT_GROUPS = presentGroups();
    /** Quantities and crowds: عدد، حشد، العديد، كافة. */
    private static final Set<String> CROWDS = PRESENT_GROUPS.get("quantity");
    /** Plurals of people in office or membership: ممثلي، قيادات، رؤساء، أعضاء، أبناء. */
    private static final Set<String> MEMBERS = PRESENT_GROUPS.get("members");
    /** Adjectives of how many came: واسع، غفير، كبير. */
    private static final Set<String> EXTENT = PRESENT_GROUPS.get("extent");
    /** A body's own subdivisions: الفروع، اللجان. */
    private static final Set<String> OWN_PARTS = PRESENT_GROUPS.get("own");
    /** The quantities that take a genitive with no من: كافة أعضاء، جميع ممثلي. */
    private static final Set<String> ALL = StemSet.of("كافه", "جميع", "عديد");

    /** {@code present-groups.tsv} by class. */
    private static java.util.Map<String, Set<String>> presentGroups() {
        java.util.Map<String, List<String>> byClass = new java.util.HashMap<>();
        for (org.nashra.parser.internal.gazetteer.Tsv.Row row
                : org.nashra.parser.internal.gazetteer.Tsv.read(Participation.class, "present-groups.tsv", 2)) {
            byClass.computeIfAbsent(row.cell(1), c -> new ArrayList<>()).add(FoldedText.fold(row.cell(0)));
        }
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String c : List.of("quantity", "members", "extent", "own")) {
            out.put(c, StemSet.copyOf(byClass.getOrDefault(c, List.of())));
        }
        byClass.keySet().stream().filter(c -> !out.containsKey(c)).findFirst().ifPresent(c -> {
            throw new IllegalStateException("present-groups.tsv: unknown class " + c); // a misspelt class reads nothing
        });
        return java.util.Map.copyOf(out);
    }

    /** The gathering's organizer or the text's issuer, not one of the bodies taking part. */
    private boolean own(Meeting host, Organization org) {
        if (org.branch() != null || org.name() == null) {
            return false;
        }
        for (Party p : new Party[] {host.organizer(), r.issuer(), r.organizer()}) {
            if (p instanceof Organization h && h.name() != null && sameBody(h.name(), org.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two names of one body: every word of the shorter is a word of the longer, its clitics aside, or
     * the start of one written joined to the next ({@code الجمعية العراقية} in {@code الجمعية العراقية الكندية},
     * {@code تنسيقية التيارفي}); {@code الحزب الشيوعي اللبناني} is not {@code الحزب الشيوعي العراقي}.
     */
    static boolean sameBody(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        String[] shorter = x.length <= y.length ? x : y;
        String[] longer = x.length <= y.length ? y : x;
        for (String w : shorter) {
            boolean found = false;
            for (String v : longer) {
                found |= w.equals(v) || Math.min(w.length(), v.length()) >= 4 && (w.startsWith(v) || v.startsWith(w));
            }
            if (!found) {
                return false;
            }
        }
        return shorter.length > 0;
    }

    private static String[] words(String name) {
        return org.nashra.parser.internal.text.Clitic.stems(name).toArray(String[]::new);
    }

    /**
     * After a verb of taking part, where who took part starts: past the gathering it names, after في or as its
     * object, with up to three words of it ({@code شارك في أعمال المؤتمر فروع الحزب}, {@code شارك في إحياء
     * المناسبة كل من …}, {@code حضر الحفل السنوي: …}), at the first body, title, cue of a list ({@code كل من})
     * or colon; {@code at} when no gathering stands there.
     */
    private int gatheringAfter(int at) {
        boolean in = doc.is(at, "في");
        int first = in ? at + 1 : at;
        if (!in && !gatheringWord(first)) {
            return at;
        }
        for (int k = first; k < at + 5 && k < doc.size(); k++) {
            if (doc.punct(k, ":")) {
                return k;
            }
            if (!doc.word(k)) {
                return at;
            }
            if (k > first && (doc.is(k, "كل") && doc.is(k + 1, "من") || Parties.startsParty(r, k)
                    || doc.has(k, Vocabulary.DELEGATION) || doc.has(k, Vocabulary.BRANCHES) || branchesHead(k)
                    || !in && r.persons().covering(k) != null || groupHead(k) && !doc.tok(k).reading().definite())) {
                return k;
            }
        }
        return at;
    }

    /** A noun of a gathering ({@code الاجتماع}, {@code الحفل}, {@code أمسيتها}). */
    private boolean gatheringWord(int k) {
        return doc.hasAny(k, Vocabulary.MEETING, Vocabulary.CONFERENCE, Vocabulary.SESSION, Vocabulary.SEMINAR,
                Vocabulary.SITTING, Vocabulary.EVENT);
    }

    /** {@code فروعها}, {@code جمعياتنا}: a plural of bodies with a pronoun suffix. */
    private boolean branchesHead(int k) {
        if (!doc.word(k)) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        for (String head : BRANCH_PLURALS) {
            if (stem.equals(head) || stem.startsWith(head) && stem.length() <= head.length() + 2
                    && POSSESSIVE_SUFFIX.matcher(stem.substring(head.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Plurals of bodies whose places, after في or من, are the delegations: منظمات، فروع، جمعيات، أحزاب… */
    private static final List<String> BRANCH_PLURALS = java.util.stream.Stream.of("منظمات", "فروع", "جمعيات", "مكاتب",
            "لجان", "جاليات", "نقابات", "اتحادات", "روابط", "أندية", "أحزاب", "هيئات", "حركات", "مؤسسات")
            .map(FoldedText::fold).toList();

    /**
     * {@code فروعها في ملبورن وأدلايد}, {@code فروع الحزب في البصرة}, {@code جمعيات من برمنغهام وليدز}: a plural of
     * bodies (its genitive or pronoun after it) then في or من and a place: the token of the first place, else -1.
     */
    private int placesOfBranches(int from, int to) {
        if (!branchesHead(from)) {
            return -1;
        }
        for (int k = from + 1; k < to && k < from + 5; k++) {
            if (doc.is(k, "في", "من")) {
                return r.entities().placeName(doc, k + 1) != null ? k + 1 : -1;
            }
            if (!doc.word(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** An item of a list of bodies: a body of that name, its trailing {@code في X} its place. */
    private void bodyItem(Meeting.Builder b, ItemList.Item d) {
        int in = d.to();
        for (int k = d.from() + 1; k < d.to(); k++) {
            if (doc.is(k, "في")) {
                in = k;
                break;
            }
        }
        Phrase name = doc.phrase(d.from(), d.skip(), in);
        Phrase all = d.phrase(doc);
        if (name == null || all == null || delegated.overlaps(all.span())) {
            return;
        }
        Found<Place> where = in < d.to() ? r.entities().place(doc, in + 1, d.to()) : null;
        Organization org = Organization.builder().name(name.text())
                .place(where == null ? null : where.value()).span(all.span()).build();
        delegated.add(all.span());
        // فروع الاتحاد في: السويد، الدنمارك: an item that is only a place is the branch there, of that country
        List<String> countries = onlyPlaces(d.from(), d.to()) ? countriesIn(d.from(), d.to())
                : countriesOutside(org, d.from(), d.to());
        scope(b, d.from()).delegation(Delegation.builder().represents(org).countries(countries)
                .text(all.text()).span(all.span()).build());
    }

    /**
     * The one reader of the persons the tagger cannot see alone, wherever the report names them and whatever
     * verb or noun holds them: a role and a bare name ({@code ألقى كلمة الافتتاح رئيس الفرع X}, {@code كلمة
     * لرئيس الجمعية X}, {@code ثم دعي عضو الهيئة X لإلقاء كلمته}), and a person known only by a definite role
     * where the report has that person act at the gathering ({@link #acting}). Returns the token after the
     * person found, or {@code i}.
     */
    private int participant(int i, List<Found<Person>> extra) {
        Found<Person> named = namedThenRole(i);
        if (named == null) {
            named = roleThenName(i);
        }
        if (named != null) {
            extra.add(named);
            return named.to();
        }
        if (!doc.word(i) || !r.entities().role(doc, i) || r.entities().pluralRole(doc, i)
                || r.persons().covering(i) != null) {
            return i;
        }
        if (i > 0 && r.persons().covering(i - 1) != null) {
            return i; // X المحامي مقرر اللجنة: a role after a name is that person's
        }
        Found<Person> p = rolledName(i, -1);
        if (p == null && acting(i)) {
            p = roleOnly(i);
        }
        if (p == null) {
            return i;
        }
        extra.add(p);
        return p.to();
    }

    /**
     * {@code واستعرضت هدى سالم - السكرتيرة العامة، …}, {@code حضر الاجتماع كريم داود، نائب رئيس الجالية}: a bare name
     * (two to four words) where a verb's subject stands — right after the verb, or after the gathering a verb
     * of presence names — then a comma or a dash and a role: that person, the role theirs. Null otherwise.
     */
    private Found<Person> namedThenRole(int i) {
        // the comma or dash after two to four words, and the role after it, first: most words are followed by none,
        // and where a subject stands is asked only then
        int j = i + 2;
        while (j <= i + 4 && doc.word(j)) {
            j++;
        }
        if (j > i + 4 || !doc.punct(j, "،,-–") || !doc.word(j + 1) || !r.entities().role(doc, j + 1)
                || r.entities().pluralRole(doc, j + 1) || doc.conjunction(j + 1) != 0) {
            return null;
        }
        if (!doc.word(i) || r.persons().covering(i) != null || r.entities().role(doc, i) || i < 1 || !subjectSlot(i)) {
            return null;
        }
        Found<Person> p = r.entities().bareName(doc, i, r.limit(i));
        if (p == null || p.from() != i || p.to() <= j + 1 || p.value().name() == null
                || p.value().role() == null || p.value().name().split(" ").length != j - i) {
            // هدى الطيب - السكرتير العام: a name, a dash, a role the reader takes apart
            Found<Person> name = listedName(i, j);
            Found<Person> role = r.entities().bareName(doc, j + 1, r.limit(i));
            if (name == null || role == null || role.from() != j + 1 || role.value().name() != null
                    || role.value().role() == null) {
                return null;
            }
            p = new Found<>(name.value().toBuilder().role(role.value().role()).build(), i, j);
        }
        for (int k = i; k < j; k++) {
            if (doc.verb(k) || r.entities().placeName(doc, k) != null
                    || r.entities().organizationHead(doc, k) || doc.tok(k).reading().definite() && k == i) {
                return null;
            }
        }
        return p;
    }

    /** Where a verb's subject stands: right after a verb (not of the writer), or after the gathering named after حضر. */
    private boolean subjectSlot(int i) {
        int v = gatheringWord(i - 1) ? i - 2 : i - 1;
        return doc.word(v) && !doc.tok(i).reading().hasPreposition()
                && (doc.hits(v).stream().anyMatch(h -> h.isVerb() && !h.person().isFirst()) || clauseVerb(v)
                || doc.is(v, "حضر", "وحضر", "حضرت", "وحضرت")) && !doc.has(v - 1, Vocabulary.RELATIVE);
    }

    /**
     * {@code واستعرض رئيس الجالية، أحمد يوسف، أبرز …}, {@code ورئيس الاتحاد في المغرب، عبد الهادي سالم،}: a person
     * known by a role, then a comma and a bare name closed by a stop — the name in apposition is that person's.
     * Null otherwise.
     */
    private Found<Person> roleThenName(int i) {
        Found<Person> role = r.persons().covering(i);
        if (role == null || role.from() != i || role.value().name() != null || role.value().alias() != null
                || role.value().role() == null || !doc.punct(role.to(), "،,")) {
            return null;
        }
        int k = role.to() + 1;
        for (int j = k + 2; j <= k + 4; j++) {
            if (doc.punct(j) || j >= doc.size() || doc.isSentenceEnd(j)) {
                if (!doc.punct(j, "،,.") && j < doc.size()) {
                    return null;
                }
                Found<Person> name = listedName(k, j);
                return name == null ? null : new Found<>(name.value().toBuilder().role(role.value().role()).build(), k, j);
            }
            if (!doc.word(j)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where a role names someone acting at the gathering: the subject right after a verb ({@code قرأ عريف الحفل
     * رسالة}), the speaker a speech noun governs ({@code تلتها كلمة القنصل العام}), or who a cue of presence or
     * agency names ({@code بحضور القنصل العام}, {@code برئاسة}, {@code من قبل عريف الحفل}).
     */
    private boolean acting(int i) {
        int k = i - 1;
        if (k < 0 || !doc.word(k) || doc.has(i, Vocabulary.DELEGATION)) {
            return false; // ممثل عن X: a delegation, read as one
        }
        boolean verb = !doc.tok(i).reading().hasPreposition() && (doc.hits(k).stream().anyMatch(h -> h.isVerb()
                && !h.person().isFirst())
                || clauseVerb(k)) && !doc.has(k - 1, Vocabulary.RELATIVE);
        return verb || doc.tok(k).hasStemIn(SPEECH_NOUNS)
                || doc.has(k, Vocabulary.ATTENDANCE) && doc.tok(k).reading().has(Clitic.BI)
                || doc.is(k, "وحضور") // برعاية الوزير وحضور المحافظ: a presence joined to the cue before it
                || doc.is(k, "برياسه", "وبرياسه") || doc.is(k, "قبل") && doc.is(k - 1, "من")
                // وحضر الافتتاح محافظ المدينة: the subject after the gathering a verb of presence names
                || gatheringWord(k) && doc.is(k - 1, "حضر", "وحضر", "حضرت", "وحضرت", "حضرها", "وحضرها")
                || patron(k);
    }

    /**
     * {@code برعاية وزير الثقافة}, {@code تحت رعاية محافظ المدينة}: the cue of a gathering's patron, who is one of
     * those present.
     */
    private boolean patron(int k) {
        return doc.is(k, "برعايه", "وبرعايه") || doc.is(k, "رعايه") && doc.is(k - 1, "تحت", "وتحت");
    }

    /**
     * The verb opening a clause, whatever verb it is ({@code ثم قرأ}, {@code ، وأشرف}, {@code كما تولى}): the
     * first word after a stop, a comma or a clause opener, bare of the article and of a preposition, and no
     * noun the readers know (a role, a body, a place, a gathering, a person). Arabic puts the verb before
     * its subject, so the role right after it is who acts.
     */
    private boolean clauseVerb(int k) {
        // not after a colon: an item of a list opens on a verbal noun (ثانياً: عرض رئيس الاتحاد للنشاطات)
        boolean opens = k == doc.sentenceStart(k) || doc.punct(k - 1) && !doc.punct(k - 1, "\"«(:")
                || doc.is(k - 1, "ثم", "كما", "فيما", "بينما", "وقد", "قد", "ثم", "بعدها", "بعده", "حيث", "وحيث");
        if (!opens || !doc.word(k) || doc.tok(k).reading().definite() || doc.tok(k).reading().hasPreposition()
                || doc.tok(k).reading().stem().length() < 3) {
            return false;
        }
        return !r.entities().role(doc, k) && !r.entities().honorific(doc, k) && !r.entities().organizationHead(doc, k)
                && r.entities().placeName(doc, k) == null && r.persons().covering(k) == null && !gatheringWord(k)
                && !doc.has(k, Vocabulary.DELEGATION) && !doc.tok(k).isNumber();
    }

    /**
     * A person known only by a role at {@code i} ({@code القنصل العام للمملكة}, {@code عريف الحفل}): the role
     * definite, by its article or its definite genitive, so that it names one office holder; null otherwise.
     */
    private Found<Person> roleOnly(int i) {
        Found<Person> p = r.entities().office(doc, i) ? r.entities().bareName(doc, i, r.clause(i)) : null;
        if (p != null && p.value().name() != null && p.value().role() != null) {
            p = roleAlone(p); // قرأ عريف الحفل نبذة: the word after the role is its object, no name
        }
        if (p == null || p.from() != i || p.value().name() != null || p.value().alias() != null
                || p.value().role() == null || !r.layout().inBody(i)) {
            return null;
        }
        boolean definite = doc.tok(i).reading().definite() || definiteChain(i + 1, p.to());
        // برئاسة عضو اللجنة مفوض الأقاليم د. X، قرأت الشاعرة X: the role of a name that follows it
        boolean named = r.entities().role(doc, p.to());
        // الأمين العام لفرع الصحة السيد X, عضو البرلمان عن دائرة A – B السيد X: the title's person, the role
        // placed before the name; a dash may join two place names, any other mark ends the look
        for (int k = p.to(); k < p.to() + PLACED_ROLE && !named && (doc.word(k) || doc.punct(k, "–-")); k++) {
            named = r.persons().covering(k) != null;
        }
        return definite && !named ? p : null;
    }

    /**
     * {@code وزيرة شؤون المرأة}, {@code سفير فلسطين}: the nouns in construct from {@code from} (before {@code to})
     * end on a definite noun or a place's name, so that the role names one office holder, not {@code عضو لجنة}.
     */
    private boolean definiteChain(int from, int to) {
        for (int k = from; k < to && doc.word(k); k++) {
            if (doc.tok(k).reading().definite() || r.entities().placeName(doc, k) != null) {
                return true;
            }
            if (doc.tok(k).reading().hasPreposition() || doc.conjunction(k) > 0 || doc.verb(k)
                    || doc.is(k, "عن", "من", "في", "لدي", "الي", "علي", "مع", "بين")) {
                return false; // ممثل عن البنك: a delegate of a body, not one office
            }
        }
        return false;
    }

    /** How far a role's place may run before the name it belongs to ({@code عن دائرة A – B السيد}). */
    private static final int PLACED_ROLE = 8;

    /** How far after a verb of speaking its subject may stand (an object or an adverbial before it). */
    private static final int BROUGHT_ON = 8;

    /**
     * A role and a bare name starting at {@code from} ({@code رئيس المجلس طوني يعقوب}), ending at {@code to}
     * (or anywhere in the clause when -1); null unless the name is name-like: two to four words, none a verb,
     * the first without the article.
     */
    private Found<Person> rolledName(int from, int to) {
        if (!doc.word(from) || r.persons().covering(from) != null) {
            return null;
        }
        int limit = to < 0 ? r.clause(from) : to;
        Found<Person> p = placedRole(r.entities().bareName(doc, from, limit), limit);
        if (p == null || to >= 0 && p.to() != to || p.value().role() == null || p.value().name() == null
                || !r.layout().inBody(from)) {
            return null;
        }
        String[] words = p.value().name().split(" ");
        if (words.length < 2 || FoldedText.fold(words[0]).startsWith("ال") || TANWEEN.matcher(p.value().name()).find()) {
            return null;
        }
        for (int k = p.to() - words.length; k < p.to(); k++) {
            if (k < p.from() || doc.verb(k) && !r.entities().givenName(doc, k) || r.entities().placeName(doc, k) != null
                    || r.entities().organizationHead(doc, k) || r.entities().role(doc, k)) {
                return null;
            }
        }
        return p;
    }

    /**
     * {@code رئيس فرع الجامعة في أدالايد ايلي بركات}: a role that ends at a place, then a bare name — the place
     * belongs to the role, the name to the person; {@code p} itself otherwise.
     */
    private Found<Person> placedRole(Found<Person> p, int limit) {
        if (p == null || p.value().name() != null || p.value().role() == null || !doc.is(p.to(), "في")) {
            return p;
        }
        Found<Place> known = r.entities().place(doc, p.to() + 1, limit);
        // a place the gazetteer does not know: one word, then a name of two words or more
        int placeTo = known != null ? known.to() : doc.word(p.to() + 1) ? p.to() + 2 : -1;
        // في موسكو وسانت بطرسبورغ: a conjunct after the place goes on with places, it names no one
        Found<Person> named = placeTo < 0 || doc.conjunction(placeTo) > 0 ? null : r.entities().bareName(doc, placeTo, limit);
        if (named == null || named.from() != placeTo || named.value().role() != null || named.value().name() == null
                || known == null && named.value().name().indexOf(' ') < 0) {
            return p;
        }
        Person v = p.value();
        int roleStart = doc.original().indexOf(v.role(), v.span().start());
        if (roleStart < 0) {
            return p;
        }
        String role = doc.original().substring(roleStart, doc.span(p.to(), placeTo).end());
        Span span = new Span(v.span().start(), named.value().span().end());
        return new Found<>(Person.builder().name(named.value().name()).honorifics(v.honorifics())
                .role(role).gender(named.value().gender()).span(span).build(),
                p.from(), named.to());
    }

    /** What two mentions of one person share: the family name, the kunya, or the role of one known by role. */
    private static Set<String> keys(Person p) {
        Set<String> keys = new LinkedHashSet<>();
        if (p.name() != null) {
            String[] w = FoldedText.fold(p.name()).split(" ");
            keys.add(w[w.length - 1]);
            if (w[0].startsWith("ال")) {
                keys.add(w[0]); // الدكتور الحكيم …: a family name given alone after the title
            }
        }
        if (p.alias() != null) {
            keys.add(FoldedText.fold(p.alias()));
        }
        if (p.name() == null && p.alias() == null && p.role() != null) {
            keys.add(FoldedText.fold(p.role()));
        }
        return keys;
    }

    /** True when {@code s} lies inside an excluded span: some span starting at or before it reaches its end. */
    private boolean isExcluded(Span s) {
        int lo = 0;
        int hi = excluded.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (excluded.get(mid).start() <= s.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && reach[lo - 1] >= s.end();
    }

    /**
     * {@code later} names again the person {@code earlier} names: by the same kunya, by the same role when
     * neither is named, or by a name whose words are the earlier name's words in order, some left out
     * ({@code علي البصري} or {@code البصري} after {@code علي جبار البصري}, but not {@code علي كاظم البصري}:
     * three persons may share a first and a family name), or by the family name after a title
     * ({@code الدكتور الحكيم} after {@code فؤاد الحكيم}).
     */
    static boolean samePerson(Person earlier, Person later) {
        if (earlier.alias() != null && earlier.alias().equals(later.alias())
                || earlier.alias() != null && earlier.alias().equals(later.name())
                || later.alias() != null && later.alias().equals(earlier.name())) {
            return true;
        }
        if (earlier.name() == null || later.name() == null) {
            return earlier.name() == null && later.name() == null && earlier.alias() == null && later.alias() == null
                    && earlier.role() != null && earlier.role().equals(later.role());
        }
        String[] x = FoldedText.fold(earlier.name()).split(" ");
        String[] y = FoldedText.fold(later.name()).split(" ");
        // الدكتور الحكيم named again after فؤاد الحكيم (a following word may cling to the short form)
        boolean familyFirst = x[0].startsWith("ال") && x[0].equals(y[y.length - 1])
                || y[0].startsWith("ال") && y[0].equals(x[x.length - 1]);
        return familyFirst || x[x.length - 1].equals(y[y.length - 1]) && inOrder(y, x);
    }

    /** True when the words of {@code part} are words of {@code whole} in the same order. */
    private static boolean inOrder(String[] part, String[] whole) {
        int k = 0;
        for (int i = 0; i < whole.length && k < part.length; i++) {
            if (whole[i].equals(part[k])) {
                k++;
            }
        }
        return k == part.length;
    }

    // ---- delegations and absentees ----

    private void delegations(Meeting.Builder b, Meeting host) {
        origins(b);
        joint(b, host);
        Set<Integer> seen = new LinkedHashSet<>();
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            if (seen.contains(i)) {
                continue;
            }
            Lexicon.Hit absent = doc.hit(i, Vocabulary.ABSENT);
            if (absent != null && absent.isVerb()) {
                int end = absentees(b, host, i);
                for (int k = i; k < end; k++) {
                    seen.add(k);
                }
                continue;
            }
            if (partner(i, host)) {
                int end = partyItems(b, host, i + 2, r.limit(i), false);
                for (int k = i; k < end; k++) {
                    seen.add(k);
                }
                continue;
            }
            if (doc.hits(i).isEmpty() && !doc.tok(i).hasStemIn(DELEGATION_NOUNS) && !doc.tok(i).hasStemIn(SPEECH_NOUNS)
                    || isExcluded(doc.span(i, i + 1)) || inPerson(i)) {
                continue; // each reader below starts on a word of the lexicon or a noun of delegations or speech
            }
            int end = described(b, host, i);
            if (end < 0) {
                end = spoken(b, host, i);
            }
            if (end > i) {
                for (int k = i; k < end; k++) {
                    seen.add(k);
                }
                continue;
            }
            boolean cue = doc.has(i, Vocabulary.DELEGATION) && !doc.tok(i).reading().definite()
                    || doc.has(i, Vocabulary.REPRESENT) && doc.hit(i, Vocabulary.REPRESENT).isVerb()
                    || guestsFrom(i);
            if (cue) {
                int before = added;
                end = delegation(b, host, i);
                if (added == before) {
                    end = Math.max(end, lone(b, i));
                }
                for (int k = i; k < end; k++) {
                    seen.add(k);
                }
            }
        }
    }

    /** How many delegations were read so far: a cue that gave none may still name one. */
    private int added;

    /**
     * {@code ووفد من تعاونيات قطاع غزة شارك عبر …}, {@code وفد رفيع من الحزب X}: a delegation (وفد) whose origin the
     * readers above could not cut into bodies or places is still one delegation, named by the phrase after من/عن
     * up to a stop, a verb, a person, a relative or who leads it ({@code برئاسة}). Returns where it ends, or
     * {@code i}.
     */
    private int lone(Meeting.Builder b, int i) {
        if (!doc.word(i) || !doc.tok(i).hasStemIn(DELEGATION) || doc.tok(i).reading().definite()) {
            return i;
        }
        int k = i + 1;
        while (k < i + 3 && doc.word(k) && !doc.is(k, "من", "عن") && doc.hits(k).isEmpty()
                && r.persons().covering(k) == null && !doc.tok(k).reading().hasPreposition()) {
            k++; // وفدا رفيعا من: adjectives of the delegation
        }
        if (!doc.is(k, "من", "عن")) {
            return i;
        }
        int from = k + 1;
        int to = from;
        while (to < r.limit(i) && to < from + LONE_PHRASE && (doc.word(to) || doc.punct(to, "«»\"")
                || doc.tok(to).isNumber()) && !doc.verb(to)
                && !doc.has(to, Vocabulary.RELATIVE) && r.persons().covering(to) == null
                && !r.entities().honorific(doc, to) && !doc.is(to, "برياسه", "وبرياسه", "ضم", "يضم", "ضمن")
                && !(doc.is(to, "في") && gatheringWord(to + 1)) && !(to > from && doc.has(to, Vocabulary.DELEGATION))) {
            to++;
        }
        while (to > from && doc.punct(to - 1)) {
            to--;
        }
        if (to == from || to == from + LONE_PHRASE || !doc.word(from)) {
            return i;
        }
        Found<Organization> o = r.entities().organization(doc, from, to);
        add(b, o != null && o.from() == from ? o.value() : null, countriesIn(from, to), from, Parties.clitics(doc, from),
                to, false);
        return to;
    }

    /**
     * {@code 46 تعاونية من محافظات الضفة}, {@code 41 مكتباً ولائياً}, {@code أكثر من عشرين جمعية أهلية من A وB}: a
     * number of bodies after a cue of representing is one delegation, up to a stop, a verb or a person; the
     * end, or -1 when {@code k} counts no bodies.
     */
    private int counted(Meeting.Builder b, int k, int end) {
        int j = k;
        if (doc.is(j, "اكثر", "اقل") && doc.is(j + 1, "من")) {
            j += 2;
        } else if (doc.is(j, "نحو", "قرابه", "حوالي", "زها")) {
            j++;
        }
        var n = org.nashra.parser.internal.number.ArabicNumbers.read(doc.analyzed(), j);
        if (n == null || n.ordinal() || n.value() < 2 || !bodyNoun(n.endToken())) {
            return -1;
        }
        int to = phraseEnd(n.endToken() + 1, end);
        add(b, null, countriesIn(k, to), k, Parties.clitics(doc, k), to, false);
        return to;
    }

    /** A noun of one body, counted: مكتباً، تعاونية، جمعية، نقابة، فرعاً، منظمة… */
    private boolean bodyNoun(int h) {
        return doc.word(h) && (r.entities().organizationHead(doc, h) || doc.has(h, Vocabulary.BRANCHES) || branchesHead(h)
                || doc.tok(h).hasStemIn(COUNTED_BODIES));
    }

    private static final Set<String> COUNTED_BODIES = StemSet.copyOf(java.util.stream.Stream.of("مكتب", "مكتبا", "تعاونية",
            "تعاونيات", "جمعية", "جمعيات", "نقابة", "نقابات", "فرع", "فرعا", "منظمة", "منظمات", "هيئة", "هيئات",
            "حزب", "حزبا", "احزاب", "نادي", "ناديا", "اندية", "رابطة", "روابط", "اتحاد", "اتحادا", "مؤسسة", "مؤسسات")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet()));

    /** {@code إحدى عشرة محافظة}, {@code 12 دولة}: a number of places at {@code k}; the end, or -1. */
    private int countedPlaces(int k) {
        var n = org.nashra.parser.internal.number.ArabicNumbers.read(doc.analyzed(), k);
        if (n == null || n.ordinal() || n.value() < 2 || !doc.word(n.endToken())) {
            return -1;
        }
        String stem = doc.tok(n.endToken()).reading().stem();
        return ADMIN_PLACES.contains(stem) || COUNTED_PLACES.contains(stem) ? n.endToken() + 1 : -1;
    }

    private static final Set<String> COUNTED_PLACES = java.util.stream.Stream.of("محافظة", "ولاية", "مدينة",
            "دولة", "دول", "بلدا", "بلد", "بلدان", "منطقة", "مقاطعة", "قرية", "بلدة", "مديرية", "قضاء")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Where a phrase of bodies from {@code from} ends: at a stop, a verb, a relative, a person or a delegate cue. */
    private int phraseEnd(int from, int end) {
        int to = from;
        while (to < end && to < from + LONE_PHRASE && doc.word(to) && !doc.verb(to)
                && !doc.has(to, Vocabulary.RELATIVE) && r.persons().covering(to) == null
                && !r.entities().honorific(doc, to) && !doc.is(to, "برياسه", "وبرياسه")
                && !(doc.conjunction(to) > 0 && (doc.has(to, Vocabulary.DELEGATION) || r.entities().organizationHead(doc, to)))) {
            to++;
        }
        return to;
    }

    /** The longest phrase naming where a lone delegation comes from. */
    private static final int LONE_PHRASE = 9;

    /**
     * Who takes part, then where they come from: {@code حضره ممثلون عن لجان المعلمين في A وB وC}, {@code بمشاركة
     * طلبة قدموا من A وB}, {@code حضره عدد من المزارعين من قرى A وB}, {@code ممثلين عن جمعيتي الخريجين بقريتي A وB}
     * — one delegation per place of the list, the countries those it names. The places are read by their
     * position, so the gazetteer need not know them: a list of two or more short names joined by و
     * ({@link #placeItems}) after a noun of places ({@code مديريات، قرى، بقريتي}), after a verb of coming
     * ({@code قدموا من}), or after في/من that ends a phrase of who takes part ({@link #origin}).
     */
    private void origins(Meeting.Builder b) {
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            boolean prep = doc.is(i, "في", "من");
            // بقريتي A وB، بمحافظات A وB: the noun of places carries the preposition
            boolean carried = !prep && doc.tok(i).reading().has(Clitic.BI) && adminPlaces(i); // ب first: rarer
            if (!prep && !carried) {
                continue;
            }
            int k = carried ? i : i + 1;
            boolean admin = adminPlaces(k) && !doc.tok(k).reading().definite();
            if (admin) {
                k++;
            }
            if (!joinedWithin(k, r.limit(i))) {
                continue; // no second place: most words after في and من are no list, and its reader asks each word much
            }
            List<ItemList.Item> items = placeItems(k, r.limit(i));
            if (items.size() < 2 || isExcluded(doc.span(i, i + 1))) {
                continue;
            }
            boolean come = prep && doc.is(i, "من") && coming(i - 1);
            int last = items.get(items.size() - 1).to();
            // لجان الحزب في فرنسا، النمسا وألمانيا: a list of places grouped by commas is read where it is cued;
            // أطباء قدموا من لندن ومانشستر: cities of renown say where members live, no delegations
            if (placeItemAfter(last, r.limit(i)) || come && !admin && onlyPlaces(k, last) && countriesIn(k, last).isEmpty()) {
                continue;
            }
            if (!origin(carried ? i + 1 : i, admin || come, doc.is(i, "من"))) {
                continue;
            }
            for (ItemList.Item it : items) {
                add(b, null, countriesIn(it.from(), it.to()), it.from(), it.skip(), it.to(), false);
                placed.add(doc.span(it.from(), it.to()));
            }
            i = last - 1;
        }
    }

    /**
     * A joint gathering: {@code عقد الحزب X وحزب Y اجتماعاً}, {@code وعقدت المؤسسات الثلاث وهي A وB وC اجتماعا}
     * (two or more bodies joined by و right before the gathering's noun, the subject of the verb that holds it),
     * {@code اجتماع مشترك بين X وY} (the bodies after بين) — one delegation per party.
     */
    private void joint(Meeting.Builder b, Meeting host) {
        if (host.span() == null) {
            return;
        }
        int g = doc.tokenAt(host.span().start());
        if (g < 0) {
            return;
        }
        List<Found<Organization>> chain = new ArrayList<>();
        int end = g;
        if (doc.punct(end - 1, ")") && r.organizations().covering(end - 1) == null) {
            for (int k = end - 2; k > end - 6 && k > 0; k--) {
                if (doc.punct(k, "(")) {
                    end = k; // حزب البعث (الأصل): a bracket after the name the reader left out is part of it
                    break;
                }
            }
        }
        for (Found<Organization> o : r.organizations().within(doc.sentenceStart(g), end)) {
            if (!chain.isEmpty() && !adjoining(chain.get(chain.size() - 1).to(), o.from())) {
                chain.clear();
            }
            if (chain.isEmpty() || doc.conjunction(o.from()) > 0) {
                chain.add(o);
            } else {
                chain.clear();
            }
        }
        if (chain.size() >= 2 && adjoining(chain.get(chain.size() - 1).to(), end)
                && doc.conjunction(chain.get(0).from()) == 0) {
            for (int n = 0; n < chain.size(); n++) {
                Found<Organization> o = chain.get(n);
                int to = n + 1 < chain.size() ? chain.get(n + 1).from() : g;
                if (!generic(o.from()) && !r.entities().anaphoric(doc, o.from())) {
                    add(b, o.value(), List.of(), o.from(), Parties.clitics(doc, o.from()), to, false);
                }
            }
            return;
        }
        // اجتماع مشترك بين X وY، لقاء تنسيقي مشترك بين …
        int k = doc.tokenAt(host.span().end() - 1) + 1;
        for (int j = g + 1; j < g + 4 && j <= k + 1; j++) {
            if (doc.is(j, "بين") && doc.word(j - 1) && doc.tok(j - 1).reading().stem().startsWith("مشترك")) {
                partyItems(b, host, j + 1, r.limit(j), false);
                return;
            }
        }
    }

    /**
     * True when tokens [from, to) are at most three plain words ({@code العاملة}: the rest of a name the reader
     * cut short), with no conjunction, stop, verb or person: the body before goes on up to {@code to}.
     */
    private boolean adjoining(int from, int to) {
        if (to < from || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!doc.word(k) || doc.conjunction(k) > 0 || doc.verb(k)
                    || r.persons().covering(k) != null || doc.tok(k).reading().hasPreposition() && !doc.tok(k).reading().definite()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the في/من at {@code at} (or the noun of places right before {@code at}) ends a phrase of who takes
     * part: a cue of taking part before it in the sentence ({@code شارك، حضر، بمشاركة، بحضور، ضم، وفود،
     * ممثلون، يمثلون}), with no stop or other verb between, and who takes part named between cue and
     * preposition; {@code cued} (a noun of places, a verb of coming) lets any such phrase through, من alone
     * only after a plural of delegates, guests or bodies ({@code وفود من}, {@code جمعيات من}); a singular
     * delegate ({@code وفد من A وB}) is one delegation, read where it is cued.
     */
    private boolean origin(int at, boolean cued, boolean from) {
        int words = 0;
        for (int k = at - 1; k >= doc.sentenceStart(at) && k >= at - ORIGIN_REACH; k--) {
            if (doc.punct(k) || r.persons().covering(k) != null) {
                return false;
            }
            if (!doc.word(k)) {
                words++; // 312 مندوباً: a number of those who came
                continue;
            }
            boolean cue = doc.has(k, Vocabulary.DELEGATION) || doc.has(k, Vocabulary.GUESTS)
                    || doc.hit(k, Vocabulary.REPRESENT) != null && doc.hit(k, Vocabulary.REPRESENT).isVerb();
            if (cue) {
                if (single(k)) {
                    return false;
                }
                return cued || !from || k == at - 1 || kindsNamed(k + 1, at);
            }
            boolean takes = doc.hit(k, Vocabulary.TAKE_PART) != null || doc.has(k, Vocabulary.ATTENDANCE)
                    || doc.is(k, "حضر", "وحضر", "حضرها", "وحضرها", "حضره", "وحضره", "حضرت", "وحضرت", "حضرته",
                    "ضم", "وضم", "ضمت", "وضمت");
            if (takes) {
                // شارك في الوقفة في A وB: the place of the gathering, no one named as coming from it
                return words > 0 && !gatheringWord(at - 1) && (cued || !from || kindsNamed(k + 1, at));
            }
            if (doc.verb(k) && !coming(k)) {
                return false;
            }
            words++;
        }
        return false;
    }

    /** A plural of bodies or a kind of body among tokens [from, to): {@code جمعيات من}, {@code الأندية من}. */
    private boolean kindsNamed(int from, int to) {
        for (int k = from; k < to; k++) {
            if (generic(k)) {
                return true;
            }
        }
        return bodiesNamed(from, to);
    }

    /** How far before its list of places a cue of taking part may stand. */
    private static final int ORIGIN_REACH = 12;

    /** {@code قدموا}, {@code القادمين}, {@code جاؤوا}, {@code وفدن}: a verb or participle of coming, before من. */
    private boolean coming(int k) {
        if (!doc.word(k)) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        return COMING.stream().anyMatch(c -> stem.equals(c) || stem.startsWith(c) && stem.length() <= c.length() + 2
                && COMING_ENDING.matcher(stem.substring(c.length())).matches());
    }

    /** Verbs and participles of coming from a place: قدم، قادم، جاء، وفد، وافد. */
    private static final List<String> COMING = java.util.stream.Stream.of("قدم", "قادم", "جاء", "جاءو", "جاو",
            "وفد", "وافد", "اتي", "اتو").map(FoldedText::fold).toList();

    /** {@code مديريات}, {@code قرى}, {@code بقريتي}: a noun of places, plural or dual, whose names follow. */
    private boolean adminPlaces(int k) {
        return doc.word(k) && ADMIN_PLACES.contains(doc.tok(k).reading().stem());
    }

    /** Nouns of places, plural and dual, that a list of place names follows: مدن، قرى، محافظات، مديريات، قريتي… */
    private static final Set<String> ADMIN_PLACES = java.util.stream.Stream.of("مدن", "قرى", "بلدات", "محافظات",
            "مديريات", "معتمديات", "ولايات", "مراكز", "اقضية", "نواحي", "مناطق", "احياء", "مخيمات", "دوائر",
            "بلديات", "عمالات", "اقاليم", "مقاطعات", "جهات", "مدينتي", "قريتي", "بلدتي", "محافظتي", "مديريتي",
            "ولايتي", "منطقتي", "مخيمي", "مركزي", "قضاءي", "معتمديتي", "دائرتي", "بلديتي")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The items of a list of place names at {@code from}: two or more short names (one to three words each)
     * joined by و, ending at a stop, a preposition or {@code end}; none of them a role, a body, a person, a
     * delegate, a cue word, a quantity or a word of reference ({@code الداخل والخارج}); empty otherwise.
     */
    private List<ItemList.Item> placeItems(int from, int end) {
        List<ItemList.Item> out = new ArrayList<>();
        int start = from;
        int k = from;
        for (; k < end && k < from + PLACE_LIST; k++) {
            if (!doc.word(k) || doc.is(k, "في", "من", "الي", "علي", "عن", "مع", "منذ", "خلال", "حول", "ضمن", "لدي")
                    || k > from && prepositional(k)) {
                break;
            }
            if (!plainPlaceWord(k)) {
                if (k > start && joins(k)) {
                    break; // A وB وبحضور …، A وB وناقش …: the list is over
                }
                return List.of();
            }
            if (k > start && joins(k)) {
                out.add(new ItemList.Item(start, start == from ? 0 : 1, k));
                start = k;
            }
            if (k - start >= 3) {
                return List.of();
            }
        }
        if (k == from || doc.conjunction(from) > 0 || k == from + PLACE_LIST) {
            return List.of();
        }
        out.add(new ItemList.Item(start, start == from ? 0 : 1, k));
        return out;
    }

    /**
     * True when a word after {@code from} in the run of words from it (to {@code end}, at most {@link #PLACE_LIST})
     * opens a second item of a list of places ({@link #joins}): {@link #placeItems} finds two items only then.
     */
    private boolean joinedWithin(int from, int end) {
        for (int k = from + 1; k < end && k < from + PLACE_LIST && doc.word(k); k++) {
            if (joins(k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code والزبير}, {@code وشط العرب}: و opening the next place, also where the analyser reads it as a letter of the word. */
    private boolean joins(int k) {
        // a word of a name after the first rarely begins with و: وليون read whole is ليون after و
        return !suburbs(k) && (doc.conjunction(k) > 0 || doc.form(k).startsWith("و") && doc.form(k).length() >= 3);
    }

    /**
     * A word with a preposition that ends a list of places ({@code بمحافظة}, {@code للمشاركة}, {@code بحضور},
     * {@code بسبب}): a cue word, a definite word, a noun of places or of reference; an indefinite unknown word
     * ({@code برزبن}, {@code بطرسبورغ}) is read as a name that begins with the letter.
     */
    private boolean prepositional(int k) {
        var rd = doc.tok(k).reading();
        return rd.hasPreposition() && (!doc.hits(k).isEmpty() || rd.definite() || NO_PLACE.contains(rd.stem())
                || adminPlaces(k) || ADMIN_NOUNS.contains(rd.stem()) || r.persons().covering(k) != null
                || r.entities().role(doc, k) || r.entities().organizationHead(doc, k) || gatheringWord(k));
    }

    /** Words of cause, aim and occasion that follow a list of places: بسبب، بهدف، بمناسبة، لأجل. */
    private static final Set<String> ADMIN_NOUNS = java.util.stream.Stream.of("سبب", "هدف", "مناسبة", "شأن",
            "اجل", "غرض", "دعوة", "صفة", "حضور", "رئاسة", "مشاركة", "قيادة", "مدينة", "محافظة", "ولاية", "منطقة")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The most words a list of places takes. */
    private static final int PLACE_LIST = 16;

    /** A word that can be part of a place's name in a list: no cue, role, body, person, quantity or reference. */
    private boolean plainPlaceWord(int k) {
        // عين مليلة، رأس الجبل: a head of place names read as a verb or a noun too, a word of the name after it
        boolean head = (doc.tok(k).hasStemIn(PLACE_HEADS) || PLACE_HEADS.contains(doc.form(k).substring(1)))
                && doc.word(k + 1) && doc.conjunction(k + 1) == 0;
        // أبي الخصيب: a place read as a kunya
        Found<Person> kunya = r.persons().covering(k);
        if (kunya != null && (kunya.value().name() != null || kunya.value().role() != null)
                || !head && !doc.hits(k).isEmpty() || r.entities().role(doc, k)
                || r.entities().honorific(doc, k) || r.entities().organizationHead(doc, k) || adminPlaces(k)
                || doc.has(k, Vocabulary.BRANCHES) || branchesHead(k) || gatheringWord(k) || doc.tok(k).isNumber()) {
            return r.entities().placeName(doc, k) != null && kunya == null;
        }
        String stem = doc.tok(k).reading().stem();
        return stem.length() >= 2 && !NO_PLACE.contains(stem) && !doc.tok(k).hasStemIn(QUANTITY)
                && (r.entities().placeName(doc, k) != null || !generic(k));
    }

    /** Words that begin names of places: عين، بئر، رأس، سيدي، بني، وادي، كفر، دير، بيت، ميت، تل… */
    private static final Set<String> PLACE_HEADS = StemSet.copyOf(java.util.stream.Stream.of("عين", "بئر", "بير", "رأس", "سيدي",
            "بني", "بنى", "وادي", "ابي", "ابا", "كفر", "دير", "بيت", "ميت", "تل", "جبل", "ام", "ابو", "حمام", "برج", "سوق", "قصر",
            "منشاة", "عرب", "شط", "جسر", "خان", "سيدى")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet()));

    /** Words of reference or function that name no place: الداخل والخارج، ذلك، غيرها. */
    private static final Set<String> NO_PLACE = java.util.stream.Stream.of("داخل", "خارج", "ذلك", "هذا", "هذه",
            "غير", "غيرها", "سواها", "جانب", "اضافة", "فضلا", "نحو", "قرابة", "اكثر", "اقل", "ايضا", "كما", "حيث",
            "عاصمة", "ريف", "مدينة", "محافظة", "مختلف", "سائر", "شتى", "عموم")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A delegation described by adjectives, whatever verb holds it: {@code الوفد الأردني}, {@code وفد سوري},
     * {@code الوفد المشارك} (one each, the same adjective once), {@code الوفود المشاركة من الكويت والبحرين},
     * {@code وفود عربية من A وB} (one per place). Returns where it ends, or -1 when {@code i} is none.
     */
    private int described(Meeting.Builder b, Meeting host, int i) {
        if (!doc.word(i) || !doc.tok(i).hasStemIn(DELEGATION_NOUNS)) {
            return -1;
        }
        boolean definite = doc.tok(i).reading().definite();
        int k = i + 1;
        // وفود عربية وأجنبية: a second adjective joined by و qualifies the same delegations
        while (k < i + 4 && delegationAdjective(k, definite) && (k == i + 1 || doc.conjunction(k) == 0 || k == i + 2)) {
            k++;
        }
        if (k == i + 1) {
            return -1;
        }
        int end = r.limit(i);
        if (doc.is(k, "من", "عن") && r.entities().placeName(doc, k + 1) != null) {
            return countryItems(b, k + 1, end, false, !single(i));
        }
        if (!single(i) || doc.is(k, "في") && !inHost(host, k + 1)) {
            // الوفود العربية والأجنبية: kinds of delegations, none named; الوفد المشارك في لقاء X: another gathering's
            return k;
        }
        Phrase p = doc.phrase(i, Parties.clitics(doc, i), k);
        String key = FoldedText.fold(doc.tok(i + 1).reading().stem());
        List<String> countries = adjectiveCountries(i + 1, k);
        if (p != null && describedKeys.add(key) && !(!countries.isEmpty() && arrived.containsAll(countries))) {
            add(b, null, countries, i, k, false); // رئيس الوفد الأرجنتيني after وفود من الأرجنتين: the same one
        }
        return k;
    }

    /** The countries the nisba adjectives in tokens [from, to) name: {@code الوفد القطري} comes from Qatar. */
    private List<String> adjectiveCountries(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            String country = r.entities().adjectiveCountry(doc, k);
            if (country != null && !out.contains(country)) {
                out.add(country);
            }
        }
        return out;
    }

    /** True when token {@code k} names the host gathering. */
    private boolean inHost(Meeting host, int k) {
        Span s = host.span();
        return s != null && doc.word(k) && s.start() <= doc.span(k, k + 1).start() && doc.span(k, k + 1).end() <= s.end();
    }

    /** The countries of the delegations found so far. */
    private final Set<String> arrived = new java.util.HashSet<>();

    /** The adjectives of a delegation already taken: {@code الوفد العراقي} named again is the same delegation. */
    private final Set<String> describedKeys = new java.util.HashSet<>();

    /** The nouns of a delegation as a body ({@code وفد، وفود}); {@code ممثل} is a person. */
    private static final Set<String> DELEGATION_NOUNS = StemSet.of("وفد", "وفود", "وفدا", "وفودا");
    /** One delegation: {@code وفد}, {@code وفداً} (not the plural). */
    private static final Set<String> DELEGATION = StemSet.of("وفد", "وفدا");

    /**
     * An adjective of a delegation, agreeing in definiteness: a nisba ({@code الأردني}, {@code عربية}) or a
     * participle of taking part or visiting ({@code المشارك}, {@code الزائر}); no relative pronoun, verb or person.
     */
    private boolean delegationAdjective(int k, boolean definite) {
        if (!doc.word(k) || doc.conjunction(k) > 0 && !doc.word(k - 1) || doc.tok(k).reading().hasPreposition()
                || doc.tok(k).reading().definite() != definite || doc.has(k, Vocabulary.RELATIVE)
                || r.persons().covering(k) != null) {
            return false;
        }
        Found<Place> adjective = r.entities().placeName(doc, k);
        if (adjective != null && adjective.to() == k + 1 && adjective.value().countryName() == null) {
            return true; // أردني, read as a verb with its object (أردْني) too
        }
        if (doc.verb(k)) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        boolean nisba = stem.length() >= 4 && (stem.endsWith("ي") || stem.endsWith("يه") || stem.endsWith("يين")
                || stem.endsWith("يون") || !definite && stem.endsWith("يا")); // عراقياً: accusative
        return nisba || stem.startsWith("مشارك") || stem.startsWith("زاير") || stem.startsWith("ضيف");
    }

    /**
     * Bodies named as giving a speech: {@code كلمة الحزب الاشتراكي ألقاها …}, {@code ألقيت كلمات باسم اتحاد X،
     * ونقابة Y}; the gathering's own organizer and the issuer are no delegations. Returns where the list ends,
     * or -1.
     */
    private int spoken(Meeting.Builder b, Meeting host, int i) {
        if (!doc.word(i) || !doc.tok(i).hasStemIn(SPEECH_NOUNS) || doc.tok(i).reading().definite()) {
            return -1;
        }
        int from = doc.is(i + 1, "باسم") ? i + 2 : i + 1;
        Found<Organization> o = r.entities().organization(doc, from, r.limit(i));
        if (o == null || o.from() != from) {
            return -1;
        }
        List<ItemList.Item> items = ItemList.read(doc, from, r.limit(i), j -> Parties.startsParty(r, j));
        int end = from;
        for (ItemList.Item it : items) {
            Found<Organization> body = r.entities().organization(doc, it.from(), it.to());
            if (body == null || body.from() != it.from()) {
                break;
            }
            takingPart(b, host, new ItemList.Item(it.from(), it.skip(), body.to()), false);
            end = it.to();
        }
        return end;
    }

    /** A speech or word given in a body's name: كلمة، كلمات. */
    private static final Set<String> SPEECH_NOUNS = StemSet.of("كلمه", "كلمات");

    /**
     * {@code بالتعاون مع رابطة …}, {@code بالتنسيق مع …} in a sentence naming the gathering, at its first mention or,
     * for an announced one, a later one: the co-organiser takes part in it.
     */
    private boolean partner(int i, Meeting host) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.PARTNERSHIP);
        if (h == null || !h.prefix().equals("بال") || !doc.is(i + 1, "مع") || host.span() == null) {
            return false;
        }
        int at = doc.tokenAt(host.span().start());
        // تُقام الندوة بالتعاون مع …: also in the sentence of a later mention of the announced one
        return doc.sentenceStart(at) == doc.sentenceStart(i) || host == gatherings.get(0)
                && r.leadMentions().stream().anyMatch(m -> doc.sentenceStart(m) == doc.sentenceStart(i));
    }

    /** ممثلة اتحاد … in a person's role names what the person represents, not a delegation. */
    private boolean inPerson(int i) {
        return r.persons().covering(i) != null;
    }

    /** A delegation cue at {@code i}: the items it lists; returns where they end. */
    private int delegation(Meeting.Builder b, Meeting host, int i) {
        int end = r.limit(i);
        for (int j = i + 2; j < end; j++) {
            Lexicon.Hit absent = doc.hit(j, Vocabulary.ABSENT);
            if (doc.word(j) && doc.form(j).startsWith("و") && doc.has(j, Vocabulary.DELEGATION)
                    || absent != null && absent.isVerb()) {
                end = j; // وفد من سوريا ووفد من العراق: each cue its own delegation; فيما اعتذر …: the absent
                break;
            }
        }
        int k = i + 1;
        if (single(i) && doc.word(k) && !doc.tok(k).reading().definite() && doc.is(k + 1, "من", "عن")
                && !doc.tok(k).hasStemIn(QUANTITY)
                && r.entities().placeName(doc, k) == null && r.persons().covering(k) == null
                && !doc.verb(k)) {
            k++; // وفد مشترك من الدنمارك والنرويج: an adjective of the delegation before where it comes from
        }
        while (k < end && doc.conjunction(k) > 0 && doc.has(k, Vocabulary.DELEGATION)) {
            k++; // مندوبين ومندوبات عن …: one cue in both genders
        }
        while (k < end && (doc.has(k, Vocabulary.REPRESENT) || doc.is(k, "عن", "من"))) {
            k++;
        }
        int many = counted(b, k, end);
        if (many > 0) {
            return many; // يمثلون 41 مكتباً ولائياً: one delegation for the bodies counted
        }
        if (doc.punct(k, ":") && k + 1 < doc.size() && doc.lineStart(k + 1)) {
            return linedBodies(b, k); // وشارك ممثلون عن: then one body per line
        }
        k = listStart(k);
        int named = listAfterHead(k, end);
        if (named > 0) {
            // وفود الدول الأعضاء: الكويت، قطر، وفود من 12 دولة، بينها مصر وتونس: the list names them
            return r.entities().placeName(doc, named) != null && r.entities().organization(doc, named, end) == null
                    ? countryItems(b, named, end, false, true) : partyItems(b, host, named, end, false);
        }
        // منظمات الحزب في …، فروع التحالف في …، مندوبو فروع الجمعية بأكادير وتزنيت: then the places are the delegations
        if (doc.tok(k).hasStemIn(ONE_BODY) && doc.word(k + 1) && !doc.is(k + 1, "في")
                && r.entities().organization(doc, k, end) != null) {
            return partyItems(b, host, k, end, false); // وفد فرع خاركيف في أوكرانيا: one branch, one delegation
        }
        if (doc.has(k, Vocabulary.BRANCHES) || branchesHead(k)) {
            int j = k + 1;
            while (j < end && j < k + 5 && !doc.is(j, "في") && !doc.punct(j, ":") && !placedBy(j)) {
                j++;
            }
            // فروع الاتحاد في إحدى عشرة محافظة: the places counted, not named — one delegation
            int to = doc.is(j, "في") ? countedPlaces(j + 1) : -1;
            if (to > 0) {
                add(b, null, List.of(), k, Parties.clitics(doc, k), to, false);
                return to;
            }
            // وفد مشترك من فرعي الشبكة في هولندا وبلجيكا: one delegation, whatever places its branches are in
            if (doc.is(j, "في")) {
                return countryItems(b, listStart(j + 1), end, false, !single(i));
            }
            if (placedBy(j)) {
                return countryItems(b, j, end, false, !single(i));
            }
            if (doc.punct(j, ":") && doc.lineStart(j + 1)) {
                return linedBodies(b, j); // مندوبين عن الروابط التالية: then one body per line
            }
            if (doc.punct(j, ":")) {
                return partyItems(b, host, j + 1, end, false); // فروع الرابطة: فرع X، فرع Y: one per branch
            }
            if (!doc.tok(k).hasStemIn(ONE_BODY) && r.entities().placeName(doc, k + 1) != null) {
                return countryItems(b, k + 1, end, false, true); // وفود من جاليات ليون ونيس: one per place
            }
        }
        if (doc.is(k, "في") && r.entities().country(doc, listStart(k + 1)) != null) {
            return countryItems(b, listStart(k + 1), end, false, !single(i));
        }
        // نقابات الأردن ولبنان، أحزاب اليسار في تونس والمغرب: a plural of bodies, one delegation per place after it
        int in = k + 1;
        while (in < end && in < k + 4 && doc.word(in) && !doc.is(in, "في") && r.entities().placeName(doc, in) == null) {
            in++;
        }
        in = doc.is(in, "في") ? in + 1 : in;
        if (generic(k) && r.entities().placeName(doc, in) != null) {
            return countryItems(b, in, end, false, true);
        }
        if (r.entities().placeName(doc, k) != null && r.entities().organization(doc, k, end) == null) {
            return countryItems(b, k, end, false, !single(i)); // وفود من بلجيكا وسويسرا: one each
        }
        int before = added;
        int to = partyItems(b, host, k, end, false);
        return added == before && !single(i) ? Math.max(to, kinds(b, k, end)) : to;
    }

    /**
     * {@code ممثلين عن منظمات عربية وعالمية}, {@code ممثلي عدد من التجمعات}: plural delegates from bodies of a kind,
     * none of them named, are one delegation, a group; the end of its phrase, or {@code k} when no plural of bodies
     * follows after عن/من or a quantity.
     */
    private int kinds(Meeting.Builder b, int k, int end) {
        int j = doc.is(k, "عدد", "مختلف", "كافه", "جميع") ? k + 1 : k;
        j = doc.is(j, "من") ? j + 1 : j;
        // ممثلي منظمات المجتمع المدني (in construct, no عن or عدد من): a kind of those present, no delegation
        if (j == k && !doc.is(k - 1, "عن", "من") || !generic(j) || r.persons().covering(j) != null) {
            return k;
        }
        int to = phraseEnd(j, end);
        Phrase p = doc.phrase(k, Parties.clitics(doc, k), to);
        if (p == null) {
            return k;
        }
        add(b, new Group(p.text(), p.span()), countriesIn(k, to), k, to, false);
        return to;
    }

    /** The lines after the colon at {@code colon}, one body each (a person's line is none); returns where they end. */
    private int linedBodies(Meeting.Builder b, int colon) {
        int to = colon + 1;
        for (ItemList.Item d : ItemList.read(doc, colon, doc.size(), x -> false)) {
            if (r.persons().covering(d.from()) == null) {
                bodyItem(b, d);
            }
            to = d.to();
        }
        return to;
    }

    /**
     * A head that names the delegations as a kind and a list that names them one by one: the token after a
     * colon ({@code وفود الدول الأعضاء: …}) or after {@code منها}/{@code بينها} ({@code وفود من 12 دولة عربية،
     * بينها …}) within a few words of {@code k}, with no verb or person between; else -1.
     */
    private int listAfterHead(int k, int end) {
        for (int j = k; j < end && j < k + 7; j++) {
            if (doc.punct(j, ":")) {
                return j + 1 < end ? j + 1 : -1;
            }
            if (doc.is(j, "منها", "ومنها", "بينها", "وبينها", "منهم", "ومنهم", "بينهم", "وبينهم")
                    || doc.is(j, "غرار") && doc.is(j - 1, "علي")) {
                return j + 1 < end ? listStart(j + 1) : -1; // ضيوف من نقابات شقيقة، على غرار X وY: the list names them
            }
            if (!doc.word(j) && !doc.punct(j, "،,") && !doc.tok(j).isNumber() || doc.verb(j)
                    || r.persons().covering(j) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code السويد، كندا، هولندا وبلجيكا، …}: one delegation per comma item with the countries it names, as
     * the commas group them; a list joined by و alone after a plural cue ({@code فروع … في باريس وضواحيها وليون})
     * gives one per place.
     */
    private int countryItems(Meeting.Builder b, int from, int end, boolean absent, boolean plural) {
        int k = from;
        while (k < end) {
            int stop = k;
            while (stop < end && !doc.punct(stop, "،,؛;")) {
                stop++;
            }
            if (plural && k == from && !placeItemAfter(stop, end) && joinedPlaces(k, stop)) {
                for (int s = k + 1; s <= stop; s++) {
                    if (s == stop || doc.word(s) && doc.form(s).startsWith("و") && !suburbs(s)
                            && (r.entities().placeName(doc, s) != null || unknownConjunct(s, stop)
                            || unknownPair(s, stop))) {
                        Found<Place> first = r.entities().placeName(doc, k);
                        int skip = first == null ? doc.conjunction(k) : first.value().span().start() - doc.span(k, k + 1).start();
                        add(b, null, countriesIn(k, s), k, Math.max(0, skip), s, absent);
                        k = s;
                    }
                }
                return stop;
            }
            List<String> countries = countriesIn(k, stop);
            boolean places = onlyPlaces(k, stop);
            if (!countries.isEmpty() && !places) {
                return k; // وشارك ممثل عن فرع بولندا: the list of places is over
            }
            if (countries.isEmpty() && places && stop > k) {
                add(b, null, countries, k, stop, absent); // أنتويرب ولييج: cities name no country
                k = stop + 1;
                continue;
            }
            if (countries.isEmpty()) {
                if (doc.has(k, Vocabulary.DELEGATION) || doc.is(k, "اضافه") || doc.form(k).startsWith("اضاف")) {
                    // اضافة الى وفد من الداخل …: a delegation of another kind follows
                    int d = k;
                    while (d < stop && !doc.has(d, Vocabulary.DELEGATION)) {
                        d++;
                    }
                    if (d < stop) {
                        add(b, null, List.of(), d, stop, absent);
                    }
                }
                return stop;
            }
            add(b, null, countries, k, stop, absent);
            k = stop + 1;
        }
        return end;
    }

    /** Bodies listed: {@code جمعية X في مالمو، والنادي …}; a branch of the organizer; a group. */
    private int partyItems(Meeting.Builder b, Meeting host, int from, int end, boolean absent) {
        int k = from;
        while (k < end) {
            if (doc.has(k, Vocabulary.DELEGATION) && !doc.tok(k).reading().definite() && doc.is(k + 1, "من")) {
                int stop = r.clause(k);
                Found<Organization> inside = firstOrganization(k, stop);
                List<String> countries = inside == null ? countriesIn(k, stop) : countriesOutside(inside.value(), k, stop);
                add(b, inside == null ? null : inside.value(), countries, k, stop, absent);
                return stop;
            }
            if (doc.has(k, Vocabulary.DELEGATION)) {
                k++;
                continue;
            }
            boolean repeated = k > from && repeatedPreposition(k);
            if (repeated) {
                k++; // ممثلين عن النقابة وعن الاتحاد: the preposition said again before the next body
            }
            int kinds = k == from && !absent ? qualifiedKinds(k, end) : -1;
            if (kinds > k) {
                add(b, null, countriesIn(k, kinds), k, kinds, false); // ممثلو النقابات الخليجية: bodies of one kind
                return kinds;
            }
            Found<Organization> o = r.entities().organization(doc, k, end);
            if (o == null && (k > from || doc.is(k - 1, "عن", "من")) && !doc.tok(k).hasStemIn(QUANTITY)) {
                // a body whose head the name reader does not know, once a cue or the list has said a body comes:
                // ممثلين عن الوكالة الولائية للتشغيل وعن غرفة الصناعة
                o = bareBody(k, end, host, repeated || k == from);
            }
            if (o == null) {
                return k;
            }
            Organization org = o.value();
            // ممثلو الجمعية الطبية العربية: a definite head with adjectives of its own is a body's full name
            Found<Organization> named = !generic(o.from()) && r.entities().anaphoric(doc, o.from()) && org.branch() == null
                    && nisbaAfter(o.to()) ? bareBody(o.from(), end, host, true) : null;
            if (named != null) {
                o = named;
                org = named.value();
            } else if (generic(o.from()) || r.entities().anaphoric(doc, o.from()) && org.branch() == null) {
                // ممثلي الأحزاب ومنظمات المجتمع المدني: kinds of bodies; ممثلو الحركة: a bare head, no body named
                return k;
            }
            if (org.name() == null && org.branch() != null && host.organizer() instanceof Organization h) {
                org = org.toBuilder().name(h.name()).organ(null).build();
            }
            int to = itemEnd(o.to(), end, org.branch() != null);
            add(b, org, countriesOutside(org, o.from(), to), o.from(), to, absent);
            k = to;
            if (doc.punct(k, "،,") && doc.word(k + 1) && nextBody(k + 1, end)) {
                k++;
            } else if (!(doc.word(k) && (nextBody(k, end) || repeatedPreposition(k)))) {
                return k;
            }
        }
        return k;
    }

    /** A nisba adjective with the article at {@code k} ({@code الطبية}, {@code العربي}), no conjunct: a body's own. */
    private boolean nisbaAfter(int k) {
        if (!doc.word(k) || doc.conjunction(k) > 0 || !doc.tok(k).reading().definite()) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        return stem.endsWith("يه") || stem.endsWith("ي");
    }

    /**
     * Bodies of one kind singled out by an adjective agreeing with their plural ({@code النقابات الخليجية الشقيقة},
     * {@code الفصائل والمؤسسات العاملة في المخيم}, {@code المحليات الزراعية الست}): the end of the phrase, at the
     * comma, when a plural head of a kind of body is followed by a definite feminine adjective; else -1. A kind
     * named with no such adjective ({@code الأحزاب ومنظمات المجتمع المدني}) names no delegation.
     */
    private int qualifiedKinds(int k, int end) {
        if (!generic(k) || !doc.tok(k).reading().definite()) {
            return -1;
        }
        boolean qualified = false;
        int j = k;
        while (j < end && j < k + KIND_PHRASE && doc.word(j) && r.persons().covering(j) == null
                && !doc.verb(j)) {
            var rd = doc.tok(j).reading();
            qualified |= j > k && generic(j - 1) && rd.definite() && !rd.hasPreposition() && doc.conjunction(j) == 0
                    && rd.stem().endsWith("ه") && !r.entities().organizationHead(doc, j);
            j++;
        }
        return qualified && (j >= end || doc.punct(j, "،,؛;.")) ? j : -1;
    }

    /** The longest phrase naming bodies of one kind. */
    private static final int KIND_PHRASE = 8;

    /** {@code وعن}, {@code ومن} before a word: a list item that repeats the preposition of the list. */
    private boolean repeatedPreposition(int k) {
        return doc.is(k, "وعن", "ومن") && doc.word(k + 1);
    }

    /**
     * A plural head naming a kind of body, not a body: a sound feminine plural ({@code منظمات}) or the broken
     * plural pattern أفعال ({@code الأحزاب}), with no branch or place of the organizer after it.
     */
    private boolean generic(int k) {
        if (!doc.word(k) || doc.has(k, Vocabulary.BRANCHES) && doc.is(k + 1, "الحزب", "الرابطه", "الاتحاد", "الجمعيه")) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        // اتحاد has the shape too: an organisation's own head is no plural
        boolean afaal = stem.length() == 5 && stem.charAt(0) == 'ا' && stem.charAt(3) == 'ا'
                && !r.entities().organizationHead(doc, k);
        return stem.endsWith("ات") && stem.length() > 4 || afaal;
    }

    /**
     * Where a listed body's item ends: its own end, or the comma after places that still belong to it
     * ({@code جمعية X في الرمثا،}, {@code فرع نيويورك ونيوجيرسي،}); a branch takes a short و-joined place
     * even when the gazetteer does not know it ({@code فرع أوهايو وإنديانا}).
     */
    private int itemEnd(int to, int end, boolean branch) {
        int stop = to;
        while (stop < end && stop < to + 8 && !doc.punct(stop, "،,؛;.")) {
            stop++;
        }
        if (stop == to) {
            return to;
        }
        if (onlyPlaces(to, stop)) {
            return stop;
        }
        if (branch && stop - to <= 2 && doc.conjunction(to) > 0 && !nextBodyHead(to)) {
            boolean plain = true;
            for (int j = to; j < stop; j++) {
                plain &= doc.word(j) && r.persons().covering(j) == null
                        && !doc.verb(j);
            }
            if (plain) {
                return stop;
            }
        }
        Found<Place> p = doc.is(to, "في") ? r.entities().place(doc, to + 1, stop) : null;
        return p != null && p.to() == stop || doc.is(to, "في") && plainPlace(to + 1, stop) ? stop : to;
    }

    /** {@code الرمثا}, {@code مخيم الزعتري}: a short name after في with no person or verb, a place unknown by name. */
    private boolean plainPlace(int from, int to) {
        if (to <= from || to - from > 3) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!doc.word(j) || r.persons().covering(j) != null || doc.verb(j)) {
                return false;
            }
        }
        return true;
    }

    /** A token that opens a body of its own: {@code وفرع}, {@code والجمعية}. */
    private boolean nextBodyHead(int k) {
        return doc.has(k, Vocabulary.BRANCHES) || r.entities().organizationHead(doc, k);
    }

    /** Another body of the list: {@code والنادي …}, {@code وفرع لييج}, {@code وملتقى الشباب …}. */
    private boolean nextBody(int k, int end) {
        return r.entities().organizationHead(doc, k)
                || doc.conjunction(k) > 0 && r.persons().covering(k) == null
                && (r.entities().organization(doc, k, end) != null || bareBody(k, end, null, false) != null);
    }

    /**
     * A later item of a list of bodies the name reader does not know ({@code وفرع لييج}, {@code وملتقى الشباب
     * السوري في إربد}): a conjoined noun phrase up to the next comma, with no person or verb in it; its
     * trailing {@code في X} is its place, and a bare {@code فرع X} is a branch of the host's organizer.
     */
    private Found<Organization> bareBody(int k, int end, Meeting host, boolean cued) {
        if (!doc.word(k) || doc.conjunction(k) == 0 && !cued || doc.tok(k).reading().hasPreposition()) {
            return null;
        }
        int stop = k;
        int in = -1;
        while (stop < end && stop < k + 10 && !doc.punct(stop, "،,؛;.:")) {
            if (stop > k && doc.word(stop) && doc.form(stop).startsWith("و")
                    && (doc.has(stop, Vocabulary.BRANCHES) || repeatedPreposition(stop))) {
                break; // فرع أنتويرب وفرع لييج، عن الوكالة وعن الغرفة: the next item
            }
            if (doc.verb(stop) || r.persons().covering(stop) != null
                    || doc.is(stop, "الذي", "التي", "الذين", "عن", "الي", "من")) {
                return null;
            }
            if (in < 0 && doc.is(stop, "في")) {
                in = stop;
            }
            stop++;
        }
        int nameEnd = in < 0 ? stop : in;
        if (nameEnd - k < 2 || nameEnd - k > 6) {
            return null;
        }
        Found<Place> place = in < 0 ? null : r.entities().place(doc, in + 1, stop);
        if (in >= 0 && (place == null || place.to() != stop) && !plainPlace(in + 1, stop)) {
            return null;
        }
        if (place != null && place.to() != stop) {
            place = null;
        }
        Phrase name = doc.phrase(k, doc.conjunction(k), nameEnd);
        Phrase all = doc.phrase(k, doc.conjunction(k), stop);
        if (name == null || all == null) {
            return null;
        }
        Place where = place == null ? null : place.value();
        Organization org = doc.tok(k).hasStem("فرع") && host != null && host.organizer() instanceof Organization h
                ? Organization.builder().name(h.name()).branch(name.text()).place(where).span(all.span()).build()
                : Organization.builder().name(name.text()).place(where).span(all.span()).build();
        return new Found<>(org, k, stop);
    }

    /** {@code تعذر حضور X}, {@code تعذر وصول وفد فرع X}, {@code اعتذرت X عن الحضور}. */
    private int absentees(Meeting.Builder b, Meeting host, int i) {
        int end = r.limit(i);
        int k = i + 1;
        if (doc.has(k, Vocabulary.ARRIVAL)) {
            k++;
            if (doc.has(k, Vocabulary.DELEGATION)) {
                k++;
            }
            Found<Organization> o = r.entities().organization(doc, k, end);
            if (o != null) {
                return partyItems(b, host, k, end, true);
            }
            int stop = Parties.groupEnd(r, k, end, j -> doc.is(j, "ل") || doc.form(j).startsWith("لاسباب")
                    || doc.form(j).startsWith("بسبب") || doc.has(j, Vocabulary.RELATIVE));
            Phrase p = doc.phrase(k, 0, stop);
            if (p != null) {
                add(b, new Group(p.text(), p.span()), countriesIn(k, stop), k, stop, true);
            }
            return stop;
        }
        // تغيب ممثلو فرع X، غاب وفد X: who is absent follows the verb
        if (doc.has(i, Vocabulary.ABSENT) && !doc.form(i).contains("عتذر") && !doc.form(i).contains("عذر")) {
            if (doc.is(k, "عنه", "عنها", "عنهم", "عنهما")) {
                k++; // غاب عنه ممثل فرع X
            } else if (doc.is(k, "عن") && doc.word(k + 1) && r.persons().covering(k + 1) == null) {
                k += 2; // تغيب عن الاجتماع وفد X
            }
            return partyItems(b, host, afterCue(k), end, true);
        }
        // اعتذرت منظمة روسيا عن الحضور
        int stop = k;
        while (stop < end && !doc.is(stop, "عن")) {
            stop++;
        }
        if (stop < end && doc.has(stop + 1, Vocabulary.ARRIVAL)) {
            if (stop == k) {
                // اعتذر عن الحضور نائب الرئيسة السيد X: who could not come follows the excuse
                if (absentPerson(b, r.persons().covering(stop + 2), stop + 2)) {
                    return end;
                }
                int to = partyItems(b, host, afterCue(stop + 2), end, true); // اعتذر عن الحضور وفد جمعية X
                return Math.max(to, stop + 2);
            }
            if (doc.is(k, "فيه", "فيها")) {
                // بعثت النائبة X رسالة اعتذرت فيها عن الحضور: the sender before the letter
                List<Found<Person>> before = r.persons().within(doc.sentenceStart(i), i);
                if (!before.isEmpty() && absentPerson(b, before.get(before.size() - 1), -1)) {
                    return stop + 2;
                }
            }
            int to = partyItems(b, host, k, stop, true);
            if (to == k && absentPerson(b, r.persons().covering(k), k)) {
                return stop + 2; // اعتذر الدكتور X عن الحضور
            }
            return to;
        }
        return k;
    }

    /** After a delegation cue and its preposition ({@code ممثل عن}, {@code وفد من}) at {@code k}: the body named. */
    private int afterCue(int k) {
        if (!doc.has(k, Vocabulary.DELEGATION)) {
            return k;
        }
        return doc.is(k + 1, "عن", "من") ? k + 2 : k + 1;
    }

    /** Adds the person {@code p} (starting at {@code at}, unless -1) as an absentee; false when there is none. */
    private boolean absentPerson(Meeting.Builder b, Found<Person> p, int at) {
        if (p == null || at >= 0 && p.from() != at) {
            return false;
        }
        Phrase text = doc.phrase(p.from(), Parties.clitics(doc, p.from()), p.to());
        if (text == null) {
            return false;
        }
        absent.add(p.value());
        b.absentee(Delegation.builder().represents(p.value()).text(text.text()).span(text.span()).build());
        return true;
    }

    private Found<Organization> firstOrganization(int from, int to) {
        for (Found<Organization> o : r.organizations().within(from, to)) {
            if (o.to() <= to) {
                return o;
            }
        }
        return null;
    }

    /** {@code وفد من هولندا وبلجيكا}: one delegation, whatever the countries it comes from. */
    private boolean single(int cue) {
        return doc.word(cue) && doc.tok(cue).hasStemIn(SINGLE);
    }

    /** {@code ضيوف من تونس والجزائر}, {@code بحضور ضيوف من كل من …}: guests coming from places are delegations. */
    private boolean guestsFrom(int i) {
        // رحب بالضيوف من نقابة X واتحاد Y: guests from bodies, one delegation each
        if (!doc.has(i, Vocabulary.GUESTS) || !doc.is(i + 1, "من")) {
            return false;
        }
        if (r.entities().placeName(doc, listStart(i + 2)) != null || generic(i + 2) && listAfterHead(i + 2, r.limit(i)) > 0) {
            return true;
        }
        Found<Organization> body = r.entities().organization(doc, i + 2, r.limit(i));
        return body != null && body.from() == i + 2 && !generic(i + 2);
    }

    /** After {@code كل من} ({@code في كل من A وB}, {@code من كل من …}): where the list itself starts. */
    private int listStart(int k) {
        return doc.is(k, "كل") && doc.is(k + 1, "من") ? k + 2 : k;
    }

    /** A place name carrying ب, as the Maghreb writes where a branch is: {@code فرع الجمعية بأكادير}. */
    private boolean placedBy(int k) {
        return doc.word(k) && doc.tok(k).reading().has(Clitic.BI)
                && r.entities().placeName(doc, k) != null;
    }

    /** A quantity before من is no adjective of a delegation: {@code ممثلو عدد من الاحزاب}. */
    private static final Set<String> QUANTITY = Set.of("عدد", "بعض", "مجموعه", "عشرات", "مئات", "مختلف", "كافه", "جميع", "كل");

    /** One body, not a plural of bodies: {@code فرع بولندا} is a branch, not a list of places. */
    private static final Set<String> ONE_BODY = Set.of("فرع", "منظمه");

    private static final Set<String> SINGLE = Set.of("وفد", "وفدا", "ممثل", "ممثله", "مندوب", "مندوبه");

    /** True when the comma at {@code comma} goes on with another item of places ({@code السويد، كندا}). */
    private boolean placeItemAfter(int comma, int end) {
        if (comma >= end || !doc.punct(comma, "،,")) {
            return false;
        }
        int stop = comma + 1;
        while (stop < end && !doc.punct(stop, "،,؛;")) {
            stop++;
        }
        return stop > comma + 1 && onlyPlaces(comma + 1, stop);
    }

    /** {@code وضواحيها}: the outskirts belong to the place before. */
    private boolean suburbs(int k) {
        return doc.word(k) && doc.tok(k).reading().stem().startsWith("ضواحي");
    }

    /** True when tokens [from, to) are place names joined by و (and في): an item of a list of places. */
    private boolean onlyPlaces(int from, int to) {
        int k = from;
        while (k < to) {
            Found<Place> p = r.entities().placeName(doc, k);
            if (p != null) {
                k = Math.max(k + 1, p.to());
            } else if (doc.is(k, "و", "في", "وفي", "مدينه", "ومدينه") || suburbs(k)) {
                k++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Places joined by و ({@code أبوظبي والشارقة والعين}): all known, or the first known and a later one-word
     * conjunct the gazetteer does not know (a list of places goes on with places).
     */
    private boolean joinedPlaces(int from, int to) {
        if (onlyPlaces(from, to)) {
            return true;
        }
        boolean known = false;
        int k = from;
        while (k < to) {
            Found<Place> p = r.entities().placeName(doc, k);
            if (p != null) {
                known = true;
                k = Math.max(k + 1, p.to());
            } else if (k == from && unknownFirst(k, to) > 0) {
                k += unknownFirst(k, to); // قازان وموسكو: the list opens on a place the gazetteer does not know
            } else if (unknownConjunct(k, to) || suburbs(k) || doc.is(k, "و", "في", "وفي")) {
                k++;
            } else if (unknownPair(k, to)) {
                k += 2;
            } else {
                return false;
            }
        }
        return known;
    }

    /** How many words (one or two) an unknown name opening a list of places takes before its first و, or 0. */
    private int unknownFirst(int k, int to) {
        for (int n = 1; n <= 2 && k + n <= to; n++) {
            int j = k + n - 1;
            if (!doc.word(j) || doc.conjunction(j) > 0 || nextBodyHead(j) || r.persons().covering(j) != null
                    || doc.verb(j)) {
                return 0;
            }
            if (k + n < to && doc.conjunction(k + n) > 0) {
                return n;
            }
        }
        return 0;
    }

    /** {@code والعين} closing or inside a list of places: a one-word conjunct with no person, verb or body in it. */
    private boolean unknownConjunct(int s, int to) {
        return doc.word(s) && doc.conjunction(s) > 0 && !suburbs(s) && !nextBodyHead(s)
                && r.persons().covering(s) == null && !doc.verb(s)
                && (s + 1 >= to || doc.conjunction(s + 1) > 0);
    }

    /**
     * {@code وسانت بطرسبورغ}, {@code وريو دي جانيرو} … as a two-word conjunct the gazetteer does not know: a plain
     * word after the conjoined one, then the list goes on or ends.
     */
    private boolean unknownPair(int s, int to) {
        return s + 1 < to && doc.word(s) && doc.conjunction(s) > 0 && !suburbs(s) && !nextBodyHead(s)
                && !doc.verb(s)
                && doc.word(s + 1) && doc.conjunction(s + 1) == 0 && r.persons().covering(s) == null
                && !doc.verb(s + 1) && !doc.is(s + 1, "في")
                && (s + 2 >= to || doc.conjunction(s + 2) > 0);
    }

    /** The countries named (not given by an adjective, not inferred from a city) in tokens [from, to). */
    private List<String> countriesIn(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Found<Place> p = r.entities().placeName(doc, k);
            if (p != null && p.value().countryName() != null && p.value().city() == null && p.value().country() != null
                    && !out.contains(p.value().country())) {
                out.add(p.value().country());
            }
            if (p != null) {
                k = Math.max(k, p.to() - 1); // جنوب السودان: one country, not السودان inside it too
            }
        }
        return out;
    }

    /**
     * The countries named in tokens [from, to) outside the name of {@code body}: {@code نقابة أطباء السودان}
     * names Sudan inside the body's name, no place the delegation comes from; {@code رابطة X في ألمانيا} does.
     */
    private List<String> countriesOutside(Organization body, int from, int to) {
        String name = body.name() == null ? "" : FoldedText.fold(body.name());
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Found<Place> p = r.entities().placeName(doc, k);
            if (p == null) {
                continue;
            }
            String text = p.value().text() == null ? "" : FoldedText.fold(p.value().text());
            if (!text.isEmpty() && name.contains(text)) {
                k = Math.max(k, p.to() - 1);
                continue;
            }
            for (String c : countriesIn(k, p.to())) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
            k = Math.max(k, p.to() - 1);
        }
        return out;
    }

    private void add(Meeting.Builder b, Party represents, List<String> countries, int from, int to, boolean absent) {
        add(b, represents, countries, from, doc.word(from) ? Parties.clitics(doc, from) : 0, to, absent);
    }

    private void add(Meeting.Builder b, Party represents, List<String> countries, int from, int skip, int to,
            boolean absent) {
        Phrase p = doc.phrase(from, skip, to);
        if (p == null || delegated.overlaps(p.span()) || !absent && again(scope(b, from), represents, countries, doc.sentenceStart(from))) {
            return;
        }
        Delegation d = Delegation.builder().represents(represents).countries(countries)
                .text(p.text()).span(p.span()).build();
        delegated.add(p.span());
        if (!absent) {
            arrived.addAll(countries);
            added++;
        }
        if (absent) {
            scope(b, from).absentee(d);
        } else {
            scope(b, from).delegation(d);
        }
    }

    /** The bodies each gathering has as delegations so far, with the countries they come from. */
    private final java.util.Map<Meeting.Builder, List<Delegation>> bodies = new java.util.IdentityHashMap<>();

    /**
     * {@code وفداً من الحزب الديمقراطي الكردستاني … وضم وفد الحزب الديمقراطي …}: a body named again, in a later
     * sentence, as taking part in the same gathering is the delegation already read (the same name, branch and
     * countries); records it otherwise (its text holds the sentence it was read in).
     */
    private boolean again(Meeting.Builder m, Party represents, List<String> countries, int sentence) {
        List<Delegation> seen = bodies.computeIfAbsent(m, x -> new ArrayList<>());
        if (represents instanceof Organization o && o.name() != null) {
            for (Delegation d : seen) {
                // الاتحاد المحلي لأرزيو والاتحاد المحلي لبئر الجير: in one list, two bodies whatever name the reader cut
                if (d.represents() instanceof Organization q && q.name() != null && sameBody(q.name(), o.name())
                        && !d.text().equals(String.valueOf(sentence))
                        && java.util.Objects.equals(q.branch(), o.branch()) && d.countries().equals(countries)
                        && java.util.Objects.equals(placeOf(q), placeOf(o))) {
                    return true;
                }
            }
        }
        seen.add(Delegation.builder().represents(represents).countries(countries).text(String.valueOf(sentence)).build());
        return false;
    }

    private static String placeOf(Organization o) {
        return o.place() == null ? null : o.place().city() != null ? o.place().city() : o.place().country();
    }

    /** A troupe ({@code فرقة «عشتار»}) takes part in the event named last before it. */
    private void troupes(List<Meeting> meetings, List<Meeting.Builder> out) {
        List<Found<Organization>> found = new ArrayList<>(r.organizations().all());
        for (Found<Organization> q : quotedTroupes()) {
            if (found.stream().noneMatch(o -> o.from() < q.to() && q.from() < o.to())) {
                found.add(q); // a troupe the name reader knows is taken once
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::from)); // in the order the text names them
        for (Found<Organization> o : found) {
            Span at = doc.span(o.from(), o.to());
            if (!doc.tok(o.from()).hasStemIn(TROUPES) || isExcluded(o.value().span())
                    || delegated.overlaps(at)) {
                continue; // بمشاركة فرقة X: already read as taking part
            }
            int target = -1;
            for (int n = 0; n < meetings.size(); n++) {
                Span s = meetings.get(n).span();
                if (s != null && s.start() < o.value().span().start()
                        && (target < 0 || meetings.get(target).span().start() < s.start())) {
                    target = n;
                }
            }
            if (target >= 0 && meetings.get(target).type() == Meeting.Type.EVENT) {
                Phrase p = doc.phrase(o.from(), Parties.clitics(doc, o.from()), o.to());
                out.get(target).delegation(Delegation.builder().represents(o.value())
                        .text(p.text()).span(p.span()).build());
            }
        }
    }

    /** Performing groups: فرقة، مجموعة، كورال، جوقة. */
    private static final Set<String> TROUPES = StemSet.of("فرقه", "مجموعه", "كورال", "جوقه");

    /**
     * {@code فرقة "الشباب" للطرب الأندلسي}, {@code مجموعة «أحواش تافراوت»}: a troupe named in quotes, with the art
     * it performs (a لـ phrase or an adjective after the name); the name reader knows no such body.
     */
    private List<Found<Organization>> quotedTroupes() {
        List<Found<Organization>> out = new ArrayList<>();
        for (int k = r.layout().bodyFrom(); k + 2 < r.layout().bodyTo(); k++) {
            if (!doc.word(k) || !doc.tok(k).hasStemIn(TROUPES) || doc.tok(k).reading().hasPreposition()
                    || !doc.punct(k + 1, "\"«“") || r.organizations().covering(k) != null) {
                continue;
            }
            int close = k + 2;
            while (close < k + 8 && close < doc.size() && !doc.punct(close, "\"»”")) {
                close++;
            }
            if (close >= k + 8 || close >= doc.size() || close == k + 2) {
                continue;
            }
            int end = close + 1;
            if (doc.word(end) && doc.conjunction(end) == 0 && !doc.verb(end)
                    && (doc.tok(end).reading().has(Clitic.LI) || doc.tok(end).reading().definite())) {
                end++; // للإنشاد، الشعبية: what it performs
                while (doc.word(end) && doc.tok(end).reading().definite() && doc.conjunction(end) == 0
                        && end < close + 4 && !doc.verb(end)) {
                    end++; // للطرب الأندلسي
                }
            }
            Phrase p = doc.phrase(k, Parties.clitics(doc, k), end);
            if (p != null) {
                out.add(new Found<>(Organization.builder().name(p.text()).span(p.span()).build(), k, end));
            }
            k = end - 1;
        }
        return out;
    }

    // ---- topics ----

    private List<Topic> topics() {
        List<Topic> out = new ArrayList<>();
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            Lexicon.Hit h = doc.hit(i, Vocabulary.DISCUSS);
            if (h != null && (h.isVerb() || h.shape() == org.nashra.parser.internal.frame.Word.Shape.MASDAR)
                    && !(i > 0 && doc.has(i - 1, Vocabulary.RELATIVE)) && !isExcluded(doc.span(i, i + 1))) {
                i = Math.max(i, discussed(i, out) - 1);
            } else if (doc.has(i, Vocabulary.ENTITLED) && doc.punct(i + 1, "«\"")) {
                int close = i + 2;
                while (close < doc.size() && !doc.punct(close, "»\"") && close < i + 30) {
                    close++;
                }
                Phrase p = doc.phrase(i + 2, 0, close);
                if (p != null) {
                    out.add(new Topic(p.text(), p.span()));
                }
            }
        }
        return out;
    }

    /** The items discussed after the verb at {@code verb}. */
    private int discussed(int verb, List<Topic> out) {
        int end = r.limit(verb);
        int k = verb + 1;
        Found<Party> s = r.subjectAfter(verb);
        if (s != null) {
            k = s.to();
        }
        // adverbials before the object: بصورة مستفيضة، على مدى يومين، في بدايته، عند، امام، الى
        while (k < end && (doc.is(k, "عند", "امام", "الي", "في", "علي", "بصوره", "مستفيضه", "مدي", "يومين", "بدايته")
                || doc.punct(k, "،,") || doc.quoted(k))) {
            if (doc.is(k, "في", "علي") && !doc.is(k + 1, "بدايته", "مدي", "اجوا")) {
                break;
            }
            if (doc.is(k, "في") && doc.is(k + 1, "اجوا")) {
                k = r.clause(k) + 1;
                continue;
            }
            k++;
        }
        int from = k;
        while (k < end) {
            if (doc.has(k, Vocabulary.OPENER) || k > from && doc.hits(k).stream().anyMatch(h -> h.isVerb() && h.conj() > 0)) {
                break;
            }
            boolean comma = doc.punct(k, "،,");
            boolean conj = k > from && doc.word(k) && splitsTopic(k);
            if (comma || conj) {
                addTopic(from, k, out);
                from = comma ? k + 1 : k;
            }
            k++;
        }
        addTopic(from, k, out);
        return k;
    }

    /** {@code و} + a noun that starts a new item ({@code والهبة}, {@code واداء}); not a pronoun or an adjective. */
    private boolean splitsTopic(int k) {
        var rd = doc.tok(k).reading();
        if (!rd.has(org.nashra.parser.internal.text.Clitic.WA) || rd.stem().length() < 3) {
            return false;
        }
        String stem = rd.stem();
        // وتطوراته، ومطالبها: a pronoun ties it to the item before
        boolean pronoun = !rd.definite() && (stem.endsWith("ها") || stem.endsWith("هم") || stem.endsWith("اته"));
        // الاداري والمالي: an adjective of the same item
        boolean nisba = rd.definite() && (stem.endsWith("ي") || stem.endsWith("يه")) && doc.word(k - 1)
                && doc.tok(k - 1).reading().definite();
        return !pronoun && !nisba;
    }

    private void addTopic(int from, int to, List<Topic> out) {
        if (to <= from) {
            return;
        }
        int skip = doc.word(from) ? Parties.clitics(doc, from) : 0;
        Phrase p = doc.phrase(from, skip, to);
        if (p != null && p.to() - p.from() >= 1 && !isExcluded(p.span())) {
            out.add(new Topic(p.text(), p.span()));
        }
    }
}
