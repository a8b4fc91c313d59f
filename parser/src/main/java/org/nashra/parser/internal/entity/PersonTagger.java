package org.nashra.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nashra.model.Gender;
import org.nashra.model.Person;
import org.nashra.model.Span;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.gazetteer.GrammaticalNumber;
import org.nashra.parser.internal.gazetteer.OrgHead;
import org.nashra.parser.internal.gazetteer.Title;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * Finds persons: honorifics and a name ({@code الرفيق النصير قادر رشيد}), a kunya in brackets or after a
 * dash ({@code (ابو شوان)}) or alone ({@code الرفيق ابو تارا}, {@code أم X}), a role before or after the
 * name ({@code سكرتيرة الرابطة الدكتورة بشرى العبيدي}, {@code … رئيس الهيئة التنسيقية}), a profession
 * before a name as its role ({@code الشاعرة رغد المعموري}), persons known only by a role
 * ({@code الرفيقين مسؤولي لجنة العمل الفكري}), and the lists a dual or plural title or role governs.
 * Thread-safe.
 *
 * <pre>{@code
 * PersonTagger tagger = PersonTagger.standard();
 * AnalyzedText t = AnalyzedText.of("والرفيقين بسام محي عضو المكتب السياسي، وسلم علي عضو اللجنة المركزية");
 * List<PersonMention> two = tagger.personsAt(t, 0);
 * two.get(1).person().name();         // "سلم علي"
 * two.get(1).person().honorifics();   // ["الرفيقين"]
 * two.get(1).person().role();         // "عضو اللجنة المركزية"
 * }</pre>
 *
 * <p>Gender comes from a singular title, then the role, the kunya (ابو/ام) and the given-name list; under a
 * dual or plural title the given name decides first ({@code الدكاترة: … رشا المصري} is female). Limits: a
 * name is at most four words; after its first word a word that starts with و، ب or ل ends it unless it is
 * a listed given name, so {@code عبد الله باشراحيل} may lose its last word; a name without any title, role
 * or kunya is read only where the caller asks for one ({@link #personAt(AnalyzedText, int, boolean)}).
 */
public final class PersonTagger {
    private static final int MAX_NAME_UNITS = 4;
    /** Titles in a row before one name (الرفيق النصير الدكتور); bounds the work at each token. */
    private static final int MAX_TITLES = 5;
    private static final int MAX_ROLE_TOKENS = 16;
    /** A profession and its adjectives before a name without a title ({@code الشاعر العراقي الشاب X}). */
    private static final int MAX_PROFESSION_TOKENS = 3;
    private static final Set<String> KUNYA = Set.of("ابو", "ابي", "ابا", "ام");
    private static final Set<String> NAME_JOINERS = Set.of("عبد", "ابو", "ابي", "ابا", "ابن", "بن", "بنت", "ال");
    private static final Set<String> NAME_TAILS = Set.of("الله", "الدين");
    /**
     * Nouns a speaker's or performer's name is followed by as the object of the verb ({@code ألقى X كلمة},
     * {@code قدم X فقرات}, {@code غنت X اغنية}); folded, indefinite; none is a name (هدية and تحية, which
     * are, are left out).
     */
    private static final Set<String> OBJECT_NOUNS = Set.of("كلمه", "كلمته", "كلمتها", "كلمات", "قصيده", "قصائد",
            "اغنيه", "اغنيات", "اغاني", "مداخله", "محاضره", "عرضا", "شرحا", "تقريرا", "بحثا", "نبذه", "لمحه",
            "فقره", "فقرات", "رساله", "برقيه", "درعا", "باقه", "شهاده", "شهادات", "مقطوعه", "مقطوعات", "وصله",
            "معزوفه", "لوحه", "لوحات", "مقاطع", "اناشيد", "نشيدا", "دبكه", "رقصه", "رقصات", "ملخصا", "دراسه", "دعوه",
            FoldedText.fold("رسائل"), "برقيات", "تهاني", "تحيات");
    /**
     * Prepositions with a pronoun suffix (folded). A word they follow governs them, as a verb or a noun
     * does ({@code X اعتذر فيها}, {@code X كلمة له}); a name word does not.
     */
    private static final Set<String> PREPOSITION_PRONOUNS = Set.of("فيه", "فيها", "فيهم", "عنه", "عنها", "عنهم",
            "له", "لها", "لهم", "اليه", "اليها", "اليهم", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "به",
            "بها", "بهم", "معه", "معها", "معهم");
    /**
     * Definite common nouns of reports that end a name ({@code … الفنان X Y الحضور}): a word of this list
     * after a name's words is never its family name. Folded stems.
     */
    private static final Set<String> REPORT_NOUNS = foldedSet(
            "حضور جمهور حاضرين حاضرون مشاركين مشاركون جميع حفل احتفال اجتماع مؤتمر ندوة أمسية وفد جالية"
                    + " ترحيب شكر تهنئة تحية مناسبة برنامج فعالية كلمة");
    /** Nouns of a post after ب (فاز X بمنصب، برئاسة، بعضوية): never a foreign family name. Folded stems. */
    private static final Set<String> POST_NOUNS = foldedSet("منصب رئاسة عضوية أمانة مهام مهمة");
    /** لدى "to, at" (سفيرة X لدى إسبانيا): the country a post is accredited to belongs to the role. */
    private static final String LADA = FoldedText.fold("لدى");
    /** بن، ابن، بنت: "son/daughter of", joining a given name to the next (الهادي بن رمضان). */
    private static final Set<String> NASAB = Set.of("بن", "ابن", "بنت");
    private static final Set<String> ROLE_PRONOUNS = Set.of("له", "لها", "لهم", "لهما", "لهن");

    private final Lexicon lex;

    public PersonTagger(Gazetteer gazetteer) {
        this.lex = new Lexicon(gazetteer);
    }

    /** A tagger over {@link Gazetteer#standard()}. */
    public static PersonTagger standard() {
        return Holder.STANDARD;
    }

    /** True when token {@code i} of {@code t} is a listed given name as written ({@code سعد}; not {@code هنأ}). */
    public boolean givenName(AnalyzedText t, int i) {
        return lex.isGivenName(t, i);
    }

    /**
     * Every person the text names with a title, a kunya or a role before a name, in order; lists governed by
     * a dual or plural title give one mention each. Persons known only by a role count where a title leads.
     */
    public List<PersonMention> persons(AnalyzedText t) {
        List<PersonMention> out = new ArrayList<>();
        int i = 0;
        while (i < t.tokens().size()) {
            List<PersonMention> found = personsAt(t, i);
            if (!found.isEmpty() && (found.get(0).person().name() != null || found.get(0).person().alias() != null
                    || !found.get(0).person().honorifics().isEmpty())) {
                out.addAll(found);
                i = found.get(found.size() - 1).endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * True when token {@code i} is a word of a name that a title introduces ({@code السيدة دانة الخطيب}):
     * a frame must not read it as a verb or a noun of its own ({@code دانة} is no form of {@code دان}).
     * Looks back at most {@value #MAX_NAME_UNITS} + {@value #MAX_TITLES} tokens.
     */
    public boolean inTitledName(AnalyzedText t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - MAX_NAME_UNITS - MAX_TITLES; j--) {
            Optional<Lexicon.Hit<Title>> title = lex.honorific(t, j);
            if (title.isPresent() && title.get().end() <= i) {
                int start = title.get().end();
                while (start < i && lex.honorific(t, start).isPresent()) {
                    start = lex.honorific(t, start).get().end();
                }
                return start <= i && !afterEponymHead(t, j) && nameEnd(t, start) > i;
            }
        }
        return false;
    }

    /** The person whose mention starts at token {@code i}: with a title, a role, a profession or a kunya. */
    public Optional<PersonMention> personAt(AnalyzedText t, int i) {
        return personAt(t, i, false);
    }

    /**
     * The person whose mention starts at token {@code i}; with {@code bareName}, a name without any title
     * is taken too (in a list of elected members: {@code سناء الربيعي رئيسةً}). The token may carry و.
     */
    public Optional<PersonMention> personAt(AnalyzedText t, int i, boolean bareName) {
        return Optional.ofNullable(parse(t, i, bareName, null)).map(Parse::mention);
    }

    /**
     * The persons a mention starting at token {@code i} lists: one, or all those a dual or plural title or
     * role governs ({@code الرفيقين A عضو …، وB عضو …}, {@code الدكاترة: A، B، وC اعضاءً},
     * {@code A وB نائبتين لها}), each with the shared title and its own or the shared role.
     */
    public List<PersonMention> personsAt(AnalyzedText t, int i) {
        return personsAt(t, i, false);
    }

    /** {@link #personsAt(AnalyzedText, int)}, taking a first name without any title when {@code bareName}. */
    public List<PersonMention> personsAt(AnalyzedText t, int i, boolean bareName) {
        Parse first = parse(t, i, bareName, null);
        if (first == null) {
            return List.of();
        }
        List<Parse> group = new ArrayList<>(List.of(first));
        boolean sharedTitle = first.titleNumber.isShared();
        int limit = first.titleNumber == GrammaticalNumber.DUAL || first.roleNumber == GrammaticalNumber.DUAL ? 2 : Integer.MAX_VALUE;
        while (group.size() < limit) {
            Parse last = group.get(group.size() - 1);
            int k = last.end;
            boolean comma = Lexicon.punct(t, k, '،') || Lexicon.punct(t, k, ',');
            if (comma) {
                k++;
            }
            boolean and = Lexicon.conjoined(t, k);
            if (!comma && !and || !sharedTitle && !last.sharedRole() && !(and && last.bare())) {
                break;
            }
            if (last.name == null && last.alias == null && endsOnPlace(t, last.end) && lex.honorific(t, k).isEmpty()) {
                break; // مندوبون عن الفروع في موسكو وسانت بطرسبورغ: the conjunct goes on with the places
            }
            Parse next = last.name == null && last.alias == null && last.role != null && last.sharedRole()
                    ? roleOnly(t, k, last) : parse(t, k, true, first);
            if (next == null || next.name == null && next.alias == null && next.role == null) {
                break;
            }
            group.add(next);
            if (!sharedTitle && !next.sharedRole() && next.role != null) {
                break;
            }
        }
        Parse tail = group.get(group.size() - 1);
        // a dual or plural role after the list (A وB نائبتين لها) or leading it (الفنانان A وB) is shared
        Parse roleSource = tail.sharedRole() ? tail : first.sharedRole() && first.name != null ? first : null;
        if (!sharedTitle && group.size() > 1 && roleSource == null) {
            group = List.of(first);
        }
        List<PersonMention> out = new ArrayList<>();
        for (Parse p : group) {
            if (p.role == null && roleSource != null) {
                p.sharedRoleFrom = roleSource;
            }
            out.add(p.mention());
        }
        return out;
    }

    /** True when a place name ends just before token {@code end} ({@code … في موسكو}). */
    private boolean endsOnPlace(AnalyzedText t, int end) {
        for (int j = Math.max(0, end - 3); j < end; j++) {
            int from = j;
            if (lex.placeName(t, from).filter(h -> h.end() == end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The second person of a dual role-only pair: {@code الرفيقين مسؤولي لجنة … ومكتب …}. */
    private Parse roleOnly(AnalyzedText t, int k, Parse governor) {
        if (!Lexicon.word(t, k) || lex.honorific(t, k).isPresent() || lex.functionWord(t, k).isPresent()) {
            return null;
        }
        Parse p = new Parse(t, k, t.tokens().get(k).reading());
        p.inherit(governor);
        int end = roleEnd(t, k, false);
        if (end <= k) {
            return null;
        }
        p.role = Cut.of(t, k, end);
        p.roleGender = governor.roleGender;
        p.roleNumber = governor.roleNumber;
        p.end = end;
        return p;
    }

    /** Reads one person at token {@code i}; {@code governor} is the first of a list whose title it shares. */
    private Parse parse(AnalyzedText t, int i, boolean bareName, Parse governor) {
        if (!Lexicon.word(t, i)) {
            return null;
        }
        if (!bareName && governor == null && lex.honorific(t, i).isEmpty() && lex.role(t, i).isEmpty()
                && kunyaEnd(t, i) == i) {
            return null; // most tokens: no title, role or kunya starts there, and no bare name is wanted
        }
        if (governor == null && afterEponymHead(t, i)) {
            return null; // asked after the cue: it looks the title up again
        }
        Parse p = new Parse(t, i, t.tokens().get(i).reading());
        if (governor != null) {
            p.inherit(governor);
        }
        int k = i;
        Optional<Lexicon.Hit<Title>> role = lex.honorific(t, k).isPresent() ? Optional.empty() : lex.role(t, k);
        if (role.isPresent()) {
            // نائبه جورج X: a role with a pronoun suffix is possessed and takes no genitive, a name follows it
            int end = lex.possessedRole(t, k) && nameEnd(t, k + 1) > k + 1 ? k + 1 : roleEnd(t, k, true);
            int longer = lex.honorific(t, end).isPresent() ? end : roleEnd(t, k, false);
            if (longer > end && lex.honorific(t, longer).isPresent()) {
                // القنصل العام في هيوستن السيد X: the role's place or constituency before the title
                end = longer;
            }
            p.firstReading = role.get().reading();
            p.role = Cut.of(t, k, role.get().reading(), end);
            p.roleGender = role.get().value().gender();
            p.roleNumber = role.get().value().number();
            p.end = end;
            k = end;
        }
        boolean titled = false;
        boolean roleFirst = p.role != null;
        for (Optional<Lexicon.Hit<Title>> h = lex.honorific(t, k); h.isPresent() && p.ownTitles.size() < MAX_TITLES;
                h = lex.honorific(t, k)) {
            Lexicon.Hit<Title> hit = h.get();
            if (p.ownTitles.isEmpty() && p.role == null) {
                p.firstReading = hit.reading();
            }
            p.ownTitles.add(Cut.of(t, hit.first(), hit.reading(), hit.end()).text());
            if (p.titleGender == null) {
                p.titleGender = hit.value().gender();
            }
            if (hit.value().number().isShared()) {
                p.titleNumber = hit.value().number();
            }
            titled = true;
            k = hit.end();
            p.end = k;
            if (p.role == null && hit.value().number() == GrammaticalNumber.SINGULAR && titleAdjective(t, k)) {
                // الأستاذة الجامعية د. X: with its adjective the title is a profession, the person's role
                p.ownTitles.remove(p.ownTitles.size() - 1);
                p.role = Cut.of(t, hit.first(), hit.reading(), k + 1);
                p.roleGender = hit.value().gender();
                k++;
                p.end = k;
            }
        }
        if (titled && p.role == null && !Lexicon.conjoined(t, k)) {
            // الزميلتين المحاميتين A وB: a profession between the title and the name is the role
            Optional<Lexicon.Hit<Title>> between = lex.role(t, k);
            if (between.isPresent() && between.get().end() == k + 1) {
                int end = roleEnd(t, k, true);
                if (nameEnd(t, end) > end) {
                    p.role = Cut.of(t, k, between.get().reading(), end);
                    p.roleGender = between.get().value().gender();
                    p.roleNumber = between.get().value().number();
                    k = end;
                    p.end = k;
                }
            }
        }
        if (titled && (Lexicon.punct(t, k, ':') || Lexicon.punct(t, k, '/'))) {
            k++; // السيد: X، الأستاذ/ X (the slash of letters and lists)
        }
        if (titled && addressAdjective(t, k) && nameEnd(t, k + 1) > k + 1) {
            k++; // المناضل الكبير X: the title's adjective, then the name
            p.end = k;
        }
        boolean named = false;
        boolean namedRole = !titled && p.role != null && (p.firstReading.definite() || p.end - p.first > 1);
        int bracketed = titled ? bracketedName(t, k) : namedRole ? roleBracketedName(t, k) : -1;
        int apposed = namedRole ? apposedName(t, k) : -1;
        if (bracketed > 0 || apposed > 0) {
            // السيد (X Y) رئيس الاتحاد، الأمين العام للنقابة، X Y،: the name set off by brackets or commas
            p.name = Cut.of(t, k + 1, nameReading(t.tokens().get(k + 1)), Math.max(bracketed, apposed));
            p.nameToken = t.tokens().get(k + 1).reading().stem();
            k = bracketed > 0 ? bracketed + 1 : apposed;
            p.end = k;
            named = true;
        } else if (kunyaEnd(t, k) > k) {
            int end = kunyaEnd(t, k);
            p.alias = Cut.of(t, k, end);
            p.kunyaGender = t.tokens().get(k).reading().stem().equals("ام") ? Gender.FEMALE : Gender.MALE;
            p.end = end;
            k = end;
            named = true;
        } else if (governor == null && Lexicon.conjoined(t, k) && Lexicon.definite(t, k)) {
            // روح الأخوة والانسجام: a title's word coordinated with a definite noun is a common noun, no name
            if (titled && p.role == null) {
                return null;
            }
        } else if (titled || bareName || governor != null || p.role != null && nameMayFollowRole(t, p, k)) {
            int end = nameEnd(t, k);
            if (end == k && titled && ownLetters(t, k) && nameEnd(t, k, true) >= k + 2) {
                // الدكتور بشارة الأسمر، السيد بلقاسم بن عودة: a title's name whose first word reads as ب and a
                // noun; with a name after it, the letter is the name's own
                end = nameEnd(t, k, true);
            }
            if (end > k) {
                Reading reading = nameReading(t.tokens().get(k));
                if (k == p.first) {
                    // a mention that starts with the name starts where the name does: بولس is no ب + ولس
                    p.firstReading = reading;
                }
                p.name = Cut.of(t, k, reading, end);
                p.nameToken = t.tokens().get(k).reading().stem();
                p.end = end;
                k = end;
                named = true;
            }
        }
        if (!named && titled && roleFirst && (k >= t.tokens().size() || !Lexicon.word(t, k))) {
            return null; // مندوبو المحليات الست، : a title closing a phrase with no name after it names no one
        }
        if (!named && p.role == null) {
            if (!titled) {
                return null;
            }
            // a person known only by a role after a title: الرفيقين مسؤولي لجنة العمل الفكري
            Optional<Lexicon.Hit<Title>> after = lex.role(t, k);
            if (after.isEmpty() || Lexicon.conjoined(t, k) || accusative(t, k)) {
                return null; // X الشيخ رئيساً: an indefinite post after a family name like a title names no one
            }
            Parse inner = parse(t, k, false, null);
            if (inner != null && inner.name != null && !inner.ownTitles.isEmpty()) {
                // سعادة سفيرة X السيدة Y: a role between two titles belongs to the one person they frame
                p.takeTitledName(inner);
                return p;
            }
            return withRoleAfter(t, p, k, after.get());
        }
        if (named) {
            k = aliasAfter(t, p, k);
            boolean comma = Lexicon.punct(t, k, '،') || Lexicon.punct(t, k, ',');
            // العضوين المؤسسين A وB، أمين الصندوق C: under a role that leads the list, a role after a comma
            // opens the next item of a list of persons
            if (p.role == null && !(comma && governor != null && governor.sharedRole())) {
                int r = comma ? k + 1 : k;
                Optional<Lexicon.Hit<Title>> after = lex.role(t, r);
                if (after.isPresent() && !Lexicon.conjoined(t, r) && !Lexicon.prepositioned(t, r)
                        && lex.honorific(t, r).isEmpty()) {
                    return withRoleAfter(t, p, r, after.get());
                }
            }
        }
        return p;
    }

    /** True when the title at {@code i} follows a place, day or prize noun in a construct ({@code شارع الشيخ}). */
    private boolean afterEponymHead(AnalyzedText t, int i) {
        if (i == 0 || t.startsLine(i) || !Lexicon.word(t, i - 1) || lex.honorific(t, i).isEmpty()) {
            return false;
        }
        return lex.eponymHead(t, i - 1);
    }

    private static Set<String> foldedSet(String words) {
        return Lexicon.foldedSet(words);
    }

    private Parse withRoleAfter(AnalyzedText t, Parse p, int k, Lexicon.Hit<Title> role) {
        int end = roleEnd(t, k, false);
        p.role = Cut.of(t, k, role.reading(), end);
        p.roleGender = role.value().gender();
        p.roleNumber = role.value().number();
        p.end = end;
        return p;
    }

    /**
     * True when token {@code k}, after a title, is its nisba adjective and another title follows
     * ({@code الأستاذة الجامعية د.}): a word between two titles is no name.
     */
    private boolean titleAdjective(AnalyzedText t, int k) {
        if (!Lexicon.word(t, k) || lex.isGivenName(t, k) || lex.honorific(t, k + 1).isEmpty()) {
            return false;
        }
        Reading r = t.tokens().get(k).reading();
        return r.definite() && r.cliticsWithin(Clitic.AL) && (r.stem().endsWith("ي") || r.stem().endsWith("يه"));
    }

    /**
     * True when token {@code k}, read as ب or ل and a noun ({@code بشارة}, {@code بلقاسم}, {@code لمى}), may be a given
     * name of its own letters: no article after the letter ({@code بالإضافة}), and no feminine noun unless a name
     * follows it (a listed given name, {@code بن}, a family name with the article: {@code بشارة الأسمر}); {@code بورقة
     * عمل} is what the title's person did.
     */
    private boolean ownLetters(AnalyzedText t, int k) {
        if (!Lexicon.prepositioned(t, k) || !Lexicon.word(t, k + 1) || t.tokens().get(k).reading().definite()) {
            return false;
        }
        Reading r = t.tokens().get(k).reading();
        Reading next = t.tokens().get(k + 1).reading();
        // بورقة عمل، بكلمة قصيرة: a feminine noun after ب is what the title's person did, unless a name follows it
        return !r.stem().endsWith("ه") || lex.isGivenName(t, k + 1) || NASAB.contains(t.tokens().get(k + 1).text())
                || next.definite() && next.cliticsWithin(Clitic.AL);
    }

    /** The reading of a name's first word: a leading و is a conjunction, ب or ل are its own letters (بلقيس). */
    private static Reading nameReading(Token token) {
        for (Reading r : token.readings()) {
            if (r.affixes().stream().allMatch(a -> a.clitic().isConjunction())) {
                return r;
            }
        }
        return token.reading();
    }

    /**
     * True when a name may follow a role that no title follows: after a definite head, alone or with one or
     * two adjectives (المندوبة X، الفنان الكبير X، الشاعر العراقي الشاب X), or before a known given name.
     */
    private boolean nameMayFollowRole(AnalyzedText t, Parse p, int k) {
        if (latinWord(t, k)) {
            return p.firstReading.definite(); // الناشطة الألمانية Anna Berg
        }
        if (!Lexicon.word(t, k) || Lexicon.definite(t, k) || Lexicon.conjoined(t, k) || Lexicon.prepositioned(t, k)) {
            return false;
        }
        return p.firstReading.definite() && definiteOnly(t, p.first, p.end) || lex.isGivenName(t, k);
    }

    /** True when tokens [from, to) are definite, the ones after the first with the article only: a head and its adjective (الفنان الكبير). */
    private static boolean definiteOnly(AnalyzedText t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Lexicon.word(t, k) || !t.tokens().get(k).reading().definite()
                    || k > from && !t.tokens().get(k).reading().cliticsWithin(Clitic.AL)) {
                return false;
            }
        }
        return to - from <= MAX_PROFESSION_TOKENS;
    }

    /** The end of a kunya at token {@code k} (ابو تارا، أم سلام، ابو عبد الله), or {@code k}. */
    private int kunyaEnd(AnalyzedText t, int k) {
        if (!Lexicon.word(t, k) || !KUNYA.contains(t.tokens().get(k).reading().stem())) {
            return k;
        }
        // (أبو وضّاح): a bracket closing after the word shows its و is its own letter
        if (!nameWord(t, k + 1) || Lexicon.conjoined(t, k + 1) && !lex.isGivenName(t, k + 1)
                && !Lexicon.punct(t, k + 2, ')')) {
            return k;
        }
        int end = k + 2;
        if (t.tokens().get(k + 1).is("عبد") && Lexicon.word(t, k + 2)) {
            end++;
        }
        return end;
    }

    /** A kunya after the name, in brackets or after a dash: {@code قادر رشيد (ابو شوان)}. */
    private int aliasAfter(AnalyzedText t, Parse p, int k) {
        if (p.alias != null) {
            return k;
        }
        if (Lexicon.punct(t, k, '(')) {
            int end = kunyaEnd(t, k + 1);
            if (end > k + 1 && Lexicon.punct(t, end, ')')) {
                p.alias = Cut.of(t, k + 1, end);
                p.kunyaGender = t.tokens().get(k + 1).reading().stem().equals("ام") ? Gender.FEMALE : Gender.MALE;
                p.end = end + 1;
                return end + 1;
            }
        } else if (Lexicon.punct(t, k, '–') || Lexicon.punct(t, k, '-')) {
            int end = kunyaEnd(t, k + 1);
            if (end > k + 1) {
                p.alias = Cut.of(t, k + 1, end);
                p.kunyaGender = t.tokens().get(k + 1).reading().stem().equals("ام") ? Gender.FEMALE : Gender.MALE;
                p.end = end;
                return end;
            }
        }
        return k;
    }

    /**
     * A name in brackets or quotes right after a title ({@code السيد (X Y)}, {@code الرفيق «X Y»}): the token of
     * the closing mark when a whole name fills them, else -1.
     */
    private int bracketedName(AnalyzedText t, int k) {
        boolean open = Lexicon.punct(t, k, '(') || Lexicon.punct(t, k, '«') || Lexicon.punct(t, k, '"')
                || Lexicon.punct(t, k, '“');
        int end = open ? nameEnd(t, k + 1) : k;
        boolean close = Lexicon.punct(t, end, ')') || Lexicon.punct(t, end, '»') || Lexicon.punct(t, end, '"')
                || Lexicon.punct(t, end, '”');
        return end > k + 1 && close ? end : -1;
    }

    /**
     * {@link #bracketedName} after a role without a title ({@code رئيس نقابة الأطباء (X Y)}): a role is no title,
     * so one bracketed word may be a note on it ({@code (سابقاً)}); only a name of two words or more counts.
     */
    private int roleBracketedName(AnalyzedText t, int k) {
        int close = bracketedName(t, k);
        return close >= k + 3 ? close : -1;
    }

    /**
     * A name in apposition after a definite role, between commas ({@code الأمين العام للنقابة، X Y، كلمة}):
     * the end of the name when it has two words or more, none with the article first, and a comma, a
     * bracket or the end of the sentence closes it; else -1. One word between commas may be anything.
     */
    private int apposedName(AnalyzedText t, int k) {
        if (!(Lexicon.punct(t, k, '،') || Lexicon.punct(t, k, ',')) || !Lexicon.word(t, k + 1) || Lexicon.definite(t, k + 1)
                || Lexicon.conjoined(t, k + 1) || Lexicon.prepositioned(t, k + 1) && !lex.isGivenName(t, k + 1)) {
            return -1;
        }
        int end = nameEnd(t, k + 1);
        Token head = t.tokens().get(k + 1);
        // كلمة قصيرة، رسالة مؤثرة: a feminine noun and its adjective, no name
        boolean nounPhrase = OBJECT_NOUNS.contains(head.text()) || end == k + 3 && !lex.isGivenName(t, k + 1)
                && head.text().endsWith("ه") && t.tokens().get(k + 2).text().endsWith("ه");
        boolean closed = !nounPhrase && end < t.tokens().size() && (Lexicon.punct(t, end, '،') || Lexicon.punct(t, end, ',')
                || Lexicon.punct(t, end, '.') || Lexicon.punct(t, end, '('));
        return end >= k + 3 && closed ? end : -1;
    }

    /** True when token {@code k} may be a word of a name: a word that is no function word, title or head. */
    private boolean nameWord(AnalyzedText t, int k) {
        return Lexicon.word(t, k) && (lex.functionWord(t, k).isEmpty() || titledGivenName(t, k))
                && lex.honorific(t, k).isEmpty()
                && !PREPOSITION_PRONOUNS.contains(t.tokens().get(k).text())
                && lex.role(t, k).isEmpty() && lex.orgHead(t, k).isEmpty() && lex.placeWord(t, k).isEmpty();
    }

    /**
     * True when token {@code k} is a listed given name that also writes a function word ({@code باسم} "on behalf
     * of") and stands right after a title ({@code السيد باسم …}, {@code د. باسم …}): a title governs a name, never
     * a preposition, so the name reading wins there and nowhere else.
     */
    private boolean titledGivenName(AnalyzedText t, int k) {
        if (!lex.isGivenName(t, k) || t.text(t.tokens().get(k)).endsWith("ى")) {
            return false; // folding makes على the name علي; written with ى it is the preposition all the same
        }
        for (int i = Math.max(0, k - 3); i < k; i++) {
            Optional<Lexicon.Hit<Title>> title = lex.honorific(t, i);
            if (title.isPresent() && title.get().end() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a name starting at token {@code k}: up to {@value #MAX_NAME_UNITS} words, {@code عبد X},
     * {@code ابن X} and {@code X الله/الدين} counting as one; one family name with the article, a second
     * only as a nisba ({@code نوال كاظم الساعدي}); nothing indefinite after a family name.
     */
    /**
     * True when token {@code j} is written with tanween ({@code مراقباً}, {@code عامّاً}): an indefinite noun or
     * adjective, the post after a name ({@code انتخب X مراقباً عاماً}), never a word of the name.
     */
    private static boolean tanween(AnalyzedText t, int j) {
        Token token = t.tokens().get(j);
        String written = token.span().of(t.original());
        for (int c = 0; c < written.length(); c++) {
            char ch = written.charAt(c);
            if (ch >= '\u064B' && ch <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    /** True when token {@code k} is an indefinite noun in the accusative: {@code رئيساً}, {@code نائبا}. */
    private static boolean accusative(AnalyzedText t, int k) {
        Reading r = t.tokens().get(k).reading();
        // written, not folded: أعضاء folds to اعضا
        return !r.definite() && (tanween(t, k) || t.text(t.tokens().get(k)).endsWith("ا") && r.stem().length() > 3);
    }

    private int nameEnd(AnalyzedText t, int k) {
        return nameEnd(t, k, false);
    }

    /**
     * {@link #nameEnd(AnalyzedText, int)}; with {@code ownLetters} a first word that reads as ب or ل and a noun
     * ({@code بشارة}, {@code بلقاسم}, {@code لمياء}) is a name word all the same.
     */
    private int nameEnd(AnalyzedText t, int k, boolean ownLetters) {
        if (latinWord(t, k)) {
            return latinNameEnd(t, k);
        }
        if (!nameWord(t, k) || Lexicon.prepositioned(t, k) && !lex.isGivenName(t, k) && !ownLetters || tanween(t, k)
                || noFirstName(t, k)) {
            return k;
        }
        int j = k;
        int units = 0;
        boolean family = false;
        boolean surnameFirst = false;
        while (j < t.tokens().size() && units < MAX_NAME_UNITS) {
            if (j > k && titleInName(t, j)) {
                j++; // هشام السيد الشناوي، ليلى الحاج،: a title that introduces no name of its own is a word of this one
                units++;
                continue;
            }
            if (j > k) {
                if (!nameWord(t, j) || surnameFirst || t.startsLine(j) || tanween(t, j)) {
                    break;
                }
                Token token = t.tokens().get(j);
                Reading r = token.reading();
                boolean clitic = r.affixes().stream().anyMatch(a -> a.clitic() != Clitic.AL);
                // الشيخ إدريس ببنزرت: ب + a known place says where, it is no foreign family name
                if (clitic && !lex.isGivenName(t, j) && (POST_NOUNS.contains(r.stem()) || lex.placeName(t, j).isPresent()
                        || !(foreignLooking(r) && endsName(t, j + 1)))) {
                    break;
                }
                // X منصب الأمين العام، X أمانة الصندوق: a post noun in construct ends the name
                if (POST_NOUNS.contains(r.stem()) && Lexicon.definite(t, j + 1)) {
                    break;
                }
                if (nounWithAdjective(t, j) || OBJECT_NOUNS.contains(token.text())
                        || Lexicon.word(t, j + 1) && PREPOSITION_PRONOUNS.contains(t.tokens().get(j + 1).text())) {
                    break;
                }
                if (r.definite() && REPORT_NOUNS.contains(r.stem())) {
                    break;
                }
                if (r.definite() && !clitic) {
                    if (family && !r.stem().endsWith("ي")) {
                        break;
                    }
                    family = true;
                } else if (family) {
                    break;
                }
            } else if (Lexicon.definite(t, j)) {
                String stem = t.tokens().get(j).reading().stem();
                if (stem.endsWith("ين") || stem.endsWith("ون") || stem.endsWith("ات")) {
                    return k; // a plural (الانصار الشيوعيين) is no name
                }
                // الساعدي alone is a surname; الهادي بن رمضان is a given name with its nasab
                surnameFirst = stem.endsWith("ي") && !lex.isGivenName(t, j)
                        && !(j + 1 < t.tokens().size() && NASAB.contains(t.tokens().get(j + 1).text()));
            }
            String word = t.tokens().get(j).text();
            j++;
            if (NAME_JOINERS.contains(word) && nameWord(t, j)) {
                j++;
                if (NASAB.contains(word) && Lexicon.word(t, j) && !NASAB.contains(t.tokens().get(j).text())
                        && !Lexicon.definite(t, j)) {
                    // الهادي بن رمضان كلمة …: after the nasab only another بن or a family name follows
                    units = MAX_NAME_UNITS;
                }
            }
            if (Lexicon.word(t, j) && NAME_TAILS.contains(t.tokens().get(j).text())) {
                j++;
            }
            units++;
        }
        return j;
    }

    /**
     * True when the singular title at token {@code j}, right after a word of a name, introduces no name of its own:
     * a stop follows it ({@code ليلى الحاج،}), or one family name with the article and then a stop
     * ({@code هشام السيد الشناوي،}) — many names carry السيد، الحاج or الشيخ as a father's or family name, and
     * two persons are never written side by side without a comma or و.
     */
    private boolean titleInName(AnalyzedText t, int j) {
        Optional<Lexicon.Hit<Title>> h = lex.honorific(t, j);
        if (h.isEmpty() || h.get().end() != j + 1 || h.get().value().number() != GrammaticalNumber.SINGULAR
                || !Lexicon.definite(t, j) || Lexicon.conjoined(t, j) || Lexicon.prepositioned(t, j)) {
            return false;
        }
        int n = j + 1;
        if (closes(t, n)) {
            return true;
        }
        return Lexicon.definite(t, n) && nameWord(t, n) && !Lexicon.conjoined(t, n) && !Lexicon.prepositioned(t, n)
                && !t.startsLine(n) && closes(t, n + 1);
    }

    /** True when token {@code k} closes a name: a comma or a stop, a line's start, or the end of the text. */
    private static boolean closes(AnalyzedText t, int k) {
        return k >= t.tokens().size() || t.startsLine(k) || Lexicon.punct(t, k, '،') || Lexicon.punct(t, k, ',')
                || Lexicon.punct(t, k, '.');
    }

    /**
     * Adjectives a title or an addressee takes ({@code الأخوة الأعزاء}, {@code السادة الأعضاء الكرام},
     * {@code المناضل الكبير}): with the article, never the first word of a name. Folded stems.
     */
    private static final Set<String> ADDRESS_ADJECTIVES = foldedSet(
            "أعزاء كرام أفاضل أكارم أحبة أجلاء أوفياء محترم محترمة محترمين عزيز عزيزة كريم كريمة فاضل فاضلة"
                    + " غالي غالية كبير كبيرة جليل جليلة");

    /** True when token {@code k} is an adjective of address with the article only ({@code الأعزاء}, {@code الكبير}). */
    private boolean addressAdjective(AnalyzedText t, int k) {
        if (!Lexicon.word(t, k) || lex.isGivenName(t, k)) {
            return false;
        }
        Reading r = t.tokens().get(k).reading();
        return r.definite() && r.cliticsWithin(Clitic.AL) && ADDRESS_ADJECTIVES.contains(r.stem());
    }

    /**
     * True when token {@code k} cannot begin a name: an adjective of address with the article
     * ({@code الأعزاء}), a verbal noun with a possessive ({@code إقامته}, {@code ولايتها}), a verb in the
     * present with an object pronoun ({@code يعاونه}), a noun a speaker is the subject of ({@code رسالة}), or
     * a plural with its adjective ({@code جامعات فلسطينية}). A listed given name always may.
     */
    private boolean noFirstName(AnalyzedText t, int k) {
        if (lex.isGivenName(t, k)) {
            return false;
        }
        Reading r = t.tokens().get(k).reading();
        String stem = r.stem();
        if (r.definite()) {
            return addressAdjective(t, k);
        }
        boolean possessed = stem.length() >= 5 && (stem.endsWith("ته") || stem.endsWith("تها") || stem.endsWith("تهم"));
        boolean verb = stem.length() >= 5 && stem.startsWith("ي") && (stem.endsWith("ه") || stem.endsWith("ها")
                || stem.endsWith("هم")) && !stem.endsWith("يه");
        return possessed || verb || OBJECT_NOUNS.contains(t.tokens().get(k).text()) || nounWithAdjective(t, k);
    }

    /**
     * True when token {@code k} is a word in Latin letters written as a name is: a capital, then a small letter
     * ({@code Anna}, {@code McDonald}); an acronym ({@code UNICEF}) or a small word is no name.
     */
    private static boolean latinWord(AnalyzedText t, int k) {
        if (k < 0 || k >= t.tokens().size() || t.tokens().get(k).kind() != Token.Kind.LATIN) {
            return false;
        }
        String written = t.tokens().get(k).span().of(t.original());
        return written.length() > 1 && Character.isUpperCase(written.charAt(0))
                && written.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    /**
     * The end of a name in Latin letters starting at token {@code k}: up to {@value #MAX_NAME_UNITS} such
     * words on the line, a hyphen joining two of them ({@code Anna-Lena Berg}).
     */
    private static int latinNameEnd(AnalyzedText t, int k) {
        int j = k + 1;
        int units = 1;
        while (j < t.tokens().size() && units < MAX_NAME_UNITS && !t.startsLine(j)) {
            if (latinWord(t, j)) {
                j++;
                units++;
            } else if (t.tokens().get(j).isPunct('-') && latinWord(t, j + 1) && !t.startsLine(j + 1)
                    && t.tokens().get(j).span().start() == t.tokens().get(j - 1).span().end()) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * True when tokens {@code j, j+1} are a sound feminine plural and an indefinite feminine adjective
     * ({@code فقرات متنوعة}, {@code كلمات مؤثرة}: a non-human plural takes a feminine singular adjective) or a
     * definite noun it governs ({@code فقرات الحفل}); no sequence of name words does that, so the name ended
     * before {@code j}.
     */
    private boolean nounWithAdjective(AnalyzedText t, int j) {
        if (!Lexicon.word(t, j + 1) || lex.isGivenName(t, j) || lex.isGivenName(t, j + 1)) {
            return false;
        }
        Token noun = t.tokens().get(j);
        Token next = t.tokens().get(j + 1);
        if (!noun.reading().stem().endsWith("ات") || noun.reading().definite()) {
            return false;
        }
        if (next.reading().definite()) {
            // فقرات الحفل: a construct; a definite nisba after it is a family name (بركات الحلبي)
            return next.reading().cliticsWithin(Clitic.AL) && !next.reading().stem().endsWith("ي");
        }
        return next.text().length() >= 4 && next.text().endsWith("ه");
    }

    /** True when a ب/ل/و word read as clitic + stem has no article nor ة, so it may be a foreign name (لارسون). */
    private static boolean foreignLooking(Reading r) {
        // بباقة is ب + باقة: a foreign name does not end in the feminine ة
        return !r.definite() && r.affixes().stream().noneMatch(a -> a.clitic().isConjunction())
                && !r.stem().endsWith("ه");
    }

    /** True when a name may end before token {@code k}: punctuation, a role, a title, a conjunct or the end. */
    private boolean endsName(AnalyzedText t, int k) {
        return k >= t.tokens().size() || t.tokens().get(k).isPunct() || Lexicon.conjoined(t, k)
                || lex.role(t, k).isPresent() || lex.honorific(t, k).isPresent()
                || lex.functionWord(t, k).isPresent() // فرانسوا لوكلير عن الرابطة
                || Lexicon.prepositioned(t, k); // آزاد برزنجي بأغانيه
    }

    /**
     * The end of a role whose head is token {@code k}: the head's noun phrase, a coordinated role
     * ({@code الكاتب والباحث}), and after the name also {@code في X}, {@code لدى X}, {@code عن X}, {@code لها} and
     * {@code – فرع X}; a role before a name stops at its title.
     */
    private int roleEnd(AnalyzedText t, int k, boolean beforeName) {
        int end = NounPhrase.end(t, lex, k, MAX_ROLE_TOKENS);
        int limit = Math.min(t.tokens().size(), k + MAX_ROLE_TOKENS);
        while (end < limit && !t.startsLine(end)) {
            Token token = t.tokens().get(end);
            if (Lexicon.conjoined(t, end) && lex.role(t, end).isPresent() && lex.honorific(t, end).isEmpty()) {
                end = NounPhrase.end(t, lex, end, MAX_ROLE_TOKENS);
            } else if (beforeName) {
                break;
            } else if (token.isWord() && ROLE_PRONOUNS.contains(token.text())) {
                end++;
            } else if ((token.is("في") || token.is(LADA) || token.is("عن") && representedBody(t, end + 1))
                    && Lexicon.word(t, end + 1)
                    && lex.functionWord(t, end + 1).isEmpty() && lex.honorific(t, end + 1).isEmpty()
                    && !Lexicon.conjoined(t, end + 1) && !Lexicon.prepositioned(t, end + 1)) {
                int next = NounPhrase.end(t, lex, end + 1, MAX_ROLE_TOKENS);
                if (next <= end + 1 && !Lexicon.definite(t, end + 1) && lex.placeName(t, end + 1).isEmpty()) {
                    break;
                }
                end = next;
            } else if (!beforeName && Lexicon.has(t, end, Clitic.BI) && !Lexicon.conjoined(t, end)
                    && (lex.orgHead(t, end).isPresent() || lex.placeWord(t, end).isPresent())) {
                // استاذ الهندسة بجامعة رايس، منسقة لجنة الشباب بمدينة شارلروا: where the post is held
                end = Math.max(end + 1, NounPhrase.end(t, lex, end, MAX_ROLE_TOKENS));
            } else if ((token.isPunct('–') || token.isPunct('-')) && lex.orgHead(t, end + 1)
                    .filter(h -> h.value().kind() == OrgHead.Kind.BRANCH).isPresent()) {
                end = NounPhrase.end(t, lex, end + 1, MAX_ROLE_TOKENS, true);
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * True when token {@code k} after عن names what a post represents (عضو البرلمان عن حزب اليسار، عن دائرة
     * X، عن السويد), not the topic of a talk ({@code تحدث X عن الهجرة}).
     */
    private boolean representedBody(AnalyzedText t, int k) {
        return lex.orgHead(t, k).isPresent() || lex.placeWord(t, k).isPresent() || lex.placeName(t, k).isPresent();
    }

    /** A person being read; {@link #mention()} makes the value. */
    private final class Parse {
        final AnalyzedText t;
        final int first;
        Reading firstReading;
        int end;
        final List<String> ownTitles = new ArrayList<>();
        List<String> sharedTitles = List.of();
        Gender titleGender;
        GrammaticalNumber titleNumber = GrammaticalNumber.SINGULAR;
        Cut name;
        String nameToken;
        Cut alias;
        Gender kunyaGender;
        Cut role;
        Gender roleGender;
        GrammaticalNumber roleNumber = GrammaticalNumber.SINGULAR;
        Parse sharedRoleFrom;

        Parse(AnalyzedText t, int first, Reading firstReading) {
            this.t = t;
            this.first = first;
            this.firstReading = firstReading;
            this.end = first;
        }

        /** Takes the role, further titles and name that {@code inner}, read after this one's titles, found. */
        void takeTitledName(Parse inner) {
            role = inner.role;
            roleGender = inner.roleGender;
            roleNumber = inner.roleNumber;
            ownTitles.addAll(inner.ownTitles);
            titleGender = titleGender != null ? titleGender : inner.titleGender;
            name = inner.name;
            nameToken = inner.nameToken;
            alias = inner.alias;
            kunyaGender = inner.kunyaGender;
            end = inner.end;
        }

        /** Takes the titles a list's first person shares with the rest. */
        void inherit(Parse governor) {
            sharedTitles = governor.titleNumber.isShared() ? List.copyOf(governor.allTitles()) : List.of();
            titleGender = governor.titleNumber.isShared() ? governor.titleGender : null;
            titleNumber = governor.titleNumber;
        }

        List<String> allTitles() {
            List<String> all = new ArrayList<>(sharedTitles);
            all.addAll(ownTitles);
            return all;
        }

        boolean sharedRole() {
            return role != null && roleNumber.isShared();
        }

        /** True for a bare name: no title, role or kunya. */
        boolean bare() {
            return allTitles().isEmpty() && role == null && alias == null;
        }

        Gender gender() {
            Gender named = nameToken == null ? null : lex.gazetteer().givenNameGender(nameToken).orElse(null);
            Gender roleG = role != null ? roleGender : sharedRoleFrom != null ? sharedRoleFrom.roleGender : null;
            List<Gender> order = titleNumber.isShared()
                    ? java.util.Arrays.asList(named, kunyaGender, titleGender, roleG)
                    : java.util.Arrays.asList(titleGender, roleG, kunyaGender, named);
            for (Gender g : order) {
                if (g != null) {
                    return g;
                }
            }
            return null;
        }

        PersonMention mention() {
            String roleText = role != null ? role.text() : sharedRoleFrom != null ? sharedRoleFrom.role.text() : null;
            Span span = Cut.of(t, first, firstReading, end).span();
            Person person = Person.builder().name(name == null ? null : name.text())
                    .alias(alias == null ? null : alias.text()).honorifics(allTitles()).role(roleText)
                    .gender(gender()).span(span).build();
            return new PersonMention(person, first, end, titleNumber.isShared() || sharedRole());
        }
    }

    private static final class Holder {
        static final PersonTagger STANDARD = new PersonTagger(Gazetteer.standard());
    }
}
