package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nashra.model.Gender;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Span;
import org.nashra.parser.internal.text.FoldedText;

/**
 * A small stand-in for the entity taggers of {@code internal.entity}, so the
 * frames can be built and tested before those land. To be replaced by them.
 */
public final class InterimEntities implements Entities {

    private static final Word HONORIFIC = Word.exact("رفيق", "رفيقة", "رفيقين", "رفيقتين", "رفاق", "رفيقات", "نصير",
            "نصيرة", "انصار", "دكتور", "دكتورة", "دكاترة", "د", "أستاذ", "أستاذة", "أساتذة", "أخ", "أخت", "سيد", "سيدة",
            "سادة", "سيدات", "حاج", "حاجة", "شيخ", "مهندس", "مهندسة", "زميل", "زميلة", "مناضل", "مناضلة", "بروفيسور",
            "فقيد", "فقيدة", "راحل", "راحلة", "محامي", "محامية");
    private static final Word ROLE = Word.noun("رئيس", "نائب", "سكرتير", "عضو", "مسؤول", "ممثل", "منسق", "مدير",
            "أمين", "مقرر", "ناطق", "أستاذ", "رئيسة", "نائبة", "سكرتيرة", "عضوة", "مسؤولة", "ممثلة", "منسقة", "مديرة",
            "أمينة", "مقررة", "أستاذة").or(Word.exact("مسؤولي", "ممثلي", "ممثلو", "أعضاء", "رئيسا", "نائبا"));
    private static final Word PROFESSION = Word.noun("شاعر", "شاعرة", "فنان", "فنانة", "كاتب", "كاتبة", "باحث",
            "باحثة", "مندوب", "مندوبة", "صحفي", "صحفية", "مخرج", "مخرجة", "الفنان", "المطرب", "مطربة");
    private static final Word ORG_HEAD = Word.noun("حزب", "رابطة", "منظمة", "جمعية", "اتحاد", "نقابة", "لجنة",
            "مكتب", "هيئة", "نادي", "تجمع", "جبهة", "حركة", "تحالف", "منتدى", "مركز", "مجلس", "بلدية", "سفارة",
            "وزارة", "جامعة", "مكتبة", "فرقة", "منسقية", "كتلة", "برلمان", "حكومة", "شركة", "مؤسسة", "غرفة", "قيادة",
            "سكرتارية", "إدارة", "رئاسة", "أمانة", "ائتلاف", "منظمات", "فروع", "جمعيات").or(Word.exact("النادي"));
    private static final Word ORGAN = Word.exact("الهيئة", "اللجنة", "المكتب", "إدارة", "رئاسة", "منسقية", "سكرتارية",
            "الأمانة", "القيادة", "المجلس");
    private static final Word KUNYA = Word.exact("أبو", "ابو", "أم", "ابا", "أبي");
    private static final Word STOP = Word.exact("في", "الى", "إلى", "على", "عن", "من", "مع", "ضد", "حول", "خلال", "منذ",
            "بعد", "قبل", "عبر", "الذي", "التي", "الذين", "اللواتي", "كما", "ثم", "حيث", "وذلك", "يوم", "مساء", "صباح",
            "بين", "لدى", "امام", "أمام", "بحضور", "برئاسة", "بمشاركة", "تحت", "بصفة", "ضمن", "فيما", "بينما", "وفي");
    private static final Lexicon LEX = Lexicon.of(List.of(HONORIFIC, ROLE, PROFESSION, ORG_HEAD, ORGAN, KUNYA, STOP));

