package org.nashra.parser.internal.frame.election;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Group;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.ItemList;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.number.ArabicNumbers;
import org.nashra.parser.internal.number.NumberPhrase;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.StemSet;

/**
 * Reads bodies elected and posts filled ({@link Election}) and seats won in a
 * public election ({@link ElectionResult}).
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>a body elected</b>: {@code انتخاب لجنة تنفيذية جديدة …}, {@code انتُخبت لجنة لاعتماد العضوية},
 *       {@code جرى انتخاب الهيئة التنفيذية الجديدة للجمعية}; the body is the head and what names it
 *       ({@code هيئة لادارة الجلسة}), without {@code جديدة} or the body it belongs to;</li>
 *   <li><b>its members</b>: {@code تألفت من X رئيساً وY مقررة}, {@code ضمت كلاً من: …},
 *       {@code اسفر الاقتراع عن فوز كل من: X رئيساً، …، والسادة: A، B، وC اعضاء}, each with the post as role;</li>
 *   <li><b>bodies formed</b> also as working groups or committees ({@code فريق، مجموعة عمل، لجان}), and a new body
 *       charged with a task ({@code كلّف المكتب لجنة تحضيرية برئاسة X}); a long subject set off by a comma before the
 *       body elected ({@code انتخب الاتحاد العام … في X، هيئة إدارية جديدة}); a place's name ({@code مخيم عين
 *       الحلوة}) is no verb of appointing;</li>
 *   <li><b>a post filled</b>: {@code انتخاب الرفيق X سكرتيراً للهيئة} (the post is the body),
 *       {@code تكليف السيد X بمهام امين الصندوق};</li>
 *   <li><b>term</b>: {@code للسنتين القادمتين}, {@code لدورة مدتها سنتان/ثلاث سنوات}, {@code لمدة عامين};</li>
 *   <li><b>not elections</b>: a planned one ({@code لمناقشة … وانتخاب القيادة}, {@code سيجري انتخاب}),
 *       one named only by a pronoun ({@code بمناسبة انتخابها}), headings;</li>
 *   <li><b>more shapes</b>: labelled lines ({@code - نائب الرئيسة: السيد X}), a post in brackets
 *       ({@code X (رئيساً)}), a body renewed later in the clause ({@code أسفرت عملية الانتخاب عن تجديد الهيئة}),
 *       {@code زكّى/اختار/سمّى … X رئيساً}; a task ({@code تكليف X بمتابعة …}), a public election
 *       ({@code الانتخابات البلدية}) and {@code بالتزكية} are not elections;</li>
 *   <li><b>results</b>: {@code حصل حزبنا على مقعدين ضمن تحالف سائرون}, {@code فازت القائمة بثلاثة مقاعد},
 *       {@code فوز لائحة X بأحد عشر مقعداً}, {@code حلّت X … بـ 2.318 صوتاً} (not a margin, {@code بفارق}),
 *       {@code ضمن هذه اللائحة} (the list a result named before).</li>
 * </ul>
 */
public final class ElectionFrames {
    private static final int MAX_BODY = 5;

    /** The pronouns that open the names of those elected: {@code … هم X وY}. */
    private static final String[] LIST_PRONOUNS = {"هم", "وهم", "هن", "وهن"};

    private final Reading r;
    private final Doc doc;

