package org.nashra.parser.internal.frame.greeting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.nashra.model.Greeting;
import org.nashra.model.Greeting.Direction;
import org.nashra.model.Greeting.Form;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Layout;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.StemSet;

/**
 * Reads greetings, telegrams, messages, congratulations and condolences, one
 * {@link Greeting} per sender (received) or per addressee (sent).
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>received</b>: {@code تلقى المؤتمر برقيات تحية من X، ومن Y}, {@code البرقيات التي وصلت الى
 *       المؤتمر وكانت من X وبرقية من Y وتحية من Z}, {@code وصلت رسالة تضامن من X}, senders listed after
 *       one {@code من} ({@code برقيات من X، وY، وZ}); a sender who sends to the gathering
 *       ({@code بعثت منظمة روسيا … رسالة تحية الى المؤتمر}), passes on greetings to it ({@code نقلت تحيات
 *       الحزب الى المؤتمر}) or salutes it ({@code حيّا الرفيق X المؤتمر});</li>
 *   <li><b>sent</b>: {@code وجّه/بعث/أرسل X رسالة تحية الى Y، ورسالة تهنئة الى Z}, {@code بعث المشاركون
 *       بتحياتهم الى …}, {@code بتوجيه التحية الى X، والى Y}, {@code تتقدم … بأحر التهاني الى X، والى Y},
 *       {@code نتقدم لحزبنا ولرفاقنا … بأحر التهاني}, {@code تتقدم اليكم} (the letter's addressee),
 *       {@code نخص بالتحية X، وY}, {@code رسالة تحية وترحيب بـX};</li>
 *   <li><b>form</b>: content before medium before a plain greeting — {@code تهنئة} congratulation,
 *       {@code تعزية/مواساة} condolence, {@code تمنيات} wishes (also {@code تمنى فيها …} after the sender),
 *       then {@code برقية} telegram, {@code رسالة} message, then {@code تحية} greeting;</li>
 *   <li><b>read out or arrived</b>: {@code تلا العريف البرقيات الواردة الى المركز، ومنها برقيات من X، وY، ومن Z},
 *       {@code قُرئت رسائل من …}; a speech that congratulates or salutes ({@code كلمة الجمعية … هنأ/حيّت فيها
 *       الحضور}) is received from the body it speaks for; {@code بعث X رسالة … متمنياً للمؤتمر النجاح} is
 *       received wishes; news received ({@code تلقت الجالية انباء … من}) is none;</li>
 *   <li><b>sent, more forms</b>: {@code نهنئ/نبارك (لـ)X}, {@code نزف التهاني الى X}, {@code قدّم التعازي لـX},
 *       Levantine {@code تتقدم X بأحر التهاني من أهلنا، ومن رفاقنا} (من marks the addressee once the sender is named);</li>
 *   <li><b>lists of addressees</b>: a titled person or office holder joined by {@code ، و} without a repeated
 *       {@code الى} ({@code الى معالي الوزير، وسعادة السفير}) is one more addressee; a repeated {@code ، والى} is
 *       one however long the addressee before it; {@code رسائل تهنئة وردت … من X، ومن Y} is received from each;
 *       a message of thanks ({@code رسالة شكر}) is left to the acknowledgements;</li>
 *   <li><b>occasion</b>: {@code بمناسبة …}; an occasion or loss in ب ends the addressee ({@code يهنئ الشعب بالذكرى …},
 *       {@code … وعائلة X باستشهاد …}). Heading and signature lines are not read.</li>
 *   <li><b>more addressees</b>: {@code من} right after the verb with the sender before it or in the first person
 *       ({@code إن اللقاء … يتقدم من X، ومن Y … بأحر التعازي}, {@code نتقدم من أسرتك}); {@code التعازي لـX، ولـY}; a
 *       title alone ({@code سمو}) is no addressee; where condolences are received ({@code تُقبل التعازي لـ…}) is none.</li>
 *   <li><b>one entry per party</b>: a greeting to (or from) a party already greeted — the same words, or all the
 *       words of one within the other ({@code الى حزب الخضر} … {@code نص البرقية الموجهة الى الأمين العام لحزب
 *       الخضر}) — is the same greeting told again.</li>
 * </ul>
 */
public final class GreetingFrames {
    /** A form that starts with ل, after و or not: compiled once, not at each String.matches call. */
    private static final java.util.regex.Pattern LAM_FIRST = java.util.regex.Pattern.compile("و?ل.*");

    /** How far after the verb (or its subject) the medium of a sent greeting may come. */
    private static final int SENDER_REACH = 12;

    private final Reading r;
    private final Doc doc;
    private final Layout layout;
    private final List<Greeting> out = new ArrayList<>();
    /** {@link #words} of each span read (every greeting added compares its party with all those before it). */
    private final java.util.Map<org.nashra.model.Span, java.util.Set<String>> wordsAt = new java.util.HashMap<>();
    private int readTo = -1;
    /** The last body or person told to receive greetings, to whom a greeting sent to nobody named goes. */
    private Party receiverSeen;

