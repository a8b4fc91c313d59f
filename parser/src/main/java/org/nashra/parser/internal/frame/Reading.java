package org.nashra.parser.internal.frame;

import java.util.List;
import java.util.TreeMap;
import org.nashra.model.Group;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Span;
import org.nashra.model.When;

/**
 * One text being read: its {@link Doc}, layout, entity taggers and dates, and
 * what has been learnt about who speaks. Frames use it to resolve mentions:
 * the gathering ({@code المؤتمر}, {@code البيان}) stands for its organizer, the
 * participants ({@code المجتمعون}) are a group, {@code حزبنا} is the named party,
 * a first person plural verb is the issuer, and a verb without a subject has the
 * last subject named before it.
 *
 * <pre>{@code
 * Reading r = new Reading(doc, entities, dates);
 * r.organizer(org);                 // once the main meeting is known
 * Party actor = r.actorOf(verbIndex);
 * }</pre>
 *
 * Not thread-safe: one per parse.
 */
public final class Reading {
    /** Tokens after a verb that may stand between it and its subject: بشدة، ايضا، فيه. */
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("بشده", "بقوه", "ايضا", "كذلك", "فيه",
            "فيها", "بدوره", "بدورها", "بدورهم", "بالاجماع", "مجددا", "بدوه", "اليوم", "امس");

    private final Doc doc;
    private final Entities entities;
    private final List<When> dates;
    private final Layout layout;
    private Party issuer;
    private Party organizer;
    private Party we;
    private boolean reported;
    private List<Integer> leadMentions = List.of();
    private int weFrom = -1;
    private final TreeMap<Integer, Party> subjects = new TreeMap<>();
    private Mentions<Organization> organizations;
    private Mentions<org.nashra.model.Place> places;
    private Mentions<Person> persons;
    private final Mentions<When> dateMentions;
    private final java.util.Map<String, Found<Organization>> byHead = new java.util.HashMap<>();
    /**
     * {@link #headOf} of the issuer's and organizer's names with the article ({@code الرابطة}), asked at every token:
     * read and joined once per name.
     */
    private final java.util.Map<String, String> definiteHeads = new java.util.HashMap<>();

    /**
     * @param dates the date expressions of the text with the tokens they cover
     */
    public Reading(Doc doc, Entities entities, List<Found<When>> dates) {
        this.doc = doc;
        this.entities = entities;
        this.dateMentions = new Mentions<>(dates);
        this.dates = dates.stream().map(Found::value).toList();
        this.layout = Layout.of(doc);
        declareWe();
    }

    /**
     * {@code اننا مندوبو وضيوف المؤتمر … ندين}: "we" named before a first person plural verb are that
     * group from there on.
     */
    private void declareWe() {
        for (int i = 0; i + 1 < doc.size(); i++) {
            if (!doc.is(i, "اننا", "واننا", "نحن", "ونحن")) {
                continue;
            }
            int end = Math.min(doc.size(), i + 24);
            for (int k = i + 2; k < end && !doc.punct(k); k++) {
                boolean firstPerson = doc.hits(k).stream()
                        .anyMatch(h -> h.isVerb() && h.person() == Word.Person.FIRST_PLURAL);
                if (firstPerson) {
                    Phrase p = doc.phrase(i + 1, 0, k);
                    if (p != null && !doc.is(i + 1, "اذ", "في")) {
                        we = new Group(p.text(), p.span());
                        weFrom = i;
                    }
                    break;
                }
            }
        }
    }

