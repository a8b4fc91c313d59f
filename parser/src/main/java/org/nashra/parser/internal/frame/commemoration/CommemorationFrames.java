package org.nashra.parser.internal.frame.commemoration;

import java.util.ArrayList;
import java.util.List;
import org.nashra.model.Commemoration;
import org.nashra.model.Commemoration.Form;
import org.nashra.parser.internal.frame.Doc;
import org.nashra.parser.internal.frame.Found;
import org.nashra.parser.internal.frame.Lexicon;
import org.nashra.parser.internal.frame.Parties;
import org.nashra.parser.internal.frame.Phrase;
import org.nashra.parser.internal.frame.Reading;
import org.nashra.parser.internal.frame.Vocabulary;
import org.nashra.parser.internal.number.ArabicNumbers;
import org.nashra.parser.internal.number.NumberPhrase;
import org.nashra.model.Party;
import org.nashra.parser.internal.text.StemSet;

/**
 * Reads minutes of silence and tributes to the dead into {@link Commemoration}s.
 *
 * <p>Patterns understood:
 * <ul>
 *   <li><b>minute of silence</b>: {@code (الوقوف|وقف الحاضرون) دقيقة صمت/حداد} with whom it honours:
 *       {@code إجلالاً لشهداء …}, {@code حداداً على ارواح …}, {@code على روح …}, {@code تكريماً لـ…};</li>
 *   <li><b>tribute</b>: names read out ({@code تُليت اسماء كوكبة من الرفاق الذين رحلوا}), an obituary
 *       ({@code تنعى منظمة … الرفيق المناضل X}), a eulogy ({@code حفل تأبين X}, {@code أحيا ذكرى X}).</li>
 * </ul>
 * Also: {@code ترحّم X على أرواح …} (form other; the adverb {@code ترحّماً} after a minute is not a second one);
 * {@code استذكر/يستذكر X (بكل إجلال) شهداء …/الراحل Y} (tribute, continued by {@code ثم كرّم … اسمه}; remembering
 * what is no dead person is none); {@code دقيقة إجلال/وفاء} is a minute of silence;
 * {@code قراءة الفاتحة على أرواح …} (form other); an obituary told to someone ({@code ينعى X الى أبناء
 * الجالية … الحاج Y}) honours the dead, not those told; an anniversary ({@code الذكرى الأربعين لرحيل X}) honours X.
 * A passing whose memory is kept ({@code تمجيد مناسبة رحيل X}, {@code إحياء الذكرى 73 لاغتيال X}, {@code تخليداً
 * لاستشهاد X}) is a tribute to X; the purposes after a minute of silence ({@code دقيقة صمت، إحياءً لذكرى …،
 * وإجلالاً لـ…}) are the minute's; an obituary resumed ({@code والحزب إذ ينعيه ينعى ثباته}) is no second one, and
 * the dead may be named in quotation marks ({@code نعت الهيئة "X" …}).
 * Slogans ({@code المجد والخلود لذكرى الفقيد}) and signature lines are not read.
 */
public final class CommemorationFrames {
    private final Reading r;
    private final Doc doc;

    private CommemorationFrames(Reading r) {
        this.r = r;
        this.doc = r.doc();
    }

    /** The commemorations of the text, in text order. */
    public static List<Commemoration> read(Reading r) {
        return new CommemorationFrames(r).readAll();
    }

    /**
     * The commemorations of a condolence: {@code found} (what {@link #read} found), with the tribute the condolence
     * pays added where the frames found none. The dead it mourns is the first person named by name a few words after
     * the first death the text tells of ({@code بوفاة القائد X}, {@code برحيل الوالدة الحاجة X}, {@code تودّع …
     * فقيدها الرفيق X}) or after the body that mourns ({@code نعى الحزب، في بيان، الأمين العام X}). A death of
     * someone not named ({@code لوفاة والده}, {@code وفاة 24 عاملاً}) gives none: a condolence for a relative of the
     * addressee or for the victims of a disaster pays no tribute, nor does one for a relative of someone else
     * ({@code في وفاة والدته الحاجة X}), nor a condolence that already commemorates in another form.
     */
    public static List<Commemoration> mourned(Reading r, List<Commemoration> found) {
        if (!found.isEmpty()) {
            return found;
        }
        Commemoration tribute = new CommemorationFrames(r).firstDeath();
        return tribute == null ? found : List.of(tribute);
    }

