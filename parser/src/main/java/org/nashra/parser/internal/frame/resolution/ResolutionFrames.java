package org.nashra.parser.internal.frame.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.nashra.model.Party;
import org.nashra.model.Resolution;
import org.nashra.model.Resolution.Kind;
import org.nashra.parser.internal.frame.ActList;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.acknowledgement.AcknowledgementFrames;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.frame.Word.Shape;
import org.nashra.parser.internal.text.Clitic;

/**
 * Reads the acts of a report or statement: one {@link Resolution} per clause
 * with its own act verb, its kind named by the verb family.
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>act verb</b> in any person, tense or as participle: {@code طالب المؤتمر بـ…},
 *       {@code نطالب}, {@code وطالبوا}, {@code يدين}, {@code مؤكدين}, {@code متعهداً}; the act
 *       runs to the end of its clause (a comma not followed by و, a new act, كما/ثم, the sentence end);</li>
 *   <li><b>one act, several verbs</b>: {@code يشجب ويستنكر}, and a resumed verb ({@code دعا … دعاها الى}) are one;</li>
 *   <li><b>a decision list</b>: {@code قرر تشكيل لجنة، واصدار نشرة، وتنظيم حملة} is one decision per item;</li>
 *   <li><b>verbal nouns</b> are acts where the text makes them so: list items ({@code - دعوة …}),
 *       after {@code تمت}/{@code جرى} ({@code تمت المصادقة}), after a carrier ({@code أعلن دعمه},
 *       {@code نتوجه بالدعوة}); elsewhere ({@code للمطالبة}, {@code ومطالبتهم}) they are not;</li>
 *   <li><b>carriers take the kind of their object</b>: {@code أكد العزم}/{@code استعدادنا} is a pledge,
 *       {@code أكد تضامنه}/{@code أعلن دعمهم} support, {@code أكد أن … ستبقى}/{@code لن} a pledge, also past an aside
 *       ({@code أكد المكتب في بيانه وقوفه إلى جانب …}) or after على ({@code شدد البيان على تضامن …});</li>
 *   <li><b>a verbal noun of purpose</b> in the accusative after a deed: {@code وقفةً دعماً لـ…، واستنكاراً لـ…},
 *       {@code تنديداً بـ}, {@code تضامناً مع};</li>
 *   <li><b>first person plural future</b> ({@code سنعمل}, {@code سنتابع}) is a pledge; {@code آملين منهم أن} a call;
 *       {@code حمّل … المسؤولية} a condemnation; {@code يستدعي ضرورة …} an emphasis;</li>
 *   <li><b>kinds by verb</b>: {@code اعتمد} an approval ({@code يعتمد على} none), {@code رحّب بـ} a step support
 *       (welcoming guests, participants or a person none), {@code حذّر من} other; in a list item a verb of its own
 *       after {@code كما}/{@code ، و} is an act of its own, and a position item headed by {@code ثمّن} praise;
 *       {@code بتوصيات أبرزها …} lists items without a colon; a finite verb after a decision list ends its items;</li>
 *   <li><b>reported speech</b>: {@code وأضاف X أن …}, {@code لافتاً إلى أن …}, {@code وقال: «إننا …»} is an emphasis,
 *       unless what it tells is an event (dated, in the perfect {@code قد اجتمعت}, a gathering held); a verb
 *       after {@code أن} and its subject belongs to the affirmation ({@code أكد أن الحزب يتبنى …} is one);</li>
 *   <li><b>decisions named</b>: {@code اتخذ قراراً/قرارها بـ…}, {@code تم اتخاذ قرار}, an item {@code قرار بتشكيل …};
 *       {@code تم تشكيل لجنة … وتعيين …} is one decision per body formed or post filled; a numbered paragraph
 *       that names no act at its head is read sentence by sentence ({@code …، وتقرّر متابعة …});</li>
 *   <li><b>judged a wrong</b>: {@code اعتبرت النقابة القرار انتهاكاً}, {@code معتبراً … خرقاً} is a condemnation
 *       (one with a condemnation of the same object taken up by its pronoun: {@code تدين … وتعتبره اعتداءً});</li>
 *   <li><b>pledges</b> also: a body's future after its pronoun ({@code وهي ستواصل}), what we owe ({@code علينا أن نواصل});</li>
 *   <li><b>not acts</b>: a word inside a person's name or right after a title ({@code السيدة دانة}), a prayer
 *       ({@code داعياً المولى}), a possessed year ({@code سنتهم}); verbs inside a relative clause ({@code الذين خرجوا …}), invitations to attend
 *       ({@code تدعو … الى حضور الاحتفال}, but a call to join a protest is a call), a greeting to the
 *       gathering ({@code حيّا … المؤتمر}), headline and signature lines; welcoming people after an adverb
 *       ({@code رحّب بدايةً بالمندوبين}); {@code مطالب العمال} (a noun in construct); a clause announcing the
 *       items that follow ({@code …، كما يلي:}); praise or emphasis whose object is the dead (the obituary's);
 *       an invitation to take a turn in the proceedings ({@code دعا X لإلقاء كلمة}, {@code الى الوقوف دقيقة صمت});
 *       speech that tells the gathering or a figure ({@code إن الاجتماع ناقش …}, {@code أن عدد المنتسبين تجاوز …},
 *       {@code تشير الإحصاءات إلى أن …}); a participle without a circumstantial ending ({@code مطالب العمال},
 *       {@code موكب مهيب}); a first name before its lineage ({@code طالب بن سيف}); a future of ours spoken to someone
 *       ({@code سنفتقدك});</li>
 *   <li><b>the speaker's own body told to act</b> ({@code قال المتحدث إن الحزب سيقدم …}, {@code أعلنت أن الجمعية
 *       ستطلق …}) is a pledge, unless what it will do is a gathering or it only remains ({@code ستبقى});
 *       {@code أثنى على التضامن} (not on effort spent) is praise;</li>
 *   <li><b>more list shapes</b>: items numbered by letters ({@code أ- ب- ج-}); a statement approved as the intro
 *       ({@code أقرّ المؤتمرون البيان الختامي الذي تضمّن:}) is one approval and its items each the act they name;
 *       an undertaking joined to what a demand asks for ({@code مطالبة الحكومة بـA واعتماد B}) is part of it.</li>
 * </ul>
 */
public final class ResolutionFrames {
    private static final int MAX_ACT = 90;
    private static final Set<String> FUTURE_NOUNS = Set.of("سنه", "سنوات", "سنوي", "سنويه", "سنويا", "سنتين",
            "سنتان", "سنين", "سنابل", "سندات", "سنجار", "سنغافوره", "سنته", "سنتها", "سنتهم", "سنتكم", "سنتنا");

    /** After a comma these open a new (adverbial) clause rather than continue the act: وبعد، وفي. */
    private static final Set<String> SUBORDINATE = Set.of("وبعد", "وقبل", "وفي", "وعند", "وخلال", "واثر", "وعقب",
            "ولدي", "وحين", "وعندما", "وذلك", "وبهذه", "وبهذا");

    private final Reading r;
    private final Doc doc;
    private final boolean[] taken;
    /**
     * What {@link #doneCue} found at each token it was asked about: it asks {@link #cueAt} about every token of its
     * reach, which asks it again about a later تم/جرى, so a run of them would be read again and again.
     */
    private final java.util.Map<Integer, java.util.Optional<Cue>> done = new java.util.HashMap<>();
    /** How many {@link #cueAt} calls are open, each asking about a later cue in the reach of the one before. */
    private int cueDepth;
    /** The longest chain of cues, each in the reach of the one before, that is read. */
    private static final int CUE_CHAIN = 6;

    /** An act found at token {@code at}. */
    private record Cue(int at, Kind kind, Lexicon.Hit hit, int object) {
        Cue(int at, Kind kind, Lexicon.Hit hit) {
            this(at, kind, hit, -1);
        }
    }