    private static final Map<String, String> COUNTRIES = folded(Map.ofEntries(
            Map.entry("السويد", "SE"), Map.entry("كندا", "CA"), Map.entry("استراليا", "AU"), Map.entry("الدنمارك", "DK"),
            Map.entry("هولندا", "NL"), Map.entry("بلجيكا", "BE"), Map.entry("المانيا", "DE"), Map.entry("بريطانيا", "GB"),
            Map.entry("بولندا", "PL"), Map.entry("هنغاريا", "HU"), Map.entry("روسيا", "RU"), Map.entry("فرنسا", "FR"),
            Map.entry("العراق", "IQ"), Map.entry("لبنان", "LB"), Map.entry("السودان", "SD"), Map.entry("سوريا", "SY"),
            Map.entry("اليمن", "YE"), Map.entry("مصر", "EG"), Map.entry("النمسا", "AT"), Map.entry("النرويج", "NO"),
            Map.entry("فنلندا", "FI"), Map.entry("اسبانيا", "ES"), Map.entry("ايطاليا", "IT"), Map.entry("امريكا", "US"),
            Map.entry("السويدية", "SE"), Map.entry("البريطاني", "GB"), Map.entry("البريطانية", "GB"),
            Map.entry("الفرنسية", "FR"), Map.entry("الالمانية", "DE"), Map.entry("الكندية", "CA")));
    private static final Map<String, String> CITIES = folded(Map.ofEntries(
            Map.entry("مالمو", "SE"), Map.entry("ستوكهولم", "SE"), Map.entry("غوتنبرغ", "SE"), Map.entry("غونتبرغ", "SE"),
            Map.entry("أوبسالا", "SE"), Map.entry("اوبسالا", "SE"), Map.entry("لينشوبينغ", "SE"), Map.entry("أوميو", "SE"),
            Map.entry("لندن", "GB"), Map.entry("مانشستر", "GB"), Map.entry("برلين", "DE"), Map.entry("هانوفر", "DE"),
            Map.entry("هامبورغ", "DE"), Map.entry("كولونيا", "DE"), Map.entry("باريس", "FR"), Map.entry("سدني", "AU"),
            Map.entry("مونتريال", "CA"), Map.entry("اوتاوا", "CA"), Map.entry("بغداد", "IQ"), Map.entry("البصرة", "IQ"),
            Map.entry("بيروت", "LB"), Map.entry("الخرطوم", "SD"), Map.entry("كيبيك", "CA")));
    private static final Set<String> REGION_HEADS = Set.of("جنوب", "شمال", "غرب", "شرق", "وسط");
    private static final Set<String> VENUE_HEADS = Set.of("قاعه", "مقر", "فندق", "صاله", "مركز", "مكتبه", "ضاحيه",
            "حي", "البيت", "نادي", "جامعه", "الدائره", "مقبره", "مستشفي", "ساحه", "كنيسه", "مسجد", "مسرح", "المقر");

