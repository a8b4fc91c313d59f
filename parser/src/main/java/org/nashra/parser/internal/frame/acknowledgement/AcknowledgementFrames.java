package org.nashra.parser.internal.frame.acknowledgement;

import java.util.ArrayList;
import java.util.List;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Acknowledgement.Kind;
import org.nashra.model.Party;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.text.Clitic;

/**
 * Reads thanks, appreciation and praise for services into {@link Acknowledgement}s.
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>thanks</b>: {@code شكر/يشكر X}, {@code وجّه/قدّم الشكر الى/لـX}, {@code عبّر عن الشكر والتقدير لـX},
 *       {@code تتوجه بالشكر الى X والى Y}, {@code نتقدم بخالص شكرنا وتقديرنا لـX}, {@code شكرنا الموصول لـX};</li>
 *   <li><b>appreciation</b>: {@code ثمّن X} (what is valued is the reason), {@code عبر عن تقديره لـX};</li>
 *   <li><b>praise</b>: {@code أثنى على الجهود التي بذلها X وY في …} (who made the effort is thanked,
 *       what for is the reason);</li>
 *   <li><b>reason</b>: {@code على حسن ضيافتهم}; recipients with reasons of their own are acknowledged
 *       apart ({@code لادارة البيت على توفير القاعة، وللمتطوعين …} is two, and so is {@code X على A، وY على B} or
 *       {@code …، وكل المتطوعين الذين …}); commending a stand ({@code أثنى على التضامن}) is left to the resolutions;</li>
 *   <li><b>service, not position</b>: {@code نوّه/أشاد بالمجهود الذي بذلته X في …}, {@code أثنى على دور X في …},
 *       {@code عبّر عن تقديره لجهود X}; {@code خصّ بالشكر/بالثناء X لتبرعه}; {@code الى كل من X وY}; valuing a
 *       stand ({@code نثمّن موقف X}) is left to the resolutions as praise;</li>
 *   <li><b>not acknowledgements</b>: closing formulas ({@code مع خالص شكرنا واحترامنا}, {@code مع خالص
 *       التقدير}) and signature lines.</li>
 * </ul>
 */
public final class AcknowledgementFrames {
    private final Reading r;
    private final Doc doc;
    private final List<Acknowledgement> out = new ArrayList<>();

