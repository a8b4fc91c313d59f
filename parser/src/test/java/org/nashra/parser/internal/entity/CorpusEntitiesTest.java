package org.nashra.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.model.Span;
import org.nashra.parser.internal.text.AnalyzedText;

/**
 * Runs every tagger over every corpus text and over adversarial strings: every span lies inside the text,
 * and every value is the text at its span or a part of it (an article given back after ل aside).
 */
class CorpusEntitiesTest {

    static Stream<Path> corpusTexts() {
        List<Path> texts = DevelopmentCorpus.texts();
        assertThat(texts).hasSizeGreaterThanOrEqualTo(17);
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("corpusTexts")
    void everyValueOfEveryCorpusTextIsCutFromItsSpan(Path file) throws IOException {
        checkAll(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void adversarialStringsGiveSaneResults() {
        Random random = new Random(20240917);
        String alphabet = "الرفيقةدكتورجمعيةفيمدينةمالموجنوبالسويد ،.«»()–-:/\u064E\u0651\u0640\u200F\u202Bء0123٤٥abc\n";
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(120);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            checkAll(s.toString());
        }
        checkAll("");
        checkAll("ب".repeat(100_000));
        checkAll("الرفيق ".repeat(5_000));
        checkAll("جمعية «" + "ا ".repeat(2_000));
        checkAll("\u0651\u064E في مدينة");
    }

    private static void checkAll(String text) {
        AnalyzedText t = AnalyzedText.of(text);
        for (PlaceMention m : PlaceTagger.standard().places(t)) {
            checkPlace(text, m.place());
        }
        for (PersonMention m : PersonTagger.standard().persons(t)) {
            Person p = m.person();
            checkSpan(text, p.span());
            String at = p.span().of(text);
            for (String value : values(p.name(), p.alias())) {
                assertThat(isCutFrom(value, at)).as(value + " in " + at).isTrue();
            }
            // a shared title or role is written once, with the first person of the list (الرفيقين A …، وB …)
            String roleAndTitles = m.shared() ? text : at;
            for (String value : values(p.role())) {
                assertThat(isCutFrom(value, roleAndTitles)).as(value + " in " + roleAndTitles).isTrue();
            }
            for (String h : p.honorifics()) {
                assertThat(isCutFrom(h, roleAndTitles)).as(h + " in " + roleAndTitles).isTrue();
            }
        }
        for (OrgMention m : OrgTagger.standard().organizations(t)) {
            Organization o = m.organization();
            checkSpan(text, o.span());
            String at = o.span().of(text);
            for (String value : values(o.name(), o.branch(), o.organ())) {
                assertThat(isCutFrom(value, at)).as(value + " in " + at).isTrue();
            }
            if (o.place() != null) {
                checkPlace(text, o.place());
                assertThat(o.span().contains(o.place().span())).isTrue();
            }
        }
    }

    private static void checkPlace(String text, Place p) {
        checkSpan(text, p.span());
        String at = p.span().of(text);
        assertThat(isCutFrom(p.text(), at) && at.endsWith(p.text().substring(Math.min(2, p.text().length()))))
                .as(p.text() + " is " + at).isTrue();
        for (String value : values(p.city(), p.countryName(), p.region(), p.venue())) {
            assertThat(isCutFrom(value, at)).as(value + " in " + at).isTrue();
        }
    }

    private static void checkSpan(String text, Span span) {
        assertThat(span).isNotNull();
        assertThat(span.end()).isLessThanOrEqualTo(text.length());
        assertThat(span.length()).isPositive();
    }

    /** True when {@code value} is written in {@code at}, or is an article given back to what is written there. */
    private static boolean isCutFrom(String value, String at) {
        return at.contains(value) || value.startsWith("ال") && (at.contains(value.substring(1)) || at.contains(value.substring(2)));
    }

    private static List<String> values(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                assertThat(v).isEqualTo(v.strip());
                assertThat(v).doesNotStartWith("،").doesNotEndWith("،").doesNotEndWith(".");
                out.add(v);
            }
        }
        return out;
    }
}