    private ElectionFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
    }

    /** The elections of the text, in text order. */
    public static List<Election> elections(Reading r) {
        return new ElectionFrames(r).readElections();
    }

    /** The seats won in public elections, in text order. */
    public static List<ElectionResult> results(Reading r) {
        return new ElectionFrames(r).readResults();
    }

    private List<Election> readElections() {
        List<Election> out = new ArrayList<>();
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            Lexicon.Hit elect = doc.hit(i, Vocabulary.ELECT);
            // مخيم عين الحلوة: a word of a place's name is no verb of appointing
            Lexicon.Hit appoint = doc.hit(i, Vocabulary.APPOINT); // the word first: the places only where it is one
            appoint = appoint == null || r.places().covering(i) != null || doc.is(i - 1, PLACE_KINDS) ? null : appoint;
            Lexicon.Hit h = elect != null ? elect : appoint;
            List<Election> posts = h == null ? postsWon(i) : List.of();
            if (!posts.isEmpty()) {
                posts.forEach(e -> addNew(out, e));
                continue;
            }
            Election post = h == null ? won(i) : null;
            if (post != null && doc.hit(i, Vocabulary.WIN).shape() == Word.Shape.MASDAR
                    && !doc.hit(i, Vocabulary.WIN).suffix().isEmpty()) {
                byPronoun.add(post);
            }
            if (post == null && (h == null || appoint != null && elect == null && charges(i))) {
                post = formed(i);
            }
            if (post == null && h == null) {
                post = confidence(i);
            }
            if (post == null && h == null) {
                post = distributed(i);
            }
            if (post != null) {
                addNew(out, post);
                continue;
            }
            boolean manner = h != null && h.shape() == Word.Shape.MASDAR && h.preposition().equals("ب") && h.definite();
            // لانتخاب مجلس جديد: a purpose, still to come
            boolean purpose = h != null && h.shape() == Word.Shape.MASDAR && h.preposition().equals("ل");
            if (h == null || manner || purpose || planned(i) || agendaItem(i) || publicElection(i)) {
                continue; // بالتزكية، بالانتخاب: how, not an election
            }
            if (!h.suffix().isEmpty() && h.shape() == Word.Shape.MASDAR) {
                // بمناسبة انتخابكم كاتباً أول للاتحاد (a choice, اختيارها عضواً في …, is an honour, not a vote)
                Election e = elect == null ? null : pronounElected(i);
                if (e != null) {
                    out.add(e);
                }
                continue;
            }
            List<Election> es = new ArrayList<>();
            Election e = election(i, appoint != null && elect == null, es);
            if (e != null) {
                es.add(0, e);
            }
            if (h.isVerb() && doc.is(i + 1, "بدوره", "بدورها", "بدورهم") && !out.isEmpty() && !es.isEmpty()) {
                // انتخب هيئة إدارية، انتخبت بدورها X رئيسة وY نائبة: the body just elected fills its own posts
                Election body = out.get(out.size() - 1);
                List<Person> all = new ArrayList<>(body.elected());
                es.forEach(x -> all.addAll(x.elected()));
                out.set(out.size() - 1, body.toBuilder().elected(all).build());
                continue;
            }
            es.forEach(x -> addNew(out, x));
        }
        // فوزها بمقعد نائب الرئيس … فوز الأستاذة X بمنصب النائب: her election told again, named the other time
        out.removeIf(e -> byPronoun.contains(e) && toldElsewhere(out, e));
        return out;
    }

    /** Posts won whose holder a pronoun stood for ({@code فوزه بمنصب …}): dropped when the text tells them again. */
    private final List<Election> byPronoun = new ArrayList<>();

    /** True when the one person {@code e} elects is elected by another election of {@code out} (a name in the other). */
    private static boolean toldElsewhere(List<Election> out, Election e) {
        String name = e.elected().size() == 1 ? e.elected().get(0).name() : null;
        return name != null && out.stream().filter(y -> y != e).flatMap(y -> y.elected().stream())
                .anyMatch(p -> p.name() != null && (p.name().contains(name) || name.contains(p.name())));
    }

    /** Kinds of places whose name follows them (مخيم عين الحلوة، بلدة عين …), folded. */
    private static final String[] PLACE_KINDS = Stream.of("مخيم", "مدينة", "بلدة", "قرية", "منطقة", "حي", "ضاحية")
            .map(FoldedText::fold).toArray(String[]::new);

    /**
     * Adds {@code e} unless an election of the same body is told already (a report names it again) or {@code e}
     * stands inside the text of one (its members, each with a post).
     */
    private static void addNew(List<Election> out, Election e) {
        if (out.stream().noneMatch(y -> y.body().equals(e.body()) || y.span().start() <= e.span().start()
                && e.span().start() < y.span().end())) {
            out.add(e);
        }
    }

    /**
     * A post won ({@code فاز المهندس X بمنصب النقيب}, {@code نال X رئاسة اللجنة}, {@code فوز X بعضوية المجلس}), or
     * its holders listed after it ({@code فاز بعضوية المجلس كل من: A، B وC}): the post is the body, each
     * holder takes it as role; null unless a post noun ({@code منصب، رئاسة، عضوية}) follows the verb or the
     * person it names. Seats and votes of a public election are {@link ElectionResult}s instead.
     */
    private Election won(int i) {
        Lexicon.Hit win = doc.hit(i, Vocabulary.WIN);
        if (win == null || !(win.isVerb() || win.shape() == Word.Shape.MASDAR) || planned(i)) {
            return null;
        }
        int end = r.limit(i);
        if (doc.has(i + 1, Vocabulary.OFFICE_HOLDERS) && bodyHead(i + 2)) {
            // فاز أعضاء مجلس الإدارة …، وهم X أميناً عاماً …: the body whose members won, they listed after it
            int bodyTo = bodyEnd(i + 2, end);
            List<Person> members = members(bodyTo, end);
            Phrase body = doc.phrase(i + 2, 0, bodyTo);
            if (members.isEmpty() || body == null) {
                return null;
            }
            int to = doc.tokenAt(members.get(members.size() - 1).span().end() - 1) + 1;
            return election(body.text(), term(bodyTo, end), members, i, to);
        }
        if (postNoun(i + 1)) {
            int postTo = postTo(i + 1, end);
            List<Person> holders = members(postTo, end);
            Phrase body = postPhrase(i + 1, postTo);
            if (body == null || ofGathering(i + 2)) {
                return null;
            }
            if (holders.isEmpty()) {
                return wonByOne(i, win, body, postTo, end);
            }
            int to = doc.tokenAt(holders.get(holders.size() - 1).span().end() - 1) + 1;
            return election(body.text(), null, holders, i, to);
        }
        Found<Person> p = r.entities().person(doc, i + 1, end);
        if (p == null) {
            p = r.entities().bareName(doc, i + 1, end);
        }
        // أسفرت عن فوز الدكتور X رئيساً جديداً للجمعية: the post in the accusative after the name (which the person
        // reader may have taken in as the role)
        if (p != null && p.value().name() != null && !postNoun(p.to()) && ArabicNumbers.read(doc.analyzed(), p.from()) == null
                && (accusative(p.to()) && r.entities().role(doc, p.to())
                || pastApposition(p.to(), end, this::accusativePost) > p.to()
                || p.value().role() != null && !roleBeforeName(p.value()) && accusativeRole(p))) {
            return filled(i, p, end);
        }
        // فاز الأستاذ X، رئيس تحرير الصحيفة، برئاسة الجمعية: the post won after the office the person holds
        int postAt = p == null ? -1 : pastApposition(p.to(), end, this::postNoun);
        if (p == null || p.value().name() == null || !postNoun(postAt) || ofGathering(postAt + 1)) {
            return null;
        }
        int postTo = postTo(postAt, end);
        Phrase body = postPhrase(postAt, postTo);
        if (body == null) {
            return null;
        }
        Person holder = p.value().toBuilder().role(body.text()).build();
        return election(body.text(), termAt(postTo, end), List.of(holder), i, postTo);
    }

    /**
     * A post won right after the word of winning ({@code بمنصب النقيب}) by one holder not listed after it: the
     * person named right after the post ({@code فاز بمركز نائب النقيب المهندس X}), the subject just before the verb
     * ({@code الزميل X فاز بمنصب …}), or the person a pronoun on the verbal noun stands for ({@code فوزه بمنصب …}:
     * the last person named before it in the paragraph); null when none is named so.
     */
    private Election wonByOne(int i, Lexicon.Hit win, Phrase body, int postTo, int end) {
        Found<Person> after = r.entities().person(doc, postTo, end);
        Found<Person> before = r.persons().covering(i - 1);
        Found<Person> p = after != null && after.from() == postTo ? after
                : before != null && before.to() == i && win.isVerb() ? before
                : win.shape() == Word.Shape.MASDAR && !win.suffix().isEmpty() ? namedBefore(i) : null;
        if (p == null || p.value().name() == null || publicBody(i + 1, postTo)) {
            return null;
        }
        String post = body.text();
        if (postTo == i + 2 && doc.tok(i + 1).hasStemIn(SEATS) && p.from() == postTo && roleBeforeName(p.value())) {
            post = p.value().role(); // فاز بمركز نائب النقيب المهندس X: the person reader took the office as a role
        }
        Person holder = p.value().toBuilder().role(post).build();
        return election(post, termAt(postTo, end), List.of(holder), i, Math.max(postTo, p.to()));
    }

    /**
     * True when a word in {@code [from, to)} names a body chosen by a public vote ({@code بعضوية مجلس مدينة X},
     * {@code مجلس النواب}): the seat is a public election's result, not a post of an organisation.
     */
    private boolean publicBody(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.is(k, PUBLIC_BODIES)) {
                return true;
            }
        }
        return false;
    }

    /** Folded words of bodies filled by a public vote: a town's council, a parliament's chamber. */
    private static final String[] PUBLIC_BODIES = Stream.of("مدينة", "بلدية", "البلدية", "النواب", "البرلمان",
            "الشيوخ", "الشعب", "الشورى", "الامة").map(FoldedText::fold).toArray(String[]::new);

    /** The last person named before token {@code i} in its paragraph, within {@link Reading#WINDOW} tokens, or null. */
    private Found<Person> namedBefore(int i) {
        List<Found<Person>> ps = r.persons().within(Math.max(0, i - Reading.WINDOW), i);
        for (int k = ps.size() - 1; k >= 0; k--) {
            Found<Person> p = ps.get(k);
            if (p.value().name() != null) {
                return doc.text(p.to(), i).contains("\n\n") ? null : p;
            }
        }
        return null;
    }

    /**
     * {@code فاز بالتزكية كل من: المهندس X رئيساً للفرع، Y نائباً للرئيس}: each holder listed after a win with the
     * post in the accusative fills that post, an election of its own; empty when the list names no such post.
     */
    private List<Election> postsWon(int i) {
        Lexicon.Hit win = doc.hit(i, Vocabulary.WIN);
        if (win == null || !win.isVerb() || planned(i)) {
            return List.of();
        }
        int k = i + 1;
        while (doc.is(k, "بالتزكيه", "بالاجماع", "فيها", "فيه")) {
            k++;
        }
        if (!doc.is(k, "كل", "كلا") || !doc.is(k + 1, "من")) {
            return List.of();
        }
        int end = r.limit(i);
        List<Election> out = new ArrayList<>();
        for (Person p : members(k, end)) {
            String post = p.role() == null ? null : p.role().split("[(]")[0].strip();
            String first = post == null || post.isEmpty() ? "" : FoldedText.fold(post.split("\\s+")[0]);
            if (first.length() < 3 || !first.endsWith("ا") || first.startsWith("ب") || first.startsWith("ل")
                    || p.span() == null) {
                continue; // فاز كل من X وY بعضوية المجلس: the post is told apart, for all of them
            }
            int from = doc.tokenAt(p.span().start());
            int to = doc.tokenAt(p.span().end() - 1) + 1;
            out.add(election(post, null, List.of(p.toBuilder().role(post).build()), from, to));
        }
        return out;
    }

    /**
     * {@code جدّد المؤتمرون الثقة بالسيدة X رئيسة للرابطة}, {@code تجدد ثقتها بالسيد X}: confidence renewed in a
     * named person fills the post again, as an election does; null for anything else.
     */
    private Election confidence(int i) {
        if (!doc.word(i) || !doc.tok(i).reading().stem().startsWith("ثق")) {
            return null;
        }
        boolean renewed = false;
        for (int k = i - 1; k >= 0 && k >= i - RENEW_REACH && doc.word(k); k--) {
            renewed |= doc.has(k, Vocabulary.RENEW);
        }
        // the renewal first: most words of ثق are الثقافة, and whether the election is still planned is asked
        // twelve words back
        if (!renewed || planned(i)) {
            return null;
        }
        int end = r.limit(i);
        Found<Person> p = r.entities().person(doc, i + 1, end);
        return p == null || p.from() != i + 1 || p.value().name() == null ? null : filled(i, p, end);
    }

    /** How far before {@code الثقة} the verb renewing it may stand (its subject between). */
    private static final int RENEW_REACH = 4;

    /**
     * Posts shared out among a body's members, told as done ({@code وزّع المجلس المهام بين أعضائه},
     * {@code توزيع المهام بين أعضاء المجلس على النحو الآتي: X – رئيساً …}, {@code تقاسم أعضاء الهيئة المسؤوليات}):
     * the body elected is the one whose members share them, each holder with the post as role.
     */
    private Election distributed(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.DISTRIBUTE);
        if (h == null || doc.tok(i).reading().hasPreposition() || planned(i)) {
            return null;
        }
        int end = r.limit(i);
        int posts = -1;
        int members = -1;
        for (int k = i + 1; k < end && k < i + 2 * FORMER; k++) {
            if (posts < 0 && doc.has(k, Vocabulary.POSTS)) {
                posts = k;
            }
            if (members < 0 && doc.word(k) && doc.tok(k).reading().stem().startsWith("اعضا")) {
                members = k;
            }
        }
        if (posts < 0 || members < 0) {
            return null;
        }
        // بين أعضاء المجلس: the body after; وزّع المجلس المهام بين أعضائه: the subject before the posts
        boolean bare = doc.form(members).endsWith(FoldedText.fold("أعضاء"));
        int k = bare ? members + 1 : h.isVerb() && posts > i + 1 ? i + 1 : -1;
        if (k < 0 || !bodyHead(k) && !r.entities().organizationHead(doc, k)) {
            return null;
        }
        int bodyEnd = Math.max(k + 1, bodyEnd(k, k < posts ? posts : end));
        Phrase body = doc.phrase(k, Parties.clitics(doc, k), bodyEnd);
        if (body == null) {
            return null;
        }
        List<Person> listed = new ArrayList<>();
        int colon = bodyEnd;
        while (colon < end && !doc.punct(colon, ":")) {
            colon++;
        }
        // على النحو الآتي: then one holder a line, with or without a bullet
        for (int j = colon + 1; doc.punct(colon, ":") && j < doc.size() && doc.lineStart(j); ) {
            int next = doc.punct(j, "-–•*") ? heldLine(j, listed) : heldFrom(j, listed);
            if (next <= j) {
                break;
            }
            j = next;
        }
        if (listed.isEmpty()) {
            listed = members(bodyEnd, Math.min(doc.size(), bodyEnd + Reading.WINDOW));
        }
        if (listed.isEmpty()) {
            return null;
        }
        Person last = listed.get(listed.size() - 1);
        int to = last.span() == null ? bodyEnd : Math.max(bodyEnd, doc.tokenAt(last.span().end() - 1) + 1);
        return election(body.text(), null, listed, i, to);
    }

    /**
     * A body formed, told as done: {@code تم تشكيل لجنة متابعة}, {@code أسفرت الانتخابات عن تشكيل مجلس جديد},
     * {@code شكّل المجلس لجنةً للإعلام}, {@code اتفق
     * المشاركون على تشكيل لجنة تنسيق}, {@code يقرر الملتقى تكوين سكرتارية دائمة}, an item of a list a decision
     * opens ({@code قرر المجلس: … ٢- تشكيل لجنة}); its chair ({@code برئاسة X}) or members are the elected.
     * Demanded, called for, recommended or planned ({@code طالب بتشكيل لجنة تحقيق}) it is none.
     */
    private Election formed(int i) {
        Lexicon.Hit h = charges(i) ? doc.hit(i, Vocabulary.APPOINT) : doc.hit(i, Vocabulary.FORM);
        if (h == null || doc.tok(i).reading().hasPreposition() || doc.tok(i).reading().definite() || planned(i)) {
            return null;
        }
        int end = r.limit(i);
        int k = i + 1;
        if (h.isVerb()) {
            // شكّل المؤتمر لجنةً: the subject, then the new body, indefinite
            while (k < end && k < i + FORMER && doc.word(k) && !(formedHead(k) && !doc.tok(k).reading().definite())) {
                k++;
            }
            if (!formedHead(k) || doc.tok(k).reading().definite()) {
                return null;
            }
        } else if (!formedHead(k) || !done(i)) {
            return null;
        }
        int bodyEnd = bodyEnd(k, end);
        Phrase body = doc.phrase(k, 0, bodyEnd);
        if (body == null) {
            return null;
        }
        List<Person> members = new ArrayList<>();
        int textEnd = bodyEnd;
        int chairAt = bodyEnd;
        while (chairAt < end && doc.has(chairAt, Vocabulary.NEW)) {
            chairAt++; // مجلس جديد برئاسة X
        }
        Found<Person> chair = doc.is(chairAt, "برياسه") ? r.entities().person(doc, chairAt + 1, end) : null;
        if (chair != null && chair.from() == chairAt + 1) {
            members.add(chair.value()); // لجنة متابعة برئاسة الأستاذ X
            textEnd = chair.to();
        } else {
            List<Person> listed = members(bodyEnd, end);
            int first = listed.isEmpty() ? bodyEnd : doc.tokenAt(listed.get(0).span().start());
            boolean apart = false;
            for (int j = bodyEnd; j < first && !apart; j++) {
                apart = doc.isSentenceEnd(j);
            }
            if (!apart) {
                members.addAll(listed); // تشكيل لجنة تضم كلاً من: …; a list after the sentence is another matter
            }
            textEnd = members.isEmpty() ? r.clause(k)
                    : doc.tokenAt(members.get(members.size() - 1).span().end() - 1) + 1;
        }
        return election(body.text(), term(bodyEnd, end), members, i, textEnd);
    }

    /**
     * {@code كلّف المكتب لجنةً تحضيرية برئاسة X بإعداد …}: charging a new body with a task forms it (charging a person
     * with a task is none, {@link #election}).
     */
    private boolean charges(int i) {
        Lexicon.Hit h = doc.hit(i, Vocabulary.APPOINT);
        return h != null && h.isVerb() && doc.form(i).contains("كلف");
    }

    /**
     * A head of a body a verb of forming makes: a body that is elected ({@link #bodyHead}) or a working group
     * ({@code تشكيل فريق لتدقيق القوائم}, {@code مجموعة عمل}, {@code خلية أزمة}) or committees ({@code لجان تنفيذية}).
     */
    private boolean formedHead(int k) {
        return bodyHead(k) || doc.word(k) && doc.tok(k).hasStemIn(WORKING_GROUPS);
    }

    private static final Set<String> WORKING_GROUPS = Stream.of("فريق", "مجموعة", "خلية", "لجان")
            .map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /** How far after a verb of forming its object may stand (the subject between). */
    private static final int FORMER = 5;

    /** A head of a body that is elected or formed: {@code لجنة}, {@code هيئة}, {@code مكتباً}. */
    private boolean bodyHead(int k) {
        if (!doc.word(k)) {
            return false;
        }
        String stem = doc.tok(k).reading().stem();
        return doc.tok(k).hasStemIn(BODY_HEADS) || stem.endsWith("ا") && BODY_HEADS.contains(stem.substring(0, stem.length() - 1));
    }

    /**
     * The verbal noun at {@code i} told as done: after تم/جرى، قرر، اتفق على in its sentence, or first on a line
     * of a list whose colon such a cue opens; not after a demand, call, recommendation or need.
     */
    private boolean done(int i) {
        int cue = cueBefore(i);
        if (cue != 0) {
            return cue > 0;
        }
        int line = i;
        while (line > 0 && !doc.lineStart(line)) {
            line--;
        }
        int item = org.nashra.parser.internal.frame.ActList.bulletEnd(doc, line);
        if (item == line || i - item > 1 || agendaItem(i)) {
            return false;
        }
        // خلص المجتمعون إلى ما يلي: 1. تشكيل لجنة: an item of a list of outcomes, unless the list is asked for
        // (طالب، دعا، أوصى) or discussed (ناقش)
        for (int k = line - 1; k >= 0 && k >= line - AGENDA_REACH; k--) {
            if (doc.punct(k, ":")) {
                return cueBefore(k) >= 0 && !discussed(k);
            }
        }
        return false;
    }

    /** The clause before the colon at {@code colon} discusses what it lists ({@code ناقش اللقاء المحاور التالية:}). */
    private boolean discussed(int colon) {
        for (int k = colon - 1; k >= 0 && k >= colon - DONE_REACH && !doc.isSentenceEnd(k); k--) {
            if (doc.has(k, Vocabulary.DISCUSS)) {
                return true;
            }
        }
        return false;
    }

    /** Back from {@code at} in its sentence: 1 at a cue of an act done, -1 at a demand, call or recommendation, else 0. */
    private int cueBefore(int at) {
        for (int k = at - 1; k >= 0 && k >= at - DONE_REACH && !doc.isSentenceEnd(k); k--) {
            if (doc.hasAny(k, Vocabulary.DEMAND, Vocabulary.CALL, Vocabulary.RECOMMEND, Vocabulary.NECESSITY)) {
                return -1;
            }
            // تعلن النقابة: … تشكيل لجنة: what a body announces it has done, as what it decides
            if (doc.hasAny(k, Vocabulary.DONE, Vocabulary.DECIDE, Vocabulary.AGREE, Vocabulary.RESULT)
                    || doc.has(k, Vocabulary.DECLARE) && doc.form(k).contains("علن")) {
                return 1;
            }
        }
        return 0;
    }

    /** How far before a verbal noun the verb that tells it done may stand. */
    private static final int DONE_REACH = 12;

    /** {@code تولى X رئاسة الجلسة}: chairing a gathering is no post filled. */
    private boolean ofGathering(int k) {
        return doc.hasAny(k, Vocabulary.MEETING, Vocabulary.SESSION)
                || doc.is(k, "الموتمر", "الحفل", "الندوه", "الاجتماع", "الجلسه", "الامسيه", "المهرجان");
    }

    /**
     * A noun of a post after ب or bare: {@code بمنصب}, {@code برئاسة}, {@code عضوية}; a seat or rank is one only
     * before the name of an office ({@code بمقعد نقيب المهندسين}, {@code بمركز نائب النقيب}), not a seat of a
     * public election ({@code بمقعد في البرلمان}, {@code بالمقعد السادس}).
     */
    private boolean postNoun(int k) {
        return doc.word(k) && !doc.tok(k).reading().definite() && (doc.tok(k).hasStemIn(POSTS)
                || doc.tok(k).hasStemIn(SEATS) && r.entities().role(doc, k + 1)
                && doc.word(k + 2) && !doc.is(k + 2, "عن", "في"));
    }

    private static final Set<String> POSTS = Stream.of("منصب", "رئاسة", "عضوية", "أمانة")
            .map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /** A seat or a rank, a post only before the office it is: {@code مقعد}, {@code مركز}. */
    private static final Set<String> SEATS = Stream.of("مقعد", "مركز")
            .map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /** Where a post won ends: before a comma, a list of holders ({@code كل من}), a person or a verb. */
    private int postTo(int from, int end) {
        int k = from + 1;
        // برئاسة الاتحاد بحصوله على …، بعد أن، وهو ما: how or when it was won, or a new clause, is no part of the post
        while (k < end && k < from + MAX_BODY + 1 && doc.word(k)
                && !doc.is(k, "كل", "كلا", "خلفا", "بدلا", "عن", "في", "بعد", "اثر", "اثنا", "بواقع", "و")
                && doc.conjunction(k) == 0 && doc.hit(k, Vocabulary.WIN) == null
                && r.persons().covering(k) == null && !doc.verb(k)
                && !doc.has(k, Vocabulary.RELATIVE) && !doc.has(k, Vocabulary.TERM)) {
            k++;
        }
        return k;
    }

    /** The post as written: {@code منصب النقيب} is the post {@code النقيب}; {@code رئاسة اللجنة} stays whole. */
    private Phrase postPhrase(int from, int to) {
        if (doc.tok(from).hasStem("منصب") && to > from + 1) {
            return doc.phrase(from + 1, 0, to);
        }
        return doc.phrase(from, Parties.clitics(doc, from), to);
    }

    /** {@code الانتخابات البلدية}, {@code انتخابات البرلمان}: a public election elects no body of the text. */
    private boolean publicElection(int i) {
        return doc.form(i).contains("انتخابات") || doc.tok(i + 1).hasStemIn(PUBLIC)
                || doc.word(i + 1) && doc.form(i + 1).startsWith("ال") && PUBLIC.contains(doc.form(i + 1).substring(2));
    }

    private static final java.util.Set<String> PUBLIC = java.util.Set.of("بلديه", "نيابيه", "برلمانيه", "رئاسيه",
            "تشريعيه", "محليه", "عامه", "اختياريه");

    /**
     * {@code 7- انتخاب الأمين العام} on a numbered line after {@code جدول الأعمال}: an item of the agenda, a topic
     * still to be dealt with.
     */
    private boolean agendaItem(int i) {
        int line = i;
        while (line > 0 && !doc.lineStart(line)) {
            line--;
        }
        for (int k = doc.sentenceStart(i); k < i; k++) {
            if (doc.word(k) && doc.tok(k).hasStem("جدول")) {
                return true; // جدول الأعمال التالي: …، وانتخاب مجلس جديد
            }
        }
        if (!(doc.tok(line).isNumber() || doc.punct(line, "-–—•*")) || i - line > 3) {
            return false;
        }
        for (int k = line - 1; k >= 0 && k >= line - AGENDA_REACH; k--) {
            if (doc.word(k) && doc.tok(k).hasStem("جدول")) {
                return true;
            }
        }
        return false;
    }

    /** How far before a numbered line its agenda heading may stand, in tokens. */
    private static final int AGENDA_REACH = 120;

    /**
     * {@code بمناسبة انتخابكم كاتباً أول للاتحاد}: a verbal noun whose elected is a pronoun, the post right after
     * it as an indefinite accusative; null without such a post.
     */
    private Election pronounElected(int i) {
        int end = r.limit(i);
        if (!accusative(i + 1)) {
            return null;
        }
        int postTo = postEnd(i + 1, end);
        Phrase post = doc.phrase(i + 1, 0, postTo);
        return post == null ? null : election(post.text(), termAt(postTo, end), List.of(), i, postTo);
    }

    /**
     * {@code ، خلفاً للمهندس X}, {@code بدلاً من X}: the predecessor named after a post belongs to the election
     * (and is no participant); returns where the text ends, {@code at} when none follows.
     */
    private int predecessor(int at, int end) {
        int k = at;
        while (k < end && k < at + PREDECESSOR_REACH && !doc.is(k, "خلفا", "بدلا")) {
            k++; // ، بعد استقالته من رئاسة الحزب، خلفاً لـ X: a clause may stand between
        }
        if (!doc.is(k, "خلفا", "بدلا")) {
            return at;
        }
        int j = doc.is(k + 1, "من", "عن") ? k + 2 : k + 1;
        Found<Person> p = r.entities().person(doc, j, end);
        return p == null ? at : p.to();
    }

    /** How far after a post its predecessor may be named. */
    private static final int PREDECESSOR_REACH = 20;

    /** True when the person's role stands before the name ({@code الرفيق المحامي X}). */
    private boolean roleBeforeName(Person p) {
        if (p.role() == null || p.name() == null) {
            return false;
        }
        String mention = doc.text(p.span());
        int role = mention.indexOf(p.role());
        int name = mention.indexOf(p.name());
        return role >= 0 && name >= 0 && role < name;
    }

    /** An indefinite word in the accusative ({@code كاتباً}, {@code رئيسا}): a post after the one elected. */
    private boolean accusative(int k) {
        if (!doc.word(k) || doc.tok(k).reading().definite() || doc.tok(k).reading().hasPreposition()
                || doc.verb(k)) {
            return false;
        }
        String written = doc.text(k, k + 1);
        return written.indexOf('\u064B') >= 0 || FoldedText.fold(written).endsWith("ا") && written.length() > 3;
    }

    /** An indefinite role at {@code k} no preposition or و governs ({@code رئيسة جديدة}), or in the accusative. */
    private boolean indefinitePost(int k) {
        return doc.conjunction(k) == 0 && doc.word(k) && !doc.tok(k).reading().definite()
                && !doc.tok(k).reading().hasPreposition() && !doc.verb(k) && r.entities().role(doc, k);
    }

    /** A post in the accusative at {@code k}, not joined by و: {@code نائباً للأمين العام}. */
    private boolean accusativePost(int k) {
        return doc.conjunction(k) == 0 && accusative(k) && r.entities().role(doc, k);
    }

    /**
     * {@code X، رئيس اتحاد العمال، رئيساً للمجلس}, {@code X رئيس تحرير (البلاد) رئيساً}: past an apposition set off
     * by commas or a bracket after a person, where {@code post} holds; else {@code from}.
     */
    private int pastApposition(int from, int end, java.util.function.IntPredicate post) {
        if (doc.punct(from, "(")) {
            for (int k = from + 1; k < end && k < from + APPOSITION; k++) {
                if (doc.punct(k, ")")) {
                    return k + 1 < end && post.test(k + 1) ? k + 1 : from;
                }
            }
            return from;
        }
        if (doc.punct(from, "،,") && from + 1 < end && post.test(from + 1)) {
            return from + 1; // X، رئيس النقابة، رئيساً للمجلس: the person reader took the apposition in
        }
        if (!doc.punct(from, "،,") || !r.entities().role(doc, from + 1)) {
            return from;
        }
        for (int k = from + 2; k + 1 < end && k < from + APPOSITION; k++) {
            if (doc.punct(k, "،,")) {
                return post.test(k + 1) ? k + 1 : from;
            }
            if (!doc.word(k) || doc.verb(k)) {
                return from;
            }
        }
        return from;
    }

    /** How long an apposition between a person and the post filled may be, in tokens. */
    private static final int APPOSITION = 10;

    /** {@code X رئيساً للجمعية}: the role the person reader took after the name opens with a role in the accusative. */
    private boolean accusativeRole(Found<Person> p) {
        int k = doc.tokenAt(doc.original().indexOf(p.value().role(), p.value().span().start()));
        return k > p.from() && accusative(k) && r.entities().role(doc, k);
    }

    /** {@code لمناقشة … وانتخاب}, {@code سيجري انتخاب}, {@code على ان … وانتخاب}: still to come. */
    private boolean planned(int i) {
        // وبعد انتخاب قيادة الرابطة: an election already told, now a point in time; أمام انتخاب: one to come
        if (doc.is(i - 1, "بعد", "وبعد", "عقب", "اثر", "واثر", "وعقب", "امام")) {
            return true;
        }
        for (int k = i - 1; k >= 0 && k >= i - 12 && !doc.punct(k, ".،,؛;"); k--) {
            if (doc.is(k, "يتم", "تتم", "يجري", "تجري")) {
                return true; // كما يتم انتخاب، من المنتظر أن تتم المصادقة وانتخاب: habitual or expected, not told
            }
            if (doc.is(k, "حيث")) {
                break; // انعقدت الجمعية العمومية لجمعية X حيث تم انتخاب: a clause of its own, no purpose governs it
            }
            var rd = doc.word(k) ? doc.tok(k).reading() : null;
            if (rd != null && rd.has(Clitic.LI) && !rd.definite() && k < i - 1
                    && !r.entities().organizationHead(doc, k)) { // لجمعية الصداقة: the body's name, no purpose
                return true;
            }
            for (Lexicon.Hit h : doc.hits(k)) {
                if (h.shape() == Word.Shape.FUTURE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The election at cue {@code i}; persons coordinated after a post filled ({@code انتخب X رئيساً، وY نائباً})
     * each fill a post of their own, added to {@code more}.
     */
    private Election election(int i, boolean appointment, List<Election> more) {
        int end = r.limit(i);
        int k = i + 1;
        Lexicon.Hit cue = doc.has(i, Vocabulary.ELECT) ? doc.hit(i, Vocabulary.ELECT) : doc.hit(i, Vocabulary.APPOINT);
        boolean voters = false; // انتخب المندوبون …: the subject is the people who vote
        if (cue != null && cue.isVerb()) {
            Found<Party> s = r.subjectAfter(i);
            voters = s != null && s.value() instanceof Group;
            if (s != null && s.value() instanceof Person) {
                s = null; // انتخب الرفيق X نائباً: the person after the verb is the one elected
            }
            if (s != null) {
                k = s.to();
                for (int m = s.from() + 1; m < s.to(); m++) {
                    if (bodyHead(m) && doc.tok(m - 1).reading().definite()) {
                        k = m; // انتخب مجلس النقابة المكتب التنفيذي: the body elected read into the name of the one electing
                        break;
                    }
                }
            } else if (doc.hasAny(k, Vocabulary.PARTICIPANTS, Vocabulary.CONFERENCE, Vocabulary.MEETING)) {
                k++; // انتخب المؤتمر …: the gathering elects, whoever organised it
            } else if (bodyHead(k) && (doc.tok(k).reading().definite() || doc.word(k + 1)
                    && doc.tok(k + 1).reading().definite())) {
                // انتخب المجلس الجديد الهيئة الإدارية: a body elects, the body after it is elected
                int next = bodyEnd(k, end);
                while (next < end && doc.has(next, Vocabulary.NEW)) {
                    next++;
                }
                if (bodyHead(next)) {
                    k = next; // انتخب مجلس الإدارة المكتب التنفيذي، انتخبت الهيئة العامة مجلس إدارة
                }
            }
        }
        while (k < end && doc.is(k, "بالاجماع", "بالتزكيه", "مجددا", "ايضا", "كذلك", "بدوره", "بدورها")) {
            k++; // زكّى المؤتمر بالإجماع السيد X
        }
        if (doc.is(k, "كل", "كلا") && doc.is(k + 1, "من")) {
            k += doc.punct(k + 2, ":") ? 3 : 2; // انتخب المكتب كلاً من X نائباً، وY أميناً للسر: the persons, each with a post
        }
        if (cue != null && cue.isVerb() && !r.entities().honorific(doc, k)) {
            // انتخبت الهيئة العامة بالتزكية السيدة X: an unknown subject, then the person elected
            for (int j = k + 1; j < end && j < k + 6 && doc.word(j); j++) {
                if (r.entities().honorific(doc, j) && doc.is(j - 1, "بالاجماع", "بالتزكيه", "مجددا")) {
                    k = j;
                    break;
                }
            }
        }
        // a person and the post: انتخاب الرفيق X سكرتيراً للهيئة؛ تكليف السيد X بمهام امين الصندوق
        // انتخاب المندوبين: electing the delegates of a congress fills no post of its own
        Found<Person> p = doc.hasAny(k, Vocabulary.PARTICIPANTS, Vocabulary.DELEGATION) ? null
                : r.entities().person(doc, k, end);
        if (p != null && p.value().name() == null && p.value().alias() == null) {
            p = null; // رؤساء القطاعات، لعضوية المكتب: a post or a body, its holders listed after it
        }
        if (p == null && cue != null && cue.isVerb()) {
            p = afterSubject(k, end); // انتخب المؤتمر العام للاتحاد السيد X: the rest of a definite subject, then X
        }
        if (p == null && cue != null && cue.isVerb() && electsANameAfter(i, cue, voters)) {
            p = beforePost(k, end);
        }
        if (p == null && !doc.hasAny(k, Vocabulary.PARTICIPANTS, Vocabulary.DELEGATION)) {
            // تم انتخاب سامر يوسف رئيساً للجمعية: a name with no title, known by the post that follows it
            Found<Person> bare = plainName(k, end);
            p = bare != null && (bare.value().role() != null && !roleBeforeName(bare.value()) || accusative(bare.to()))
                    ? bare : null;
        }
        if (p != null) {
            Election first = filled(i, p, end);
            int after = first == null ? -1 : doc.tokenAt(first.span().end() - 1) + 1;
            while (first != null && after < end) {
                // ، والرفيقة Y نائباً للأمين العام: the next person and post, elected by the same verb
                int next = doc.punct(after, "،,") ? after + 1 : after;
                Found<Person> q = doc.conjunction(next) == 0 ? null : r.entities().person(doc, next, end) != null
                        ? r.entities().person(doc, next, end) : plainName(next, end);
                Election e = q == null || q.value().name() == null ? null : filled(next, q, end);
                if (e == null || e.elected().get(0).role() == null) {
                    break;
                }
                more.add(e);
                after = doc.tokenAt(e.span().end() - 1) + 1;
            }
            return first;
        }
        if (appointment && !doc.has(i, Vocabulary.CHOOSE)) {
            return null; // تكليف لجنة بمتابعة …: a task; اختيار لجنة للرقابة: a body chosen, as one elected
        }
        for (int m = k; m < k + 3 && m < end; m++) {
            if (doc.word(m) && doc.tok(m).hasStem("عضويه") && doc.tok(m).reading().has(Clitic.LI)) {
                k = m + 1; // (انتخب المجلس) لعضوية المكتب السياسي: the body whose members are elected
                break;
            }
        }
        if (cue != null && cue.isVerb() && doc.word(k) && !(bodyHead(k) && !doc.tok(k).reading().definite())) {
            // اختار أعضاء الهيئة العامة مجلس إدارة جديداً: a subject the subject reader left, then the
            // new body, indefinite, as after a verb of forming
            for (int j = k + 1; j < end && j < k + FORMER && doc.word(j); j++) {
                if (bodyHead(j) && !doc.tok(j).reading().definite() && !doc.tok(j).reading().hasPreposition()) {
                    k = j;
                    break;
                }
            }
        }
        if (cue != null && cue.isVerb()) {
            k = pastCommaSubject(k, end);
        }
        Election counted = counted(i, k, end);
        if (counted != null) {
            return counted;
        }
        int bodyEnd = bodyEnd(k, end);
        if (bodyEnd <= k) {
            k = renewedBody(k, end);
            bodyEnd = k < 0 ? k : bodyEnd(k, end);
            if (bodyEnd <= k) {
                return null;
            }
        }
        Phrase body = doc.phrase(k, 0, bodyEnd);
        Period term = term(bodyEnd, end);
        List<Person> members = members(bodyEnd, end);
        int textEnd = members.isEmpty() ? r.clause(k) : Math.max(r.clause(k),
                doc.tokenAt(members.get(members.size() - 1).span().end() - 1) + 1);
        return election(body.text(), term, members, i, textEnd);
    }

    /**
     * A number of members or holders of a post elected at {@code k}: {@code انتخب 16 عضواً للمجلس التنفيذي} elects
     * the body named after ل or في; {@code انتخاب ثلاث نائبات للرئيسة هن X وY وZ} elects the post, its holders
     * listed after it; null when no number of members or post opens the object, or members count into no body.
     */
    private Election counted(int i, int k, int end) {
        NumberPhrase n = doc.word(k) || doc.tok(k).isNumber() ? ArabicNumbers.read(doc.analyzed(), k) : null;
        int noun = n == null ? -1 : n.endToken();
        if (noun < 0 || noun >= end || !doc.word(noun)) {
            return null;
        }
        boolean members = doc.tok(noun).reading().stem().startsWith("عضو")
                || doc.tok(noun).reading().stem().startsWith("اعضا");
        if (!members && !r.entities().role(doc, noun) && !r.entities().pluralRole(doc, noun)) {
            return null;
        }
        int j = noun + 1;
        while (j < end && (doc.has(j, Vocabulary.NEW) || doc.is(j, "جدد"))) {
            j++; // ثمانية أعضاء جدد في المجلس
        }
        boolean of = doc.word(j) && doc.tok(j).reading().has(Clitic.LI) || doc.is(j, "في");
        int head = doc.is(j, "في") ? j + 1 : j;
        int from;
        int to;
        int skip;
        if (of && (bodyHead(head) || r.entities().organizationHead(doc, head))) {
            from = head; // عضواً للمجلس التنفيذي: the body whose members are elected
            to = Math.max(head + 1, bodyEnd(head, end));
            skip = Parties.clitics(doc, head);
        } else if (!members) {
            from = noun; // نائبات للرئيسة: the post, shared by those listed
            to = postEnd(noun, end);
            skip = 0;
        } else {
            return null;
        }
        for (int m = from + 1; m < to; m++) {
            if (doc.is(m, LIST_PRONOUNS)) {
                to = m; // للمكتب التنفيذي هم: the pronoun opens the list
                break;
            }
        }
        Phrase body = doc.phrase(from, skip, to);
        if (body == null) {
            return null;
        }
        // هن X وY: the names after the pronoun, with or without a title
        List<Person> elected = doc.is(to, LIST_PRONOUNS)
                ? holders(doc.punct(to + 1, ":") ? to + 2 : to + 1, r.limit(to + 1), members ? null : body.text())
                : members(to, end);
        if (!members && elected.isEmpty()) {
            return null; // ثلاثة نواب للرئيس with no names: too little to tell a post from a count
        }
        int textEnd = elected.isEmpty() ? to
                : Math.max(to, doc.tokenAt(elected.get(elected.size() - 1).span().end() - 1) + 1);
        return election(body.text(), term(to, end), elected, i, textEnd);
    }

    /**
     * The names listed from {@code from} ({@code X من لبنان وY من تونس، وZ}), titled or not, each with {@code post}
     * as role; a country or city after من is where the holder comes from, no part of the name.
     */
    private List<Person> holders(int from, int stop, String post) {
        List<Person> out = new ArrayList<>();
        int j = from;
        while (j < stop) {
            Found<Person> p = r.entities().person(doc, j, stop);
            p = p != null && p.value().name() != null ? p : plainName(j, stop);
            if (p == null || p.value().name() == null) {
                break;
            }
            out.add(p.value().toBuilder().role(post).build());
            j = p.to();
            if (doc.is(j, "من") && r.places().covering(j + 1) != null) {
                j = r.places().covering(j + 1).to();
            }
            j = pastBrackets(j, stop); // X (لبنان)
            if (doc.punct(j, "،,")) {
                j++;
            } else if (doc.conjunction(j) == 0) {
                break;
            }
        }
        return out;
    }

    /**
     * {@code انتخب الاتحاد العام للطلبة في بيلاروسيا، هيئة إدارية جديدة}: a long subject set off by a comma, then the
     * body elected, indefinite; the token of that body, else {@code k}.
     */
    private int pastCommaSubject(int k, int end) {
        int at = pastBrackets(k, end);
        if (doc.punct(at, "،,") && at + 1 < end) {
            int b = pastDate(at + 1, end);
            if (b < end && newBody(b)) {
                return b; // the subject read up to its comma
            }
        }
        if (!doc.word(k) || newBody(k) || bodyHead(k) && !r.entities().organizationHead(doc, k)) {
            return k;
        }
        for (int j = k + 1; j + 1 < end && j < k + SUBJECT_COMMA; j++) {
            if (doc.punct(j, "،,")) {
                int b = pastDate(j + 1, end); // انتخب تجمع X، فجر اليوم "الإثنين" سكرتارية جديدة
                return newBody(b) ? b : k;
            }
            if (newBody(j) && r.dateMentions().covering(j - 1) != null) {
                return j; // انتخب الصحفيون في مدينة X أمس مجلس إدارة الجمعية: the subject, when, then the body
            }
            if (pastBrackets(j, end) > j) {
                j = pastBrackets(j, end) - 1; // انتخب الاتحاد الدولي (FIJ)، لجنته: the subject's acronym in brackets
                continue;
            }
            if (!doc.word(j) || doc.has(j, Vocabulary.RELATIVE) || doc.is(j, "ان", "بان")) {
                return k;
            }
        }
        return k;
    }

    private static final String QUOTES = "\"“”«»";

    /** Past the brackets opening at {@code k} ({@code (FIJ)}), or {@code k} when none close soon. */
    private int pastBrackets(int k, int end) {
        if (!doc.punct(k, "(")) {
            return k;
        }
        for (int j = k + 1; j < end && j < k + APPOSITION; j++) {
            if (doc.punct(j, ")")) {
                return j + 1;
            }
        }
        return k;
    }

    /** Past a date or time and the quotes around its words from {@code k} on ({@code فجر اليوم "الإثنين"}). */
    private int pastDate(int k, int end) {
        int j = k;
        // the weekday may stand in quotes after the date, apart from it: صباح اليوم "الأحد"
        while (j < end && (r.dateMentions().covering(j) != null || doc.punct(j, QUOTES)
                || j > k && doc.punct(j - 1, QUOTES) && doc.punct(j + 1, QUOTES))) {
            j++;
        }
        return doc.punct(j, "،,") && j > k ? j + 1 : j;
    }

    /** An indefinite body head no preposition governs ({@code هيئةً إدارية}): a body new to the text. */
    private boolean newBody(int k) {
        return doc.word(k) && bodyHead(k) && !doc.tok(k).reading().definite() && !doc.tok(k).reading().hasPreposition();
    }

    /** How long a subject set off by a comma before the body elected may be. */
    private static final int SUBJECT_COMMA = 12;

    /**
     * The person named after what is left of the verb's subject at {@code k}: a few definite words, none a
     * verb or an indefinite body ({@code العام للاتحاد}), then a named person; null otherwise.
     */
    private Found<Person> afterSubject(int k, int end) {
        for (int j = k; j < end && j < k + SUBJECT_REST; j++) {
            Found<Person> p = r.persons().covering(j);
            if (p != null && p.from() == j) {
                return p.value().name() == null ? null : p;
            }
            if (!doc.word(j) || !doc.tok(j).reading().definite() || doc.verb(j)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A name with no title at {@code k} ({@code سامر يوسف}, {@code وعمر سالم}), or null: no indefinite number
     * ({@code سبعة أعضاء}; الست is a title too) and no verb ({@code وحصل على …}, {@code وتوزعت المناصب}) opens a name.
     */
    private Found<Person> plainName(int k, int end) {
        Found<Person> p = r.entities().bareName(doc, k, end);
        if (p == null || p.value().name() == null || doc.tok(k).isNumber()
                || !doc.tok(k).reading().definite() && ArabicNumbers.read(doc.analyzed(), k) != null
                || doc.verb(k)) {
            return null;
        }
        return p;
    }

    /**
     * {@code انتخب الاتحاد العربي للمعلمين رئيس نقابة الأردن سامر الخطيب أميناً عاماً}: past what is left of the
     * subject, the named person a post in the accusative follows (after the office the person holds, if any); null
     * when a verb or a sentence end comes first.
     */
    private Found<Person> beforePost(int k, int end) {
        int stop = Math.min(end, k + SUBJECT_COMMA);
        for (int j = k; j < stop; j++) {
            if (doc.verb(j) || doc.isSentenceEnd(j)) {
                return null;
            }
            // the name may have no title the person reader knows it by: a plain name, known by the post after it
            Found<Person> q = r.persons().covering(j);
            q = q != null ? q : plainName(j, end);
            if (q != null && q.from() == j && q.value().name() != null && r.places().covering(j) == null
                    && (accusativePost(q.to()) || pastApposition(q.to(), end, this::accusativePost) > q.to()
                    || q.value().role() != null && !roleBeforeName(q.value()) && accusativeRole(q))) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether the name after what is left of the subject of the verb at {@code i} may be the one it elects ({@code
     * voters}: its subject is a group of people): not when
     * the verb's object is a pronoun ({@code عينتهم … مطلقة عليهم صفة سفراء}: the object is named before), nor when
     * the subject is the people who vote ({@code انتخب المندوبون X وY أعضاءً}: the names are the whole object, read
     * by the list of persons elected).
     */
    private boolean electsANameAfter(int i, Lexicon.Hit cue, boolean voters) {
        return cue.suffix().isEmpty() && !voters && !doc.hasAny(i + 1, Vocabulary.PARTICIPANTS, Vocabulary.DELEGATION);
    }

    /** How many words of a subject may stand between a verb of electing and the person elected. */
    private static final int SUBJECT_REST = 5;

    /** The post the person {@code p} fills, elected at cue {@code i}: after the name, or the role it took. */
    private Election filled(int i, Found<Person> p, int end) {
        int postFrom = p.to();
        if (doc.form(postFrom).startsWith("بمهام") || doc.is(postFrom, "بمهمه")) {
            postFrom++;
        } else if (p.value().role() == null && doc.word(postFrom) && doc.form(postFrom).startsWith("ب")) {
            return null; // تكليف X بمتابعة الملف: a task, not a post
        }
        String post = p.value().role();
        int posted = pastApposition(postFrom, end, this::accusativePost);
        if (posted > postFrom || post != null && !accusativeRole(p) && accusativePost(postFrom)) {
            // X رئيس اتحاد العمال نائباً للأمين العام، X، رئيس النقابة، رئيساً للمجلس: the role is an apposition
            // (the office the person holds), the post in the accusative after it is the one filled
            post = null;
            postFrom = posted;
        }
        if (post != null && !roleBeforeName(p.value()) && FoldedText.fold(post).startsWith("ال")
                && doc.punct(postFrom, "،,") && indefinitePost(postFrom + 1)) {
            // X، النائبة البرلمانية السابقة، رئيسة جديدة للمنظمة: a definite role set off by commas is the office
            // held; the indefinite post after it, feminine with no alif of the accusative, is the one filled
            post = null;
            postFrom++;
        }
        if (post != null && roleBeforeName(p.value()) && accusative(postFrom)) {
            post = null; // المحامي X أميناً عاماً: the profession before the name is no post
        }
        int postTo = postFrom;
        if (post != null && doc.word(postFrom) && doc.form(postFrom).startsWith("ل") && !doc.is(postFrom, "لمده")) {
            // منسقاً لشؤون العائدين: the post goes on after the role the name took
            String original = doc.original();
            int roleStart = original.indexOf(post, p.value().span().start());
            postTo = postEnd(postFrom, end);
            if (roleStart >= 0 && postTo > postFrom) {
                post = original.substring(roleStart, doc.span(postFrom, postTo).end()).strip();
            }
        }
        if (post == null) {
            postTo = postEnd(postFrom, end);
            // لرئاسة الجمعية: the post is named after the preposition
            Phrase ph = doc.phrase(postFrom, postNoun(postFrom) ? Parties.clitics(doc, postFrom) : 0, postTo);
            post = ph == null ? null : ph.text();
        }
        if (post == null) {
            return null;
        }
        // رئيسة للرابطة لدورة مدتها سنتان: the term is no part of the post
        Period term = null;
        int termAt = termWithin(p.from(), Math.max(postTo, p.to()));
        if (termAt >= 0) {
            String original = doc.original();
            int cut = doc.tok(termAt).span().start();
            int roleStart = original.indexOf(post, p.value().span().start());
            if (roleStart >= 0 && roleStart < cut && cut <= roleStart + post.length()) {
                post = original.substring(roleStart, cut).strip();
            }
            term = term(termAt, end);
        } else {
            term = termAt(Math.max(postTo, p.to()), end);
        }
        Person elected = p.value().toBuilder().role(post).build();
        return election(post, term, List.of(elected), i, predecessor(Math.max(postTo, p.to()), end));
    }

    /** The body's name: its head with adjectives and a purpose ({@code لادارة الجلسة}); not جديدة, not للجمعية. */
    private int bodyEnd(int from, int end) {
        if (!doc.word(from)) {
            return from;
        }
        // مكتباً تنفيذياً: the indefinite accusative ends in alif
        String stem = doc.tok(from).reading().stem();
        String bare = stem.endsWith("ا") ? stem.substring(0, stem.length() - 1) : stem;
        // رؤساء القطاعات: the holders of a plural post, elected as one body
        if (!r.entities().organizationHead(doc, from) && !doc.tok(from).hasStemIn(BODY_HEADS)
                && !BODY_HEADS.contains(bare) && !r.entities().pluralRole(doc, from)
                && !doc.tok(from).hasStemIn(WORKING_GROUPS)) {
            return from;
        }
        int k = from + 1;
        while (k < end && k < from + MAX_BODY && doc.word(k)) {
            var rd = doc.tok(k).reading();
            // لجنة للعضوية: a purpose belongs to the name; للجمعية, للحزب: the body it belongs to does not
            if (doc.has(k, Vocabulary.NEW) || doc.has(k, Vocabulary.TERM) || doc.has(k, Vocabulary.YEAR)
                    || doc.is(k, "من", "في", "علي", "الي", "كل", "كلا", "برياسه", "مكونه", "مولفه", "تضم", "بالاجماع", "بالتزكيه")
                    || rd.has(Clitic.WA)
                    || rd.has(Clitic.LI) && rd.definite() && (k > from + 1 || r.entities().organizationHead(doc, k)
                    || r.entities().anaphoric(doc, k))) {
                break;
            }
            boolean verb = doc.verb(k);
            if (verb || doc.form(k).startsWith("ت") && !rd.definite() && k > from + 1) {
                break; // تقود عمل الرابطة
            }
            if (rd.definite() && k > from + 1 && referringBack(k + 1)) {
                break; // أعضاء المجلس القيادي البالغ عددهم: an adjective of the members, no word of the body's name
            }
            if (bodyHead(k) && doc.tok(k - 1).reading().definite()) {
                break; // اللجنة المركزية المكتب السياسي، الهيئة العامة مجلس إدارة: a head after a definite word starts another body
            }
            k++;
        }
        return k;
    }

    /**
     * True when token {@code k} is an indefinite noun with a plural or feminine pronoun attached ({@code عددهم},
     * {@code ولايتها}): the subject of a participle before it that describes the head by what it has.
     */
    private boolean referringBack(int k) {
        if (!doc.word(k) || doc.tok(k).reading().definite()) {
            return false;
        }
        String form = doc.form(k);
        return form.length() >= 5 && Stream.of("هم", "ها", "هن", "هما").anyMatch(form::endsWith);
    }

    /** {@code أسفرت عملية الانتخاب عن تجديد الهيئة المديرة}: the body renewed or formed later in the clause, or -1. */
    private int renewedBody(int from, int end) {
        int stop = Math.min(r.clause(from), from + 15);
        for (int k = from; k + 1 < stop; k++) {
            if (doc.is(k, "تجديد", "تشكيل", "انتخاب", "اختيار", "عن") && bodyEnd(k + 1, end) > k + 1) {
                return k + 1;
            }
        }
        return -1;
    }

    private static final Set<String> BODY_HEADS = Stream.of("هيئة", "لجنة", "مكتب", "قيادة", "مجلس", "سكرتارية",
            "أمانة", "رئاسة").map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /**
     * Where a post ends: {@code سكرتيراً للهيئة} up to a comma, خلفاً, بدلاً, a relative clause or a word joined
     * by و ({@code أميناً للسر وY أميناً للصندوق}: the next person).
     */
    private int postEnd(int from, int end) {
        int k = from;
        while (k < end && k < from + 5 && doc.word(k) && !doc.is(k, "خلفا", "بدلا", "عن", "في")
                && !doc.has(k, Vocabulary.RELATIVE) && !(k > from && doc.conjunction(k) > 0)) {
            k++;
        }
        return k;
    }

    /** The token of a term ({@code لدورة}, {@code لمدة}) in {@code [from, to)}, or -1. */
    private int termWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.has(k, Vocabulary.TERM) && doc.form(k).startsWith("ل")) {
                return k;
            }
        }
        return -1;
    }

    /** A term right after a post ({@code … لدورة مدتها سنتان}), or null. */
    private Period termAt(int at, int end) {
        return at < end && doc.has(at, Vocabulary.TERM) ? term(at, end) : null;
    }

    /** {@code للسنتين القادمتين}, {@code لدورة مدتها سنتان}, {@code لمدة ثلاث سنوات}. */
    private Period term(int from, int end) {
        for (int k = from; k < end && k < from + 8; k++) {
            if (!doc.has(k, Vocabulary.YEAR)) {
                continue;
            }
            if (ArabicNumbers.isDualOf(doc.tok(k), "سنه") || ArabicNumbers.isDualOf(doc.tok(k), "عام")) {
                return Period.ofYears(2);
            }
            NumberPhrase n = ArabicNumbers.read(doc.analyzed(), k - 1);
            if (n != null && n.endToken() == k && n.value() > 0 && n.value() < 100) {
                return Period.ofYears((int) n.value());
            }
            if (doc.has(k - 1, Vocabulary.TERM) || doc.has(k - 2, Vocabulary.TERM)) {
                return Period.ofYears(1);
            }
        }
        return null;
    }

    /** The members listed after {@code تألفت من}, {@code ضمت كلاً من:}, {@code فوز كل من:}, {@code هن:}. */
    private List<Person> members(int from, int end) {
        int k = from;
        int listStart = -1;
        int sentences = 0;
        int stop0 = Math.min(doc.size(), from + Reading.WINDOW);
        while (k < stop0 && sentences < 2) {
            if (doc.punct(k, ":") && !quoted(k + 1) || doc.has(k, Vocabulary.COMPRISE) && doc.is(k + 1, "من")
                    || doc.is(k, "كل", "كلا") && doc.is(k + 1, "من") && (sentences == 0 || comprised(k))) {
                listStart = doc.punct(k, ":") ? k + 1 : doc.is(k + 2, ":") ? k + 3 : k + 2;
                break;
            }
            if (doc.is(k, LIST_PRONOUNS) && r.entities().person(doc, k + 1, r.limit(k + 1)) != null) {
                listStart = k + 1; // …، وهم الدكتور X رئيساً، وY نائباً: the members named after the pronoun
                break;
            }
            if (doc.punct(k, ":")) {
                break; // قال: «…»: what a speaker says after the colon lists no members
            }
            if (doc.isSentenceEnd(k)) {
                sentences++;
            }
            k++;
        }
        if (listStart < 0) {
            return List.of();
        }
        if (doc.is(listStart, "من") && doc.punct(listStart + 1, ":")) {
            listStart += 2;
        }
        List<Person> out = new ArrayList<>();
        int stop = r.limit(listStart);
        if (!(doc.lineStart(listStart) && doc.punct(listStart, "-–•*"))) {
            return listed(listStart, stop, out);
        }
        int j = listStart;
        while (j < stop) {
            if (doc.punct(j, "،,:") || doc.is(j, "و")) {
                j++;
                continue;
            }
            if (doc.has(j, Vocabulary.OPENER)) {
                break;
            }
            if (doc.lineStart(j) && doc.punct(j, "-–•*")) {
                int next = labelledLine(j, out);
                if (next < 0) {
                    next = heldLine(j, out);
                }
                if (next < 0) {
                    break;
                }
                j = next;
                stop = Math.max(stop, Math.min(doc.size(), r.limit(j)));
                continue;
            }
            List<Found<Person>> ps = personsOrName(j, stop);
            if (ps.isEmpty()) {
                break;
            }
            for (Found<Person> p : ps) {
                out.add(p.value());
            }
            j = ps.get(ps.size() - 1).to();
            j = postInBrackets(j, stop, out);
        }
        return out;
    }

    /**
     * True when the sentence of token {@code k} says before it that a body comprises what follows
     * ({@code ويضم المجلس كلاً من}); in a later sentence, {@code واستضفنا كلاً من} lists guests, not members.
     */
    private boolean comprised(int k) {
        for (int j = doc.sentenceStart(k); j < k; j++) {
            if (doc.has(j, Vocabulary.COMPRISE)) {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code k} opens a quotation: what follows a colon there is speech, not a list. */
    private boolean quoted(int k) {
        return doc.punct(k, "\"«”“„'");
    }

    /**
     * The members of an inline list ({@link ItemList}): each item a person, then the post the rest of the item
     * names ({@code الرفيقة X رئيسة لقطاع المرأة}); a plural title before the list is shared
     * ({@code الرفاق: A، B}); the list ends at the first item that names no one.
     */
    private List<Person> listed(int from, int stop, List<Person> out) {
        if (r.entities().honorific(doc, from) && doc.punct(from + 1, ":")) {
            r.entities().persons(doc, from, stop).forEach(p -> out.add(p.value())); // الرفاق: A، B، C
            return out;
        }
        for (ItemList.Item it : ItemList.read(doc, from, stop, k -> Parties.startsParty(r, k))) {
            if (it.to() == it.from() + 1 && r.entities().honorific(doc, it.from()) && doc.punct(it.to(), ":")) {
                // …، والدكاترة: A، B وC أعضاءً: a plural title governs the rest of the list
                r.entities().persons(doc, it.from(), stop).forEach(p -> out.add(p.value()));
                break;
            }
            List<Found<Person>> ps = new ArrayList<>();
            int j = it.from();
            while (j < it.to() && (j == it.from() || doc.conjunction(j) > 0)) {
                // وأمل الجبوري وميسون الدليمي نائبتين لها: names joined by و inside one item
                List<Found<Person>> got = personsOrName(j, it.to());
                if (got.isEmpty()) {
                    break;
                }
                ps.addAll(got);
                j = got.get(got.size() - 1).to();
            }
            if (ps.isEmpty() || ps.get(0).from() > it.from() + 1) {
                break;
            }
            for (Found<Person> p : ps) {
                out.add(p.value());
            }
            Found<Person> last = ps.get(ps.size() - 1);
            if (last.to() < it.to() && !doc.punct(last.to(), "(")) {
                out.set(out.size() - 1, withPost(last, it.to()));
            } else {
                postInBrackets(last.to(), it.to(), out);
            }
        }
        return out;
    }

    /**
     * The persons the tagger reads from token {@code from} on, or else the plain name opening there (a list of
     * members names people the tagger knows no title for).
     */
    private List<Found<Person>> personsOrName(int from, int to) {
        List<Found<Person>> ps = r.entities().persons(doc, from, to);
        if (!ps.isEmpty()) {
            return ps;
        }
        Found<Person> bare = r.entities().bareName(doc, from, to);
        return bare == null ? List.of() : List.of(bare);
    }

    /** The person {@code p} with the post the words after it up to {@code to} name, its role before them kept. */
    private Person withPost(Found<Person> p, int to) {
        Person v = p.value();
        String original = doc.original();
        int end = doc.span(p.to(), to).end();
        int start = v.role() == null ? -1 : original.indexOf(v.role(), v.span().start());
        if (start < 0 || start > doc.span(p.to(), to).start()) {
            // X – رئيساً، X: نائباً للرئيس: the dash or colon between the name and the post is neither
            int from = doc.punct(p.to(), "–-—:") && p.to() + 1 < to ? p.to() + 1 : p.to();
            start = doc.span(from, to).start();
        }
        return v.toBuilder().role(original.substring(start, end).strip())
                .span(new org.nashra.model.Span(v.span().start(), end)).build();
    }

    /** {@code سامر علي (رئيساً)}: a post in brackets after a name is the post of the person before it. */
    private int postInBrackets(int j, int stop, List<Person> out) {
        if (!doc.punct(j, "(") || out.isEmpty()) {
            return j;
        }
        for (int k = j + 1; k <= stop && k < j + 7 && k < doc.size(); k++) {
            if (doc.punct(k, ")")) {
                Phrase post = doc.phrase(j + 1, 0, k);
                Person p = out.get(out.size() - 1);
                if (post != null && p.role() == null) {
                    out.set(out.size() - 1, p.toBuilder().role(post.text())
                            .span(doc.span(doc.tokenAt(p.span().start()), k + 1)).build());
                }
                return k + 1;
            }
        }
        return j;
    }

    /**
     * {@code - نائب الرئيسة: السيد X}, {@code - أعضاء: A، B وC}: a bulleted line naming a post, a colon and
     * who holds it. Returns the next line's first token, or -1 when the line is not of this shape.
     */
    private int labelledLine(int bullet, List<Person> out) {
        int lineEnd = doc.lineEnd(bullet);
        int colon = -1;
        for (int k = bullet + 1; k < lineEnd && k < bullet + 8; k++) {
            if (doc.punct(k, ":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0 || colon == bullet + 1) {
            return -1;
        }
        Phrase post = doc.phrase(bullet + 1, 0, colon);
        if (post == null) {
            return -1;
        }
        int before = out.size();
        int j = colon + 1;
        while (j < lineEnd) {
            if (doc.punct(j, "،,") || doc.is(j, "و")) {
                j++;
                continue;
            }
            List<Found<Person>> ps = personsOrName(j, lineEnd);
            if (ps.isEmpty()) {
                break;
            }
            for (Found<Person> f : ps) {
                Person p = f.value();
                // the first holder's mention starts at the post: "نائب الرئيسة: السيد X"
                var span = out.size() == before ? doc.span(bullet + 1, f.to()) : p.span();
                out.add(p.toBuilder().role(post.text()).span(span).build());
            }
            j = ps.get(ps.size() - 1).to();
        }
        return out.size() > before ? lineEnd : -1;
    }

    /**
     * {@code - سامر يوسف رئيساً}, {@code - السيدة هالة ناصر نائبة للرئيس}: a bulleted line naming a person and
     * then the post held. Returns the next line's first token, or -1 when no person opens the line.
     */
    private int heldLine(int bullet, List<Person> out) {
        return heldFrom(bullet + 1, out);
    }

    /** {@code المهندس X – رئيساً}: a line, bulleted or not, from {@code from}, naming a person and the post held. */
    private int heldFrom(int from, List<Person> out) {
        int lineEnd = doc.lineEnd(from);
        Found<Person> p = r.entities().person(doc, from, lineEnd);
        if (p == null) {
            p = r.entities().bareName(doc, from, lineEnd);
        }
        if (p == null || p.value().name() == null) {
            return -1;
        }
        int to = lineEnd;
        while (to > p.to() && doc.punct(to - 1, ".،,؛;")) {
            to--;
        }
        out.add(to > p.to() ? withPost(p, to) : p.value());
        return lineEnd;
    }

    private Election election(String body, Period term, List<Person> elected, int from, int to) {
        int skip = doc.word(from) ? Parties.clitics(doc, from) : 0;
        Phrase p = doc.phrase(from, skip, to);
        return Election.builder().body(body).term(term).elected(elected)
                .text(p == null ? null : p.text()).span(p == null ? null : p.span()).build();
    }

    // ---- results ----

    private List<ElectionResult> readResults() {
        List<ElectionResult> out = new ArrayList<>();
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            Lexicon.Hit h = doc.hit(i, Vocabulary.WIN);
            // وحصوله على ثمانية عشر مقعداً: a masdar with its winner as a pronoun, a count right after على
            boolean pronoun = h != null && h.shape() == Word.Shape.MASDAR && !h.suffix().isEmpty()
                    && doc.is(i + 1, "علي") && countAt(i + 2) != null;
            if (h == null || !(h.isVerb() || h.shape() == Word.Shape.MASDAR && h.suffix().isEmpty() || pronoun)
                    || tallyOfPost(i)) {
                continue;
            }
            ElectionResult e = result(i, out);
            if (e != null) {
                out.add(e);
            }
        }
        blocs(out);
        seatCounts(out);
        out.sort(java.util.Comparator.comparingInt(e -> e.span() == null ? 0 : e.span().start()));
        return out;
    }

    /**
     * {@code فاز X برئاسة الاتحاد بحصوله على 41 صوتاً}, {@code انتخب المجلس X رئيساً له، بعد حصوله على 12 صوتاً},
     * {@code فاز X بالمقعد السادس … على عضوية المجلس}: the sentence of the win at {@code i} tells a post filled (a post
     * noun, or a verb of electing): the votes are the tally of a body's own election, no public result.
     */
    private boolean tallyOfPost(int i) {
        int to = Math.min(doc.size(), doc.sentenceEnd(i) + 1);
        for (int k = doc.sentenceStart(i); k < to; k++) {
            Lexicon.Hit before = doc.hit(k - 1, Vocabulary.ELECT);
            if (doc.word(k) && doc.tok(k).hasStemIn(POSTS) && (before == null || before.isVerb())) {
                return true; // انتخابات رئاسة الجمهورية: a post named by the elections is a public one
            }
            Lexicon.Hit e = doc.hit(k, Vocabulary.ELECT);
            if (e != null && e.isVerb()) {
                return true;
            }
        }
        return false;
    }

    // ---- a parliament's blocs ----

    /**
     * In a sentence about blocs ({@code كتلة}, {@code قائمة}): {@code كتلة حزب X … بواقع ٢١ نائباً},
     * {@code جاءت كتلة حزب Y في المركز الرابع بواقع ٨ نواب}, {@code وZ في المركز الخامس}: each count of
     * deputies and each rank is a result of the bloc named last before it (a rank with its count is one).
     */
    private void blocs(List<ElectionResult> out) {
        int s = r.layout().bodyFrom();
        while (s < r.layout().bodyTo()) {
            int e = Math.max(s + 1, doc.sentenceEnd(s) + 1);
            boolean blocs = false;
            for (int k = s; k < e && !blocs; k++) {
                blocs = doc.word(k) && doc.tok(k).hasStemIn(BLOCS);
            }
            int from = s;
            for (int k = s; blocs && k < e; k++) {
                Count count = deputies(k);
                boolean rank = rank(k);
                if (count == null && !rank || taken(out, k)) {
                    continue;
                }
                int to = count != null ? count.to() : k + 2;
                if (rank) {
                    for (int c = k + 2; c < k + 6 && c < e && !doc.punct(c) && count == null; c++) {
                        count = deputies(c);
                        to = count != null ? count.to() : to;
                    }
                }
                Found<Party> holder = blocHolder(from, k);
                if (holder != null) {
                    Phrase p = doc.phrase(holder.from(), Parties.clitics(doc, holder.from()), to);
                    out.add(ElectionResult.builder().holder(holder.value())
                            .seats(count == null ? null : count.seats())
                            .text(p == null ? null : p.text()).span(p == null ? null : p.span()).build());
                }
                from = to;
                k = to - 1;
            }
            s = e;
        }
    }

    /**
     * A count of seats whatever verb wins it ({@code حصدت قائمة X سبعة مقاعد}, {@code لتنتزع X مقعدين}, {@code وذهب
     * مقعدان الى قائمة Y}): a result of the first list or body its sentence names after the count before it —
     * not one after {@code ضمن}, the alliance it stands in — or, failing that, of the first one named after it.
     */
    private void seatCounts(List<ElectionResult> out) {
        int from = r.layout().bodyFrom();
        // a count ends with a seat or vote noun (countAt): none after the last one the text holds (most texts: none)
        int last = Math.max(doc.previous(Vocabulary.SEAT, doc.size()), doc.previous(Vocabulary.VOTE, doc.size()));
        int end = Math.min(r.layout().bodyTo(), last + 1);
        for (int k = r.layout().bodyFrom(); k < end; k++) {
            if (doc.sentenceStart(k) == k) {
                from = k;
            }
            if (taken(out, k)) {
                from = k + 1; // a count after a result read is another's
                continue;
            }
            // a seat noun counts only with its number or as a dual (على مقاعد الدراسة is no result); a margin
            // (بزيادة ستة مقاعد، بفارق مقعدين) is no result of its own
            boolean counted = !doc.has(k, Vocabulary.SEAT) || ArabicNumbers.isDualOf(doc.tok(k), "مقعد");
            Count count = counted ? countAt(k) : null;
            if (count == null || count.seats() == null
                    || doc.word(k - 1) && MARGINS.contains(FoldedText.fold(doc.tok(k - 1).reading().stem()))) {
                continue;
            }
            Found<Party> holder = firstList(from, k);
            holder = holder != null ? holder : firstList(count.to(), r.clause(count.to()));
            if (holder != null) {
                int a = Math.min(holder.from(), k);
                int b = Math.max(holder.to(), count.to());
                Phrase p = doc.phrase(a, Parties.clitics(doc, a), b);
                out.add(ElectionResult.builder().holder(holder.value()).seats(count.seats()).votes(count.votes())
                        .text(p == null ? null : p.text()).span(p == null ? null : p.span()).build());
            }
            from = count.to();
            k = count.to() - 1;
        }
    }

    /** Nouns of a difference between counts: زيادة، فارق، نقص. */
    private static final Set<String> MARGINS = Stream.of("زيادة", "فارق", "نقص", "تراجع", "خسارة")
            .map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /** The first list or body named in tokens [from, to), not the alliance after {@code ضمن}; null when none. */
    private Found<Party> firstList(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!doc.word(j) || doc.is(j - 1, "ضمن")
                    || !doc.tok(j).hasStemIn(LISTS) && !r.entities().organizationHead(doc, j)) {
                continue;
            }
            int at = j;
            List<Found<Party>> named = Parties.one(r, at, to, x -> doc.is(x, "في", "علي", "ضمن")
                    || doc.form(x).startsWith("ب") && x > at + 1 || countAt(x) != null);
            if (!named.isEmpty() && named.get(0).from() == at) {
                return named.get(0);
            }
        }
        return null;
    }

    /** True when token {@code k} lies in a result already read. */
    private boolean taken(List<ElectionResult> out, int k) {
        if (out.isEmpty()) {
            return false; // asked at every token of the body, and most texts hold no result
        }
        var at = doc.span(k, k + 1);
        return out.stream().anyMatch(x -> x.span() != null && x.span().start() <= at.start() && at.end() <= x.span().end());
    }

    /** {@code ٢١ نائباً}, {@code ثمانية نواب}: a number of deputies, the seats of a bloc. */
    private Count deputies(int k) {
        if (!doc.tok(k).isNumber() && !(doc.word(k) && ArabicNumbers.read(doc.analyzed(), k) != null)) {
            return null;
        }
        NumberPhrase n = ArabicNumbers.read(doc.analyzed(), k);
        if (n == null || n.ordinal() || n.value() <= 0 || n.value() > 10_000 || n.endToken() >= doc.size()) {
            return null;
        }
        int noun = n.endToken();
        return doc.word(noun) && doc.tok(noun).hasStemIn(DEPUTIES) ? new Count((int) n.value(), null, noun + 1) : null;
    }

    /** {@code في المركز الرابع}, {@code في المرتبة الأولى}: a bloc's rank. */
    private boolean rank(int k) {
        return doc.is(k, "المركز", "المرتبه") && doc.is(k - 1, "في") && doc.word(k + 1)
                && doc.tok(k + 1).reading().definite();
    }

    /**
     * Who a count or rank at {@code at} belongs to, named in [{@code from}, {@code at}): the party after the
     * last bloc noun ({@code كتلة حزب X}, {@code كتلة الحزب}), else the last body named, else the words after a
     * {@code و} up to {@code في} ({@code والوطني الإسلامي في المركز الخامس}) as they are written.
     */
    private Found<Party> blocHolder(int from, int at) {
        for (int j = at - 1; j >= from; j--) {
            if (doc.word(j) && doc.tok(j).hasStemIn(BLOCS)) {
                Found<Party> a = r.actorAt(j + 1, at);
                if (a != null) {
                    return new Found<>(a.value(), j, a.to());
                }
            }
        }
        List<Found<Organization>> named = r.organizations().within(from, at);
        if (!named.isEmpty()) {
            Found<Organization> o = named.get(named.size() - 1);
            return new Found<>(o.value(), o.from(), o.to());
        }
        int start = from;
        while (start < at && !(doc.word(start) && doc.conjunction(start) > 0)) {
            start++;
        }
        int stop = start;
        while (stop < at && stop < start + 4 && doc.word(stop) && !doc.is(stop, "في", "من", "بواقع")) {
            stop++;
        }
        Phrase p = stop > start ? doc.phrase(start, doc.conjunction(start), stop) : null;
        return p == null ? null : new Found<>(new Group(p.text(), p.span()), start, stop);
    }

    /** Nouns of a parliamentary bloc or an electoral list. */
    private static final Set<String> BLOCS = StemSet.copyOf(Stream.of("كتلة", "كتل", "قائمة", "لائحة")
            .map(FoldedText::fold).toList());

    /** A deputy counted as a seat: {@code نائب} and its plural. */
    private static final Set<String> DEPUTIES = Stream.of("نائب", "نواب", "نائبا")
            .map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /** Seats or votes counted at one token or number phrase. */
    private record Count(Integer seats, Integer votes, int to) {
    }

    /**
     * {@code حصل حزبنا على مقعدين ضمن تحالف سائرون}, {@code فوز لائحة X بأحد عشر مقعداً},
     * {@code حلّت X في المرتبة الأولى بـ 2.318 صوتاً}: who won, then the first count of seats or votes
     * in the clause (a margin, {@code بفارق 37 صوتاً}, is none).
     */
    private ElectionResult result(int i, List<ElectionResult> before) {
        int end = Math.min(r.limit(i), i + 14);
        int first = doc.is(i + 1, "فيها", "فيه", "بها", "به") ? i + 2 : i + 1;
        if (doc.is(first, "كل", "كلا") && doc.is(first + 1, "من")) {
            return null; // فاز فيها كل من X (187 صوتاً) وY: persons elected to a body, their tallies no result
        }
        List<Found<Party>> holder = Parties.one(r, i + 1, end,
                k -> doc.is(k, "علي") && countAt(k + 1) != null || doc.is(k, "في") || doc.form(k).startsWith("ب"));
        int k = holder.isEmpty() ? i + 1 : holder.get(0).to();
        Count count = null;
        for (; k < end && count == null; k++) {
            if (doc.form(k).endsWith("فارق") || doc.punct(k, "،,.;؛")) {
                break;
            }
            count = countAt(k);
        }
        if (count == null) {
            return null;
        }
        k = count.to();
        // على ٣١٠٥ أصوات و19 مقعداً، 4 مقاعد بـ ٧٠٢ صوت: the seats and the votes of one result
        Count other = doc.is(k, "و") ? countAt(k + 1) : k < doc.size() && !doc.punct(k) ? countAt(k) : null;
        if (other != null && (other.seats() == null) != (count.seats() == null)) {
            count = new Count(count.seats() != null ? count.seats() : other.seats(),
                    count.votes() != null ? count.votes() : other.votes(), other.to());
            k = other.to();
        }
        Party within = null;
        int to = k;
        if (doc.is(k, "ضمن")) {
            Found<Party> w = within(k + 1, end, before);
            if (w != null) {
                within = w.value();
                to = w.to();
            }
        }
        Party who = holder.isEmpty() ? pronounHolder(i) : holder.get(0).value();
        if (who == null) {
            return null;
        }
        Phrase p = doc.phrase(i, Parties.clitics(doc, i), to);
        return ElectionResult.builder().holder(who).seats(count.seats()).votes(count.votes()).within(within)
                .text(p == null ? null : p.text()).span(p == null ? null : p.span()).build();
    }

    /** The winner a pronoun on the cue stands for ({@code وحصوله}): the body named last in its sentence, or the subject before. */
    private Party pronounHolder(int i) {
        if (doc.word(i) && !doc.hit(i, Vocabulary.WIN).suffix().isEmpty()) {
            List<Found<Organization>> named = r.organizations().within(doc.sentenceStart(i), i);
            if (!named.isEmpty()) {
                return named.get(named.size() - 1).value();
            }
        }
        return r.subjectBefore(i);
    }

    /** {@code مقعدين}, {@code بمقعد}, {@code خمسة مقاعد}, {@code بأحد عشر مقعداً}, {@code بـ 2.318 صوتاً}. */
    private Count countAt(int k) {
        if (doc.has(k, Vocabulary.SEAT) && postNoun(k)) {
            return null; // فوزه بمقعد نقيب المهندسين: an office won, an Election
        }
        if (doc.has(k, Vocabulary.SEAT) || doc.has(k, Vocabulary.VOTE)) {
            boolean seat = doc.has(k, Vocabulary.SEAT);
            int n = ArabicNumbers.isDualOf(doc.tok(k), seat ? "مقعد" : "صوت") ? 2 : 1;
            return seat ? new Count(n, null, k + 1) : new Count(null, n, k + 1);
        }
        int at = doc.word(k) && doc.form(k).equals("ب") ? k + 1 : k; // بـ 2.318: the preposition written apart
        NumberPhrase n = ArabicNumbers.read(doc.analyzed(), at); // words, digits, 2.318 with dots grouping thousands
        if (n == null || n.value() > Integer.MAX_VALUE || n.endToken() >= doc.size()) {
            return null;
        }
        long value = n.value();
        int noun = n.endToken();
        if (doc.is(noun, "من") && doc.is(noun + 1, "اصل")) {
            // سبعة من أصل تسعة مقاعد: the seats won out of those there were
            NumberPhrase all = ArabicNumbers.read(doc.analyzed(), noun + 2);
            noun = all == null || all.endToken() >= doc.size() ? noun : all.endToken();
        }
        if (doc.has(noun, Vocabulary.SEAT)) {
            return new Count((int) value, null, noun + 1);
        }
        if (doc.has(noun, Vocabulary.VOTE)) {
            return new Count(null, (int) value, noun + 1);
        }
        return null;
    }

    private static final Set<String> LISTS = Stream.of("قائمة", "لائحة", "تحالف", "ائتلاف", "كتلة", "قوائم", "لوائح")
            .map(FoldedText::fold).collect(Collectors.toUnmodifiableSet());

    /** The alliance after ضمن: a named one, or {@code هذه اللائحة} — the list a result named before. */
    private Found<Party> within(int from, int end, List<ElectionResult> before) {
        if (doc.is(from, "هذه", "هذا", "تلك", "ذلك") && from + 1 < doc.size()) {
            String head = doc.tok(from + 1).stem(); // هذه اللائحة: the list named last with that head
            for (int b = before.size() - 1; b >= 0; b--) {
                Party h = before.get(b).holder();
                String name = h instanceof Organization o ? o.name() : h instanceof Group g ? g.text() : null;
                if (name != null && FoldedText.fold(name).startsWith(head)) {
                    return new Found<>(Reading.as(h, doc.span(from, from + 2)), from, from + 2);
                }
            }
        }
        if (doc.word(from) && doc.tok(from).hasStemIn(LISTS)) {
            // ضمن قائمة «التغيير»: the list or alliance named right after ضمن
            List<Found<Party>> named = Parties.one(r, from, end, k -> doc.is(k, "في") || doc.form(k).startsWith("ب"));
            if (!named.isEmpty()) {
                return named.get(0);
            }
        }
        for (int j = from; j < end; j++) {
            Found<Organization> o = r.entities().organization(doc, j, r.clause(j));
            if (o != null) {
                return new Found<>(o.value(), o.from(), o.to());
            }
        }
        return null;
    }
}
