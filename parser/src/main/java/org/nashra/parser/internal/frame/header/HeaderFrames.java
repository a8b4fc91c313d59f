package org.nashra.parser.internal.frame.header;

import java.util.List;
import org.nashra.model.Bulletin;
import org.nashra.model.ElectionResult;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Resolution;
import org.nashra.model.Span;
import org.nashra.model.When;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Layout;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Entities;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.frame.commemoration.CommemorationFrames;
import org.nashra.parser.internal.frame.Word;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.StemSet;
import org.nashra.parser.internal.text.Token;

/**
 * Reads what frames a communiqué: its headline, dateline, signatory and genre.
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>headline</b>: the first heading line that is not a kicker ({@code تحت شعار …}), a dateline,
 *       a letter's address ({@code الى …}) or salutation ({@code تحية طيبة}); else the main meeting's name;</li>
 *   <li><b>dateline</b>: a line opening with a city and a dash, colon or date ({@code ستوكهولم –},
 *       {@code لندن:}, {@code برلين – 15/3/2019}, {@code باريس في ١٥ تشرين الأول ٢٠٢٣}, {@code باريس (خاص) –},
 *       {@code أوتاوا، ٧ يونيو ٢٠٢٤}, {@code ديربورن، ميشيغان في …}; the city as the place tagger reads it), at the
 *       top or in the signature block, or a
 *       signature line that is only a date;</li>
 *   <li><b>issuer</b>: the signature line naming a body (an organ alone, {@code الهيئة التنفيذية}, is the
 *       organ of the body named elsewhere; a unit with its body, {@code منسقية أستراليا – حركة X}, is the body's
 *       branch; an office signing for the body that held the meeting, {@code المكتب الإعلامي لرابطة X}, leaves
 *       that body), joint signers naming themselves ({@code نحن، المنظمات … الموقعة أدناه}) as a group,
 *       {@code بيان صادر عن X}, the main meeting's organizer, the
 *       subject of the opening sentence ({@code يتشرف المنتدى …}, {@code تنعى منظمة …}), or the first person
 *       plural describing itself ({@code من ناحيتنا كمنظمة للحزب …});</li>
 *   <li><b>genre</b>: a heading word ({@code بيان}, {@code نعي}, {@code دعوة}, {@code برقية تهنئة}, {@code تحية}),
 *       then an obituary or invitation formula, then the reported meeting's type, then greetings
 *       sent with congratulations, then resolutions.</li>
 * </ul>
 */
public final class HeaderFrames {
    private final Reading r;
    private final Doc doc;
    private final Layout layout;