    private AcknowledgementFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
    }

    /** The acknowledgements of the text, in text order. */
    public static List<Acknowledgement> read(Reading r) {
        return new AcknowledgementFrames(r).readAll();
    }

    private List<Acknowledgement> readAll() {
        int i = r.layout().bodyFrom();
        while (i < r.layout().bodyTo()) {
            int next = ackAt(i);
            i = Math.max(i + 1, next);
        }
        return out;
    }

    /** Nouns of effort spent for others: praising them is acknowledging a service, not a public position. */
    private static final java.util.Set<String> EFFORTS = java.util.Set.of("جهد", "جهود", "مجهود", "مجهودات",
            "مساهمه", "مساهمات", "عطاء", "تبرع", "تبرعات", "مساعده", "مساعدات", "تعاون", "عمل");

    /**
     * {@code نوّه المجتمعون بالمجهود الذي بذلته X}, {@code أشاد بجهود X}: praise (أشاد، نوّه) of effort
     * spent is an acknowledgement; the resolution frames leave it alone.
     */
    public static boolean praisesService(Doc doc, int verb) {
        Lexicon.Hit h = doc.hit(verb, Vocabulary.PRAISE);
        if (h == null || h.shape() == org.nashra.parser.internal.frame.Word.Shape.MASDAR) {
            return false;
        }
        for (int k = verb + 1; k < verb + 5 && k < doc.size() && doc.word(k); k++) {
            if (doc.form(k).startsWith("ب") && doc.tok(k).hasStemIn(EFFORTS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code أثنى على التضامن الذي شهده البلد}, {@code مثنياً على الدور الذي تقوم به الرابطة}: commending (أثنى على)
     * something other than effort spent or someone's role ({@code أثنى على جهود X}, {@code على دور X}) is praise as a
     * public position, read by the resolution frames.
     */
    public static boolean commendsPosition(Doc doc, int verb) {
        Lexicon.Hit h = doc.hit(verb, Vocabulary.COMMEND);
        if (h == null || !(h.isVerb() || h.shape() == Word.Shape.PARTICIPLE && !h.definite() && h.suffix().isEmpty())) {
            return false;
        }
        for (int k = verb + 1; k < verb + 4 && k + 1 < doc.size() && doc.word(k); k++) {
            if (doc.is(k, "علي")) {
                int object = doc.word(k + 1) ? k + 1 : k + 2; // على "الدور …": past the quotation mark
                // أثنى على دور المتطوعين: the role of someone named after it is their service
                return object < doc.size() && doc.word(object) && !doc.tok(object).hasStemIn(EFFORTS)
                        && !EFFORTS.contains(doc.form(object).startsWith("ال") ? doc.form(object).substring(2)
                        : doc.form(object)) && !doc.is(object, "دور", "ادوار");
            }
        }
        return false;
    }

    /** Support given, possessed by whom gave it: saluting someone for it acknowledges a service. */
    private static final List<String> SUPPORT_GIVEN = List.of("مساند", "دعم", "موازر", "وقوف", "تضامن", "مساعد",
            // and effort spent: حيّا الرئيس المتطوعين على جهودهم
            "جهود", "مجهود", "عطاء", "تعاون");

    /**
     * {@code يحيي الاتحاد الجهوي على مساندته لنضالات الطلبة}, {@code حيّت النقابة الأطباء على دعمهم}, {@code حيّا
     * المتطوعين على جهودهم}: saluting a party for the support or effort it gave ({@code على} and a possessed noun of
     * support or effort) acknowledges a service (praise); the resolution frames leave it alone.
     */
    public static boolean salutesSupport(Doc doc, int verb) {
        Lexicon.Hit h = doc.hit(verb, Vocabulary.SALUTE);
        if (h == null || !h.isVerb()) {
            return false;
        }
        for (int k = verb + 1; k < verb + 10 && k + 1 < doc.size() && doc.word(k); k++) {
            if (doc.is(k, "علي")) {
                return doc.word(k + 1) && doc.tok(k + 1).readings().stream().anyMatch(
                        rd -> SUPPORT_GIVEN.stream().anyMatch(b -> rd.stem().startsWith(b) && rd.stem().length() > b.length()))
                        && (!doc.verb(k + 1)
                        || doc.hits(k + 1).stream().anyMatch(x -> x.shape() == Word.Shape.MASDAR));
            }
        }
        return false;
    }

    /** Nouns of a stand taken in public: valuing one is a position (a Resolution of kind praise). */
    private static final java.util.Set<String> POSITIONS = java.util.Set.of("موقف", "مواقف", "قرار", "قرارات",
            "خطوه", "خطوات", "اعلان", "تصريحات", "بيان",
            // a struggle or a steadfastness valued is a cause praised in public (ثمّنوا صمود الأطباء)
            "صمود", "نضال", "نضالات", "تضحيات", "مقاومه",
            // a history valued in public (ثمّن التاريخ النضالي للحزب)
            "تاريخ");

    /**
     * {@code نثمّن موقف النقابة}, {@code ثمّن المجتمعون قرار المحكمة}: valuing a stand is praise as a
     * public position, read by the resolution frames, not an acknowledgement of a service.
     */
    public static boolean valuesPosition(Doc doc, int verb) {
        Lexicon.Hit h = doc.hit(verb, Vocabulary.APPRECIATE);
        if (h == null || !h.isVerb()) {
            return false;
        }
        for (int k = verb + 1; k < verb + 4 && k < doc.size() && doc.word(k); k++) {
            if (doc.tok(k).hasStemIn(POSITIONS)) {
                return true;
            }
            // ثمّن عالياً دور البلد، الصمود …: valuing "highly" anything but effort spent is the formula of praise in
            // public (ثمّن عالياً جهود اللجنة still thanks a service)
            if (doc.is(k, "عاليا") && k + 1 < doc.size() && doc.word(k + 1) && !doc.tok(k + 1).hasStemIn(EFFORTS)) {
                return true;
            }
        }
        return false;
    }

    /** Accusatives of purpose that name a gratitude: {@code تقديراً لـ}, {@code عرفاناً بـ}, {@code وفاءً لـ}. */
    private static final java.util.Set<String> IN_RECOGNITION = java.util.Set.of("تقديرا", "عرفانا", "امتنانا",
            "اعترافا");

    /**
     * {@code كرّمت النقابة الصحفية X بدرع الإبداع تقديراً لمسيرتها}, {@code سلّم درعاً للشيخ X تقديراً لجهوده}: an
     * honour given "in recognition of" a service is an appreciation of the person honoured, the latest named
     * in the clause before it.
     */
    private int inRecognition(int i) {
        if (!IN_RECOGNITION.contains(doc.form(i))) {
            return -1; // asked at every cue of thanks: the clause's limit only where the word is one of these
        }
        int end = r.limit(i);
        if (i + 1 >= end || !doc.word(i + 1)
                || !(doc.hasLam(i + 1) || doc.form(i + 1).startsWith("ب"))) {
            return -1;
        }
        int from = doc.sentenceStart(i);
        for (int k = i - 1; k > from; k--) {
            if (doc.punct(k, "،,؛;:")) {
                from = k + 1;
                break;
            }
        }
        Party honoured = null;
        for (int k = i - 1; k >= from && honoured == null; k--) {
            Found<org.nashra.model.Person> p = r.persons().covering(k);
            honoured = p != null ? p.value() : null;
        }
        if (honoured == null) {
            return -1; // تقديراً للظروف: nobody is honoured
        }
        int stop = reasonEnd(i + 1, end);
        add(Kind.APPRECIATION, List.of(honoured), phraseAfterLam(i + 1, stop), from, stop);
        return stop;
    }

    /** Reads the acknowledgement whose cue is at {@code i}; returns where reading goes on. */
    private int ackAt(int i) {
        int recognised = inRecognition(i);
        if (recognised >= 0) {
            return recognised;
        }
        if (salutesSupport(doc, i)) {
            // حيّت النقابة الأطباء على دعمهم: past the subject when a party still comes before على
            Found<Party> subject = r.subjectAfter(i);
            int at = subject != null && !doc.is(subject.to(), "علي") ? subject.to() : i + 1;
            return recipients(Kind.PRAISE, i, at, r.limit(i));
        }
        if (praisesService(doc, i)) {
            Found<Party> subject = doc.hit(i, Vocabulary.PRAISE).isVerb() ? r.subjectAfter(i) : null;
            int at = subject != null ? subject.to() : i + 1;
            return praised(Kind.PRAISE, i, at, r.limit(i));
        }
        Lexicon.Hit thank = doc.hit(i, Vocabulary.THANK);
        Lexicon.Hit appreciate = doc.hit(i, Vocabulary.APPRECIATE);
        Lexicon.Hit commend = doc.hit(i, Vocabulary.COMMEND);
        Lexicon.Hit cue = thank != null ? thank : appreciate != null ? appreciate : commend;
        if (cue == null || closingFormula(i) || valuesPosition(doc, i)) {
            return i + 1;
        }
        if (cue.shape() == Word.Shape.PARTICIPLE) {
            // ردّ على البرقيات شاكراً أصحابها على مشاعرهم: the circumstantial participle thanks its object
            return cue.definite() || !cue.suffix().isEmpty() ? i + 1
                    : recipients(Kind.THANKS, i, doc.is(i + 1, "الي") ? i + 2 : i + 1, r.limit(i));
        }
        int object = doc.is(i + 1, "كذلك", "ايضا", "عاليا", "كثيرا") ? i + 2 : i + 1; // ثمّن كذلك/عالياً دور …
        // its object definite, or in construct with a definite noun (ثمّن دور الاتحاد)
        boolean valued = doc.tok(object).reading().definite() || object + 1 < doc.size()
                && (r.organizations().covering(object + 1) != null || r.persons().covering(object + 1) != null);
        if (cue.isVerb() && cue == appreciate && !valued && r.subjectAfter(i) == null) {
            return i + 1; // ثمّن المبادرات; ثمناً باهظاً is a price
        }
        if (cue.isVerb() && cue == commend && !followedByAla(i) || cue == commend && commendsPosition(doc, i)) {
            return i + 1; // أثنى على; لن تثنيها عن is to deter; أثنى على التضامن is a position (the resolutions')
        }
        // الامتنان، العرفان: gratitude is thanks
        boolean gratitude = appreciate != null && (doc.form(i).contains("امتنان") || doc.form(i).contains("عرفان"));
        Kind kind = thank != null || thankedNext(i) || gratitude ? Kind.THANKS
                : appreciate != null ? Kind.APPRECIATION : Kind.PRAISE;
        if (!cue.isVerb() && !carried(i)) {
            return i + 1;
        }
        int start = textStart(i, cue);
        int end = r.limit(i);
        int k = i + 1;
        k = pastQualifiers(i, k, end);
        Found<Party> subject = cue.isVerb() ? r.subjectAfter(i) : null;
        if (subject != null && !(thank != null && doc.is(subject.to(), "علي"))) {
            k = Math.max(k, subject.to()); // شكر الحضور على مشاركتهم: one party before the reason is the thanked
        }
        while (k < end && doc.is(k, "فيها", "فيه", "ايضا", "كذلك", "عاليا", "كثيرا", "موصول")) {
            k++; // كلمة شكر فيها وزارة الثقافة، نثمّن عالياً جهود …، الشكر موصول لـ…
        }
        if (thanksYou(start, i, k, cue)) {
            return thankedYou(kind, start, doc.is(k, "لكم", "اليكم") ? k + 1 : k, end);
        }
        if (commend != null && doc.is(k, "علي")) {
            return praised(kind, start, k + 1, end);
        }
        boolean to = doc.is(k, "الي") || doc.word(k) && doc.hasLam(k);
        int effort = cue.isVerb() && kind != Kind.THANKS ? effortAt(i + 1, r.clause(i)) : -1;
        if (!to && effort >= 0) {
            return praised(kind, start, effort, end); // يثمّن المكتب الجهود التي بذلها الرفاق في …
        }
        if (!to && cue.isVerb()) {
            // ثمّن X: what is valued is the reason; شكر X: X is thanked
            int stop = ownClause(k);
            if (kind == Kind.THANKS) {
                return recipients(kind, start, k, end);
            }
            add(kind, List.of(), phrase(k, stop), start, stop);
            return stop;
        }
        if (to && doc.hasLam(k) && effortAt(k, k + 1) == k) {
            return praised(kind, start, k, end); // عن تقديرها لجهود عضوات الهيئة في تنظيم الحملة
        }
        if (!to && inConstruct(i, cue)) {
            return recipients(kind, start, k, end); // ختم كلمته بشكر الضيوف: the thanked in construct
        }
        if (!to && singledOut(i)) {
            return recipients(kind, start, k, end); // خصّوا بالشكر السيدة X: the object follows
        }
        if (!to) {
            return k;
        }
        return recipients(kind, start, doc.is(k, "الي") ? k + 1 : k, end);
    }

    /**
     * {@code نشكركم على …}, {@code نتقدم إليكم بالشكر على …}, {@code الشكر لكم}: the thanks are to whom the text
     * speaks (its {@code كم}), the letter's addressee.
     */
    private boolean thanksYou(int start, int i, int k, Lexicon.Hit cue) {
        if (cue.isVerb() && (cue.suffix().equals("كم") || cue.suffix().equals("كما")) || doc.is(k, "لكم", "اليكم")) {
            return true;
        }
        for (int j = start; j < i; j++) {
            if (doc.is(j, "لكم", "اليكم")) {
                return true;
            }
        }
        return false;
    }

    /** The thanks to the letter's addressee from {@code at}, with its reason after على. */
    private int thankedYou(Kind kind, int start, int at, int end) {
        org.nashra.model.Party you = r.addressee();
        List<Party> to = you == null ? List.of() : List.of(you);
        if (doc.is(at, "علي")) {
            int stop = reasonEnd(at + 1, end);
            add(kind, to, phrase(at + 1, stop), start, stop);
            return stop;
        }
        int stop = ownClause(at);
        add(kind, to, null, start, stop);
        return stop;
    }

    /** Recipients from {@code at}, each group closed by its own reason ({@code على …}). */
    private int recipients(Kind kind, int start, int at, int end) {
        List<Party> to = new ArrayList<>();
        int k = at;
        if (doc.is(k, "كل", "لكل") && doc.is(k + 1, "من") && !doc.verb(k + 2)
                && Parties.startsParty(r, k + 2)) {
            k += 2; // الى كل من بلدية X واتحاد Y: each is thanked (كل من ساهم is everyone who helped)
        }
        int textStart = start;
        while (k < end) {
            List<Found<Party>> ps = Parties.read(r, k, end, j -> doc.is(j, "علي") || doc.is(j, "والي"));
            if (ps.isEmpty()) {
                ps = thanked(k, end);
            }
            if (ps.isEmpty()) {
                break;
            }
            ps.forEach(p -> to.add(p.value()));
            k = ps.get(ps.size() - 1).to();
            Found<org.nashra.model.Place> town = r.places().covering(k);
            if (town != null && town.from() == k && town.to() < end) {
                k = town.to(); // المجلس البلدي لتيزنيت على …: the body's town before its reason
            }
            if (doc.has(k, Vocabulary.RELATIVE)) {
                k = reasonEnd(k, end); // X الذين تبرعوا بالكتب: the description ends at the next recipient
            }
            String reason = null;
            boolean relative = ps.stream().anyMatch(p -> containsRelative(p.from(), p.to()));
            if (doc.is(k, "علي") && relative) {
                k = reasonEnd(k + 1, end); // الذين عملوا على إنجاح الحفل: على belongs to the relative clause
            } else if (doc.is(k, "علي") || lamReason(k)) {
                int from = doc.is(k, "علي") ? k + 1 : k;
                int stop = reasonEnd(from, end);
                reason = doc.is(k, "علي") ? phrase(from, stop) : phraseAfterLam(from, stop);
                k = stop;
            }
            boolean more = doc.punct(k, "،,") && nextRecipient(k + 1) || nextRecipient(k) && doc.is(k, "والي")
                    || reason != null && doc.punct(k, "،,") && nextThanked(k + 1, end);
            // الى X، والى Y: recipients set apart by a comma and a repeated الى are thanked apart
            if (reason != null && more || !more || doc.punct(k, "،,") && doc.is(k + 1, "والي")) {
                add(kind, to, reason, textStart, k);
                to.clear();
                textStart = doc.punct(k, "،,") ? k + 1 : k;
                if (doc.is(textStart, "و")) {
                    textStart++; // و«مؤسسة X»: the conjunction written apart is no part of the text
                }
            }
            if (!more) {
                return k;
            }
            k = doc.punct(k, "،,") ? k + 1 : k;
            if (doc.is(k, "والي", "الي")) {
                k++;
            }
        }
        if (!to.isEmpty()) {
            add(kind, to, null, textStart, k);
        }
        return k;
    }

    /** The most words of a group thanked before its reason: {@code شكرت الأعضاء القدامى على …}. */
    private static final int GROUP = 4;

    /**
     * {@code شكرت الأعضاء على ثقتهم}, {@code والمتطوعين على جهودهم}: a definite noun phrase no party reader
     * knows, up to the على of its reason, is a group thanked.
     */
    private List<Found<Party>> thanked(int at, int end) {
        int joined = joinedThanked(at, end);
        if (joined > at && (at == 0 || doc.punct(at - 1, "،,"))) {
            // …، وكل المتطوعات اللواتي …: the words up to the reason or the relative clause, as a group
            int from = doc.is(at, "و") ? at + 1 : at;
            while (from < joined && !doc.word(from)) {
                from++;
            }
            int to = joined;
            while (to > from && !doc.word(to - 1) && !doc.punct(to - 1, "»\"”")) {
                to--;
            }
            Phrase p = doc.phrase(from, from == at ? Parties.clitics(doc, from) : 0, to);
            return p == null ? List.of() : List.of(new Found<>(new org.nashra.model.Group(p.text(), p.span()), at, joined));
        }
        if (!doc.word(at) || !doc.tok(at).reading().definite() || doc.verb(at)) {
            return List.of();
        }
        for (int k = at + 1; k < end && k <= at + GROUP; k++) {
            if (doc.is(k, "علي")) {
                int skip = Parties.clitics(doc, at);
                Phrase p = doc.phrase(at, skip, k);
                return p == null ? List.of() : List.of(new Found<>(new org.nashra.model.Group(p.text(), p.span()), at, k));
            }
            if (!doc.word(k) || doc.verb(k)) {
                break;
            }
        }
        return List.of();
    }

    /** The first noun of effort ({@code الجهود}, {@code دور}) within a few words of {@code from}, or -1. */
    /** The clause of {@code k}, ended early by a verb of its own after و ({@code … ووجّه الشكر الى …}). */
    private int ownClause(int k) {
        int stop = r.clause(k);
        for (int j = k + 1; j < stop; j++) {
            if (doc.word(j) && doc.hits(j).stream().anyMatch(h -> h.isVerb() && h.conj() > 0)) {
                return j;
            }
        }
        return stop;
    }

    private int effortAt(int from, int stop) {
        for (int k = from; k < stop && k < from + 4; k++) {
            if (doc.word(k) && (doc.tok(k).hasStemIn(EFFORTS) || doc.tok(k).hasStem("دور"))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@code أثنى على الجهود التي بذلها X وY في توفير …}: X and Y praised for what follows في;
     * {@code أثنت على دور المتطوعين في التنظيم}: whose effort it is follows the noun.
     */
    private int praised(Kind kind, int start, int at, int end) {
        int stop = ownClause(at);
        List<Party> to = new ArrayList<>();
        String reason = phraseAfterLam(at, stop); // بالجهود التي …: without the preposition
        int effort = effortAt(at, stop);
        boolean relative = false;
        for (int k = at; k < stop && !relative; k++) {
            relative = doc.has(k, Vocabulary.RELATIVE);
        }
        if (effort >= 0 && !relative && effort + 1 < stop) {
            List<Found<Party>> ps = Parties.read(r, effort + 1, stop, j -> doc.is(j, "في", "علي"));
            ps.forEach(p -> to.add(p.value()));
            int after = ps.isEmpty() ? effort + 1 : ps.get(ps.size() - 1).to();
            if (!ps.isEmpty() && doc.is(after, "في", "علي")) {
                reason = phrase(after + 1, stop);
            }
            add(kind, to, reason, start, stop);
            return stop;
        }
        for (int k = at; k < stop; k++) {
            if (doc.has(k, Vocabulary.RELATIVE) && k + 2 < stop) {
                List<Found<Party>> ps = Parties.read(r, k + 2, stop, j -> doc.is(j, "في"));
                ps.forEach(p -> to.add(p.value()));
                int after = ps.isEmpty() ? k + 2 : ps.get(ps.size() - 1).to();
                if (doc.is(after, "في", "علي")) {
                    reason = phrase(after + 1, stop);
                }
                break;
            }
        }
        add(kind, to, reason, start, stop);
        return stop;
    }

    /** {@code خصّ بالشكر}, {@code خصت بالثناء}: the verb of singling out right before the ب of the cue. */
    private boolean singledOut(int i) {
        if (!doc.form(i).startsWith("ب")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4 && !doc.punct(k); k--) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.SINGLE_OUT);
            if (h != null && h.isVerb()) {
                return true; // خصّ المجتمعون بالشكر
            }
        }
        return false;
    }

    /** {@code لتبرعه}, {@code لمساعدتها}: ل with a possessed verbal noun gives the reason. */
    private boolean lamReason(int k) {
        if (!doc.word(k) || !doc.hasLam(k) || doc.tok(k).reading().definite()) {
            return false;
        }
        String w = doc.text(k, k + 1);
        return w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هن");
    }

    private boolean followedByAla(int i) {
        for (int k = i + 1; k < i + 5 && k < doc.size(); k++) {
            if (doc.is(k, "علي")) {
                return true;
            }
        }
        return false;
    }

    private boolean nextRecipient(int k) {
        return doc.is(k, "والي", "الي") || doc.word(k) && doc.hasLam(k)
                && doc.tok(k).reading().affixes().stream().anyMatch(a -> a.clitic().isConjunction());
    }

    private boolean containsRelative(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.has(k, Vocabulary.RELATIVE)) {
                return true;
            }
        }
        return false;
    }

    private String phraseAfterLam(int from, int to) {
        Phrase p = doc.phrase(from, Parties.clitics(doc, from), to);
        return p == null ? null : p.text();
    }

    private int reasonEnd(int from, int end) {
        for (int k = from; k < end; k++) {
            boolean verbNext = doc.verb(k + 1);
            if (doc.punct(k, "،,") && (nextRecipient(k + 1) || !doc.form(k + 1).startsWith("و") || verbNext
                    || nextThanked(k + 1, end))) {
                return k;
            }
        }
        return end;
    }

    /** {@code شكر X على استضافته، والوفود الشقيقة على مشاركتها}: one more thanked, joined by و, with its own reason. */
    private boolean nextThanked(int k, int end) {
        return joinedThanked(k, end) > k || doc.word(k) && doc.form(k).startsWith("وال") && !thanked(k, end).isEmpty();
    }

    /**
     * {@code …، واتحاد الطلبة على مشاركته}, {@code …، و«مؤسسة X» على تمويل الدراسة}, {@code …، وكل المتطوعات اللواتي
     * عملن …}: after a recipient with its reason, words joined by و up to a reason of their own (على) or a relative
     * clause that describes them name one more recipient; where they end, else -1.
     */
    private int joinedThanked(int k, int end) {
        int from = doc.is(k, "و") ? k + 1 : k;
        if (!(from > k || doc.word(k) && doc.form(k).startsWith("و") && doc.form(k).length() > 2)) {
            return -1;
        }
        for (int j = from + 1; j < end && j <= from + GROUP + 2; j++) {
            if (doc.is(j, "علي") || doc.has(j, Vocabulary.RELATIVE)) {
                return j;
            }
            if (doc.punct(j, "«»\"“”")) {
                continue;
            }
            if (!doc.word(j) || doc.verb(j)) {
                return -1;
            }
        }
        return -1;
    }
    /** الشكر والتقدير: thanks even where appreciation comes first. */
    private boolean thankedNext(int i) {
        return doc.has(i + 1, Vocabulary.THANK) || doc.has(i + 2, Vocabulary.THANK) && doc.is(i + 1, "و");
    }

    /**
     * Past what qualifies the cue at {@code i}: more nouns of thanks ({@code الشكر والتقدير}, {@code شكرنا وتقديرنا}),
     * set adjectives, and after a definite noun any definite word that no party reader takes ({@code بالشكر الخاص
     * إلى}, {@code الشكر الجزيل لـ}): a definite word after a definite noun is its adjective.
     */
    private int pastQualifiers(int i, int k, int end) {
        boolean definiteNoun = !doc.hits(i).isEmpty() && !doc.hits(i).get(0).isVerb() && doc.tok(i).reading().definite();
        int adjectives = 0;
        while (k < end && doc.word(k)) {
            if (doc.hasAny(k, Vocabulary.THANK, Vocabulary.APPRECIATE) || doc.is(k, QUALIFIERS)) {
                k++;
            } else if (definiteNoun && adjectives < 2 && doc.tok(k).reading().definite()
                    && !doc.tok(k).reading().hasPreposition() && !Parties.startsParty(r, k)
                    && !doc.has(k, Vocabulary.PARTICIPANTS)) {
                adjectives++;
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static final String[] QUALIFIERS = {"الجزيل", "الموصول", "العالي", "الكبير", "العميق", "البالغ", "الخالص",
        "العظيم"};

    /** What stands before a noun of thanks heading its clause and governs it: وكل الشكر، وجزيل الشكر لـ…. */
    private static final String[] INTENSIFIERS = {"كل", "وكل", "جزيل", "وجزيل", "خالص", "وخالص", "وافر", "ووافر"};

    /** What stands before a noun of thanks in ب after a verb of turning: تتقدم … بجزيل الشكر ({@link #turnedBefore}). */
    private static final String[] BI_INTENSIFIERS = {"بجزيل", "بخالص", "بوافر"};

    /**
     * {@code ختم كلمته بشكر الضيوف}: an indefinite noun of thanks in ب right before a definite word or a party is in
     * construct with whom it thanks.
     */
    private boolean inConstruct(int i, Lexicon.Hit cue) {
        return !cue.isVerb() && cue == doc.hit(i, Vocabulary.THANK) && doc.form(i).startsWith("ب")
                && !doc.tok(i).reading().definite() && cue.suffix().isEmpty() && doc.word(i + 1)
                && (doc.tok(i + 1).reading().definite() || Parties.startsParty(r, i + 1));
    }

    /** A verbal noun of thanks is an act where something carries it: وجه، قدم، عبر عن، تتوجه بـ، نتقدم بـ. */
    private boolean carried(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 7; k--) {
            if (doc.punct(k)) {
                break; // the carrier is in the clause; else the noun heads a clause of its own
            }
            if (carries(k)) {
                return true;
            }
        }
        if (turnedBefore(i) >= 0) {
            return true;
        }
        // شكرنا الموصول لكل من …
        if (doc.form(i).endsWith("نا") && (doc.is(i + 1, "الموصول", "الجزيل") || doc.hasLam(i + 1))) {
            return true;
        }
        // والشكر موصول لـX، الشكر لـX، وكل الشكر والتقدير لـX: the thanks heading a nominal clause, its recipient in ل
        int h = i > 0 && doc.is(i - 1, INTENSIFIERS) ? i - 1 : i;
        boolean head = h == doc.sentenceStart(h) || h > 0 && doc.punct(h - 1) || doc.lineStart(h);
        int k = pastQualifiers(i, i + 1, Math.min(doc.size(), i + 6));
        return head && (doc.is(k, "موصول") ? k + 1 < doc.size() && doc.hasLam(k + 1) : k < doc.size() && doc.hasLam(k))
                || inConstruct(i, doc.hits(i).get(0));
    }

    /** {@code مع خالص شكرنا واحترامنا}, {@code مع خالص التقدير}. */
    private boolean closingFormula(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (doc.has(k, Vocabulary.WITH)) {
                return true;
            }
            if (doc.punct(k)) {
                return false;
            }
        }
        return false;
    }

    private int textStart(int i, Lexicon.Hit cue) {
        if (cue.isVerb()) {
            return i;
        }
        for (int k = i - 1; k >= 0 && k >= i - 7; k--) {
            if (carries(k)) {
                return k;
            }
        }
        int turned = turnedBefore(i);
        return turned >= 0 ? turned : i;
    }

    /** A verb that carries thanks (وجه، قدم، عبر عن، تتوجه بـ) or its circumstantial participle at {@code k}. */
    private boolean carries(int k) {
        return doc.hasAny(k, Vocabulary.SEND, Vocabulary.TURN, Vocabulary.DECLARE, Vocabulary.OFFER,
                Vocabulary.SINGLE_OUT) || carrierParticiple(k);
    }

    /** The participles of the carriers, folded and without و: مقدّماً الشكر، موجهاً، متوجهاً بالشكر، متقدمين بالشكر. */
    private static final List<String> CARRIER_PARTICIPLES = List.of("مقدم", "موجه", "متوجه", "متقدم");

    /** Endings of gender and number a carrier's participle takes (folded: مقدماً → مقدما، مقدمةً → مقدمه). */
    private static final java.util.Set<String> PARTICIPLE_ENDINGS = java.util.Set.of("", "ا", "ه", "ين", "ون");

    /**
     * {@code …، مقدّماً الشكر للجنة المنظمة}, {@code متوجهاً بالشكر إلى …}: the circumstantial participle of a carrier
     * (قدّم، وجّه، توجّه، تقدّم) carries the thanks after it as its verb does.
     */
    private boolean carrierParticiple(int k) {
        if (!doc.word(k)) {
            return false;
        }
        String f = doc.form(k).startsWith("و") ? doc.form(k).substring(1) : doc.form(k);
        return CARRIER_PARTICIPLES.stream().anyMatch(p -> f.startsWith(p)
                && PARTICIPLE_ENDINGS.contains(f.substring(p.length())));
    }

    /** The most words a subject may take between a verb of turning and the thanks it turns with. */
    private static final int TURNING_SUBJECT = 20;

    /**
     * {@code تتقدم النقابة ممثلة برئيسها وأعضاء مجلسها وكافة منتسبيها بجزيل الشكر إلى …}: a verb of turning (توجّه،
     * تقدّم) takes the thanks in ب past a subject longer than the carrier's window, with no punctuation between; the
     * verb, or -1.
     */
    private int turnedBefore(int i) {
        int bi = i > 0 && doc.is(i - 1, BI_INTENSIFIERS) ? i - 1 : i;
        if (!doc.word(bi) || !doc.tok(bi).reading().has(Clitic.BI)) {
            return -1;
        }
        for (int k = bi - 1; k >= 0 && k >= bi - TURNING_SUBJECT && !doc.punct(k); k--) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.TURN);
            if (h != null && h.isVerb()) {
                return k;
            }
        }
        return -1;
    }

    private String phrase(int from, int to) {
        Phrase p = doc.phrase(from, 0, to);
        return p == null ? null : p.text();
    }

    private void add(Kind kind, List<Party> to, String reason, int from, int to2) {
        int skip = doc.word(from) ? Parties.clitics(doc, from) : 0;
        Phrase p = doc.phrase(from, skip, to2);
        if (p != null) {
            out.add(Acknowledgement.builder(kind).to(to).reason(reason).text(p.text()).span(p.span()).build());
        }
    }
}