    /**
     * The addressee of a letter: its {@code الى X المحترم} or {@code الأخ العزيز X المحترم} heading line, or null;
     * whom {@code نهنئكم}, {@code نشكركم}, {@code تتقدم اليكم} speak to.
     */
    public Party addressee() {
        for (Layout.Line line : layout.headings()) {
            Party p = addressedBy(line);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whom a line of address speaks to ({@code الى X المحترم}, {@code الأخ العزيز X المحترم}, {@code السيد رئيس
     * الجمهورية X المحترم}), or null when the line is no address.
     */
    public Party addressedBy(Layout.Line line) {
        int from = doc.is(line.from(), "الي") ? line.from() + 1 : line.from();
        boolean address = from > line.from() || entities.honorific(doc, from)
                || doc.form(line.to() - 1).startsWith("المحترم");
        if (address) {
            // الأخ العزيز الاستاذ X المحترم: the person named last on the line is the addressee
            List<Found<org.nashra.model.Person>> named = persons().within(from, line.to()).stream()
                    .filter(n -> n.to() <= line.to()).toList(); // a name does not run on into the salutation
            if (!named.isEmpty()) {
                return named.get(named.size() - 1).value();
            }
            List<Found<Party>> p = Parties.one(this, from, line.to(), k -> doc.form(k).startsWith("المحترم"));
            if (!p.isEmpty() && p.get(0).value() instanceof org.nashra.model.Group) {
                // الى الزملاء في المجلس الجديد لجمعية X: the members addressed stand for the body they belong
                // to, the last one named (an organ comes before its body)
                List<Found<Organization>> bodies = organizations().within(p.get(0).from(), line.to());
                for (int b = bodies.size() - 1; b >= 0; b--) {
                    if (bodies.get(b).value().name() != null && bodies.get(b).to() <= line.to()) {
                        return bodies.get(b).value();
                    }
                }
            }
            if (!p.isEmpty()) {
                return p.get(0).value();
            }
        }
        return null;
    }

    /** The longest a frame reads from its cue: a sentence, or this many tokens of a sentence without end. */
    public static final int WINDOW = 160;

    /** The end of the clause holding {@code i} ({@link Doc#clauseEnd}), at most {@link #WINDOW} on. */
    public int clause(int i) {
        return Math.min(doc.clauseEnd(i), i + WINDOW);
    }

    /** Where a frame whose cue is at {@code i} stops reading: the sentence end, at most {@link #WINDOW} on. */
    public int limit(int i) {
        return Math.min(doc.sentenceEnd(i), i + WINDOW);
    }

    public Doc doc() {
        return doc;
    }

    public Entities entities() {
        return entities;
    }

    public List<When> dates() {
        return dates;
    }

    /** The date expressions by token. */
    public Mentions<When> dateMentions() {
        return dateMentions;
    }

    public Layout layout() {
        return layout;
    }

    public Party issuer() {
        return issuer;
    }

    public void issuer(Party value) {
        issuer = value;
    }

    public Party organizer() {
        return organizer;
    }

    public void organizer(Party value) {
        organizer = value;
    }

    /** True when the text reports a gathering held (not only announces one). */
    public boolean reported() {
        return reported;
    }

    public void reported(boolean value) {
        reported = value;
    }

    /**
     * The tokens where the text names the announced gathering it leads with, again and again ({@code بدعوتكم الى
     * ندوة … وتُقام الندوة بالتعاون مع …}): what a later mention's sentence says of how it sits is said of that one.
     */
    public List<Integer> leadMentions() {
        return leadMentions;
    }

    public void leadMentions(List<Integer> value) {
        leadMentions = List.copyOf(value);
    }

    /** Who a first person plural at token {@code at} is: a declared "we" before it, else the issuer. */
    public Party we(int at) {
        if (we != null && at >= weFrom) {
            return we;
        }
        return issuer != null ? issuer : organizer;
    }

    /** Records that token {@code at} names {@code subject} as the subject of its clause. */
    public void subject(int at, Party subject) {
        subjects.put(at, subject);
    }

    /** The last subject named before token {@code at}, else the organizer, else the issuer. */
    public Party subjectBefore(int at) {
        var e = subjects.lowerEntry(at);
        if (e != null) {
            return e.getValue();
        }
        return organizer != null ? organizer : issuer;
    }

    /** Every place expression of the text, in order. */
    public Mentions<org.nashra.model.Place> places() {
        if (places == null) {
            places = new Mentions<>(entities.places(doc));
        }
        return places;
    }

    /** Every titled person of the text, in order. */
    public Mentions<Person> persons() {
        if (persons == null) {
            persons = new Mentions<>(entities.persons(doc));
        }
        return persons;
    }

    /** The organisations named in the text, in order (for resolving {@code حزبنا} and the like). */
    public Mentions<Organization> organizations() {
        if (organizations == null) {
            organizations = new Mentions<>(entities.organizations(doc));
            for (Found<Organization> o : organizations.all()) {
                // حزبنا: the first body named with that head, alone or inside another name (منظمة للحزب …)
                for (int k = o.from(); k < o.to(); k++) {
                    if (!doc.word(k)) {
                        continue;
                    }
                    String head = doc.tok(k).reading().stem();
                    if (!byHead.containsKey(head) && entities.organizationHead(doc, k)) {
                        Found<Organization> named = k == o.from() ? o : entities.organization(doc, k, o.to());
                        if (named != null && named.value().name() != null) {
                            byHead.put(head, named);
                        }
                    }
                }
            }
        }
        return organizations;
    }

    /**
     * The body a mention names, where the mention is only a part of it without the name ({@code فروع اتحاد
     * الطلبة} read as branches): the named body inside it, else the mention as it is.
     */
    public Found<Organization> named(Found<Organization> o) {
        if (o == null || o.value().name() != null) {
            return o;
        }
        for (int k = o.from() + 1; k < o.to(); k++) {
            if (entities.organizationHead(doc, k)) {
                Found<Organization> inner = entities.organization(doc, k, o.to());
                if (inner != null && inner.value().name() != null) {
                    return new Found<>(inner.value(), o.from(), inner.to());
                }
            }
        }
        return o;
    }

    /**
     * A body named by its bare head ({@code للحزب}, {@code الاتحاد}): the body of the text with that head named
     * in full, keeping this mention's organ and span; else {@code o} as it is.
     */
    public Organization antecedent(Organization o) {
        if (o.name() == null || o.name().strip().indexOf(' ') >= 0) {
            return o;
        }
        organizations();
        Found<Organization> named = byHead.get(headOf(o.name()));
        if (named == null || named.value().name() == null || named.value().name().strip().indexOf(' ') < 0) {
            return o;
        }
        Organization full = named.value();
        return full.toBuilder().organ(o.organ() != null ? o.organ() : full.organ()).span(o.span()).build();
    }

    /**
     * An office named with the body it belongs to ({@code مكتب الإعلام المركزي للحزب الشيوعي}): the body, with
     * the office as its organ; else the mention as read.
     */
    public Organization bodyOf(Found<Organization> o, int limit) {
        Organization v = o.value();
        if (v.organ() != null) {
            return v;
        }
        for (int k = o.from() + 1; k <= o.to() && k < limit; k++) {
            boolean li = doc.word(k) && doc.hasLam(k);
            // مكتب الإعلام المركزي للحزب: an office described by a definite word; منظمة للحزب is a unit, no organ
            if (li && doc.word(k - 1) && doc.tok(k - 1).reading().definite() && entities.organizationHead(doc, k)) {
                Found<Organization> inner = entities.organization(doc, k, Math.max(limit, o.to()));
                Phrase organ = doc.phrase(o.from(), 0, k);
                if (inner != null && inner.value().name() != null && organ != null) {
                    Organization b = inner.value();
                    return b.toBuilder().organ(organ.text()).span(doc.span(o.from(), inner.to())).build();
                }
            }
        }
        return v;
    }

    /** True when token {@code at} lies inside an organisation's mention ({@code … في برلين} of a name). */
    public boolean inOrganization(int at) {
        return organizations().covering(at) != null;
    }

    /**
     * The actor a mention at token {@code at} names, read no further than {@code limit}:
     * the participants as a group, the gathering or its statement as the organizer, a
     * reference to the issuer by its head noun, {@code حزبنا} as the named party, or a
     * person or organisation. Null when the token names no actor.
     */
    public Found<Party> actorAt(int at, int limit) {
        if (at >= limit || at >= doc.size() || !doc.word(at)) {
            return null;
        }
        Lexicon.Hit participants = doc.hit(at, Vocabulary.PARTICIPANTS);
        if (participants != null) {
            return new Found<>(new Group(cutWord(at, participants), spanWord(at, participants)), at, at + 1);
        }
        Lexicon.Hit gathering = gatheringRef(at);
        // the gathering as agent is its organizing body; a person is not written at the word الاجتماع
        if (gathering != null && organizer instanceof Organization) {
            return new Found<>(as(organizer, spanWord(at, gathering)), at, at + 1 + (statementAdjective(at + 1) ? 1 : 0));
        }
        Found<Party> self = selfReference(at);
        if (self != null) {
            return self;
        }
        Found<Person> p = entities.person(doc, at, limit);
        if (p == null && doc.punct(limit, "،,")) {
            // الأمين العام للاتحاد، سليم العلي،: the name in apposition goes on past the comma that ends the clause
            Found<Person> named = entities.person(doc, at, limit(at));
            p = named != null && named.value().name() != null && doc.punct(named.to(), "،,") ? named : null;
        }
        if (p != null) {
            return new Found<>(p.value(), p.from(), p.to());
        }
        Found<Organization> o = entities.organization(doc, at, limit);
        if (o != null) {
            return new Found<>(o.value(), o.from(), o.to());
        }
        return null;
    }

    /** The subject of the verb at token {@code verb}: named right after it, or the last one named before. */
    public Party actorOf(int verb) {
        Found<Party> s = subjectAfter(verb);
        if (s != null) {
            return s.value();
        }
        for (Lexicon.Hit h : doc.hits(verb)) {
            if (h.person() == Word.Person.FIRST_PLURAL) {
                return we(verb);
            }
        }
        return subjectBefore(verb);
    }

    /** The subject named right after the verb at {@code verb} (adverbs such as بشدة skipped), or null. */
    public Found<Party> subjectAfter(int verb) {
        if (pluralAgreement(verb)) {
            return null; // يهنئون فخامة الرئيس: a verb that agrees in the plural has its subject before it
        }
        int j = verb + 1;
        int limit = doc.clauseEnd(Math.min(verb + 1, doc.size() - 1));
        while (j < limit && ADVERBS.contains(doc.form(j))) {
            j++;
        }
        if (j >= limit || doc.word(j) && doc.tok(j).reading().hasPreposition()) {
            return null; // لحزبنا, بالمؤتمر: an object, not the subject
        }
        Found<Party> a = actorAt(j, limit);
        if (a == null) {
            return null;
        }
        a = named(a, limit(j));
        // an organisation or person after a verb is its subject only when the text treats it as an actor:
        // a person, the participants, the gathering, or the issuer or organizer named again
        if (a.value() instanceof Group || doc.hit(j, Vocabulary.PARTICIPANTS) != null || gatheringRef(j) != null
                || selfReference(j) != null || a.value() instanceof Person || sameBody(a.value(), issuer)
                || sameBody(a.value(), organizer)) {
            return a;
        }
        return null;
    }

    /**
     * First words of an aside: of time, place or source (اليوم السبت، في بيان له، خلال اجتماعه، بالمناسبة، من جهته),
     * or of who leads or makes up the subject (برئاسة الدكتور X، بكل هيئاته، باسم أعضائه).
     */
    private static final java.util.Set<String> ASIDE = java.util.Set.of("في", "خلال", "اليوم", "امس", "يوم", "عقب",
            "اثر", "حسب", "وفق", "بالمناسبه", "بدوره", "بدورها", "بدورهم", "صباح", "مساء", "ظهر", "مطلع", "ختام", "علي",
            "برياسه", "بقياده", "بكل", "بكامل", "باسم");

    /**
     * {@code أعرب الحزب، عن دعمه}, {@code دعا الحزب، اليوم السبت، المجلس الى …}, {@code طالبت الجمعية، في بيان لها،
     * السلطات بـ…}: the press sets a verb's subject, and a time, place or source aside after it, off by commas, and
     * the act's complement comes after them. The first token of that complement when the verb at {@code verb} is so
     * followed, else -1.
     */
    public int pastAsides(int verb) {
        Found<Party> subject = subjectAfter(verb);
        return complementAfter(verb, subject != null ? subject.to() : bareSubjectEnd(verb, limit(verb)));
    }

    /**
     * The first token of the complement of the verb at {@code verb} whose subject ends at {@code subjectEnd} with a
     * comma, past the asides set off by commas after it (see {@link #pastAsides}); else -1.
     */
    public int complementAfter(int verb, int subjectEnd) {
        int end = limit(verb);
        int k = subjectEnd;
        if (k <= verb + 1 || k >= end || !doc.punct(k, "،,")) {
            return -1;
        }
        for (int hop = 0; hop < 3; hop++) {
            int s = k + 1;
            if (s >= end || !doc.word(s)) {
                return -1;
            }
            int close = doc.clauseEnd(s);
            if (close < end && close - s <= 8 && doc.punct(close, "،,") && aside(s)) {
                k = close;
                continue;
            }
            // what follows is the complement, not a clause of its own (وقال …، ويضيف …) or a relative one
            return doc.conjunction(s) > 0 || doc.verb(s) || doc.has(s, Vocabulary.RELATIVE) ? -1 : s;
        }
        return -1;
    }

    /**
     * Whether the words at {@code s} open an aside: a date, a word of time, place or source, or a further title of the
     * subject ({@code برئاسة الدكتور X،}, {@code والأمين العام للحزب X،}, {@code ومستشار الاتحاد،}): a title joined by
     * و describes the subject again, one without و is the object ({@code هنأ X، وزير العمل Y}).
     */
    private boolean aside(int s) {
        return dateMentions().covering(s) != null || ASIDE.contains(doc.form(s))
                || doc.is(s, "من") && (doc.form(s + 1).startsWith("جه") || doc.form(s + 1).startsWith("جانب"))
                || doc.conjunction(s) > 0 && entities.role(doc, s) || partsInAccusative(s);
    }

    /**
     * {@code رئيساً وأعضاءً}, {@code قيادةً وحكومةً وشعباً}, {@code رئيسا ومكتبا سياسيا}: the parts of the party named
     * before, as indefinite nouns in the accusative joined by و.
     */
    public boolean partsInAccusative(int s) {
        // the next word or the last before the comma in the accusative too (قيادةً وحكومة شعباً): not سوريا ولبنان
        return doc.conjunction(s + 1) > 0 && !doc.tok(s).reading().hasPreposition() && !doc.verb(s)
                && accusativeShape(s) && (accusativeShape(s + 1) || accusativeShape(doc.clauseEnd(s) - 1));
    }

    /** An indefinite word ending in the accusative's tanween, or in the alif that carries it ({@code رئيساً}). */
    private boolean accusativeShape(int k) {
        return doc.word(k) && !doc.tok(k).reading().definite()
                && (doc.original().charAt(doc.tok(k).span().end() - 1) == '\u064B'
                || doc.form(k).length() > 2 && doc.form(k).endsWith("ا"));
    }

    /**
     * {@code أعرب الحزب، …}, {@code هنأ حزب الأمل، …}: the end of a short subject the subject reader does not know, up
     * to a comma: one to four words after the verb, none a verb, the first without a preposition and definite, a
     * person's name, a listed given name ({@code هنأ خالد سليم، …}) or the head of a body's name; else -1.
     */
    private int bareSubjectEnd(int verb, int end) {
        // the verb opens its clause (وأعرب الحزب، …): inside one, عبر القنصليات، … is a preposition
        boolean opens = verb == 0 || !doc.word(verb - 1) || doc.conjunction(verb) > 0
                || doc.is(verb - 1, "كما", "ثم", "قد");
        if (!opens || verb + 1 >= end || !doc.word(verb + 1) || doc.tok(verb + 1).reading().hasPreposition()
                || !doc.form(verb + 1).startsWith("ال") && persons().covering(verb + 1) == null
                && !entities.organizationHead(doc, verb + 1) && !entities.givenName(doc, verb + 1)) {
            return -1;
        }
        for (int k = verb + 1; k < end && k <= verb + 5; k++) {
            if (doc.punct(k, "،,")) {
                return k;
            }
            if (!doc.word(k) || doc.verb(k) && persons().covering(k) == null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code يهنئون}, {@code هنّأوا}: a verb whose every reading carries the plural of its subject. Arabic puts a verb
     * before its subject in the singular ({@code هنّأ الأعضاءُ}); one in the plural has its subject already, before
     * it, and the noun after it is its object.
     */
    public boolean pluralAgreement(int verb) {
        boolean plural = false;
        for (Lexicon.Hit h : doc.hits(verb)) {
            if (h.isVerb()) {
                if (h.person() != Word.Person.THIRD_PLURAL) {
                    return false;
                }
                plural = true;
            }
        }
        return plural;
    }

    /**
     * {@code الأمين العام للاتحاد، سليم العلي، …}: a person known by a role, then named in apposition between
     * commas, is that named person.
     */
    private Found<Party> named(Found<Party> a, int limit) {
        if (!(a.value() instanceof Person p) || p.name() != null || p.role() == null || !doc.punct(a.to(), "،,")) {
            return a;
        }
        Found<Person> name = entities.bareName(doc, a.to() + 1, limit);
        if (name == null || name.value().name() == null || !doc.punct(name.to(), "،,")) {
            return a;
        }
        Span span = new Span(p.span().start(), name.value().span().end());
        return new Found<>(p.toBuilder().name(name.value().name()).span(span).build(),
                a.from(), name.to());
    }

    private boolean statementAdjective(int i) {
        return i < doc.size() && doc.has(i, Vocabulary.CLOSING);
    }

    /** A definite or possessed gathering noun or البيان: the gathering standing for its organizer. */
    private Lexicon.Hit gatheringRef(int at) {
        for (Lexicon.Hit h : doc.hits(at)) {
            Word w = h.word();
            if ((w == Vocabulary.MEETING || w == Vocabulary.CONFERENCE || w == Vocabulary.SEMINAR
                    || w == Vocabulary.SESSION || w == Vocabulary.STATEMENT)
                    && (h.definite() || !h.suffix().isEmpty()) && h.preposition().isEmpty()) {
                return h;
            }
        }
        return null;
    }

    /**
     * A mention of the issuer by the head of its name ({@code التجمع}, {@code الرابطة}) or of
     * its organ ({@code الهيئة الادارية}), or a possessed head ({@code حزبنا}) naming an organisation
     * of the text.
     */
    private Found<Party> selfReference(int at) {
        String f = doc.form(at);
        // التجمع، الرابطة، المجلس: the bare head of the issuer's or organizer's name or organ
        // (الرابطة النسائية, a head the name reader takes further, names another body)
        String bare = doc.tok(at).reading().definiteForm();
        for (Party p : new Party[] {issuer, organizer}) {
            if (p instanceof Organization org && (org.name() != null && bare.equals(definiteHead(org.name()))
                    || org.organ() != null && bare.equals(definiteHead(org.organ())))) {
                Found<Organization> other = entities.organization(doc, at, doc.size());
                if (other == null || other.to() == at + 1 || other.value().name() == null) {
                    // والرابطة: the conjunction left out; للرابطة written whole
                    return new Found<>(as(org, doc.span(at, Math.max(0, f.length() - bare.length()), at + 1)), at, at + 1);
                }
            }
        }
        String stem = doc.tok(at).reading().stem();
        if (stem.endsWith("نا") && stem.length() > 4) {
            // وحزبنا، لجمعيتنا: the head without the pronoun, its ت given back as ة
            String head = stem.substring(0, stem.length() - 2);
            if (head.endsWith("ت")) {
                head = head.substring(0, head.length() - 1) + "ه";
            }
            int skip = f.length() - stem.length();
            organizations();
            Found<Organization> named = byHead.get(head);
            if (named != null && named.from() != at) {
                return new Found<>(as(named.value(), doc.span(at, skip, at + 1)), at, at + 1);
            }
        }
        return null;
    }

    private static boolean sameBody(Party a, Party b) {
        return a instanceof Organization x && b instanceof Organization y && x.name() != null
                && x.name().equals(y.name());
    }

    /** {@code ال} + {@link #headOf} {@code name}, made once per name. */
    private String definiteHead(String name) {
        return definiteHeads.computeIfAbsent(name, n -> "ال" + headOf(n));
    }

    /** The folded head word of a name without its clitics, as the analyser reads it: رابطة المرأة → رابطه. */
    public static String headOf(String name) {
        return org.nashra.parser.internal.text.Clitic.firstStem(name);
    }

    /** {@code party} as mentioned at {@code span}: the same values, this mention's span. */
    public static Party as(Party party, Span span) {
        if (party instanceof Organization o) {
            return o.toBuilder().span(span).build();
        }
        if (party instanceof Person p) {
            return p.toBuilder().span(span).build();
        }
        // a Group is its words as written, so a later mention resolves to the group where it was written
        return party;
    }

    /** The word at {@code at} without its conjunction and preposition, article restored after ل. */
    public String cutWord(int at, Lexicon.Hit h) {
        return doc.phrase(at, h.conj() + h.preposition().length(), at + 1).text();
    }

    /** The span of the word at {@code at} without its conjunction and preposition (ل + ال keeps its ال). */
    public Span spanWord(int at, Lexicon.Hit h) {
        int skip = h.conj() + h.preposition().length();
        return doc.span(at, skip, at + 1);
    }
}
