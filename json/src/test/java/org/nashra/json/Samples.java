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
    static final Place MALMO = Place.builder().city("مالمو").country("SE").countryName("السويد")
            .region("جنوب السويد").venue("قاعة الشعب").text("قاعة الشعب في مدينة مالمو جنوب السويد")
            .span(new Span(80, 118)).build();
    static final Place INFERRED = Place.builder().city("غوتنبرغ").country("SE").inferred(true).text("غوتنبرغ")
            .span(new Span(5, 12)).build();
    static final Organization PARTY = Organization.builder().name("الحزب الشيوعي العراقي").branch("فرع السويد")
            .organ("المكتب السياسي").place(MALMO).span(new Span(13, 36)).build();
    static final Organization BARE = Organization.builder().name("رابطة المراة العراقية").build();
    static final Person RAED = Person.builder().name("رائد فهمي").honorific("الرفيق")
            .role("سكرتير اللجنة المركزية للحزب").gender(Gender.MALE).span(new Span(111, 157)).build();
    static final Person BY_KUNYA = Person.builder().alias("ام تارا").honorific("الرفيقة").honorific("النصيرة")
            .gender(Gender.FEMALE).span(new Span(160, 175)).build();
    static final Person BY_ROLE = Person.builder().role("عضو المكتب السياسي").build();
    static final Group PARTICIPANTS = new Group("المشاركون", new Span(1695, 1704));

    private Samples() {
    }

    /** A bulletin with every type, every enum constant, every date form and a dateline with a place. */
    static Bulletin everything() {
        When dateline = When.builder().start(IsoDate.parse("2018-10-22")).hijri("1440-02-13")
                .text("لندن 22 تشرين الأول 2018").span(new Span(0, 24)).place(INFERRED).build();
        When range = When.builder().start(IsoDate.parse("2018-10-20")).end(IsoDate.parse("2018-10-21"))
                .time(LocalTime.of(10, 0)).text("يومي 20 – 21 تشرين الأول 2018 الساعة العاشرة")
                .span(new Span(46, 75)).build();
        When month = When.builder().start(IsoDate.parse("2018-05")).hijri("1439-09").relative(true)
                .text("ايار الماضي").span(new Span(836, 847)).build();
        When year = When.builder().start(IsoDate.ofYear(2017)).hijri("1438").relative(true).text("العام المنصرم")
                .build();
        When unresolved = When.builder().time(LocalTime.of(18, 30)).relative(true).text("مساء السبت")
                .span(new Span(900, 910)).build();
        When withPlace = year.toBuilder().place(MALMO).build();

        Bulletin.Builder b = Bulletin.builder(Bulletin.Kind.MEETING)
                .title("اختتام الاجتماع الموسع")
                .issuer(PARTY)
                .dateline(dateline)
                .source(new Source(2168, "59bdb2310b713ac71c66179954b92d28ff2b3bf2116151e5c233a56f7f96db14"));
        for (When w : List.of(dateline.toBuilder().place(null).build(), range, month, year, unresolved, withPlace)) {
            b.date(w);
        }
        for (Meeting.Type type : Meeting.Type.values()) {
            Meeting.Builder m = Meeting.builder(type).span(new Span(37, 45));
            if (type == Meeting.Type.CONGRESS) {
                m.name("المؤتمر السابع لرابطة الانصار الشيوعيين العراقيين").ordinal(7).organizer(PARTY)
                        .convenedBy(PARTICIPANTS).when(range).where(MALMO)
                        .attendee(RAED).attendee(BY_KUNYA).attendee(BY_ROLE)
                        .delegation(Delegation.builder().country("NL").country("BE").text("هولندا وبلجيكا")
                                .span(new Span(379, 393)).build())
                        .delegation(Delegation.builder().represents(BARE).text("رابطة المراة العراقية").build())
                        .absentee(Delegation.builder().represents(PARTICIPANTS).country("SE").text("منظمات اخرى")
                                .span(new Span(449, 460)).build())
                        .topic(new Topic("الهبة الجماهيرية في البصرة", new Span(849, 875)))
                        .topic(new Topic("اداء تحالف \"سائرون\"", null));
            }
            b.meeting(m.build());
        }
        for (Meeting.Session session : Meeting.Session.values()) {
            b.meeting(Meeting.builder(Meeting.Type.SESSION).session(session).build());
        }
        for (Greeting.Form form : Greeting.Form.values()) {
            b.greeting(Greeting.builder(Greeting.Direction.RECEIVED, form).from(PARTY).to(PARTICIPANTS)
                    .occasion("بمناسبة فوزها").text("برقية من الحزب").span(new Span(900, 932)).build());
        }
        b.greeting(Greeting.builder(Greeting.Direction.SENT, Greeting.Form.GREETING).build());
        for (Resolution.Kind kind : Resolution.Kind.values()) {
            b.resolution(Resolution.builder(kind).actor(PARTY).addressee(RAED).text("نطالب بالكشف عن مصير المغيبين")
                    .span(new Span(300, 329)).build());
        }
        b.resolution(Resolution.builder(Resolution.Kind.OTHER).build());
        for (Acknowledgement.Kind kind : Acknowledgement.Kind.values()) {
            b.acknowledgement(Acknowledgement.builder(kind).to(List.of(PARTY, PARTICIPANTS, BY_KUNYA))
                    .reason("حسن ضيافتهم").text("عبّر المشاركون عن الشكر").span(new Span(2011, 2167)).build());
        }
        b.acknowledgement(Acknowledgement.builder(Acknowledgement.Kind.THANKS).build());
        b.election(Election.builder().body("لجنة تنفيذية").term(Period.ofYears(2)).elected(RAED).elected(BY_ROLE)
                .text("انتخاب لجنة تنفيذية جديدة للسنتين القادمتين").span(new Span(1200, 1243)).build());
        b.election(Election.builder().term(Period.of(1, 6, 0)).build());
        b.election(Election.builder().body("سكرتير").build());
        b.electionResult(ElectionResult.builder().holder(PARTY).seats(2).votes(51234).within(BARE)
                .text("حصل حزبنا على مقعدين ضمن تحالف سائرون").span(new Span(10, 50)).build());
        b.electionResult(ElectionResult.builder().holder(PARTICIPANTS).build());
        for (Commemoration.Form form : Commemoration.Form.values()) {
            b.commemoration(Commemoration.builder(form).honoring("شهداء الحزب والشعب").text("الوقوف دقيقة صمت")
                    .span(new Span(520, 564)).build());
        }
        return b.build();
    }
}
