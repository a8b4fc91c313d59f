package org.nashra.json;

import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.nashra.model.Acknowledgement;
import org.nashra.model.Bulletin;
import org.nashra.model.Commemoration;
import org.nashra.model.Delegation;
import org.nashra.model.Election;
import org.nashra.model.ElectionResult;
import org.nashra.model.Gender;
import org.nashra.model.Greeting;
import org.nashra.model.Group;
import org.nashra.model.IsoDate;
import org.nashra.model.Meeting;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Resolution;
import org.nashra.model.Source;
import org.nashra.model.Span;
import org.nashra.model.Topic;
import org.nashra.model.When;

/** Bulletins built in code for the tests. */
final class Samples {
    static final Place MALMO = new Place("مالمو", "SE", "السويد", "جنوب السويد", "قاعة الشعب", false,
            "قاعة الشعب في مدينة مالمو جنوب السويد", new Span(80, 118));
    static final Place INFERRED = new Place("غوتنبرغ", "SE", null, null, null, true, "غوتنبرغ", new Span(5, 12));
    static final Organization PARTY = new Organization("الحزب الشيوعي العراقي", "فرع السويد", "المكتب السياسي",
            MALMO, new Span(13, 36));
    static final Organization BARE = new Organization("رابطة المراة العراقية", null, null, null, null);
    static final Person RAED = new Person("رائد فهمي", null, List.of("الرفيق"), "سكرتير اللجنة المركزية للحزب",
            Gender.MALE, new Span(111, 157));
    static final Person BY_KUNYA = new Person(null, "ام تارا", List.of("الرفيقة", "النصيرة"), null, Gender.FEMALE,
            new Span(160, 175));
    static final Person BY_ROLE = new Person(null, null, List.of(), "عضو المكتب السياسي", null, null);
    static final Group PARTICIPANTS = new Group("المشاركون", new Span(1695, 1704));

    private Samples() {
    }

    /** A bulletin with every type, every enum constant, every date form and a dateline with a place. */
    static Bulletin everything() {
        When dateline = new When(IsoDate.parse("2018-10-22"), null, null, "1440-02-13", false,
                "لندن 22 تشرين الأول 2018", new Span(0, 24), INFERRED);
        When range = new When(IsoDate.parse("2018-10-20"), IsoDate.parse("2018-10-21"), LocalTime.of(10, 0), null,
                false, "يومي 20 – 21 تشرين الأول 2018 الساعة العاشرة", new Span(46, 75));
        When month = new When(IsoDate.parse("2018-05"), null, null, "1439-09", true, "ايار الماضي", new Span(836, 847));
        When year = new When(IsoDate.ofYear(2017), null, null, "1438", true, "العام المنصرم", null);
        When unresolved = new When(null, null, LocalTime.of(18, 30), null, true, "مساء السبت", new Span(900, 910));
        When withPlace = year.withPlace(MALMO);

        Bulletin.Builder b = Bulletin.builder(Bulletin.Kind.MEETING)
                .title("اختتام الاجتماع الموسع")
                .issuer(PARTY)
                .dateline(dateline)
                .source(new Source(2168, "59bdb2310b713ac71c66179954b92d28ff2b3bf2116151e5c233a56f7f96db14"));
        for (When w : List.of(dateline.withPlace(null), range, month, year, unresolved, withPlace)) {
            b.date(w);
        }
        for (Meeting.Type type : Meeting.Type.values()) {
            Meeting.Builder m = Meeting.builder(type).span(new Span(37, 45));
            if (type == Meeting.Type.CONGRESS) {
                m.name("المؤتمر السابع لرابطة الانصار الشيوعيين العراقيين").ordinal(7).organizer(PARTY)
                        .convenedBy(PARTICIPANTS).when(range).where(MALMO)
                        .attendee(RAED).attendee(BY_KUNYA).attendee(BY_ROLE)
                        .delegation(new Delegation(null, List.of("NL", "BE"), "هولندا وبلجيكا", new Span(379, 393)))
                        .delegation(new Delegation(BARE, List.of(), "رابطة المراة العراقية", null))
                        .absentee(new Delegation(PARTICIPANTS, List.of("SE"), "منظمات اخرى", new Span(449, 460)))
                        .topic(new Topic("الهبة الجماهيرية في البصرة", new Span(849, 875)))
                        .topic(new Topic("اداء تحالف \"سائرون\"", null));
            }
            b.meeting(m.build());
        }
        for (Meeting.Session session : Meeting.Session.values()) {
            b.meeting(Meeting.builder(Meeting.Type.SESSION).session(session).build());
        }
        for (Greeting.Form form : Greeting.Form.values()) {
            b.greeting(new Greeting(Greeting.Direction.RECEIVED, form, PARTY, PARTICIPANTS, "بمناسبة فوزها",
                    "برقية من الحزب", new Span(900, 932)));
        }
        b.greeting(new Greeting(Greeting.Direction.SENT, Greeting.Form.GREETING, null, null, null, null, null));
        for (Resolution.Kind kind : Resolution.Kind.values()) {
            b.resolution(new Resolution(kind, PARTY, RAED, "نطالب بالكشف عن مصير المغيبين", new Span(300, 329)));
        }
        b.resolution(new Resolution(Resolution.Kind.OTHER, null, null, null, null));
        for (Acknowledgement.Kind kind : Acknowledgement.Kind.values()) {
            b.acknowledgement(new Acknowledgement(kind, List.of(PARTY, PARTICIPANTS, BY_KUNYA), "حسن ضيافتهم",
                    "عبّر المشاركون عن الشكر", new Span(2011, 2167)));
        }
        b.acknowledgement(new Acknowledgement(Acknowledgement.Kind.THANKS, List.of(), null, null, null));
        b.election(new Election("لجنة تنفيذية", Period.ofYears(2), List.of(RAED, BY_ROLE),
                "انتخاب لجنة تنفيذية جديدة للسنتين القادمتين", new Span(1200, 1243)));
        b.election(new Election(null, Period.of(1, 6, 0), List.of(), null, null));
        b.election(new Election("سكرتير", null, List.of(), null, null));
        b.electionResult(new ElectionResult(PARTY, 2, 51234, BARE, "حصل حزبنا على مقعدين ضمن تحالف سائرون",
                new Span(10, 50)));
        b.electionResult(new ElectionResult(PARTICIPANTS, null, null, null, null, null));
        for (Commemoration.Form form : Commemoration.Form.values()) {
            b.commemoration(new Commemoration(form, "شهداء الحزب والشعب", "الوقوف دقيقة صمت", new Span(520, 564)));
        }
        return b.build();
    }
}