    private ResolutionFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
        this.taken = new boolean[doc.size()];
    }

    /** The resolutions of the text, in text order. */
    public static List<Resolution> read(Reading r) {
        return new ResolutionFrames(r).readAll();
    }

    private List<Resolution> readAll() {
        List<Resolution> out = new ArrayList<>();
        for (ActList list : ActList.find(doc, r.layout())) {
            readList(list, out);
        }
        int i = r.layout().bodyFrom();
        int end = r.layout().bodyTo();
        Cue previous = null;
        int previousEnd = -1;
        while (i < end) {
            Cue c = taken[i] ? null : cueAt(i, false);
            if (c == null || (previous != null && i < previousEnd && !startsNewAct(previous, c))) {
                i++;
                continue;
            }
            int actEnd = extent(c);
            if (actEnd <= c.at() + 1 && isIntro(c) || announcesItems(actEnd) || saysOnlyAnAct(c, actEnd)
                    || saysNothing(c, actEnd)) {
                i++;
                continue;
            }
            emit(c, actEnd, out);
            // إدانة الاعتداء، ودعوة النقابات إلى …: verbal nouns joined after an act named by its verbal noun are each
            // the act they name
            while (namedByNoun(c) && doc.punct(actEnd, "،,") && joinedNoun(actEnd + 1) != null) {
                c = joinedNoun(actEnd + 1);
                actEnd = extent(c);
                emit(c, actEnd, out);
            }
            previous = c;
            previousEnd = actEnd;
            i = Math.max(i, c.at()) + 1;
        }
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    // ---- lists ----

    private void readList(ActList list, List<Resolution> out) {
        if (list.agenda(doc)) {
            for (int[] item : list.items()) {
                java.util.Arrays.fill(taken, item[0], item[1], true); // 3. المصادقة على …: a topic on the agenda
            }
            return;
        }
        Cue introVerb = null;
        Kind fallback = null;
        boolean declared = false;
        for (int k = list.introFrom(); k < list.introTo(); k++) {
            declared |= doc.hit(k, Vocabulary.DECLARE) != null && doc.hit(k, Vocabulary.DECLARE).isVerb();
            Cue c = cueAt(k, false);
            // a sentence closed by its full stop is an act of its own, not the head of the items after it
            if (c != null && c.hit() != null && c.hit().isVerb() && extent(c) >= list.introTo() - 1
                    && !doc.punct(list.introTo(), ".!?؟")) {
                introVerb = c;
            }
            if (doc.has(k, Vocabulary.RECOMMEND)) {
                fallback = Kind.RECOMMENDATION;
            } else if (doc.hasAny(k, Vocabulary.DECISIONS, Vocabulary.DECIDE)) {
                fallback = Kind.DECISION;
            } else if (doc.has(k, Vocabulary.DEMANDS)) {
                fallback = Kind.DEMAND;
            }
        }
        Party actor = introActor(list, introVerb);
        if (introVerb != null) {
            taken[introVerb.at()] = true;
        }
        // أقرّ المؤتمرون البيان الختامي الذي تضمّن: 1- المطالبة … 2- رفض …: the statement approved is one act, and its
        // items are what it says, each the act it names
        boolean contents = introVerb != null && introVerb.kind() == Kind.APPROVAL
                && approvesDocument(introVerb.at(), list.introTo());
        if (contents) {
            int to = documentEnd(introVerb.at(), list.introTo());
            int skip = doc.conjunction(introVerb.at());
            Phrase p = doc.phrase(introVerb.at(), skip, to);
            if (p != null) {
                out.add(Resolution.builder(Kind.APPROVAL).actor(actor).text(p.text()).span(p.span()).build());
            }
        }
        for (int[] item : list.items()) {
            for (int[] part : split(item, list.bulleted())) {
                int head = part[0];
                Cue c = cueAt(head, true);
                if (c == null && (introVerb == null && verbAt(head, Vocabulary.APPRECIATE) || valuesNoun(head))) {
                    c = new Cue(head, Kind.PRAISE, doc.hit(head, Vocabulary.APPRECIATE)); // ثالثاً: تثمّن مبادرة …
                }
                // أوصى المؤتمر بما يلي: … ثانياً: مطالبة الوزارة بـ…: an item headed by its own verbal noun is that act
                if (c == null && masdarKind(head) != null && doc.hits(head).stream().anyMatch(h -> !h.suffix().isEmpty())
                        && !isInvitation(head, part[1])) {
                    c = new Cue(head, masdarKind(head), null); // أولاً: رفضها التام لـ…: its own verbal noun, possessed
                }
                boolean ownNoun = c != null && c.at() == head && masdarKind(head) == c.kind() && introVerb != null
                        && (introVerb.kind() == Kind.RECOMMENDATION || introVerb.kind() == Kind.DECISION)
                        && (c.kind() == Kind.DEMAND || c.kind() == Kind.CALL || c.kind() == Kind.CONDEMNATION);
                // أكد الاجتماع ما يلي: - رفض التعديل - نطالب بـ…: a carrier's items are each the act they name
                boolean carried = c != null && c.at() == head && introVerb != null && introVerb.hit() != null
                        && (introVerb.hit().word() == Vocabulary.EMPHASISE || introVerb.hit().word() == Vocabulary.DECLARE)
                        && c.kind() != Kind.OTHER;
                Kind kind = contents ? (c != null && c.at() == head && c.kind() != Kind.OTHER ? c.kind() : null)
                        : introVerb != null && !ownNoun && !carried ? introVerb.kind() : c != null ? c.kind()
                        : fallback == null && declared && undertaking(head) ? Kind.DECISION : fallback;
                if (kind == null) {
                    continue; // ثانياً: عرض الرئيس …، وتقرّر …: an item that names no act is read as sentences
                }
                for (int k = part[0]; k < part[1]; k++) {
                    taken[k] = true;
                }
                int skip = doc.conjunction(head);
                Phrase p = doc.phrase(head, skip, part[1]);
                if (p != null) {
                    // مطالبة الحكومة بـ…: the item's own demand or call names whom it addresses
                    Party to = c != null && c.kind() == kind ? addressee(kind, head, part[1]) : null;
                    out.add(Resolution.builder(kind).actor(actor).addressee(to).text(p.text()).span(p.span()).build());
                }
            }
        }
    }

    /** The approving verb at {@code verb} takes a statement or document as its object before {@code to}. */
    private boolean approvesDocument(int verb, int to) {
        for (int k = verb + 1; k < to && k < verb + 8; k++) {
            if (doc.has(k, Vocabulary.STATEMENT)) {
                return true;
            }
        }
        return false;
    }

    /** Where the approval of a document ends: before the relative clause that announces its items, else {@code to}. */
    private int documentEnd(int verb, int to) {
        for (int k = verb + 1; k < to; k++) {
            if (doc.has(k, Vocabulary.RELATIVE) || doc.punct(k, ":،,")) {
                return k;
            }
        }
        return to;
    }

    /** {@code …، وتثمّن …} in an item: a finite act verb joined by و opens a clause of its own. */
    private boolean ownVerb(int i) {
        Cue c = cueAt(i, false);
        Lexicon.Hit h = c != null && c.hit() != null ? c.hit() : doc.hit(i, Vocabulary.APPRECIATE);
        return h != null && h.isVerb() && h.conj() > 0;
    }

    /** {@code ٤) تثمين الدور الذي …}: an item headed by the verbal noun of valuing is praise as a position. */
    private boolean valuesNoun(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.APPRECIATE);
        return h != null && h.shape() == Shape.MASDAR && h.suffix().isEmpty() && doc.form(i).contains("ثمين");
    }

    /** A statement's position item headed by the verb ثمّن values a stand: praise as a public position. */
    private boolean verbAt(int i, Word w) {
        Lexicon.Hit h = doc.hit(i, w);
        return h != null && h.isVerb();
    }

    /**
     * Parts of an item: an item splits where كما/ثم or {@code ، و} opens a new act verb; a bulleted line also where a comma
     * is followed by a new act noun.
     */
    private List<int[]> split(int[] item, boolean bulleted) {
        List<int[]> parts = new ArrayList<>();
        int from = item[0];
        for (int k = item[0] + 1; k < item[1] - 1; k++) {
            Cue again = doc.has(k, Vocabulary.OPENER) ? cueAt(k + 1, false) : null;
            if (k > from + 1 && joinedAct(from, k)) {
                parts.add(new int[] {from, k}); // رفضها التام لـ… ومطالبتها الوزارة بـ…: two acts
                from = k;
            } else if (again != null && again.hit() != null && again.hit().isVerb()
                    || doc.punct(k, "،,") && ownVerb(k + 1)) {
                parts.add(new int[] {from, k}); // … كما تطالب …: a verb of its own after كما/ثم is an act of its own
                from = k + 1;
            } else if (bulleted && doc.punct(k, "،,؛;") && cueAt(k + 1, true) != null) {
                parts.add(new int[] {from, k});
                from = k + 1;
            }
        }
        parts.add(new int[] {from, item[1]});
        return parts;
    }

    /**
     * {@code * يرفض القرار ويطالب العميد بسحبه}, {@code أولاً: رفضها التصريحات ومطالبتها الوزارة بالاعتذار}: in an
     * item, a verb or verbal noun joined by و that names another act (not the same act said twice) opens a part.
     */
    private boolean joinedAct(int from, int k) {
        Kind headNoun = masdarKind(from);
        if (headNoun != null) {
            Kind joined = doc.hits(k).stream().anyMatch(h -> h.conj() > 0) ? masdarKind(k) : null;
            // مطالبة الحكومة بانتظام الرواتب واعتماد علاوة: what is demanded or called for may be an undertaking
            // joined to its object in ب, no act of the demander's own
            boolean demanded = (headNoun == Kind.DEMAND || headNoun == Kind.CALL) && ownless(k)
                    && (joined == Kind.APPROVAL || joined == Kind.DECISION || joined == Kind.RECOMMENDATION)
                    && objectInBi(from, k);
            return joined != null && joined != headNoun && !demanded;
        }
        Cue head = cueAt(from, false);
        if (head == null || head.hit() == null) {
            return false;
        }
        Cue c = cueAt(k, false);
        return c != null && c.hit() != null && c.hit().conj() > 0 && c.hit().isVerb() && head.hit().isVerb()
                && startsNewAct(head, c);
    }

    /** A verbal noun without a possessive (اعتماد, not ومطالبتها): not the act of a body named by its pronoun. */
    private boolean ownless(int k) {
        return doc.hits(k).stream().allMatch(h -> h.suffix().isEmpty());
    }

    /** An object in ب between the head of an item and {@code k}: {@code مطالبة الحكومة بانتظام …}. */
    private boolean objectInBi(int from, int k) {
        for (int j = from + 1; j < k; j++) {
            if (doc.word(j) && doc.form(j).startsWith("ب") && doc.tok(j).reading().hasPreposition()) {
                return true;
            }
        }
        return false;
    }

    /** The act a verbal noun at {@code i} names ({@code مطالبة}, {@code ورفضها}), or null. */
    private Kind masdarKind(int i) {
        for (Lexicon.Hit h : doc.hits(i)) {
            if (h.shape() == Shape.MASDAR && kindOf(h.word()) != null && kindOf(h.word()) != Kind.OTHER) {
                return kindOf(h.word());
            }
        }
        return null;
    }

    private Party introActor(ActList list, Cue introVerb) {
        if (introVerb != null) {
            return r.actorOf(introVerb.at());
        }
        for (int k = list.introTo() - 1; k >= list.introFrom(); k--) {
            Found<Party> a = doc.has(k, Vocabulary.PARTICIPANTS) ? r.actorAt(k, list.introTo()) : null;
            if (a != null) {
                return a.value();
            }
        }
        return r.subjectBefore(list.introFrom());
    }

    // ---- cues ----

    /**
     * The act named at token {@code i}, or null. {@code listHead}: the token heads a list item,
     * where a verbal noun is an act on its own.
     */
    private Cue cueAt(int i, boolean listHead) {
        if (cueDepth >= CUE_CHAIN) {
            // تم تم تم …، أكد أكد …: each cue asks about the next one in its reach, so a run no text writes
            // would grow the stack with its length
            return null;
        }
        cueDepth++;
        try {
            return readCue(i, listHead);
        } finally {
            cueDepth--;
        }
    }

    private Cue readCue(int i, boolean listHead) {
        // most words are no cue: the name and number around them are asked only at a word some rule below reads
        if (i >= doc.size() || !doc.word(i) || doc.hits(i).isEmpty() && !unlistedCue(i)
                || insideName(i) && !promiseAfterTitle(i) || counted(i)) {
            return null;
        }
        if (AcknowledgementFrames.valuesPosition(doc, i) && !inRelativeClause(i, doc.hit(i, Vocabulary.APPRECIATE))) {
            return new Cue(i, Kind.PRAISE, doc.hit(i, Vocabulary.APPRECIATE)); // نثمّن موقف النقابة
        }
        if (AcknowledgementFrames.commendsPosition(doc, i) && !inRelativeClause(i, doc.hit(i, Vocabulary.COMMEND))) {
            return new Cue(i, Kind.PRAISE, doc.hit(i, Vocabulary.COMMEND)); // أثنى على التضامن، مثنياً على الدور …
        }
        for (Lexicon.Hit h : doc.hits(i)) {
            Kind kind = kindOf(h.word());
            if (kind == null || h.word() == Vocabulary.PRAISE && AcknowledgementFrames.praisesService(doc, i)) {
                continue; // نوّه بالمجهود الذي بذلته X: an acknowledgement of a service
            }
            if (h.word() == Vocabulary.PROMISE && !promisedInBi(i)
                    || h.word() == Vocabulary.LOOK_FORWARD && !looksForwardTo(i)) {
                continue; // وعد بلفور، وعدت إلى بلدها; تطلعات: no promise, no wish for what is to come
            }
            if (h.word() == Vocabulary.PRAISE && h.shape() == Shape.PARTICIPLE && complimentsAddressee(i)) {
                continue; // نتقدم إليكم بالتهاني …، منوهين بالثقة التي وُضعت فيكم: the congratulation's compliment
            }
            if (!h.isVerb() && doc.hasAny(i - 1, Vocabulary.TELEGRAM, Vocabulary.MESSAGE, Vocabulary.GREETING)) {
                continue; // برقيات مساندة، رسالة تضامن: the noun names a greeting, not an act
            }
            if (h.isVerb() && h.conj() == 0 && doc.is(i - 1, "علي", "الي", "في", "عن", "مع", "وعلي", "والي", "وفي",
                    "وعن", "ومع")) {
                continue; // على تضامنها، وعلى تمسك: after a preposition the word is a noun, not a verb
            }
            Cue c = switch (h.shape()) {
                case PAST, PRESENT, FUTURE -> verbCue(i, h, kind);
                case PARTICIPLE -> h.word() == Vocabulary.APPOINT || h.definite() || !h.suffix().isEmpty() || inRelativeClause(i, h)
                        || inConstruct(i) || predicate(i) || bareParticiple(i) ? null : refine(new Cue(i, kind, h));
                case MASDAR -> (listHead || afterCarrier(i) || governedInBi(i, h) || statementContent(i))
                        && h.suffix().isEmpty()
                        || carrierSuffixOk(i, h)
                        ? refine(new Cue(i, kind, h)) : null;
                case NOUN -> h.word() == Vocabulary.NECESSITY && !listHead ? new Cue(i, Kind.EMPHASIS, h)
                        : h.word() == Vocabulary.HOPE ? verbCue(i, h, kind) : null;
            };
            if (c != null) {
                return c;
            }
        }
        if (listHead && decisionNamed(i)) {
            return new Cue(i, Kind.DECISION, null); // ثالثاً: قرار بتشكيل الوفد
        }
        if (!listHead) {
            Kind purpose = purposeOf(i);
            if (purpose != null && !inRelativeClause(i, null)) { // الذين نشطوا … دعماً لـ: theirs
                return new Cue(i, purpose, null);
            }
        }
        if (!listHead) {
            if (judgesWrong(i)) {
                return new Cue(i, Kind.CONDEMNATION, doc.hit(i, Vocabulary.CONSIDER));
            }
            if (judgesAs(i)) {
                return new Cue(i, Kind.EMPHASIS, doc.hit(i, Vocabulary.CONSIDER)); // نعتبر هذا الفوز ثمرة …
            }
            Cue said = speechCue(i);
            if (said != null) {
                return said;
            }
        }
        if (!listHead && required(i)) {
            return new Cue(i, Kind.EMPHASIS, null);
        }
        if (!listHead && agreesTo(i)) {
            return new Cue(i, Kind.DECISION, doc.hit(i, Vocabulary.AGREE));
        }
        if (isFirstPersonFuture(i) || !listHead && (isBodysFuture(i) || isOurDuty(i))) {
            return new Cue(i, Kind.PLEDGE, null);
        }
        if (!listHead && isTribute(i)) {
            return new Cue(i, Kind.PRAISE, null);
        }
        if (!listHead) {
            Cue done = doneCue(i);
            if (done != null) {
                return done;
            }
        }
        return null;
    }

    /**
     * True when token {@code i}, which holds no word of the lexicon, is written as a cue the rules of
     * {@link #readCue} read by its form alone: an accusative verbal noun ({@link #purposeOf}), our future
     * ({@link #isFirstPersonFuture}), هي before a body's future ({@link #isBodysFuture}), علينا ({@link #isOurDuty}),
     * المطلوب ({@link #required}). Every other rule there asks a word of the lexicon.
     */
    private boolean unlistedCue(int i) {
        String f = doc.form(i);
        return accusativeForm(f) || firstPersonFutureForm(f) || doc.is(i, SHE) || doc.is(i, OUR_DUTY)
                || doc.is(i, REQUIRED);
    }

    /** {@code هي، وهي، فهي}: the pronoun a body is named by ({@link #isBodysFuture}). */
    private static final String[] SHE = {"هي", "وهي", "فهي"};
    /** {@code علينا}: what we owe ({@link #isOurDuty}). */
    private static final String[] OUR_DUTY = {"علينا", "وعلينا"};
    /** {@code المطلوب}: what is required ({@link #required}). */
    private static final String[] REQUIRED = {"المطلوب", "والمطلوب", "فالمطلوب"};

    /** A form of four letters or more ending in the alif of the indefinite accusative ({@link #purposeOf}). */
    private static boolean accusativeForm(String f) {
        return f.length() >= 4 && f.endsWith("ا");
    }

    /** A form opening with سن (our future, سنواصل), past a و or ف, five letters or more ({@link #isFirstPersonFuture}). */
    private static boolean firstPersonFutureForm(String f) {
        String s = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
        return s.length() >= 5 && s.startsWith("سن");
    }

    /**
     * {@code نظمت النقابة وقفةً دعماً لصمود الأهالي، واستنكاراً للعدوان}, {@code تنديداً بـ}, {@code تضامناً مع}: a verbal
     * noun of support or condemnation in the indefinite accusative (its tanween written as a final alif, which the
     * lexicon does not read), then what it is for in ل، ب or مع, tells the act a deed was done for; its kind, or null.
     */
    private Kind purposeOf(int i) {
        var reading = doc.tok(i).reading();
        String f = doc.form(i);
        if (reading.definite() || reading.hasPreposition() || !accusativeForm(f) || !doc.word(i + 1)
                || !(doc.hasLam(i + 1) || doc.tok(i + 1).reading().has(org.nashra.parser.internal.text.Clitic.BI)
                || doc.is(i + 1, "مع"))) {
            return null;
        }
        for (Lexicon.Hit h : Vocabulary.LEXICON.analyze(f.substring(0, f.length() - 1))) {
            boolean noun = h.shape() == Shape.MASDAR || h.word() == Vocabulary.BACKING;
            Kind k = h.word() == Vocabulary.BACKING ? Kind.SUPPORT : kindOf(h.word());
            if (noun && h.suffix().isEmpty() && (k == Kind.SUPPORT || k == Kind.CONDEMNATION)) {
                return k;
            }
        }
        return null;
    }

    private static Kind kindOf(Word w) {
        if (w == Vocabulary.DEMAND) {
            return Kind.DEMAND;
        } else if (w == Vocabulary.CONDEMN || w == Vocabulary.BLAME) {
            return Kind.CONDEMNATION;
        } else if (w == Vocabulary.CALL || w == Vocabulary.HOPE) {
            return Kind.CALL;
        } else if (w == Vocabulary.DECIDE || w == Vocabulary.APPOINT) {
            return Kind.DECISION; // an appointment is a decision (and an Election)
        } else if (w == Vocabulary.RECOMMEND) {
            return Kind.RECOMMENDATION;
        } else if (w == Vocabulary.EMPHASISE || w == Vocabulary.NECESSITY) {
            return Kind.EMPHASIS;
        } else if (w == Vocabulary.SUPPORT || w == Vocabulary.SOLIDARITY) {
            return Kind.SUPPORT;
        } else if (w == Vocabulary.PRAISE || w == Vocabulary.SALUTE || w == Vocabulary.SINGLE_OUT) {
            return Kind.PRAISE;
        } else if (w == Vocabulary.PLEDGE || w == Vocabulary.PROMISE) {
            return Kind.PLEDGE;
        } else if (w == Vocabulary.APPROVE) {
            return Kind.APPROVAL;
        } else if (w == Vocabulary.DECLARE || w == Vocabulary.WARN || w == Vocabulary.LOOK_FORWARD) {
            return Kind.OTHER;
        } else if (w == Vocabulary.WELCOME_ACT) {
            return Kind.SUPPORT;
        }
        return null;
    }

    private Cue verbCue(int i, Lexicon.Hit h, Kind kind) {
        if (inRelativeClause(i, h) || afterComplementizer(i) || inComplement(i, h) || describes(i, h)) {
            return null;
        }
        Word w = h.word();
        int past = pastAsides(i);
        int end = past > 0 ? r.clause(past) : r.clause(i);
        if (w == Vocabulary.HOPE && !(doc.is(i + 1, "من", "منهم", "منها", "منكم") || doc.is(i + 2, "من", "منهم"))) {
            // نأمل أن يبقى التيار …: a hope of ours for what is to come (not asked of anyone) is an act of kind other,
            // unless it wishes the addressee's gathering well (نأمل أن تخرج أعمالكم …: a greeting's wish)
            return h.isVerb() && doc.is(i + 1, "ان") && !addressedHope(i + 2, end)
                    ? new Cue(i, Kind.OTHER, h) : null;
        }
        // حمّل الحزب، السلطات والبعثة، مسؤولية …: whom it blames may be set off by commas too
        if (w == Vocabulary.BLAME && !within(i, doc.punct(end, "،,") && past > 0 ? r.clause(end + 1) : end, "مسووليه")) {
            return null;
        }
        if (w == Vocabulary.CALL && (isInvitation(i, end) || isPrayer(i, end) || isProcedure(i, end))) {
            return null;
        }
        if (w == Vocabulary.WELCOME_ACT && welcomesPeople(i, end)) {
            return null;
        }
        if (w == Vocabulary.APPROVE && doc.form(i).contains("عتمد") && followedBy(i, 3, "علي")) {
            return null; // يعتمد على: relies on
        }
        if (w == Vocabulary.APPROVE && doc.form(i).contains("صادق") && !onWhat(i, Math.min(end, i + 8))) {
            return null; // صادق المواساة: the adjective "sincere"; one approves على something
        }
        if (w == Vocabulary.SALUTE && (greetsTheGathering(i) || performs(i, h)
                || AcknowledgementFrames.salutesSupport(doc, i) || revivesMemory(i))) {
            return null;
        }
        if (w == Vocabulary.SINGLE_OUT && (h.person().isFirst() || !salutes(i))) {
            return null; // وخص بالتحية الشهداء: a statement's salute; نخص بالتحية in a letter greets
        }
        if (w == Vocabulary.PRAISE && !followedBy(i, 4, "ب")) {
            return null; // أشاد بـ; نشيد alone is an anthem
        }
        if (w == Vocabulary.SOLIDARITY && !followedBy(i, 5, "مع")) {
            return null; // تضامن مع; رسالة تضامن is a noun
        }
        if (w == Vocabulary.APPOINT && !(doc.form(i).contains("كلف") && followedBy(i, 8, "ب"))) {
            return null; // كلّف الاجتماع X بمتابعة …: a charge given; the other verbs of choosing are elections
        }
        return refine(new Cue(i, kind, h));
    }

    /**
     * {@code رفعوا شعارات تندد بالحصار}, {@code لافتات تطالب بـ…}: a present verb right after an indefinite plural of
     * things describes that noun (a non-human plural takes the feminine singular); what slogans say is no act.
     */
    private boolean describes(int i, Lexicon.Hit h) {
        return h.shape() == Shape.PRESENT && h.conj() == 0 && h.person() == Word.Person.THIRD
                && doc.form(i).startsWith("ت") && i > 0 && doc.word(i - 1) && doc.form(i - 1).endsWith("ات")
                && !doc.tok(i - 1).reading().definite() && !doc.verb(i - 1);
    }

    /**
     * {@code وعد بدراسة الطلب}, {@code واعداً بمزيد من الدعم}: what is promised follows in ب right after the verb;
     * {@code وعد بلفور} names a declaration, no promise of the writer's.
     */
    private boolean promisedInBi(int i) {
        int k = doc.word(i + 1) && doc.form(i + 1).startsWith("ال") ? i + 2 : i + 1; // ووعد المحافظ بدراسة …
        return doc.word(k) && doc.tok(k).reading().has(Clitic.BI) && doc.form(k).length() > 3
                && !doc.form(k).startsWith("بلفور");
    }

    /**
     * {@code نتطلع إلى تعزيز التعاون}, {@code نتطلع لبناء علاقات}: looking forward to something to be done, in إلى or
     * ل right after the verb; {@code تطلعات الشعوب} or a look turned to a place is no act.
     */
    private boolean looksForwardTo(int i) {
        return doc.is(i + 1, "الي") && doc.word(i + 2) && !doc.tok(i + 2).reading().definite()
                || doc.word(i + 1) && doc.hasLam(i + 1) && !doc.tok(i + 1).reading().definite();
    }

    /** A word of the second person plural ({@code أعمالكم}) in the 8 tokens from {@code from}, before {@code end}. */
    private boolean addressedHope(int from, int end) {
        return secondPersonIn(from, Math.min(end, from + 8), false);
    }

    /**
     * A word of the second person plural ({@code لكم}, {@code جهودكم}), or with {@code dual} also dual ({@code لكما}),
     * between {@code from} and {@code to}: the act is spoken to its hearers.
     */
    private boolean secondPersonIn(int from, int to, boolean dual) {
        for (int k = from; k < to; k++) {
            if (doc.word(k) && (doc.form(k).endsWith("كم") || dual && doc.form(k).endsWith("كما"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code وقال إن رئيس الوزراء وعد بدراسة الطلب}: وعد is also a given name, and a title before it reads as a
     * person's name; a name ending on it with what is promised in ب right after is the verb.
     */
    private boolean promiseAfterTitle(int i) {
        Found<org.nashra.model.Person> p = r.persons().covering(i);
        return doc.has(i, Vocabulary.PROMISE) && p != null && p.to() == i + 1 && doc.word(i + 1)
                && doc.tok(i + 1).reading().has(Clitic.BI) && promisedInBi(i);
    }

    /** Carriers and emphasis take the kind of what they declare; unknown declarations are no act. */
    private Cue refine(Cue c) {
        Word w = c.hit().word();
        if ((w == Vocabulary.EMPHASISE || w == Vocabulary.PRAISE) && honoursTheDead(c.at())) {
            return null; // أكدت التنسيقية مكانة الفقيد: the obituary's tribute, not a position
        }
        if (w == Vocabulary.EMPHASISE) {
            int that = complement(c.at(), Math.min(doc.sentenceEnd(c.at()), c.at() + SPEAKER));
            if (that >= 0 && reportsFact(that)) {
                return null; // أكدت أن الهيئة قد اجتمعت بتاريخ …: an event told, not a position
            }
            if (that >= 0 && doc.is(that, "انه", "انها", "اننا", "انهم") && doc.has(that + 1, Vocabulary.LOOK_FORWARD)
                    && looksForwardTo(that + 1)) {
                return null; // أكد أنه يتطلع إلى تعزيز العلاقات: the wish is the act, read at its own verb
            }
        }
        if (w != Vocabulary.DECLARE && w != Vocabulary.EMPHASISE) {
            int end = r.clause(c.at());
            if (w == Vocabulary.CALL && (isInvitation(c.at(), end) || isPrayer(c.at(), end) || isProcedure(c.at(), end))) {
                return null;
            }
            return c;
        }
        // the object right after the verb (and its subject), or after عن/على: أعلن دعمه، عبّر عن رفضه
        int k = c.at() + 1;
        Found<Party> subject = c.hit().isVerb() ? r.subjectAfter(c.at()) : null;
        if (subject != null) {
            k = subject.to();
            int last = k - 1;
            if (last > c.at() + 1 && objectKind(last) != null && doc.hits(last).stream().anyMatch(h -> !h.suffix().isEmpty())) {
                k = last; // أكد الأعضاء دعمهم لـ: a possessed verbal noun the subject reader took in is the object
            }
        }
        int past = c.hit().isVerb() ? pastAsides(c.at()) : -1;
        if (past > 0) {
            k = past; // أعرب الحزب، عن دعمه
        }
        int clauseEnd = r.clause(k);
        while (k < clauseEnd && doc.is(k, "عن", "علي", "مجددا", "ايضا", "فيه", "فيها")) {
            k++;
        }
        Kind object = k < clauseEnd ? objectKind(k) : null;
        // تؤكد القوى الموقعة دعمها: a possessed verbal noun after a subject the reader did not know (not after أن)
        for (int j = k + 1; object == null && !doc.is(k, "ان", "بان") && j < Math.min(clauseEnd, k + 6); j++) {
            if (doc.is(j, "علي", "عن") && j + 1 < clauseEnd && objectKind(j + 1) != null
                    && doc.tok(k).reading().definite()) {
                // شدد البيان على تضامن النقابة: after a definite word right after the carrier, a subject it did not
                // know (عبّرت عن امتنانها … على دعمها: the object the carrier took first is unknown to it, what
                // follows is no act)
                object = objectKind(j + 1);
                k = j + 1;
                break;
            }
            if (doc.is(j, "ان", "بان", "علي", "الي")) {
                break;
            }
            Kind o = objectKind(j);
            if (o != null && doc.hits(j).stream().anyMatch(h -> !h.suffix().isEmpty())) {
                object = o;
                k = j;
            }
        }
        int aside = object == null && c.hit().isVerb() && !doc.is(k, "ان", "بان")
                ? objectPastAside(k, Math.min(doc.sentenceEnd(c.at()), c.at() + MAX_ACT)) : -1;
        if (aside >= 0) {
            object = objectKind(aside);
            k = aside;
        }
        if (object != null) {
            if (object == Kind.CALL && isInvitation(k, r.clause(k))) {
                return null;
            }
            return new Cue(c.at(), object, c.hit(), k);
        }
        if (w == Vocabulary.DECLARE) {
            // أعلنت عن تنظيم معرض، يعلن عن إطلاق حملة: what the body announces it will undertake is a decision
            // أعلنت النقابة الإضراب العام: a protest action announced, with or without عن; أعلن الحزب تعليق
            // أنشطته، نعلن تأسيس صندوق: announcing (أعلن, not the other carriers) an undertaking decides it
            int end = clauseEnd;
            int what = pastAudience(k, end);
            boolean announcing = c.hit().isVerb() && doc.form(c.at()).contains("علن");
            // a definite word right after a verb of the third person is its subject (أعلن الاتحاد), not what it
            // announces, which is the verbal noun in construct after it (أعلن الاتحاد الوطني للطلبة تعليق …); أعلن as
            // "I announce" is written as the past, so only نعلن speaks for the writer there
            if (announcing && subject == null && c.hit().person() != Word.Person.FIRST_PLURAL && what == c.at() + 1
                    && doc.form(what).startsWith("ال")) {
                what = pastUnreadSubject(what, end);
            }
            boolean announces = announcing && what >= 0;
            boolean decided = announces ? announcedUndertaking(what)
                    : what >= 0 && undertaking(what) && (doc.is(what - 1, "عن") || doc.has(what, Vocabulary.PROTEST));
            int own = announcing ? ownPronounAfter(k, end) : k;
            if (decided || announcesOwnFuture(own)) {
                return new Cue(c.at(), Kind.DECISION, c.hit(), decided ? what : own);
            }
            if (!announcing) {
                return null;
            }
            // أعلنت رئيسة الجمعية أن الجمعية ستعقد ورشة …: the body named again, then its future, is promised
            int said = extent(new Cue(c.at(), Kind.EMPHASIS, c.hit()));
            int that = complement(c.at(), Math.min(doc.sentenceEnd(c.at()), c.at() + SPEAKER));
            int future = that < 0 ? -1 : futureIn(that, said);
            return future > 0 && !gatheringAfter(future) && promisesFuture(c.at(), said)
                    ? new Cue(c.at(), Kind.PLEDGE, c.hit()) : null;
        }
        if (promisesFuture(c.at(), extent(new Cue(c.at(), Kind.EMPHASIS, c.hit())))) {
            return new Cue(c.at(), Kind.PLEDGE, c.hit());
        }
        return c;
    }

    /**
     * {@code أكد اتحاد الوفاء لنقابات العمال في لبنان تضامنه …}, {@code أكد الاتحاد في بيان رسمي، وقوفه …}, {@code أكد
     * القادري في البيان الختامي إدانة الإرهاب}, {@code عبّر أبناء الجالية في وقفتهم عن تضامنهم}: the object a carrier
     * declares may stand past the whole name of its subject and an aside in في/خلال/عبر — right after the aside, after
     * the comma that closes it, or after the carrier's عن/على. The token naming the act there, or -1; none without an
     * aside passed (عبّرت عن امتنانها … على دعمهم: what follows the carrier's own object is no act).
     */
    private int objectPastAside(int from, int limit) {
        int j = from;
        Found<org.nashra.model.Organization> body = j < limit ? r.organizations().covering(j) : null;
        if (body != null && body.to() > j) {
            j = body.to(); // the subject's whole name, longer than the window of the reader above
        }
        boolean aside = false;
        for (int n = 0; j < limit && n < ASIDE; j++, n++) {
            if (!doc.word(j)) {
                if (aside && doc.punct(j, "،,")) {
                    return j + 1 < limit && objectKind(j + 1) != null ? j + 1 : -1;
                }
                if (doc.punct(j, "«»\"“”")) {
                    continue;
                }
                return -1;
            }
            if (doc.is(j, "عن", "علي")) {
                return aside && j + 1 < limit && objectKind(j + 1) != null ? j + 1 : -1;
            }
            if (objectKind(j) != null) {
                return aside ? j : -1;
            }
            if (doc.is(j, "ان", "بان", "الي") || doc.verb(j)) {
                return -1;
            }
            aside |= doc.is(j, "في", "خلال", "عبر");
        }
        return -1;
    }

    /** The most words read past a carrier's subject for an aside and the object after it. */
    private static final int ASIDE = 12;

    /**
     * {@code تعلن الرابطة لكافة منتسبيها وللرأي العام عن الدخول في …}: whom a declaration is addressed to (in ل)
     * stands between it and what is declared after عن; the token after that عن, else {@code k}.
     */
    private int pastAudience(int k, int end) {
        if (!doc.word(k) || !doc.form(k).startsWith("ل")) {
            return k;
        }
        for (int j = k + 1; j + 1 < end && j < k + 8 && doc.word(j); j++) {
            if (doc.is(j, "عن")) {
                return j + 1;
            }
            if (doc.verb(j)) {
                break;
            }
        }
        return k;
    }

    /**
     * The verbal noun after a definite subject the subject reader did not close ({@code أعلن الاتحاد الوطني للطلبة
     * تعليق …}, {@code أعلنت النقابة التوقف عن العمل}), or -1.
     */
    private int pastUnreadSubject(int subject, int end) {
        for (int j = subject + 1; j < end && j < subject + 6; j++) {
            if (!doc.word(j) || doc.is(j, "عن", "ان", "بان") || doc.verb(j)) {
                return -1;
            }
            if (!doc.form(j).startsWith("ل") && announcedUndertaking(j)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * {@code أعلنت لجنة العمال في مصنع الإسمنت أنها ستبدأ …}: the body's own pronoun after أن, past a subject the
     * subject reader did not close, before any other verb; else {@code k}.
     */
    private int ownPronounAfter(int k, int end) {
        for (int j = k; j < end && j < k + SPEAKER; j++) {
            if (!doc.word(j) || doc.verb(j)) {
                return k;
            }
            if (THAT_WE.contains(doc.form(j))) {
                return j;
            }
        }
        return k;
    }

    /** The body's own pronoun after أن in a declaration: أعلنت أنها، نعلن أننا، أعلن أنه. */
    private static final Set<String> THAT_WE = Set.of("انها", "اننا", "انه", "بانها", "باننا", "بانه", "انهم", "بانهم");

    /**
     * {@code أعلنت الجمعية أنها ستخصص …}, {@code نعلن أننا سنعرض …}: a body announcing what it will do (its own
     * pronoun after أن, then a future) has decided it.
     */
    private boolean announcesOwnFuture(int k) {
        if (!doc.word(k) || !THAT_WE.contains(doc.form(k))) {
            return false;
        }
        for (int j = k + 1; j < k + 3 && j < doc.size() && doc.word(j); j++) {
            if (isFuture(doc.form(j)) || doc.is(j, "سوف")) {
                return true;
            }
        }
        return false;
    }

    /** The act a declared object names: العزم/الاستعداد a pledge, التضامن/الدعم support, الرفض a condemnation … */
    private Kind objectKind(int k) {
        for (Lexicon.Hit h : doc.hits(k)) {
            Word w = h.word();
            if (w == Vocabulary.RESOLVE || w == Vocabulary.PLEDGE) {
                return Kind.PLEDGE;
            } else if (w == Vocabulary.HOPE && !h.suffix().isEmpty() && doc.is(k + 1, "ان", "في", "بان")) {
                return Kind.OTHER; // أعرب عن أمله أن يشهد …: a hope declared
            } else if (w == Vocabulary.SUPPORT || w == Vocabulary.SOLIDARITY || w == Vocabulary.BACKING) {
                return Kind.SUPPORT;
            } else if (h.shape() == Shape.MASDAR && w != Vocabulary.EMPHASISE && kindOf(w) != null
                    && kindOf(w) != Kind.OTHER) {
                return kindOf(w);
            } else if (w == Vocabulary.CONDEMN && h.shape() != Shape.PAST && h.shape() != Shape.PRESENT
                    || w == Vocabulary.DISMAY) {
                return Kind.CONDEMNATION;
            }
        }
        return null;
    }

    /**
     * A word inside a person's name, after the title that opens it ({@code السيدة دانة …}: not the verb دان):
     * a name is no act.
     */
    private boolean insideName(int i) {
        Found<org.nashra.model.Person> p = r.persons().covering(i);
        // a name may also start on a word that reads as a verb: يحيى الدوسري is no salute
        return p != null && p.from() <= i && p.value().name() != null
                || doc.word(i - 1) && (r.entities().honorific(doc, i - 1) || doc.is(i - 1, KINSHIP))
                && doc.hits(i).stream().noneMatch(h -> h.conj() > 0)
                || doc.is(i + 1, "بن", "ابن", "بنت") && doc.word(i + 2) // طالب بن سيف: a first name before its lineage
                || nameWrittenAsVerb(i);
    }

    /**
     * {@code خالد يحيى (الرياض)}, {@code حاج يحيى}: the name يحيى, written with its final alif maqsura, after another word
     * of a name (no conjunction, no comma between) — the verb يحيّي "salutes" ends in ya.
     */
    private boolean nameWrittenAsVerb(int i) {
        return i > 0 && doc.word(i - 1) && !doc.lineStart(i) && doc.has(i, Vocabulary.SALUTE)
                && doc.text(i, i + 1).endsWith("ى") && doc.hits(i).stream().allMatch(h -> h.conj() == 0)
                && !doc.verb(i - 1);
    }

    /**
     * {@code سنفتقدك}, {@code سنفتقد حضورك يا أبا إبراهيم}: a future of ours spoken to someone (a suffix of the second
     * person singular on the verb, or a vocative يا after it) mourns or addresses them; it promises nothing.
     */
    private boolean spokenTo(int i) {
        String f = doc.form(i);
        if (f.endsWith("ك") && !f.endsWith("كك")) {
            return true;
        }
        for (int k = i + 1; k < doc.size() && k < i + 5 && doc.word(k); k++) {
            if (doc.is(k, "يا")) {
                return true;
            }
        }
        return false;
    }

    /** The links of a lineage name: what follows them is a name (عبدالله بن طالب، أبو شاكر), never an act. */
    private static final String[] KINSHIP = {"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ال"};

    /** {@code داعياً المولى أن …}, {@code ندعو الله}: a prayer, not a call on anyone. */
    private boolean isPrayer(int i, int end) {
        for (int k = i + 1; k < end && k < i + 3; k++) {
            if (doc.is(k, "الله", "المولي", "للمولي", "لله", "الرب", "ربنا", "ربه")) {
                return true;
            }
        }
        return false;
    }

    /** The gathering's own procedure: to deliver (a speech), to go up (to the rostrum). */
    private static final Set<String> PROCEDURE = Set.of("القا", "القاء", "صعود", "منصه");

    /**
     * {@code دعت الرئيسة X لإلقاء كلمة}, {@code دعا الحضور الى الوقوف دقيقة صمت}, {@code الى قراءة الفاتحة}: an
     * invitation to take a turn in the gathering's procedure, not a call on anyone.
     */
    private boolean isProcedure(int i, int end) {
        for (int k = i + 1; k < end && k < i + 10; k++) {
            // الى الاسراع في إلقاء القبض: a noun governed by في completes what is called for, it is no turn taken
            boolean turn = doc.tok(k).hasStemIn(PROCEDURE) && !doc.is(k - 1, "في");
            if (doc.word(k) && (turn || doc.hasAny(k, Vocabulary.RECITE, Vocabulary.MINUTE))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> GUESTS = Set.of("ضيوف", "الضيوف", "ضيف", "الضيف", "وفود", "الوفود", "وفد",
            "الوفد", "الجميع", "الحضور", "الحاضرين", "الزوار", "المدعوين", "الاعضا", "المندوبين", "مندوبي",
            "المندوبات", "الممثلين", "ممثلي");

    /** Adverbs of manner or order in ب between a verb and its object: رحّب بدايةً/بحرارة بالضيوف. */
    private static final Set<String> MANNER = Set.of("بدايه", "بحراره", "بشده", "بدوره", "بدورها", "بدورهم",
            "بدورنا", "بالبدايه", "بكل", "بالغ");

    /** {@code رحّب بالضيوف/بالمشاركين/بالسيد X}: greeting people at a gathering, not a position. */
    private boolean welcomesPeople(int i, int end) {
        int reach = i + 5;
        for (int k = i + 1; k < end && k < reach; k++) {
            if (MANNER.contains(doc.form(k))) {
                reach++; // رحّب بدايةً بالمندوبين: the adverb is not the object
            } else if (doc.word(k) && doc.form(k).startsWith("ب")) {
                String bare = doc.form(k).substring(1);
                return doc.has(k, Vocabulary.PARTICIPANTS) || GUESTS.contains(bare)
                        || doc.hasAny(k, Vocabulary.OFFICE_HOLDERS) || r.persons().covering(k) != null
                        || r.persons().covering(k + 1) != null && doc.form(k).length() <= 2;
            }
        }
        return true; // no object after ب: a welcome address
    }

    /** أنّ with the pronoun of the one who speaks (he, she, they, we): what follows is the speaker's own future. */
    private static final Set<String> SELF_THAT = java.util.stream.Stream.concat(THAT_WE.stream(), java.util.stream.Stream.of("انني"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** An affirmation whose content is a future of the actor (ستبقى، سنواصل، لن تثنيها): a pledge. */
    private boolean promisesFuture(int from, int to) {
        boolean that = false;
        boolean otherSubject = false;
        for (int k = from + 1; k < to; k++) {
            String f = doc.form(k);
            if (f.equals("ان") || f.equals("بان")) {
                that = true;
                otherSubject = false;
            } else if (SELF_THAT.contains(f)) {
                // أكد أنه سيعمل، مؤكداً إننا لن نتراجع: the speaker or his side is the subject of the future
                that = true;
                otherSubject = false;
                continue;
            } else if (that && (f.equals("لن") || f.equals("سوف") || isFuture(f))) {
                // أكدت ان نوروز سيبقى: a future of another subject is asserted, not promised; سنبقى is ours,
                // and so is لن تثنيها (the actor is its object)
                String s = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
                boolean objectIsUs = f.equals("لن") && k + 1 < to && doc.word(k + 1)
                        && doc.form(k + 1).length() >= 5 && (doc.form(k + 1).endsWith("ها")
                        || doc.form(k + 1).endsWith("هم") || doc.form(k + 1).endsWith("نا"));
                return !otherSubject || s.startsWith("سن") || objectIsUs;
            } else if (that && doc.word(k) && !self(k) && !(k > from + 1 && self(k - 1) && r.entities().qualifier(doc, k))) {
                otherSubject = true; // أن المجلس الجديد سيعمل: the body and its adjective are still the actor's side
            }
        }
        return false;
    }

    /**
     * The actor's side as subject: the issuer or organizer named again, a body named by its head
     * ({@code ان الجمعية ستواصل}, {@code ان الرابطة ستبقى}) or the participants.
     */
    private boolean self(int k) {
        if (doc.word(k) && doc.tok(k).reading().definite() && r.entities().organizationHead(doc, k)
                || doc.has(k, Vocabulary.PARTICIPANTS)) {
            return true;
        }
        Found<Party> a = r.actorAt(k, k + 1);
        if (a == null || !(a.value() instanceof org.nashra.model.Organization o) || o.name() == null) {
            return false;
        }
        return r.issuer() instanceof org.nashra.model.Organization i && o.name().equals(i.name())
                || r.organizer() instanceof org.nashra.model.Organization g && o.name().equals(g.name());
    }

    private static boolean isFuture(String f) {
        String s = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
        return s.length() >= 5 && s.charAt(0) == 'س' && "يتن".indexOf(s.charAt(1)) >= 0 && !FUTURE_NOUNS.contains(s)
                && !possessedNoun(s)
                && !s.startsWith("سياس") && !s.startsWith("سيار") && !s.startsWith("سياد") && !s.startsWith("سياق")
                && !s.startsWith("سيد") && !s.startsWith("ستين") && !s.startsWith("سنوي");
    }

    /** {@code سنواتهم}, {@code سنداتها}: one of the nouns that look like a future, with a possessive suffix. */
    private static boolean possessedNoun(String s) {
        for (String suffix : Clitic.PRONOUN_SUFFIXES) {
            if (s.endsWith(suffix) && FUTURE_NOUNS.contains(s.substring(0, s.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** سنعمل، سنتابع، وسنقوم: we will — a pledge. */
    private boolean isFirstPersonFuture(int i) {
        String f = doc.form(i);
        if (!firstPersonFutureForm(f) || !isFuture(f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f)) {
            return false;
        }
        return !inRelativeClause(i, null) && !spokenTo(i);
    }

    /**
     * {@code وهي ستواصل …}, {@code فهي ستبقى وفية …}: the feminine pronoun a body is named by, then its future —
     * the issuing body's pledge.
     */
    private boolean isBodysFuture(int i) {
        return doc.is(i, SHE) && doc.word(i + 1) && (isFuture(doc.form(i + 1)) || doc.is(i + 1, "لن", "سوف"))
                && r.issuer() instanceof org.nashra.model.Organization && !inRelativeClause(i, null);
    }

    /** {@code علينا أن نواصل …}, {@code وعلينا جميعاً أن نعمل}: what we owe is what we pledge. */
    private boolean isOurDuty(int i) {
        if (!doc.is(i, OUR_DUTY)) {
            return false;
        }
        for (int k = i + 1; k < i + 4 && k + 1 < doc.size() && doc.word(k); k++) {
            if (doc.is(k, "ان") && doc.word(k + 1) && doc.form(k + 1).startsWith("ن") && doc.form(k + 1).length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ان انعقاد مؤتمركم … لهو دليل جديد على حيوية …}: an achievement of the addressee called the proof
     * of a virtue is praise of the addressee. The sentence opens with ان and names the addressee (كم).
     */
    private boolean isTribute(int i) {
        if (!doc.has(i, Vocabulary.PROOF) || !(doc.is(i - 1, "هو", "لهو", "هي", "لهي"))) {
            return false;
        }
        int start = doc.sentenceStart(i);
        if (!doc.is(start, "ان") || i - start > Reading.WINDOW) {
            return false;
        }
        return secondPersonIn(start + 1, i, false);
    }

    /** {@code تمت المصادقة}, {@code جرى … إنضاج … التوصيات}: a verbal noun made an act by تم/جرى. */
    private Cue doneCue(int i) {
        java.util.Optional<Cue> known = done.get(i);
        if (known != null) {
            return known.orElse(null);
        }
        Cue cue = doneCueAt(i);
        done.put(i, java.util.Optional.ofNullable(cue));
        return cue;
    }

    private Cue doneCueAt(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.DONE);
        if (h == null || !h.isVerb()) {
            return null;
        }
        int end = r.clause(i);
        for (int k = i + 1; k < end && k < i + 12; k++) {
            if (doc.hasAny(k, Vocabulary.RECOMMEND)) {
                int start = firstContent(i + 1, k);
                return new Cue(start, Kind.RECOMMENDATION, null);
            }
            if (k <= i + 2 && doc.has(k, Vocabulary.DECISION_NOUN)) {
                return new Cue(i, Kind.DECISION, null); // اتخذت اللجنة قرارها بـ…، تم اتخاذ قرار بـ…
            }
            if (doc.has(k, Vocabulary.DECISIONS)) {
                return new Cue(firstContent(i + 1, k), Kind.DECISION, null);
            }
            // تم تشكيل لجنة، جرى تعيين السيد X: a body formed or a post given is a decision
            Lexicon.Hit appoint = doc.hit(k, Vocabulary.APPOINT);
            if (k == i + 1 && (doc.has(k, Vocabulary.FORM_BODY)
                    || appoint != null && appoint.shape() == Shape.MASDAR && appoint.suffix().isEmpty())) {
                return new Cue(k, Kind.DECISION, null);
            }
            if (cueAt(k, false) != null) {
                return null;
            }
        }
        return null;
    }

    private int firstContent(int from, int to) {
        for (int k = from; k < to; k++) {
            String f = doc.form(k);
            if (doc.word(k) && !f.startsWith("ال") && !Set.of("في", "من", "علي", "عن", "الي", "خلال", "هذا",
                    "هذه", "ذلك", "تلك", "اثنا").contains(f)) {
                return k;
            }
        }
        return from;
    }

    /** A verbal noun after تم/جرى, a carrier (أعلن، أكد، عبّر عن، نتوجه ب، استكمل) or coordinated with one. */
    private boolean afterCarrier(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (doc.punct(k) || doc.isSentenceEnd(k)) {
                return false;
            }
            if (doc.hasAny(k, Vocabulary.DONE, Vocabulary.PROCEED, Vocabulary.DECLARE, Vocabulary.TURN)) {
                Lexicon.Hit h = doc.hits(k).get(0);
                return h.isVerb() || h.shape() == Shape.PARTICIPLE;
            }
        }
        return false;
    }

    /**
     * {@code وجاء في البيان الختامي مطالبة الحكومة بـ…}, {@code تضمّن البلاغ رفض …}: a verbal noun right after the
     * statement and its adjectives, where a verb of content (جاء في، تضمّن) names what the statement says, is one
     * of its acts.
     */
    private boolean statementContent(int i) {
        int k = i - 1;
        for (int n = 0; n < 2 && k > 0 && doc.word(k) && doc.form(k).startsWith("ال") && !doc.has(k, Vocabulary.STATEMENT);
                n++) {
            k--; // الختامي، الصادر
        }
        if (k <= 0 || !doc.has(k, Vocabulary.STATEMENT)) {
            return false;
        }
        int verb = doc.is(k - 1, "في") ? k - 2 : k - 1;
        return verb >= 0 && (doc.has(verb, Vocabulary.CAME) || doc.has(verb, Vocabulary.LIST_OPENER))
                && doc.verb(verb);
    }

    /** A verbal noun with the actor's possessive after a carrier: أعلن المجتمعون دعمهم، نجدد دعوتنا. */
    /**
     * {@code استهلها بالتأكيد على …}, {@code اختتم الاجتماع بالمطالبة بـ…}: a verbal noun in ب right after a verb is
     * what that verb did, an act (in ل it is a purpose: {@code للمطالبة}).
     */
    private boolean governedInBi(int i, Lexicon.Hit h) {
        if (!h.preposition().equals("ب") || !h.definite() || inRelativeClause(i, h)) { // بتوصيات names a list
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 6 && doc.word(k); k--) {
            if (doc.hits(k).stream().anyMatch(v -> v.isVerb() && kindOf(v.word()) == null)) {
                return true; // اختتم الاجتماع بالمطالبة: past its subject
            }
            if (!doc.tok(k).reading().definite() || doc.tok(k).reading().hasPreposition()) {
                return false; // only the verb's subject (definite words) may stand between
            }
        }
        return false;
    }

    private boolean carrierSuffixOk(int i, Lexicon.Hit h) {
        return !h.suffix().isEmpty() && afterCarrier(i) && i > 0 && doc.hasAny(i - 1, Vocabulary.DECLARE,
                Vocabulary.PARTICIPANTS, Vocabulary.TURN);
    }

    /** Inside {@code الذي/التي/الذين …} of the same clause, unless the verb opens a coordinated clause (و). */
    private boolean inRelativeClause(int i, Lexicon.Hit h) {
        if (h != null && h.conj() > 0 || h != null && h.isVerb() && describesSpeaker(i)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 14; k--) {
            if (doc.punct(k, "،,؛;.!?؟:") || doc.has(k, Vocabulary.OPENER)) {
                return false;
            }
            if (doc.has(k, Vocabulary.RELATIVE)) {
                return !statementSays(k);
            }
            if (doc.lineStart(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code …، مستشارة المجلس، والتي أكدت في كلمتها على …}, {@code …، الذي وعد برفعها}: a relative pronoun set off by a
     * comma, the act verb right after it, adds what the person or body just named did — their own act — unless the
     * verb takes the antecedent back as its object ({@code …، التي دعا إليها الحزب}: the event someone called).
     */
    private boolean describesSpeaker(int i) {
        return i > 1 && doc.has(i - 1, Vocabulary.RELATIVE) && doc.punct(i - 2, "،,")
                && !doc.is(i + 1, "اليه", "اليها", "له", "لها", "به", "بها", "عليه", "عليها", "فيه", "فيها");
    }

    /**
     * {@code البيان الختامي الذي طالب …}, {@code بلاغ الهيئة الذي أكد على أن …}: a relative clause on the statement
     * tells the statement's own acts.
     */
    private boolean statementSays(int relative) {
        for (int k = relative - 1; k >= 0 && k >= relative - 3 && doc.word(k); k--) {
            if (doc.has(k, Vocabulary.STATEMENT)) {
                return true;
            }
        }
        return false;
    }

    /** Right after أن/بأن: the verb completes an act already named ({@code قرر أن يعقد …}). */
    private boolean afterComplementizer(int i) {
        return i > 0 && doc.is(i - 1, "ان", "بان", "لان", "وان", "كي", "لكي");
    }

    /**
     * دعا … الى حضور …، للمشاركة في أمسية، الى حفل الاستقبال، الى عقد لقائها: an invitation to attend or to
     * hold a gathering, not a call (a protest is a call).
     */
    private boolean isInvitation(int i, int end) {
        String self = doc.form(i);
        if (self.endsWith("كم") || doc.is(i + 1, "لحضور", "للحضور")) {
            return true;
        }
        for (int k = i + 1; k < end && k < i + 30; k++) {
            if (doc.is(k, "الي") && !doc.has(k + 1, Vocabulary.PROTEST) && doc.hasAny(k + 1, Vocabulary.EVENT,
                    Vocabulary.SEMINAR, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.CONVENE,
                    Vocabulary.SESSION, Vocabulary.SITTING)) {
                // يدعو أبناء الجالية الى حفل الاستقبال، دعت الى عقد لقائها، دعا الأعضاء الى جلسة استثنائية: to come
                return true;
            }
            if (k <= i + 4 && doc.form(k).startsWith("ل") && !doc.has(k, Vocabulary.PROTEST) && doc.hasAny(k,
                    Vocabulary.EVENT, Vocabulary.SEMINAR, Vocabulary.CONFERENCE, Vocabulary.MEETING)) {
                return true; // دعوة الجمعية العمومية لاجتماع طارئ: convening a gathering
            }
            if (doc.has(k, Vocabulary.ATTENDANCE)) {
                Lexicon.Hit h = doc.hit(k, Vocabulary.ATTENDANCE);
                boolean attend = doc.form(k).contains("حضور");
                if (attend) {
                    return true;
                }
                if (!h.preposition().isEmpty() || doc.is(k - 1, "الي")) {
                    for (int m = k + 1; m < end && m < k + 6; m++) {
                        if (doc.has(m, Vocabulary.PROTEST)) {
                            return false;
                        }
                        if (doc.hasAny(m, Vocabulary.EVENT, Vocabulary.SEMINAR, Vocabulary.CONFERENCE,
                                Vocabulary.MEETING)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * حيّا … المؤتمر: greeting the gathering, read as a greeting received; تحيي الحفل فرقة …: a troupe
     * performing at an event. Neither is praise.
     */
    private boolean greetsTheGathering(int i) {
        int end = Math.min(r.clause(i), i + 8);
        int from = i + 1;
        // a deliberating gathering may salute as subject; an event after يحيي is performed (تحيي الحفل فرقة …)
        if (doc.hasAny(from, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.SEMINAR)) {
            int j = from + 1;
            while (j < from + 3 && doc.word(j) && doc.form(j).startsWith("ال")) {
                j++; // اللقاء التشاوري: its adjectives
            }
            if (doc.word(j) && !doc.form(j).startsWith("ال") && !doc.tok(j).reading().hasPreposition()) {
                from = j; // حيّا المؤتمر صمود الأسيرات: the gathering as subject, then what it salutes
            }
        }
        for (int k = from; k < end; k++) {
            if (doc.has(k, Vocabulary.PROTEST)) {
                return false; // تحيي الوقفة الاحتجاجية: a protest saluted is a cause praised
            }
            if (gatheringAt(k) || doc.has(k, Vocabulary.PARTICIPANTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code تحيي الجالية الذكرى الحادية والثلاثين للاستقلال}, {@code لنحيي ذكرى تأسيس الاتحاد}: أحيا with a
     * remembrance ({@link Vocabulary#EULOGY}: ذكرى) as its object, past its subject, keeps a memory alive — it
     * commemorates or celebrates; it salutes nobody.
     */
    private boolean revivesMemory(int i) {
        return doc.next(Vocabulary.EULOGY, i + 1) < Math.min(r.clause(i), i + 6);
    }

    private boolean gatheringAt(int k) {
        return k < doc.size() && doc.hasAny(k, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.EVENT,
                Vocabulary.SEMINAR);
    }

    /**
     * {@code نظمت الجمعية حفلاً فنياً تحييه فرقة …}: يحيي with its pronoun taking up an event named before it in
     * the sentence is a performance (أحيا), not a salute.
     */
    private boolean performs(int i, Lexicon.Hit h) {
        if (h.suffix().isEmpty()) {
            return false;
        }
        for (int k = i - 1; k >= doc.sentenceStart(i) && k >= i - Reading.WINDOW; k--) {
            if (doc.has(k, Vocabulary.EVENT) && !doc.has(k, Vocabulary.PROTEST)) {
                return true;
            }
        }
        return false;
    }

    /** A token within {@code n} after {@code i} in the clause that is {@code form} or starts with a one-letter prefix. */
    /** {@code خص (التجمع) بالتحية}: the greeting in ب after the verb and its subject. */
    private boolean salutes(int i) {
        int end = Math.min(r.clause(i), i + 6);
        for (int k = i + 1; k < end; k++) {
            if (doc.has(k, Vocabulary.GREETING) && doc.form(k).startsWith("ب")) {
                return true;
            }
        }
        return false;
    }

    private boolean followedBy(int i, int n, String form) {
        int end = Math.min(r.clause(i), i + 1 + n);
        for (int k = i + 1; k < end; k++) {
            String f = doc.form(k);
            boolean adverb = f.startsWith("بعد") || f.startsWith("بين") || f.startsWith("بعض"); // نشيد العمال بعدها
            if (form.length() == 1 ? f.startsWith(form) && f.length() > 2 && !adverb : f.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** An object in على (عليه، عليهما) after the verb at {@code i}, before {@code to}. */
    private boolean onWhat(int i, int to) {
        for (int k = i + 1; k < to; k++) {
            if (doc.word(k) && doc.form(k).startsWith("علي")) {
                return true;
            }
        }
        return false;
    }

    private boolean within(int from, int to, String form) {
        for (int k = from; k < to; k++) {
            if (doc.form(k).endsWith(form)) {
                return true;
            }
        }
        return false;
    }

    /** The object of the act, a few words on, is the dead person: مكانة الفقيد، بمناقب الراحل. */
    private boolean honoursTheDead(int at) {
        int end = Math.min(r.clause(at), at + 6);
        for (int k = at + 1; k < end; k++) {
            if (doc.word(k) && doc.has(k, Vocabulary.DECEASED)) {
                return true;
            }
        }
        return false;
    }

    /** {@code يعتبر الحزب هذه الحوادث أعمالاً إجرامية}, {@code اعتبرت النقابة القرار انتهاكاً}: judged a wrong, condemned. */
    private boolean judgesWrong(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.CONSIDER);
        if (h == null || !(h.isVerb() || h.shape() == Shape.PARTICIPLE && !h.definite())
                || inRelativeClause(i, h) || afterComplementizer(i)) {
            return false;
        }
        int end = Math.min(r.clause(i), i + 10);
        for (int k = i + 1; k < end; k++) {
            if (doc.has(k, Vocabulary.WRONG)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ونعتبر هذا الفوز ثمرة …}: a body judging something it names as something is its position, said in the
     * first person. The third person ({@code يعتبر المؤتمر أعلى هيئة}) describes; a judgement taking up with its
     * pronoun what the act before it named ({@code نرفض المشروع ونعتبره ردة}) belongs to that act.
     */
    private boolean judgesAs(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.CONSIDER);
        if (h == null || !h.isVerb() || h.shape() == Shape.FUTURE || inRelativeClause(i, h) || afterComplementizer(i)
                || THAT.contains(doc.form(i + 1)) || complement(i, Math.min(doc.sentenceEnd(i), i + SPEAKER)) >= 0) {
            return false; // with أن it is a view stated (speechCue)
        }
        boolean ours = h.person().isFirst();
        return ours && h.suffix().isEmpty() && doc.word(i + 1);
    }

    // ---- reported speech and complements ----

    /** The most tokens between a verb of saying and its أن: the speaker named with role and source. */
    private static final int SPEAKER = 20;

    private static final Set<String> THAT = Set.of("ان", "بان", "انه", "انها", "اننا", "انهم", "بانه", "بانها",
            "باننا", "بانهم");

    /**
     * {@code وأضاف X أن …}, {@code لافتاً إلى أن …}, {@code وقال X: «إننا …»}: a verb of saying with a
     * complement states the speaker's position, an emphasis — unless what it tells is an event.
     */
    private Cue speechCue(int i) {
        Lexicon.Hit h = saying(i);
        if (h == null || !(h.isVerb() || h.shape() == Shape.PARTICIPLE && !h.definite() && h.suffix().isEmpty())
                || inRelativeClause(i, h) || afterComplementizer(i) || inComplement(i, h)
                || doc.is(i - 1, "من", "لمن", "ممن", "ما")) {
            return null; // لكل من يرى أن …: whoever holds a view is described, not quoted
        }
        int that = complement(i, Math.min(doc.sentenceEnd(i), i + SPEAKER));
        if (that < 0 && pointsToMatter(i, h)) {
            return new Cue(i, Kind.EMPHASIS, h); // …، مشيراً إلى أهمية الحوار
        }
        if (that < 0 || h.word() == Vocabulary.HOLD_VIEW && !h.suffix().isEmpty()) {
            return null; // رأيه: the noun "his opinion"
        }
        for (int k = i + 1; k < that && k < i + 4; k++) {
            if (doc.word(k) && (doc.tok(k).hasStemIn(FIGURES) || FIGURES.contains(bare(doc.form(k))))) {
                return null; // تشير إحصاءات الوزارة إلى أن …: figures speak of facts, not a speaker's position
            }
        }
        if (h.word() == Vocabulary.HOLD_VIEW && doc.form(i).contains("ذكر")) {
            // يُذكر أن … tells news; ذكّر بأن recalls a rule or a right: a position, whatever it dates
            return doc.form(that).startsWith("ب") ? new Cue(i, Kind.EMPHASIS, h) : null;
        }
        // نعتبر أن القرار يأتي في سياق … منذ 2023: a view held is a position, whatever it dates
        if (h.word() == Vocabulary.SAY && reportsFact(that)) {
            return null;
        }
        // وقال المتحدث باسم الحزب إن الحزب سيقدم …: the speaker's side telling what it will do promises it
        int end = extent(new Cue(i, Kind.EMPHASIS, h));
        int future = futureIn(that, end);
        boolean promised = future > 0 && !gatheringAfter(future) && !stative(future) && promisesFuture(that - 1, end);
        if (!promised && informs(i, h) && !notesPosition(that, end)) {
            return null; // مشيراً إلى أن المتدخلين تناولوا …: what the speaker points out about the event
        }
        return new Cue(i, promised ? Kind.PLEDGE : Kind.EMPHASIS, h);
    }

    /** A verb of pointing out or explaining ({@code أشار، لفت، أوضح} and their participles) at {@code i}. */
    private boolean informs(int i, Lexicon.Hit h) {
        String f = doc.form(i);
        return h.word() == Vocabulary.SAY && (pointing(f) || f.contains("وضح"));
    }

    /** A form of أشار or لفت (to point out), verb or participle, read in the words of saying. */
    private static boolean pointing(String f) {
        return f.contains("شير") || f.contains("شار") || f.contains("لافت") || f.contains("لفت");
    }

    /**
     * What is pointed out after {@code أن} at {@code that}, before {@code end}, is a position: a matter of concern
     * ({@link #MATTERS}: أن أهمية …) or an act it names (أن الجميع يؤكدون …). Pointing out or explaining anything
     * else — what the sessions covered, who sits in the hall, what the body did or holds, a figure — informs and
     * states no position of the speaker's.
     */
    private boolean notesPosition(int that, int end) {
        for (int k = that + 1; k < end; k++) {
            if (doc.word(k) && (MATTERS.contains(doc.tok(k).reading().stem()) || doc.hits(k).stream()
                    .anyMatch(x -> kindOf(x.word()) != null && kindOf(x.word()) != Kind.OTHER))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code …، مشيراً إلى أهمية الحوار}, {@code لافتاً إلى تزايد الضغوط}, {@code مبرزاً استمرار السياسات}, {@code وأشار
     * الوفد إلى أهمية …}: pointing out (the verb, or its circumstantial participle) a matter of concern ({@link
     * #MATTERS}, no أن) states the speaker's position; pointing to anything else tells the event.
     */
    private boolean pointsToMatter(int i, Lexicon.Hit h) {
        boolean circumstantial = h.shape() == Shape.PARTICIPLE && i > 0 && doc.punct(i - 1, "،,");
        if (h.word() != Vocabulary.SAY || !(h.isVerb() || circumstantial)) {
            return false;
        }
        String f = doc.form(i);
        boolean pointing = pointing(f) || f.contains("برز");
        // أشار الوفد إلى أهمية …: past the subject of a finite verb, a few words without a comma
        int at = i + 1;
        for (int j = i + 1; h.isVerb() && j < i + 6 && doc.word(j); j++) {
            if (doc.is(j, "الي")) {
                at = j;
                break;
            }
        }
        int k = doc.is(at, "الي") ? at + 1 : f.contains("برز") ? at : -1;
        return pointing && k > 0 && k + 1 < doc.size() && doc.word(k) && doc.word(k + 1)
                && !doc.tok(k).reading().hasPreposition() && MATTERS.contains(doc.tok(k).reading().stem());
    }

    /**
     * What a speaker points to as a matter of concern (folded stems): its weight or need, or a trend. Pointing to
     * anything else (the participation of delegations, the attendance) tells the event.
     */
    private static final Set<String> MATTERS = folded("أهمية", "ضرورة", "خطورة", "حاجة", "تزايد", "تنامي",
            "تراجع", "تدهور", "تفاقم", "استمرار", "غياب", "ارتفاع", "انعكاسات", "مخاطر");

    /** Sources of figures and findings, as the subject of a verb of saying (تشير البيانات إلى أن …), folded stems. */
    private static final Set<String> FIGURES = folded("بيانات", "إحصاءات", "إحصائيات", "تقارير", "أرقام", "معطيات",
            "دراسة", "دراسات", "تقديرات", "مؤشرات", "نتائج");

    private static Set<String> folded(String... words) {
        return java.util.Arrays.stream(words).map(org.nashra.parser.internal.text.FoldedText::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Who says "we" at {@code at}: in reported speech ({@code وقال X: «إننا ندين …»}) the speaker, the subject of the
     * verb of saying before it in its sentence; else the body the text speaks for.
     */
    private Party speaker(int at) {
        for (int k = at - 1; k >= doc.sentenceStart(at); k--) {
            Lexicon.Hit h = saying(k);
            if (h != null && h.isVerb() && !h.person().isFirst()) {
                return r.actorOf(k);
            }
        }
        return r.we(at);
    }

    /** A verb of saying ({@code قال، أضاف}) or of holding a view ({@code اعتبر، رأى، ذكّر}) at {@code i}, or null. */
    private Lexicon.Hit saying(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.SAY);
        if (h == null) {
            h = doc.hit(i, Vocabulary.CONSIDER);
        }
        return h != null ? h : doc.hit(i, Vocabulary.HOLD_VIEW);
    }

    private static boolean says(Word w) {
        return w == Vocabulary.SAY || w == Vocabulary.CONSIDER || w == Vocabulary.HOLD_VIEW;
    }

    /**
     * {@code وأكدت المتحدثة .}: an affirming verb whose sentence ends after its subject affirms nothing the text
     * gives; no act.
     */
    private boolean saysNothing(Cue c, int end) {
        return c.kind() == Kind.EMPHASIS && c.hit() != null && c.hit().word() == Vocabulary.EMPHASISE
                && c.hit().isVerb() && end <= c.at() + 2 && doc.punct(end, ".!?؟");
    }

    /**
     * The أن/إن opening what the verb at {@code verb} says, before {@code limit}: after its subject,
     * {@code إلى}, {@code قائلاً}, a colon or a quotation mark; -1 when another verb comes first.
     */
    /**
     * {@code وأضاف: «إننا ندين …»}: a verb of saying whose complement opens right on an act says that act, which is
     * read on its own; the saying is no act of its own.
     */
    private boolean saysOnlyAnAct(Cue c, int end) {
        if (c.hit() == null || saying(c.at()) == null || end >= doc.size() || cueAt(end, false) == null) {
            return false;
        }
        int that = complement(c.at(), Math.min(doc.sentenceEnd(c.at()), c.at() + SPEAKER));
        if (that < 0 || that >= end) {
            return false;
        }
        for (int k = that + 1; k < end; k++) {
            if (doc.word(k) && !doc.is(k, "نحن", "اننا", "انه", "انها", "انهم")) {
                return false;
            }
        }
        return true;
    }

    private int complement(int verb, int limit) {
        boolean quoting = false;
        for (int k = verb + 1; k < limit; k++) {
            if (doc.word(k) && THAT.contains(doc.form(k))) {
                return k;
            }
            if (doc.punct(k, ":«“")) {
                quoting = true; // وقال: «إننا …»: the quotation opens on its أن/إن or says something else
            } else if (quoting && doc.word(k) || doc.punct(k, ".!?؟؛;") || doc.word(k)
                    && doc.verb(k) && saying(k) == null && !insideName(k) || joinedParticiple(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code مشيراً إلى وقفة الشعب، ومؤكداً أن …}: after a comma, a participle of saying or of an act opens a
     * clause of its own; the أن after it is its complement, not that of the verb before.
     */
    private boolean joinedParticiple(int k) {
        return k > 0 && doc.punct(k - 1, "،,") && doc.word(k) && doc.hits(k).stream().anyMatch(x ->
                x.shape() == Shape.PARTICIPLE && (says(x.word()) || kindOf(x.word()) != null));
    }

    /**
     * What the complement at {@code that} tells is an event, not a position: it is dated, in the perfect
     * ({@code قد اجتمعت}, {@code كان قد أصيب}), or a gathering being held ({@code أن انعقاد المؤتمر جاء …}).
     */
    private boolean reportsFact(int that) {
        int end = Math.min(doc.sentenceEnd(that), that + 25);
        int first = that + 1;
        while (first < end && !doc.word(first)) {
            first++; // أن "المؤتمر …": past the quotation mark
        }
        if (!r.dateMentions().within(that, end).isEmpty() && !toldAsFuture(that, end)
                || doc.hasAny(first, Vocabulary.CONVENE, Vocabulary.MEET) || gatheringAt(first) || countReached(first, end)
                || convenedAfter(first, end)) {
            return true; // أن الاجتماع شهد …، أن عدد المسجلين بلغ …: what happened, not a position
        }
        for (int k = that + 1; k < end - 1; k++) {
            if (doc.punct(k, "،,") ) {
                return false;
            }
            if (doc.is(k, "قد", "وقد") && doc.word(k + 1) && !doc.form(k + 1).startsWith("ي")
                    && !doc.form(k + 1).startsWith("ن")) {
                return true; // قد اجتمعت، كان قد أصيب: done, told as news
            }
        }
        return false;
    }

    /**
     * {@code أكد أن المديرية ستنظم ورشة في شهر مايو القادم}: a complement whose verb, before its date, is a future
     * (سـ، سوف، لن) tells what will be done, not what happened.
     */
    private boolean toldAsFuture(int that, int end) {
        for (int k = that + 1; k < end && k < that + 8; k++) {
            if (futureWord(k)) {
                return !gatheringAfter(k);
            }
            if (!doc.word(k) || !self(k) && !(k > that + 1 && self(k - 1) && r.entities().qualifier(doc, k))) {
                return false; // أن المركز سوف يشهد يوم …: another's future is an event to come
            }
        }
        return false;
    }

    /**
     * {@code أن المؤتمر التاسع سيعقد في …}, {@code أن المنظمة ستنظم ملتقى …}, {@code سوف يشهد يوم الجمعة حفلاً}: a
     * gathering soon after the future verb at {@code k} (its subject or object) is a gathering announced, no act.
     */
    private boolean gatheringAfter(int k) {
        for (int j = k; j < k + 7 && j < doc.size() && doc.word(j); j++) {
            if (gatheringAt(j) || doc.has(j, Vocabulary.CONVENE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ستبقى، سيظل، ستكون}: a future of remaining or being says what the body will be, a view of it, not a
     * deed promised.
     */
    private boolean stative(int k) {
        String f = doc.form(k);
        String s = f.startsWith("و") || f.startsWith("ف") ? f.substring(1) : f;
        if (s.length() < 4 || s.charAt(0) != 'س') {
            return false;
        }
        String stem = s.substring(2);
        return stem.startsWith("بق") || stem.startsWith("ظل") || stem.startsWith("كون");
    }

    /** The first future verb of the complement opened at {@code that}, before {@code end}, or -1. */
    private int futureIn(int that, int end) {
        for (int k = that + 1; k < end && k < that + 8; k++) {
            if (futureWord(k)) {
                return k;
            }
        }
        return -1;
    }

    /** A verb in the future ({@code سيعقد}) or a particle of it ({@code سوف}, {@code لن}) at {@code k}. */
    private boolean futureWord(int k) {
        return doc.word(k) && (isFuture(doc.form(k)) || doc.is(k, "سوف", "لن"));
    }

    /** {@code إن الجمعية تنعقد بمقر النقابة}: a verb of convening right after the complement's subject tells a gathering. */
    private boolean convenedAfter(int first, int end) {
        for (int k = first + 1; k < end && k < first + 3 && doc.word(k); k++) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.CONVENE);
            if (h != null && h.isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a count or an amount: what they reach is a figure told. */
    private static final Set<String> COUNTS = folded("عدد", "أعداد", "حجم", "مجموع", "إجمالي", "قيمة");

    /** Verbs of reaching a figure, folded, in the past and the present. */
    private static final Set<String> REACHED = folded("بلغ", "بلغت", "يبلغ", "تبلغ", "تجاوز", "تجاوزت", "يتجاوز",
            "تتجاوز", "فاق", "فاقت", "يفوق", "تفوق", "تخطى", "تخطت", "يتخطى", "تتخطى", "ناهز", "ناهزت", "يناهز",
            "تناهز", "قارب", "قاربت", "يقارب", "تقارب", "وصل", "وصلت", "يصل", "تصل", "ارتفع", "ارتفعت", "يرتفع",
            "ترتفع");

    /**
     * {@code أوضحت أن عدد العضوات المسجلات بلغ ألفين}, {@code أن أعداد المعتقلين تجاوزت …}: a count opening the
     * complement, reaching its figure, is a figure told, not a position.
     */
    private boolean countReached(int first, int end) {
        if (!doc.word(first) || !COUNTS.contains(bare(doc.form(first)))) {
            return false;
        }
        for (int k = first + 1; k < end && k < first + 8; k++) {
            if (doc.word(k) && REACHED.contains(doc.form(k))) {
                return true;
            }
        }
        return false;
    }

    /** A form without its article. */
    private static String bare(String f) {
        return f.startsWith("ال") ? f.substring(2) : f;
    }

    /**
     * {@code أكد أن الحزب يتبنى …}: a verb right after أن and a short subject completes the act that
     * governs it. An emphatic إنّ opening the sentence governs nothing.
     */
    private boolean inComplement(int i, Lexicon.Hit h) {
        if (h.conj() > 0 || doc.punct(r.clause(i), ":")) {
            return false; // جاء فيها ان الرابطة تطالب بـ: — the verb announces the items, it is the act
        }
        for (int k = i - 2; k >= 0 && k >= i - 12; k--) {
            if (!doc.word(k) || doc.lineStart(k + 1) && k + 1 < i
                    || doc.verb(k)) {
                return false;
            }
            if (doc.is(k, "ان", "بان") && k > doc.sentenceStart(k) && doc.word(k - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code أتقدم إليكم بالتهاني بمناسبة انتخابكم، منوهين بالثقة التي وضعها الأعضاء في شخصكم}: praise of the one
     * congratulated (a second-person pronoun in its clause, a congratulation before it in the sentence) is part of the
     * greeting, no public position.
     */
    private boolean complimentsAddressee(int i) {
        boolean congratulated = false;
        for (int k = doc.sentenceStart(i); k < i && !congratulated; k++) {
            congratulated = doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONGRATULATE);
        }
        if (!congratulated) {
            return false;
        }
        return secondPersonIn(i + 1, r.clause(i), true);
    }

    /**
     * {@code مطالب تنظيم ساعات العمل}, {@code موكب مهيب}: a participle without the ending of a circumstantial (مطالباً،
     * مطالبين، مؤكدة) is a noun or an adjective, no one acting.
     */
    private boolean bareParticiple(int i) {
        String f = doc.form(i);
        return !(f.endsWith("ا") || f.endsWith("ين") || f.endsWith("ون") || f.endsWith("ه") || f.endsWith("ة")
                || f.endsWith("ات") || f.endsWith("ان"));
    }

    /** {@code مطالب العمال}: a bare participle form before a definite noun is a noun in construct (the demands of). */
    private boolean inConstruct(int i) {
        String f = doc.form(i);
        boolean bare = !(f.endsWith("ا") || f.endsWith("ين") || f.endsWith("ون") || f.endsWith("ه")
                || f.endsWith("ات") || f.endsWith("ان"));
        return bare && doc.word(i + 1) && (doc.form(i + 1).startsWith("ال") || doc.form(i + 1).startsWith("لل"));
    }

    /**
     * {@code أن الأحزاب مطالبة بتجديد نخبها}, {@code الجهات مدعوة}: a singular participle right after a definite
     * noun (no comma between) is its predicate or adjective, not an act; the circumstantial مطالباً/مطالبين stays one.
     */
    private boolean predicate(int i) {
        String f = doc.form(i);
        return i > 0 && doc.word(i - 1) && doc.form(i - 1).startsWith("ال") && !f.endsWith("ا") && !f.endsWith("ين")
                && !f.endsWith("ون") && !doc.verb(i - 1)
                && !doc.has(i - 1, Vocabulary.PARTICIPANTS);
    }

    /**
     * {@code لكن المطلوب توحيد الصفوف}, {@code والمطلوب اليوم عملية إنقاذ}: what is required, opening its clause, is
     * the speaker's position (after a noun it is an adjective: النصاب المطلوب).
     */
    private boolean required(int i) {
        if (!doc.is(i, REQUIRED) || !doc.word(i + 1)) {
            return false;
        }
        return i == 0 || !doc.word(i - 1) || doc.lineStart(i) || doc.form(i).length() > 7
                || doc.is(i - 1, "لكن", "ولكن", "بل", "اما", "واما", "انما");
    }

    /**
     * {@code اتفق المشاركون على تشكيل لجنة}, {@code توافقت الأطراف على عقد …}, {@code تم الاتفاق على إطلاق …}: an
     * agreement whose object after على is an undertaking.
     */
    private boolean agreesTo(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.AGREE);
        if (h == null || !(h.isVerb() || h.shape() == Shape.MASDAR && afterCarrier(i)) || !h.suffix().isEmpty()
                || inRelativeClause(i, h) || afterComplementizer(i)) {
            return false;
        }
        int end = Math.min(r.clause(i), i + SPEAKER);
        for (int k = i + 1; k + 1 < end; k++) {
            if (doc.is(k, "علي")) {
                return undertaking(k + 1);
            }
        }
        return false;
    }

    /**
     * A verbal noun of doing something at {@code k} — by its pattern (تفعيل تشكيل، إفعال إطلاق، افتعال اعتماد،
     * استفعال استحداث) or as holding a gathering ({@code عقد}) — but not the opening or closing of one.
     */
    private boolean undertaking(int k) {
        if (!doc.word(k) || doc.hasAny(k, Vocabulary.OPEN, Vocabulary.CLOSE, Vocabulary.ELECT)) {
            return false;
        }
        for (int j = k; j < k + 3 && j < doc.size() && doc.word(j); j++) {
            if (doc.has(j, Vocabulary.PROTEST)) {
                return true; // يعلن عن الدخول في إضراب: a protest action announced
            }
        }
        if (doc.hits(k).stream().anyMatch(h -> h.word() == Vocabulary.CONVENE && h.shape() == Shape.MASDAR)
                || doc.has(k, Vocabulary.FORM_BODY)) {
            return true;
        }
        String f = doc.form(k);
        String bare = bare(f);
        if (bare.startsWith("انته") || bare.startsWith("مشارك") && !bare.startsWith("مشاركين")) {
            return !bare.startsWith("انته"); // يعلن مشاركته في الاعتصام: taking part decided; انتهاء: an end told
        }
        return actionPattern(bare);
    }

    /**
     * {@code أعلن الحزب تعليق أنشطته}, {@code نعلن تنظيمنا …}: what is announced is an undertaking, also with the
     * possessive of its doer (after عبّر عن the same form names a feeling: اعتزازها).
     */
    private boolean announcedUndertaking(int k) {
        if (undertaking(k)) {
            return true;
        }
        String f = doc.form(k);
        String bare = bare(f);
        for (String suffix : Clitic.PRONOUN_SUFFIXES) {
            if (bare.endsWith(suffix) && actionPattern(bare.substring(0, bare.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The patterns of verbal nouns of doing: تفعيل، إفعال، افتعال، استفعال. */
    private static boolean actionPattern(String bare) {
        int n = bare.length();
        return n == 5 && bare.charAt(0) == 'ت' && bare.charAt(3) == 'ي' // تنظيم، تعيين
                || n == 5 && bare.charAt(0) == 'ا' && bare.charAt(3) == 'ا' // إطلاق، إصدار
                || n == 6 && bare.charAt(0) == 'ا' && bare.charAt(2) == 'ت' && bare.charAt(4) == 'ا' // اعتماد
                || n == 7 && bare.startsWith("است") && bare.charAt(5) == 'ا'; // استحداث
    }

    /**
     * {@code 4200 طالبة}, {@code ثلاثمئة طالب}: a word read as an act after a number (not a date) is a counted noun.
     */
    private boolean counted(int i) {
        if (i > 1 && doc.word(i - 1) && joinedByConjunction(i) && counted(i - 1)) {
            return true; // ٦٨٤٢ طالباً وطالبة: the counted nouns joined
        }
        if (i == 0 || !doc.word(i - 1) && !doc.tok(i - 1).isNumber() || r.dateMentions().covering(i - 1) != null) {
            return false;
        }
        org.nashra.parser.internal.number.NumberPhrase n = doc.tok(i - 1).isNumber() ? null
                : org.nashra.parser.internal.number.ArabicNumbers.read(doc.analyzed(), i - 1);
        return doc.tok(i - 1).isNumber() || n != null && !n.ordinal() && n.endToken() == i;
    }

    /** True when a word the lexicon knows at {@code i} carries و or ف (asked at every word: no stream). */
    private boolean joinedByConjunction(int i) {
        List<Lexicon.Hit> hits = doc.hits(i);
        for (int k = 0; k < hits.size(); k++) {
            if (hits.get(k).conj() > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code قرار بتشكيل …} heading an item: a decision named by its noun. */
    private boolean decisionNamed(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.DECISION_NOUN);
        return h != null && h.prefix().isEmpty() && h.suffix().isEmpty() && doc.word(i + 1)
                && doc.form(i + 1).startsWith("ب") && doc.form(i + 1).length() > 3;
    }

    /** A body formed or a post filled ({@code وتعيين}, {@code وتشكيل}): a decided item of its own. */
    private boolean constitutes(int k) {
        Lexicon.Hit appoint = doc.hit(k, Vocabulary.APPOINT);
        return doc.has(k, Vocabulary.FORM_BODY)
                || appoint != null && appoint.shape() == Shape.MASDAR && appoint.suffix().isEmpty();
    }

    /** {@code دعا، المكتب التنفيذي …، كافة …}: a subject set off by commas right after the verb is an aside. */
    private int asideEnd(int verb, int limit) {
        if (!doc.punct(verb + 1, "،,")) {
            return verb + 1;
        }
        for (int k = verb + 2; k < limit && k < verb + 16; k++) {
            if (doc.punct(k, "،,")) {
                Found<Party> a = r.actorAt(verb + 2, k);
                return a != null ? k + 1 : verb + 1;
            }
            if (doc.punct(k)) {
                break;
            }
        }
        return verb + 1;
    }

    /**
     * {@code أعرب الحزب، عن دعمه}: the first token of the act's complement past the subject and asides set off by
     * commas ({@link Reading#pastAsides}), else -1; after a verb of saying, an أن there opens what is said, which
     * {@link #complement} reads.
     */
    private int pastAsides(int verb) {
        int s = r.pastAsides(verb);
        return s > 0 && doc.is(s, "ان", "انه", "انها", "بان") && saying(verb) != null ? -1 : s;
    }

    // ---- extents ----

    /** Where the act at {@code c} ends: a comma not followed by و, a new act, an opener, the sentence end. */
    private int extent(Cue c) {
        int limit = Math.min(Math.min(doc.sentenceEnd(c.at()), r.layout().bodyTo()), c.at() + MAX_ACT);
        int said = c.hit() != null && says(c.hit().word()) ? complement(c.at(), limit) : -1;
        int j = said > c.at() ? said + 1 : asideEnd(c.at(), limit); // وقال: «إن …»: what is said, past its colon
        int past = said < 0 && c.hit() != null && c.hit().isVerb() ? pastAsides(c.at()) : -1;
        j = Math.max(j, Math.min(past, limit)); // دعا الحزب، اليوم السبت، المجلس الى …
        // أكد الاتحاد في بيان رسمي، وقوفه …: an act runs at least to its object, wherever the object was found
        j = Math.max(j, Math.min(c.object(), limit));
        while (j < limit) {
            if (doc.punct(j, "،,؛;:")) {
                int next = j + 1;
                if (next >= limit || !doc.form(next).startsWith("و") || doc.has(next, Vocabulary.OPENER)
                        || SUBORDINATE.contains(doc.form(next))) {
                    return j;
                }
                if (cueAt(next, false) != null && startsNewAct(c, cueAt(next, false))
                        || namedByNoun(c) && joinedNoun(next) != null) {
                    return j;
                }
            } else if (doc.has(j, Vocabulary.OPENER) && !doc.is(j, "ايضا", "كذلك") && j != c.object()
                    && !(SELF_THAT.contains(doc.form(j)) && affirmsAt(c, j))) {
                return j;
            } else {
                Cue other = cueAt(j, false);
                if (other != null && startsNewAct(c, other)) {
                    return doc.has(j - 1, Vocabulary.RELATIVE) ? j - 1 : j; // أقر البيان | الذي طالب …
                }
            }
            j++;
        }
        return limit;
    }

    /**
     * {@code أكد الرئيس أنه سيعمل …}, {@code مؤكداً إنه …}: folded, أنه and إنه are one word, and right after a verb of
     * affirming (and its subject) it opens what is affirmed, not a new clause.
     */
    private boolean affirmsAt(Cue c, int j) {
        if (c.hit() == null || c.hit().word() != Vocabulary.EMPHASISE || c.hit().shape() == Shape.MASDAR) {
            return false;
        }
        Found<Party> subject = c.hit().isVerb() ? r.subjectAfter(c.at()) : null;
        return j == c.at() + 1 || subject != null && j == subject.to();
    }

    /** An act named by its verbal noun ({@code مطالبة الحكومة بـ…}), not by a verb. */
    private boolean namedByNoun(Cue c) {
        return c.hit() != null && c.hit().shape() == Shape.MASDAR;
    }

    /** The act a verbal noun joined by و at {@code k} names ({@code ودعوة}, {@code ورفضها}), or null. */
    private Cue joinedNoun(int k) {
        if (k >= doc.size() || !doc.word(k) || !joinedByConjunction(k) || masdarKind(k) == null) {
            return null;
        }
        for (Lexicon.Hit h : doc.hits(k)) {
            if (h.shape() == Shape.MASDAR && kindOf(h.word()) == masdarKind(k)) {
                return new Cue(k, masdarKind(k), h);
            }
        }
        return null;
    }

    /** Whether cue {@code b} inside the act of {@code a} starts an act of its own. */
    private boolean startsNewAct(Cue a, Cue b) {
        if (a.object() >= 0 && b.at() > a.object() && b.at() <= a.object() + 2) {
            return false; // نعلن أننا سنعرض …: the future the declaration names
        }
        if (b.hit() == null) {
            return true;
        }
        if (b.at() == a.object()) {
            return false; // يؤكد تضامنه: the object that named the act
        }
        // يشجب ويستنكر، تشجب الرابطة وتستنكر: a second verb of the same kind right after the first (and its subject)
        Found<Party> subject = a.hit() != null && a.hit().isVerb() ? r.subjectAfter(a.at()) : null;
        boolean adjacent = b.at() == a.at() + 1 || (b.at() == a.at() + 2 && doc.is(a.at() + 1, "فيها", "فيه"))
                || subject != null && b.at() == subject.to() && b.hit().conj() > 0;
        if (adjacent && b.kind() == a.kind()) {
            return false; // يشجب ويستنكر
        }
        if (b.kind() == a.kind() && b.hit().isVerb() && b.hit().conj() > 0 && !b.hit().suffix().isEmpty()) {
            return false; // تدين هذا العمل وتعتبره اعتداءً: the same object taken up by its pronoun, one act
        }
        if (a.hit() != null && b.hit().word() == a.hit().word() && b.hit().isVerb() && !b.hit().suffix().isEmpty()
                && b.hit().conj() == 0) {
            return false; // دعا المؤتمر … دعاها الى
        }
        if (a.hit() != null && b.hit().word() == a.hit().word() && b.hit().conj() == 0
                && b.at() == (subject != null ? subject.to() : a.at() + 1)) {
            return false; // ترفض النقابة رفضاً قاطعاً: the verb's own verbal noun as its absolute object
        }
        if (b.hit().shape() == Shape.MASDAR || b.hit().word() == Vocabulary.NECESSITY) {
            return false; // أكد على ضرورة …، إدانة in an object
        }
        return true;
    }

    /** {@code يؤكد على موقفه …، بما يأتي:}: a clause announcing the items that follow is no act of its own. */
    private boolean announcesItems(int end) {
        for (int k = end; k < doc.size() && k < end + 5; k++) {
            if (doc.punct(k, ":")) {
                return doc.is(k - 1, FOLLOWING) || doc.is(k - 2, FOLLOWING);
            }
            if (doc.punct(k, ".!?؟") || doc.lineStart(k) && k > end) {
                return false;
            }
        }
        return false;
    }

    private static final String[] FOLLOWING = {"ياتي", "يلي", "الاتي", "التالي", "الاتيه", "التاليه"};

    private boolean isIntro(Cue c) {
        return c.hit() != null && c.hit().isVerb();
    }

    // ---- output ----

    private void emit(Cue c, int end, List<Resolution> out) {
        Party actor = c.hit() == null ? r.subjectBefore(c.at())
                : c.hit().isVerb() ? c.hit().person().isFirst() ? speaker(c.at()) : r.actorOf(c.at())
                : r.subjectBefore(c.at());
        boolean itemised = c.kind() == Kind.DECISION || c.kind() == Kind.RECOMMENDATION;
        // قرر تشكيل …، واصدار …; تم تشكيل لجنة … وتعيين منسق لها: one decision per item
        if (itemised && (c.hit() != null && c.hit().isVerb() || c.hit() == null && c.kind() == Kind.DECISION)) {
            List<int[]> items = decisionItems(c.at(), end);
            for (int n = 0; n < items.size(); n++) {
                int[] it = items.get(n);
                int skip = doc.conjunction(it[0]);
                Phrase p = doc.phrase(it[0], skip, it[1]);
                if (p != null) {
                    out.add(Resolution.builder(c.kind()).actor(actor).text(p.text()).span(p.span()).build());
                }
            }
            return;
        }
        int start = c.hit() == null && doc.has(c.at(), Vocabulary.PROOF) ? doc.sentenceStart(c.at()) : c.at();
        // استهلها بالتأكيد على …: the act's text starts at the verbal noun, past its ب
        int skip = c.hit() != null && c.hit().shape() == Shape.MASDAR && c.hit().preposition().equals("ب")
                ? Parties.clitics(doc, start) : doc.conjunction(start);
        if (c.hit() != null && c.hit().word() == Vocabulary.NECESSITY && start > 0
                && doc.has(start - 1, Vocabulary.NEED)) {
            start--;
            skip = doc.conjunction(start);
        }
        Phrase p = doc.phrase(start, skip, end);
        if (p == null) {
            return;
        }
        out.add(Resolution.builder(c.kind()).actor(actor).addressee(addressee(c.kind(), c.at(), end))
                .text(p.text()).span(p.span()).build());
    }

    /**
     * {@code قرر تشكيل …، واصدار …، وتنظيم …}: the decided items, split where a comma is followed by و; a
     * finite verb after the comma opens a clause of its own and ends the items.
     */
    private List<int[]> decisionItems(int from, int to) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        for (int k = from + 1; k < to - 1; k++) {
            if (k > start + 1 && doc.hits(k).stream().anyMatch(h -> h.conj() > 0) && constitutes(k)) {
                items.add(new int[] {start, k}); // … وتعيين أمين سر: a second body formed or post filled
                start = k;
                continue;
            }
            if (doc.punct(k, "،,") && doc.form(k + 1).startsWith("و") && !doc.form(k + 1).startsWith("ال")) {
                items.add(new int[] {start, k});
                start = k + 1;
                if (doc.verb(k + 1)
                        && doc.hits(k + 1).stream().noneMatch(h -> h.shape() == Shape.MASDAR || h.shape() == Shape.NOUN)) {
                    return items; // …، واختار بالتزكية X: a clause with its own verb is no decided item
                }
            }
        }
        items.add(new int[] {start, to});
        return items;
    }

    private Party addressee(Kind kind, int cue, int end) {
        if (kind != Kind.DEMAND && kind != Kind.CALL) {
            return null;
        }
        int j = cue + 1;
        Found<Party> subject = r.subjectAfter(cue);
        if (subject != null) {
            j = subject.to();
        }
        while (j < end && doc.is(j, "فيه", "فيها", "بشده", "ايضا")) {
            j++;
        }
        if (j >= end || !doc.word(j) || doc.form(j).startsWith("ب") || doc.is(j, "الي", "علي", "ان", "من")) {
            return null;
        }
        int k = j;
        while (k < end && doc.word(k) && !doc.form(k).startsWith("ب") && !doc.is(k, "الي", "علي", "ان", "من")
                && !doc.form(k).startsWith("لل")) {
            if (doc.has(k, Vocabulary.RELATIVE)) {
                k = r.clause(k);
                break;
            }
            k++;
        }
        Phrase p = doc.phrase(j, 0, k);
        if (p == null) {
            return null;
        }
        Found<Party> a = r.actorAt(j, k);
        if (a != null && a.to() == k) {
            return a.value();
        }
        return new org.nashra.model.Group(p.text(), p.span());
    }
}
