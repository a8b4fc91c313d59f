package org.nashra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every model record of more than three fields is built by name, so adding a field breaks no caller. */
class BuildersTest {
    private static final Span SPAN = new Span(3, 9);
    private static final Place PLACE = Place.builder().city("مالمو").country("SE").text("مالمو").span(SPAN).build();
    private static final Organization BODY = Organization.builder().name("رابطة الأنصار").organ("اللجنة التنفيذية")
            .place(PLACE).span(SPAN).build();
    private static final Person PERSON = Person.builder().name("سلمى يوسف").alias("ام علي").honorific("الرفيقة")
            .role("سكرتيرة اللجنة").gender(Gender.FEMALE).span(SPAN).build();

    @Test
    void aBuilderSetsWhatItIsToldAndLeavesTheRestAbsent() {
        When when = When.builder().start(IsoDate.parse("2024-09-14")).time(LocalTime.of(10, 0)).text("السبت").build();

        assertThat(when).isEqualTo(new When(IsoDate.parse("2024-09-14"), null, LocalTime.of(10, 0), null, false,
                "السبت", null, null));
        assertThat(Person.builder().name("سلمى يوسف").build().honorifics()).isEmpty();
        assertThat(Place.builder().build().inferred()).isFalse();
    }

    @Test
    void toBuilderGivesEveryRecordBackEqualAndDerivesChangedCopies() {
        List<Record> all = List.of(
                PLACE, BODY, PERSON,
                When.builder().start(IsoDate.parse("2024-09-14")).end(IsoDate.parse("2024-09-15"))
                        .time(LocalTime.of(18, 30)).hijri("1446-03-11").relative(true).text("السبت والأحد")
                        .span(SPAN).place(PLACE).build(),
                Delegation.builder().represents(BODY).country("NL").country("BE").text("وفد").span(SPAN).build(),
                Greeting.builder(Greeting.Direction.SENT, Greeting.Form.CONGRATULATION).from(BODY).to(PERSON)
                        .occasion("العيد").text("تهنئة").span(SPAN).build(),
                Resolution.builder(Resolution.Kind.DEMAND).actor(BODY).addressee(PERSON).text("طالب").span(SPAN).build(),
                Acknowledgement.builder(Acknowledgement.Kind.PRAISE).to(BODY).to(PERSON).reason("الجهود")
                        .text("أشاد").span(SPAN).build(),
                Election.builder().body("اللجنة").term(Period.ofYears(2)).elected(PERSON).text("انتخاب").span(SPAN)
                        .build(),
                ElectionResult.builder().holder(BODY).seats(3).votes(1200).within(BODY).text("ثلاثة مقاعد")
                        .span(SPAN).build(),
                Commemoration.builder(Commemoration.Form.TRIBUTE).honoring("الراحلين").text("تحية").span(SPAN).build());

        for (Record r : all) {
            assertThat(copy(r)).as("%s", r.getClass().getSimpleName()).isEqualTo(r);
        }
        assertThat(PERSON.toBuilder().role(null).build()).isEqualTo(Person.builder().name("سلمى يوسف")
                .alias("ام علي").honorific("الرفيقة").gender(Gender.FEMALE).span(SPAN).build());
        assertThat(PERSON.role()).isEqualTo("سكرتيرة اللجنة");
    }

    @Test
    void buildingValidatesAsTheConstructorDoes() {
        assertThatThrownBy(() -> When.builder().start(IsoDate.parse("2024-09-15")).end(IsoDate.parse("2024-09-14"))
                .build()).hasMessage("end 2024-09-14 is before start 2024-09-15");
        assertThatThrownBy(() -> Place.builder().country("Sweden").build())
                .hasMessageContaining("\"Sweden\" is not an ISO 3166-1 alpha-2 code");
        assertThatThrownBy(() -> Greeting.builder(null, Greeting.Form.OTHER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Person.builder().honorific(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Election.builder().term(Period.ZERO).build()).hasMessageContaining("not a positive period");
    }

    @Test
    void aListGivenToABuilderIsCopiedAndReplacesWhatWasAdded() {
        List<String> countries = new ArrayList<>(List.of("NL", "BE"));
        Delegation.Builder builder = Delegation.builder().country("SE").countries(countries);
        countries.clear();

        assertThat(builder.build().countries()).containsExactly("NL", "BE");
    }

    /** The record rebuilt from its own builder. */
    private static Record copy(Record r) {
        if (r instanceof Place p) {
            return p.toBuilder().build();
        } else if (r instanceof Organization o) {
            return o.toBuilder().build();
        } else if (r instanceof Person p) {
            return p.toBuilder().build();
        } else if (r instanceof When w) {
            return w.toBuilder().build();
        } else if (r instanceof Delegation d) {
            return d.toBuilder().build();
        } else if (r instanceof Greeting g) {
            return g.toBuilder().build();
        } else if (r instanceof Resolution x) {
            return x.toBuilder().build();
        } else if (r instanceof Acknowledgement a) {
            return a.toBuilder().build();
        } else if (r instanceof Election e) {
            return e.toBuilder().build();
        } else if (r instanceof ElectionResult e) {
            return e.toBuilder().build();
        } else if (r instanceof Commemoration c) {
            return c.toBuilder().build();
        }
        throw new AssertionError(r);
    }
}