    private GreetingFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
        this.layout = r.layout();
    }

    /** The greetings of the text, in text order. */
    public static List<Greeting> read(Reading r) {
        return new GreetingFrames(r).readAll();
    }

    private List<Greeting> readAll() {
        for (int i = layout.bodyFrom(); i < layout.bodyTo(); i++) {
            if (i < readTo) {
                continue;
            }
            Lexicon.Hit h;
            if ((h = verb(i, Vocabulary.RECEIVE)) != null) {
                received(i, i + 1);
            } else if ((h = doc.hit(i, Vocabulary.SEND)) != null && (h.isVerb() || h.shape() == Word.Shape.MASDAR)
                    && !thanksMessage(i)) {
                sent(i, h);
            } else if ((h = verb(i, Vocabulary.TURN)) != null) {
                turned(i);
            } else if (verb(i, Vocabulary.OFFER) != null
                    || verb(i, Vocabulary.DECLARE) != null && greetingObject(i, r.limit(i)) >= 0) {
                offered(i); // قدّم التعازي لـX; عبّرت عن خالص تعازيها لـX، جدّد تهانيه الى X: any carrier of the greeting
            } else if (verb(i, Vocabulary.SINGLE_OUT) != null
                    && (verb(i, Vocabulary.SINGLE_OUT).person().isFirst() || congratulationAfter(i))) {
                singledOut(i); // a third person's salute in a statement is praise (ResolutionFrames)
            } else if ((h = verb(i, Vocabulary.SALUTE)) != null) {
                saluted(i);
            } else if (verb(i, Vocabulary.PASS_ON) != null) {
                passedOn(i);
            } else if ((direct(i, Vocabulary.CONGRATULATE) != null || direct(i, Vocabulary.CONSOLE) != null)
                    && !insideName(i) && !bareParticiple(i)) {
                addressedDirectly(i, direct(i, Vocabulary.CONSOLE) != null ? Form.CONDOLENCE : Form.CONGRATULATION);
            } else if (isMedium(i) && (receivedRelative(i) || readOut(i))) {
                received(i, i);
            } else if (doc.has(i, Vocabulary.RELATIVE) && sentByRelative(i)) {
                sentToGathering(i);
            } else if (doc.hasAny(i, Vocabulary.CONDOLENCE, Vocabulary.CONGRATULATION)) {
                nominal(i);
            }
        }
        if (out.stream().noneMatch(g -> g.direction() == Direction.SENT)) {
            headline();
        }
        letters();
        return out;
    }

    /** A salutation line has at most this many words ({@code السيد وزير الخارجية الدكتور X المحترم}). */
    private static final int SALUTATION_WORDS = 16;

    /**
     * The addressees of the letters in the text, one per salutation line: a short line that ends in {@code المحترم}
     * ({@code المحترمة}, {@code المحترمون}), heading the letter or where a letter quoted in a report begins
     * ({@code السيد رئيس الجمهورية الدكتور X المحترم}, {@code الإخوة والأخوات في الاتحاد X المحترمون}).
     */
    private List<Found<Party>> salutations() {
        if (salutations == null) {
            salutations = new ArrayList<>();
            for (Layout.Line line : layout.lines()) {
                int last = line.to() - 1;
                while (last > line.from() && !doc.word(last)) {
                    last--;
                }
                if (last > line.from() && line.words() <= SALUTATION_WORDS && doc.form(last).startsWith("المحترم")) {
                    Party p = r.addressedBy(new Layout.Line(line.from(), last + 1, line.words()));
                    int at = p == null || p.span() == null ? -1 : doc.tokenAt(p.span().start());
                    if (at >= 0) {
                        // السيد سفير جمهورية العراق في استراليا د X المحترم: the office, then the person named
                        Found<Party> office = new Found<>(p, at, doc.tokenAt(p.span().end() - 1) + 1);
                        Found<org.nashra.model.Person> named = apposed(office, last, Parties.NO_STOP);
                        salutations.add(new Found<>(named != null ? named.value() : p, line.from(), last + 1));
                    }
                }
            }
        }
        return salutations;
    }

    /** The salutation addressees of the text, read once. */
    private List<Found<Party>> salutations;

    /**
     * {@code الى المؤتمر العام للحزب المحترم}, {@code الى الرفاق المجتمعين المحترمين}: a letter to the gathering or to the
     * issuer itself is one the text's body received, not one it sent.
     */
    private boolean ours(Found<Party> salutation) {
        for (int k = salutation.from(); k < salutation.to(); k++) {
            if (doc.hasAny(k, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.PARTICIPANTS)) {
                return true;
            }
        }
        java.util.Set<String> words = words(salutation.value());
        return !words.isEmpty() && (words.equals(words(r.issuer())) || words.equals(words(r.organizer())));
    }

    /**
     * Whom the second person at token {@code at} speaks to ({@code نهنئكم}, {@code نبارك لكم}, {@code نتقدم اليكم}):
     * the addressee of the nearest salutation line before it, else of the letter's heading.
     */
    private Party you(int at) {
        Party p = null;
        for (Found<Party> s : salutations()) {
            if (s.from() < at) {
                p = s.value();
            }
        }
        return p != null ? p : r.addressee();
    }

    /**
     * Each salutation line's addressee is sent the letter ({@code السيد الوزير X المحترم، السيد السفير Y المحترم}):
     * with the greeting the letter carries to the one spoken to (a congratulation, a condolence), else as a message.
     * An addressee already greeted is not told again.
     */
    private void letters() {
        List<Found<Party>> lines = salutations();
        if (lines.isEmpty()) {
            return;
        }
        Form form = out.stream().filter(g -> g.direction() == Direction.SENT && g.span() != null
                        && doc.tokenAt(g.span().start()) >= lines.get(0).from())
                .map(Greeting::form).findFirst().orElse(Form.MESSAGE);
        int before = out.size();
        for (Found<Party> s : lines) {
            if (!ours(s) && !(s.value() instanceof org.nashra.model.Person p && p.name() == null)) {
                // السيد سفير جمهورية X المحترم whose name the reader missed: better no entry than one by office alone
                add(Direction.SENT, form, r.we(s.from()), s.value(), s.from(), s.to(), true);
            }
        }
        if (out.size() > before) {
            out.sort(java.util.Comparator.comparingInt(g -> g.span() == null ? 0 : g.span().start()));
        }
    }

    /** {@code الحزب الديمقراطي يهنئ الشعب الليبي بالذكرى …}: a letter whose only greeting is its headline's. */
    private void headline() {
        for (Layout.Line line : layout.headings()) {
            for (int i = line.from(); i < line.to(); i++) {
                boolean console = verb(i, Vocabulary.CONSOLE) != null;
                if (!here(i) && (console || verb(i, Vocabulary.CONGRATULATE) != null)) { // من هنا: no verb
                    addressedDirectly(i, console ? Form.CONDOLENCE : Form.CONGRATULATION);
                    return;
                }
            }
        }
    }

    private Lexicon.Hit verb(int i, Word w) {
        Lexicon.Hit h = doc.hit(i, w);
        return h != null && h.isVerb() ? h : null;
    }

    /**
     * A word that congratulates or consoles someone directly: the verb ({@code هنّأ}, {@code نعزّي}) or the
     * circumstantial participle ({@code مهنئاً}, {@code معزّين}), whose object is the addressee.
     */
    private Lexicon.Hit direct(int i, Word w) {
        Lexicon.Hit h = doc.hit(i, w);
        if (h != null && here(i)) {
            return null;
        }
        return h != null && (h.isVerb() || h.shape() == Word.Shape.PARTICIPLE && !h.definite() && h.suffix().isEmpty()
                && h.preposition().isEmpty()) ? h : null;
    }

    /**
     * {@code ونطالب من هنا الحكومات}, {@code من هنا، فإن …}: هنا after من, or closed by punctuation, is the adverb
     * "here", written as the past of هنّأ once folded.
     */
    private boolean here(int i) {
        return doc.is(i, "هنا", "وهنا") && (doc.is(i - 1, "من", "ومن") || i + 1 >= doc.size() || doc.punct(i + 1));
    }

    /**
     * The congratulation or condolence a verb carries as its object, after its subject and عن and an intensifier
     * in construct ({@code عبّرت الرابطة عن خالص تعازيها}), or -1.
     */
    private int greetingObject(int verb, int end) {
        Found<Party> s = r.subjectAfter(verb);
        int past = s != null ? r.complementAfter(verb, s.to()) : r.pastAsides(verb); // يعرب الحزب، بكل هيئاته، عن …
        int from = past > 0 ? past : s != null ? s.to() : verb + 1;
        for (int k = verb + 1; k < end && k < Math.max(verb + 6, from + 4); k++) {
            if (doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE) && !doc.form(k).startsWith("ب")) {
                return k;
            }
        }
        return -1;
    }

    private boolean isMedium(int i) {
        return doc.hasAny(i, Vocabulary.TELEGRAM, Vocabulary.MESSAGE, Vocabulary.GREETING);
    }

    /** {@code البرقيات التي وصلت الى المؤتمر}: a greeting noun, then a relative clause of arrival. */
    private boolean receivedRelative(int i) {
        for (int k = i + 1; k < i + 5 && k < doc.size(); k++) {
            if (doc.has(k, Vocabulary.RELATIVE) && verb(k + 1, Vocabulary.RECEIVE) != null) {
                return true;
            }
        }
        return false;
    }

    /** {@code … التي قدمت التهاني}, {@code الذين بعثوا ببرقيات التحية}: a relative clause that sends greetings. */
    private boolean sentByRelative(int rel) {
        if (!(verb(rel + 1, Vocabulary.OFFER) != null || verb(rel + 1, Vocabulary.SEND) != null)) {
            return false;
        }
        for (int k = rel + 2; k < rel + 4 && k < doc.size() && doc.word(k); k++) {
            if (isMedium(k) || doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE)) {
                return true;
            }
        }
        return false;
    }

    /** How far before its relative clause a sender may start, in tokens. */
    private static final int SENDER_BACK = 12;

    /**
     * {@code عرض لأسماء المنظمات … والشخصيات التي قدمت التهاني لمناسبة انعقاد المؤتمر}: the parties described as
     * sending greetings sent them to the gathering, received from them (the longest party ending at the relative).
     */
    private void sentToGathering(int rel) {
        // the definite nouns and adjectives before the relative, joined by و or كما (المنظمات المدنية كما الشخصيات
        // الفنية), back to the first one or to one governed by a preposition (بالأحزاب الصديقة)
        int start = rel;
        for (int k = rel - 1; k >= Math.max(0, rel - SENDER_BACK) && doc.word(k); k--) {
            String f = doc.form(k);
            boolean governed = f.startsWith("بال") || f.startsWith("لل");
            if (!(f.startsWith("ال") || f.startsWith("وال") || governed || f.equals("كما"))) {
                break;
            }
            start = k;
            if (governed) {
                break;
            }
        }
        if (start == rel || doc.is(start, "كما")) {
            return;
        }
        Found<Party> sender;
        List<Found<Party>> named = Parties.one(r, start, rel, Parties.NO_STOP);
        if (!named.isEmpty() && named.get(0).to() == rel && !(named.get(0).value() instanceof org.nashra.model.Person)) {
            sender = named.get(0);
        } else {
            Phrase g = doc.phrase(start, Parties.clitics(doc, start), rel);
            if (g == null) {
                return;
            }
            sender = new Found<>(new org.nashra.model.Group(g.text(), g.span()), start, rel);
        }
        int medium = rel + 2;
        while (!isMedium(medium) && !doc.hasAny(medium, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE)) {
            medium++;
        }
        Form form = formOf(medium, -1, -1, medium + 1);
        add(Direction.RECEIVED, form, sender.value(), r.organizer(), sender.from(), r.clause(rel + 1));
        readTo = Math.max(readTo, r.clause(rel + 1));
    }

    /**
     * {@code تلا العريف البرقيات الواردة الى الجمعية}, {@code قُرئت رسائل من …}: greetings that arrived
     * ({@code الواردة}) or were read out to the gathering are received.
     */
    private boolean readOut(int i) {
        for (int k = i + 1; k < i + 4 && k < doc.size(); k++) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.RECEIVE);
            if (h != null && h.shape() == Word.Shape.PARTICIPLE) {
                return true;
            }
        }
        // تلا الكاتب العام السابق السيد X برقيات …: the reader and his titles between the verb and the medium
        for (int k = i - 1; k >= 0 && k >= i - SENDER_BACK && !doc.punct(k); k--) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.RECITE);
            if (h != null && h.isVerb()) {
                return true;
            }
            if (doc.verb(k) && !insideName(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code مبارك}, {@code مباركة}: a participle of congratulating without the ending of a circumstantial
     * ({@code مهنئاً}, {@code مباركين}) is a name or an adjective (خالد مبارك، عيد مبارك), no one congratulating.
     */
    private boolean bareParticiple(int k) {
        Lexicon.Hit h = direct(k, Vocabulary.CONGRATULATE);
        if (h == null) {
            h = direct(k, Vocabulary.CONSOLE);
        }
        if (h == null || h.shape() != Word.Shape.PARTICIPLE) {
            return false;
        }
        String f = doc.form(k);
        return !(f.endsWith("ا") || f.endsWith("ين") || f.endsWith("ون") || f.endsWith("ان"));
    }

    private boolean insideName(int k) {
        Found<org.nashra.model.Person> p = r.persons().covering(k);
        return p != null;
    }

    // ---- received ----

    /** Senders after {@code من} from {@code from} on: one greeting each, the medium named before each. */
    private void received(int trigger, int from) {
        int end = r.limit(trigger);
        Party to = receiver(trigger, end);
        Found<Party> receiving = trigger == from ? null : r.subjectAfter(trigger);
        if (receiving != null || to != null) {
            // تلقى رئيس الحزب برقيات …: whom the greetings told next are sent to
            receiverSeen = receiving != null ? receiving.value() : to;
        }
        int noun = greetingBefore(trigger);
        int itemStart = -1;
        int k = from;
        boolean any = false;
        boolean afterSender = true;
        while (k < end) {
            if (isMedium(k) || doc.has(k, Vocabulary.CONGRATULATION) || doc.has(k, Vocabulary.CONDOLENCE)) {
                // برقيات التحايا والتهاني: one item; وبرقية من …, ومنها برقيات من …: a new one
                if (afterSender || doc.is(k - 1, "منها", "ومنها")) {
                    noun = k;
                    itemStart = k;
                    afterSender = false;
                }
                k++;
                continue;
            }
            if (doc.is(k, "من", "ومن") && !doc.is(k + 1, "بينها", "بينهم", "اجل")) {
                int start = doc.is(k, "ومن") && itemStart < 0 ? k : itemStart >= 0 ? itemStart : k + 1;
                List<Found<Party>> senders = Parties.read(r, everyOneOf(k + 1), end, this::stopsSender);
                if (senders.isEmpty()) {
                    k++;
                    continue;
                }
                int after = senders.get(senders.size() - 1).to();
                // تلقى اتصالاً هاتفياً من X هنأه فيه بـ…: what the sender did there makes it a greeting
                Form told = noun < 0 ? toldForm(after) : null;
                if (noun < 0 && told == null && !greetingNoun(after) && !greetingNoun(after + 1)) {
                    break; // تلقت الجماهير انباء المجزرة من …: news received is no greeting
                }
                for (Found<Party> s : senders) {
                    int textFrom = s == senders.get(0) ? (start == k ? k + 1 : start) : s.from();
                    Form form = told != null ? told : formOf(noun >= 0 ? noun : trigger, s.from(), s.to(), end);
                    add(Direction.RECEIVED, form, s.value(), to, textFrom, s.to());
                }
                any = true;
                afterSender = true;
                k = senders.get(senders.size() - 1).to();
                itemStart = -1;
                continue;
            }
            if (any && (doc.has(k, Vocabulary.OPENER) && !doc.is(k, "كما") || startsOtherFrame(k))) {
                break;
            }
            if (doc.is(k, "كما") && verb(k + 1, Vocabulary.RECEIVE) == null) {
                break;
            }
            k++;
        }
        if (any) {
            readTo = Math.max(readTo, k);
        }
    }

    /** After {@code كل من} (and its colon) the parties listed begin: {@code من كل من: X، وY}; else {@code at}. */
    private int everyOneOf(int at) {
        if (doc.is(at, "كل", "لكل") && doc.is(at + 1, "من")) {
            return doc.punct(at + 2, ":") ? at + 3 : at + 2;
        }
        return at;
    }

    /** {@code … من X هنأه فيه}, {@code عزّاه فيها}: a sender congratulating or consoling right after it is named. */
    private Form toldForm(int after) {
        // the verb may follow words of a long sender the reader left out (رئيس حزب الوسط X هنأه)
        for (int k = after; k < after + 6 && k < doc.size() && !doc.punct(k, ".!?؟:؛;"); k++) {
            if (doc.is(k, "من", "ومن", "الي", "والي")) {
                return null;
            }
            if (verb(k, Vocabulary.CONGRATULATE) != null) {
                return Form.CONGRATULATION;
            }
            if (verb(k, Vocabulary.CONSOLE) != null) {
                return Form.CONDOLENCE;
            }
        }
        return null;
    }

    private boolean greetingNoun(int k) {
        return k < doc.size() && (isMedium(k) || doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE,
                Vocabulary.WISHES));
    }

    private boolean stopsSender(int k) {
        return doc.is(k, "من", "ومن") || isMedium(k) && doc.conjunction(k) > 0 || doc.is(k, "كما");
    }

    /** Who received: the gathering or body named as receiver ({@code تلقى المؤتمر}, {@code الى المؤتمر}), else the organizer. */
    private Party receiver(int trigger, int end) {
        for (int k = Math.max(0, trigger - 1); k < Math.min(end, trigger + 8); k++) {
            Found<Party> a = r.actorAt(k, end);
            if (a != null && !(a.value() instanceof org.nashra.model.Person) && (k == trigger + 1 || doc.is(k - 1, "الي"))) {
                return a.value();
            }
        }
        return r.organizer() != null ? r.organizer() : r.issuer();
    }

    // ---- sent ----

    /** {@code وجّه X رسالة … الى Y، ورسالة … الى Z}: one greeting per الى. */
    private void sent(int verb, Lexicon.Hit h) {
        int end = r.limit(verb);
        Found<Party> subject = h.isVerb() ? r.subjectAfter(verb) : null;
        Party from = subject != null ? subject.value() : h.isVerb() ? r.actorOf(verb) : r.subjectBefore(verb);
        int k = subject != null ? subject.to() : verb + 1;
        // بعثت الرابطة من جهتها …
        if (doc.is(k, "من") && doc.form(k + 1).startsWith("جهت")) {
            k += 2;
        }
        // أبرق X إلى Y: the verb is the telegram; a content noun after it (برقية تهنئة) still says what it holds
        int noun = h.isVerb() && doc.has(verb, Vocabulary.CABLE) ? verb : -1;
        int itemStart = verb;
        boolean any = false;
        int reachFrom = subject != null ? subject.to() : verb;
        boolean aside = false;
        while (k < end) {
            if (isMedium(k) || doc.has(k, Vocabulary.CONGRATULATION) || doc.has(k, Vocabulary.CONDOLENCE)) {
                if (noun < 0 || noun == verb || doc.conjunction(k) > 0) {
                    noun = k;
                    if (any) {
                        itemStart = k;
                    }
                }
                k++;
                continue;
            }
            if (noun < 0 && !any && !h.isVerb() && k > verb + 2) {
                return; // a verbal noun that sends no greeting
            }
            if (noun >= 0 && !any && h.isVerb() && doc.has(k, Vocabulary.WISHES) && doc.form(k + 1).startsWith("ل")) {
                // بعثت X رسالة اعتذرت فيها … متمنية للمؤتمر النجاح: wishes sent to the gathering are received
                if (doc.hasAny(k + 1, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.PARTICIPANTS)) {
                    Found<Party> g = r.actorAt(k + 1, end);
                    Party gathering = g != null ? g.value() : r.organizer() != null ? r.organizer() : r.issuer();
                    Found<Party> named = subject != null ? subject : subjectOf(verb, noun);
                    Party sender = named != null ? named.value() : from;
                    add(Direction.RECEIVED, Form.WISHES, sender, gathering, verb, r.clause(k));
                    readTo = Math.max(readTo, r.clause(k));
                    return;
                }
            }
            // بتوجيه تحية خاصة للمرأة: the addressee in ل right after the greeting and its adjectives
            boolean lam = noun >= 0 && !any && k > noun && k <= noun + 3 && doc.word(k) && doc.hasLam(k)
                    && !doc.has(k, Vocabulary.OCCASION);
            boolean to = lam || doc.is(k, "الي", "والي") || doc.has(k, Vocabulary.WELCOME) && doc.form(k + 1).startsWith("ب");
            if (to && (noun >= 0 || any || sendsGreetings(verb, end))) {
                int at = lam ? k : k + 1;
                List<Found<Party>> tos = addressees(at, end);
                if (tos.isEmpty()) {
                    k++;
                    continue;
                }
                Found<Party> t = tos.get(0);
                if (isGathering(t)) {
                    // sending to the gathering: the sender's greeting is received
                    Party sender = r.subjectBefore(verb);
                    Found<Party> s = r.subjectAfter(verb);
                    add(Direction.RECEIVED, formOf(noun, t.from(), t.to(), end),
                            s != null ? s.value() : sender, t.value(), noun >= 0 ? noun : verb, t.to());
                } else {
                    int textFrom = doc.is(k, "والي") && !any ? k : itemStart;
                    Form form = formOf(noun >= 0 ? noun : verb, t.from(), t.to(), end);
                    Form told = form == Form.CONGRATULATION || form == Form.CONDOLENCE ? null : toldAfter(t.to(), end);
                    add(Direction.SENT, told != null ? told : form, from, t.value(), textFrom,
                            occasionEnd(t.to(), end));
                }
                any = true;
                k = t.to();
                if (!isGathering(t)) {
                    k = coordinatedAddressees(k, end, noun >= 0 ? noun : verb, from);
                    k = throughIt(k, end, noun >= 0 ? noun : verb, from);
                    k = furtherAddressees(k, end, noun >= 0 ? noun : verb, from);
                }
                itemStart = k;
                continue;
            }
            if (any && (doc.has(k, Vocabulary.OPENER) || startsOtherFrame(k) || doc.punct(k, ":«\"“"))) {
                break; // …، جاء فيها: "…": what the message says names no more addressees
            }
            if (!any && noun < 0 && !aside && k > reachFrom + 1 && doc.punct(k, "،,")) {
                // بعث الدكتور X، الأمين العام لحزب Y في محافظة Z، برقية; بعث القائم بأعمال الأمين العام لحزب X الدكتور
                // Y، برقية: the sender, or its title in apposition, ends at a comma; the reach starts again after it
                aside = true;
                reachFrom = k;
            }
            if (!any && noun < 0 && k > reachFrom + SENDER_REACH) {
                return; // بعث الأمين العام للاتحاد العام …، سليم …، اليوم برقية: the medium may follow a long sender
            }
            k++;
        }
        if (any) {
            readTo = Math.max(readTo, k);
        } else if (noun >= 0 && subject != null && h.isVerb()) {
            sentToUs(verb, subject, noun, end);
        }
    }

    /**
     * {@code بعث الأمين العام لحزب X السيد Y ببرقية أشاد فيها …}, {@code وبعثت السيدة Z برسالة تهنئة}: a third party
     * sending a greeting to nobody named, in the text of the body it reports on (the receiver of the greetings told
     * before, else the issuer or organizer), sends it to that body — a greeting received. The body itself sending, or nobody to receive it, is none.
     */
    private void sentToUs(int verb, Found<Party> subject, int noun, int end) {
        Party us = receiverSeen != null ? receiverSeen : r.issuer() != null ? r.issuer() : r.organizer();
        // الأمين العام لحزب X السيد Y ببرقية: the named person among the sender's words, else the subject read
        Found<Party> sender = subject;
        for (int k = verb + 1; k < noun; k++) {
            Found<org.nashra.model.Person> p = r.persons().covering(k);
            if (p != null && p.value().name() != null) {
                sender = new Found<>(p.value(), p.from(), p.to());
                break;
            }
        }
        java.util.Set<String> ours = words(us);
        java.util.Set<String> theirs = words(sender.value());
        if (ours.isEmpty() || theirs.isEmpty() || theirs.containsAll(ours) || ours.containsAll(theirs)
                || noun > verb + SENDER_REACH + 6 || sameParty(Direction.RECEIVED, sender.value())) {
            return;
        }
        for (int k = verb + 1; k < noun; k++) {
            if (doc.is(k, "الي") || doc.punct(k, ".!?؟:")) {
                return; // an addressee named, or the medium in another sentence
            }
        }
        for (int k = noun + 1; k < end && k <= noun + 3; k++) {
            if (doc.has(k, Vocabulary.SOUL)) {
                return; // تحية إكبار إلى أرواح الشهداء: sent to the dead, a tribute
            }
        }
        int stop = r.clause(noun);
        add(Direction.RECEIVED, formOf(noun, sender.from(), sender.to(), end), sender.value(), us, verb, stop);
        readTo = Math.max(readTo, stop);
    }

    /**
     * Where the next addressee of a list begins after the one that ends at {@code k}: {@code الى X والى Y},
     * {@code لX ولY}, after a comma too ({@code الى X، والى Y}, {@code لX، ولY}), a definite noun joined by و after a
     * comma ({@code الى القيادة، والشعب الشقيق}) or an office in construct ({@code ، ووزير الخارجية X}), past the first
     * one's parts in the accusative ({@code الى دولة الكويت، قيادةً وشعباً، ولأسرة الفقيد}); else -1.
     */
    private int nextAddressee(int k, int end) {
        if (doc.punct(k, "،,") && r.partsInAccusative(k + 1) && doc.punct(doc.clauseEnd(k + 1), "،,")) {
            k = doc.clauseEnd(k + 1);
        }
        int at = doc.punct(k, "،,") ? k + 1 : k;
        if (at >= end || !doc.word(at)) {
            return -1;
        }
        if (doc.is(at, "الي", "والي")) {
            return at + 1;
        }
        if (doc.hasLam(at) && (at == k || doc.conjunction(at) > 0)) {
            return at;
        }
        boolean definiteNoun = doc.tok(at).reading().definite() && !doc.tok(at).reading().hasPreposition()
                && !doc.verb(at);
        boolean office = construct(at) && r.entities().role(doc, at);
        return at > k && doc.conjunction(at) > 0 && (definiteNoun || office) ? at : -1;
    }

    /**
     * {@code الى السيد الرئيس، وسعادة السفير، …}: a titled person or office holder joined by {@code ، و} without
     * a repeated {@code الى} is one more addressee of the same greeting. Returns where reading goes on.
     */
    private int coordinatedAddressees(int k, int end, int noun, Party from) {
        Found<Party> t;
        while ((t = titledAfterComma(k, end)) != null) {
            add(Direction.SENT, formOf(noun, t.from(), t.to(), end), from, t.value(), k + 1, occasionEnd(t.to(), end));
            k = t.to();
        }
        return k;
    }

    /**
     * {@code بعث برقية الى X، قيادةً وشعباً، ولأسرة الفقيد}, {@code الى X، والشعب الشقيق}: one more greeting for each
     * further addressee of the list (a repeated {@code والى} the sending frame reads itself). Returns where reading
     * goes on.
     */
    private int furtherAddressees(int k, int end, int noun, Party from) {
        int at;
        while ((at = nextAddressee(k, end)) > 0 && !doc.is(at - 1, "الي", "والي")) {
            List<Found<Party>> more = addressee(at, end, this::stopsAddressee);
            if (more.isEmpty()) {
                break;
            }
            Found<Party> t = more.get(0);
            add(Direction.SENT, formOf(noun, t.from(), t.to(), end), from, t.value(), at, occasionEnd(t.to(), end));
            k = t.to();
        }
        return k;
    }

    /**
     * {@code الى قيادة الاتحاد ومن خلاله الطبقة العاملة}: the addressee named through the one before it is one
     * more addressee. Returns where reading goes on.
     */
    private int throughIt(int k, int end, int noun, Party from) {
        if (!(doc.is(k, "ومن", "من") && doc.form(k + 1).startsWith("خلال"))) {
            return k;
        }
        List<Found<Party>> more = addressees(k + 2, end);
        if (more.isEmpty()) {
            return k;
        }
        Found<Party> t = more.get(0);
        add(Direction.SENT, formOf(noun, t.from(), t.to(), end), from, t.value(), k, occasionEnd(t.to(), end));
        return t.to();
    }

    /** How far an apposition after an addressee may run before a repeated {@code ، والى}. */
    private static final int APPOSITION = 15;

    /**
     * The repeated {@code والى} after a comma that follows the comma at {@code k} within the addressee's apposition
     * ({@code ، زوجته X وأبنائه، والى …}), or -1 when the clause goes on to something else first.
     */
    private int nextIla(int k, int end) {
        for (int j = k + 1; j < end && j <= k + APPOSITION; j++) {
            if (doc.is(j, "والي") && doc.punct(j - 1, "،,")) {
                return j;
            }
            if (doc.punct(j, ".!?؟:؛;") || doc.has(j, Vocabulary.OPENER) || startsOtherFrame(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** The titled person or office holder after {@code ، و} at comma {@code k}, or null. */
    private Found<Party> titledAfterComma(int k, int end) {
        if (!(k + 1 < end && doc.punct(k, "،,") && doc.form(k + 1).startsWith("و") && !doc.is(k + 1, "والي"))) {
            return null;
        }
        // وبحضور الدكتور X، ونائبه الأستاذ Y: a title must begin the conjunct itself, no description in apposition
        List<Found<Party>> more = addressees(k + 1, end, false);
        if (more.isEmpty() || more.get(0).from() != k + 1
                || !(more.get(0).value() instanceof org.nashra.model.Person p)
                || p.honorifics().isEmpty() && p.role() == null) {
            return null;
        }
        return more.get(0);
    }

    /** {@code رسائل تهنئة وردت الى X من …}: the greeting named right before the verb of arrival, or -1. */
    private int greetingBefore(int verb) {
        int noun = -1;
        for (int k = verb - 1; k >= 0 && k >= verb - 3 && doc.word(k); k--) {
            if (isMedium(k) || doc.has(k, Vocabulary.CONGRATULATION) || doc.has(k, Vocabulary.CONDOLENCE)) {
                noun = k;
            }
        }
        return noun;
    }

    /** {@code وجّه رسالة شكر الى X}: a message of thanks is an acknowledgement, not a greeting. */
    private boolean thanksMessage(int verb) {
        for (int k = verb + 1; k < verb + 5 && k + 1 < doc.size() && !doc.punct(k); k++) {
            if (isMedium(k) && doc.hasAny(k + 1, Vocabulary.THANK, Vocabulary.APPRECIATE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code بعث المشاركون بتحياتهم}: the verb carries its greeting noun in ب, right after it or after the
     * addressees ({@code أبرق الحزب الى X والى Y بالتهنئة}).
     */
    private boolean sendsGreetings(int verb, int end) {
        for (int k = verb + 1; k < end && k < verb + Reading.WINDOW; k++) {
            if (k < verb + 4 && (isMedium(k) || doc.has(k, Vocabulary.CONGRATULATION))) {
                return true;
            }
            Lexicon.Hit p = doc.punct(k - 1, "،,") ? doc.hit(k, Vocabulary.CONGRATULATE) : null;
            if (p != null && p.shape() == Word.Shape.PARTICIPLE) {
                return true; // أبرق X إلى Y، مهنئاً بانتخابه: the circumstantial says what the telegram carried
            }
            if (doc.form(k).startsWith("ب") && doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE)) {
                return true;
            }
        }
        return false;
    }

    private List<Found<Party>> addressees(int at, int end) {
        return addressees(at, end, true);
    }

    /** The addressee at {@code at}; {@code appose}: or the person named in apposition to it ({@link #addressee}). */
    private List<Found<Party>> addressees(int at, int end, boolean appose) {
        if (doc.form(at - 1).equals("اليكم") || doc.is(at, "كم") || doc.has(at, Vocabulary.SOUL)) {
            return List.of(); // تحية إلى أرواح الشهداء: a tribute to the dead (CommemorationFrames), no greeting
        }
        return appose ? addressee(everyOneOf(at), end, this::stopsAddressee)
                : Parties.one(r, everyOneOf(at), end, this::stopsAddressee);
    }

    /**
     * The addressee at {@code at} as {@link Parties#one} reads it, or the person it describes when a named person
     * follows in apposition ({@link #apposed}): {@code الى شقيقه المهندس X}, {@code الى أمير دولة قطر الشيخ X}.
     */
    private List<Found<Party>> addressee(int at, int end, IntPredicate stop) {
        List<Found<Party>> one = Parties.one(r, at, end, stop);
        if (one.size() != 1) {
            return one;
        }
        Found<org.nashra.model.Person> named = apposed(one.get(0), end, stop);
        return named == null ? one : List.of(new Found<>(named.value(), one.get(0).from(), named.to()));
    }

    /**
     * The addressees from {@code at}, joined by {@code و} or {@code ، و} as {@link Parties#read} joins parties, each
     * one the person named in apposition to its description ({@link #apposed}); the list goes on past that person
     * and to a quantified conjunct ({@code الرئيس X وجميع عمال البلاد}, {@code وكافة الشعب}).
     */
    private List<Found<Party>> addresseeList(int at, int end) {
        List<Found<Party>> out = new ArrayList<>();
        for (Found<Party> t : Parties.read(r, at, end, this::stopsAddressee)) {
            if (!out.isEmpty() && t.from() < out.get(out.size() - 1).to()) {
                continue; // the person already taken as the one described before
            }
            Found<org.nashra.model.Person> named = apposed(t, end, this::stopsAddressee);
            out.add(named == null ? t : new Found<>(named.value(), t.from(), named.to()));
        }
        if (out.isEmpty()) {
            return out;
        }
        int j = out.get(out.size() - 1).to();
        j = doc.punct(j, "،,") ? j + 1 : j;
        if (j < end && doc.word(j) && doc.conjunction(j) > 0 && !stopsAddressee(j)
                && (Parties.startsParty(r, j) || doc.tok(j).hasStemIn(Parties.QUANTIFIERS))) {
            out.addAll(addresseeList(j, end));
        }
        return out;
    }

    /** How many describing words ({@code المتقاعد}, {@code العاملة}) may stand between a description and its person. */
    private static final int APPOSED = 2;

    /**
     * A kinship, an office or a description ({@code شقيقه}, {@code أمير دولة قطر}, {@code المناضل النقابي}, {@code وزير
     * القوى العاملة}) followed, without a comma or و, by a named person (titled, or a bare name after an office): the
     * person it describes, named in apposition; else null. A dead person after it ({@code شقيق الراحل X}) is the
     * genitive of a loss, not the addressee; a verbal noun before it ({@code وانتخاب الأستاذ X}) an occasion, a word in
     * a preposition other than ل ({@code وبحضور الدكتور X}) a circumstance.
     */
    private Found<org.nashra.model.Person> apposed(Found<Party> t, int end, IntPredicate stop) {
        boolean office = t.value() instanceof org.nashra.model.Person p && p.name() == null && p.role() != null;
        int head = t.from();
        boolean described = (t.value() instanceof org.nashra.model.Group || office) && !verbalNoun(head)
                && !doc.verb(head) && (!doc.tok(head).reading().hasPreposition() || doc.hasLam(head))
                || t.value() instanceof org.nashra.model.Person q && q.name() != null && q.name().startsWith("ال")
                && q.name().indexOf(' ') < 0; // المناضل النقابي المتقاعد الحاج X: an adjective read as the name
        for (int k = t.to(); described && k < end && k <= t.to() + APPOSED && doc.word(k) && !stop.test(k); k++) {
            if (doc.tok(k).reading().hasPreposition() || doc.conjunction(k) > 0) {
                return null; // لدى كندا والمكسيك: a new conjunct or complement, no apposition
            }
            List<Found<org.nashra.model.Person>> persons = r.entities().persons(doc, k, end);
            Found<org.nashra.model.Person> named = persons.size() == 1 ? persons.get(0)
                    : office && !doc.tok(k).reading().definite() ? r.entities().bareName(doc, k, end) : null;
            if (named != null && named.from() == k && named.value().name() != null) {
                return named.value().honorifics().stream().map(FoldedText::fold)
                        .anyMatch(DECEASED::contains) ? null : named;
            }
            if (!doc.tok(k).reading().definite()) {
                return null;
            }
        }
        return null;
    }

    /** Titles of the dead (الراحل، الفقيد، الشهيد، المرحوم), folded: whom a condolence is about, not sent to. */
    private static final java.util.Set<String> DECEASED = java.util.stream.Stream.of("الراحل", "الراحلة", "الفقيد",
            "الفقيدة", "الشهيد", "الشهيدة", "المرحوم", "المرحومة")
            .map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private boolean stopsAddressee(int k) {
        return doc.is(k, "والي") || isMedium(k) && doc.conjunction(k) > 0 || doc.has(k, Vocabulary.OCCASION) || occasionInBi(k);
    }

    /**
     * {@code يهنئ الشعب بالذكرى …}, {@code … وعائلة حجازي باستشهاد المناضل}: a noun of an occasion or a loss in ب
     * says what the greeting is for; it ends the addressee before it.
     */
    private boolean occasionInBi(int k) {
        if (!doc.word(k) || !doc.form(k).startsWith("ب") || doc.form(k).length() < 4) {
            return false;
        }
        String rest = doc.form(k).substring(1);
        return OCCASIONS.contains(rest.startsWith("ال") ? rest.substring(2) : rest);
    }

    /** {@code ذكرى}, {@code وانتخاب}: a word of {@link #OCCASIONS} without its clitics. */
    private boolean occasionWord(int k) {
        return doc.word(k) && doc.tok(k).hasStemIn(OCCASIONS);
    }

    /** Occasions and losses a greeting is sent for, folded: ذكرى، عيد، نجاح، فوز، انتخاب، استشهاد، رحيل، وفاة، فقدان. */
    private static final java.util.Set<String> OCCASIONS = StemSet.copyOf(java.util.stream.Stream.of("ذكرى", "عيد",
            "نجاح", "فوز", "انتخاب", "تعيين", "حلول", "استشهاد", "رحيل", "وفاة", "فقدان", "فقد", "مصاب")
            .map(FoldedText::fold).toList());

    private boolean isGathering(Found<Party> t) {
        Party organizer = r.organizer();
        return organizer != null && t.value() instanceof Organization o && o.name() != null
                && organizer instanceof Organization og && o.name().equals(og.name())
                && (doc.hasAny(t.from(), Vocabulary.CONFERENCE, Vocabulary.MEETING));
    }

    /** {@code تتقدم X بأحر التهاني الى Y، والى Z}; {@code نتقدم لحزبنا ولرفاقنا … بأحر التهاني}; {@code اليكم}. */
    private void turned(int verb) {
        int end = reach(verb);
        int noun = -1;
        for (int k = verb + 1; k < end && k < verb + 40; k++) {
            boolean greetingNoun = doc.has(k, Vocabulary.CONGRATULATION) || doc.has(k, Vocabulary.CONDOLENCE)
                    || doc.has(k, Vocabulary.GREETING) || doc.has(k, Vocabulary.WISHES) || isMedium(k);
            // بالتهنئة، بأحر التهاني، بأصدق مشاعر العزاء والمواساة
            if (greetingNoun && (doc.form(k).startsWith("ب") || doc.form(k - 1).startsWith("ب")
                    || doc.form(k - 2).startsWith("ب") || doc.form(k - 3).startsWith("ب"))) {
                noun = k;
                break;
            }
        }
        if (noun < 0) {
            return;
        }
        Found<Party> subject = subjectOf(verb, noun);
        Party from = subject != null ? subject.value() : r.actorOf(verb);
        List<Found<Party>> tos = new ArrayList<>();
        int k = subject != null ? subject.to() : verb + 1;
        int lastTo = noun;
        boolean byMin = false;
        while (k < end) {
            int next = k > noun && !tos.isEmpty() && doc.punct(k, "،,") ? nextAddressee(k, end) : -1;
            if (next > 0 && !doc.is(next - 1, "الي", "والي")) {
                // الى قداسة البابا …، ولجميع الإخوة; الى دولة الكويت، قيادةً وشعباً، ولأسرة الفقيد: one more addressee
                List<Found<Party>> one = addressee(next, end, this::stopsAddressee);
                if (!one.isEmpty()) {
                    tos.addAll(one);
                    lastTo = one.get(0).to();
                    k = lastTo;
                    continue;
                }
            }
            if (k > noun && doc.punct(k, "،,") && !doc.is(k + 1, "والي", "الي") && !(byMin && doc.is(k + 1, "ومن"))) {
                Found<Party> titled = tos.isEmpty() ? null : titledAfterComma(k, end);
                int again = titled == null && !tos.isEmpty() ? nextIla(k, end) : -1;
                if (again > 0) {
                    k = again; // الى أسرة الفقيد، زوجته X وأبنائه، والى أهله: past the apposition to the repeated الى
                    continue;
                }
                if (titled == null) {
                    break;
                }
                tos.add(titled); // الى معالي الوزير، وسعادة السفير
                lastTo = titled.to();
                k = lastTo;
                continue;
            }
            // the sender may also be named before the verb (إن اللقاء … يتقدم من …) or be the first person (نتقدم من …)
            int afterSender = subject != null ? subject.to() : verb + 1;
            if (doc.is(k, "من", "ومن") && (k > noun ? subject != null && k - lastTo <= 3 && (byMin || tos.isEmpty())
                    : k == afterSender || byMin && k - lastTo <= 3)) {
                // Levantine: تتقدم X بأحر التهاني من أهلنا، ومن رفاقنا, or before the greeting: تتقدم الرابطة من زوجها X
                // ومن أولادها بأصدق مشاعر المواساة — the sender is named, من marks the addressee
                int until = k > noun ? end : greetingPhrase(k, noun);
                // زوجها الحاج X: the person named in apposition
                List<Found<Party>> one = addressee(k + 1, until, j -> stopsAddressee(j) || doc.is(j, "ومن"));
                if (!one.isEmpty()) {
                    tos.addAll(one);
                    lastTo = one.get(0).to();
                    byMin = true;
                    k = lastTo;
                    continue;
                }
            }
            // a repeated ، والى names one more addressee however long the one before it was
            if (doc.is(k, "الي", "والي") && (k < noun || k - lastTo <= 5 || doc.is(k, "والي") && doc.punct(k - 1, "،,"))) {
                // أتقدم الى سيادتكم بأعمق التهاني: before the greeting noun, the addressee ends at its ب phrase
                int until = k < noun ? greetingPhrase(k, noun) : end;
                List<Found<Party>> one = spokenTo(addressee(k + 1, until > k + 1 ? until : end, this::stopsAddressee), k);
                tos.addAll(one);
                if (!one.isEmpty()) {
                    lastTo = one.get(one.size() - 1).to();
                }
            } else if (doc.is(k, "اليكم", "لكم", "اليك", "لك", "منكم", "منك") && k < noun) {
                Party letter = you(k); // نتقدم منكم بأحر التهاني: من marks the addressee too
                if (letter != null) {
                    tos.add(new Found<>(letter, k, k + 1));
                }
            } else if (k < noun && doc.word(k) && LAM_FIRST.matcher(doc.form(k)).matches() && doc.hasLam(k)) {
                tos.addAll(addressee(k, noun, Parties.NO_STOP));
            } else if (tos.isEmpty() && addresseeInLam(noun, k)) {
                tos.addAll(addressees(k, end)); // تتقدم النقابة بالتهنئة الحارة للزميلة X
            } else if (k > noun && (doc.has(k, Vocabulary.OPENER) || startsOtherFrame(k))) {
                break;
            }
            if (!tos.isEmpty()) {
                k = Math.max(k + 1, tos.get(tos.size() - 1).to());
            } else {
                k++;
            }
        }
        int last = tos.isEmpty() ? noun + 1 : Math.max(noun + 1, tos.get(tos.size() - 1).to());
        int textEnd = occasionEnd(last, end);
        Form form = formOf(noun, -1, -1, end);
        for (Found<Party> t : tos) {
            add(Direction.SENT, form, from, t.value(), verb, textEnd);
        }
        if (!tos.isEmpty()) {
            readTo = Math.max(readTo, textEnd);
        }
    }

    /**
     * Where the words that carry the greeting noun start, read back from it to the first word in ب after {@code k}
     * ({@code بأعمق التهاني}, {@code بأصدق عبارات التعازي}): the end of an addressee named before them; {@code k + 1}
     * when no such word stands between.
     */
    private int greetingPhrase(int k, int noun) {
        int until = noun;
        while (until > k + 1 && !doc.form(until).startsWith("ب")) {
            until--;
        }
        return until;
    }

    /**
     * A noun of address with the second person attached ({@code سيادتكم}, {@code جنابكم}, {@code حضرتكم}): the one the
     * letter speaks to, as its salutation names them; {@code one} otherwise.
     */
    private List<Found<Party>> spokenTo(List<Found<Party>> one, int at) {
        if (one.size() != 1 || one.get(0).to() != one.get(0).from() + 1 || !doc.form(one.get(0).from()).endsWith("كم")) {
            return one;
        }
        Party letter = you(at);
        return letter == null ? one : List.of(new Found<>(letter, one.get(0).from(), one.get(0).to()));
    }

    /**
     * {@code بالتهنئة الحارة للزميلة X}, {@code بأحر التعازي لأسرة الفقيد}: the addressee in ل right after the greeting
     * noun and its adjectives — a definite noun, a title, a body or everyone of a group (لجميع، لكل، لكافة), not a
     * reason in ل ({@code لفوزه}, {@code لمناسبة}).
     */
    private boolean addresseeInLam(int noun, int k) {
        if (k <= noun || k > noun + 3 || !doc.word(k) || !doc.hasLam(k) || doc.has(k, Vocabulary.OCCASION)) {
            return false;
        }
        for (int j = noun + 1; j < k; j++) {
            if (!doc.word(j) || !doc.tok(j).reading().definite() || doc.hasLam(j)) {
                return false; // only the greeting's adjectives stand between
            }
        }
        return doc.tok(k).reading().definite() && doc.hits(k).stream().noneMatch(h -> h.shape() == Word.Shape.MASDAR)
                || doc.is(k, "لجميع", "لكل", "لكافه") || Parties.startsParty(r, k);
    }

    /**
     * Where a sending verb's sentence ends: past a semicolon that closes the sender's apposition ({@code تقدم
     * الدكتور X، رئيس الحزب؛ ببرقية تهنئة الى …}).
     */
    private int reach(int verb) {
        int end = r.limit(verb);
        if (doc.punct(end, "؛;") && end + 1 < doc.size() && doc.form(end + 1).startsWith("ب")) {
            end = r.limit(end + 1);
        }
        return end;
    }

    /** {@code قدّم المشاركون التعازي لعائلة الفقيد}, {@code نقدم التهاني الى X، والى Y}: the greeting is the object. */
    private void offered(int verb) {
        int end = r.limit(verb);
        int noun = greetingObject(verb, end);
        if (noun < 0) {
            return;
        }
        Found<Party> subject = subjectOf(verb, noun);
        Party from = subject != null ? subject.value() : r.actorOf(verb);
        Form form = formOf(noun, -1, -1, Math.min(end, noun + 1));
        int k = noun + 1;
        while (k < end && k < noun + 6 && doc.word(k) && !doc.hasLam(k) && !doc.is(k, "والي") && !doc.verb(k)
                && (doc.tok(k).reading().definite() || doc.conjunction(k) > 0)) {
            k++; // التعازي الحارة، التهاني القلبية، التعزية وعميق المواساة والتضامن
        }
        if (doc.punct(k, "،,") && (doc.is(k + 1, "الي") || doc.word(k + 1) && doc.hasLam(k + 1))) {
            k++; // بخالص العزاء، إلى …
        }
        List<Found<Party>> tos = new ArrayList<>();
        int at = k < end && doc.word(k) ? nextAddressee(k, end) : -1; // الى X، لـX
        while (at >= 0 && at < end) {
            List<Found<Party>> one = addressee(at, end, this::stopsAddressee);
            if (one.isEmpty()) {
                break;
            }
            tos.addAll(one);
            at = nextAddressee(one.get(0).to(), end);
        }
        if (tos.isEmpty()) {
            // نقدم للشعب التهنئة: the addressee in ل between the verb and the greeting
            for (int j = verb + 1; j < noun && tos.isEmpty(); j++) {
                if (doc.word(j) && doc.hasLam(j) && !doc.is(j, "لنا", "لكم")) {
                    tos.addAll(addressee(j, noun, Parties.NO_STOP));
                }
            }
        }
        int textEnd = tos.isEmpty() ? noun + 1 : occasionEnd(tos.get(tos.size() - 1).to(), end);
        for (Found<Party> t : tos) {
            add(Direction.SENT, form, from, t.value(), verb, textEnd);
        }
        if (!tos.isEmpty()) {
            readTo = Math.max(readTo, textEnd);
        }
    }

    /**
     * {@code العزاء موصول لزوجته وأبنائه}, {@code كما يمتد العزاء لرفاقه}, {@code التهاني القلبية للفائزين}: a
     * definite condolence or congratulation, not governed by a preposition, whose addressee follows in ل.
     */
    private void nominal(int noun) {
        if (!doc.word(noun) || !doc.tok(noun).reading().definite() || doc.tok(noun).reading().hasPreposition()
                || doc.has(noun - 1, Vocabulary.RECEIVE_CONDOLENCES)) {
            return; // وتُقبل التعازي للرجال في …: where condolences are received, an event, no greeting
        }
        int end = r.limit(noun);
        int k = noun + 1;
        while (k < end && k <= noun + 2 && doc.word(k) && !doc.hasLam(k)) {
            k++; // موصول، الحارة، القلبية
        }
        if (k >= end || !doc.word(k) || !doc.hasLam(k)) {
            return;
        }
        List<Found<Party>> tos = addressee(k, end, j -> stopsAddressee(j) || doc.is(j, "كما"));
        if (tos.isEmpty()) {
            return;
        }
        Found<Party> t = tos.get(0);
        Form form = doc.has(noun, Vocabulary.CONDOLENCE) ? Form.CONDOLENCE : Form.CONGRATULATION;
        add(Direction.SENT, form, r.we(noun), t.value(), noun, occasionEnd(t.to(), end));
        readTo = Math.max(readTo, t.to());
        // التعازي للقيادة، وللشعب الصديق: one more addressee in و + ل after a comma
        for (int j = t.to(); j + 1 < end && doc.punct(j, "،,") && doc.word(j + 1) && doc.conjunction(j + 1) > 0 && doc.hasLam(j + 1); ) {
            List<Found<Party>> more = addressee(j + 1, end, x -> stopsAddressee(x) || doc.is(x, "كما"));
            if (more.isEmpty()) {
                break;
            }
            Found<Party> m = more.get(0);
            add(Direction.SENT, form, r.we(noun), m.value(), j + 1, occasionEnd(m.to(), end));
            readTo = Math.max(readTo, m.to());
            j = m.to();
            while (j < end && j < m.to() + 2 && doc.word(j) && doc.tok(j).reading().definite() && !doc.hasLam(j)) {
                j++; // للشعب الإيراني الصديق: an adjective the party reader left
            }
        }
    }

    /** The subject of a verb of turning: a party right after it that no preposition governs. */
    private Found<Party> subjectOf(int verb, int noun) {
        Found<Party> s = r.subjectAfter(verb);
        if (s != null || verb + 1 >= noun || Parties.clitics(doc, verb + 1) > 0
                || doc.is(verb + 1, "الي", "اليكم", "اليك", "من")) { // يتقدم من X: the addressee, no subject
            return s;
        }
        List<Found<Party>> p = Parties.one(r, verb + 1, noun, Parties.NO_STOP);
        return p.isEmpty() ? null : p.get(0);
    }

    /** {@code نخص بالتحية X، وY}: one greeting per object. */
    private void singledOut(int verb) {
        int end = r.limit(verb);
        boolean we = verb(verb, Vocabulary.SINGLE_OUT).person().isFirst();
        int k = verb + 1;
        while (!we && k < Math.min(end, verb + 6) && !greetingIn(k)) {
            k++; // يخص المجلس بالتهنئة …: past its subject
        }
        if (!greetingIn(k)) {
            return;
        }
        Found<Party> subject = we || k == verb + 1 ? null : r.actorAt(verb + 1, k);
        Form form = formOf(k, -1, -1, Math.min(end, k + 1));
        k++;
        while (k < end && r.entities().qualifier(doc, k)) {
            k++; // بالتهاني الحارة: the greeting's adjective
        }
        // في هذا اليوم …
        while (k < end && (doc.is(k, "في", "هذا", "هذه") || doc.form(k).startsWith("ال") && doc.is(k - 1, "هذا", "هذه"))) {
            k++;
        }
        Party from = we ? r.we(verb) : subject != null ? subject.value() : r.actorOf(verb);
        int start = verb;
        while (k < end) {
            List<Found<Party>> p = addressee(k, end, Parties.NO_STOP);
            if (p.isEmpty()) {
                break;
            }
            Found<Party> t = p.get(0);
            int stop = r.clause(t.from());
            add(Direction.SENT, form, from, t.value(), start, stop);
            k = stop;
            if (doc.punct(k, "،,") && doc.word(k + 1) && doc.conjunction(k + 1) > 0) {
                k++;
                start = k;
            } else {
                break;
            }
        }
        readTo = Math.max(readTo, k);
    }

    /**
     * {@code يخص المجلس بالتهنئة X}, {@code خصّت الرابطة بالتعازي X}: a third person singling out with congratulations
     * or condolences sends them (with a plain تحية it is a statement's praise).
     */
    /** {@code بالتحية}, {@code بالتهنئة}, {@code بالتعازي}: the greeting singled out with, in ب. */
    private boolean greetingIn(int k) {
        return doc.word(k) && doc.form(k).startsWith("ب") && (doc.has(k, Vocabulary.GREETING)
                || doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE));
    }

    private boolean congratulationAfter(int verb) {
        for (int k = verb + 1; k < Math.min(r.clause(verb), verb + 6); k++) {
            if (doc.form(k).startsWith("ب") && doc.hasAny(k, Vocabulary.CONGRATULATION, Vocabulary.CONDOLENCE)) {
                return true;
            }
        }
        return false;
    }

    /** {@code حيّا الرفيق X المؤتمر}: a salute to the gathering, received from its speaker. */
    private void saluted(int verb) {
        int end = Math.min(r.limit(verb), verb + 10);
        if (doc.is(verb + 1, "فيها", "فيه")) {
            // كلمة الرابطة … حيّت فيها الحضور: the body whose speech it is salutes the gathering
            Party speaker = speechBody(verb);
            Found<Party> to = r.actorAt(verb + 2, end);
            if (speaker != null && to != null
                    && doc.hasAny(verb + 2, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.PARTICIPANTS)) {
                add(Direction.RECEIVED, Form.GREETING, speaker, to.value(), doc.sentenceStart(verb), to.to());
            }
            return;
        }
        Found<Party> s = r.subjectAfter(verb);
        int k = s != null ? s.to() : verb + 1;
        Found<Party> to = r.actorAt(k, end);
        if (to == null || !doc.hasAny(k, Vocabulary.CONFERENCE, Vocabulary.MEETING, Vocabulary.PARTICIPANTS)) {
            return;
        }
        Party from = s != null ? s.value() : r.subjectBefore(verb);
        add(Direction.RECEIVED, Form.GREETING, from, to.value(), verb, r.clause(k));
    }

    /** {@code هنّأ المؤتمر الرفيقة X بمناسبة …}, {@code يعزي التجمع عائلة الفقيد}: the object is the addressee. */
    private void addressedDirectly(int verb, Form form) {
        int end = r.limit(verb);
        Lexicon.Hit h = direct(verb, Vocabulary.CONGRATULATE) != null ? direct(verb, Vocabulary.CONGRATULATE)
                : direct(verb, Vocabulary.CONSOLE);
        boolean first = h.person().isFirst();
        boolean participle = h.shape() == Word.Shape.PARTICIPLE;
        if (h.isVerb() && (h.suffix().equals("كم") || h.suffix().equals("كما") || h.suffix().equals("كن"))) {
            // يسعدنا أن نهنئكم، نعزيكم: the one spoken to is the letter's addressee
            Party letter = you(verb);
            if (letter != null) {
                add(Direction.SENT, form, first ? r.we(verb) : r.actorOf(verb), letter, verb, occasionEnd(verb + 1, end));
                readTo = Math.max(readTo, verb + 1);
            }
            return;
        }
        // نهنئ الرفيقة X: a first person has no subject after it; what follows is the addressee; so for the participle
        // (أبرقت الجالية مهنئةً الرئيس), whose sender is the subject of the verb it goes with
        Found<Party> subject = first || participle ? null : r.subjectAfter(verb);
        if (subject == null && !first && !participle && !r.pluralAgreement(verb)) {
            // يعزي المكتب التنفيذي أسرة الفقيد: two noun phrases after the verb are its subject and its object
            List<Found<Party>> one = Parties.one(r, verb + 1, end, this::stopsAddressee);
            if (one.size() == 1 && !(one.get(0).value() instanceof org.nashra.model.Group)
                    && !Parties.one(r, one.get(0).to(), end, this::stopsAddressee).isEmpty()) {
                subject = one.get(0);
            }
        }
        int k = subject != null ? subject.to() : verb + 1;
        if (!first && !participle) {
            // هنأ حزب الأمل، برئاسة الدكتور X، والأمين العام Y، الشعب اليمني: the object after the subject's titles
            Found<Party> named = subject;
            if (named == null) {
                List<Found<Party>> one = Parties.one(r, verb + 1, end, this::stopsAddressee);
                named = one.size() == 1 && one.get(0).from() == verb + 1 ? one.get(0) : null;
            }
            int past = named != null ? r.complementAfter(verb, named.to()) : r.pastAsides(verb);
            if (past > 0) {
                subject = named != null ? named : r.actorAt(verb + 1, doc.clauseEnd(verb + 1));
                k = past;
            }
        }
        Party from = subject != null ? subject.value() : first ? r.we(verb)
                : participle ? governingActor(verb) : r.actorOf(verb);
        if (participle && doc.is(k, "اياه", "اياها", "اياهم", "اياهما")) {
            // اتصل بالدكتور X مهنئاً إياه: the pronoun takes up the object named before
            Found<Party> object = objectBefore(verb);
            if (object != null) {
                add(Direction.SENT, form, from, object.value(), verb, occasionEnd(k + 1, end));
                readTo = Math.max(readTo, k + 1);
            }
            return;
        }
        while (k < end && doc.is(k, "ايضا", "كذلك", "بدورنا", "بدوره", "بدورها", "فيها", "فيه", "بحراره")) {
            k++;
        }
        if (k + 2 < end && doc.is(k, "من") && doc.form(k + 1).startsWith("خلال")) {
            k += 2; // أهنئ من خلالكم أعضاء المجلس: through the one spoken to, the object follows
        }
        if (doc.is(k, "لكم", "لك", "لكما", "لكن", "اليكم", "اليك")) {
            // نبارك لكم اختتام المؤتمر: the one spoken to is the letter's addressee; what follows is the occasion
            Party letter = you(k);
            if (letter != null) {
                add(Direction.SENT, form, from, letter, verb, k + 1);
                readTo = Math.max(readTo, k + 1);
            }
            return;
        }
        if (doc.is(verb + 1, "فيها", "فيه") && subject == null && !first) {
            // كلمة الجمعية … هنأ فيها الشعب: the speech or letter congratulates; its body sends it to the audience
            Party speaker = speechBody(verb);
            if (speaker != null) {
                int at = k;
                List<Found<Party>> tos = addressee(k, end,
                        j -> stopsAddressee(j) || j > at && doc.form(j).startsWith("بال")); // هنأ فيها الشعب بالعيد
                if (!tos.isEmpty()) {
                    add(Direction.RECEIVED, form, speaker, tos.get(0).value(), doc.sentenceStart(verb),
                            occasionEnd(tos.get(0).to(), end));
                    readTo = Math.max(readTo, tos.get(0).to());
                }
                return;
            }
        }
        // هنأ المجتمعون الرفيق …: a person or body follows (وهنا نود ان … is "here")
        if (!doc.word(k) || !(doc.tok(k).reading().definite() || r.entities().honorific(doc, k)
                || r.entities().organizationHead(doc, k) || doc.hasLam(k) || construct(k) || sharedConstruct(k))) {
            // نبارك لأهلنا: the addressee in ل
            return;
        }
        List<Found<Party>> tos = addresseeList(k, end);
        for (Found<Party> t : tos) {
            add(Direction.SENT, form, from, t.value(), verb, occasionEnd(t.to(), end));
        }
        if (!tos.isEmpty()) {
            readTo = Math.max(readTo, tos.get(tos.size() - 1).to());
        }
    }

    /**
     * {@code أسرة الفقيد}, {@code ذوي الضحايا}, {@code رئيس الوزراء}: a bare noun (no article, no preposition, no verb)
     * in construct with a definite noun heads a noun phrase, whatever the noun.
     */
    private boolean construct(int k) {
        return doc.word(k) && doc.word(k + 1) && !doc.tok(k).reading().definite()
                && !doc.tok(k).reading().hasPreposition() && doc.tok(k + 1).reading().definite()
                && !doc.tok(k + 1).reading().hasPreposition() && !doc.verb(k)
                && !doc.has(k, Vocabulary.OCCASION);
    }

    /** {@code وانتخاب الأستاذ X}, {@code وذكرى التأسيس}: a verbal noun or an occasion, what the greeting is for. */
    private boolean verbalNoun(int k) {
        return doc.hits(k).stream().anyMatch(h -> h.shape() == Word.Shape.MASDAR) || occasionWord(k);
    }

    /**
     * {@code قيادات وأعضاء حزب X}: two nouns joined by و that share the genitive after them (a body, or a definite noun)
     * are one addressee.
     */
    private boolean sharedConstruct(int k) {
        return doc.word(k) && doc.word(k + 1) && doc.word(k + 2) && !doc.tok(k).reading().definite()
                && !doc.tok(k).reading().hasPreposition() && !doc.verb(k) && !doc.has(k, Vocabulary.OCCASION)
                && doc.form(k + 1).startsWith("و") && !doc.verb(k + 1)
                && (doc.tok(k + 2).reading().definite() && !doc.tok(k + 2).reading().hasPreposition()
                || r.entities().organizationHead(doc, k + 2));
    }

    /** The subject of the verb a participle goes with: after the nearest verb before it in its sentence. */
    private Party governingActor(int participle) {
        for (int k = participle - 1; k >= doc.sentenceStart(participle); k--) {
            if (doc.verb(k)) {
                Found<Party> s = r.subjectAfter(k);
                return s != null ? s.value() : r.actorOf(k);
            }
        }
        return r.subjectBefore(participle);
    }

    /** The party named after a preposition nearest before {@code at} in its sentence ({@code اتصل بالدكتور X}), or null. */
    private Found<Party> objectBefore(int at) {
        for (int j = at - 1; j >= doc.sentenceStart(at) && j >= at - Reading.WINDOW / 10; j--) {
            if (doc.word(j) && (doc.tok(j).reading().hasPreposition() || doc.is(j - 1, "الي"))) {
                Found<Party> a = r.actorAt(j, at);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** {@code نقلت فيها تحيات الحزب الى المؤتمر}: greetings passed on from a body to the gathering. */
    private void passedOn(int verb) {
        int end = Math.min(r.limit(verb), verb + 12);
        for (int k = verb + 1; k < end; k++) {
            if (doc.has(k, Vocabulary.GREETING)) {
                Party sender = r.subjectBefore(verb);
                Found<Party> named = Parties.one(r, k + 1, end, j -> doc.is(j, "الي")).stream().findFirst().orElse(null);
                if (named != null) {
                    sender = speakerBody(verb, named);
                }
                int to = k + 1;
                while (to < end && !doc.is(to, "الي")) {
                    to++;
                }
                Found<Party> receiver = r.actorAt(to + 1, end);
                add(Direction.RECEIVED, Form.GREETING, sender, receiver != null ? receiver.value() : r.organizer(),
                        verb, receiver != null ? receiver.to() : to);
                return;
            }
        }
    }

    /** {@code ألقى X كلمة الجمعية … هنأ فيها}: the body whose speech or letter it is, named before the verb in its sentence. */
    private Party speechBody(int verb) {
        int from = doc.sentenceStart(verb);
        for (int k = verb - 1; k >= from; k--) {
            if (doc.has(k, Vocabulary.MESSAGE) || doc.is(k, "كلمه")) {
                List<Found<Organization>> named = r.organizations().within(k + 1, verb);
                if (!named.isEmpty()) {
                    return named.get(0).value();
                }
                Party before = r.subjectBefore(k);
                return before;
            }
        }
        return null;
    }

    /** The body a speech was given for ({@code كلمة منظمة الحزب …}) when the greetings name it by head ({@code الحزب}). */
    private Party speakerBody(int verb, Found<Party> named) {
        int from = doc.sentenceStart(verb);
        for (Found<Organization> o : r.organizations().within(from, verb)) {
            if (o.to() <= verb) {
                return o.value();
            }
        }
        return named.value();
    }

    // ---- shared ----

    /**
     * {@code أبرق X إلى Y، مهنئاً بانتخابه}: what a circumstantial participle right after the addressee says the greeting
     * is (a congratulation, a condolence), or null.
     */
    private Form toldAfter(int to, int end) {
        for (int k = to; k < end && k < to + 3; k++) {
            if (direct(k, Vocabulary.CONGRATULATE) != null && !bareParticiple(k)) {
                return Form.CONGRATULATION;
            }
            if (direct(k, Vocabulary.CONSOLE) != null && !bareParticiple(k)) {
                return Form.CONDOLENCE;
            }
            if (doc.word(k) && !doc.is(k, "و")) {
                return null;
            }
        }
        return null;
    }

    /** The form a greeting's nouns give: content before medium before a plain greeting. */
    private Form formOf(int noun, int from, int to, int end) {
        boolean telegram = false;
        boolean message = false;
        boolean greeting = false;
        int stop = Math.min(end, Math.max(to, noun + 1) + 8);
        for (int k = Math.max(0, noun); k < stop; k++) {
            if (k >= from && k < to) {
                continue;
            }
            if (k >= to && to > from && (doc.punct(k, "،,.") || doc.is(k, "الي", "والي", "من", "ومن"))) {
                break;
            }
            // برقية … هنأته فيها: the content told by its verb too
            if (doc.has(k, Vocabulary.CONGRATULATION) || verb(k, Vocabulary.CONGRATULATE) != null && k > noun) {
                return Form.CONGRATULATION;
            }
            if (doc.has(k, Vocabulary.CONDOLENCE) || verb(k, Vocabulary.CONSOLE) != null && k > noun) {
                return Form.CONDOLENCE;
            }
            if (doc.has(k, Vocabulary.WISHES)) {
                return Form.WISHES;
            }
            telegram |= doc.has(k, Vocabulary.TELEGRAM) || k == noun && doc.has(k, Vocabulary.CABLE);
            message |= doc.has(k, Vocabulary.MESSAGE);
            greeting |= doc.has(k, Vocabulary.GREETING);
        }
        return telegram ? Form.TELEGRAM : message ? Form.MESSAGE : greeting ? Form.GREETING : Form.OTHER;
    }

    /** The end of a sent greeting's text: with its {@code بمناسبة …}, up to the clause end. */
    private int occasionEnd(int from, int end) {
        if (from < end && doc.has(from, Vocabulary.OCCASION)) {
            return r.clause(from);
        }
        return from;
    }

    private String occasion(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.has(k, Vocabulary.OCCASION)) {
                Phrase p = doc.phrase(k + 1, 0, r.clause(k));
                return p == null ? null : p.text();
            }
        }
        return null;
    }

    /** A verb that opens another frame's clause: a new sender or receiver, thanks, an act. */
    private boolean startsOtherFrame(int k) {
        if (greetingNoun(k + 1)) {
            return false; // وصادق المواساة، وأطيب التمنيات: an adjective in construct with the greeting, no verb
        }
        for (Lexicon.Hit h : doc.hits(k)) {
            if (h.isVerb() && h.conj() > 0) {
                return true;
            }
        }
        return false;
    }

    private void add(Direction d, Form form, Party from, Party to, int textFrom, int textTo) {
        add(d, form, from, to, textFrom, textTo, false);
    }

    /**
     * Adds a greeting unless its party was greeted already; {@code exact}: only the same words or the same person's
     * name count as the same party (a salutation line names its addressee in full, not a part of one greeted before).
     */
    private void add(Direction d, Form form, Party from, Party to, int textFrom, int textTo, boolean exact) {
        int skip = textFrom < doc.size() && doc.word(textFrom) ? Parties.clitics(doc, textFrom) : 0;
        Phrase p = doc.phrase(textFrom, skip, textTo);
        if (p == null) {
            return;
        }
        if (bareTitle(d == Direction.RECEIVED ? from : to)) {
            return; // هنأت الجمعية سمو الشيخ X: the title read apart from the name it goes with
        }
        if (sameParty(d, d == Direction.RECEIVED ? from : to, exact) || !exact && d == Direction.SENT && toldAgain(to)) {
            return; // one entry per sender or addressee: a telegram told again (نص البرقية الموجهة الى …)
        }
        String occasion = occasion(textFrom, Math.min(doc.size(), textTo + 1));
        out.add(Greeting.builder(d, form).from(ownBranch(from)).to(ownBranch(to)).occasion(occasion)
                .text(p.text()).span(p.span()).build());
    }

    /** A party that is one word, an honorific alone ({@code سمو}, {@code معالي}). */
    private boolean bareTitle(Party p) {
        if (!(p instanceof org.nashra.model.Group) || p.span() == null) {
            return false;
        }
        int at = doc.tokenAt(p.span().start());
        return at >= 0 && doc.tokenAt(p.span().end() - 1) == at
                && (r.entities().honorific(doc, at) || TITLES.contains(doc.form(at)));
    }

    /** Titles of address that go before a name or an office (سمو الشيخ X، معالي الوزير), folded. */
    private static final java.util.Set<String> TITLES = java.util.stream.Stream.of("سمو", "معالي", "فخامة", "سعادة",
            "سيادة", "حضرة", "قداسة", "غبطة", "نيافة", "صاحب", "دولة")
            .map(org.nashra.parser.internal.text.FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * {@code برقية تعزية من فرع القاهرة}, {@code من مكتب المملكة المتحدة}: a branch or office named by its place
     * without its body is a branch of the issuing body.
     */
    private Party ownBranch(Party p) {
        if (!(p instanceof Organization o) || !(r.issuer() instanceof Organization body) || body.name() == null) {
            return p;
        }
        if (o.name() == null && o.branch() != null) {
            return o.toBuilder().name(body.name()).build();
        }
        int at = o.span() == null ? -1 : doc.tokenAt(o.span().start());
        if (at >= 0 && o.branch() == null && o.organ() == null && doc.word(at) && doc.tok(at).hasStemIn(OFFICES)
                && r.entities().place(doc, at + 1, doc.tokenAt(o.span().end() - 1) + 1) != null) {
            return o.toBuilder().name(body.name()).branch(o.name()).build();
        }
        return p;
    }

    /** The units a body has in a place: فرع، مكتب. */
    private static final java.util.Set<String> OFFICES = java.util.Set.of("فرع", "مكتب");

    /**
     * A sent greeting already read, told again: the addressee named after {@code نص البرقية/الرسالة} (the text of the
     * telegram that follows), or addressed in the second person inside the quoted letter ({@code نتقدم إلى قداستكم}).
     */
    private boolean toldAgain(Party to) {
        if (to == null || to.span() == null || out.stream().noneMatch(g -> g.direction() == Direction.SENT)) {
            return false;
        }
        int at = doc.tokenAt(to.span().start());
        if (r.entities().titleOfAddress(doc, at)) {
            return true; // قداستكم، سيادتكم: the letter's addressee by the title of address, already greeted
        }
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            if (doc.is(k, "نص", "بنص") && isMedium(k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #sameParty(Direction, Party, boolean)}, the words of one within the other's counting. */
    private boolean sameParty(Direction d, Party party) {
        return sameParty(d, party, false);
    }

    /**
     * Whether a greeting in direction {@code d} already names {@code party}: a person of the same name, the same words,
     * or, unless {@code exact}, the words of one (two at least) all within the other ({@code حزب التقدم} and {@code
     * الأمين العام لحزب التقدم}).
     */
    private boolean sameParty(Direction d, Party party, boolean exact) {
        if (party instanceof org.nashra.model.Person p && p.name() != null && out.stream().anyMatch(g -> g.direction() == d
                && (d == Direction.RECEIVED ? g.from() : g.to()) instanceof org.nashra.model.Person q
                && q.name() != null && FoldedText.fold(q.name()).equals(FoldedText.fold(p.name())))) {
            return true; // the person greeted by name, again under another title (الأخ الأستاذ X المحترم)
        }
        java.util.Set<String> words = words(party);
        if (words.isEmpty()) {
            return false;
        }
        for (Greeting g : out) {
            java.util.Set<String> other = g.direction() == d ? words(d == Direction.RECEIVED ? g.from() : g.to())
                    : java.util.Set.of();
            if (!other.isEmpty() && (other.equals(words) || !exact && words.size() >= 2 && other.containsAll(words)
                    || !exact && other.size() >= 2 && words.containsAll(other))) {
                return true;
            }
        }
        return false;
    }

    /** The folded words of a party's mention, or none when it has no span. */
    private java.util.Set<String> words(Party party) {
        if (party == null || party.span() == null) {
            return java.util.Set.of();
        }
        // لحزب، وحزب، للبابا، البابا: each word without its clitics, alike on both sides
        return wordsAt.computeIfAbsent(party.span(),
                span -> java.util.Set.copyOf(org.nashra.parser.internal.text.Clitic.stems(doc.text(span))));
    }
}
