package org.nashra.parser.internal.frame;

import java.util.ArrayList;
import java.util.List;
import org.nashra.model.Gender;
import org.nashra.model.Person;

/**
 * A small stand-in for the person tagger of {@code internal.entity}, so the
 * frames can be built and tested before it lands. To be replaced by it.
 */
final class InterimPersons {

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

    Found<Person> person(Doc doc, int at, int limit) {
        int i = at;
        List<String> honorifics = new ArrayList<>();
        String role = null;
        // a role before the name: سكرتيرة الرابطة الدكتورة بشرى, الشاعرة رغد
        if (is(doc, i, PROFESSION) && i + 1 < limit && doc.word(i + 1)) {
            role = cut(doc, i, i + 1);
            i++;
        } else if (is(doc, i, ROLE)) {
            int j = i + 1;
            while (j < limit && j < i + 5 && doc.word(j) && !is(doc, j, HONORIFIC)) {
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
            if (i < limit && doc.punct(i, ".")) {
                i++;
            }
        }
        int nameStart = i;
        while (i < limit && i < nameStart + 4 && doc.word(i) && !is(doc, i, ROLE) && !is(doc, i, STOP)
                && !is(doc, i, KUNYA) && !(i > nameStart && doc.form(i).startsWith("و") && doc.form(i).length() > 3
                && !doc.form(i).startsWith("وا"))) {
            i++;
        }
        String name = i > nameStart ? cut(doc, nameStart, i) : null;
        String alias = null;
        int k = i;
        boolean paren = k < limit && doc.punct(k, "(");
        if (paren) {
            k++;
        }
        if (k + 1 < limit && is(doc, k, KUNYA) && doc.word(k + 1)) {
            alias = cut(doc, k, k + 2);
            k += 2;
            if (paren && k < limit && doc.punct(k, ")")) {
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
            if (j < limit && doc.punct(j, "،,")) {
                j++;
            }
            if (j < limit && is(doc, j, ROLE)) {
                int r = j + 1;
                while (r < limit && r < j + 9 && doc.word(r) && !is(doc, r, HONORIFIC)
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

    boolean honorific(Doc doc, int at) {
        return is(doc, at, HONORIFIC);
    }

    private static boolean is(Doc doc, int i, Word w) {
        if (i < 0 || i >= doc.size() || !doc.word(i)) {
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

    private static Gender genderOf(Doc doc, int from, int to) {
        String first = doc.form(from);
        if (first.endsWith("ه") || first.endsWith("ات") || first.endsWith("تين")) {
            return Gender.FEMALE;
        }
        return Gender.MALE;
    }
}
