package org.nashra.parser.internal.frame.meeting;

import java.util.ArrayList;
import java.util.List;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Meeting.Session;
import org.nashra.model.Meeting.Type;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Span;
import org.nashra.model.When;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Layout;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.frame.meeting.Gathering.Status;
import org.nashra.parser.internal.number.ArabicNumbers;
import org.nashra.parser.internal.number.NumberPhrase;
import org.nashra.parser.internal.text.StemSet;

/**
 * Reads the gatherings a text reports or announces into {@link Meeting}s.
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>a gathering noun</b> of each type: {@code اجتماع، لقاء، دورته العادية} (meeting), {@code مؤتمر،
 *       كونفرنس، ملتقى} (conference; a numbered one without a thematic adjective is a congress), {@code جلسة}
 *       (session), {@code ندوة، محاضرة، يوم دراسي} (seminar), {@code اجتماع الهيئة العامة، الجمع العام}
 *       (assembly), {@code حفل، أمسية، مهرجان، معرض، وقفة، اعتصام، تشييع، مجلس/بيت عزاء، إفطار} and an
 *       announced funeral prayer ({@code سيُصلّى على جثمان الفقيد}), a mass ({@code قداس}) and the receiving
 *       of condolences ({@code تُقبل التعازي}, {@code يتقبل ذوو الفقيد التعازي}) (event);</li>
 *   <li><b>reported</b> when a meeting verb holds it in a main clause: {@code عقد X اجتماعاً},
 *       {@code انعقدت الجلسة الختامية للمؤتمر}, {@code افتُتحت اعمال المؤتمر}, {@code اختتم المؤتمر اعماله},
 *       {@code نظمت … امسية}, a past verb holding the verbal noun ({@code شهدت قاعة … انعقاد المؤتمر}), or a
 *       heading names it ({@code اختتام الاجتماع الموسع}); a numbered session held ({@code انعقدت الجلسة
 *       الثانية}) is a part of the reported gathering;</li>
 *   <li><b>announced</b>: {@code القادم/المقبل/المزمع/المقررة} after it or later in its clause, a relative
 *       clause in the present or future ({@code الذي تقيمه}, {@code الذي سيقام}), {@code أن يعقد},
 *       {@code قرر اقامة …}, {@code لحضور …};</li>
 *   <li><b>not a meeting</b>: a past one in a relative clause ({@code الذي انعقد في لندن}), after
 *       {@code منذ}, or plural ({@code الندوات}); a bare definite mention ({@code الاجتماع}) is the one
 *       already named, and a session adjective on it ({@code الجلسة الافتتاحية}) gives its session;</li>
 *   <li><b>organizer and convener</b>: the subject of the meeting verb ({@code عقدت الهيئة الادارية
 *       لجمعية …}), the body after the gathering ({@code المؤتمر السابع لرابطة …}), the subject of a verb with
 *       a pronoun after an indefinite gathering ({@code في حفل حاشد أقامه مركز …}), {@code بدعوة من X}, the
 *       host's body for an event on its sidelines ({@code على هامش الملتقى}), the inviter for a gathering one
 *       is invited to attend; office holders who met for it ({@code سكرتاريو منظمات الحزب}) are the convener,
 *       the organisation the organizer; the subject after a date that follows the verb ({@code التأم مساء
 *       الخميس مجلس ادارة الرابطة}); the next gathering of the reported (or first announced) one's kind
 *       ({@code الاجتماع المقبل}, an exhibition the day after) is held by the same body;</li>
 *   <li><b>ordinal and session</b>: {@code السابع} → 7, {@code الحادي عشر} → 11; the reported gathering's own
 *       adjective ({@code الختامية} closing, {@code الافتتاحية} opening, {@code الاستثنائي} extraordinary,
 *       {@code الدوري/السنوي} regular, not for an annual conference or event) or its verb ({@code افتتحت اعمال
 *       المؤتمر}); a session named later is a part of it, not what is reported;</li>
 *   <li><b>when and where</b>: the date and place of its clause or sentence (a date or place between the
 *       verb and the gathering is stepped over; a separate time of the session, {@code افتتح الاجتماع في
 *       الساعة العاشرة}, joins the date), of a following {@code وذلك يوم …} sentence, or, for the first
 *       meeting, of label lines ({@code الزمان: …}, {@code المكان: …}); the dateline city is not the
 *       meeting's place; a date across another gathering's clause is that one's; the hall that saw it
 *       ({@code شهدت قاعة …}) is its place, and a venue takes the city closing its address ({@code …، شارع …،
 *       مدريد}).</li>
 *   <li><b>a gathering said otherwise</b>: a body's first sitting as the setting of an act ({@code وفي أول اجتماع
 *       له انتخب …}) is one of its own; a celebration said by its verb with a body for subject ({@code احتفلت
 *       الرابطة بـ…}) is an event; a later definite mention of an announced one ({@code وستقام الأمسية يوم …},
 *       {@code الفعالية}) is that one and says when and where it sits;</li>
 *   <li><b>mourning</b> (a funeral, a wake, the receiving of condolences) is held by the family: no organizer
 *       unless the text names one.</li>
 * </ul>
 */
public final class MeetingFrames {

    /** Runs of white space between the words of a name: compiled once, not at each {@code String.split} call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final int MAX_PHRASE = 7;

    private final Reading r;
    private final Doc doc;

    private MeetingFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
    }

    /** The meetings of the text, the reported one first; sets the reading's organizer. */
    public static List<Meeting> read(Reading r) {
        return new MeetingFrames(r).readAll();
    }

