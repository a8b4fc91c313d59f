package org.nashra.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletinTest {
    @Test
    void aBuilderAssemblesABulletinInCallOrder() {
        Person raed = Person.builder().name("رائد فهمي").honorific("الرفيق").role("سكرتير اللجنة المركزية للحزب")
                .gender(Gender.MALE).span(new Span(111, 157)).build();
        Meeting meeting = Meeting.builder(Meeting.Type.MEETING).attendee(raed).span(new Span(37, 45)).build();

        Bulletin b = Bulletin.builder(Bulletin.Kind.MEETING)
                .meeting(meeting)
                .commemoration(Commemoration.builder(Commemoration.Form.MINUTE_OF_SILENCE).honoring("شهداء الحزب والشعب")
                        .text("الوقوف دقيقة صمت إجلالاً لشهداء الحزب والشعب").span(new Span(520, 564)).build())
                .build();

        assertThat(b.meetings()).singleElement().extracting(Meeting::attendees).asList().containsExactly(raed);
        assertThat(b.greetings()).isEmpty();
        assertThat(b.title()).isNull();
    }

    @Test
    void listsAreCopiedSoTheRecordStaysImmutable() {
        List<String> countries = new ArrayList<>(List.of("NL", "BE"));
        Delegation d = new Delegation(null, countries, "هولندا وبلجيكا", new Span(379, 393));
        countries.clear();

        assertThat(d.countries()).containsExactly("NL", "BE");
        assertThatThrownBy(() -> d.countries().add("DE")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullInsideAListIsRejectedByPosition() {
        List<String> honorifics = new ArrayList<>();
        honorifics.add("الرفيق");
        honorifics.add(null);
        assertThatThrownBy(() -> new Person("سلم علي", null, honorifics, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("honorifics[1] is null");
    }

    @Test
    void countriesMustBeIsoCodes() {
        assertThatThrownBy(() -> new Delegation(null, List.of("Sweden"), "السويد", null))
                .hasMessageContaining("\"Sweden\" is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void toBuilderDerivesAChangedCopy() {
        Bulletin b = Bulletin.builder(Bulletin.Kind.OTHER).title("نشرة").build();
        Bulletin changed = b.toBuilder().kind(Bulletin.Kind.STATEMENT).build();
        assertThat(changed.title()).isEqualTo("نشرة");
        assertThat(changed.kind()).isEqualTo(Bulletin.Kind.STATEMENT);
        assertThat(b.kind()).isEqualTo(Bulletin.Kind.OTHER);
    }
}
