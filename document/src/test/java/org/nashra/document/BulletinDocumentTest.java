package org.nashra.document;

import org.junit.jupiter.api.Test;
import org.nashra.model.Bulletin;
import org.nashra.model.Delegation;
import org.nashra.model.Election;
import org.nashra.model.Gender;
import org.nashra.model.Greeting;
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

import java.time.LocalTime;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class BulletinDocumentTest {

    private static final When OCT_20 = When.builder().start(IsoDate.parse("2018-10-20"))
            .time(LocalTime.of(10, 0)).text("يوم 20 تشرين الأول 2018").span(new Span(30, 53)).build();
    private static final Organization LEAGUE = Organization.builder().name("رابطة الكتاب").span(new Span(10, 22)).build();

    private static Meeting.Builder meeting() {
        return Meeting.builder(Meeting.Type.CONFERENCE)
                .organizer(LEAGUE)
                .when(OCT_20)
                .where(Place.builder().city("مالمو").country("SE").inferred(true).text("مالمو")
                        .span(new Span(60, 65)).build());
    }

    @Test
    void aBulletinWithoutTitleGetsAHeadlineComposedFromItsMainMeeting() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.CONFERENCE).meeting(meeting().build()).build();

        BulletinDocument doc = BulletinDocument.of(b);

        assertThat(doc.title()).isEqualTo("مؤتمر رابطة الكتاب في مالمو، 20 تشرين الأول 2018");
        Block.Heading headline = (Block.Heading) doc.section(Part.HEADLINE).orElseThrow().blocks().get(0);
        assertThat(headline.level()).isEqualTo(1);
        assertThat(headline.text().runs()).filteredOn(r -> r.kind() == Run.Kind.DATE)
                .extracting(Run::datetime).containsExactly("2018-10-20");
    }

    @Test
    void aNumberedMeetingIsNamedWithItsOrdinal() {
        Meeting seventh = Meeting.builder(Meeting.Type.CONGRESS).ordinal(7).build();
        Meeting closing = Meeting.builder(Meeting.Type.SESSION).session(Meeting.Session.CLOSING).build();

        assertThat(BulletinDocument.of(Bulletin.builder(Bulletin.Kind.MEETING).meeting(seventh).build()).title())
                .isEqualTo("المؤتمر السابع");
        assertThat(BulletinDocument.of(Bulletin.builder(Bulletin.Kind.MEETING).meeting(closing).build()).title())
                .isEqualTo("الجلسة الختامية");
    }

    @Test
    void theFactsPanelShowsWhenWhereAndWhoOrganisedInArabic() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.CONFERENCE).title("انعقاد المؤتمر").meeting(meeting().build()).build();

        Block.FactList facts = (Block.FactList) BulletinDocument.of(b).section(Part.FACTS).orElseThrow().blocks().get(0);

        assertThat(facts.facts()).extracting(Block.Fact::label).containsExactly("الموعد", "المكان", "الجهة المنظمة");
        assertThat(facts.facts()).extracting(f -> f.value().plain())
                .containsExactly("20 تشرين الأول 2018 الساعة 10:00 ص", "مالمو، السويد", "رابطة الكتاب");
        assertThat(facts.spans()).containsExactly(new Span(30, 53), new Span(60, 65), new Span(10, 22));
    }

    @Test
    void monthNamesFollowTheReadersRegion() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.MEETING).meeting(Meeting.builder(Meeting.Type.MEETING)
                .when(When.builder().start(IsoDate.parse("2019-01-05")).text("5/1/2019").build()).build()).build();

        assertThat(when(b, MonthNames.LEVANTINE)).isEqualTo("5 كانون الثاني 2019");
        assertThat(when(b, MonthNames.EGYPTIAN)).isEqualTo("5 يناير 2019");
        assertThat(when(b, MonthNames.MAGHREBI)).isEqualTo("5 جانفي 2019");
    }

    private static String when(Bulletin b, MonthNames months) {
        BulletinDocument doc = BulletinDocument.of(b, null, DocumentOptions.builder().monthNames(months).build());
        return ((Block.FactList) doc.section(Part.FACTS).orElseThrow().blocks().get(0)).facts().get(0).value().plain();
    }

    @Test
    void theHijriDateComesFromTheUmmAlQuraCalendarAndDigitsFollowTheOption() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.MEETING).dateline(When.builder().start(IsoDate.parse("2018-10-20"))
                .text("2018/10/20").span(new Span(0, 10)).build()).build();
        DocumentOptions options = DocumentOptions.builder().hijri(true).numerals(Numerals.ARABIC_INDIC).build();

        Block.FactList masthead = (Block.FactList) BulletinDocument.of(b, null, options)
                .section(Part.MASTHEAD).orElseThrow().blocks().get(0);

        Text dateline = masthead.facts().get(0).value();
        assertThat(dateline.plain()).isEqualTo("٢٠ تشرين الأول ٢٠١٨ (١١ صفر ١٤٤٠ هـ)");
        assertThat(dateline.runs().get(0).kind()).isEqualTo(Run.Kind.DATE);
        assertThat(dateline.runs().get(0).datetime()).isEqualTo("2018-10-20");
    }

    @Test
    void delegationsAreATableWithCountryNamesInArabic() {
        Meeting m = meeting().delegation(Delegation.builder().countries(List.of("NL", "BE"))
                        .text("هولندا وبلجيكا").span(new Span(70, 84)).build())
                .delegation(Delegation.builder()
                        .represents(Organization.builder().name("فرع لندن").span(new Span(90, 98)).build())
                        .text("فرع لندن").span(new Span(90, 98)).build()).build();

        Block.Table table = (Block.Table) BulletinDocument.of(Bulletin.builder(Bulletin.Kind.CONFERENCE).meeting(m).build())
                .section(Part.DELEGATIONS).orElseThrow().blocks().get(0);

        assertThat(table.header()).containsExactly("الوفد", "البلد", "الجهة الممثلة");
        assertThat(table.rows()).extracting(r -> r.cells().stream().map(Text::plain).toList()).containsExactly(
                List.of("هولندا وبلجيكا", "هولندا، بلجيكا", "—"),
                List.of("فرع لندن", "—", "فرع لندن"));
        assertThat(table.spans()).containsExactly(new Span(70, 84), new Span(90, 98));
    }

    @Test
    void resolutionsAreNumberedAcrossTheirKinds() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.STATEMENT)
                .resolution(Resolution.builder(Resolution.Kind.CALL).text("دعا إلى الحوار").span(new Span(5, 19)).build())
                .resolution(Resolution.builder(Resolution.Kind.DECISION).text("قرر عقد مؤتمر").span(new Span(30, 43)).build())
                .resolution(Resolution.builder(Resolution.Kind.CALL).text("دعا إلى التضامن").span(new Span(50, 65)).build())
                .build();

        Section s = BulletinDocument.of(b).section(Part.RESOLUTIONS).orElseThrow();

        assertThat(s.heading()).isEqualTo("القرارات والمواقف");
        assertThat(s.blocks()).hasSize(4);
        assertThat(((Block.Heading) s.blocks().get(0)).text().plain()).isEqualTo("القرارات");
        assertThat(((Block.NumberedList) s.blocks().get(1)).items()).extracting(Block.Item::label).containsExactly("1.");
        assertThat(((Block.Heading) s.blocks().get(2)).text().plain()).isEqualTo("الدعوات");
        assertThat(((Block.NumberedList) s.blocks().get(3)).items())
                .extracting(Block.Item::label, i -> i.text().plain())
                .containsExactly(tuple("2.", "دعا إلى الحوار"),
                        tuple("3.", "دعا إلى التضامن"));
    }

    @Test
    void attendeesShowHonorificsNamesAndRolesWithTheNameMarked() {
        Person p = Person.builder().name("رائد فهمي").honorific("الرفيق").role("سكرتير اللجنة")
                .gender(Gender.MALE).span(new Span(3, 30)).build();
        Bulletin b = Bulletin.builder(Bulletin.Kind.MEETING).meeting(Meeting.builder(Meeting.Type.MEETING)
                .attendee(p).build()).build();

        Block.ItemList list = (Block.ItemList) BulletinDocument.of(b).section(Part.ATTENDEES).orElseThrow().blocks().get(0);

        Text item = list.items().get(0).text();
        assertThat(item.plain()).isEqualTo("الرفيق رائد فهمي، سكرتير اللجنة");
        assertThat(item.runs()).filteredOn(Run::isolated).extracting(Run::text).containsExactly("رائد فهمي");
    }

    @Test
    void latinRunsAreTaggedEnglishAndKeepTheirDigits() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.MEETING).meeting(Meeting.builder(Meeting.Type.MEETING)
                .topic(new Topic("مكافحة COVID-19 في عام 2020", new Span(0, 27))).build()).build();

        Text topic = ((Block.ItemList) BulletinDocument.of(b, null, DocumentOptions.builder()
                .numerals(Numerals.ARABIC_INDIC).build()).section(Part.TOPICS).orElseThrow().blocks().get(0))
                .items().get(0).text();

        assertThat(topic.runs()).extracting(Run::text, Run::lang).containsExactly(
                tuple("مكافحة ", null),
                tuple("COVID-19", "en"),
                tuple(" في عام ٢٠٢٠", null));
    }

    @Test
    void electionsGiveTheBodyTheTermAndThePeopleElected() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.CONFERENCE).election(Election.builder()
                .body("لجنة تنفيذية").term(Period.ofYears(2))
                .elected(Person.builder().name("سعاد علي").role("رئيسة").gender(Gender.FEMALE)
                        .span(new Span(40, 48)).build())
                .text("انتخب المؤتمر لجنة تنفيذية").span(new Span(0, 26)).build()).build();

        Section s = BulletinDocument.of(b).section(Part.ELECTIONS).orElseThrow();

        assertThat(((Block.Heading) s.blocks().get(0)).text().plain()).isEqualTo("انتخاب لجنة تنفيذية لدورة مدتها سنتان");
        assertThat(((Block.ItemList) s.blocks().get(1)).items().get(0).text().plain()).isEqualTo("سعاد علي، رئيسة");
    }

    @Test
    void greetingsReceivedAndSentAreTwoTables() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.CONFERENCE)
                .greeting(Greeting.builder(Greeting.Direction.RECEIVED, Greeting.Form.TELEGRAM).from(LEAGUE)
                        .occasion("انعقاد المؤتمر").text("برقية").span(new Span(100, 140)).build())
                .build();

        BulletinDocument doc = BulletinDocument.of(b);

        Block.Table t = (Block.Table) doc.section(Part.GREETINGS_RECEIVED).orElseThrow().blocks().get(0);
        assertThat(t.rows().get(0).cells()).extracting(Text::plain)
                .containsExactly("رابطة الكتاب", "—", "برقية", "انعقاد المؤتمر");
        assertThat(doc.section(Part.GREETINGS_SENT)).isEmpty();
    }

    @Test
    void theFullTextIsShownOnlyWithTheTextAndDoesNotRepeatTheTitle() {
        String text = "اختتام المؤتمر\n\nعقد   المؤتمر جلسته الأخيرة.\nوانتخب لجنة جديدة.";
        Bulletin b = Bulletin.builder(Bulletin.Kind.CONFERENCE).title("اختتام المؤتمر").build();

        Section full = BulletinDocument.of(b, text, DocumentOptions.defaults()).section(Part.FULL_TEXT).orElseThrow();

        assertThat(full.heading()).isEqualTo("النص الكامل");
        assertThat(full.blocks()).extracting(bl -> ((Block.Paragraph) bl).text().plain())
                .containsExactly("عقد المؤتمر جلسته الأخيرة.", "وانتخب لجنة جديدة.");
        assertThat(full.blocks().get(0).spans()).containsExactly(new Span(16, 44));
        assertThat(BulletinDocument.of(b).section(Part.FULL_TEXT)).isEmpty();
    }

    @Test
    void digitsAsWrittenFollowTheSourceText() {
        When date = When.builder().start(IsoDate.parse("2018-10-20")).text("٢٠/١٠/٢٠١٨").span(new Span(0, 10))
                .build();
        Bulletin b = Bulletin.builder(Bulletin.Kind.STATEMENT).dateline(date).date(date).build();

        BulletinDocument doc = BulletinDocument.of(b);

        assertThat(doc.digits()).isEqualTo(Numerals.ARABIC_INDIC);
        assertThat(doc.pageLabel(1, 3)).isEqualTo("صفحة ١ من ٣");
    }

    @Test
    void partsAreShownInTheOrderAsked() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.CONFERENCE).title("عنوان").meeting(meeting().build()).build();

        BulletinDocument doc = BulletinDocument.of(b, "نص", DocumentOptions.builder()
                .parts(Part.FULL_TEXT, Part.HEADLINE).title("عنوان آخر").build());

        assertThat(doc.sections()).extracting(Section::part).containsExactly(Part.FULL_TEXT, Part.HEADLINE);
        assertThat(doc.title()).isEqualTo("عنوان آخر");
    }

    @Test
    void aBulletinWithNothingToNameItIsHeadedByItsGenreOnce() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.STATEMENT)
                .resolution(Resolution.builder(Resolution.Kind.DEMAND).text("طالب البيان بالإفراج عن المعتقلين").build())
                .build();

        BulletinDocument doc = BulletinDocument.of(b);

        assertThat(doc.title()).isEqualTo("بيان");
        assertThat(doc.sections()).extracting(Section::part).containsExactly(Part.HEADLINE, Part.RESOLUTIONS);
    }

    @Test
    void anEmptyBulletinGivesAnEmptyDocument() {
        assertThat(BulletinDocument.of(Bulletin.builder(Bulletin.Kind.OTHER).build()).isEmpty()).isTrue();
        assertThat(BulletinDocument.of(Bulletin.builder(Bulletin.Kind.OTHER).build(), " \n ",
                DocumentOptions.defaults()).isEmpty()).isTrue();
    }

    @Test
    void aTextThatIsNotTheBulletinsSourceIsRefused() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.OTHER).source(new Source(3, "0".repeat(64))).build();

        assertThatThrownBy(() -> BulletinDocument.of(b, "نص آخر", DocumentOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not the one the bulletin was parsed from");
    }

    @Test
    void aPartListedTwiceIsRefused() {
        assertThatThrownBy(() -> DocumentOptions.builder().parts(Part.HEADLINE, Part.HEADLINE).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