    private List<Meeting> readAll() {
        List<Gathering> mentions = new ArrayList<>();
        int bodyTo = r.layout().bodyTo();
        for (int i = 0; i < bodyTo; i++) {
            Gathering g = gatheringAt(i);
            g = g != null ? g : metByVerb(i);
            if (g != null) {
                mentions.add(g);
                i = Math.max(i, g.end() - 1);
            }
        }
        // المؤتمر … المنعقد بتاريخ …: a gathering said to have sat holds the date and place of its clause
        List<Gathering> found = mentions;
        mentions = withHeadlineGatheringHeld(mentions);
        mentions = withOpeningGatheringHeld(mentions);
        mentions = withGatheringItCameDuring(mentions);
        mentions = withOwnDates(mentions);
        mentions = withOpeningAudience(mentions);
        heldAt = found.stream().filter(g -> g.status() == Status.REPORTED || g.status() == Status.ANNOUNCED
                || convenedHere(g) || dated.contains(g.at())).mapToInt(Gathering::at).sorted().toArray();
        pastAt = new java.util.TreeSet<>(found.stream().filter(g -> g.status() == Status.ANCHOR)
                .map(Gathering::at).toList());
        Gathering main = null;
        for (Gathering g : mentions) {
            if (g.status() == Status.REPORTED && !g.headline() && !firstSitting(g)) {
                main = g;
                break;
            }
        }
        Gathering heading = null; // a heading that names the gathering the body announces
        if (main == null) {
            for (Gathering g : mentions) {
                // المصباح ينظم مهرجاناً تضامنياً over ينظم الحزب مهرجاناً … يوم الأحد: a heading's present names the
                // one the body announces, not another one held
                boolean headsAnnounced = g.headline() && mentions.stream().anyMatch(a -> !a.headline()
                        && a.status() == Status.ANNOUNCED && family(a.type()) == family(g.type()));
                if (g.status() == Status.REPORTED && !headsAnnounced) {
                    main = g;
                    break;
                }
                heading = heading == null && headsAnnounced && g.status() == Status.REPORTED ? g : heading;
            }
        }
        List<Meeting> out = new ArrayList<>();
        List<Gathering> merged = new ArrayList<>();
        if (main != null) {
            for (Gathering g : mentions) {
                if (g == main || sameGathering(main, g)) {
                    merged.add(g);
                }
            }
            // what the body says of it comes before what a heading says
            merged.sort(java.util.Comparator.comparing(Gathering::headline));
            Meeting m = assemble(main, merged, true, true);
            r.organizer(m.organizer());
            r.reported(true);
            out.add(m);
        }
        List<Gathering> announced = new ArrayList<>();
        // the kinds named so far, and those announced outside a heading: one look-up per mention, not a pass
        // over all the earlier ones (a long text names thousands)
        java.util.Set<Type> seen = java.util.EnumSet.noneOf(Type.class);
        java.util.Set<Type> seenAnnounced = java.util.EnumSet.noneOf(Type.class);
        java.util.Set<Gathering> mergedSet = new java.util.HashSet<>(merged);
        // وستقام الأمسية يوم …، وستقام الفعالية في قاعة …: a later definite mention of an announced one, by its noun
        // or by the noun for any event, is that one again, and says when and where it sits
        java.util.Map<String, Gathering> byNoun = new java.util.HashMap<>();
        java.util.Map<Gathering, List<Gathering>> again = new java.util.IdentityHashMap<>();
        Gathering last = null;
        for (Gathering g : mentions) {
            Gathering before = namedAgain(g, byNoun, last);
            if (before != null) {
                again.computeIfAbsent(before, b -> new ArrayList<>(List.of(b))).add(g);
                continue;
            }
            // الموكب الجديد الذي سيتحرك من …: a definite one, unnumbered and of no named body, after an announced one
            // of its kind is that one again
            Type kind = family(g.type());
            // على أن يقام العزاء بمنزل الأسرة: one held by a verb of its own right before it is another one, unless
            // a demonstrative points back (وسينطلق هذا التجمع)
            boolean ownVerb = g.verb() >= 0 && g.verb() < g.at() && g.verb() >= g.at() - 2
                    && !doc.has(g.verb(), Vocabulary.PERFORM) && !doc.is(g.at() - 1, DEMONSTRATIVES)
                    || g.status() == Status.REPORTED && g.verb() == g.end() + 1 && inRelative(g.verb()); // الذي أقيم
            boolean repeated = !ownVerb && (bareDefinite(g) && seen.contains(kind)
                    || definiteAgain(g) && seenAnnounced.contains(kind));
            seen.add(kind);
            if (g.status() == Status.ANNOUNCED && !g.headline()) {
                seenAnnounced.add(kind);
            }
            if (repeated) {
                continue; // وتحيي الحفل فرقة …: the party already announced, named again
            }
            // announced ones, and a held one of another kind (a welcome evening beside the congress)
            // a session held (انعقدت الجلسة الأولى) is a part of the reported gathering, not another one
            // عريف الحفل، كلمة الحفل: a bare definite one of another kind beside the reported one is a part of it
            boolean other = g.status() == Status.REPORTED && main != null && g != main
                    && (family(g.type()) != family(main.type()) && g.type() != Type.SESSION
                    && (!bareDefinite(g) || g.verb() > g.at()) // … في الحفل الذي نظمته …: held by a clause of its own
                    || heldApart(main, g) || firstSittingApart(main, g));
            // ونحن نعقد المؤتمر الثامن: the reported congress named again by its ordinal is that congress
            boolean same = main != null && g.ordinal() != null && g.ordinal().equals(main.ordinal())
                    && family(g.type()) == family(main.type());
            // على أن تخصص جلسة يوم الأحد لـ…: a session the text dates is a part of the gathering it reports
            boolean part = dated.contains(g.at()) && g.type() == Type.SESSION && main != null
                    && main.type() != Type.SESSION;
            // وتتواصل أعمال المؤتمر غداً، ومن المقرر أن تُختتم أعمال الملتقى مساء الجمعة، وتنطلق أشغال المؤتمر
            // بتقديم التقرير: the reported one going on
            boolean goesOn = main != null && g != main && g.status() == Status.ANNOUNCED && definiteAgain(g)
                    && family(g.type()) == family(main.type()) && g.verb() >= 0
                    && doc.hasAny(g.verb(), Vocabulary.CARRY_ON, Vocabulary.CLOSE, Vocabulary.OPEN);
            if ((g.status() == Status.ANNOUNCED || other) && !mergedSet.contains(g) && !g.headline() && !same
                    && !part && !goesOn) {
                announced.add(g);
                byNoun.putIfAbsent(doc.tok(g.at()).stem(), g);
                last = g;
            }
        }
        for (Gathering g : announced) {
            List<Gathering> named = again.getOrDefault(g, List.of(g));
            if (heading != null && family(heading.type()) == family(g.type())) {
                named = new ArrayList<>(named);
                named.add(heading); // its heading says where it sits when the body does not
                heading = null;
            }
            if (out.isEmpty()) {
                // وستقام الندوة بالتعاون مع …: an announced one named again says how it sits (a reported one named
                // again, ناقش الاجتماع …، وقرر إقامة معرض بالتعاون مع …, speaks of other things)
                r.leadMentions(named.stream().map(Gathering::at).toList());
            }
            Meeting m = assemble(g, named, false, out.isEmpty());
            if (main == null && out.isEmpty() && m.organizer() != null) {
                r.organizer(m.organizer());
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The announced gathering a later mention names again, or null: a definite noun with no number, body or name of
     * its own, in a sentence after it, held or announced by its own verb, either the same noun ({@code أمسية …
     * وستقام الأمسية يوم …}) or the noun for any event ({@code ندوة … وستقام الفعالية في …}).
     */
    private Gathering namedAgain(Gathering g, java.util.Map<String, Gathering> byNoun, Gathering last) {
        if (g.headline() || g.status() != Status.ANNOUNCED && g.status() != Status.REPORTED || !definiteAgain(g)) {
            return null;
        }
        Gathering before = doc.tok(g.at()).hasStem(EVENT_STEM) ? last : byNoun.get(doc.tok(g.at()).stem());
        return before != null && doc.sentenceStart(g.at()) > before.at() ? before : null;
    }

    /** فعالية folded: the noun for any event, which names again whatever gathering was announced before. */
    private static final String EVENT_STEM = org.nashra.parser.internal.text.FoldedText.fold("فعالية");

    /** How many tokens after a gathering's phrase its own date may start ({@code المقرر عقده يوم …}). */
    private static final int DATE_REACH = 12;

    /**
     * A gathering whose clause gives it a date of its own ({@code تنظيم تجمع عام يوم …}, {@code دعوة الهيئة الى
     * اجتماع طارئ يوم …}, {@code ناقش الاجتماع الموسع … مساء الأربعاء …}) is one the text holds or announces,
     * whatever verb, if any, it stands with: a mention only named in passing carries no date.
     */
    private List<Gathering> withOwnDates(List<Gathering> mentions) {
        List<Gathering> out = new ArrayList<>(mentions.size());
        java.util.Set<Type> seen = java.util.EnumSet.noneOf(Type.class);
        for (int n = 0; n < mentions.size(); n++) {
            Gathering g = mentions.get(n);
            int next = n + 1 < mentions.size() ? mentions.get(n + 1).at() : doc.size();
            Gathering before = n > 0 ? mentions.get(n - 1) : null;
            // وتُبث الندوة مباشرة …، هذا الاجتماع: the bare definite noun of a kind named before, or one a
            // demonstrative points back to, is that one again
            boolean again = bareDefinite(g) && seen.contains(family(g.type())) || doc.is(g.at() - 1, DEMONSTRATIVES);
            seen.add(family(g.type()));
            Found<When> date = g.status() == Status.REFERENCE && !g.headline() && !again ? ownDate(g, next) : null;
            if (date != null && !passing(g) && !timeAnchor(g.at()) && !addressee(g) && !(possessed(g)
                    && before != null && doc.sentenceStart(before.at()) == doc.sentenceStart(g.at()))) {
                g = g.with(tenseOf(g, date));
                dated.add(g.at());
            }
            out.add(g);
        }
        return out;
    }

    /**
     * Whether a gathering its date alone found is reported or announced: the tense of the verb between it and its
     * date ({@code الجمعية العمومية ستعقد يوم …}), else of the last verb before it in its sentence ({@code ناقش
     * الاجتماع …}); announced when no verb says ({@code ثالثاً: دعوة الهيئة الى اجتماع طارئ يوم …}).
     */
    private Status tenseOf(Gathering g, Found<When> date) {
        Word.Shape s = null;
        for (int k = g.end(); k < date.from() && s == null; k++) {
            s = verbShape(k);
        }
        for (int k = g.at() - 1; k >= doc.sentenceStart(g.at()) && s == null; k--) {
            s = verbShape(k);
        }
        return s == Word.Shape.PAST ? Status.REPORTED : Status.ANNOUNCED;
    }

    /** The tense of the verb at {@code k} (the future when one reading says so), or null when it is no verb. */
    private Word.Shape verbShape(int k) {
        Word.Shape s = null;
        for (Lexicon.Hit h : doc.hits(k)) {
            if (h.isVerb() && s != Word.Shape.FUTURE) {
                s = h.shape();
            }
        }
        return s;
    }

    /** Where the gatherings {@link #withOwnDates} found by their date alone stand. */
    private final java.util.Set<Integer> dated = new java.util.HashSet<>();

    /** Words that make what follows a point in time: {@code بعد انتهاء أعمال المؤتمر}, {@code قبل الاجتماع}. */
    private static final String[] TIME_ANCHORS = {"بعد", "قبل", "عقب", "اثر", "منذ", "حتي"};

    /**
     * {@code بعد انتهاء أعمال المؤتمر المنعقد بتاريخ …}: a gathering after a preposition of time, across up to two
     * nouns in construct, dates something else; it is not one the text holds.
     */
    private boolean timeAnchor(int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3) && doc.word(k); k--) {
            if (doc.is(k, TIME_ANCHORS)) {
                return true;
            }
            if (doc.tok(k).reading().definite()) {
                return false; // بعد الانتخابات المؤتمر …: a definite word closes the construct
            }
        }
        return false;
    }

    /** {@code مؤتمركم المنعقد يوم …}: the addressee's gathering, greeted, not held by the text. */
    private boolean addressee(Gathering g) {
        Lexicon.Hit h = gatheringHit(g.at());
        return h != null && h.suffix().startsWith("ك");
    }

    /** {@code دورته الخامسة}, {@code اجتماعها}: a gathering named by a pronoun, which points back to one named before. */
    private boolean possessed(Gathering g) {
        Lexicon.Hit h = gatheringHit(g.at());
        return h != null && !h.suffix().isEmpty();
    }

    /**
     * The date that starts in the gathering's clause soon after its phrase, before the next gathering, or null; a
     * comma may stand right before it ({@code الاجتماع الذي دعت إليه اللجنة …، مساء الأربعاء …}). A month or a year
     * gone by ({@code في أيار 2023}) dates a gathering named in passing, not one of the text.
     */
    private Found<When> ownDate(Gathering g, int next) {
        int to = Math.min(Math.min(r.limit(g.at()), next), g.end() + DATE_REACH);
        for (Found<When> w : r.dateMentions().within(g.end(), to)) {
            for (int k = g.end(); k < w.from(); k++) {
                if (doc.punct(k) && !(k == w.from() - 1 && doc.punct(k, "،,")) && !doc.quoted(k)
                        && !doc.punct(k, "«»“”\"")) {
                    return null;
                }
            }
            if (doc.has(w.from() - 1, Vocabulary.SINCE) || w.value().start() == null) {
                return null;
            }
            String start = w.value().start().toString();
            return isDay(w.value()) || !w.value().relative() && start.compareTo(firstDay()) > 0 ? w : null;
        }
        return null;
    }

    private String firstDay;

    /** The first date down to the day the text gives (the dateline's, or its first event's), or "" when none. */
    private String firstDay() {
        if (firstDay == null) {
            firstDay = r.dateMentions().all().stream().map(Found::value).filter(MeetingFrames::isDay)
                    .map(w -> w.start().toString()).findFirst().orElse("");
        }
        return firstDay;
    }

    /**
     * A text that holds no gathering by a verb but is about one its heading names ({@code برقيات تهنئة الى المؤتمر
     * الحادي عشر للحزب}) reports that one where the body says it sat: {@code نهنئكم على نجاح المؤتمر الوطني الحادي
     * عشر للحزب المنعقد ايام … ببوزنيقة}.
     */
    private List<Gathering> withHeadlineGatheringHeld(List<Gathering> mentions) {
        if (mentions.stream().anyMatch(g -> g.status() == Status.REPORTED && !firstSitting(g))) {
            return mentions;
        }
        List<Gathering> out = new ArrayList<>(mentions);
        for (int n = 0; n < out.size(); n++) {
            Gathering g = out.get(n);
            boolean headed = mentions.stream().anyMatch(h -> h.headline() && family(h.type()) == family(g.type()));
            if (!g.headline() && g.status() == Status.REFERENCE && convenedHere(g) && headed) {
                out.set(n, g.with(Status.REPORTED));
                break;
            }
        }
        return out;
    }

    /**
     * A text no verb of meeting holds a gathering in, whose opening is about one ({@code ترأس الأمين العام اجتماع
     * اللجنة المركزية للحزب الذي عقد في …}, {@code في ختام اجتماعها المنعقد في …}, {@code خلال دورته
     * الاستثنائية …}, {@code نفذت الجالية وقفة احتجاجية …}, {@code التقى … في لقاء مفتوح}): the first gathering of
     * its first two sentences that the text describes, not only names, is the one it reports. A gathering
     * announced first makes the text an announcement; one said to be past ({@code منذ}, {@code السابق}), for
     * what is to come ({@code التحضير لمؤتمرها}), or spoken of in the first person is no report.
     */
    private List<Gathering> withOpeningGatheringHeld(List<Gathering> mentions) {
        int from = r.layout().bodyFrom();
        if (from >= doc.size()) {
            return mentions;
        }
        int second = doc.sentenceEnd(from) + 1;
        int to = second < doc.size() ? doc.sentenceEnd(second) : doc.size();
        List<Gathering> out = new ArrayList<>(mentions);
        for (int n = 0; n < out.size(); n++) {
            Gathering g = out.get(n);
            if (g.headline() || g.at() < from) {
                continue;
            }
            if (g.at() >= to || g.status() == Status.ANNOUNCED || heldElsewhere(mentions, g)) {
                break;
            }
            if (aboutIt(g)) {
                out.set(n, heldAsDescribed(g));
                break;
            }
        }
        return out;
    }

    /**
     * A text no verb of meeting holds a gathering in, that says where what it reports was said: {@code جاء ذلك خلال
     * كلمته في المؤتمر العام للحزب}, {@code جاء ذلك في ختام الندوة التي …}, {@code وجاء ذلك أثناء ترؤسه الاجتماع
     * الدوري …}: the first gathering that sentence names, described and not still to come, is the one reported.
     */
    private List<Gathering> withGatheringItCameDuring(List<Gathering> mentions) {
        if (mentions.stream().anyMatch(g -> g.status() == Status.REPORTED && !g.headline())) {
            return mentions;
        }
        List<Gathering> out = new ArrayList<>(mentions);
        for (int n = 0; n < out.size(); n++) {
            Gathering g = out.get(n);
            if (g.headline() || g.status() != Status.REFERENCE || !cameDuring(g.at())) {
                continue;
            }
            out.set(n, heldAsDescribed(g));
            return out;
        }
        return out;
    }

    /**
     * A gathering no verb holds, reported because the text describes it: held by the body it names, else the one its
     * relative clause names, else (unless it is a mourning) the one its sentence names.
     */
    private Gathering heldAsDescribed(Gathering g) {
        Party holder = g.organizer() != null ? g.organizer() : relativeHolder(g);
        holder = holder != null || mourns(g) ? holder : holderInSentence(g);
        return new Gathering(g.at(), g.end(), g.type(), g.ordinal(), g.session(), g.annual(), Status.REPORTED,
                g.verb(), holder, g.convenedBy(), g.named(), g.headline());
    }

    /** How far after {@code جاء ذلك} the gathering it came during may stand. */
    private static final int CAME_REACH = 14;

    /**
     * True when the sentence of token {@code at} opens on {@code جاء ذلك} (its subject a demonstrative, maybe with a
     * noun: {@code جاء ذلك التأكيد}) followed by a word of setting — {@code خلال}, {@code في}, {@code أثناء},
     * {@code على هامش}, {@code لدى} — and {@code at} lies within reach after it, with no other verb between.
     */
    private boolean cameDuring(int at) {
        int start = doc.sentenceStart(at);
        int k = start;
        while (k < at && !doc.word(k)) {
            k++;
        }
        if (!doc.has(k, Vocabulary.CAME) || !doc.is(k + 1, "ذلك", "هذا", "هذه")) {
            return false;
        }
        for (int j = k + 2; j < Math.min(at, k + 5); j++) {
            if (doc.is(j, "خلال", "في", "اثنا", "علي", "لدي", "عند", "ضمن")) {
                return at - j <= CAME_REACH && !verbBetween(j + 1, at);
            }
        }
        return false;
    }

    /**
     * Whether a verb holds a gathering in the body other than {@code opening} and what names it again: a bare
     * definite mention of its kind after it ({@code ترأس … الاجتماع الموسع لمجلس الفرع … واستهل الاجتماع بقراءة
     * …}) is that gathering going on, not another one held; a body's first sitting ({@code وفي أول اجتماع له}) is
     * held after what the text reports and does not stand for it either.
     */
    private boolean heldElsewhere(List<Gathering> mentions, Gathering opening) {
        // شاركت … في الحفل الذي نظمته …: one held by its relative clause, with the actor in it, is held apart
        return mentions.stream().anyMatch(g -> g.status() == Status.REPORTED && !g.headline() && !firstSitting(g)
                && !(g.verb() > g.at() && takenPartIn(g.at()))
                && !(g.at() > opening.at() && bareDefinite(g) && family(g.type()) == family(opening.type())));
    }

    /**
     * A text whose opening sentence reports, on a past verb of meeting someone, a visit or an audience ({@code التقى
     * وفد من الجامعة … القنصل}, {@code استقبل رئيس الرابطة … وفداً}, {@code زار وفد … مقر النقابة}) and that reports
     * no gathering otherwise reports that meeting, held by its host: the body visited ({@link #visited}), the one who
     * receives ({@link #receiver}), else the body named in the verb's clause (the delegation's). The verb may stand
     * after a byline or an opening phrase ({@code ضمن جولته في …}). Receiving mourners is no such meeting.
     */
    private List<Gathering> withOpeningAudience(List<Gathering> mentions) {
        int from = r.layout().bodyFrom();
        if (from >= doc.size() || mentions.stream().anyMatch(g -> g.status() == Status.REPORTED && !g.headline())) {
            return mentions;
        }
        int end = Math.min(doc.sentenceEnd(from), from + OPENING_REACH);
        for (int i = from; i < end; i++) {
            Lexicon.Hit h = doc.hit(i, Vocabulary.MEET_WITH);
            int visit = doc.is(i, "قام", "قامت") ? visitAfter(i) : -1; // قام وفد من … بزيارة السيد …
            if ((h == null || h.shape() != Word.Shape.PAST || h.person().isFirst()) && visit < 0 || inRelative(i)) {
                continue;
            }
            int clause = Math.min(doc.clauseEnd(i), i + 16);
            for (int k = i + 1; k < clause; k++) {
                if (doc.hasAny(k, Vocabulary.CONDOLENCE, Vocabulary.RECEIVE_CONDOLENCES) || doc.word(k)
                        && doc.tok(k).hasStem("معزين")) {
                    return mentions; // تستقبل العائلة المعزين: mourning, read elsewhere
                }
            }
            Party body = visit >= 0 || doc.has(i, Vocabulary.VISIT) ? visited(visit >= 0 ? visit : i)
                    : doc.has(i, Vocabulary.RECEIVE_GUESTS) ? receiver(i) : null;
            // زار، مؤخرا، وفد من …: an aside after the verb does not end the clause that names the visitor
            int reach = doc.punct(i + 1, "،,") ? Math.min(r.limit(i), i + VISIT_CLAUSE) : clause;
            for (int k = i + 1; k < reach && body == null; k++) {
                Found<Organization> o = r.named(r.entities().organization(doc, k, r.limit(k)));
                body = o == null || o.value().name() == null ? null : r.bodyOf(o, r.limit(k));
            }
            if (body == null) {
                return mentions;
            }
            List<Gathering> out = new ArrayList<>(mentions);
            int at = visit >= 0 ? visit : i;
            int n = (int) out.stream().filter(g -> g.at() < at).count();
            out.add(n, new Gathering(at, at + 1, Type.MEETING, null, null, false, Status.REPORTED, i, body, null,
                    false, false));
            return out;
        }
        return mentions;
    }

    /** How far into the opening sentence a verb of meeting someone may stand: past a byline or an opening phrase. */
    private static final int OPENING_REACH = 14;
    /** How far the clause of a visit or an audience reaches: a long title, an aside and a name. */
    private static final int VISIT_CLAUSE = 24;

    /**
     * The body a visit at {@code verb} ({@code زار}, {@code بزيارة}) was paid to, its host: named after the verb of
     * visiting in a heading ({@code نقيب المهندسين يزور الهيئة السعودية للمهندسين}), else in the sentence after the
     * verb, where it is neither whom the delegation comes from ({@code وفد من …}) nor a part of a person's title
     * ({@code عضو مجلس النقابة المهندس …}); null when the visit was paid to a person or a place.
     */
    private Party visited(int verb) {
        for (int k = doc.next(Vocabulary.VISIT, 0); k < r.layout().bodyFrom(); k = doc.next(Vocabulary.VISIT, k + 1)) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.VISIT);
            if (h.isVerb()) {
                Party host = bodyAt(k + 1, doc.lineEnd(k));
                if (host != null) {
                    return host;
                }
            }
        }
        int limit = Math.min(r.limit(verb), verb + VISIT_CLAUSE);
        for (int k = verb + 1; k < limit; k++) {
            Found<Person> p = r.entities().person(doc, k, limit);
            if (p != null && p.to() > k) {
                k = p.to() - 1; // نقيب المهندسين المهندس احمد …: the visitor, his title naming his own body
                continue;
            }
            if (doc.has(k, Vocabulary.RELATIVE) || doc.verb(k) && k > verb + 1) {
                return null; // a clause of its own: what the visitors did
            }
            Found<Organization> from = doc.is(k - 1, "من", "عن") ? r.entities().organization(doc, k, limit) : null;
            if (from != null) {
                k = from.to() - 1; // وفد من نقابة …: whom the visitors come from
                continue;
            }
            if (r.entities().role(doc, k) && doc.word(k + 1)) {
                k++; // بزيارة رئيس البلدية: a visit to the holder of an office, not to the body
                continue;
            }
            Party host = bodyAt(k, limit);
            if (host instanceof Organization o && o.name().strip().indexOf(' ') > 0) {
                return host; // named in full: مقر النقابة names no body the text has not named before
            }
        }
        return null;
    }

    /** The body named in full at {@code k}, read up to {@code limit}, or null. */
    private Party bodyAt(int k, int limit) {
        Found<Organization> o = r.named(r.entities().organization(doc, k, limit));
        return o == null || o.value().name() == null || o.from() != k ? null : r.bodyOf(o, limit);
    }

    /**
     * Who receives at {@code verb} ({@code استقبل}), the host: the subject after it, past a date ({@code استقبل مساء
     * اليوم …}). A member ({@code عضو الكتلة النائب …}) receives in person; any other person whose title names a body
     * receives for that body ({@code رئيس الرابطة الأستاذ …}). Null when no subject is read.
     */
    private Party receiver(int verb) {
        int limit = Math.min(doc.lineEnd(verb), verb + VISIT_CLAUSE); // a semicolon may stand between title and name
        int j = verb + 1;
        while (j < limit && r.dateMentions().covering(j) != null) {
            j = r.dateMentions().covering(j).to();
        }
        // عضو الكتلة وعضو اللجنة؛ النائب الدكتور X: the name may follow a long title; the guests (وفداً) end it
        limit = Math.min(limit, doc.next(Vocabulary.DELEGATION, j));
        Found<Person> p = null;
        for (int k = j; k < limit && p == null; k++) {
            Found<Person> at = r.entities().person(doc, k, limit);
            p = at != null && at.value().name() != null ? at : null;
        }
        if (p == null) {
            return bodyAt(j, limit);
        }
        for (int k = j; k < p.to(); k++) {
            if (doc.word(k) && doc.tok(k).hasStemIn(MEMBERS)) {
                return p.value(); // عضو المكتب السياسي الأستاذ X: a member receives in person
            }
        }
        for (int k = j + 1; k < p.to(); k++) {
            Party body = bodyAt(k, p.to());
            if (body != null) {
                return body; // رئيس الرابطة الأستاذ X: the head receives for the body
            }
        }
        return p.value();
    }

    /** A member's title, who acts for no body: عضو، أعضاء (folded stems). */
    private static final java.util.Set<String> MEMBERS = StemSet.of("عضو", "اعضاء", "اعضا");

    /** {@code قام وفد من الحركة يوم … بزيارة …}: the visit the verb of doing says was paid, or -1. */
    private int visitAfter(int verb) {
        int end = Math.min(doc.clauseEnd(verb), verb + 20);
        for (int k = verb + 1; k < end; k++) {
            if (doc.is(k, "بزياره")) {
                return k;
            }
        }
        return -1;
    }

    /** True when the text describes the gathering at {@code g} as one held, not only names it. */
    private boolean aboutIt(Gathering g) {
        Lexicon.Hit h = gatheringHit(g.at());
        if (h == null || g.type() == Type.SESSION && g.organizer() == null || passing(g) || weBefore(g.at())
                || outputsNamed(g)) {
            return false;
        }
        if (h.suffix().startsWith("ك")) {
            return false; // مؤتمركم: the addressee's gathering, greeted, not reported
        }
        String prep = h.preposition();
        if (!prep.isEmpty() && !prep.equals("ب") && !editionBefore(g.at())
                || doc.is(g.at() - 1, "الي", "حتي", "قبل", "بعد")) {
            return false; // التحضير لمؤتمرها، الدعوة الى اجتماع: a gathering still to come or gone by
        }
        Lexicon.Hit heldBy = heldByClause(g.end());
        boolean relativePast = heldBy != null && heldBy.shape() == Word.Shape.PAST;
        return !h.suffix().isEmpty() || g.organizer() != null || g.ordinal() != null || !h.definite()
                || relativePast || convenedHere(g);
    }

    /**
     * {@code توصيات المؤتمر العلمي الذي عقدته النقابة في أكتوبر}, {@code قرارات الاجتماع}: a gathering named as the
     * source of what it produced, in construct after it, is one gone by that the text cites, not one it reports.
     */
    private boolean outputsNamed(Gathering g) {
        int k = g.at() - 1;
        Lexicon.Hit h = gatheringHit(g.at());
        return h != null && h.preposition().isEmpty() && doc.word(k) && doc.tok(k).hasStemIn(OUTPUTS);
    }

    /** What a gathering produces: توصيات، قرارات، مقررات، مخرجات، نتائج، وثائق، محاضر (folded stems). */
    private static final java.util.Set<String> OUTPUTS = StemSet.of("توصيات", "قرارات", "مقررات", "مخرجات",
            "نتايج", "وثايق", "محاضر", "محضر");

    /** {@code منذ اجتماعها}, {@code ذكرى المهرجان}, {@code اجتماعها السابق}: a gathering gone by, named in passing. */
    private boolean passing(Gathering g) {
        if (doc.has(g.at() - 1, Vocabulary.SINCE) || doc.has(g.at() - 2, Vocabulary.SINCE) || anniversaryOf(g.at())) {
            return true;
        }
        for (int k = g.at() + 1; k <= g.end() && k < doc.size(); k++) {
            if (doc.is(k, "السابق", "السابقه", "الماضي", "الماضيه", "سابق", "سابقه", "الفايت", "الفايته")) {
                return true;
            }
        }
        return false;
    }

    /** A verb or pronoun of the first person before token {@code at} in its sentence: we speak of it, we report nothing. */
    private boolean weBefore(int at) {
        for (int k = doc.sentenceStart(at); k < at; k++) {
            // أصدر is also "I issue": a form that may be of the third person is not ours; a communiqué speaks as
            // "we", and a first person singular read off a folded form (واصل as و + أصل) is mostly another word
            boolean first = doc.hits(k).stream().anyMatch(h -> h.isVerb() && h.person() == Word.Person.FIRST_PLURAL);
            boolean third = doc.hits(k).stream().anyMatch(h -> h.isVerb() && (h.person() == Word.Person.THIRD
                    || h.person() == Word.Person.THIRD_PLURAL));
            if (doc.is(k, "نحن", "اننا", "واننا") || first && !third) {
                return true;
            }
        }
        return false;
    }

    /** {@code المؤتمر … الذي نظمته جامعة …}: the body the relative clause after the gathering names as its subject. */
    private Party relativeHolder(Gathering g) {
        int verb = relativeVerb(g);
        // الحفل الذي نظمته «الجمعية السورية للتنمية»: the body's name may stand in quotes
        int from = verb >= 0 && doc.punct(verb + 1, "«\"“") ? verb + 2 : verb + 1;
        Found<Organization> o = verb < 0 ? null : r.named(r.entities().organization(doc, from, r.limit(verb)));
        return o == null || o.value().name() == null ? null : o.value();
    }

    /** The meeting verb of the relative clause right after the gathering ({@code الذي نظمته …}), or -1. */
    private int relativeVerb(Gathering g) {
        // الندوة الدولية حول الهجرة التي تنظمها جمعية …: a short theme may stand between the gathering and its clause,
        // and a comma may open the clause (الندوة الإقليمية …، التي نظمها …)
        // الملتقى … لأميركا الجنوبية، الذي ينظمه …: a comma may also open it after the theme
        int from = doc.punct(g.end(), "،,") ? g.end() + 1 : g.end();
        for (int k = from; k < Math.min(r.limit(g.at()), from + 6); k++) {
            if (doc.punct(k) && !(doc.punct(k, "،,") && doc.has(k + 1, Vocabulary.RELATIVE))) {
                return -1;
            }
            if (doc.has(k, Vocabulary.RELATIVE)) {
                return meetingVerb(k + 1) == null ? -1 : k + 1;
            }
        }
        return -1;
    }

    /**
     * {@code الملتقى الثاني للنقابات المهنية الذي نظمه التحالف النقابي}: who organised it, said by its relative
     * clause, before the body its genitive names (whom it is for); with the subject left out ({@code الذي نظمته
     * يومي …}), the body its sentence names, when nothing else names one ({@code known}). A host
     * ({@code استضافته جامعة …}) or a performer holds nothing.
     */
    private Party organizedBy(Gathering g, Party known) {
        int verb = relativeVerb(g);
        if (verb < 0 || !doc.has(verb, Vocabulary.ORGANIZE) || doc.hasAny(verb, Vocabulary.HOST, Vocabulary.PERFORM)) {
            return known;
        }
        Party named = relativeHolder(g);
        // الذي نظمته يومي …: a past one, reported in the sentence of its body (an announced one is the inviter's)
        boolean subjectLeftOut = doc.hit(verb, Vocabulary.ORGANIZE).shape() == Word.Shape.PAST && verb + 1 < doc.size()
                && (doc.punct(verb + 1)
                || r.dateMentions().covering(verb + 1) != null || r.places().covering(verb + 1) != null);
        return named != null ? named : subjectLeftOut && known == null ? holderInSentence(g) : known;
    }

    /**
     * Who holds a gathering its sentence describes ({@code اجتماعها}, {@code وقفة} as the object of {@code نفذت}):
     * the body named last before it as a subject (no preposition on it), else the first after it, else the issuer;
     * an organ in construct with its body ({@code المجلس الوطني لحزب …}, {@code الكتابة الوطنية لحزب …}) gives
     * the body.
     */
    private Party holderInSentence(Gathering g) {
        if (takenPartIn(g)) {
            return null;
        }
        Found<Organization> before = null;
        Found<Organization> after = null;
        for (Found<Organization> o : r.organizations().within(doc.sentenceStart(g.at()), r.limit(g.at()))) {
            boolean organOf = hasLam(o.from()) && doc.word(o.from() - 1) && doc.tok(o.from() - 1).reading().definite()
                    && !doc.tok(o.from() - 1).reading().hasPreposition();
            boolean subject = doc.word(o.from()) && (!doc.tok(o.from()).reading().hasPreposition() || organOf);
            Found<Organization> v = r.named(o);
            if (!subject || v.value().name() == null || o.from() >= g.at() && o.from() < g.end()) {
                continue;
            }
            Found<Organization> body = new Found<>(r.bodyOf(v, r.limit(g.at())), v.from(), v.to());
            if (o.to() <= g.at()) {
                before = body;
            } else if (after == null && o.from() >= g.end()) {
                after = body;
            }
        }
        Found<Organization> o = before != null ? before : after;
        return o != null ? o.value() : issuerBody();
    }

    /** {@code شارك الحزب في مؤتمر …}: the gathering's sentence has someone take part in it, who does not hold it. */
    private boolean takenPartIn(Gathering g) {
        for (int k = doc.sentenceStart(g.at()); k < g.at(); k++) {
            // حضر وفد من الرابطة الاجتماع: who attends is a guest, not the host (a visiting delegation may host)
            if (doc.hasAny(k, Vocabulary.TAKE_PART, Vocabulary.ATTENDANCE)
                    || doc.word(k) && doc.tok(k).hasStem("حضر")) {
                return true;
            }
        }
        return false;
    }

    /** The issuer when it is a body (an organisation with a name, or a group), else null. */
    private Party issuerBody() {
        Party p = r.issuer();
        return p instanceof Organization o && o.name() != null || p instanceof Group ? p : null;
    }

    private boolean definiteAgain(Gathering g) {
        Lexicon.Hit h = gatheringHit(g.at());
        return h != null && h.definite() && g.ordinal() == null && g.organizer() == null && !g.named();
    }

    /** {@code الحفل}, {@code الندوة}: the definite noun alone, naming a gathering already named. */
    private boolean bareDefinite(Gathering g) {
        Lexicon.Hit h = gatheringHit(g.at());
        return h != null && h.definite() && g.end() == g.at() + 1 && g.ordinal() == null;
    }

    /** A later mention of the reported gathering: the same kind, no other ordinal, not announced. */
    private boolean sameGathering(Gathering main, Gathering g) {
        if (g.status() == Status.ANNOUNCED || g.status() == Status.ANCHOR) {
            return false;
        }
        if (g.ordinal() != null && main.ordinal() != null && !g.ordinal().equals(main.ordinal())) {
            return false;
        }
        Lexicon.Hit noun = gatheringHit(g.at());
        if (g.ordinal() != null && main.ordinal() == null && noun != null && !noun.definite() && noun.suffix().isEmpty()
                || firstSittingApart(main, g)) {
            return false; // وفي أول اجتماع له: a numbered one not named definite is another sitting
        }
        boolean sameKind = family(g.type()) == family(main.type()) || g.type() == Type.SESSION;
        return sameKind && (g.status() == Status.REFERENCE || g.headline() != main.headline() || g.at() > main.at())
                && !heldApart(main, g);
    }

    /**
     * {@code عقدت الجمعية العمومية … وفي أول اجتماع له انتخب مجلس الإدارة …}: a body's first sitting after the
     * gathering the text reports is another gathering; a first session named by the pronoun of a congress
     * ({@code في جلسته الأولى استمع المؤتمر …}) is a part of that congress.
     */
    private boolean firstSittingApart(Gathering main, Gathering g) {
        return g != main && firstSitting(g) && g.at() > main.at()
                && !Integer.valueOf(1).equals(main.ordinal())
                && (g.type() == Type.MEETING || family(main.type()) != Type.CONFERENCE);
    }

    /**
     * {@code اجتمعت الأمانة العامة بتاريخ 20/5 … وقد عقدت مداولة ثانية بتاريخ 26/5}: a later one held by its own verb
     * on another day is another gathering of the body.
     */
    private boolean heldApart(Gathering main, Gathering g) {
        if (g.status() != Status.REPORTED || g.verb() < 0 || g.verb() == main.verb() || g.headline()
                || g.type() == Type.SESSION) {
            return false;
        }
        Lexicon.Hit noun = gatheringHit(g.at());
        // وشهد اجتماع الجمعية العمومية …: in construct with a definite noun it is definite, maybe the one reported
        boolean construct = doc.word(g.at() + 1) && doc.tok(g.at() + 1).reading().definite()
                && !doc.tok(g.at() + 1).reading().hasPreposition();
        if (g.at() > main.at() && noun != null && !noun.definite() && noun.suffix().isEmpty() && g.verb() < g.at()
                && !construct) {
            return true; // وعقدت مؤتمراً صحفياً: an indefinite gathering held by a verb of its own is another one
        }
        When a = whenOf(List.of(main));
        When b = whenOf(List.of(g));
        return a != null && b != null && a.start() != null && b.start() != null && !a.start().equals(b.start());
    }

    /**
     * {@code قد اجتمعت الأمانة العامة للحركة بتاريخ …}, {@code الأمانة العامة للحركة قد اجتمعت}: a body that met,
     * said by the verb alone with no gathering noun in its clause; null unless its subject is a body.
     */
    private Gathering metByVerb(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.MEET);
        if (h != null && h.shape() == Word.Shape.PAST) {
            return saidByVerb(i, Type.MEETING, Status.REPORTED, doc.clauseEnd(i));
        }
        // احتفلت الرابطة بذكرى تأسيسها، تحتفل الجالية بعيد الاستقلال: a celebration, held or to come
        Lexicon.Hit c = doc.hit(i, Vocabulary.CELEBRATE);
        if (c == null || !c.isVerb() || c.shape() == Word.Shape.MASDAR || c.shape() == Word.Shape.PARTICIPLE) {
            return null;
        }
        // احتفلت الجالية بيوم الأرض، في حفل فني …: a gathering noun anywhere in its sentence is the celebration
        return saidByVerb(i, Type.EVENT, c.shape() == Word.Shape.PAST ? Status.REPORTED : Status.ANNOUNCED,
                doc.sentenceEnd(i));
    }

    /**
     * The gathering a verb alone says a body held ({@code اجتمعت الأمانة العامة}, {@code احتفلت الرابطة}), when no
     * gathering noun stands between its sentence's start and {@code end} and its subject is a body; null otherwise.
     */
    private Gathering saidByVerb(int i, Type type, Status status, int end) {
        if (inRelative(i)) {
            return null;
        }
        for (int k = doc.sentenceStart(i); k < end; k++) {
            if (gatheringHit(k) != null && !insideName(k, gatheringHit(k))) {
                return null; // لجنة الإعداد للملتقى: a gathering a body is named for is not the one it holds
            }
        }
        Organization before = null;
        int verb = doc.is(i - 1, "قد") ? i - 1 : i;
        for (int j = verb - 1; j >= Math.max(doc.sentenceStart(i), i - 12) && before == null; j--) {
            Found<Organization> o = r.entities().organization(doc, j, verb);
            before = o != null && o.to() == verb ? o.value() : null; // ان الأمانة العامة للحركة قد اجتمعت
        }
        Found<Organization> after = before == null ? r.named(r.entities().organization(doc, i + 1, r.limit(i))) : null;
        Party body = before != null ? before : after == null ? null : r.bodyOf(after, r.limit(i)); // المجلس الوطني لحزب …
        // احتفل الكلدان في ملبورن بيوم أستراليا: a celebration held, opening the body, by a people rather than a body
        boolean opening = type == Type.EVENT && status == Status.REPORTED && body == null
                && doc.sentenceStart(i) == r.layout().bodyFrom() && i < r.layout().bodyFrom() + 12
                && !r.places().within(i, end).isEmpty(); // held somewhere (احتفل العالم بيوم المرأة: no event)
        if (!(body instanceof Organization) && !opening) {
            return null;
        }
        return new Gathering(i, i + 1, type, null, null, false, status, i, body, null, false,
                i < r.layout().bodyFrom());
    }

    private static Type family(Type t) {
        return switch (t) {
            case CONGRESS, CONFERENCE -> Type.CONFERENCE;
            case ASSEMBLY, MEETING -> Type.MEETING;
            default -> t;
        };
    }

    // ---- one mention ----

    private Lexicon.Hit gatheringHit(int i) {
        for (Lexicon.Hit h : doc.hits(i)) {
            Word w = h.word();
            if (notAGathering(h, i)) {
                continue;
            }
            if (w == Vocabulary.MEETING || w == Vocabulary.CONFERENCE || w == Vocabulary.SESSION
                    || w == Vocabulary.SEMINAR || w == Vocabulary.EVENT
                    || w == Vocabulary.SITTING && (!h.suffix().isEmpty() || sessionOf(i + 1) != null
                            || editionOf(i) > 0 || numberedSittingOfBody(h, i))
                    || w == Vocabulary.RALLY && (doc.word(i + 1) && doc.tok(i + 1).hasStemIn(RALLY_ADJECTIVES)
                            || rallyHeld(i))
                    || w == Vocabulary.FUNERAL_PRAYER && funeralPrayer(h, i) > i
                    || w == Vocabulary.BURIAL && deadBody(i + 1) > i + 1
                    || w == Vocabulary.ASSEMBLY_HEAD && doc.has(i + 1, Vocabulary.ASSEMBLY_ADJ) && assemblySits(i)
                    || w == Vocabulary.CONDOLENCE && h.definite() && condolencesReceived(i) >= 0
                    || w == Vocabulary.STUDY_DAY && doc.word(i + 1) && doc.tok(i + 1).hasStemIn(STUDY)
                    || w == Vocabulary.GENERAL_MEETING && doc.is(i + 1, "العام")
                    || w == Vocabulary.FORUM && forumHeld(i)) {
                return h;
            }
        }
        return null;
    }

    /**
     * A gathering noun read off a word that is no gathering: with the ي of "my" it is a relational adjective ({@code
     * حفل تأبيني}, {@code الضمان الاجتماعي}, {@code طابع احتفالي}); a march or journey that is someone's is the path of
     * a life ({@code مسيرته النضالية}, {@code رحلتها مع المرض}), and so is a march in construct with a definite noun
     * that no verb of holding governs ({@code في مسيرة العمل الوطني}); the sura read at an opening is no wake.
     */
    private boolean notAGathering(Lexicon.Hit h, int i) {
        if (h.suffix().equals("ي")) {
            return true;
        }
        String f = doc.form(i);
        if (h.word() == Vocabulary.SEMINAR && f.contains("ورش")) {
            // ورشة عمل، ورشة «…»، ورشة تدريبية، عقدت ورشة: a workshop held; ورشة خياطة: a place of work
            boolean held = doc.is(i + 1, "عمل", "العمل") || doc.punct(i + 1, "«\"“") || doc.word(i + 1)
                    && doc.tok(i + 1).hasStemIn(WORKSHOP_ADJECTIVES) || governingVerb(i) >= 0;
            return !held;
        }
        if (h.word() == Vocabulary.EVENT && f.contains("فاتح") && doc.word(i - 1)
                && (doc.is(i - 1, "سوره") || doc.tok(i - 1).hasStemIn(READ))) {
            return true; // بقراءة سورة الفاتحة، قرأ الحضور الفاتحة: the sura read, not the wake of that name
        }
        if (h.word() == Vocabulary.EVENT && h.suffix().isEmpty() && !h.definite() && f.contains("مسير")
                && doc.word(i + 1) && doc.tok(i + 1).reading().definite() && !doc.tok(i + 1).reading().hasPreposition()
                && governingVerb(i) < 0) {
            return true; // في مسيرة العمل الوطني، لمسيرة الخير: the course of a work, in construct, that no verb holds
        }
        if (h.word() != Vocabulary.EVENT || h.suffix().isEmpty()) {
            return false;
        }
        return f.contains("مسير") || f.contains("رحلت");
    }

    /** Reading aloud (folded stems): قراءة، قرأ، تلاوة, before the sura a gathering opens on. */
    private static final java.util.Set<String> READ = StemSet.of("قراه", "قرا", "تلاوه", "تلا");

    /** What makes a ورشة a workshop held: تدريبية، تكوينية، حوارية، نقاشية، فنية، تفاعلية (folded stems). */
    private static final java.util.Set<String> WORKSHOP_ADJECTIVES = StemSet.of("تدريبيه", "تكوينيه",
            "حواريه", "نقاشيه", "فنيه", "تفاعليه", "تشاوريه", "تثقيفيه", "توعويه", "تدريبي", "تكويني");

    /**
     * Where a funeral prayer's phrase ends ({@code سيُصلّى على جثمان الفقيد}, {@code صلاة الجنازة}), or -1:
     * the verb still to come with {@code على}, the noun with the kind of prayer after it.
     */
    private int funeralPrayer(Lexicon.Hit h, int i) {
        if (h.shape() == Word.Shape.NOUN) {
            return doc.is(i + 1, "الجنازه", "الغايب", "الميت") ? i + 2 : -1;
        }
        if ((h.shape() != Word.Shape.FUTURE && h.shape() != Word.Shape.PRESENT) || !doc.is(i + 1, "علي")) {
            return -1;
        }
        return Math.max(i + 2, deadBody(i + 2));
    }

    /**
     * Where {@code جثمان الفقيد}, {@code جثمانه}, {@code روح الفقيدة} at {@code k} ends, or -1 when no body (or soul)
     * of the dead stands there.
     */
    private int deadBody(int k) {
        if (doc.word(k) && doc.tok(k).hasStem("جنازه")) {
            return k + 1; // وستُشيَّع الجنازة عقب صلاة الظهر: the funeral escorted
        }
        if (!doc.word(k) || !doc.tok(k).hasStem("جثمان") && !doc.tok(k).hasStem("روح")) {
            return -1;
        }
        return doc.is(k + 1, "الفقيد", "الفقيده", "المرحوم", "المرحومه", "الراحل", "الراحله") ? k + 2 : k + 1;
    }

    /**
     * Where the receiving of condolences at {@code i} ({@code التعازي}) starts: its verb right before it or
     * before a short subject ({@code تُقبل التعازي}, {@code يتقبل ذوو الفقيد التعازي}); -1 when none.
     */
    private int condolencesReceived(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3) && doc.word(k); k--) {
            if (doc.has(k, Vocabulary.RECEIVE_CONDOLENCES)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A funeral, a burial, a funeral prayer, a wake or the receiving of condolences: held by the family of the dead,
     * so by no body unless the text says one holds it.
     */
    private boolean mourns(Gathering g) {
        for (int k = g.at(); k < g.end(); k++) {
            Lexicon.Hit h = gatheringHit(k);
            if (h != null && (h.word() == Vocabulary.BURIAL || h.word() == Vocabulary.FUNERAL_PRAYER
                    || h.word() == Vocabulary.CONDOLENCE) || doc.has(k, Vocabulary.MOURNING)) {
                return true;
            }
        }
        return false;
    }

    /** A funeral, a funeral prayer or the receiving of condolences: an event of no number, session or organizer. */
    private static Gathering mourning(int at, int end, Status status, boolean headline) {
        return new Gathering(at, end, Type.EVENT, null, null, false, status, -1, null, null, false, headline);
    }

    /**
     * {@code انعقدت الجمعية العامة}, {@code الجمعية العمومية السنوية ستعقد …}, {@code الهيئة العامة يوم …}: the
     * assembly of a body's members sitting (a verb of meeting right before it, a verb of convening holding it with
     * no other gathering after it, {@code عُقدت اليوم الهيئة العامة}, or a verb of convening or a date right after
     * it) rather than acting as a body ({@code دعت الجمعية العمومية للجالية …}).
     */
    private boolean assemblySits(int i) {
        if (doc.has(i - 1, Vocabulary.MEET)) {
            return true;
        }
        int held = governingVerb(i);
        if (held >= 0 && doc.has(held, Vocabulary.CONVENE)) {
            // عُقدت اليوم الهيئة العامة الاستثنائية: the assembly held, unless it holds a gathering named after it
            // (عقدت الهيئة العامة للنقابة اجتماعها)
            for (int k = i + 2; k < Math.min(r.clause(i), i + 10); k++) {
                if (gatheringHit(k) != null) {
                    return false;
                }
            }
            return true;
        }
        int k = i + 2;
        while (k < i + 4 && doc.word(k) && !doc.tok(k).reading().hasPreposition() && meetingVerb(k) == null
                && r.dateMentions().covering(k) == null) {
            k++; // السنوية، العادية
        }
        Lexicon.Hit v = meetingVerb(k);
        return v != null && v.isVerb() && gatheringHit(k + 1) == null
                || r.dateMentions().covering(k) != null && r.dateMentions().covering(k).from() == k;
    }

    /**
     * {@code التجمع الذي سيقام …}, {@code التجمع أمام مقر الشركة}, {@code تجمع عند دوار …}: a {@code تجمع} that a
     * relative clause of holding describes, or that stands before a place set by أمام or عند, is a rally; a body's
     * name goes on with its genitive ({@code تجمع المهنيين}).
     */
    private boolean rallyHeld(int i) {
        if (doc.has(i + 1, Vocabulary.RELATIVE)) {
            return meetingVerb(i + 2) != null;
        }
        return doc.is(i + 1, "امام", "عند") && r.places().covering(i + 1) != null;
    }

    /** Adjectives that make {@code تجمع} a rally, not a body: احتجاجي، عام، جماهيري، حاشد، تضامني. */
    private static final java.util.Set<String> RALLY_ADJECTIVES = java.util.Set.of("احتجاجي", "احتجاجيا", "عام",
            "عاما", "جماهيري", "جماهيريا", "شعبي", "شعبيا", "حاشد", "حاشدا", "تضامني", "تضامنيا", "عمالي", "عماليا",
            "سلمي", "سلميا");

    /**
     * {@code الدورة الرابعة من الملتقى}, {@code الدورة العاشرة للمهرجان}: where the gathering a numbered sitting is an
     * edition of starts, or -1.
     */
    private int editionOf(int i) {
        NumberPhrase n = ArabicNumbers.read(doc.analyzed(), i + 1);
        if (n == null || !n.ordinal() || n.digits()) {
            return -1;
        }
        int p = doc.is(n.endToken(), "من") ? n.endToken() + 1 : n.endToken();
        Lexicon.Hit parent = gatheringHit(p);
        return parent != null && (p > n.endToken() || parent.preposition().equals("ل")) ? p : -1;
    }

    /**
     * {@code الدورة الحادية والثلاثون العادية للمجلس الوطني لحزب …}, {@code الدورة التاسعة، العادية للمجلس}: a
     * definite sitting numbered by an ordinal in words, then session adjectives, then the body that sits with ل —
     * the statutory sitting of that body ({@code الدورة التدريبية}, {@code الدورة الرابعة لكرة القدم}: no body).
     */
    private boolean numberedSittingOfBody(Lexicon.Hit h, int i) {
        NumberPhrase n = h.definite() ? ArabicNumbers.read(doc.analyzed(), i + 1) : null;
        if (n == null || !n.ordinal() || n.digits()) {
            return false;
        }
        int k = n.endToken();
        for (int stop = k + 4; k < stop && (doc.punct(k, "،,") || sessionOf(k) != null); k++) {
            // العادية، الاستثنائية: the kind of sitting, a comma typed before it
        }
        if (!hasLam(k)) {
            return false;
        }
        Found<Organization> o = r.entities().organization(doc, k, r.limit(k));
        return o != null && o.from() == k;
    }

    /**
     * The body whose organ sits ({@code للمجلس الوطني لحزب …} → the party, its council the organ read without the
     * preposition), else the organisation as named.
     */
    private Organization sittingBody(Found<Organization> o) {
        Organization b = r.bodyOf(o, r.limit(o.from()));
        int skip = Parties.clitics(doc, o.from());
        if (b == o.value() || b.organ() == null || skip == 0) {
            return b;
        }
        Phrase organ = doc.phrase(o.from(), skip, o.from() + SPACES.split(b.organ().strip()).length);
        return organ == null ? b : b.toBuilder().organ(organ.text()).build();
    }

    /**
     * A numeral in digits that numbers the gathering ({@code المؤتمر الوطني 11 للجامعة}, {@code الدورة 15}): after a
     * definite or possessed noun, one to two hundred, no part of a date, and followed by no counted noun (only the
     * body with ل, a definite word, a punctuation mark or the end).
     */
    private boolean digitOrdinal(NumberPhrase n, Lexicon.Hit noun) {
        if (n == null || !n.digits() || n.ordinal() || n.value() < 1 || n.value() > 200
                || !noun.definite() && noun.suffix().isEmpty() || r.dateMentions().covering(n.firstToken()) != null
                || n.endToken() - n.firstToken() != 1) {
            return false;
        }
        int after = n.endToken();
        return after >= doc.size() || !doc.word(after) || hasLam(after)
                || doc.tok(after).reading().definite() && !doc.tok(after).reading().hasPreposition();
    }

    /**
     * {@code الـ14}, {@code الـ ٣٢}: digits that take the article (written apart, with a tatweel or a space) are an
     * ordinal, one to two hundred and no part of a date; null when the tokens at {@code k} are none.
     */
    private NumberPhrase articleOrdinal(int k) {
        if (!doc.is(k, "ال")) {
            return null;
        }
        NumberPhrase n = ArabicNumbers.read(doc.analyzed(), k + 1);
        return n != null && n.digits() && n.value() >= 1 && n.value() <= 200 && n.endToken() == k + 2
                && r.dateMentions().covering(k + 1) == null && !doc.tok(k + 1).reading().hasPreposition() ? n : null;
    }

    /** What follows العام when it is "the year": الماضي، المقبل، الحالي … */
    private static final String[] YEAR_WORDS = {"الماضي", "المقبل", "القادم", "الحالي", "الجاري", "المنصرم",
        "الدراسي", "الفايت", "السابق", "المنقضي", "الهجري", "الميلادي"};

    /**
     * A forum the text holds, not a body of that name: a meeting verb or its verbal noun right before it ({@code تنظيم
     * منتدى إقليمي}, {@code اختتام أعمال المنتدى}), an edition that numbers it ({@code الدورة الرابعة للمنتدى}), or a
     * participle of holding after it in its clause ({@code المنتدى الجهوي للنساء …، المنعقد يومي …}).
     */
    private boolean forumHeld(int i) {
        // تنظيم منتدى، اختتام أعمال المنتدى، اختتم المنتدى: held; نظم منتدى المعلمين ندوة: the forum is a body
        int verb = governingVerb(i);
        Lexicon.Hit v = verb >= 0 ? meetingVerb(verb) : null;
        if (v != null && (verb == i - 1 && (v.shape() == Word.Shape.MASDAR || v.word() == Vocabulary.OPEN
                || v.word() == Vocabulary.CLOSE) || doc.is(i - 1, "اعمال", "فعاليات", "اشغال"))) {
            return true;
        }
        if (editionBefore(i)) {
            return true;
        }
        int end = Math.min(doc.clauseEnd(i), i + 10);
        for (int k = i + 1; k < end; k++) {
            if (doc.punct(k) && !doc.punct(k, "،,")) {
                return false;
            }
            if (doc.hasAny(k, Vocabulary.CONVENE, Vocabulary.ORGANIZE) && doc.tok(k).reading().definite()) {
                return true;
            }
        }
        return false;
    }

    /** {@code الدورة الرابعة للمنتدى}: an edition numbers the gathering noun at {@code i}, which takes ل. */
    private boolean editionBefore(int i) {
        for (int k = Math.max(0, i - 4); k < i - 1; k++) {
            NumberPhrase n = doc.has(k, Vocabulary.SITTING) ? ArabicNumbers.read(doc.analyzed(), k + 1) : null;
            if (n != null && n.ordinal() && !n.digits() && n.endToken() == i && hasLam(i)) {
                return true;
            }
        }
        return false;
    }

    /** The ordinary sitting of a body (folded stems): عادي، اعتيادي, a statutory one, unlike السنوي or الدوري. */
    private static final java.util.Set<String> ORDINARY = StemSet.of("عادي", "عاديه", "اعتيادي", "اعتياديه");

    /** مؤتمر folded: the one gathering noun whose numbered form is a statutory congress. */
    private static final String CONGRESS_STEM = org.nashra.parser.internal.text.FoldedText.fold("مؤتمر");

    /** {@code يوم دراسي}, {@code اليوم الدراسي}, {@code يوما دراسيا}: a study day. */
    private static final java.util.Set<String> STUDY = java.util.Set.of("دراسي", "دراسيا");

    private static Type typeOf(Word w) {
        if (w == Vocabulary.GENERAL_MEETING || w == Vocabulary.ASSEMBLY_HEAD) {
            return Type.ASSEMBLY;
        } else if (w == Vocabulary.STUDY_DAY) {
            return Type.SEMINAR;
        } else if (w == Vocabulary.MEETING || w == Vocabulary.SITTING) {
            return Type.MEETING;
        } else if (w == Vocabulary.CONFERENCE || w == Vocabulary.FORUM) {
            return Type.CONFERENCE;
        } else if (w == Vocabulary.SESSION) {
            return Type.SESSION;
        } else if (w == Vocabulary.SEMINAR) {
            return Type.SEMINAR;
        }
        return Type.EVENT;
    }

    /** The gathering named at token {@code i}, or null. */
    private Gathering gatheringAt(int i) {
        Lexicon.Hit h = gatheringHit(i);
        if (h == null) {
            return null;
        }
        boolean headline = i < r.layout().bodyFrom();
        Type type = typeOf(h.word());
        if (h.word() == Vocabulary.SITTING && h.suffix().isEmpty() && editionOf(i) < 0) {
            type = Type.SESSION; // دورة استثنائية للمجلس، الدورة العادية الأولى للمجلس: a sitting of a body, not its term
        }
        if (h.word() == Vocabulary.BURIAL) { // يُشيَّع جثمان الفقيد: still to come; شُيّع جثمانه: reported if dated
            Gathering g = mourning(i, deadBody(i + 1), Status.REFERENCE, headline);
            return h.shape() == Word.Shape.PRESENT || h.shape() == Word.Shape.FUTURE ? g.with(Status.ANNOUNCED) : g;
        }
        if (h.word() == Vocabulary.FUNERAL_PRAYER) {
            Gathering g = mourning(i, funeralPrayer(h, i), Status.REFERENCE, headline);
            return h.isVerb() ? g.with(Status.ANNOUNCED) : classify(g, h, false, i); // سيُصلّى: still to come
        }
        if (h.word() == Vocabulary.CONDOLENCE) { // تُقبل التعازي في قاعة …: announced, held by no body
            return mourning(condolencesReceived(i), i + 1, Status.ANNOUNCED, headline);
        }
        // مجلس العزاء، بيت العزاء: the council or house is the gathering
        int at = type == Type.EVENT && i > 0 && doc.word(i - 1)
                && (doc.tok(i - 1).hasStem("مجلس") || doc.tok(i - 1).hasStem("بيت")) ? i - 1 : i;
        int limit = Math.min(r.clause(i), i + MAX_PHRASE + 4);
        int k = i + 1;
        if (h.word() == Vocabulary.ASSEMBLY_HEAD) {
            k++; // الجمعية العمومية، الهيئة العامة: the assembly of a body's members
        } else if (type == Type.MEETING && doc.has(k, Vocabulary.ASSEMBLY_HEAD)
                && doc.has(k + 1, Vocabulary.ASSEMBLY_ADJ)) {
            type = Type.ASSEMBLY;
            k += 2;
        } else if (type == Type.MEETING && h.word() == Vocabulary.MEETING && (h.definite() || !h.suffix().isEmpty())
                && doc.is(k, "العام") && !doc.is(k + 1, YEAR_WORDS)
                && ArabicNumbers.read(doc.analyzed(), k + 1) == null) {
            type = Type.ASSEMBLY; // الاجتماع العام، لقاؤها العام السنوي: the general meeting of the members, not "the year"
            k++;
        }
        // في أول اجتماع له: the first one
        Integer ordinal = doc.word(i - 1) && doc.tok(i - 1).hasStem("اول") && !h.definite() && h.suffix().isEmpty()
                ? 1 : null;
        Session session = null;
        boolean adjective = false;
        boolean statutory = false;
        boolean future = false;
        boolean themed = false;
        while (k < limit) {
            if (doc.is(k, "غير") && doc.has(k + 1, Vocabulary.REGULAR)) {
                session = Session.EXTRAORDINARY; // غير العادي، غير العادية: not the regular one
                k += 2;
                continue;
            }
            Session s = sessionOf(k);
            if (s != null) {
                session = s;
                // مؤتمرها العادي الخامس: the ordinary one is statutory; السنوي، الدوري: a series
                boolean ordinary = doc.word(k) && doc.tok(k).hasStemIn(ORDINARY);
                adjective |= s == Session.REGULAR && !ordinary;
                statutory |= ordinary;
                k++;
                continue;
            }
            NumberPhrase n = ArabicNumbers.read(doc.analyzed(), k);
            if (n != null && n.ordinal() && !n.digits()) {
                ordinal = (int) n.value();
                k = n.endToken();
                continue;
            }
            NumberPhrase article = ordinal == null ? articleOrdinal(k) : null;
            if (article != null) {
                ordinal = (int) article.value(); // المؤتمر الـ14، الدورة الـ٣٢: the article written apart on digits
                k = article.endToken();
                continue;
            }
            if (ordinal == null && digitOrdinal(n, h)) {
                ordinal = (int) n.value(); // المؤتمر الوطني 11 للجامعة، الدورة 15: a numeral after the phrase numbers it
                k = n.endToken();
                continue;
            }
            if (doc.has(k, Vocabulary.FUTURE)) {
                future = true;
                k++;
                continue;
            }
            if (doc.is(k, "العام", "العامه") && (h.definite() || !h.suffix().isEmpty())) {
                statutory = true;
                k++; // المؤتمر العام الثالث: a general congress is statutory, not thematic
                continue;
            }
            if (doc.is(k, "الوطني", "القطري", "الانتخابي", "التاسيسي", "وطني", "قطري", "انتخابي", "تاسيسي")) {
                statutory |= !doc.is(k, "الوطني", "القطري", "وطني", "قطري");
                k++; // مؤتمره الوطني السابع، المؤتمر الانتخابي: the body's own congress, not a thematic one
                continue;
            }
            if (isAdjective(k, h.definite() || !h.suffix().isEmpty())) {
                adjective |= ordinal == null;
                k++;
                continue;
            }
            break;
        }
        int series = h.word() == Vocabulary.SITTING && h.suffix().isEmpty() ? editionOf(i) : -1;
        Gathering edited = series > 0 ? gatheringAt(series) : null;
        if (edited != null) {
            // تنظيم الدورة الرابعة من الملتقى: the fourth edition of the gathering, numbered by the sitting
            Gathering g = new Gathering(edited.at(), edited.end(), edited.type(), ordinal, edited.session(),
                    edited.annual(), Status.REFERENCE, -1, edited.organizer(), edited.convenedBy(), edited.named(),
                    headline);
            return classify(g, h, future, i);
        }
        // الجلسة الختامية للمؤتمر السابع …: the session of a gathering is a mention of that gathering
        if (type == Type.SESSION && k < limit && gatheringHit(k) != null && gatheringHit(k).preposition().equals("ل")) {
            Gathering parent = gatheringAt(k);
            if (parent != null) {
                Session s = session != null ? session : parent.session();
                Gathering g = new Gathering(parent.at(), parent.end(), parent.type(), parent.ordinal(), s,
                        parent.annual(), Status.REFERENCE, -1, parent.organizer(), parent.convenedBy(),
                        parent.named(), headline);
                return classify(g, h, future, i);
            }
        }
        Party organizer = null;
        boolean named = ordinal != null;
        if (k < doc.size() && hasLam(k)) {
            Found<Organization> o = r.named(r.entities().organization(doc, k, r.limit(k))); // لفروع رابطة …
            int sat = o == null ? -1 : convenedWithin(o.from(), o.to());
            if (sat > 0) {
                k = sat; // … العراقيين المنعقد في غوتنبرغ: the name stops where the gathering's place begins
                organizer = cutAt(o, sat);
                named = organizer != null;
            } else if (o != null) {
                // الدورة العادية للمجلس الوطني لحزب …: the council sits, the party is whose sitting it is
                organizer = h.word() == Vocabulary.SITTING ? sittingBody(o) : o.value();
                k = o.to();
                named = true;
            }
        }
        if (organizer == null && hasLam(k) && !doc.punct(k + 1) && doc.has(k + 1, Vocabulary.RELATIVE)) {
            k++; // الملتقى الثالث للشباب الذي تنظمه …: whom it is for, then the clause that describes it
        }
        if (organizer == null && h.definite() && h.suffix().isEmpty() && type != Type.MEETING
                && type != Type.SESSION && k > i + 1) {
            int theme = themeEnd(k, limit);
            named |= theme > k;
            themed = theme > k;
            k = theme; // المؤتمر الإقليمي الأول لحرية الصحافة، الندوة الولائية للإطارات النقابية: what it is about
        }
        if (organizer == null && k == i + 1 && !h.definite() && h.suffix().isEmpty() && doc.word(k)
                && doc.tok(k).reading().definite() && !doc.tok(k).reading().hasPreposition() && gatheringHit(k) == null
                && !doc.has(k, Vocabulary.RELATIVE)) {
            // اجتماع اللجنة المركزية للحزب: a gathering noun in construct is the gathering of its genitive body
            Found<Organization> o = r.named(r.entities().organization(doc, k, r.limit(k)));
            if (o != null && o.value().name() != null && convenedWithin(o.from(), o.to()) < 0) {
                organizer = o.value();
                k = o.to();
                named = true;
            } else if (type == Type.CONFERENCE
                    && (doc.tok(k).hasStem("اقليم") || doc.tok(k).hasStem("فرع") || doc.tok(k).hasStem("منطقه"))) {
                statutory = true; // مؤتمر الاقليم، مؤتمر الفرع: the statutory congress of a part of the body
                k++;
            }
        }
        if (organizer == null && k == i + 1 && !h.definite() && h.suffix().isEmpty() && type != Type.MEETING
                && type != Type.SESSION) {
            int genitive = genitiveEnd(k, limit);
            named |= genitive > k;
            k = genitive; // معرض الكتاب العربي، مهرجان الأغنية الأمازيغية: what it shows, in construct with it
        }
        if (ordinal == null) {
            NumberPhrase edition = edition(k);
            if (edition != null) {
                ordinal = (int) edition.value();
                named = true;
                k = edition.endToken(); // الملتقى الاغترابي في دورته الثالثة، المهرجان بنسخته العاشرة
            }
        }
        if (type == Type.EVENT && k < doc.size() && doc.punct(k, "«\"")) {
            int close = closing(k);
            if (close > k) {
                k = close + 1;
                named = true;
            }
        }
        statutory |= type == Type.CONFERENCE && session == Session.EXTRAORDINARY;
        boolean congressNoun = doc.form(i).contains(CONGRESS_STEM); // الملتقى الثالث: a series, not a statutory congress
        // المؤتمر الأول للمغتربين العرب: one for a public or a theme, not a body's own, is no statutory congress
        if (type == Type.CONFERENCE && congressNoun && (ordinal != null && !adjective && !themed || statutory)) {
            type = Type.CONGRESS;
            named |= h.definite(); // المؤتمر الثامن، المؤتمر العام الطارئ: a definite congress phrase is its name
        }
        named |= type == Type.EVENT && doc.form(i).equals("المهرجان") && k > i + 1;
        Gathering g = new Gathering(at, k, type, ordinal, session, adjective, Status.REFERENCE, -1, organizer, null,
                named, headline);
        return classify(g, h, future, at);
    }

    /**
     * Where the theme after a named gathering ends ({@code لحرية الصحافة}, {@code للشباب والتنمية}, {@code لأميركا
     * الجنوبية}): a word with ل and up to three definite words or conjoined definite words after it, none with another
     * preposition; {@code k} itself when there is none. A purpose ({@code لمناقشة …}) follows an indefinite or possessed
     * gathering, which takes no theme.
     */
    private int themeEnd(int k, int limit) {
        if (!hasLam(k) || gatheringHit(k) != null || doc.verb(k)) {
            return k;
        }
        boolean definite = doc.tok(k).reading().definite();
        int end = k + 1;
        while (end < Math.min(limit, k + 4) && doc.word(end) && gatheringHit(end) == null
                && !doc.has(end, Vocabulary.RELATIVE) && !doc.verb(end)) {
            var rd = doc.tok(end).reading();
            if (!rd.definite() || rd.hasPreposition() || r.dateMentions().covering(end) != null) {
                break;
            }
            end++;
        }
        // لحرية الصحافة: a word in construct takes a definite genitive; لانتخاب قيادة … is a purpose
        return definite || end > k + 1 ? end : k;
    }

    /**
     * Where the genitive of an indefinite gathering noun ends ({@code معرض الكتاب العربي}): up to three definite words
     * with no preposition, none a body, a date, a place, a verb or another gathering; {@code k} when there is none.
     */
    private int genitiveEnd(int k, int limit) {
        int end = k;
        while (end < Math.min(limit, k + 3) && doc.word(end) && gatheringHit(end) == null
                && !doc.has(end, Vocabulary.RELATIVE) && !doc.verb(end)
                && r.entities().organization(doc, end, r.limit(end)) == null && dateOrPlace(end) == null
                && r.persons().covering(end) == null) {
            var rd = doc.tok(end).reading();
            if (!rd.definite() || rd.hasPreposition() || rd.affixes().stream().anyMatch(a -> a.clitic().isConjunction())) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Edition nouns with the pronoun of the gathering: {@code في دورته الثالثة}, {@code بنسختها العاشرة}. */
    private static final java.util.Set<String> EDITIONS = java.util.Set.of("دورته", "دورتها", "نسخته", "نسختها");

    /**
     * {@code في دورته الثالثة}, {@code بنسختها العاشرة}, after a gathering's phrase at {@code k}: the gathering's
     * number, or null.
     */
    private NumberPhrase edition(int k) {
        int noun = doc.is(k, "في") ? k + 1 : k;
        String form = doc.word(noun) ? doc.form(noun) : "";
        form = noun == k && form.startsWith("ب") ? form.substring(1) : form;
        if (!EDITIONS.contains(form) || noun == k && !bi(noun)) {
            return null;
        }
        NumberPhrase n = ArabicNumbers.read(doc.analyzed(), noun + 1);
        return n != null && n.ordinal() && !n.digits() ? n : null;
    }

    /**
     * The organisation {@code o} without the words from token {@code at} on ({@code لحزب … الشعبية المنعقد} → the
     * party), when the name holds them at its end and nothing else (organ, branch, place) was read; else null.
     */
    private Organization cutAt(Found<Organization> o, int at) {
        Organization v = o.value();
        String tail = doc.text(doc.span(at, o.to()));
        if (v.name() == null || v.organ() != null || v.branch() != null || v.place() != null
                || !v.name().endsWith(" " + tail)) {
            return null;
        }
        Span span = new Span(v.span().start(), doc.span(at - 1, at).end());
        return Organization.builder()
                .name(v.name().substring(0, v.name().length() - tail.length() - 1)).span(span).build();
    }

    /** A meeting participle inside a name the reader took too far ({@code المنعقد}, {@code المقام}); -1 when none. */
    private int convenedWithin(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (doc.hasAny(k, Vocabulary.CONVENE, Vocabulary.ORGANIZE) && doc.tok(k).reading().definite()) {
                return k;
            }
        }
        return -1;
    }

    private boolean hasLam(int k) {
        return doc.word(k) && doc.form(k).startsWith("ل") && doc.tok(k).readings().stream()
                .anyMatch(rd -> rd.affixes().stream().anyMatch(a -> a.clitic().letters().equals("ل")));
    }

    private int closing(int open) {
        String close = doc.form(open).equals("«") ? "»" : "\"";
        for (int k = open + 1; k < doc.size() && k < open + 12; k++) {
            if (doc.form(k).startsWith(close)) {
                return k;
            }
        }
        return -1;
    }

    private Session sessionOf(int k) {
        if (doc.has(k, Vocabulary.CLOSING)) {
            return Session.CLOSING;
        } else if (doc.has(k, Vocabulary.OPENING)) {
            return Session.OPENING;
        } else if (doc.has(k, Vocabulary.EXTRAORDINARY)) {
            return Session.EXTRAORDINARY;
        } else if (doc.has(k, Vocabulary.REGULAR)) {
            return Session.REGULAR;
        }
        return null;
    }

    /**
     * An adjective of the gathering noun: definite after a definite noun (الموسع، الثقافي، الحوارية),
     * indefinite after an indefinite one (اجتماعاً تنسيقياً، امسية ترحيبية).
     */
    private boolean isAdjective(int k, boolean definiteNoun) {
        if (!doc.word(k) || gatheringHit(k) != null || doc.hasAny(k, Vocabulary.RELATIVE, Vocabulary.OPENER)
                || doc.verb(k) || convenedParticiple(k)) {
            return false;
        }
        var rd = doc.tok(k).reading();
        boolean conj = rd.affixes().stream().anyMatch(a -> a.clitic().isConjunction());
        if (rd.hasPreposition() || conj && !(rd.definite() && doc.word(k - 1) && doc.tok(k - 1).reading().definite()
                && (rd.stem().endsWith("يه") || rd.stem().endsWith("ي")))) {
            return false; // الثقافية والفنية: a second adjective joins; a conjoined noun does not
        }
        String f = doc.form(k);
        boolean relational = f.endsWith("ي") || f.endsWith("يه") || f.endsWith("يا") || f.endsWith("ع")
                || f.endsWith("ا") || f.endsWith("ه");
        if (rd.definite() != definiteNoun) {
            return false;
        }
        return rd.definite() ? !doc.is(k, "الذي", "التي", "الذين") : relational && !doc.is(k, "في", "علي", "الي");
    }

    /**
     * {@code المؤتمر المنعقد في …}: the participle of meeting after a gathering opens the clause that says where and
     * when it sat, it is no adjective of its name.
     */
    private boolean convenedParticiple(int k) {
        Lexicon.Hit h = doc.hit(k, Vocabulary.CONVENE);
        return h != null && h.shape() == Word.Shape.PARTICIPLE;
    }

    /** {@code الذكرى 39 للمسيرة الخضراء}, {@code ذكرى مهرجان …}: a past gathering whose anniversary is kept. */
    private boolean anniversaryOf(int i) {
        Lexicon.Hit noun = gatheringHit(i);
        if (noun != null && (noun.preposition().equals("ب") || noun.preposition().equals("ك"))) {
            return false; // أحيت الجمعية الذكرى … بحفل: the gathering that keeps the anniversary, not the one kept
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (doc.word(k) && (doc.tok(k).hasStem("ذكري") || doc.tok(k).hasStem("ذكرى"))) {
                return true;
            }
            if (doc.punct(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the gathering noun at {@code i}, after ل, closes the name of a body read from before it
     * ({@code اللجنة التحضيرية للمؤتمر}, {@code لجنة الإعداد للملتقى}): a body named for a gathering.
     */
    private boolean insideName(int i, Lexicon.Hit noun) {
        if (!noun.preposition().equals("ل")) {
            return false;
        }
        Found<Organization> o = r.organizations().covering(i);
        return o != null && o.from() < i;
    }

    /** Decides what the text does with the gathering: holds it, announces it, mentions it in passing. */
    private Gathering classify(Gathering g, Lexicon.Hit noun, boolean future, int i) {
        if (doc.has(i - 1, Vocabulary.SINCE) || doc.has(i - 2, Vocabulary.SINCE) || anniversaryOf(i)) {
            return g.with(Status.ANCHOR);
        }
        if (insideName(i, noun)) {
            return g; // اللجنة التحضيرية للمؤتمر الثامن: the gathering a body is named for is not what its verb holds
        }
        if (firstSitting(g, noun)) {
            return g.with(settingTense(g)); // وفي أول اجتماع له، انتخب المجلس …: held where the clause's act took place
        }
        boolean relative = heldByClause(g.end()) != null;
        if (doc.has(g.end(), Vocabulary.RELATIVE) && doc.hasAny(g.end() + 1, Vocabulary.DECIDE, Vocabulary.INTEND)
                && meetingVerb(g.end() + 2) != null) {
            return g.with(Status.ANNOUNCED); // الملتقى الذي تقرر إقامته في فبراير: decided, still to come
        }
        int held = governingVerb(i);
        Lexicon.Hit commaVerb = !relative && doc.punct(g.end(), "،,") && doc.has(g.end() + 1, Vocabulary.RELATIVE)
                ? meetingVerb(g.end() + 2) : null;
        if (commaVerb != null && commaVerb.shape() == Word.Shape.PAST && recentAfter(g.end() + 2) && held < 0) {
            return withVerb(g.with(Status.REPORTED), g.end() + 2); // المؤتمر …، الذي اختتم أعماله أمس: held
        }
        Lexicon.Hit heldBy = held >= 0 ? meetingVerb(held) : null;
        if (heldBy != null && heldBy.shape() == Word.Shape.MASDAR) {
            // شهدت بيروت انطلاق أعمال المؤتمر الذي ينظمه …: the past verb holding the verbal noun holds the gathering
            int outer = governingVerb(held);
            heldBy = outer >= 0 ? meetingVerb(outer) : null;
        }
        if (relative && !(heldBy != null && heldBy.shape() == Word.Shape.PAST)) {
            // الذي انعقد في لندن: a past one named in passing; الذي تقيمه: one still to come
            // الذي أقيم: a past passive, not "I hold" (no first person follows a relative pronoun)
            boolean past = doc.hits(g.end() + 1).stream().anyMatch(v -> v.shape() == Word.Shape.PAST
                    && (v.word() == Vocabulary.CONVENE || v.word() == Vocabulary.ORGANIZE || v.word() == Vocabulary.OPEN
                    || v.word() == Vocabulary.CLOSE || v.word() == Vocabulary.TOOK_PLACE
                    || v.word() == Vocabulary.CARRY_ON));
            if (past && (recentAfter(g.end() + 1) || takenPartIn(i))) {
                // بالمؤتمر الذي عُقد اليوم بمقره، الملتقى الذي اختتم أمس في …: held the day the text reports;
                // شاركت المديرية في الحفل الذي نظمته …، في ختام المؤتمر الذي أقيم في …: held with the text's actor in it
                return withVerb(g.with(Status.REPORTED), g.end() + 1);
            }
            return past ? g.with(Status.ANCHOR) : withVerb(g.with(Status.ANNOUNCED), g.end() + 1);
        }
        // يفصلهم عن المؤتمر العام الخامس لنقابة المحامين والمقرر انعقاده في …، لانعقاد المؤتمر العام للحزب أيار
        // المقبل: a body's named gathering no verb holds, with a mark of the future later in its clause, is to come
        boolean namedToCome = noun.definite() && g.organizer() != null && g.named() && held < 0 && futureLater(g);
        if (future || !noun.definite() && noun.suffix().isEmpty() && (futureLater(g) || futureVerbAfter(g))
                || g.ordinal() != null && heldLater(g) || namedToCome) {
            return announcedWithVerb(g, i);
        }
        if (futureVerbBefore(i)) {
            return announcedWithVerb(g, i); // سيعقد مؤتمراً صحفياً: the verb still says who holds it
        }
        int verb = held;
        if (verb >= 0) {
            Lexicon.Hit v = meetingVerb(verb);
            if (v.shape() == Word.Shape.FUTURE || v.shape() == Word.Shape.PRESENT && doc.is(verb - 1, "ان")
                    || decided(verb)
                    || v.shape() == Word.Shape.PRESENT && !g.headline()) {
                return withVerb(g.with(Status.ANNOUNCED), verb);
            }
            if (v.shape() == Word.Shape.MASDAR && !g.headline()) {
                // شهدت قاعة … انعقاد المؤتمر، جرى افتتاح المعرض: a past verb holding the verbal noun reports it
                int outer = governingVerb(verb);
                Lexicon.Hit o = outer >= 0 ? meetingVerb(outer) : null;
                boolean object = !doc.tok(verb).reading().hasPreposition()
                        && !doc.is(verb - 1, "في", "عند", "بعد", "قبل", "خلال", "اثنا", "حتي", "منذ"); // في ختام الجلسة
                return o != null && o.shape() == Word.Shape.PAST && object
                        ? new Gathering(g.at(), g.end(), g.type(), g.ordinal(), g.session(), g.annual(),
                                Status.REPORTED, outer, g.organizer(), g.convenedBy(), g.named(), g.headline())
                        : g;
            }
            Gathering reported = withVerb(g.with(Status.REPORTED), verb);
            Gathering after = heldAfter(g);
            if (after != null && after.organizer() != null) {
                // اختتمت ندوة نظمتها جمعية …، أحيت الجالية الذكرى بمهرجان نظمته رابطة …: the verb after it names
                // who held it, whoever the clause's subject is
                reported = new Gathering(reported.at(), reported.end(), reported.type(), reported.ordinal(),
                        reported.session(), reported.annual(), reported.status(), reported.verb(), after.organizer(),
                        reported.convenedBy(), reported.named(), reported.headline());
            }
            if (reported.organizer() == null && relative) {
                // اختتمت فعاليات الملتقى الذي نظمته رابطة …: the relative clause names who held it
                Found<Organization> o = r.named(r.entities().organization(doc, g.end() + 2, r.limit(g.end())));
                if (o != null) {
                    reported = new Gathering(reported.at(), reported.end(), reported.type(), reported.ordinal(),
                            reported.session(), reported.annual(), reported.status(), reported.verb(), o.value(),
                            reported.convenedBy(), reported.named(), reported.headline());
                }
            }
            return reported;
        }
        Gathering after = heldAfter(g);
        if (after != null) {
            return after;
        }
        if (invited(i) || doc.is(i - 1, "الي") && callBefore(i - 1) >= 0) {
            return g.with(Status.ANNOUNCED); // دعت النقابة الى اجتماع طارئ لمجلسها: a gathering called for
        }
        if (g.session() != null && g.type() == Type.SESSION && noun.definite()) {
            return g; // الجلسة الافتتاحية: the session of the gathering already named
        }
        return g;
    }

    /**
     * {@code شارك وفد الجمعية في الحفل …}, {@code للمشاركة في مراسم العزاء …}, {@code وذلك في ختام المؤتمر …}: the
     * gathering at {@code i} is the setting ({@code في}) of a taking part in it, said by a verb or its noun earlier in
     * the clause with no other verb between, or of what was done at its opening or close.
     */
    private boolean takenPartIn(int i) {
        int k = i - 1;
        if (doc.is(k, "مراسم", "مراسيم", "اعمال", "فعاليات", "اشغال")) {
            k--;
        }
        Lexicon.Hit opening = doc.hit(k, Vocabulary.OPEN);
        Lexicon.Hit edge = opening != null ? opening : doc.hit(k, Vocabulary.CLOSE);
        if (edge != null && edge.shape() == Word.Shape.MASDAR && edge.preposition().isEmpty()) {
            return doc.is(k - 1, "في", "وفي"); // في ختام المؤتمر، في افتتاح الملتقى
        }
        if (!doc.is(k, "في")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(doc.sentenceStart(i), i - VISIT_CLAUSE) && !doc.punct(j, ".:؛;!?؟"); j--) {
            Lexicon.Hit h = doc.hit(j, Vocabulary.TAKE_PART);
            if (h != null && h.isVerb() && h.shape() == Word.Shape.PAST
                    || doc.has(j, Vocabulary.ATTENDANCE) && doc.tok(j).hasStem("مشاركه")) {
                return !weBefore(i); // شاركنا في المهرجان الذي أقيم …: we speak of it, we report nothing
            }
            if (doc.verb(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code عقد اليوم}, {@code اختتم أمس}, {@code انعقد مساء اليوم}, {@code اختتم أعماله اليوم}: the day the text
     * reports (today or yesterday, not {@code اليوم التالي}) right after the verb at {@code verb} or its works.
     */
    private boolean recentAfter(int verb) {
        int k = doc.is(verb + 1, "اعماله", "اعمالها", "اشغاله", "اشغالها", "فعالياته", "فعالياتها") ? verb + 2 : verb + 1;
        if (doc.is(k, "مسا", "صباح", "ظهر", "عصر", "فجر", "ليله", "يوم")) {
            k++;
        }
        return doc.is(k, "اليوم", "امس") && !doc.is(k + 1, "التالي", "الموالي");
    }

    /**
     * {@code وفي أول اجتماع له}, {@code في جلسته الأولى}, {@code خلال اجتماعها الأول}: the first sitting of a body,
     * named by its pronoun, as the setting ({@code في}, {@code خلال}) of what its clause says was done: a gathering
     * of its own, held apart from any other the text reports (a body's first sitting is not one named before).
     */
    private boolean firstSitting(Gathering g, Lexicon.Hit noun) {
        if (g.ordinal() == null || g.ordinal() != 1 || g.headline() || g.type() != Type.MEETING
                && g.type() != Type.SESSION) {
            return false;
        }
        boolean his = !noun.suffix().isEmpty() && !noun.suffix().startsWith("ك")
                || doc.is(g.end(), "له", "لها") || doc.is(g.end() - 1, "له", "لها");
        int k = doc.word(g.at() - 1) && doc.tok(g.at() - 1).hasStem("اول") ? g.at() - 2 : g.at() - 1;
        return his && doc.is(k, SETTINGS);
    }

    private boolean firstSitting(Gathering g) {
        Lexicon.Hit noun = gatheringHit(g.at());
        return noun != null && firstSitting(g, noun);
    }

    /** Prepositions that make a gathering the setting of its clause: {@code وفي اجتماعه}, {@code خلال جلستها}. */
    private static final String[] SETTINGS = {"في", "وفي", "خلال", "وخلال"};

    /**
     * Whether the gathering that sets a clause was held or is to come: the tense of the first verb after it in its
     * sentence ({@code التي عقدت}, {@code انتخب}), else of the last before it; held when none says.
     */
    private Status settingTense(Gathering g) {
        int verb = -1;
        int end = Math.min(doc.sentenceEnd(g.at()), g.end() + 12);
        for (int k = g.end(); k < end && verb < 0; k++) {
            verb = doc.verb(k) ? k : -1;
        }
        for (int k = g.at() - 1; k >= doc.sentenceStart(g.at()) && verb < 0; k--) {
            verb = doc.verb(k) ? k : -1;
        }
        // أصدر المؤتمر: a past reading beats "I issue"; سيعقد، تعقد: still to come
        boolean past = verb >= 0 && doc.hits(verb).stream().anyMatch(h -> h.isVerb() && h.shape() == Word.Shape.PAST);
        return verb < 0 || past && verbShape(verb) != Word.Shape.FUTURE ? Status.REPORTED : Status.ANNOUNCED;
    }

    /**
     * {@code في حفل حاشد أقامه مركز …}, {@code ندوة فكرية نظمتها جمعية …}, {@code أمسية تحييها فرقة …}: a meeting
     * verb right after the gathering, with a pronoun standing for it, names who held it (past: reported) or
     * will hold it (present: announced); null when there is none.
     */
    private Gathering heldAfter(Gathering g) {
        Lexicon.Hit noun = gatheringHit(g.at());
        if (noun == null || noun.definite() || !noun.suffix().isEmpty()) {
            return null; // a definite gathering takes الذي before such a clause: that is a relative clause
        }
        // لقاء موسع لتجار الخضار في محافظة إب، نظمته جمعية …: whom it is for and where they are may stand between,
        // and a comma before the verb; another verb ends the gathering's phrase
        int end = Math.min(doc.sentenceEnd(g.at()), g.end() + HELD_AFTER_REACH);
        for (int k = g.end(); k < end; k++) {
            boolean comma = doc.punct(k, "،,") && k + 1 < end && heldVerb(k + 1);
            if (!doc.word(k) && !comma || k >= g.end() + 3 && doc.verb(k) && !heldVerb(k)) {
                return null;
            }
            Lexicon.Hit v = doc.hits(k).stream().filter(MeetingFrames::heldHit).findFirst().orElse(null);
            if (v != null && !doc.has(k, Vocabulary.PERFORM)) {
                Status status = v.shape() == Word.Shape.PAST ? Status.REPORTED : Status.ANNOUNCED;
                Party organizer = g.organizer();
                if (organizer == null) {
                    Found<Organization> o = r.named(r.entities().organization(doc, k + 1, r.limit(k)));
                    Found<Party> s = o == null ? r.subjectAfter(k) : null;
                    organizer = o != null ? o.value() : s == null ? null : s.value();
                }
                return new Gathering(g.at(), g.end(), g.type(), g.ordinal(), g.session(), g.annual(), status, k,
                        organizer, g.convenedBy(), g.named(), g.headline());
            }
        }
        return null;
    }

    /** How far after a gathering's phrase the verb with its pronoun may stand: {@code ندوة … نظمتها جمعية …}. */
    private static final int HELD_AFTER_REACH = 9;

    /** A verb of holding with a pronoun for its object at {@code k}: {@code نظمته}, {@code أقامتها}. */
    private boolean heldVerb(int k) {
        return doc.hits(k).stream().anyMatch(MeetingFrames::heldHit);
    }

    private static boolean heldHit(Lexicon.Hit h) {
        return h.isVerb() && !h.suffix().isEmpty() && h.conj() == 0
                && (h.word() == Vocabulary.CONVENE || h.word() == Vocabulary.ORGANIZE);
    }

    private Gathering announcedWithVerb(Gathering g, int i) {
        int verb = governingVerb(i);
        return verb >= 0 ? withVerb(g.with(Status.ANNOUNCED), verb) : g.with(Status.ANNOUNCED);
    }

    /** A future marker later in the gathering's clause: {@code في الشهر المقبل}, {@code يوم السبت المقبل}. */
    private boolean futureLater(Gathering g) {
        int end = Math.min(r.limit(g.at()), g.end() + 10);
        for (int k = g.end(); k < end; k++) {
            if (doc.has(k, Vocabulary.FUTURE) && doc.tok(k).reading().definite() && !doc.has(k - 1, Vocabulary.SINCE)) {
                return true;
            }
            if (gatheringHit(k) != null || meetingVerb(k) != null && k > g.end()) {
                return false;
            }
            if (k > g.end() && doc.hits(k).stream().anyMatch(h -> h.isVerb() && h.shape() != Word.Shape.FUTURE)) {
                return false; // وناقش المجتمعون خطة العام القادم: another clause's verb, another time
            }
        }
        return false;
    }

    /**
     * {@code موكب آخر سيخرج للشوارع}, {@code مسيرة ستنطلق من …}: an indefinite gathering described by a verb in the
     * future right after it (a {@code س} before a present prefix; a relational adjective ends otherwise).
     */
    private boolean futureVerbAfter(Gathering g) {
        int k = g.end();
        if (doc.is(k, "اخر", "اخري", "جديد", "جديده")) {
            k++;
        }
        String f = doc.form(k);
        return doc.word(k) && f.length() >= 5 && (f.startsWith("سي") || f.startsWith("ست") || f.startsWith("سن"))
                && !f.endsWith("ي") && !f.endsWith("ه") && !f.endsWith("يا");
    }

    /**
     * {@code أن المؤتمر السادس سيعقد في …}, {@code الملتقى الرابع سوف ينعقد}, {@code المؤتمر التاسع ستحتضنه …}: a
     * numbered gathering followed by a meeting verb in the future is the next of its series, still to come.
     */
    private boolean heldLater(Gathering g) {
        int k = doc.is(g.end(), "سوف") ? g.end() + 1 : g.end();
        Lexicon.Hit v = meetingVerb(k);
        return v != null && (v.shape() == Word.Shape.FUTURE || k > g.end() && v.shape() == Word.Shape.PRESENT);
    }

    /** {@code سيجري تشييع …}, {@code سيتم عقد …}: a future verb right before the gathering. */
    private boolean futureVerbBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            for (Lexicon.Hit h : doc.hits(k)) {
                if (h.shape() == Word.Shape.FUTURE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verb or verbal noun of calling before {@code to} in its clause ({@code دعا المكتب التنفيذي الى …}), or -1. */
    private int callBefore(int to) {
        int from = Math.max(doc.sentenceStart(to), to - 8);
        for (int k = to - 1; k >= from && (!doc.punct(k) || dateAside(k)); k--) {
            if (doc.punct(k)) {
                from = Math.max(doc.sentenceStart(to), from - 4); // دعت النقابات، اليوم الأحد، الى وقفة: stepped over
                continue;
            }
            // تتشرف الهيئة بدعوة الأعضاء إلى حفل …: the verbal noun calls as the verb does
            if (doc.hits(k).stream().anyMatch(h -> h.word() == Vocabulary.CALL
                    && (h.isVerb() || h.shape() == Word.Shape.MASDAR))) {
                return k;
            }
        }
        return -1;
    }

    /** A comma that closes or opens an aside of when or where ({@code دعت النقابات، اليوم الأحد، الى …}). */
    private boolean dateAside(int k) {
        return doc.punct(k, "،,") && (dateComma(k) || dateOrPlace(k + 1) != null);
    }

    /** قرر اقامة/عقد …, قرر المكتب التنفيذي تنظيم …: a decided gathering is still to come. */
    private boolean decided(int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 6 && !doc.punct(k); k--) {
            if (doc.hasAny(k, Vocabulary.DECIDE, Vocabulary.INTEND, Vocabulary.RECOMMEND, Vocabulary.AGREE)
                    || doc.hits(k).stream()
                    .anyMatch(h -> h.word() == Vocabulary.CALL && h.isVerb())) { // دعت الجمعية الى عقد …
                return true;
            }
        }
        return false;
    }

    /** {@code لحضور الندوة}, {@code الى حضور}, {@code المشاركة في الاعتصام}: a gathering one is asked to. */
    private boolean invited(int i) {
        Lexicon.Hit before = doc.hit(i - 1, Vocabulary.ATTENDANCE);
        if (before != null && !before.definite()) {
            return true;
        }
        Lexicon.Hit share = doc.hit(i - 2, Vocabulary.ATTENDANCE);
        return share != null && doc.is(i - 1, "في");
    }

    private Lexicon.Hit meetingVerb(int k) {
        for (Lexicon.Hit h : doc.hits(k)) {
            Word w = h.word();
            if (w == Vocabulary.CONVENE || w == Vocabulary.ORGANIZE || w == Vocabulary.OPEN || w == Vocabulary.CLOSE
                    || (w == Vocabulary.TOOK_PLACE || w == Vocabulary.CARRY_ON) && h.isVerb()) {
                return h;
            }
        }
        return null;
    }

    /**
     * The meeting verb before the gathering in its clause ({@code عقدت الهيئة … اجتماعها}), or -1. A date or
     * place between them is stepped over whole ({@code انعقد يوم … بقاعة … بمدينة …، المؤتمر}).
     */
    private int governingVerb(int i) {
        // عقدت الجمعية … بمشاركة اكثر من عشرين جمعية … وقفة: an object without a preposition may stand far from its verb
        int from = Math.max(0, i - (doc.tok(i).reading().hasPreposition() ? 16 : 32));
        // عقد فلان، رئيس الاتحاد …، اجتماعاً: a comma right before the gathering closes an aside opened by another
        boolean asideOpen = doc.punct(i - 1, "،,");
        // المواطنين الذين شاركوا في المسيرة، حيث توجه الى من حضروا الحفل: a gathering a preposition sets after a
        // relative pronoun or حيث hangs on that clause's verb, not on one before it
        boolean governed = doc.tok(i).reading().hasPreposition() || doc.is(i - 1, CLAUSE_PREPOSITIONS);
        for (int k = i - 1; k >= from; k--) {
            if (governed && k < i - 1 && (doc.has(k, Vocabulary.RELATIVE) || doc.is(k, "حيث"))) {
                return -1;
            }
            int quote = k;
            while (quote > 0 && (doc.quoted(quote) || doc.punct(quote, "«»“”\""))) {
                quote--; // وتحت شعار «…»، مؤتمرها: a slogan between the verb and the gathering is stepped over whole
            }
            if (quote < k - 1) {
                from = Math.max(0, from - (k - quote));
                k = quote;
            }
            Found<?> between = k < i - 1 ? dateOrPlace(k) : null;
            if (between != null && between.from() < k) {
                from = Math.max(0, from - (k - between.from()));
                k = between.from();
            }
            if (doc.punct(k, "،,.:؛;!?؟") && !doc.lineStart(k + 1) && k < i - 1 && !dateComma(k) && !aside(k)) {
                if (asideOpen && doc.punct(k, "،,") && !verbBetween(k + 1, i - 1)) {
                    asideOpen = false;
                    continue;
                }
                return -1;
            }
            Lexicon.Hit v = meetingVerb(k);
            if (v != null) {
                return inRelative(k) ? -1 : k;
            }
            if (doc.lineStart(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Prepositions written apart that set a noun in a clause: في، الى، على، عن، من (folded). */
    private static final String[] CLAUSE_PREPOSITIONS = {"في", "الي", "علي", "عن", "من"};

    /** True when a verb the lexicon knows stands in tokens {@code [from, to)}: then they are a clause, not an aside. */
    private boolean verbBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.verb(k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code ، بالتعاون مع جمعية …،}: an aside naming a partner, between the verb and what it holds. */
    private boolean aside(int comma) {
        Lexicon.Hit h = doc.punct(comma, "،,") ? doc.hit(comma + 1, Vocabulary.PARTNERSHIP) : null;
        return h != null && h.prefix().equals("بال") && doc.is(comma + 2, "مع");
    }

    /** The date or place mention covering token {@code k}, or null. */
    private Found<?> dateOrPlace(int k) {
        Found<When> w = r.dateMentions().covering(k);
        return w != null ? w : r.places().covering(k);
    }

    /**
     * A comma after a date, time or place inside the clause ({@code يوم السبت 6 أبريل 2019، ابتداءً من …},
     * {@code اختتمت في أربيل، مساء اليوم الخميس، أعمال المؤتمر}): it closes an aside of when or where, not the
     * clause.
     */
    private boolean dateComma(int k) {
        return k > 0 && doc.punct(k, "،,") && (doc.tok(k - 1).isNumber()
                || doc.tok(k - 1).kind() == org.nashra.parser.internal.text.Token.Kind.NUMBER_GROUP
                || dateOrPlace(k - 1) != null);
    }

    private boolean inRelative(int k) {
        return k > 0 && doc.has(k - 1, Vocabulary.RELATIVE);
    }

    private Gathering withVerb(Gathering g, int verb) {
        Party organizer = g.organizer();
        Party convenedBy = g.convenedBy();
        int subject = verb + 1;
        while (subject < g.at() && !doc.word(subject)) {
            subject++;
        }
        if (organizer == null && verb < g.at() && (subject >= g.at() || !doc.word(subject)
                || doc.is(subject, "مسا", "صباح", "يوم"))) {
            Found<Party> before = subjectBefore(verb);
            if (before != null) {
                organizer = before.value();
            }
        }
        Found<When> date = organizer == null && subject < g.at() ? r.dateMentions().covering(subject) : null;
        if (date != null && date.from() == subject) {
            subject = date.to(); // التأم مساء الخميس مجلس ادارة الرابطة: the subject after the date
            while (subject < g.at() && !doc.word(subject)) {
                subject++;
            }
        }
        if (subject < g.at() && organizer == null) {
            Lexicon.Hit holders = doc.hit(subject, Vocabulary.OFFICE_HOLDERS);
            if (holders != null && holders.suffix().isEmpty()) {
                Found<Organization> o = r.named(r.entities().organization(doc, subject + 1, g.at()));
                if (o != null) {
                    organizer = o.value();
                    Phrase p = doc.phrase(subject, doc.conjunction(subject), o.to());
                    convenedBy = new Group(p.text(), p.span());
                }
            } else {
                Found<Organization> o = r.entities().organization(doc, subject, g.at() + 1);
                // المكتب الجهوي للنقابة الوطنية …، الأمانة الولائية للاتحاد …: an organ with the body it belongs to
                o = o != null ? new Found<>(r.bodyOf(o, g.at()), o.from(), o.to()) : organOfBody(subject, g.at());
                if (o != null) {
                    organizer = o.value();
                }
            }
        }
        if (organizer instanceof Organization organ && organOnly(organ) && verb < g.at() && subject < g.at()) {
            // عقدت نقابة المهندسين اجتماع المجلس الاستشاري: the council met is an organ of the body that held it
            Found<Organization> o = r.entities().organization(doc, subject, g.at());
            Organization body = o == null ? null : r.bodyOf(o, g.at());
            if (body != null && body.name() != null && body.organ() == null && !organOnly(body)) {
                // its mention here is the organ's, in the gathering's phrase, which may close on the city it sat in
                organizer = body.toBuilder().organ(organ.name()).span(organ.span())
                        .place(body.place() != null ? body.place() : organ.place()).build();
            }
        }
        return new Gathering(g.at(), g.end(), g.type(), g.ordinal(), g.session(), g.annual(), g.status(), verb,
                organizer, convenedBy, g.named(), g.headline());
    }

    /**
     * A body named by an organ's head alone ({@code المجلس الاستشاري}, {@code اللجنة التحضيرية}, {@code الهيئة
     * الإدارية}), with no organisation it belongs to in the name.
     */
    private static boolean organOnly(Organization o) {
        if (o.name() == null || o.organ() != null) {
            return false;
        }
        String[] words = SPACES.split(org.nashra.parser.internal.text.FoldedText.fold(o.name()));
        String head = words[0].startsWith("ال") ? words[0].substring(2) : words[0];
        if (!ORGAN_HEADS.contains(head)) {
            return false;
        }
        for (int n = 1; n < words.length; n++) {
            String w = words[n].startsWith("لل") ? words[n].substring(2) : words[n].startsWith("ل") ? words[n].substring(1)
                    : "";
            if (BODY_HEADS.contains(w)) {
                return false; // اللجنة المركزية للحزب: the organ with its body
            }
        }
        return true;
    }

    /** Heads of organs, which act for a body: مجلس، لجنة، هيئة، مكتب، أمانة، إدارة (folded). */
    private static final java.util.Set<String> ORGAN_HEADS = java.util.Set.of("مجلس", "لجنه", "هييه", "مكتب", "امانه",
            "اداره", "سكرتاريه", "كتابه");
    /** Heads of bodies an organ belongs to: حزب، نقابة، جمعية، اتحاد، رابطة، منظمة … (folded, without the article). */
    private static final java.util.Set<String> BODY_HEADS = java.util.Set.of("حزب", "نقابه", "جمعيه", "اتحاد", "رابطه",
            "منظمه", "نادي", "حركه", "جبهه", "تحالف", "تجمع", "جاليه", "منتدي", "مركز", "تيار", "ايتلاف");

    /**
     * {@code الأمانة الولائية للاتحاد العام …}, {@code الكتابة الإقليمية لحزب …}, {@code المكتب الجهوي للنقابة …}: a
     * definite noun with one or two relational adjectives, then ل and a body, is an organ of that body, whatever the
     * noun; null when the words at {@code from} are not such a phrase.
     */
    private Found<Organization> organOfBody(int from, int to) {
        if (!doc.word(from) || !doc.tok(from).reading().definite() || doc.tok(from).reading().hasPreposition()) {
            return null;
        }
        int k = from + 1;
        while (k < Math.min(to, from + 3) && !hasLam(k) && relationalAdjective(k)) {
            k++;
        }
        if (k == from + 1 || k >= to || !hasLam(k)) {
            return null;
        }
        Found<Organization> o = r.named(r.entities().organization(doc, k, Math.min(to, r.limit(k))));
        Phrase organ = doc.phrase(from, doc.conjunction(from), k);
        if (o == null || o.value().name() == null || organ == null || o.value().organ() != null) {
            return null;
        }
        Organization v = o.value().toBuilder().organ(organ.text()).span(doc.span(from, doc.conjunction(from), o.to())).build();
        return new Found<>(v, from, o.to());
    }

    /** A definite relational adjective ({@code الولائية}, {@code الجهوي}, {@code الإقليمية}), no preposition on it. */
    private boolean relationalAdjective(int k) {
        if (!doc.word(k) || !doc.tok(k).reading().definite() || doc.tok(k).reading().hasPreposition()) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        return stem.endsWith("ي") || stem.endsWith("يه");
    }

    /** {@code وكانت اللجنة التحضيرية قد نظمت …}, {@code الهيئة الادارية لجمعية … تعقد}: the subject before its verb. */
    private Found<Party> subjectBefore(int verb) {
        int k = verb - 1;
        if (doc.is(k, "قد")) {
            k--;
        }
        int start = Math.max(doc.sentenceStart(verb), verb - 12);
        for (int j = start; j <= k; j++) {
            if (doc.tok(j).hasStem("كان") || doc.tok(j).hasStem("كانت") || doc.punct(j)) {
                continue;
            }
            Found<Organization> o = r.entities().organization(doc, j, verb);
            if (o != null && o.to() >= k) {
                return new Found<>(o.value(), o.from(), o.to());
            }
            if (r.entities().organizationHead(doc, j)) {
                Phrase p = doc.phrase(j, Parties.clitics(doc, j), k + 1);
                if (p != null && plainPhrase(j, k + 1)) {
                    return new Found<>(new Group(p.text(), p.span()), j, k + 1);
                }
            }
            break;
        }
        return null;
    }

    /** Words that can name a group: no stop, date or gathering among them ({@code الجمعية … مؤتمرها … يوم الأحد}). */
    private boolean plainPhrase(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.punct(k) || gatheringHit(k) != null || r.dateMentions().covering(k) != null) {
                return false;
            }
        }
        return true;
    }

    // ---- assembly ----

    /**
     * The session the text reports: the gathering's own adjective ({@code اجتماعها الدوري}, {@code الجلسة
     * الختامية للمؤتمر}) or the verb that holds it ({@code افتتحت اعمال المؤتمر}, {@code اختتم المؤتمر اعماله}).
     * A session named later ({@code وحضر الجلسة الافتتاحية}) is a part of the gathering, not what is reported,
     * unless nothing else says and it is the setting of what the gathering did ({@code وفي جلسته الختامية أصدر
     * المؤتمر …}); an annual conference or event ({@code ملتقاها السنوي}) is a series, not a regular sitting.
     */
    private Session sessionOf(Gathering g, Type type, List<Gathering> mentions) {
        Session s = g.session();
        Lexicon.Hit noun = gatheringHit(g.at());
        boolean object = noun != null && noun.preposition().isEmpty() && family(type) != Type.EVENT;
        if (s == null && object && g.verb() >= 0 && g.verb() < g.at()) {
            s = sittingHeldBy(g.verb());
        }
        // مؤتمرها العادي الخامس: a statutory congress is ordinary or extraordinary; a conference's السنوي is its series
        boolean series = family(type) == Type.EVENT || type == Type.CONFERENCE || type == Type.SEMINAR;
        s = s == Session.REGULAR && series ? null : s;
        for (Gathering m : mentions) {
            // في ختام أعمال مؤتمرها، انطلاق أعمال المؤتمر: the opening or closing a conference is named by (a
            // meeting's close, في ختام الاجتماع, is no sitting of its own)
            s = s == null && family(type) == Type.CONFERENCE ? sittingNamedBy(m) : s;
        }
        for (Gathering m : mentions) {
            // وفي جلسته الختامية أصدر المؤتمر بياناً: the opening or closing sitting where the text has it act
            if (s == null && family(type) == Type.CONFERENCE && m != g && !m.headline() && m.at() > g.at()
                    && m.type() == Type.SESSION
                    && (m.session() == Session.OPENING || m.session() == Session.CLOSING)
                    && doc.is(m.at() - 1, SETTINGS) && settingTense(m) == Status.REPORTED) {
                s = m.session();
            }
        }
        int relative = s == null && family(type) != Type.EVENT ? relativeVerb(g) : -1;
        if (relative >= 0 && g.status() == Status.REPORTED
                && doc.hits(relative).stream().anyMatch(h -> h.isVerb() && h.shape() == Word.Shape.PAST)) {
            s = sittingHeldBy(relative); // المؤتمر …، الذي اختتم أشغاله الاثنين: the sitting its relative clause held
        }
        return s;
    }

    /** The sitting a verb of opening or closing holds ({@code افتتحت، اختتم}), or null. */
    private Session sittingHeldBy(int verb) {
        return doc.has(verb, Vocabulary.OPEN) ? Session.OPENING : doc.has(verb, Vocabulary.CLOSE) ? Session.CLOSING : null;
    }

    /** {@code ختام أعمال مؤتمرها}, {@code افتتاح المؤتمر}: the sitting the verbal noun before a gathering names, or null. */
    private Session sittingNamedBy(Gathering m) {
        int k = doc.is(m.at() - 1, "اعمال", "فعاليات") ? m.at() - 2 : m.at() - 1;
        Lexicon.Hit open = doc.hit(k, Vocabulary.OPEN);
        Lexicon.Hit close = doc.hit(k, Vocabulary.CLOSE);
        return open != null && open.shape() == Word.Shape.MASDAR ? Session.OPENING
                : close != null && close.shape() == Word.Shape.MASDAR ? Session.CLOSING : null;
    }

    /** {@code lead}: the first meeting of the text, the one label lines ({@code الزمان:}) speak of. */
    private Meeting assemble(Gathering g, List<Gathering> mentions, boolean main, boolean lead) {
        Type type = g.type();
        Integer ordinal = null;
        Party organizer = null;
        Party convenedBy = null;
        Gathering named = null;
        for (Gathering m : mentions) {
            if (ordinal == null && (m.type() != Type.SESSION || g.type() == Type.SESSION)) {
                ordinal = m.ordinal(); // a session's number is its own only when the session is what is held
            }
            if (organizer == null) {
                organizer = m.organizer();
            }
            if (convenedBy == null) {
                convenedBy = m.convenedBy();
            }
            if (named == null && m.named() && m.type() != Type.MEETING && m.type() != Type.SESSION
                    && m.type() != Type.ASSEMBLY) {
                named = m;
            }
            if (m.type() == Type.CONGRESS || m.type() == Type.ASSEMBLY) {
                type = m.type();
            }
        }
        organizer = organizedBy(g, organizer);
        Party said = organizer; // who the text says holds it, before any default
        if (organizer == null) {
            organizer = bodyOfTheChair(g);
        }
        Session session = sessionOf(g, type, mentions);
        Lexicon.Hit head = gatheringHit(g.at());
        boolean series = head != null && (head.definite() || !head.suffix().isEmpty()); // مؤتمراً صحفياً: no series
        // على أن تستضيف الدوحة دورته الثانية: the numbered sitting of a conference or festival is its next edition
        boolean edition = head != null && head.word() == Vocabulary.SITTING && !head.suffix().isEmpty()
                && g.ordinal() != null && mainType != null && family(mainType) != Type.MEETING;
        // المؤتمر العام الخامس لنقابة المحامين: one that names its own body is of its own kind, no sequel
        boolean ownBody = g.organizer() != null && g.named() && type == Type.CONGRESS;
        if (!main && (series && (type == Type.CONFERENCE || type == Type.CONGRESS) || edition) && r.organizer() != null
                && !ownBody) {
            // المؤتمر القادم، المؤتمر الثالث: the next of the series takes the series' kind and body
            type = mainType != null ? mainType : type;
            if (organizer == null) {
                organizer = r.organizer();
            }
        }
        if (main) {
            mainType = type;
        }
        if (organizer == null && !main && g.verb() >= 0) {
            organizer = organizerOfAnnounced(g);
        }
        if (organizer == null) {
            organizer = calledBy(g);
        }
        if (organizer == null) {
            organizer = relativeHolder(g); // المؤتمر … الذي ينظمه اتحاد …: the body its relative clause names
        }
        Lexicon.Hit noun = gatheringHit(g.at());
        boolean his = noun != null && (noun.suffix().startsWith("ه") || doc.is(g.end(), "له", "لها"));
        if (organizer == null && (his || main && g.verb() > g.at())) {
            // اجتماعها، لمؤتمره: the body the pronoun stands for; في اجتماع عقده …، أكد المكتب السياسي لحزب …: the
            // body its sentence names holds the one it held
            organizer = holderInSentence(g);
        }
        if (organizer == null && main && family(type) != Type.EVENT && !takenPartIn(g)) {
            organizer = issuerBody(); // the report of a meeting, a congress, a seminar is its issuer's
        }
        Party textBody = issuerBody() != null ? issuerBody() : main ? null : r.organizer();
        if (organizer instanceof Organization o && !(textBody instanceof Organization) && bareOrgan(o)) {
            textBody = bodyNamedBefore(g.at()); // ترأس رئيس الجمعية … – فرع الناصرية الاجتماع الموسع لمجلس الفرع
        }
        if (organizer instanceof Organization o && textBody instanceof Organization body && body.name() != null) {
            // عقد المكتب السياسي اجتماعه under بلاغ حركة …, اجتماع مجلس الفرع, دورة للمجلس الوطني: an organ named
            // without its body meets for the body the text is by
            String organ = o.name() == null && body == issuerBody() ? o.organ() : bareOrgan(o) ? o.name() : null;
            if (organ != null && !body.name().equals(o.name())) {
                organizer = body.toBuilder().organ(organ).span(o.span()).build();
            }
        }
        if (organizer == null && !main) {
            organizer = caller(g);
        }
        if (organizer == null && !main && mainType != null && family(type) == family(mainType)) {
            organizer = r.organizer(); // على ان يكون الاجتماع المقبل …: the next one of the same kind, the same body
        }
        if (organizer == null && !main && onSidelines(g)) {
            organizer = r.organizer(); // أقيم على هامش الملتقى حفل …: the host gathering's body holds it
        }
        if (organizer == null && !main && lead && invited(g.at()) && doc.tok(g.at() - 1).hasStem("حضور")) {
            organizer = r.issuer(); // يتشرف البيت الثقافي … بدعوتكم لحضور الندوة: who invites holds it
        }
        if (organizer == null && (!main || family(type) == Type.EVENT) && ownGathering(g)) {
            // قرر المجلس … تنظيم وقفة، يدعو العمال الى تجمع، رحلتها السنوية: a gathering no one else is said to hold,
            // decided, called or announced in the text of a body, is that body's
            organizer = r.organizer() != null ? r.organizer() : issuerBody();
        }
        if (organizer instanceof Organization o) {
            organizer = r.antecedent(o); // اجتماع اللجنة المركزية للحزب: the party named before in full
        }
        if (organizer instanceof Organization o) {
            organizer = r.entities().actor(doc, o); // نظمت الجالية العراقية في اونتاريو وقفة: the community as a group
        }
        Gathering first = g;
        Span span = doc.span(first.at(), conjAndPrep(first.at()), spanEnd(first));
        String name = named == null ? null : nameOf(named);
        When when = whenOf(mentions);
        Place where = whereOf(mentions, organizer);
        if (lead && when == null) {
            int label = label(WHEN_LABELS);
            when = label < 0 ? null : dateIn(label, doc.lineEnd(label));
            when = when == null ? null : withSessionTime(when, g); // اليوم: السبت … / الساعة: السابعة مساءً
        }
        if (lead && where == null) {
            int label = label(WHERE_LABELS);
            where = label < 0 ? null : labelledPlace(label, g);
        }
        if (organizer == null && ownGathering(g)) {
            organizer = seatOwner(where); // احتضن مقر رابطة … اجتماعاً: a gathering at a body's seat is that body's
        }
        if (mourns(g)) {
            organizer = said; // يُشيَّع جثمان الفقيد، يقام العزاء: the family's, not the body that mourns in the text
        }
        if (type == Type.MEETING && organizer instanceof Organization o && o.organ() != null
                && MEMBERS_ASSEMBLIES.contains(org.nashra.parser.internal.text.FoldedText.fold(o.organ()))) {
            type = Type.ASSEMBLY; // عقدت الجمعية العمومية لجمعية … اجتماعاً طارئاً: the members' assembly sitting
        }
        if (!main && lead && mainType == null && organizer != null) {
            mainType = type; // an announcement's first gathering leads as a reported one would: its sequel is its body's
        }
        return Meeting.builder(type).name(name).ordinal(ordinal).session(session).organizer(organizer)
                .convenedBy(convenedBy).when(when).where(where).span(span).build();
    }

    /**
     * The body whose seat the place is ({@code مقر رابطة المعلمين في جيبوتي}, {@code مقر الجمعية}: the body named in
     * full before by its head), or null when the venue is no seat or names no body.
     */
    private Party seatOwner(Place where) {
        if (where == null || where.venue() == null || where.span() == null) {
            return null;
        }
        int from = doc.tokenAt(where.span().start());
        int seat = from;
        while (seat < from + 2 && !seat(seat)) {
            seat++; // أمام مقر …
        }
        if (!seat(seat)) {
            return null;
        }
        Found<Organization> o = r.named(r.entities().organization(doc, seat + 1, r.limit(seat)));
        if (o == null || o.value().name() == null) {
            return null;
        }
        Organization body = r.antecedent(o.value());
        return body.name().strip().indexOf(' ') > 0 ? r.entities().actor(doc, body) : null;
    }

    /** {@code مقر}, {@code بمقر}: the seat of a body, not one possessed by a pronoun ({@code مقرها}). */
    private boolean seat(int k) {
        return doc.word(k) && doc.form(k).endsWith("مقر") && doc.form(k).length() <= 5;
    }

    /** The organs that are all of a body's members (folded): الهيئة العامة، الجمعية العمومية، الجمعية العامة. */
    private static final java.util.Set<String> MEMBERS_ASSEMBLIES = java.util.stream.Stream.of("الهيئة العامة",
            "الهيئة العمومية", "الجمعية العامة", "الجمعية العمومية").map(org.nashra.parser.internal.text.FoldedText::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Demonstratives that point back to a gathering already named: {@code هذا التجمع}, {@code تلك الندوة}. */
    private static final String[] DEMONSTRATIVES = {"هذا", "هذه", "ذلك", "تلك"};

    private Type mainType;
    /** Where the gatherings the text holds or announces stand, sorted: a date across one of them is not another's. */
    private int[] heldAt = new int[0];
    /** Where the past gatherings named in passing stand ({@code منذ اجتماعه السابق في أيلول}): a date after one is its. */
    private java.util.NavigableSet<Integer> pastAt = new java.util.TreeSet<>();

    /** Label words opening an announcement's practical lines: {@code الزمان: …}, {@code المكان: …}. */
    private static final String[] WHEN_LABELS = {"الزمان", "الزمن", "الموعد", "التاريخ", "الوقت", "التوقيت", "اليوم",
        "الساعه"};
    private static final String[] WHERE_LABELS = {"المكان", "العنوان", "الموقع"};

    /**
     * The place on a label line: the venue read right at the label (no preposition before it), completed by
     * the city the line names after it ({@code المكان: قاعة «…» – حي …، برمنغهام}).
     */
    private Place labelledPlace(int label, Gathering g) {
        int end = doc.lineEnd(label);
        Found<Place> at = r.entities().place(doc, label, end);
        if (at == null) {
            return placeIn(label, end, g, true);
        }
        Place v = at.value();
        Place city = v.city() != null ? null : placeIn(at.to(), end, g, true);
        if (city == null || city.city() == null) {
            return v;
        }
        Span span = new Span(v.span().start(), city.span().end());
        return city.toBuilder().venue(v.venue()).text(doc.text(span)).span(span).build();
    }

    /**
     * {@code بدعوة من اتحاد الطلبة، التأمت … ندوة}, {@code بمبادرة من …}, {@code بتنظيم من …}: the body that called
     * the gathering in its sentence holds it; null when none is named.
     */
    private Party calledBy(Gathering g) {
        int from = Math.max(doc.sentenceStart(g.at()), g.at() - Reading.WINDOW);
        int to = Math.min(r.limit(g.at()), g.end() + Reading.WINDOW);
        for (int k = from; k + 2 < to; k++) {
            if (doc.is(k, "بدعوه", "بمبادره", "بتنظيم") && doc.is(k + 1, "من")) {
                Found<Organization> o = r.named(r.entities().organization(doc, k + 2, r.limit(k + 2)));
                return o == null ? null : o.value();
            }
        }
        return null;
    }

    /**
     * {@code دعا المكتب التنفيذي للاتحاد … الى المشاركة في المسيرة}, {@code دعت الجمعية الى عقد لقائها}: the body
     * that calls for a gathering still to come, named after the call verb earlier in its sentence, holds it.
     */
    private Party caller(Gathering g) {
        for (int k = g.at() - 1; k >= doc.sentenceStart(g.at()); k--) {
            Lexicon.Hit call = doc.hit(k, Vocabulary.CALL);
            Lexicon.Hit declare = doc.hit(k, Vocabulary.DECLARE);
            if (declare != null && declare.isVerb() && doc.tok(k).hasStem("اعلن")) {
                call = declare; // أعلن التجمع … عن موكب آخر: who announces it holds it
            }
            if (call == null || !call.isVerb()) {
                continue;
            }
            int j = k + 1;
            while (j < g.at() && doc.punct(j)) {
                j++; // دعا، المكتب التنفيذي …
            }
            Found<Organization> o = j < g.at() ? r.named(r.entities().organization(doc, j, g.at())) : null;
            if (o != null && feminine(j) && !feminine(k)) {
                return null; // دعا الجاليات … الى المشاركة: a feminine noun after a masculine verb is who is called
            }
            if (o == null && call.person() == Word.Person.THIRD && r.subjectBefore(k) instanceof Organization s
                    && s.name() != null && !takenPartIn(g)) {
                return s; // فإن المكتب …: - يدعو العمال الى تجمع احتجاجي: the body the call's left-out subject is
            }
            if (o != null && o.value().name() != null && !r.entities().anaphoric(doc, j)) {
                return o.value(); // a body named in full; تدعو الرابطة … الى المشاركة في وقفة: a call, not its holder
            }
            Organization named = o == null || o.value().name() == null ? null : r.antecedent(o.value());
            if (named != null && named.name().strip().indexOf(' ') > 0 && !takenPartIn(g)) {
                return named; // وتدعو الجمعية أبناء الجالية الى حفل …: the body named in full before
            }
            return null; // ونهيب بأبناء الجالية المشاركة في الوقفة: who calls in the first person does not hold it
        }
        return null;
    }

    /** A feminine form: a verb marked ت ({@code دعت}, {@code تدعو}), a noun in ة or ات ({@code الجالية}, {@code الجاليات}). */
    private boolean feminine(int k) {
        if (!doc.word(k)) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        if (doc.verb(k)) {
            String f = doc.form(k);
            f = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
            return f.startsWith("ت") || f.endsWith("ت");
        }
        return stem.endsWith("ه") || stem.endsWith("ات");
    }

    /** {@code على هامش الملتقى}, {@code في ختام المؤتمر} before the gathering in its sentence. */
    private boolean onSidelines(Gathering g) {
        for (int k = Math.max(doc.sentenceStart(g.at()), g.at() - 8); k + 1 < g.at(); k++) {
            if (doc.word(k) && (doc.tok(k).hasStem("هامش") || doc.tok(k).hasStem("ختام")) && gatheringHit(k + 1) != null) {
                return true;
            }
        }
        return false;
    }

    /** The first token after a label line's colon ({@code المكان: قاعة …}), or -1 when the text has none. */
    private int label(String[] labels) {
        for (int k = r.layout().bodyFrom(); k + 2 < doc.size(); k++) {
            if (doc.lineStart(k) && doc.is(k, labels) && doc.punct(k + 1, ":")) {
                return k + 2;
            }
        }
        return -1;
    }

    /** The gathering phrase up to its adjectives and ordinal (the genitive body is left out). */
    private int spanEnd(Gathering g) {
        int k = g.at() + 1;
        while (k < g.end() && !hasLam(k) && !doc.punct(k)) {
            k++;
        }
        return k;
    }

    private String nameOf(Gathering g) {
        int end = g.end();
        for (int k = g.at() + 1; k < g.end(); k++) {
            NumberPhrase n = edition(k);
            if (n != null && n.endToken() == g.end()) {
                end = k; // الملتقى … في دورته الثالثة: the edition numbers the gathering, it does not name it
                break;
            }
        }
        Phrase p = doc.phrase(g.at(), conjAndPrep(g.at()), end);
        if (p == null) {
            return null;
        }
        String text = p.text();
        Lexicon.Hit h = gatheringHit(g.at());
        if (h != null && !h.suffix().isEmpty()) {
            return null; // مؤتمرها الحادي عشر: a possessed gathering is described, not named
        }
        return h != null && !h.definite() && h.suffix().isEmpty() && g.type() != Type.EVENT ? null : text;
    }

    private int conjAndPrep(int i) {
        var rd = doc.tok(i).reading();
        int n = 0;
        for (var a : rd.affixes()) {
            if (a.clitic().isConjunction() || a.clitic().isPreposition()) {
                n += a.clitic().letters().length();
            }
        }
        return n;
    }

    /** Who holds an announced gathering: the subject of its verb, else the one who decided or speaks. */
    private Party organizerOfAnnounced(Gathering g) {
        Found<Party> s = r.subjectAfter(g.verb());
        if (s != null) {
            return s.value();
        }
        Lexicon.Hit convene = meetingVerb(g.verb());
        if (decided(g.verb()) || convene != null && convene.word() == Vocabulary.CONVENE && g.verb() < g.at()
                && !inRelative(g.verb())) {
            return r.subjectBefore(g.verb()); // وأعلن المكتب أنه سيعقد مؤتمراً صحفياً: the body last named holds it
        }
        boolean relative = g.verb() > 0 && doc.has(g.verb() - 1, Vocabulary.RELATIVE);
        if (relative && !doc.has(g.verb(), Vocabulary.ORGANIZE) || !relative && !doc.has(g.verb(), Vocabulary.ORGANIZE)) {
            return null;
        }
        Lexicon.Hit v = meetingVerb(g.verb());
        if (v != null && v.shape() == Word.Shape.PRESENT && doc.form(g.verb()).length() > 3
                && (doc.form(g.verb()).endsWith("ه") || doc.form(g.verb()).endsWith("ها"))) {
            return r.issuer() != null ? r.issuer() : r.subjectBefore(g.verb());
        }
        // تعلن الجمعية أنها ستقيم حفلاً …، كما تنظم رحلة …، سننظم ندوة: an active verb still to come whose subject is
        // left out is said of the body the text speaks of (a passive يقام/تقام names no one; a host or a band holds
        // nothing)
        if (v != null && !relative && (v.shape() == Word.Shape.FUTURE || v.shape() == Word.Shape.PRESENT)
                && !passive(g.verb()) && !doc.hasAny(g.verb(), Vocabulary.HOST, Vocabulary.PERFORM)) {
            return r.subjectBefore(g.verb());
        }
        return null;
    }

    /**
     * {@code ترأس رئيس جمعية المهندسين الدكتور X الاجتماع}, {@code افتتح الأستاذ X رئيس الاتحاد أعمال الندوة}:
     * a gathering no body is said to hold is held by the body the role of the person who opens or chairs it
     * names.
     */
    private Party bodyOfTheChair(Gathering g) {
        int verb = g.verb() >= 0 ? g.verb() : doc.sentenceStart(g.at());
        if (verb >= g.at() || !doc.verb(verb)) {
            return null;
        }
        Found<Person> chair = r.persons().covering(verb + 1);
        if (chair == null || chair.from() != verb + 1) {
            return null;
        }
        for (int k = chair.from(); k < Math.min(chair.to(), g.at()); k++) {
            Found<Organization> o = r.entities().organization(doc, k, Math.min(chair.to(), g.at()));
            if (o != null && o.value().name() != null) {
                return o.value();
            }
        }
        return null;
    }

    /**
     * {@code مجلس الفرع}, {@code المجلس الوطني}, {@code مكتب الجمعية}: a body's head with one definite word that
     * names no place, people or plural of bodies ({@code اتحاد النقابات}), read as a name but naming an organ of
     * some body, not the body itself.
     */
    private boolean bareOrgan(Organization o) {
        int words = o.name() == null ? 0 : SPACES.split(o.name().strip()).length;
        if (words < 2 || words > 3 || o.span() == null || o.branch() != null || o.place() != null) {
            return false;
        }
        int head = doc.tokenAt(o.span().start());
        int word = head + 1;
        int last = doc.tokenAt(o.span().end() - 1);
        if (head < 0 || last != word && !(last == word + 1 && doc.tok(word).hasStem("فرع"))
                || !r.entities().organizationHead(doc, head) || !doc.word(word)
                || hasLam(last + 1) && r.entities().organizationHead(doc, last + 1)) {
            // الاتحاد العام لنقابات العمال: the body named right after it is whose organ it is
            return false;
        }
        var rd = doc.tok(word).reading();
        if (doc.tok(word).hasStem("فرع") && r.entities().placeName(doc, word + 1) != null) {
            return true; // مجلس فرع إربد: the council of a branch named by its town
        }
        return rd.definite() && !rd.hasPreposition() && r.entities().adjectiveCountry(doc, word) == null
                && r.entities().placeName(doc, word) == null && !doc.form(word).endsWith("ات");
    }

    /** How many bodies named before a gathering are looked at for the one its bare organ belongs to. */
    private static final int BODIES_BACK = 12;

    /** The last body named in full before token {@code at} (two words or more, not itself a bare organ), or null. */
    private Organization bodyNamedBefore(int at) {
        List<Found<Organization>> before = r.organizations().within(0, at);
        for (int n = before.size() - 1; n >= Math.max(0, before.size() - BODIES_BACK); n--) {
            Organization o = before.get(n).value();
            if (o.name() != null && o.name().strip().indexOf(' ') > 0 && !bareOrgan(o)) {
                return o;
            }
        }
        return null;
    }

    /** Words of mourning gatherings, which the family of the dead holds, not a body: تشييع، عزاء، فاتحة، قداس. */
    private static final java.util.Set<String> MOURNING = java.util.Set.of("تشييع", "عزاء", "فاتحة", "قداس", "دفن",
            "جنازة", "عزا").stream().map(org.nashra.parser.internal.text.FoldedText::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * True when the gathering {@code g} may be the text's own body's: not a mourning one, nobody takes part in it,
     * and the text has no sentence naming another body as its host.
     */
    private boolean ownGathering(Gathering g) {
        Lexicon.Hit h = gatheringHit(g.at());
        if (h != null && (h.word() == Vocabulary.FUNERAL_PRAYER || h.word() == Vocabulary.CONDOLENCE)) {
            return false;
        }
        for (int k = g.at(); k < Math.max(g.end(), g.at() + 2) && k < doc.size(); k++) {
            if (doc.word(k) && doc.tok(k).hasStemIn(MOURNING) || doc.hasAny(k, Vocabulary.CONDOLENCE,
                    Vocabulary.FUNERAL_PRAYER)) {
                return false; // تقبل التعازي، مجلس عزاء: the family's
            }
        }
        return !takenPartIn(g);
    }

    /** {@code يقام، تقام، ستقام}: the passive present of أقام, whose form differs from the active يقيم. */
    private boolean passive(int verb) {
        String form = doc.form(verb);
        return form.endsWith("قام") || form.endsWith("قامه") || form.endsWith("قامها");
    }

    private When whenOf(List<Gathering> mentions) {
        for (Gathering m : mentions) {
            if (m.status() != Status.REPORTED && m.status() != Status.ANNOUNCED) {
                continue;
            }
            int from = Math.max(doc.sentenceStart(m.at()), m.at() - Reading.WINDOW);
            int to = r.limit(m.at());
            // انعقد يومي السبت 24 والأحد 25 … المؤتمر: between the verb and the gathering, the first date starts it
            List<Found<When>> between = m.verb() >= 0 && m.verb() < m.at()
                    ? r.dateMentions().within(m.verb() + 1, m.at()) : List.of();
            Found<When> first = between.stream().filter(w -> isDay(w.value())).findFirst().orElse(null);
            When best = first == null ? null : first.value();
            int distance = first == null ? Integer.MAX_VALUE : -1;
            // تختتم احتفالات هذا العام برحلة … يوم الأحد 31 مارس: a day after it beats a year or month before it
            boolean day = false;
            // دعت النقابات، اليوم الأحد، إلى وقفة: the day between the call and what it calls to is the call's
            int call = m.status() == Status.ANNOUNCED && doc.is(m.at() - 1, "الي") ? callBefore(m.at() - 1) : -1;
            for (Found<When> w : r.dateMentions().within(from, to)) {
                // … الذي يتعرض لحرب متواصلة منذ السابع من أكتوبر: a date since which something lasts dates no sitting
                if (otherBetween(m, w.from()) || call >= 0 && w.from() > call && w.from() < m.at()
                        || m.status() == Status.ANNOUNCED && w.from() > m.at() && doc.has(w.from() - 1, Vocabulary.SINCE)) {
                    continue; // ويقام قداس … يوم السبت، وتُقبل التعازي … يوم الأحد: each its own date
                }
                boolean wDay = isDay(w.value());
                boolean closer = Math.abs(w.from() - m.at()) < distance;
                if (wDay && !day && distance >= 0 && (closer || w.from() > m.at()) || closer && (wDay || !day)) {
                    best = w.value();
                    distance = Math.abs(w.from() - m.at());
                    day = wDay;
                }
            }
            if (best == null) {
                int next = sequel(m);
                best = next < 0 ? null : dateIn(next, r.limit(next));
            }
            if (best != null) {
                return withSessionTime(best, m);
            }
        }
        return null;
    }

    /**
     * True when the date at token {@code k} is another gathering's: one held or announced lies between it and
     * {@code m}, or it follows another one and a comma closes that one's clause before {@code m}, or it follows
     * one gone by that is named after {@code m}.
     */
    private boolean otherBetween(Gathering m, int k) {
        int lo = Math.min(k, m.at());
        int hi = Math.max(k, m.at());
        int next = firstHeldAfter(lo);
        if (next < heldAt.length && heldAt[next] < hi) {
            return true; // one held strictly between the date and the gathering
        }
        Integer past = k > m.at() ? pastAt.lower(k) : null;
        if (past != null && past > m.at()) {
            return true; // واستهل الاجتماع …، منذ اجتماعه السابق في أيلول الماضي: the date of the one gone by
        }
        if (k < m.at() && heldAt.length > 0 && heldAt[0] < k) {
            // one held before the date, and the date set apart from the gathering after it by a comma
            for (int j = k; j < m.at(); j++) {
                if (doc.punct(j, "،,؛;")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index in {@link #heldAt} of the first gathering after token {@code k}. */
    private int firstHeldAfter(int k) {
        int lo = 0;
        int hi = heldAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (heldAt[mid] <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A date down to the day ({@code 2024-03-31}), not a month or year only. */
    private static boolean isDay(When w) {
        return w.start() != null && w.start().toString().length() >= 10;
    }

    private When dateIn(int from, int to) {
        List<Found<When>> in = r.dateMentions().within(from, to);
        return in.isEmpty() ? null : in.get(0).value();
    }

    /** A date without a time takes the time of the session stated apart ({@code افتتح الاجتماع في الساعة العاشرة}). */
    private When withSessionTime(When w, Gathering m) {
        if (w.time() != null || w.start() == null) {
            return w;
        }
        int after = doc.tokenAt(w.span().end());
        for (Found<When> t : r.dateMentions().within(after, Math.min(doc.size(), after + 4 * Reading.WINDOW))) {
            When v = t.value();
            if (v.time() != null && v.start() != null && v.start().equals(w.start())) {
                return w.toBuilder().time(v.time()).place(null).build();
            }
        }
        return w;
    }

    private Place whereOf(List<Gathering> mentions, Party organizer) {
        for (Gathering m : mentions) {
            if (m.status() != Status.REPORTED && m.status() != Status.ANNOUNCED && !convenedHere(m)) {
                continue;
            }
            int from = m.verb() >= 0 && m.verb() < m.at() ? m.verb() : clauseVerb(m);
            Place p = hallThatSaw(m);
            p = p != null ? p : placeIn(from, windowEnd(m), m);
            if (p == null) {
                int next = sequel(m);
                p = next < 0 ? null : placeIn(next, r.limit(next), m);
            }
            if (p != null) {
                return p;
            }
        }
        for (Gathering m : mentions) {
            // الملتقى الثالث لرابطة الشباب في مدريد: the city closing the gathering's own phrase, when nothing else
            // says where it sat, is where (a country there is the body's field: للاتحاد العام … في العراق)
            if ((m.status() == Status.REPORTED || m.status() == Status.ANNOUNCED) && m.organizer() instanceof Organization o
                    && o.place() != null && o.place().city() != null && o.span() != null
                    && doc.tokenAt(o.span().end() - 1) < m.end() && doc.tokenAt(o.span().start()) >= m.at()) {
                return o.place();
            }
        }
        return null;
    }

    /**
     * Where to look for the place of a gathering no meeting verb before it holds: from the verb opening its sentence
     * when the gathering is that verb's object ({@code ترأس رئيس الاتحاد، صباح أمس بمدينة …، اجتماع المجلس}),
     * else from the gathering itself. A place inside the chair's role ({@code رئيس فرع النقابة في البصرة}) is the
     * person's, not the gathering's.
     */
    private int clauseVerb(Gathering m) {
        int start = doc.sentenceStart(m.at());
        Lexicon.Hit noun = gatheringHit(m.at());
        boolean object = noun != null && noun.preposition().isEmpty() && !doc.is(m.at() - 1, LOCATIVES);
        boolean past = doc.hits(start).stream().anyMatch(h -> h.isVerb() && h.shape() == Word.Shape.PAST);
        return object && past && start < m.at() && !verbBetween(start + 1, m.at()) ? start : m.at();
    }

    /** A place before a gathering no meeting verb before it holds, inside the role of who chairs it. */
    private boolean chairsPlace(Found<Place> p, Gathering m) {
        return p.from() < m.at() && (m.verb() < 0 || m.verb() > m.at()) && r.persons().covering(p.from()) != null;
    }

    /**
     * {@code شهدت قاعة … انعقاد المؤتمر}, {@code احتضن مقر الرابطة … اجتماعاً}: the venue that is the subject of
     * the verb that saw or hosted the gathering is its place.
     */
    private Place hallThatSaw(Gathering m) {
        Lexicon.Hit v = m.verb() >= 0 && m.verb() < m.at() ? meetingVerb(m.verb()) : null;
        if (v == null || v.word() != Vocabulary.TOOK_PLACE && !doc.has(m.verb(), Vocabulary.HOST)) {
            return null;
        }
        Found<Place> p = r.entities().place(doc, m.verb() + 1, m.at());
        return p != null && p.value().venue() != null ? p.value() : null;
    }

    private Place placeIn(int from, int to, Gathering m) {
        return placeIn(from, to, m, false);
    }

    /** {@code labelled}: the span is a label line ({@code المكان: …}), where any place is the gathering's. */
    private Place placeIn(int from, int to, Gathering m, boolean labelled) {
        for (Found<Place> p : r.places().within(from, to)) {
            // المنعقد في غوتنبرغ: a place after the gathering verb is the gathering's, whatever the name reader took
            // التي ستنظمها الرابطة أمام …: the same after the verb and its subject
            // الندوة التي نظمها اتحاد النساء في عدن: the place closing the name of who holds it, in the clause after it
            // نظمته جمعية حماة العربية: a city in the name of the body right after the verb is no place
            Found<Organization> named = r.organizations().covering(p.from());
            boolean sat = doc.hasAny(p.from() - 1, Vocabulary.CONVENE, Vocabulary.ORGANIZE)
                    || doc.hasAny(p.from() - 2, Vocabulary.CONVENE, Vocabulary.ORGANIZE)
                    && !(named != null && named.from() == p.from() - 1) || inHostClause(p.from(), m)
                    || p.from() > m.end() && r.inOrganization(p.from()) && (bi(p.from()) || doc.is(p.from() - 1, LOCATIVES))
                    && p.value().city() != null && subjectOfVerbEndsAt(p.from() - 1); // a country is the body's field
            boolean venue = venueBody(p.from(), m);
            boolean inName = p.from() < m.end() && p.from() >= m.at() || r.inOrganization(p.from()) && !sat && !venue
                    || isDateline(p) || doc.quoted(p.from()) || chairsPlace(p, m)
                    || r.dateMentions().covering(p.from()) != null; // في آب المقبل: a month, not the town it spells
            if (!inName && (sat || venue || labelled || explicit(p) || where(p.from(), m, 0))) {
                return withClosingCity(p);
            }
        }
        return null;
    }

    /**
     * {@code بالمركز الثقافي بمدينة وهران}, {@code في نادي «…» بحي … في ساو باولو}: a place read into the name of a
     * body that is itself where the gathering sits (a locative on the body, hanging on the gathering's clause) is
     * the gathering's place.
     */
    private boolean venueBody(int k, Gathering m) {
        Found<Organization> host = r.organizations().covering(k);
        if (host == null || host.from() > k || host.from() >= m.at() && host.from() < m.end()) {
            return false;
        }
        boolean locative = bi(host.from()) || doc.is(host.from() - 1, LOCATIVES);
        return locative && where(host.from(), m, 0);
    }

    /**
     * The relative clause right after the gathering whose verb hosts it ({@code المؤتمر، الذي احتضنته قاعة البلدية
     * بمدينة ليون}, {@code الندوة التي استضافها أحد فنادق … بالإسكندرية}), or -1: what it names is the venue.
     */
    private int hostClause(Gathering m) {
        int rel = doc.punct(m.end(), "،,") ? m.end() + 1 : m.end();
        return doc.has(rel, Vocabulary.RELATIVE) && doc.has(rel + 1, Vocabulary.HOST) ? rel + 1 : -1;
    }

    /** A place at {@code k} inside the gathering's hosting clause, with no other verb before it there. */
    private boolean inHostClause(int k, Gathering m) {
        int host = hostClause(m);
        return host >= 0 && k > host && k - host <= MAX_HOST && k <= r.limit(host) && !verbBetween(host + 1, k);
    }

    /** How far a hosting clause reaches: a venue with its district and city ({@code قاعة … في حي … بمدينة …}). */
    private static final int MAX_HOST = 14;

    /** Words that name a settlement: {@code بمدينة ليون}, {@code في العاصمة}, {@code بلدة …}. */
    private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("مدينه", "بلده", "قريه", "عاصمه",
            "العاصمه");

    /**
     * A place named by a place noun — a venue ({@code قاعة …}, {@code مقر …}) or a settlement ({@code مدينة X}) —
     * says where something happens, not what is spoken of: {@code ندوة حول الهجرة بمدينة ليون}.
     */
    private boolean explicit(Found<Place> p) {
        return p.value().venue() != null || doc.word(p.from()) && doc.tok(p.from()).hasStemIn(SETTLEMENTS);
    }

    /** Prepositions of place: {@code في}, {@code على}, {@code أمام}, {@code داخل}, {@code وسط}, {@code قرب}, {@code عند}. */
    private static final String[] LOCATIVES = {"في", "علي", "امام", "داخل", "وسط", "قرب", "قباله", "بجوار", "عند"};

    /**
     * True when the place {@code p} says where the gathering {@code m} sat: a locative (a preposition of place,
     * or ب) that hangs on the clause of the gathering — the clause's start, its verb, the gathering phrase, its
     * subject, a date, or another place that does — or a place that is itself the subject or object of the
     * verb ({@code احتضنت مدينة برلين ندوة}). A place that hangs on any other noun is that noun's: a topic
     * ({@code لمناقشة الأوضاع في سوريا}), an addressee ({@code التحية الى المقاومة في لبنان}), a nationality
     * ({@code سفراء الجزائر في أوروبا}), a visit ({@code زيارة الوفد الى القاهرة}).
     */
    private boolean where(int k, Gathering m, int depth) {
        boolean locative = bi(k);
        int head = k - 1;
        if (!locative && doc.is(head, LOCATIVES)) {
            locative = true;
            head--;
        }
        if (!locative && doc.punct(head, "–-—،,") && head >= 2) {
            // في أدالايد – جنوب أستراليا: a place in apposition to the word a locative sets before it
            int j = head - 1;
            locative = bi(j) || doc.is(j - 1, LOCATIVES);
            head = bi(j) ? j - 1 : j - 2;
        }
        while (head >= 0 && doc.punct(head, "،,–-—»”\")")) {
            if (doc.punct(head, "»”\")")) {
                int open = head - 1; // بفضاء «…» بمدينة …: a name in quotes is stepped over whole
                while (open > Math.max(0, head - 12) && !doc.punct(open, "«“\"(")) {
                    open--;
                }
                head = open;
            }
            head--;
        }
        if (head < 0 || head < doc.sentenceStart(k) || doc.lineStart(head + 1) && head + 1 < k) {
            return locative; // وفي بغداد، عقد …: a place opening the clause sets it
        }
        if (head == m.verb() || meetingVerb(head) != null || doc.has(head, Vocabulary.MEET)) {
            return true; // عقد في بغداد …، احتضنت مدينة برلين …
        }
        if (locative && (verbal(head) || doc.word(head) && doc.tok(head).reading().hasPreposition()
                && verbal(head - 1))) {
            return true; // موكب سيخرج للشوارع في الخرطوم: a locative on the verb that describes the gathering
        }
        if (!locative) {
            return false; // لجنة التضامن مع فلسطين، حول سوريا، سفراء الجزائر: a place no locative sets
        }
        // the body's own place is not where it met (فرع الحزب في ألمانيا، الجالية العراقية في مالمو), unless the
        // body is the subject of the verb that holds the gathering named before it (الذي تقيمه الرابطة في سدني)
        if (k > m.end() && subjectOfVerbEndsAt(head)) {
            return true;
        }
        if (head >= m.at() && head < m.end() || adjectivesOf(m, head) || r.dateMentions().covering(head) != null
                || doc.is(head, TIME_WORDS) || doc.has(head, Vocabulary.FUTURE) || r.persons().covering(head) != null) {
            return true;
        }
        // في قاعة …، في مدينة …؛ في مقره ببغداد: a locative after another one that says where
        Found<Place> before = r.places().covering(head);
        int at = before != null ? before.from() : bi(head) || doc.is(head - 1, LOCATIVES) ? head : -1;
        return at >= 0 && depth < 3 && where(at, m, depth + 1);
    }

    /** A word carrying the preposition ب ({@code ببغداد}, {@code بمدينة}). */
    private boolean bi(int k) {
        return doc.word(k) && doc.tok(k).reading().affixes().stream().anyMatch(a -> a.clitic().letters().equals("ب"));
    }

    /** A verb at {@code k}: one the lexicon knows, or a future form ({@code سيخرج}, {@code ستنطلق}). */
    private boolean verbal(int k) {
        if (!doc.word(k)) {
            return false;
        }
        String f = doc.form(k);
        return doc.verb(k) || f.length() >= 5
                && (f.startsWith("سي") || f.startsWith("ست") || f.startsWith("سن"));
    }

    /** A body's mention right after a meeting verb ends at {@code head}: {@code تقيمه الرابطة}. */
    private boolean subjectOfVerbEndsAt(int head) {
        for (int j = head; j >= Math.max(1, head - 8); j--) {
            if (meetingVerb(j - 1) != null) {
                // الرابطة في سدني: the tagger may read the place into the body's mention
                Found<Organization> o = r.entities().organization(doc, j, doc.size());
                return o != null && o.to() >= head + 1;
            }
        }
        return false;
    }

    /** Words of time a locative may follow when no date was read: {@code مساء الأربعاء في مقره}, {@code وذلك في}. */
    private static final String[] TIME_WORDS = {"وذلك", "ذلك", "مسا", "صباح", "ظهر", "عصر", "امس", "اليوم", "غدا",
        "الماضي", "الماضيه", "السبت", "الاحد", "الاثنين", "الثلاثا", "الاربعا", "الخميس", "الجمعه"};

    /** {@code المؤتمر السنوي للجمعية الطبية العربية في …}: definite words that go on the gathering's phrase up to {@code head}. */
    private boolean adjectivesOf(Gathering m, int head) {
        if (head < m.end() || head > m.end() + 4) {
            return false;
        }
        for (int k = m.end(); k <= head; k++) {
            if (!doc.word(k) || !doc.tok(k).reading().definite() || doc.tok(k).reading().hasPreposition()
                    || doc.tok(k).reading().affixes().stream().anyMatch(a -> a.clitic().isConjunction())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A venue without a city, completed by the city that closes its address: {@code في قاعة …، شارع … رقم ٤،
     * مدريد.} (a known city after a comma, ending the sentence or clause).
     */
    private Place withClosingCity(Found<Place> p) {
        Place v = p.value();
        if (v.city() != null || v.country() != null || v.venue() == null) {
            return v;
        }
        int limit = Math.min(r.limit(p.from()), p.to() + 12);
        // في نادي «…» بحي … في ساو باولو: the venue, its district, then its city, each with its locative
        int last = p.to();
        for (Found<Place> q : r.places().within(p.to(), limit)) {
            int gap = q.from() - last;
            // في العاصمة الألمانية "برلين": a city in quotes after the place that says what it is; صالة الأندلس
            // أنتويرب: a known city right after the venue, with no preposition
            boolean quoted = gap == 1 && doc.punct(last, "\"«“") && q.value().city() != null;
            boolean bare = gap == 0 && q.value().city() != null && doc.word(q.from())
                    && !doc.tok(q.from()).reading().hasPreposition() && q.from() == p.to();
            // في الحي الرابع من العاصمة النمساوية فيينا، في القاعة الكبيرة …، في ستوكهولم: "of" the city, or a comma
            // before the next locative
            boolean comma = gap == 2 && doc.punct(last, "،,") && doc.is(last + 1, "في");
            if (gap > 1 && !comma || gap == 1 && !doc.is(last, "في", "من") && !quoted
                    || gap == 0 && !bi(q.from()) && !bare) {
                break;
            }
            if (q.value().city() != null) {
                Span span = new Span(v.span().start(), q.value().span().end());
                return q.value().toBuilder().venue(v.venue()).text(doc.text(span)).span(span).build();
            }
            last = q.to();
        }
        for (int j = p.to(); j < limit; j++) {
            if (!doc.punct(j, "،,")) {
                continue;
            }
            // …، مدريد. / …، في ستوكهولم، وذلك …: the city alone or with its locative
            Found<Place> c = r.entities().placeName(doc, doc.is(j + 1, "في") ? j + 2 : j + 1);
            if (c != null && c.value().city() != null
                    && (c.to() >= r.limit(p.from()) || doc.punct(c.to(), ".،,؛;") || doc.isSentenceEnd(c.to()))) {
                Place city = c.value();
                Span span = new Span(v.span().start(), city.span().end());
                return city.toBuilder().venue(v.venue()).text(doc.text(span)).span(span).build();
            }
        }
        return v;
    }

    /**
     * The sentence that goes on about the gathering when its own gives no date or place:
     * {@code وذلك يوم الجمعة … على قاعة …}, within the next three sentences; -1 when none.
     */
    private int sequel(Gathering m) {
        int k = r.limit(m.at()) + 1;
        for (int n = 0; n < 3 && k < doc.size(); n++) {
            int start = k;
            while (start < k + 3 && doc.punct(start) && !doc.lineStart(start)) {
                start++; // …: حق أم ترف؟"، وذلك في …: a sentence cut inside a quoted title goes on after it
            }
            if (doc.is(start, "وذلك", "ذلك") || doc.is(start, "الموعد", "والموعد", "الزمان", "المكان")) {
                return start;
            }
            k = r.limit(start) + 1;
        }
        return -1;
    }

    /**
     * Where the gathering's clause ends: at a comma, unless what follows still says when or where
     * ({@code ، في الساعة الثامنة، على قاعة …}, {@code ، وذلك في …}); else at the sentence end.
     */
    private int windowEnd(Gathering m) {
        int end = r.limit(m.at());
        for (int k = m.end(); k < end; k++) {
            // المؤتمر …، الذي نظمته جمعية … في الرباط: a comma opening the clause that describes it does not end it
            if (doc.punct(k, "،,؛;") && !goesOn(k + 1) && !(k == m.end() && hostClause(m) >= 0)
                    && !(doc.punct(k, "،,") && k == relativeVerb(m) - 2)) {
                return k;
            }
        }
        return end;
    }

    /** A token that carries on the when and where of a gathering after a comma. */
    private boolean goesOn(int k) {
        if (!doc.word(k)) {
            return doc.tok(k).isNumber() || doc.tok(k).kind() == org.nashra.parser.internal.text.Token.Kind.NUMBER_GROUP;
        }
        Lexicon.Hit held = meetingVerb(k);
        if (held != null && held.shape() == Word.Shape.PAST && held.conj() == 0) {
            return true; // اجتماعاً موسعاً، عقد بمقر الاتحاد في …: the clause describing it goes on
        }
        if (circumstance(k) || heldByClause(k) != null) {
            return true; // …، تحت شعار «…»، الذي نظمه في …: a slogan or a chair set apart, or the clause that holds it
        }
        return doc.is(k, "في", "علي", "امام", "وذلك", "يوم", "يومي", "الساعه", "مسا", "صباح", "ابتدا", "ابتداا",
                "عند", "اعتبارا", "من", "خلال") || bi(k) && r.places().covering(k) != null;
    }

    /** {@code الذي عقد، التي نظمها}: the verb of holding of a relative clause opening at {@code k}, or null. */
    private Lexicon.Hit heldByClause(int k) {
        return doc.has(k, Vocabulary.RELATIVE) ? meetingVerb(k + 1) : null;
    }

    /** Stems (folded) of the nouns of accompaniment a gathering is held with: بحضور، بمشاركة، برئاسة، بإشراف، برعاية. */
    private static final java.util.Set<String> ACCOMPANIMENT = StemSet.of("حضور", "مشاركه", "رياسه", "اشراف",
            "رعايه");

    /**
     * Token {@code k} opens a circumstance of the gathering set apart by commas — a slogan or patronage ({@code تحت
     * شعار}, {@code تحت رعاية}) or who chairs or attends it ({@code برئاسة}, {@code بحضور}, {@code بمشاركة}) — after
     * which its clause still says where it sits ({@code عقد الاتحاد مؤتمره، تحت شعار «…»، في مدينة …}).
     */
    private boolean circumstance(int k) {
        return doc.is(k, "تحت") || bi(k) && doc.tok(k).hasStemIn(ACCOMPANIMENT);
    }

    private boolean isDateline(Found<Place> p) {
        // لندن –، باريس (خاص) –، أوتاوا، ٧ يونيو: a line opening with the city and its mark or date
        return doc.lineStart(p.from()) && p.to() < doc.size() && (doc.punct(p.to(), "–-—:/(")
                || doc.punct(p.to(), "،,") && r.dateMentions().covering(p.to() + 1) != null);
    }

    /** المنعقد في غوتنبرغ: a later mention that says where the gathering sat. */
    private boolean convenedHere(Gathering m) {
        // المؤتمر التاسع للمنبر التقدمي المنعقد: past a body's name the reader did not take
        for (int k = m.end(); k < Math.min(r.limit(m.at()), m.end() + 4) && doc.word(k); k++) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.CONVENE);
            if (h != null && (k <= m.end() + 1 || h.shape() == Word.Shape.PARTICIPLE && h.definite())) {
                return true;
            }
        }
        return false;
    }

}