    /** {@code غادرنا}, {@code غادرتنا}: a verb of leaving with us as its object, a death told as our loss. */
    public static boolean departedUs(Doc doc, int k) {
        Lexicon.Hit h = doc.hit(k, Vocabulary.DEPART);
        return h != null && h.isVerb() && h.suffix().equals("نا");
    }

    /** The tribute to the first dead named after a death or an obituary verb in the body, or null. */
    private Commemoration firstDeath() {
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            boolean obituary = doc.has(i, Vocabulary.OBITUARY) && doc.verb(i);
            if (!doc.word(i) || !obituary && !doc.tok(i).hasStemIn(PASSING) && !doc.has(i, Vocabulary.DECEASED)
                    && !departedUs(doc, i)) {
                continue;
            }
            int from = i + 1;
            if (doc.word(from) && doc.tok(from).readings().stream()
                    .anyMatch(x -> !x.definite() && KIN.contains(x.stem()))) {
                return null; // في وفاة والدته: someone's relative, mourned with the family, not honoured by the body
            }
            Found<Party> mourner = obituary ? r.subjectAfter(i) : null;
            if (mourner != null) {
                from = mourner.to(); // نعى الحزب الشيوعي، في بيان، X: the dead comes after the body that mourns
            }
            int end = Math.min(r.limit(i), from + DEAD_WITHIN);
            for (Found<org.nashra.model.Person> p : r.persons().within(from, end)) {
                if (p.value().name() != null && p.value().span() != null && !doc.is(p.from() - 1, LED_BY)) {
                    Phrase dead = doc.phrase(p.from(), 0, p.to());
                    Commemoration c = commemoration(Form.TRIBUTE, dead == null ? null : dead.text(), startOf(i),
                            p.to());
                    if (c.span() != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * How many words after a death its dead may be named: the titles of a ruler or a leader come first
     * ({@code وفاة المغفور له بإذن الله تعالى صاحب السمو الشيخ X}).
     */
    private static final int DEAD_WITHIN = 12;

    /** {@code تنعى الحركة قيادة الأستاذ X}: the person who leads the body that mourns is not the dead. */
    private static final String[] LED_BY = {"قياده", "بقياده", "برياسه", "رياسه"};

    /**
     * A relative with the pronoun of whose relative it is: والده، والدتها، شقيقه، نجلهم، زوجته، حرمه، كريمته (without
     * the article: الوالدة, folded like والده, is the dead herself).
     */
    private static final java.util.Set<String> KIN = java.util.stream.Stream.of("والد", "والدت", "شقيق", "شقيقت",
                    "نجل", "نجلت", "ابن", "ابنت", "زوج", "زوجت", "حرم", "عم", "عمت", "خال", "خالت", "جد", "جدت", "اخ",
                    "اخت", "اخي", "ابي", "ام", "كريمت", "عقيلت", "قرينت")
            .flatMap(kin -> java.util.stream.Stream.of("ه", "ها", "هم", "هما", "كم", "ك").map(kin::concat))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private List<Commemoration> readAll() {
        List<Commemoration> out = new ArrayList<>();
        for (int i = r.layout().bodyFrom(); i < r.layout().bodyTo(); i++) {
            if (doc.hits(i).isEmpty() && !doc.tok(i).hasStemIn(PASSING) && !doc.tok(i).hasStem("تكريم")
                    && !doc.is(i, "اسم", "باسم")) {
                continue; // each reader below starts on a word of the lexicon or one of these: most words are none
            }
            if (doc.has(i, Vocabulary.MINUTE) && doc.has(i + 1, Vocabulary.SILENCE)) {
                Commemoration m = minute(i);
                out.add(m);
                i = Math.max(i, doc.tokenAt(m.span().end() - 1)); // its purpose (إحياءً لذكرى …) is no second one
            } else if (doc.word(i) && doc.tok(i).hasStemIn(PASSING) && keptAt(i) >= 0) {
                Commemoration c = passingKept(keptAt(i), i);
                if (c != null) {
                    out.add(c);
                    i = Math.max(i, doc.tokenAt(c.span().end() - 1));
                }
            } else if (doc.has(i, Vocabulary.RECITE) && doc.has(i + 1, Vocabulary.NAMES)) {
                out.add(names(i));
            } else if (doc.has(i, Vocabulary.RECITE) && fatiha(i) > 0) {
                out.add(fatihaRead(i, fatiha(i)));
            } else if (doc.has(i, Vocabulary.MERCY) && !doc.has(i, Vocabulary.HONOURING) && verb(i, Vocabulary.MERCY)) {
                Commemoration c = mercy(i);
                if (c != null) {
                    out.add(c);
                }
            } else if (doc.has(i, Vocabulary.REMEMBER) && verb(i, Vocabulary.REMEMBER)) {
                Commemoration c = remembrance(i, false);
                if (c != null) {
                    out.add(c);
                }
            } else if (honours(i) && !covered(out, i)) {
                Commemoration c = remembrance(i, true); // كرّم المؤتمر اسم الراحل X، بتكريم الشهيد X
                if (c != null) {
                    out.add(c);
                }
            } else if (doc.has(i, Vocabulary.GREETING) && soulGreeted(i) > 0 && sender(i) >= 0 && !covered(out, i)) {
                out.add(saluteToSouls(sender(i), soulGreeted(i))); // وجّه المجتمعون تحية إكبار إلى أرواح الشهداء
            } else if (doc.has(i, Vocabulary.HONOURING) && mourned(i + 1) && !covered(out, i) && !doc.quoted(i)) {
                out.add(doneFor(i)); // تعليق الأنشطة ثلاثة أيام حداداً على روح الفقيد: what is done in mourning
            } else if (doc.is(i, "اسم", "باسم") && doc.has(i + 1, Vocabulary.DECEASED) && !covered(out, i)) {
                out.add(namedAfter(i)); // إطلاق اسم الفقيد على القاعة: a place or a prize named after the dead
            } else if (doc.word(i) && doc.tok(i).hasStemIn(PASSING) && newsOf(i) >= 0 && !mournedBefore(out)) {
                Commemoration c = passingKept(newsOf(i), i); // تلقينا نبأ رحيل الرفيق X: the death made known
                if (c == null && (r.entities().honorific(doc, i + 1) || r.entities().role(doc, i + 1))) {
                    // نبأ وفاة الرفيق والشخصية الوطنية …: the dead named by title, whoever the name reader finds
                    Phrase dead = doc.phrase(i + 1, 0, r.clause(i + 1));
                    c = commemoration(Form.TRIBUTE, dead == null ? null : dead.text(), newsOf(i), r.clause(i + 1));
                }
                if (c != null) {
                    out.add(c);
                    i = Math.max(i, doc.tokenAt(c.span().end() - 1));
                }
            } else if (doc.has(i, Vocabulary.HONOURING) && possessedMemory(i + 1) && !covered(out, i)
                    && !doc.quoted(i) && out.stream().noneMatch(c -> c.form() == Form.TRIBUTE)) {
                // the pronoun takes up a dead the text has already paid its tribute to: no second one; what a
                // quoted message promises is its own
                out.add(keptMemory(i + 1)); // … تخليداً لذكراه، وفاءً لذكراها: the memory of the dead spoken of
            } else if (doc.has(i, Vocabulary.EULOGY)) {
                Commemoration c = eulogy(i);
                if (c != null) {
                    out.add(c);
                }
            } else if (doc.has(i, Vocabulary.OBITUARY) && !doc.has(i - 1, Vocabulary.OBITUARY)
                    && (doc.hits(i).stream().anyMatch(h -> h.isVerb() && h.suffix().isEmpty())
                    || mourners(i) && doc.verb(i))) {
                // ينعيه ينعى ثباته: mourning him again, and what it mourns with him, is no second tribute
                Commemoration c = obituary(i);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** {@code الوقوف دقيقة صمت إجلالاً لشهداء الحزب والشعب}. */
    private Commemoration minute(int i) {
        int start = i;
        for (int k = i - 1; k >= 0 && k >= i - 4 && !doc.punct(k); k--) {
            if (doc.form(k).contains("وقف") || doc.form(k).contains("وقوف")) {
                start = k;
            }
        }
        int end = r.clause(i);
        // دقيقة صمت، إحياءً لذكرى …، وإجلالاً لـ…: the purposes after commas belong to the minute
        while (end + 1 < r.limit(i) && doc.punct(end, "،,") && doc.word(end + 1)
                && (doc.has(end + 1, Vocabulary.HONOURING) || doc.tok(end + 1).hasStemIn(KEEPING))) {
            end = r.clause(end + 1);
        }
        for (int k = i + 2; k < end; k++) {
            if (doc.word(k) && doc.form(k).startsWith("و") && doc.has(k, Vocabulary.RECITE)) {
                end = k; // دقيقة حداد وقراءة الفاتحة على روح …: the prayer joined to the minute is one of its own
            }
        }
        String honoring = null;
        for (int k = i + 2; k < end; k++) {
            if (doc.has(k, Vocabulary.HONOURING) || doc.has(k, Vocabulary.SOUL) || doc.is(k, "علي")) {
                int from = k + 1;
                if (doc.has(k, Vocabulary.HONOURING) && doc.is(from, "علي")) {
                    from++;
                }
                if (doc.has(from, Vocabulary.SOUL) || doc.has(k, Vocabulary.SOUL) && k + 1 == from) {
                    from = doc.has(from, Vocabulary.SOUL) ? from + 1 : from;
                }
                int skip = doc.word(from) ? Parties.clitics(doc, from) : 0;
                Phrase h = doc.phrase(from, skip, end);
                honoring = h == null ? null : h.text();
                break;
            }
        }
        return commemoration(Form.MINUTE_OF_SILENCE, honoring, start, end);
    }

    /** The token of {@code الفاتحة} read at {@code i} ({@code قراءة الفاتحة}, {@code قرأ الحضور الفاتحة}), or -1. */
    private int fatiha(int i) {
        for (int k = i + 1; k < i + 4 && k < doc.size() && doc.word(k); k++) {
            if (doc.is(k, "الفاتحه", "فاتحه", "سوره")) {
                return k;
            }
        }
        return -1;
    }

    /** {@code قراءة الفاتحة على أرواح الشهداء}: a prayer for the dead, whom it honours after على (روح). */
    private Commemoration fatihaRead(int i, int at) {
        int end = r.clause(at);
        int from = at + 1;
        if (doc.is(from, "الفاتحه")) {
            from++; // سورة الفاتحة
        }
        if (doc.has(from, Vocabulary.HONOURING)) {
            from++; // ترحماً على، إجلالاً لـ
        }
        if (doc.is(from, "علي")) {
            from++;
        }
        if (doc.has(from, Vocabulary.SOUL)) {
            from++;
        }
        int skip = from < end && doc.word(from) ? Parties.clitics(doc, from) : 0;
        Phrase h = from < end ? doc.phrase(from, skip, end) : null;
        return commemoration(Form.OTHER, h == null ? null : h.text(), i, end);
    }

    private boolean verb(int i, org.nashra.parser.internal.frame.Word w) {
        Lexicon.Hit h = doc.hit(i, w);
        return h != null && h.isVerb();
    }

    /** {@code ترحّم المشاركون على أرواح ضحايا الفيضان}: a prayer for the dead named after على (روح). */
    private Commemoration mercy(int i) {
        int end = r.clause(i);
        for (int k = i + 1; k < end && k < i + 6; k++) {
            if (doc.is(k, "علي")) {
                int from = doc.has(k + 1, Vocabulary.SOUL) ? k + 2 : k + 1;
                Phrase h = from < end ? doc.phrase(from, 0, end) : null;
                return h == null ? null : commemoration(Form.OTHER, h.text(), i, end);
            }
        }
        return null;
    }

    /** {@code كرّم}, {@code تكريم} (not the adverb تكريماً of a minute's purpose): honouring someone. */
    private boolean honours(int i) {
        return doc.word(i) && !doc.has(i, Vocabulary.HONOURING)
                && (verb(i, Vocabulary.HONOUR) || doc.tok(i).hasStem("تكريم"));
    }

    private boolean covered(List<Commemoration> out, int i) {
        return !out.isEmpty() && out.get(out.size() - 1).span() != null
                && doc.tokenAt(out.get(out.size() - 1).span().end() - 1) >= i;
    }

    /**
     * {@code يستذكر النادي بكل إجلال شهداء الوطن الذين …}, {@code استذكر فيها الراحل X، ثم كرّم المؤتمر اسمه}:
     * a tribute to the dead or the named person remembered; a following {@code ثم كرّم … اسمه} is part of it.
     * Honouring ({@code deadOnly}) is a tribute only to the dead ({@code بتكريم اسم المرشدة الراحلة X}; honouring
     * the best pupils is none).
     */
    private Commemoration remembrance(int i, boolean deadOnly) {
        int end = r.clause(i);
        int from = -1;
        for (int k = i + 1; k < end && from < 0 && (!deadOnly || k < i + 6); k++) {
            if (doc.word(k) && (doc.has(k, Vocabulary.DECEASED) || MARTYRS.contains(doc.form(k)))) {
                from = k;
            }
        }
        if (from < 0 && deadOnly) {
            return null;
        }
        if (from < 0) {
            for (Found<org.nashra.model.Person> p : r.persons().within(i + 1, end)) {
                if (p.value().name() != null) {
                    from = p.from();
                    break;
                }
            }
        }
        if (from < 0) {
            return null; // استذكر الحضور أيام الدراسة: a memory, not a tribute to the dead
        }
        int to = end;
        for (int k = from + 1; k < end; k++) {
            if (doc.has(k, Vocabulary.RELATIVE)) {
                to = k;
                break;
            }
        }
        Phrase h = doc.phrase(from, 0, to);
        int span = end;
        for (int k = end; k < end + 3 && k < r.layout().bodyTo(); k++) {
            if (doc.word(k) && doc.has(k, Vocabulary.HONOUR) && verb(k, Vocabulary.HONOUR)) {
                span = r.clause(k); // ثم كرّم المؤتمر اسمه: the same tribute goes on
                break;
            }
        }
        return commemoration(Form.TRIBUTE, h == null ? null : h.text(), i, span);
    }

    /** {@code تُليت اسماء كوكبة من الرفاق الذين رحلوا عنا …}. */
    private Commemoration names(int i) {
        int end = r.limit(i);
        int honourEnd = r.clause(i);
        Phrase h = doc.phrase(i + 2, 0, honourEnd);
        return commemoration(Form.TRIBUTE, h == null ? null : h.text(), i, end);
    }

    /** {@code حفل تأبين الفقيد X}, {@code أبّن المشاركون X}, {@code أحيا … ذكرى X}: a tribute to whom follows. */
    private Commemoration eulogy(int i) {
        boolean remembrance = doc.form(i).contains("ذكر");
        if (remembrance && !(doc.hasAny(i - 1, Vocabulary.ORGANIZE) || doc.hasAny(i - 2, Vocabulary.ORGANIZE)
                || doc.word(i - 1) && doc.tok(i - 1).hasStemIn(KEEPING))) {
            return null; // ذكرى alone is a date, an anniversary; it is a tribute where it is kept (أحيا ذكرى)
        }
        int end = r.limit(i);
        int k = i + 1;
        Lexicon.Hit h = doc.hit(i, Vocabulary.EULOGY);
        if (h != null && h.isVerb()) {
            Found<Party> s = r.subjectAfter(i);
            if (s != null) {
                k = s.to();
            }
        }
        // الذكرى الأربعين لرحيل الفنان X: the anniversary's ordinal and the passing are not whom it honours
        NumberPhrase nth = ArabicNumbers.read(doc.analyzed(), k);
        if (nth != null && nth.ordinal()) {
            k = nth.endToken();
        } else if (k < end && doc.tok(k).isNumber()) {
            k++; // الذكرى 73 لاغتيال …
        }
        if (doc.word(k) && doc.tok(k).hasStemIn(PASSING)) {
            k++;
        }
        for (int j = k; remembrance && j < end && j < k + 4 && doc.word(j); j++) {
            if (doc.tok(j).hasStemIn(OCCASIONS)) {
                return null; // إحياء الذكرى الحادية والأربعين ليوم الأرض: an anniversary of a day, no tribute to a dead
            }
        }
        List<Found<Party>> who = Parties.one(r, k, end, Parties.NO_STOP);
        if (who.isEmpty()) {
            return null;
        }
        int to = Math.max(who.get(0).to(), namedDeadEnd(k, end));
        Phrase p = doc.phrase(k, Parties.clitics(doc, k), to);
        int start = remembrance && (doc.hasAny(i - 1, Vocabulary.ORGANIZE) || doc.word(i - 1)
                && doc.tok(i - 1).hasStemIn(KEEPING)) ? i - 1
                : remembrance ? i - 2 : i;
        return commemoration(Form.TRIBUTE, p == null ? null : p.text(), start, to);
    }

    /**
     * The token of the souls a greeting is sent to ({@code تحية إكبار إلى أرواح …}, {@code تحية لروح الفقيد}), a few
     * words after it, or -1.
     */
    private int soulGreeted(int i) {
        for (int k = i + 1; k < doc.size() && k <= i + 4 && doc.word(k); k++) {
            if (doc.has(k, Vocabulary.SOUL) && (doc.is(k - 1, "الي") || doc.form(k).startsWith("ل"))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The verb that sends the greeting at {@code i} a few words before it ({@code وجّه المجتمعون تحية}), or -1: a
     * salute standing alone is a slogan.
     */
    private int sender(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5 && doc.word(k) && !doc.isSentenceEnd(k); k--) {
            if (doc.verb(k)) {
                return k;
            }
        }
        return -1;
    }

    /** A salute to the souls of the dead is a tribute to them: whom it honours follows the souls. */
    private Commemoration saluteToSouls(int from, int soul) {
        int end = r.clause(soul);
        Phrase h = doc.phrase(soul + 1, 0, end);
        return commemoration(Form.TRIBUTE, h == null ? null : h.text(), from, end);
    }

    /** {@code لذكراه}, {@code لذكراها}, {@code لذكراهم}: the remembrance with the pronoun of whom it keeps. */
    private boolean possessedMemory(int i) {
        String f = doc.form(i);
        return doc.word(i) && (f.startsWith("لذكرا") || f.startsWith("ذكرا"))
                && (f.endsWith("اه") || f.endsWith("اها") || f.endsWith("اهم"));
    }

    /**
     * {@code قررت الهيئة إطلاق اسم الفقيد على القاعة تخليداً لذكراه}: what is done "to keep the memory" of the dead
     * the text speaks of is a tribute to them, from the start of its clause; whom it honours is the last person
     * named before it.
     */
    private Commemoration keptMemory(int i) {
        int from = startOf(i - 1);
        String honoring = null;
        for (int k = i - 1; k >= 0 && honoring == null; k--) {
            Found<org.nashra.model.Person> p = r.persons().covering(k);
            honoring = p != null ? p.value().name() : null;
        }
        int end = r.clause(i);
        return commemoration(Form.TRIBUTE, honoring, from, end);
    }

    /** {@code تنعى منظمة … الرفيق المناضل X (ابو Y)}: the dead named after the body that mourns. */
    private Commemoration obituary(int i) {
        int end = r.limit(i);
        int k = i + 1;
        // ننعى الشهداء، وينعون ببالغ الحزن X: a first person, or a plural whose subject came before, names no mourner
        // after it; the dead follows, past how the death is told
        boolean mournerBefore = doc.hits(i).stream().anyMatch(h -> h.word() == Vocabulary.OBITUARY && h.isVerb()
                && h.person().isFirst()) || r.pluralAgreement(i);
        if (!mournerBefore) {
            Found<Party> subject = r.subjectAfter(i);
            int past = r.pastAsides(i);
            if (past > 0) {
                k = past; // نعى الحزب، في بيان، الأمين العام …: the dead after the subject and asides set off by commas
            } else if (subject != null) {
                k = subject.to();
            } else {
                List<Found<Party>> ps = Parties.one(r, k, end, Parties.NO_STOP);
                if (!ps.isEmpty() && !(ps.get(0).value() instanceof org.nashra.model.Person)) {
                    k = ps.get(0).to();
                }
            }
        }
        k = pastManner(k, end);
        if (doc.is(k, "الي")) {
            // ينعى X الى أبناء الجالية … الحاج Y: those told are not the dead; the dead is the person named after them
            Commemoration told = deadAfterAddressees(i, k + 1, end);
            if (told != null) {
                return told;
            }
        }
        while (k < end && doc.punct(k, "\"«“")) {
            k++; // نعت الهيئة "X" رئيس …
        }
        List<Found<Party>> dead = Parties.one(r, k, end, Parties.NO_STOP);
        if (dead.isEmpty()) {
            return null;
        }
        int to = dead.get(0).to();
        Phrase h = doc.phrase(k, 0, to);
        return commemoration(Form.TRIBUTE, h == null ? null : h.text(), i, to);
    }

    /** Words of grief: الحزن، الأسى، بألم، الأسف (folded stems). */
    public static final java.util.Set<String> GRIEF = StemSet.of("حزن", "اسي", "الم", "اسف", "لوعه");
    /** The heads of a phrase that tells how a death is told: ببالغ، بمزيد، بعميق، بقلوب، بنفوس، بكل (folded stems). */
    private static final java.util.Set<String> MANNER = StemSet.of("بالغ", "مزيد", "عميق", "قلوب", "نفوس", "كل");

    /**
     * {@code نعت النقابة ببالغ الحزن والأسى الزميل X}, {@code تنعى بمزيد من الفخر والاعتزاز الرفيق X}, {@code ببالغ
     * الحزن، والرضا بقضاء الله، نقيباً ومجلساً، فقيد الأمة}: how the death is told comes between the mourner and the
     * dead. Where the words after such a phrase at {@code k} begin (past the asides set off by commas after it), or
     * {@code k}.
     */
    private int pastManner(int k, int end) {
        if (!doc.word(k) || !doc.tok(k).reading().has(org.nashra.parser.internal.text.Clitic.BI)) {
            return k;
        }
        int j = doc.is(k + 1, "من") ? k + 2 : k + 1;
        if (j >= end || !doc.word(j) || !doc.tok(j).reading().definite()
                || !doc.tok(k).hasStemIn(MANNER) && !doc.tok(k).hasStemIn(GRIEF) && !doc.tok(j).hasStemIn(GRIEF)) {
            return k;
        }
        j++;
        while (j < end && doc.conjunction(j) > 0 && doc.tok(j).reading().definite()) {
            j++; // الحزن والأسى، الفخر والاعتزاز
        }
        while (j < end && doc.punct(j, "،,")) {
            int close = doc.clauseEnd(j + 1);
            boolean aside = close < end && close - j <= 9 && doc.punct(close, "،,")
                    && (doc.conjunction(j + 1) > 0 || r.partsInAccusative(j + 1));
            j = aside ? close : j + 1; // ، والرضا بقضاء الله وقدره، نقيباً ومجلساً،
        }
        return j;
    }

    private static final java.util.Set<String> MARTYRS = java.util.Set.of("شهدا", "الشهدا", "شهيد", "الشهيد",
            "الشهيده", "ضحايا", "الضحايا", "الراحلين", "الراحلون", "روح", "ارواح");

    private static final java.util.Set<String> PASSING = StemSet.of("رحيل", "وفاه", "استشهاد", "غياب", "رحيله",
            "وفاته", "استشهاده", "اغتيال", "اغتياله");

    /** Days and events whose anniversary is kept: يوم، عيد، انطلاقة، تأسيس، ثورة، انتفاضة، نكبة، استقلال. */
    private static final java.util.Set<String> OCCASIONS = StemSet.of("يوم", "عيد", "انطلاقه", "تاسيس", "ثوره",
            "انتفاضه", "نكبه", "نكسه", "استقلال", "معركه");

    /** Verbal nouns of keeping a memory alive: إحياء، تمجيد، تخليد، استذكار (ذكرى رحيل X kept is a tribute to X). */
    private static final java.util.Set<String> KEEPING = StemSet.of("احيا", "احياء", "تمجيد", "تخليد",
            "استذكار");

    /** {@code تمجيد مناسبة رحيل X}, {@code تخليداً لاستشهاد X}: a passing whose memory is kept, a word or two before. */
    private int keptAt(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2 && doc.word(k); k--) {
            if (doc.tok(k).hasStemIn(KEEPING) || doc.has(k, Vocabulary.HONOURING)) {
                return k;
            }
        }
        return -1;
    }

    /** The person whose passing is kept, named after it: a tribute to them. */
    private Commemoration passingKept(int start, int i) {
        int end = r.limit(i);
        List<Found<Party>> who = Parties.one(r, i + 1, end, Parties.NO_STOP);
        if (who.isEmpty() || !(who.get(0).value() instanceof org.nashra.model.Person)) {
            return null;
        }
        int to = Math.max(who.get(0).to(), namedDeadEnd(i + 1, end));
        Phrase p = doc.phrase(i + 1, 0, to);
        return commemoration(Form.TRIBUTE, p == null ? null : p.text(), start, to);
    }

    /** The end of the first person named by name or kunya a few words from {@code from} (الراحل الشاعر X), or -1. */
    private int namedDeadEnd(int from, int end) {
        for (Found<org.nashra.model.Person> p : r.persons().within(from, Math.min(end, from + 8))) {
            if (p.value().name() != null || p.value().alias() != null) {
                return p.to();
            }
        }
        // للراحل الشاعر X: the titles read as a nameless person; the name is found from a later word
        for (int j = from + 1; j < end && j < from + 4 && doc.word(j); j++) {
            for (Found<org.nashra.model.Person> p : r.entities().persons(doc, j, end)) {
                if (p.value().name() != null) {
                    return p.to();
                }
            }
        }
        return -1;
    }

    private Commemoration deadAfterAddressees(int verb, int from, int end) {
        for (int k = from; k < end; k++) {
            if (doc.word(k) && doc.has(k, Vocabulary.DECEASED)) {
                int named = namedDeadEnd(k, end);
                int to = named >= 0 ? named : r.clause(k);
                for (int j = k + 1; named < 0 && j < to; j++) {
                    if (doc.has(j, Vocabulary.RELATIVE)) {
                        to = j; // الفقيد الشاعر X الذي وافته المنية
                    }
                }
                Phrase h = doc.phrase(k, 0, to);
                return commemoration(Form.TRIBUTE, h == null ? null : h.text(), verb, to);
            }
        }
        for (Found<org.nashra.model.Person> p : r.persons().within(from, end)) {
            if (p.value().name() == null) {
                continue;
            }
            int at = p.from();
            // the honorific that opens the name, not a role before it (عضو هيئته الأسبق الحاج X)
            for (int k = p.from(); k < p.to() && !p.value().honorifics().isEmpty(); k++) {
                if (r.entities().honorific(doc, k)) {
                    at = k;
                    break;
                }
            }
            Phrase h = doc.phrase(at, 0, p.to());
            return commemoration(Form.TRIBUTE, h == null ? null : h.text(), verb, p.to());
        }
        return null;
    }

    /**
     * After a word of mourning or honouring: the dead it is for ({@code على روح الفقيد}, {@code على أرواح الشهداء},
     * {@code للفقيد}, {@code لذكراه}); {@code احتراماً للقانون}, {@code تكريماً للمتفوقين} are for no dead.
     */
    private boolean mourned(int k) {
        if (doc.is(k, "علي")) {
            k++;
        }
        if (k >= doc.size() || !doc.word(k)) {
            return false;
        }
        return doc.has(k, Vocabulary.SOUL) || doc.has(k, Vocabulary.DECEASED) || MARTYRS.contains(doc.form(k))
                || doc.form(k).startsWith("ل") && MARTYRS.contains("ال" + doc.form(k).substring(doc.form(k).startsWith("لل") ? 2 : 1));
    }

    /**
     * {@code قرر المكتب تعليق أنشطته ثلاثة أيام حداداً على روح الفقيد}, {@code إلقاء الورود في البحر ترحماً على أرواح
     * الشهداء}: an act done in mourning or honour of the dead, from the start of its clause to the end of the purpose;
     * mourning is a commemoration of form other, honouring ({@code تخليداً}, {@code تكريماً}) a tribute.
     */
    private Commemoration doneFor(int i) {
        int from = startOf(i);
        int at = doc.is(i + 1, "علي") ? i + 2 : i + 1;
        if (doc.has(at, Vocabulary.SOUL)) {
            at++;
        }
        int end = r.clause(i);
        int skip = at < end && doc.word(at) ? Parties.clitics(doc, at) : 0;
        Phrase h = at < end ? doc.phrase(at, skip, end) : null;
        boolean mourning = doc.is(i, "حدادا", "ترحما");
        return commemoration(mourning ? Form.OTHER : Form.TRIBUTE, h == null ? null : h.text(), from, end);
    }

    /** {@code تسمية القاعة باسم الراحل}, {@code إطلاق اسم الفقيد على المنحة}: a tribute to the dead named so. */
    private Commemoration namedAfter(int i) {
        int from = startOf(i);
        String honoring = null;
        for (int k = i - 1; k >= 0 && honoring == null; k--) {
            Found<org.nashra.model.Person> p = r.persons().covering(k);
            honoring = p != null ? p.value().name() : null;
        }
        Phrase dead = doc.phrase(i + 1, 0, i + 2);
        return commemoration(Form.TRIBUTE, honoring != null ? honoring : dead == null ? null : dead.text(), from,
                r.clause(i));
    }

    /**
     * The news of a death received, a word or two before the passing ({@code تلقينا نبأ رحيل}, {@code علمنا بخبر
     * وفاة}): the start of its clause, else -1.
     */
    private int newsOf(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2 && doc.word(k); k--) {
            if (doc.is(k, "نبا", "بنبا", "خبر", "بخبر")) {
                return Math.max(startOf(k), k - 8); // the clause's start, at most eight words back
            }
        }
        return -1;
    }

    /** The start of the words before {@code i} up to the sentence's start or a punctuation mark. */
    private int startOf(int i) {
        int from = i;
        while (from > 0 && doc.word(from - 1) && !doc.isSentenceEnd(from - 1) && !doc.lineStart(from)) {
            from--;
        }
        return from;
    }

    /** A tribute is already paid (the obituary that tells the news is one with it). */
    private static boolean mournedBefore(List<Commemoration> out) {
        return out.stream().anyMatch(c -> c.form() == Form.TRIBUTE);
    }

    /** {@code ينعون}, {@code نعوا}: mourners in the plural, the suffix of the verb's subject, not of its object. */
    private boolean mourners(int i) {
        String f = doc.form(i);
        return f.endsWith("ون") || f.endsWith("وا");
    }

    private Commemoration commemoration(Form form, String honoring, int from, int to) {
        int skip = doc.word(from) ? Parties.clitics(doc, from) : 0;
        Phrase p = doc.phrase(from, skip, to);
        return Commemoration.builder(form).honoring(honoring)
                .text(p == null ? null : p.text()).span(p == null ? null : p.span()).build();
    }
}