    @Override
    public Found<Person> person(Doc doc, int at, int limit) {
        int i = at;
        List<String> honorifics = new ArrayList<>();
        String role = null;
        Span roleSpan = null;
        // a role before the name: سكرتيرة الرابطة الدكتورة بشرى, الشاعرة رغد
        if (is(doc, i, PROFESSION) && i + 1 < limit && doc.tok(i + 1).isWord()) {
            role = cut(doc, i, i + 1);
            i++;
        } else if (is(doc, i, ROLE)) {
            int j = i + 1;
            while (j < limit && j < i + 5 && doc.tok(j).isWord() && !is(doc, j, HONORIFIC)) {
                j++;
            }
            if (j < limit && is(doc, j, HONORIFIC)) {
                role = cut(doc, i, j);
                i = j;
            }
        }
        while (i < limit && is(doc, i, HONORIFIC)) {
            honorifics.add(cut(doc, i, i + 1));
            i++;
            if (i < limit && doc.tok(i).isPunct(".")) {
                i++;
            }
        }
        int nameStart = i;
        while (i < limit && i < nameStart + 4 && doc.tok(i).isWord() && !is(doc, i, ROLE) && !is(doc, i, STOP)
                && !is(doc, i, KUNYA) && !(i > nameStart && doc.form(i).startsWith("و") && doc.form(i).length() > 3
                && !doc.form(i).startsWith("وا"))) {
            i++;
        }
        String name = i > nameStart ? cut(doc, nameStart, i) : null;
        String alias = null;
        int k = i;
        boolean paren = k < limit && doc.tok(k).isPunct("(");
        if (paren) {
            k++;
        }
        if (k + 1 < limit && is(doc, k, KUNYA) && doc.tok(k + 1).isWord()) {
            alias = cut(doc, k, k + 2);
            k += 2;
            if (paren && k < limit && doc.tok(k).isPunct(")")) {
                k++;
            }
            i = k;
        } else if (name != null && doc.form(nameStart).matches("(ابو|ام|ابا)") && i - nameStart >= 2) {
            alias = name;
            name = null;
        }
        if (honorifics.isEmpty() && role == null && alias == null) {
            return null;
        }
        if (name == null && alias == null && role == null) {
            return null;
        }
        int end = i;
        if (role == null) {
            int j = i;
            if (j < limit && doc.tok(j).isPunct("،,")) {
                j++;
            }
            if (j < limit && is(doc, j, ROLE)) {
                int r = j + 1;
                while (r < limit && r < j + 9 && doc.tok(r).isWord() && !is(doc, r, HONORIFIC)
                        && !(doc.form(r).startsWith("و") && (is(doc, r, HONORIFIC) || is(doc, r, ROLE)))) {
                    r++;
                }
                role = cut(doc, j, r);
                end = r;
            }
        }
        if (name == null && alias == null && role != null && honorifics.isEmpty()) {
            return null;
        }
        Gender gender = genderOf(doc, at, end);
        return new Found<>(new Person(name, alias, honorifics, role, gender, doc.span(at, end)), at, end);
    }

    @Override
    public Found<Organization> organization(Doc doc, int at, int limit) {
        if (at >= limit || !is(doc, at, ORG_HEAD)) {
            return null;
        }
        String organ = null;
        int start = at;
        int i = at + 1;
        while (i < limit && i < start + 8) {
            Tok t = doc.tok(i);
            if (!t.isWord() && !t.isPunct("«»\"") || is(doc, i, STOP) || is(doc, i, HONORIFIC)) {
                break;
            }
            if (t.form().startsWith("و") && is(doc, i, ORG_HEAD)) {
                break;
            }
            if (t.form().startsWith("ل") && is(doc, i, ORG_HEAD) && organ == null && is(doc, start, ORGAN)) {
                organ = cut(doc, start, i);
                start = i;
            }
            i++;
        }
        String name = stripLam(doc, start, i);
        Place place = null;
        int end = i;
        if (i + 1 < limit && doc.is(i, "في")) {
            Found<Place> p = place(doc, i + 1, limit);
            if (p != null && p.value().venue() == null) {
                place = p.value();
                end = p.to();
            }
        }
        Span span = doc.span(at, end);
        return new Found<>(new Organization(name, null, organ, place, span), at, end);
    }