    public HeaderFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
        this.layout = r.layout();
    }

    /** The headline: the first heading line that is a title, else the main meeting's name, else null. */
    public String title(List<Meeting> meetings) {
        for (Layout.Line line : layout.headings()) {
            if (isTitle(line)) {
                Phrase p = doc.phrase(line.from(), 0, line.to());
                if (p != null) {
                    return p.text();
                }
            }
        }
        for (Meeting m : meetings) {
            if (m.name() != null) {
                return m.name();
            }
        }
        return null;
    }

    private boolean isTitle(Layout.Line line) {
        int i = line.from();
        if (doc.is(i, "تحت") || doc.is(i, "الي") || dateline(line) != null || onlyDate(line)) {
            return false;
        }
        return !(doc.has(i, Vocabulary.GREETING) && line.words() <= 3 && !doc.is(i + 1, "الي"));
    }

    /** The dateline: at the top (a heading line or the start of the first body line), else in the signature. */
    public When dateline() {
        for (Layout.Line line : layout.headings()) {
            When w = dateline(line);
            if (w != null) {
                return w;
            }
        }
        if (layout.bodyFrom() < doc.size()) {
            int first = layout.bodyFrom();
            Found<Place> city = r.entities().dateline(doc, first);
            if (city != null && doc.punct(city.to(), "–-—:/")) {
                Phrase p = doc.phrase(city.from(), 0, city.to());
                When date = dateIn(city.from(), city.to() + 3);
                return whenOf(date, p.text(), p.span(), city.value());
            }
            if (city != null) { // أوتاوا، ٧ يونيو ٢٠٢٤ –; ديربورن، ميشيغان في 20/12/2024
                int at = doc.punct(city.to(), "،,") || doc.is(city.to(), "في") ? city.to() + 1 : city.to();
                Found<When> date = r.dateMentions().covering(at);
                if (date != null && date.from() == at) {
                    Phrase p = doc.phrase(city.from(), 0, date.to());
                    return whenOf(date.value(), p.text(), p.span(), city.value());
                }
            }
        }
        for (Layout.Line line : layout.signature()) {
            When w = dateline(line);
            if (w == null && onlyDate(line)) {
                w = dateIn(line.from(), line.to());
            }
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** A whole line that is a dateline: a city followed by a dash, colon, slash or date. */
    private When dateline(Layout.Line line) {
        Found<Place> city = r.entities().dateline(doc, line.from());
        if (city == null) {
            return null;
        }
        Phrase p = doc.phrase(line.from(), 0, line.to());
        return whenOf(dateIn(line.from(), line.to()), p.text(), p.span(), city.value());
    }

    private When whenOf(When date, String text, Span span, Place place) {
        if (date == null) {
            return When.builder().text(text).span(span).place(place).build();
        }
        return date.toBuilder().text(text).span(span).place(place).build();
    }

    /** The date expression the temporal tagger found within tokens [from, to), or null. */
    private When dateIn(int from, int to) {
        if (from >= doc.size()) {
            return null;
        }
        for (Found<When> w : r.dateMentions().within(from, to)) {
            if (w.to() <= to) {
                return w.value();
            }
        }
        return null;
    }

    /** A line that holds only a date (numbers, month and weekday words): {@code 7 آذار 2024}. */
    private boolean onlyDate(Layout.Line line) {
        When w = dateIn(line.from(), line.to());
        if (w != null) {
            int words = 0;
            for (int k = line.from(); k < line.to(); k++) {
                if (doc.tok(k).span().start() < w.span().start() || doc.tok(k).span().end() > w.span().end()) {
                    words += doc.punct(k) ? 0 : 1;
                }
            }
            return words == 0;
        }
        boolean digits = false;
        for (int k = line.from(); k < line.to(); k++) {
            if (doc.tok(k).isNumber() || doc.tok(k).kind() == org.nashra.parser.internal.text.Token.Kind.NUMBER_GROUP) {
                digits = true;
            } else if (doc.word(k) && line.words() > 4) {
                return false;
            }
        }
        return digits && line.words() <= 4 && doc.tok(line.from()).kind() != org.nashra.parser.internal.text.Token.Kind.WORD;
    }

    /**
     * The body that signs the text: the last signature line naming one; several bodies signing (a joint
     * statement) are a group, the subject that opens the body ({@code الأحزاب والقوى الموقعة أدناه}) or the
     * signature lines themselves. Null when no line names a body.
     */
    public Party signatory() {
        Party joint = openingGroup();
        if (joint != null) {
            return joint; // نحن، المنظمات … الموقعة أدناه: the signers name themselves as one
        }
        List<Layout.Line> lines = layout.signature();
        List<Found<Organization>> signers = new java.util.ArrayList<>();
        for (Layout.Line line : lines) {
            Found<Organization> o = r.entities().organization(doc, signerFrom(line), line.to());
            if (o != null && o.value().name() != null && o.to() >= line.to() - 1) {
                signers.add(o);
            }
        }
        if (signers.size() > 1) {
            Phrase p = doc.phrase(signers.get(0).from(), 0, signers.get(signers.size() - 1).to());
            return new org.nashra.model.Group(p.text(), p.span());
        }
        for (int n = lines.size() - 1; n >= 0; n--) {
            Layout.Line line = lines.get(n);
            Found<Organization> o = r.entities().organization(doc, signerFrom(line), line.to());
            if (o != null && (o.to() >= line.to() - 1 || line.words() <= 8)) {
                return withParent(o, line.to());
            }
        }
        return signingPerson(lines);
    }

    /**
     * {@code د. X} above {@code رئيس مجلس إدارة جمعية Y}: a person who signs with a post in a named body, when no
     * line names a body alone.
     */
    private Person signingPerson(List<Layout.Line> lines) {
        for (int n = 0; n < lines.size(); n++) {
            Found<Person> p = r.persons().covering(lines.get(n).from());
            if (p == null || p.value().name() == null) {
                continue;
            }
            // the post on the person's own line or on the line below it: المحامي X / رئيس جمعية Y
            int to = Math.max(p.to(), n + 1 < lines.size() ? lines.get(n + 1).to() : p.to());
            for (int k = p.from(); k < to; k++) {
                Found<Organization> o = r.entities().organization(doc, k, to);
                if (o != null && o.value().name() != null) {
                    return p.value();
                }
            }
        }
        return null;
    }

    /**
     * Where the body a signature line names starts: after {@code عن}, {@code باسم} or {@code نيابة عن} when an
     * organ of a named body follows ({@code عن المكتب التنفيذي للاتحاد …}); an organ alone ({@code عن المكتب
     * الجهوي}) is left to the body the text names.
     */
    private int signerFrom(Layout.Line line) {
        int k = line.from();
        int after = doc.is(k, "نيابه") && doc.is(k + 1, "عن") ? k + 2
                : doc.is(k, "عن", "باسم") && k + 1 < line.to() ? k + 1 : k;
        if (after == k) {
            return k;
        }
        Found<Organization> o = r.entities().organization(doc, after, line.to());
        boolean ofBody = o != null && o.value().organ() != null && o.value().name() != null
                && !o.value().name().equals(o.value().organ());
        return ofBody ? after : k;
    }

    /**
     * A unit known by its designation or its place ({@code منسقية أستراليا}, {@code لجنة كندا}) followed by the
     * body it belongs to
     * ({@code – حركة المواطنة}, {@code في حركة المواطنة}): the body, with the unit as its branch.
     */
    private Organization withParent(Found<Organization> o, int to) {
        Organization unit = o.value();
        boolean local = false; // لجنة كندا: a unit named by where it is
        for (int k = o.from() + 1; k < o.to() && o.to() - o.from() <= 3; k++) {
            local |= r.entities().placeName(doc, k) != null;
        }
        if (unit.name() != null && !local) {
            return unit;
        }
        int k = o.to();
        while (k < to && (doc.punct(k, "–-—،,") || doc.is(k, "في"))) {
            k++;
        }
        Found<Organization> parent = k > o.to() ? r.entities().organization(doc, k, to) : null;
        if (parent == null || parent.value().name() == null) {
            return unit;
        }
        Phrase designation = doc.phrase(o.from(), 0, o.to());
        String branch = unit.branch() != null ? unit.branch() : designation == null ? null : designation.text();
        Organization body = parent.value();
        return body.toBuilder().branch(branch).span(doc.span(o.from(), parent.to())).build();
    }

    /**
     * {@code بيان صادر عن X} or {@code بيان X} in a heading, or {@code أصدرت X بياناً} opening the text: X, an
     * organ with the body it belongs to ({@code بيان المكتب السياسي للحزب}).
     */
    public Party issuedBy() {
        for (Layout.Line line : layout.headings()) {
            for (int k = line.from(); k < line.to() - 1; k++) {
                if (doc.has(k, Vocabulary.ISSUED) && doc.is(k + 1, "عن", "من")) {
                    Found<Organization> o = r.entities().organization(doc, k + 2, line.to());
                    if (o != null) {
                        return o.value();
                    }
                }
            }
        }
        Organization titled = null; // بيان X: the fullest of the headings that name X
        for (Layout.Line line : layout.headings()) {
            int k = line.from();
            while (k + 1 < line.to() && genreNoun(k) && (genreNoun(k + 1) || mediumOfCongratulation(k))) {
                k++; // برقية تعزية النقابة …: the medium, then the genre in construct with who sends it
            }
            boolean genre = genreNoun(k) || k > line.from() && mediumOfCongratulation(k - 1);
            if (genre && doc.tok(k).reading().definite()) {
                Organization chained = bodyAfterGenitives(k + 1, line.to());
                if (chained != null && titled == null) {
                    titled = chained;
                }
            } else if (genre) {
                int to = k + 1;
                while (to < line.to() && !doc.has(to, Vocabulary.CONVENE) && r.dateMentions().covering(to) == null) {
                    to++; // بلاغ المكتب السياسي للحركة المنعقد يوم …: the body's name ends before its meeting
                }
                Found<Organization> o = r.entities().organization(doc, k + 1, to);
                Organization v = o == null || o.value().name() == null ? null : r.bodyOf(o, to);
                if (v != null && (titled == null || v.span().end() - v.span().start()
                        > titled.span().end() - titled.span().start())) {
                    titled = v;
                }
            }
        }
        if (titled != null) {
            return titled;
        }
        int end = Math.min(doc.size(), layout.bodyFrom() + Reading.WINDOW);
        for (int k = 0; k < end; k++) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.ISSUE);
            if (h != null && h.isVerb() && !doc.quoted(k)) {
                Found<Organization> o = r.entities().organization(doc, k + 1, r.limit(k));
                if (o != null && o.value().name() != null && doc.has(o.to(), Vocabulary.STATEMENT)) {
                    return r.bodyOf(o, o.to());
                }
            }
        }
        return null;
    }

    /**
     * {@code البيان الختامي للدورة العادية لمجلس X}: the body at the end of the chain of adjectives and ل-genitives
     * that follows a definite genre noun, the gathering it speaks for in between; null when another preposition
     * ({@code حول}, {@code الى}, {@code في}) or a verb comes first.
     */
    private Organization bodyAfterGenitives(int from, int to) {
        for (int k = from; k < to && doc.word(k); k++) {
            if (r.entities().organizationHead(doc, k) && !gatheringNoun(k)) {
                Found<Organization> o = r.named(r.entities().organization(doc, k, to));
                Organization v = o == null || o.value().name() == null || r.entities().anaphoric(doc, k) ? null
                        : r.bodyOf(o, to);
                // الملتقى التشاوري للنقابات: bodies in the plural are whom the gathering gathers
                return v == null || v.name() == null || bareWords(v.name()).get(0).endsWith("ات") ? null : v;
            }
            boolean bare = !doc.tok(k).reading().hasPreposition() || doc.hasLam(k);
            if (!bare || !doc.tok(k).reading().definite() || doc.verb(k)) {
                return null;
            }
        }
        return null;
    }

    /**
     * {@code برقية تهنئة X}, {@code رسالة تهنئة X}: a congratulation after its medium is in construct with who sends
     * it, as a condolence is; alone ({@code تهنئة X}) it as often names who is congratulated.
     */
    private boolean mediumOfCongratulation(int k) {
        return doc.hasAny(k, Vocabulary.TELEGRAM, Vocabulary.MESSAGE) && doc.word(k + 1)
                && !doc.tok(k + 1).reading().hasPreposition() && doc.has(k + 1, Vocabulary.CONGRATULATION);
    }

    /**
     * A noun naming the genre of a text, in construct with who issues it: {@code بيان}, {@code بلاغ}, {@code نداء},
     * {@code تعزية}, {@code نعي}, {@code برقية}, {@code رسالة} ({@code تهنئة X} is as often the congratulated X).
     */
    private boolean genreNoun(int k) {
        return doc.word(k) && (doc.hasAny(k, Vocabulary.STATEMENT_TITLE, Vocabulary.CONDOLENCE, Vocabulary.TELEGRAM,
                Vocabulary.MESSAGE) || doc.is(k, "نعي"));
    }

    /**
     * Who issues the text: the signatory (an organ alone takes the name of the body named in a heading
     * or leading the report), {@code صادر عن X}, the main meeting's organizer, the subject of the opening
     * sentence, or a self-description after the first person ({@code كمنظمة للحزب …}).
     */
    public Party issuer(Party signatory, Party issuedBy, Party organizer) {
        Party p = issuerOf(signatory, issuedBy, organizer);
        return p instanceof Organization o ? r.entities().actor(doc, fullest(o)) : p; // a community speaks as a group
    }

    /**
     * The words of the text's bodies' names ({@link #bareWords}) as {@link #fullest} read them: it is asked for
     * each issuer the header finds (twice a text), and folding and splitting every name again took half its time.
     */
    private final java.util.Map<String, java.util.List<String>> namesWords = new java.util.HashMap<>();

    /**
     * The fullest mention of the body {@code o} in the text: the first named body with the same head whose words
     * hold all of {@code o}'s between its own ({@code نقابة الصحفيين} → {@code النقابة الوطنية للصحفيين التونسيين}),
     * with {@code o}'s organ; {@code o} when none names it more fully. A name that only goes on after {@code o}'s
     * words is not taken: the name reader already read as far as the name goes ({@code المنبر التقدمي المنعقد}).
     */
    private Organization fullest(Organization o) {
        if (o.name() == null) {
            return o;
        }
        java.util.List<String> words = bareWords(o.name());
        String folded = FoldedText.fold(o.name());
        for (Found<Organization> m : r.organizations().all()) {
            Organization v = m.value();
            if (v.name() == null || v.organ() != null) {
                continue; // an organ names no body more fully
            }
            java.util.List<String> full = namesWords.computeIfAbsent(v.name(), HeaderFrames::bareWords);
            if (full.size() > words.size() && full.get(0).equals(words.get(0))
                    && full.containsAll(words) && !FoldedText.fold(v.name()).contains(folded)
                    && !pointsBack(v)) {
                return v.toBuilder().organ(o.organ()).branch(o.branch() != null ? o.branch() : v.branch()).build();
            }
        }
        return o;
    }

    /** The words of a name without the article or ل ({@code للصحفيين} and {@code الصحفيين} are one word). */
    private static java.util.List<String> bareWords(String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : SPACES.split(FoldedText.fold(name))) {
            String b = w.startsWith("لل") ? w.substring(2) : w.startsWith("ال") ? w.substring(2)
                    : w.startsWith("ل") && w.length() > 3 ? w.substring(1) : w;
            if (!b.isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    private Party issuerOf(Party signatory, Party issuedBy, Party organizer) {
        String organSigned = organAlone(signatory);
        Party head = (signatory == null || organSigned != null) && issuedBy == null ? letterhead() : null;
        if (head instanceof Organization o && organSigned != null) {
            return o.toBuilder().organ(organSigned).build(); // the letterhead's body, its organ signing (الهيئة الإدارية)
        }
        if (head != null) {
            return head;
        }
        Party organOnly = signatory == null && issuedBy == null ? signedOrgan() : null;
        if (organOnly != null) {
            return organOnly; // عن المكتب الجهوي: the organ the text names in full (المكتب الجهوي للنقابة X)
        }
        // مجلس إدارتها: a body named by a possessed noun points back to another; the text names who speaks elsewhere
        Party lead = issuedBy == null && organizer instanceof Organization held ? leadBody(held) : null;
        Party named = issuedBy != null ? issuedBy : lead != null ? lead
                : organizer != null && !pointsBack(organizer) ? organizer
                : organizer != null ? pointedTo(organizer) : openingSubject();
        Organization organ = signatory instanceof Organization sig ? organOfNamed(sig) : null;
        if (organ != null && named instanceof Organization n && n.name() != null) {
            return n.toBuilder().organ(organ.name()).build(); // المكتب الإعلامي للجمعية: the office of the body named
        }
        if (signatory instanceof Organization sig && sig.name() == null && named instanceof Organization n) {
            return n.toBuilder().organ(sig.organ()).build();
        }
        if (signatory instanceof Organization sig && sig.organ() != null && named instanceof Organization n
                && n.name() != null && sig.name() != null && sig.name().equals(sig.organ())) {
            return n.toBuilder().organ(sig.organ()).build();
        }
        if (signatory instanceof Organization sig && organizer instanceof Organization n && n.name() != null
                && !n.name().equals(sig.name()) && signsFor(sig, n)) {
            return organizer; // المكتب الإعلامي لرابطة X: an office of the body signs for it; the body issues
        }
        if (signatory != null) {
            return signatory;
        }
        if (named != null) {
            return named;
        }
        Party self = selfDescription();
        self = self != null ? self : weIn();
        self = self != null ? self : headlineSubject();
        self = self != null ? self : soleHeading();
        return self != null ? self : subjectOfAVerb();
    }

    /**
     * {@code انتخب تجمع X، فجر اليوم، سكرتارية جديدة … وأجاز اجتماع المجلس …}: the body the opening sentence tells of,
     * as the subject of its verb, when the gathering read as the main one is organised by a body named only further
     * on: a report is about the body its lead names (an agency writes it first). Null when the organizer is named in
     * the opening sentence or no body is the subject there; a person who hosts ({@code استقبل النائب X وفداً}) is
     * no body, and the report is his.
     */
    private Party leadBody(Organization organizer) {
        int from = layout.bodyFrom();
        int at = organizer.span() == null ? -1 : doc.tokenAt(organizer.span().start());
        if (from >= doc.size() || at < 0) {
            return null;
        }
        int end = doc.sentenceEnd(from);
        if (at < end) {
            return null;
        }
        Party p = openingSubject();
        p = p != null ? p : subjectOfAVerb();
        return p instanceof Organization o && o.name() != null && o.span() != null
                && doc.tokenAt(o.span().start()) < end ? p : null;
    }

    /**
     * The organ a signatory names without its body ({@code الهيئة الإدارية}, {@code المكتب}), or null when it names a
     * body or no organ.
     */
    private String organAlone(Party signatory) {
        if (!(signatory instanceof Organization sig) || sig.span() == null) {
            return null;
        }
        if (sig.name() == null || sig.name().equals(sig.organ())) {
            return sig.organ();
        }
        int at = doc.tokenAt(sig.span().start());
        return sig.organ() == null && at >= 0 && r.entities().anaphoric(doc, at) ? sig.name() : null;
    }

    /**
     * A signature line naming an organ alone ({@code عن المكتب الجهوي}, {@code صادر عن الدائرة السياسية}): the
     * body of the first mention in the text that names that organ with its body ({@code المكتب الجهوي للنقابة
     * المستقلة لعمال النسيج}); null when no signature line is an organ alone or the text never names its body.
     */
    private Party signedOrgan() {
        for (Layout.Line line : layout.signature()) {
            int k = line.from();
            while (k < line.to() && (doc.is(k, "عن", "باسم", "نيابه", "صادر") || doc.punct(k))) {
                k++;
            }
            if (k >= line.to() || k == line.from() && !r.entities().organizationHead(doc, k)) {
                continue;
            }
            Phrase organ = doc.phrase(k, 0, line.to());
            String key = organ == null ? null : FoldedText.fold(organ.text());
            for (Found<Organization> o : key == null ? List.<Found<Organization>>of() : r.organizations().all()) {
                String name = o.value().name();
                if (o.from() < layout.bodyTo() && name != null
                        && FoldedText.fold(name).startsWith(key + " ")) {
                    Organization v = r.bodyOf(o, r.limit(o.from()));
                    return v != null && v.name() != null ? v : null;
                }
            }
            int n = line.to() - k;
            for (int j = layout.bodyFrom(); organ != null && j + n < layout.bodyTo(); j++) {
                int m = 0;
                while (m < n && doc.form(j + m).equals(doc.form(k + m))) {
                    m++;
                }
                // تابعت الدائرة السياسية لحزب X: the organ's words, then the body it belongs to
                Found<Organization> body = m == n ? r.organizations().covering(j + n) : null;
                if (body != null && body.from() == j + n && body.value().name() != null) {
                    return body.value().toBuilder().organ(organ.text()).build();
                }
            }
        }
        return null;
    }

    /**
     * The only heading line, when it is nothing but a body's name with its place ({@code شبكة X}, {@code جمعية X –
     * ليون}): who publishes, when nothing in the text says otherwise.
     */
    private Party soleHeading() {
        List<Layout.Line> headings = layout.headings();
        return headings.isEmpty() ? null : headingBody(headings.get(0));
    }

    /**
     * A text no body signs, signed by a named person ({@code X} above {@code رئيس الجالية اليمنية في شيفيلد}): that
     * person, who speaks in it; null when the signature names no person.
     */
    public Party signer() {
        List<Layout.Line> lines = layout.signature();
        for (int n = 0; n < lines.size(); n++) {
            Layout.Line line = lines.get(n);
            Found<Person> p = r.persons().covering(line.from());
            if (p == null && n + 1 < lines.size() && r.entities().role(doc, lines.get(n + 1).from())) {
                p = r.entities().bareName(doc, line.from(), line.to()); // a name alone above the post it signs as
            }
            if (p != null && p.from() == line.from() && p.to() >= line.to() - 1 && p.value().name() != null) {
                return p.value();
            }
        }
        return null;
    }

    /**
     * The letterhead: a first heading line that is nothing but a body's name (with its place), as a page or a
     * letter shows who publishes ({@code النادي الفلسطيني في سانتياغو}, {@code نقابة X في كركوك}, then a date or a
     * title); lines in another script above it ({@code Association des …}) are the same name written for others.
     */
    private Party letterhead() {
        List<Layout.Line> headings = layout.headings();
        int first = 0;
        while (first < headings.size() && !arabic(headings.get(first))) {
            first++;
        }
        if (headings.size() - first < 2) {
            return null; // a single heading line is a headline, whatever it names
        }
        return headingBody(headings.get(first));
    }

    /**
     * The body a heading line names and nothing else: its name, with its place ({@code جمعية X – ليون}, {@code في
     * كركوك}) or with words the name reader left ({@code شبكة نساء سوريات من أجل العدالة}); null for any other line.
     */
    private Party headingBody(Layout.Line line) {
        Found<Organization> o = r.entities().organization(doc, line.from(), line.to());
        if (o == null || o.from() != line.from() || o.value().name() == null || r.entities().anaphoric(doc, o.from())
                || line.words() > 8) {
            return null;
        }
        int end = o.to();
        while (!placeOnly(end, line.to())) {
            if (!doc.word(end) || doc.verb(end) || r.entities().placeName(doc, end) != null
                    || r.persons().covering(end) != null) {
                return null;
            }
            end++;
        }
        if (end == o.to()) {
            return r.bodyOf(o, o.to());
        }
        // النقابة الوطنية لأساتذة التعليم العالي: the words the name reader left on the line are still the name
        Phrase name = doc.phrase(line.from(), 0, end);
        return name == null ? null : o.value().toBuilder().name(name.text()).span(name.span()).build();
    }

    /**
     * Tokens [from, to) say at most where a body is ({@code في كركوك}, {@code بمرسيليا وبروفانس}, {@code – ليون}),
     * or nothing but punctuation.
     */
    private boolean placeOnly(int from, int to) {
        int k = from;
        while (k < to && (doc.punct(k, "–-—،,") || doc.is(k, "في"))) {
            k++;
        }
        Found<Place> place = k < to ? r.entities().place(doc, k, to) : null;
        return k >= to || place != null && place.from() == k && place.to() >= to;
    }

    /** A line with a word in Arabic script: a name in a Latin letterhead is the same body's, not a headline. */
    private boolean arabic(Layout.Line line) {
        for (int k = line.from(); k < line.to(); k++) {
            for (char c : doc.form(k).toCharArray()) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A signature naming an organ of the body by its bare head ({@code المكتب الإعلامي للجمعية}): the organ, the
     * body being the one the text names; null for any other signature.
     */
    private Organization organOfNamed(Organization sig) {
        if (sig.span() == null || sig.name() == null) {
            return null;
        }
        int from = doc.tokenAt(sig.span().start());
        int last = doc.tokenAt(sig.span().end() - 1);
        if (from < 0 || last <= from || !doc.tok(last).reading().hasPreposition()
                || !r.entities().anaphoric(doc, last)) {
            return null;
        }
        Phrase organ = doc.phrase(from, 0, last);
        return organ == null ? null : Organization.builder().name(organ.text()).span(organ.span()).build();
    }

    /**
     * {@code الحزب الديمقراطي يهنئ الشعب الليبي …}: the body a headline opens on, as the subject of its verb; or as
     * who speaks the words after a colon or quotation mark ({@code نقابة X: "لن نقبل …"}), as the press puts a
     * speaker before what it says.
     */
    private Party headlineSubject() {
        for (Layout.Line line : layout.headings()) {
            if (isTitle(line)) {
                return subjectFirst(line.from(), line.to(), true);
            }
        }
        return null;
    }

    /**
     * A body named at {@code from} and followed by its verb ({@code منظمة الحزب في X تنعى …}, {@code النقابة الوطنية
     * تدعو …}): the subject put first, as headlines and the opening of a report put who speaks; with {@code saying},
     * also a body followed by a colon or an opening quotation mark ({@code اتحاد X: "…"}); else null.
     */
    private Party subjectFirst(int from, int to, boolean saying) {
        Found<Organization> o = r.entities().organization(doc, from, to);
        if (o == null || o.from() != from || o.value().name() == null || r.entities().anaphoric(doc, from)) {
            return null;
        }
        // النقابة العامة لعمال النسيج تطالب, منظمة الحزب في المهجر تنعى: words the name reader left (the rest of the
        // name, a place) may stand between the body and its verb
        boolean place = false;
        for (int k = o.to(); k < Math.min(to, o.to() + 4) && (doc.word(k) || saying); k++) {
            if (doc.verb(k) || saying && doc.punct(k, SAYS)) {
                Organization v = r.bodyOf(o, to);
                Phrase name = doc.phrase(from, 0, k);
                boolean rest = k > o.to() && !place && v == o.value() && name != null;
                return rest ? v.toBuilder().name(name.text()).span(name.span()).build() : v;
            }
            if (!doc.word(k)) {
                return null;
            }
            place = place || doc.is(k, "في");
            if (!place && !doc.tok(k).reading().definite() && !doc.hasLam(k)) {
                return null; // an indefinite word: no word of the name, and a verb the lexicon does not know
            }
        }
        return null;
    }

    /**
     * What opens the words a headline's speaker says: a colon or a quotation mark — ” too, which writers of
     * right-to-left text often type to open a quotation.
     */
    private static final String SAYS = ":\"“”«";

    /** {@code مجلس إدارتها}, {@code هيئتها العامة}: a name holding a noun with an attached pronoun refers back. */
    private static boolean pointsBack(Party p) {
        if (!(p instanceof Organization o) || o.name() == null) {
            return false;
        }
        for (String w : SPACES.split(o.name())) {
            if (w.length() >= 5 && POSSESSED.matcher(w).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body a possessed name points back to ({@code جمعية المعلمين …، باسم مجلس إدارتها}): the last body named
     * in full before it, else the opening sentence's subject.
     */
    private Party pointedTo(Party p) {
        int at = p.span() == null ? -1 : doc.tokenAt(p.span().start());
        Organization last = null;
        for (Found<Organization> o : r.organizations().all()) {
            if (o.to() <= at && o.value().name() != null && !pointsBack(o.value())) {
                last = r.bodyOf(o, o.to());
            }
        }
        return last != null ? last : openingSubject();
    }

    /** A feminine noun with a pronoun attached: its ة is written ت before it ({@code إدارتها}, {@code هيئته}). */
    private static final java.util.regex.Pattern POSSESSED = java.util.regex.Pattern.compile("ت(ها|هما|هم|هن|ه|نا|كم)$");

    /** Runs of white space between the words of a name: compiled once, not at each {@code String.split} call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The signature line of {@code sig} names {@code body} after it: {@code المكتب الإعلامي لرابطة X في …}. */
    private boolean signsFor(Organization sig, Organization body) {
        int at = doc.tokenAt(sig.span().start());
        if (at < 0 || at >= doc.size()) {
            return false;
        }
        Span line = doc.span(at, doc.lineEnd(at));
        return FoldedText.fold(doc.text(line))
                .contains(FoldedText.fold(body.name()));
    }

    /**
     * The body that opens the body text as the subject of its first verb ({@code يتشرف المنتدى …},
     * {@code تنعى منظمة …}, {@code ببالغ الحزن تنعى …}) or before it ({@code المنتدى يدعو …}).
     */
    private Party openingSubject() {
        int b = layout.bodyFrom();
        Party first = subjectFirst(b, r.limit(b), false);
        if (first != null) {
            return first;
        }
        if (bareWord(b) && b + 1 < doc.size() && r.entities().organizationHead(doc, b + 1)) {
            // أجرت رابطة X …: a verb the lexicon does not know, its subject right after it
            Found<Organization> o = r.named(r.entities().organization(doc, b + 1, r.limit(b)));
            if (o != null && o.from() == b + 1 && o.value().name() != null && !r.entities().anaphoric(doc, b + 1)) {
                return r.bodyOf(o, r.limit(b));
            }
        }
        int end = Math.min(Math.min(doc.size(), layout.bodyFrom() + 16), doc.sentenceEnd(layout.bodyFrom()));
        int verb = -1;
        for (int k = layout.bodyFrom(); k < end && verb < 0; k++) {
            if (doc.verb(k)) {
                verb = k;
            }
        }
        int at = verb >= 0 ? verb + 1 : layout.bodyFrom();
        if (verb < 0 && bareWord(at) && r.entities().organization(doc, at + 1, r.limit(at)) != null) {
            at++; // تابعت الدائرة السياسية لحزب X: a verb the lexicon does not know opens the sentence, its subject after
        }
        if (verb >= 0 && doc.punct(at, "،,")) {
            at++; // دعا، المكتب التنفيذي …، كافة …: the subject set off by commas
        }
        if (at < doc.size() && doc.word(at) && !doc.tok(at).reading().hasPreposition()) {
            Found<Organization> o = r.named(r.entities().organization(doc, at, r.limit(at)));
            Organization v = o == null ? null : withParent(o, r.limit(at)); // تتقدم منسقية X في حركة Y
            if (v != null && v.name() != null) {
                return v == o.value() ? r.bodyOf(o, r.limit(at)) : v;
            }
        }
        return null;
    }

    /**
     * The body that is the subject of a verb of the opening sentence, wherever the verb stands ({@code في سياق
     * وطني حساس، عقد المقر الوطني لحزب X …}, {@code تضامناً مع …، ينظم حزب X …}, {@code تحتفل "رابطة X" …}),
     * or whose office holders are ({@code تقدم رئيس وأعضاء المجلس التنفيذي للاتحاد X …}, {@code جدد رئيس حزب X …}):
     * who holds a post in a body speaks for it, but for a letter an officer sends ({@code بعث رئيس النقابة الأستاذ X
     * برقية …}: the sender issues it, {@link #sender}). Null when no verb of the sentence has a named body after it.
     */
    private Organization subjectOfAVerb() {
        int from = layout.bodyFrom();
        if (from >= doc.size()) {
            return null;
        }
        int end = Math.min(doc.sentenceEnd(from), from + OPENING_WORDS);
        for (int k = from; k < end; k++) {
            if (!doc.verb(k) || doc.has(k - 1, Vocabulary.RELATIVE) || doc.quoted(k) || pointsBackTo(k)) {
                continue; // الشعب الذي يتعرض …، أمسية أحيتها فرقة …: a relative clause's verb has its own subject
            }
            int limit = r.limit(k);
            int at = k + 1;
            if (doc.punct(at, "\"«“”'")) {
                at++;
            }
            int holders = at;
            int described = 0;
            while (holders < limit) {
                if (r.entities().role(doc, holders) || doc.is(holders, "و")) {
                    holders++; // رئيس وأعضاء …: the posts before the body they are held in
                } else if (holders > at && described < 2 && doc.word(holders) && doc.tok(holders).reading().definite()
                        && !doc.hasLam(holders) && !r.entities().organizationHead(doc, holders)) {
                    holders++; // الأمين العام للاتحاد، الرئيس العالمي للجامعة: the post's adjectives
                    described++;
                } else {
                    break;
                }
            }
            if (holders > at && (doc.is(holders - 1, "و")
                    || doc.hasAny(k, Vocabulary.SEND, Vocabulary.CONGRATULATE, Vocabulary.CONSOLE))) {
                continue;
            }
            Found<Organization> o = holders < limit && doc.word(holders) ? r.named(r.entities().organization(doc,
                    holders, limit)) : null;
            if (o == null || o.from() != holders || o.value().name() == null || r.entities().anaphoric(doc, holders)) {
                continue;
            }
            return r.bodyOf(o, limit);
        }
        return null;
    }

    /**
     * A verb whose object is a pronoun ({@code أمسية أحيتها فرقة …}): a clause describing the noun before it, whose
     * subject performs or takes part; but who organises or holds it ({@code أمسية تنظمها الجمعية}) speaks of it.
     */
    private boolean pointsBackTo(int k) {
        return doc.hits(k).stream().anyMatch(h -> h.isVerb() && !h.suffix().isEmpty())
                && (!doc.hasAny(k, Vocabulary.ORGANIZE, Vocabulary.CONVENE) || doc.has(k, Vocabulary.PERFORM));
    }

    /** How far into the opening sentence a verb may stand after the phrases put before it. */
    private static final int OPENING_WORDS = 40;

    /** A word bare of the article and of a preposition, and no body, title or role: how a verb stands. */
    private boolean bareWord(int k) {
        return k < doc.size() && doc.word(k) && !doc.tok(k).reading().definite() && !doc.tok(k).reading().hasPreposition()
                && !r.entities().organizationHead(doc, k) && !r.entities().honorific(doc, k) && !r.entities().role(doc, k)
                && r.entities().placeName(doc, k) == null;
    }

    /**
     * A news item told of one person who speaks or acts in its opening sentence ({@code هنأ الأستاذ X رئيس النقابة
     * …}, {@code استقبل المهندس X، نقيب …}, {@code صرح الشيخ X …}): that person, the subject right after the
     * sentence's first verb; a verb the lexicon does not know counts when it opens the sentence, but not in a
     * condolence (its opening verb tells a death: {@code توفي الحاج X}). Null when no person follows the verb.
     */
    public Party speaker(Bulletin.Kind kind) {
        Party opening = openingSpeaker(kind);
        return opening != null ? opening : headlineSpeaker();
    }

    /**
     * {@code مسؤول النقابات في الحزب الحاج X يهنئ …}: a headline that opens on a person, his verb of speaking right
     * after him; null for any other headline.
     */
    private Person headlineSpeaker() {
        for (Layout.Line line : layout.headings()) {
            if (isTitle(line)) {
                Found<Person> p = r.persons().covering(line.from());
                boolean speaks = p != null && p.from() == line.from() && p.to() < line.to() && doc.verb(p.to())
                        && doc.hasAny(p.to(), SPEAKING);
                return speaks && p.value().name() != null ? p.value() : null;
            }
        }
        return null;
    }

    private Party openingSpeaker(Bulletin.Kind kind) {
        int from = layout.bodyFrom();
        if (from >= doc.size()) {
            return null;
        }
        int end = Math.min(doc.sentenceEnd(from), from + Reading.WINDOW);
        for (int k = from; k < end; k++) {
            boolean unknown = k == from && kind != Bulletin.Kind.CONDOLENCE && bareWord(k)
                    && r.persons().covering(k) == null;
            if (doc.verb(k) || unknown) {
                if (doc.verb(k) && !doc.hasAny(k, SPEAKING) || doc.has(k - 1, Vocabulary.RELATIVE) || doc.quoted(k)) {
                    return null; // the first verb elects, mourns or holds: who follows it is no speaker
                }
                // هنأ أسامة الحاج أحمد: the name may start a word or two before where the person reader put it
                for (int at = k + 1; at <= k + 3 && doc.word(at) && !doc.verb(at); at++) {
                    Found<Person> p = r.persons().covering(at);
                    if (p != null) {
                        return p.from() == at && p.value().name() != null ? p.value() : null;
                    }
                }
                if (!unknown) {
                    return null; // a word the lexicon does not know may be no verb: look on for one it knows
                }
            }
        }
        return null;
    }

    /**
     * Verbs whose subject speaks for himself in a news item: saying, stating, congratulating, consoling, praising,
     * thanking, calling, demanding, condemning, receiving or meeting someone.
     */
    private static final Word[] SPEAKING = {Vocabulary.SAY, Vocabulary.DECLARE, Vocabulary.EMPHASISE,
        Vocabulary.PRAISE, Vocabulary.CONGRATULATE, Vocabulary.CONSOLE, Vocabulary.CALL, Vocabulary.DEMAND,
        Vocabulary.CONDEMN, Vocabulary.SUPPORT, Vocabulary.THANK, Vocabulary.APPRECIATE, Vocabulary.SALUTE,
        Vocabulary.MEET_WITH, Vocabulary.WARN, Vocabulary.WELCOME_ACT, Vocabulary.SEND};

    /**
     * A text of greetings received ({@code برقيات تهنئة إلى حزب X}, {@code رسائل إلى الاتحاد …}) is published by
     * the body they are addressed to, as the headline names it; null when the text sends rather than receives or
     * no heading names the addressee.
     */
    public Party greeted(List<Greeting> greetings) {
        long received = greetings.stream().filter(g -> g.direction() == Greeting.Direction.RECEIVED).count();
        if (received == 0 || received * 2 < greetings.size()) {
            return null;
        }
        for (Layout.Line line : layout.headings()) {
            for (int k = line.from(); k + 1 < line.to(); k++) {
                if (doc.is(k, "الي") && doc.hasAny(line.from(), Vocabulary.TELEGRAM, Vocabulary.MESSAGE,
                        Vocabulary.CONGRATULATION, Vocabulary.GREETING)) {
                    Found<Organization> o = r.entities().organization(doc, k + 1, line.to());
                    return o == null || o.value().name() == null ? null : r.bodyOf(o, line.to());
                }
            }
        }
        return null;
    }

    /** {@code تعرب الأحزاب والقوى الموقعة أدناه …}: the signers as the opening sentence names them. */
    private Party openingGroup() {
        int k = layout.bodyFrom();
        boolean we = doc.is(k, "نحن");
        if (we && doc.punct(k + 1, "،,")) {
            k++; // نحن، المنظمات … الموقعة أدناه في …، نتابع: the signers name themselves before the verb
        }
        if (k + 1 >= doc.size() || !we && doc.hits(k).stream().noneMatch(h -> h.isVerb())) {
            return null;
        }
        for (int j = k + 1; j < Math.min(doc.sentenceEnd(k), k + 8) && !doc.punct(j); j++) {
            if (doc.word(j) && doc.tok(j).reading().stem().startsWith("موقع")) {
                int end = doc.is(j + 1, "ادناه", "اعلاه") ? j + 2 : j + 1;
                if (doc.is(end, "في")) {
                    Found<Place> where = r.entities().place(doc, end + 1, Math.min(doc.size(), end + 8));
                    end = where != null ? where.to() : end;
                }
                Phrase p = doc.phrase(k + 1, 0, end);
                return p == null ? null : new org.nashra.model.Group(p.text(), p.span());
            }
        }
        return null;
    }

    /**
     * {@code يسرنا في حزب X}, {@code علمنا في الاتحاد …}, {@code وإننا في اللجنة المركزية لحزب X}: a sentence
     * opening on "we" in a body says which body speaks.
     */
    private Party weIn() {
        for (int k = 2; k < doc.size(); k++) {
            if (!doc.is(k - 1, "في") || !r.entities().organizationHead(doc, k)) {
                continue;
            }
            int we = k - 2;
            boolean opens = doc.is(we, "نحن", "ونحن", "اننا", "واننا")
                    || doc.form(we).endsWith("نا") && doc.sentenceStart(we) >= we - 1;
            if (opens) {
                Found<Organization> o = r.entities().organization(doc, k, r.limit(k));
                if (o != null && o.value().name() != null) {
                    return r.bodyOf(o, r.limit(k));
                }
            }
        }
        return null;
    }

    /** {@code من ناحيتنا كمنظمة للحزب …}, {@code نحن كرابطة …}: who "we" say we are. */
    private Party selfDescription() {
        for (int k = 1; k < doc.size(); k++) {
            // "we" first: it is rare, and reading every word's readings for ك at every token was not
            boolean we = doc.form(k - 1).endsWith("نا") || doc.is(k - 1, "نحن");
            if (we && doc.word(k) && someReadingHas(doc.tok(k), Clitic.KA) && r.entities().organizationHead(doc, k)) {
                Found<Organization> o = r.entities().organization(doc, k, r.limit(k));
                if (o != null) {
                    Phrase p = doc.phrase(k, 1, o.to());
                    Organization v = o.value();
                    return v.toBuilder().name(p.text()).span(p.span()).build();
                }
            }
        }
        return null;
    }

    private static boolean someReadingHas(Token t, Clitic c) {
        for (org.nashra.parser.internal.text.Reading rd : t.readings()) {
            if (rd.has(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who sends the letter a text without a signatory is about: the sender of a greeting sent in the body's
     * opening sentence ({@code بعث الأمين العام … برقية تعزية الى …}), who issues a news item about one letter;
     * else, in a condolence or greeting, the body that sends its message wherever it comes ({@code انتقل إلى
     * رحمة الله … وبهذا المصاب تتقدم الجالية … بالتعازي}): a person sending one further down is reported, not
     * publishing.
     */
    public Party sender(Bulletin.Kind kind, List<Greeting> greetings) {
        int from = layout.bodyFrom();
        int end = from < doc.size() ? doc.sentenceEnd(from) : -1;
        List<Greeting> sent = greetings.stream().filter(g -> g.direction() == Greeting.Direction.SENT).toList();
        Party opening = sent.stream().filter(g -> g.from() != null && doc.tokenAt(g.span().start()) < end)
                .map(Greeting::from).findFirst().orElse(null);
        if (opening != null || kind != Bulletin.Kind.CONDOLENCE && kind != Bulletin.Kind.GREETING) {
            return opening;
        }
        return sent.stream().map(Greeting::from)
                .filter(p -> p instanceof Organization o && o.name() != null || p instanceof Group)
                .findFirst().orElse(null);
    }

    /**
     * Who speaks in a greeting or condolence that opens on one greeting sent ({@code بعث الأمين العام لحزب X برقية
     * تهنئة الى رئيس الاتحاد Y …}): its sender, when the issuer read before the greetings is a body named among the
     * addressees (the addressee's party, or the congress the greeting is for); and a sender known only by an office
     * takes the name the headline puts before its verb ({@code X يهنئ …}, {@code X يعزي …}): a news item about one
     * letter heads it with who sends it. {@code issuer} otherwise.
     */
    public Party sentBy(Party issuer, Bulletin.Kind kind, List<Greeting> greetings) {
        if (kind != Bulletin.Kind.GREETING && kind != Bulletin.Kind.CONDOLENCE || layout.bodyFrom() >= doc.size()) {
            return issuer;
        }
        int end = doc.sentenceEnd(layout.bodyFrom());
        Greeting g = greetings.stream().filter(x -> x.direction() == Greeting.Direction.SENT && x.from() != null
                && x.span() != null && doc.tokenAt(x.span().start()) < end).findFirst().orElse(null);
        if (g == null) {
            return issuer;
        }
        Party who = issuer instanceof Organization o && amongAddressees(o, g) ? g.from() : issuer;
        if (who == g.from() && who instanceof Person p && p.name() == null && p.alias() == null && p.span() != null) {
            Person named = headlineNamed(p);
            return named != null ? named : who;
        }
        return who;
    }

    /** A body whose name stands in the greeting's words after its sender: in the address, not the one who sends. */
    private boolean amongAddressees(Organization o, Greeting g) {
        if (o.name() == null || g.from() instanceof Organization f && f.name() != null
                && FoldedText.fold(f.name())
                .equals(FoldedText.fold(o.name()))) {
            return false;
        }
        int from = g.from().span() != null ? Math.max(g.span().start(), g.from().span().end()) : g.span().start();
        int k = doc.tokenAt(from) + APPOSED_BODY; // منسقية أستراليا في حركة X: the sender's own body, told with it
        from = k >= 0 && k < doc.size() ? Math.max(from, doc.span(k, k + 1).start()) : g.span().end();
        if (from >= g.span().end()) {
            return false;
        }
        if (o.span() != null && o.span().start() >= from && o.span().end() <= g.span().end()) {
            return true; // الجبهة read as the body it stands for: a mention inside the address
        }
        String address = FoldedText.fold(doc.original().substring(from, g.span().end()));
        return address.contains(FoldedText.fold(o.name()));
    }

    /** How many tokens after the sender still describe it ({@code منسقية X في حركة Y}): no address yet. */
    private static final int APPOSED_BODY = 3;

    /** How many words a headline may put before its verb as the sender's name ({@code نيجيرفان بارزاني يهنئ}). */
    private static final int HEADLINE_NAME = 3;

    /**
     * {@code p}, known by an office, named by the headline's subject: the words before a verb of greeting or
     * mourning that opens the first headline, none of them a body, an office or a title. Where those words follow
     * the office in the body ({@code الأمين العام للاتحاد، X Y،}), the name is read there in full; null when the
     * headline names nobody before such a verb.
     */
    private Person headlineNamed(Person p) {
        Layout.Line line = layout.headings().stream().filter(this::isTitle).findFirst().orElse(null);
        if (line == null) {
            return null;
        }
        int verb = -1;
        for (int k = line.from(); k < line.to() && k <= line.from() + HEADLINE_NAME; k++) {
            if (k > line.from() && sendsOrMourns(k)) {
                verb = k;
                break;
            }
            if (!doc.word(k) || r.entities().organizationHead(doc, k) || r.entities().role(doc, k)
                    || r.entities().honorific(doc, k) || r.entities().office(doc, k) || doc.verb(k)) {
                return null;
            }
        }
        if (verb < 0) {
            return null;
        }
        int n = verb - line.from();
        int after = doc.tokenAt(p.span().end());
        after = after >= 0 && doc.punct(after, "،,") ? after + 1 : after;
        for (int j = after; j >= 0 && j < doc.size() && j <= after + HEADLINE_NAME - n && doc.word(j); j++) {
            int m = 0;
            while (m < n && j + m < doc.size() && doc.form(j + m).equals(doc.form(line.from() + m))) {
                m++;
            }
            if (m == n) {
                Span name = doc.span(after, j + n); // the headline's words closing the name the body gives in full
                return p.toBuilder().name(doc.original().substring(name.start(), name.end()))
                        .span(new Span(p.span().start(), name.end())).build();
            }
        }
        return p.toBuilder().name(doc.text(line.from(), verb)).build();
    }

    /** The verbs of a headline that sends or mourns. */
    private static final Word[] SENDING = {Vocabulary.CONGRATULATE, Vocabulary.CONSOLE, Vocabulary.OBITUARY, Vocabulary.CABLE};

    /** A verb of congratulating, consoling, mourning or cabling, not in the first person: the headline's act. */
    private boolean sendsOrMourns(int k) {
        for (Word w : SENDING) {
            Lexicon.Hit h = doc.hit(k, w);
            if (h != null && h.isVerb() && !h.person().isFirst()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text that mourns a death: a heading in which a body mourns someone ({@code الاتحاد ينعى القائد …}), or an
     * opening sentence that names a death with grief ({@code علمنا ببالغ الحزن والأسى بوفاة الأخ …}, {@code بألم
     * عميق تلقينا خبر رحيل الرفيق …}). A killing ({@code استشهاد}, {@code اغتيال}) is condemned, not mourned, here.
     */
    private boolean mournsADeath() {
        for (Layout.Line line : layout.headings()) {
            for (int k = line.from(); k < line.to(); k++) {
                Lexicon.Hit h = doc.hit(k, Vocabulary.OBITUARY);
                if (h != null && h.isVerb()) {
                    return true;
                }
            }
        }
        int from = layout.bodyFrom();
        if (from >= doc.size()) {
            return false;
        }
        int end = Math.min(doc.sentenceEnd(from), from + OPENING_WORDS);
        boolean grief = false;
        for (int k = from; k < end; k++) {
            grief = grief || doc.word(k) && doc.tok(k).hasStemIn(CommemorationFrames.GRIEF);
            if (doc.is(k, "انتقل", "انتقلت") && doc.is(k + 1, "الي") && doc.word(k + 2)
                    && doc.tok(k + 2).hasStem("رحمه")) {
                return true; // انتقل إلى رحمة الله: a death announced
            }
            if (CommemorationFrames.departedUs(doc, k)
                    || doc.is(k, "رحل", "رحلت", "ورحل", "ورحلت") && doc.is(k + 1, "عنا")
                    || doc.is(k, "وافته", "وافتها") && doc.word(k + 1) && doc.tok(k + 1).hasStem("منيه")) {
                return true; // غادرتنا السيدة X، رحل عنا الرفيق X، وافته المنية: a death told as our loss
            }
        }
        // a death named with grief: its words (a pattern matched on every reading) are asked only after grief
        for (int k = from; grief && k < end; k++) {
            if (doc.word(k) && (doc.tok(k).hasStemIn(DEATH) || namesADeath(doc.tok(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a death, not a killing: وفاة، رحيل، فقدان، فقيد، تُوفّي (folded stems). */
    private static final java.util.Set<String> DEATH = StemSet.of("وفاه", "رحيل", "فقدان", "فقيد", "فقيده",
            "توفي", "توفيت");

    /**
     * A word of {@link #DEATH} with a pronoun attached ({@code فقيدها}, {@code رحيله}, {@code وفاته}: the ة of the
     * stem written ت before it), which the readings keep whole.
     */
    private static boolean namesADeath(Token t) {
        for (org.nashra.parser.internal.text.Reading rd : t.readings()) {
            java.util.regex.Matcher m = POSSESSIVE.matcher(rd.stem());
            if (m.matches() && (DEATH.contains(m.group(1)) || m.group(1).endsWith("ت")
                    && DEATH.contains(m.group(1).substring(0, m.group(1).length() - 1) + "ه"))) {
                return true;
            }
        }
        return false;
    }

    /** A stem and the pronoun attached to it: {@code فقيد|ها}, {@code وفات|ه}. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(.{3,})(ها|هم|هما|ه|نا|كم)");

    /** The genre of the whole text. */
    public Bulletin.Kind kind(List<Meeting> meetings, boolean reported, List<Greeting> greetings,
                              List<Resolution> resolutions, List<ElectionResult> results) {
        for (Layout.Line line : layout.headings()) {
            if (!isTitle(line)) {
                continue;
            }
            Bulletin.Kind k = headingKind(line);
            if (k == Bulletin.Kind.STATEMENT && reported && !meetings.isEmpty() && namesConference(line, meetings.get(0))) {
                return Bulletin.Kind.CONFERENCE; // البيان الختامي للمؤتمر الرابع …: the statement of a congress held
            }
            if (k == Bulletin.Kind.STATEMENT && reported && !meetings.isEmpty()
                    && meetings.get(0).type() != Meeting.Type.EVENT && opensBody(meetings.get(0)) && !closing()) {
                break; // بلاغ … ثم عقدت اللجنة اجتماعها: a statement that opens on one meeting reports it
            }
            if (k == Bulletin.Kind.STATEMENT && mournsADeath()) {
                return Bulletin.Kind.CONDOLENCE; // بلاغ … غادرتنا السيدة X: a communiqué that mourns a death
            }
            if (k != null) {
                return k;
            }
        }
        if (letter()) {
            // a letter (an address and salutation above the body) is what it sends, whatever gathering it names
            for (Greeting g : greetings) {
                if (g.direction() == Greeting.Direction.SENT && g.form() == Greeting.Form.CONDOLENCE) {
                    return Bulletin.Kind.CONDOLENCE;
                }
                if (g.direction() == Greeting.Direction.SENT && g.form() == Greeting.Form.CONGRATULATION) {
                    return Bulletin.Kind.GREETING;
                }
            }
        }
        Bulletin.Kind sends = openingSends(meetings, greetings);
        if (sends != null) {
            return sends;
        }
        if (mournsADeath()) {
            return Bulletin.Kind.CONDOLENCE;
        }
        int end = Math.min(doc.size(), layout.bodyFrom() + 30);
        for (int k = layout.bodyFrom(); k < end; k++) {
            if (doc.has(k, Vocabulary.OBITUARY)) {
                return Bulletin.Kind.CONDOLENCE;
            }
            if (doc.has(k, Vocabulary.HONOURED) && invites(k) || callsYou(k)) {
                return Bulletin.Kind.INVITATION;
            }
        }
        if (announces()) {
            return Bulletin.Kind.INVITATION;
        }
        if (reportsStatement()) {
            return Bulletin.Kind.STATEMENT;
        }
        if (reported && !meetings.isEmpty()) {
            Meeting.Type t = meetings.get(0).type();
            if (t == Meeting.Type.EVENT) {
                return Bulletin.Kind.OTHER; // a festival, celebration or vigil held is a public event, not a meeting of the body
            }
            return t == Meeting.Type.CONFERENCE || t == Meeting.Type.CONGRESS ? Bulletin.Kind.CONFERENCE
                    : Bulletin.Kind.MEETING;
        }
        boolean congratulates = greetings.stream().anyMatch(g -> g.direction() == Greeting.Direction.SENT
                && (g.form() == Greeting.Form.CONGRATULATION || g.form() == Greeting.Form.GREETING));
        if (congratulates) {
            return Bulletin.Kind.GREETING;
        }
        if (greetings.stream().anyMatch(g -> g.direction() == Greeting.Direction.SENT
                && g.form() == Greeting.Form.CONDOLENCE)) {
            return Bulletin.Kind.CONDOLENCE; // a letter that sends condolences, with or without a heading
        }
        if (!results.isEmpty()) {
            return Bulletin.Kind.OTHER; // حصلت كتلة … على 19 مقعداً: a report of election results, whatever it demands
        }
        if (!resolutions.isEmpty()) {
            return Bulletin.Kind.STATEMENT;
        }
        // تلقى الحزب برقيات تهنئة بمناسبة …: a text about the congratulations a body received is a greeting
        if (greetings.stream().anyMatch(g -> g.direction() == Greeting.Direction.RECEIVED
                && (g.form() == Greeting.Form.CONGRATULATION || g.form() == Greeting.Form.GREETING))) {
            return Bulletin.Kind.GREETING;
        }
        return Bulletin.Kind.OTHER;
    }

    /**
     * True when the text is laid out as a letter: a heading line addresses someone ({@code الى …},
     * {@code سعادة … المحترمة}, {@code الإخوة في … المحترمين}) or salutes them ({@code تحية طيبة وبعد},
     * {@code السلام عليكم}) before the body.
     */
    /**
     * The genre of a text whose opening sentence sends a congratulation or condolence ({@code تقدمت الجمعية بأحر
     * التهاني …}, {@code هنّأ الأمين العام …}): a greeting or condolence, whatever it reports further on; null when
     * the opening sentence reports a gathering before it (its greetings are the gathering's).
     */
    private Bulletin.Kind openingSends(List<Meeting> meetings, List<Greeting> greetings) {
        int from = layout.bodyFrom();
        if (from >= doc.size()) {
            return null;
        }
        int end = doc.sentenceEnd(from);
        int first = end;
        Bulletin.Kind kind = null;
        for (Greeting g : greetings) {
            int at = g.span() == null ? -1 : doc.tokenAt(g.span().start());
            // sent to someone named: a blessing with nobody to receive it is read from a word of another sentence
            if (g.direction() == Greeting.Direction.SENT && at >= from && at < first && g.to() != null
                    && (g.form() == Greeting.Form.CONGRATULATION || g.form() == Greeting.Form.CONDOLENCE)) {
                first = at;
                kind = g.form() == Greeting.Form.CONDOLENCE ? Bulletin.Kind.CONDOLENCE : Bulletin.Kind.GREETING;
            }
        }
        Lexicon.Hit opens = doc.hit(from, Vocabulary.CONGRATULATE);
        if (kind == null && opens != null && opens.isVerb()) {
            first = from;
            kind = Bulletin.Kind.GREETING;
        }
        for (Meeting m : meetings) {
            int at = m.span() == null ? -1 : doc.tokenAt(m.span().start());
            if (at >= from && at < first) {
                return null;
            }
        }
        return kind;
    }

    private boolean letter() {
        for (Layout.Line line : layout.headings()) {
            int i = line.from();
            boolean salutes = line.words() <= 6 && (doc.has(i, Vocabulary.GREETING) || doc.has(i, Vocabulary.SALUTATION));
            if (salutes || doc.is(i, "الي") && line.words() <= 8) {
                return true;
            }
            for (int k = i; k < line.to(); k++) {
                if (doc.has(k, Vocabulary.ADDRESSED) && (k == i || k == line.to() - 1)) {
                    return true; // سعادة الدكتورة X المحترمة: a title of address opens the line or respect closes it
                }
            }
        }
        return false;
    }

    /** {@code البيان الختامي}, {@code في ختام دورته}: a heading names the statement closing a gathering. */
    private boolean closing() {
        for (Layout.Line line : layout.headings()) {
            for (int k = line.from(); k < line.to(); k++) {
                if (doc.has(k, Vocabulary.CLOSING) || doc.hit(k, Vocabulary.CLOSE) != null
                        && doc.hit(k, Vocabulary.CLOSE).shape() == Word.Shape.MASDAR) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A heading that names the conference or congress {@code m} reports ({@code البيان الختامي للملتقى الثاني …},
     * {@code بيان صادر عن المؤتمر الوطني التاسع …}): the text is about that gathering, a body's sitting aside.
     */
    private boolean namesConference(Layout.Line line, Meeting m) {
        if (m.type() != Meeting.Type.CONFERENCE && m.type() != Meeting.Type.CONGRESS) {
            return false;
        }
        for (int k = line.from(); k < line.to(); k++) {
            if (doc.has(k, Vocabulary.CONFERENCE)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code m} is named in the body's first sentence ({@code عقدت اللجنة اجتماعها …}). */
    private boolean opensBody(Meeting m) {
        int at = doc.tokenAt(m.span().start());
        int from = layout.bodyFrom();
        return at >= from && from < doc.size() && at < doc.sentenceEnd(from);
    }

    /**
     * A third-person announcement of a public event in the opening sentence: the body calls people to take part
     * in or to hold a gathering ({@code دعت الجمعية الى عقد لقائها …}, {@code دعا المكتب … الى المشاركة في
     * المسيرة}), or organises one still to come ({@code ينظم الحزب ثلاث مناسبات}, {@code ستقيم الرابطة حفلاً}),
     * and the sentence reports nothing held.
     */
    private boolean announces() {
        int from = layout.bodyFrom();
        if (from >= doc.size()) {
            return false;
        }
        int end = Math.min(doc.sentenceEnd(from), from + Reading.WINDOW);
        for (int k = from; k < end; k++) {
            if (doc.is(k - 1, "الي")) {
                continue; // الى عقد لقائها: the verbal noun of what is called for
            }
            for (Lexicon.Hit h : doc.hits(k)) {
                if (!h.isVerb() || h.person().isFirst()) {
                    continue;
                }
                if (doc.has(k - 1, Vocabulary.RELATIVE)) {
                    continue; // الملتقى الذي تنظمه الجمعية: a relative clause describes, it does not announce
                }
                if (namePart(k)) {
                    continue; // انتخب الصحافي يحيى …: a given name read as the verb it spells (يحيي), no act
                }
                if (h.word() == Vocabulary.DECLARE && declaresHolding(k, end)) {
                    return true; // تعلن الهيئة عن تنظيم رحلة، أعلن التحالف عن عقد مؤتمر صحفي: a gathering made known
                }
                boolean holds = h.word() == Vocabulary.ORGANIZE || h.word() == Vocabulary.CONVENE;
                boolean opens = h.word() == Vocabulary.OPEN || h.word() == Vocabulary.CLOSE;
                if ((holds || opens) && h.shape() == Word.Shape.PAST) {
                    return false; // نظمت، عقدت، انطلقت، اختتمت: a report
                }
                if (holds && narratedHeld(end)) {
                    return false; // يعقد الحزب مؤتمره … وقد افتتح رئيس المؤتمر أعماله: a present that tells what was held
                }
                if (holds || doc.has(k, Vocabulary.CALL) && callsToGathering(k, end)) {
                    return true; // the first verb that holds or calls decides
                }
            }
        }
        return false;
    }

    /** A word inside a titled person's name ({@code الصحافي يحيى X}): no verb of the sentence, whatever it spells. */
    private boolean namePart(int k) {
        Found<Person> p = r.persons().covering(k);
        return p != null && p.from() < k;
    }

    /**
     * A gathering told as held after the opening sentence: a verb of opening or closing it in the past tense
     * ({@code افتتح}, {@code اختتم}) in the body from token {@code from}.
     */
    private boolean narratedHeld(int from) {
        for (int k = from; k < layout.bodyTo(); k++) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.OPEN);
            h = h != null ? h : doc.hit(k, Vocabulary.CLOSE);
            if (h != null && h.shape() == Word.Shape.PAST && !h.person().isFirst() && !doc.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code أعلن X عن تنظيم/إقامة/عقد …}, {@code تعلن X عن ندوة …}: the verb of making known with {@code عن} and,
     * within a few words, the verbal noun of holding or a gathering noun as its object.
     */
    private boolean declaresHolding(int verb, int end) {
        if (!doc.form(verb).contains("علن")) {
            return false; // أبدى، عبّر، جدّد: verbs of stating a position, not of announcing
        }
        for (int j = verb + 1; j + 1 < end && j < verb + 10; j++) {
            if (doc.is(j, "عن")) {
                boolean held = doc.hits(j + 1).stream().anyMatch(h -> h.shape() == Word.Shape.MASDAR
                        && (h.word() == Vocabulary.ORGANIZE || h.word() == Vocabulary.CONVENE));
                return held || gatheringNoun(j + 1) || doc.has(j + 1, Vocabulary.EVENT);
            }
        }
        return false;
    }

    /**
     * A text that opens on a body issuing a statement ({@code أصدرت الحركة بياناً حول …}, {@code وزع الحزب بلاغاً
     * أكد فيه …}, {@code في بيان أصدرته الرابطة …}) reports that statement, whatever meetings it then recalls;
     * a statement issued at the close of a gathering named with it ({@code بياناً في ختام اجتماعه}) is that
     * gathering's report.
     */
    private boolean reportsStatement() {
        int from = layout.bodyFrom();
        if (from < doc.size() && issuesStatement(from, Math.min(doc.clauseEnd(from), from + 16))) {
            return true;
        }
        // a text set in short lines without stops: its opening line may stand among the headings
        return layout.headings().stream().anyMatch(line -> issuesStatement(line.from(), line.to()));
    }

    private boolean issuesStatement(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!doc.has(k, Vocabulary.STATEMENT)) {
                continue;
            }
            boolean issued = false;
            for (int j = Math.max(from, k - 8); j <= Math.min(end, k + 1); j++) {
                Lexicon.Hit h = doc.hit(j, Vocabulary.ISSUE);
                issued |= h != null && h.isVerb() && h.person() != Word.Person.FIRST_PLURAL;
            }
            if (!issued) {
                continue;
            }
            for (int j = k + 1; j < r.clause(k); j++) {
                if (gatheringNoun(j)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean gatheringNoun(int k) {
        return doc.hasAny(k, Vocabulary.MEETING, Vocabulary.CONFERENCE, Vocabulary.SESSION, Vocabulary.SEMINAR,
                Vocabulary.SITTING);
    }

    /**
     * {@code … الى المشاركة في}, {@code الى حضور}, {@code الى عقد}, {@code لحضور ندوة}, {@code للمشاركة في}: a call
     * whose object is taking part, after الى or with ل; or a gathering of the public still to come, a protest
     * among them ({@code دعت النقابة الى وقفة احتجاجية غداً}, {@code يدعو لإضراب}, {@code الى "المشاركة في التجمع"}).
     */
    private boolean callsToGathering(int call, int end) {
        for (int j = call + 1; j < end && j < call + 24; j++) {
            if (doc.is(j, "الي") && j + 1 < end) {
                int what = doc.punct(j + 1, "\"«“") ? j + 2 : j + 1;
                return doc.hasAny(what, Vocabulary.ATTENDANCE, Vocabulary.CONVENE) || gatheringNoun(what)
                        || publicGathering(what);
            }
            if (doc.word(j) && doc.hasLam(j) && (doc.has(j, Vocabulary.ATTENDANCE) || publicGathering(j))) {
                return true;
            }
        }
        return false;
    }

    /** A gathering of the public named by its noun: a festival, a vigil, a sit-in, a strike, a march. */
    private boolean publicGathering(int k) {
        return doc.hasAny(k, Vocabulary.EVENT, Vocabulary.PROTEST);
    }

    /**
     * {@code تدعوكم الجمعية لحضور …}, {@code يدعوكم المنتدى الى المشاركة في …}, {@code ندعوكن الى الأمسية}: a call
     * addressed to the reader ("you") to attend or to a gathering is an invitation, whoever calls.
     */
    private boolean callsYou(int k) {
        Lexicon.Hit h = doc.hit(k, Vocabulary.CALL);
        if (h == null || !(h.suffix().equals("كم") || h.suffix().equals("كن"))) {
            return false;
        }
        int end = Math.min(r.limit(k), k + 12);
        for (int j = k + 1; j < end; j++) {
            if (doc.has(j, Vocabulary.ATTENDANCE) || gatheringNoun(j) || doc.has(j, Vocabulary.EVENT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code يتشرف … بدعوتكم لحضور}, {@code يسر … ان تدعوكم}, {@code يتشرف المكتب بدعوة كافة الأعضاء لحضور …}: an
     * invitation formula, addressed to "you" or to the people named after the call, who are asked to attend.
     */
    private boolean invites(int k) {
        int end = Math.min(r.limit(k), k + 12);
        for (int j = k + 1; j < end; j++) {
            if (doc.has(j, Vocabulary.CALL) && (doc.form(j).endsWith("كم") || attendanceAfter(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code لحضور}, {@code للمشاركة في}: taking part asked for within a few words of the call. */
    private boolean attendanceAfter(int from) {
        int end = Math.min(r.limit(from), from + 8);
        for (int j = from; j < end; j++) {
            if (doc.has(j, Vocabulary.ATTENDANCE)) {
                return true;
            }
        }
        return false;
    }

    private Bulletin.Kind headingKind(Layout.Line line) {
        for (int k = line.from(); k < line.to() && k < line.from() + 3; k++) {
            if (doc.has(k, Vocabulary.OBITUARY) || doc.has(k, Vocabulary.CONDOLENCE)) {
                return Bulletin.Kind.CONDOLENCE;
            }
            if (doc.has(k, Vocabulary.INVITATION) && k == line.from()) {
                return Bulletin.Kind.INVITATION;
            }
            if (doc.has(k, Vocabulary.STATEMENT_TITLE) && k == line.from()) {
                return Bulletin.Kind.STATEMENT;
            }
            if (doc.has(k, Vocabulary.CONGRATULATION) || doc.has(k, Vocabulary.GREETING) && k == line.from()) {
                return Bulletin.Kind.GREETING;
            }
        }
        // لعباطشة يعزي الطبقة العاملة، الحزب يهنئ الشعب، "الحرية" مهنئاً بالعيد: the headline's verb sends the letter
        for (int k = line.from(); k < line.to(); k++) {
            Lexicon.Hit h = doc.hit(k, Vocabulary.CONSOLE);
            if (h != null && (h.isVerb() || h.shape() == Word.Shape.PARTICIPLE)) {
                return Bulletin.Kind.CONDOLENCE;
            }
            h = doc.hit(k, Vocabulary.CONGRATULATE);
            if (h != null && (h.isVerb() || h.shape() == Word.Shape.PARTICIPLE)) {
                return Bulletin.Kind.GREETING;
            }
        }
        return null;
    }
}