    @Override
    public Found<Place> place(Doc doc, int at, int limit) {
        int i = at;
        String venue = null;
        if (i < limit && VENUE_HEADS.contains(bare(doc.form(i)))) {
            int j = i + 1;
            while (j < limit && j < i + 7 && (doc.tok(j).isWord() || doc.tok(j).isPunct("«»\""))
                    && !cityAt(doc, j) && !doc.is(j, "في", "غرب", "جنوب", "شمال", "شرق")) {
                j++;
            }
            venue = doc.text(i, j);
            i = j;
            if (i + 1 < limit && doc.is(i, "في") && VENUE_HEADS.contains(bare(doc.form(i + 1)))) {
                int k = i + 2;
                while (k < limit && k < i + 5 && doc.tok(k).isWord() && !cityAt(doc, k)) {
                    k++;
                }
                venue = doc.text(at, k);
                i = k;
            }
        }
        if (i < limit && doc.is(i, "مدينه", "بمدينه", "ومدينه", "في")) {
            if (i + 1 < limit && cityAt(doc, i + 1)) {
                i++;
            }
        }
        String city = null;
        String country = null;
        String countryName = null;
        String region = null;
        boolean inferred = false;
        if (i < limit && REGION_HEADS.contains(doc.form(i)) && i + 1 < limit && cityAt(doc, i + 1)) {
            region = doc.text(i, i + 2);
            i += 2;
        } else if (i < limit && cityAt(doc, i)) {
            city = doc.text(doc.span(i, bareSkip(doc, i), i + 1));
            country = CITIES.get(bare(doc.form(i)));
            inferred = true;
            i++;
            if (i + 1 < limit && REGION_HEADS.contains(doc.form(i)) && COUNTRIES.containsKey(doc.form(i + 1))) {
                region = doc.text(i, i + 2);
                country = COUNTRIES.get(doc.form(i + 1));
                countryName = doc.text(i + 1, i + 2);
                inferred = false;
                i += 2;
            } else if (i < limit && COUNTRIES.containsKey(doc.form(i)) && doc.form(i).startsWith("ال")
                    && doc.form(i).endsWith("يه")) {
                country = COUNTRIES.get(doc.form(i));
                inferred = false;
                i++;
            } else if (i + 1 < limit && REGION_HEADS.contains(doc.form(i)) && cityAt(doc, i + 1)) {
                region = doc.text(i, i + 2);
                i += 2;
            }
        } else if (i < limit && COUNTRIES.containsKey(bare(doc.form(i)))) {
            country = COUNTRIES.get(bare(doc.form(i)));
            countryName = doc.text(doc.span(i, bareSkip(doc, i), i + 1));
            i++;
        }
        if (venue == null && city == null && country == null && region == null) {
            return null;
        }
        Span span = doc.span(at, bareSkip(doc, at), i);
        return new Found<>(new Place(city, country, countryName, region, venue, inferred, doc.text(span), span), at, i);
    }

    @Override
    public String country(Doc doc, int at) {
        return at < doc.size() ? COUNTRIES.get(bare(doc.form(at))) : null;
    }

    @Override
    public boolean honorific(Doc doc, int at) {
        return is(doc, at, HONORIFIC);
    }

    @Override
    public boolean organizationHead(Doc doc, int at) {
        return is(doc, at, ORG_HEAD);
    }

    private static boolean cityAt(Doc doc, int i) {
        return CITIES.containsKey(bare(doc.form(i)));
    }

    private static String bare(String f) {
        if ((f.startsWith("ب") || f.startsWith("و")) && f.length() > 3 && !CITIES.containsKey(f)
                && !COUNTRIES.containsKey(f)) {
            return f.substring(1);
        }
        return f;
    }

    private static int bareSkip(Doc doc, int i) {
        return bare(doc.form(i)).length() == doc.form(i).length() ? 0 : 1;
    }

    private static boolean is(Doc doc, int i, Word w) {
        if (i < 0 || i >= doc.size() || !doc.tok(i).isWord()) {
            return false;
        }
        for (Lexicon.Hit h : LEX.analyze(doc.form(i))) {
            if (h.word() == w) {
                return true;
            }
        }
        return false;
    }

    private static String cut(Doc doc, int from, int to) {
        return doc.text(from, to);
    }

    private static String stripLam(Doc doc, int from, int to) {
        String f = doc.form(from);
        if (f.startsWith("لل")) {
            return "ال" + doc.text(doc.span(from, 2, to));
        }
        if (f.startsWith("ل") && !f.startsWith("لج")) {
            return doc.text(doc.span(from, 1, to));
        }
        return doc.text(from, to);
    }

    private static Gender genderOf(Doc doc, int from, int to) {
        String first = doc.form(from);
        if (first.endsWith("ه") || first.endsWith("ات") || first.endsWith("تين")) {
            return Gender.FEMALE;
        }
        return Gender.MALE;
    }

    private static Map<String, String> folded(Map<String, String> m) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(FoldedText.fold(k), v));
        return Map.copyOf(out);
    }
}
