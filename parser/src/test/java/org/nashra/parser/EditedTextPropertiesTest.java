package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;

/**
 * Property-based robustness: texts like the ones the parser reads — the development corpus, the held-out
 * texts of the test resources and sentences written here — cut into slices and edited the way copying, typesetting and typing edit them
 * ({@link TextEdit}: harakat, tatweel, bidi controls, joiners, presentation forms, digits of every script,
 * extreme numbers, repeated cue words, names that begin with a clitic letter, shuffled words and lines). For
 * every such text the parser returns a bulletin (no exception: an edited text never holds an unpaired
 * surrogate, the one documented one), every value is cut from its span ({@link CutFromText}), the same text
 * gives the same bulletin, and the bulletin survives its JSON form.
 *
 * <p>Each property runs {@code jqwik.tries.default} tries ({@code junit-platform.properties}: 2,500, so
 * 10,000 generated texts a build). A longer search:
 * {@code mvn -pl parser -am verify -Dtest=EditedTextPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=100000}.
 */
class EditedTextPropertiesTest {
    /** Sentences written for these properties: names with clitic letters, ل + article, dates at the calendar's edges. */
    private static final List<String> WRITTEN = List.of(
            "عقدت لجنة التنسيق اجتماعها الدوري يوم السبت 1/1/0001 بحضور الرفيق بولس يوسف والسيد باسم بكر، "
                    + "وقدمت الشكر لِلْمُتَطَوِّعِينَ وللـعاملين في الجمعية. وفي اليوم التالي عقد لقاء آخر.",
            "بحضور الرفيق علي جبار البصري والرفيق علي كاظم البصري والرفيق علي عبد الله البصري عقدت الهيئة "
                    + "الادارية لرابطة الخريجين اجتماعها في 31/12/9999 وانتخب المجتمعون بولس يوسف رئيسا ووليد فؤاد نائبا.",
            "بعث المكتب التنفيذي ببرقية تهنئة الى اللجنة النسوية لمناسبة عيد المرأة، وطالب الحكومة بإطلاق سراح "
                    + "المعتقلين، ووقف الحضور دقيقة صمت على روح الفقيد لطيف حسن. ١٢/٣/٢٠٢٤",
            "تدعو جمعية الثقافة ﻟﻠﺠﻤﻴﻊ الى حضور الامسية يوم الجمعة ٢٨ ‏/٦‏/٢٠٢٠ الساعة ٧ مساءً في قاعة المركز، "
                    + "وتشكر لِلْجَمْعِيَّةِ النسوية دعمها.");

    private static final List<String> TEXTS = texts();

    @Property
    void anyEditedTextParsesWithEveryValueCutFromItsSpan(@ForAll("editedTexts") String text) {
        assertThat(CutFromText.problems(text, BulletinParser.parse(text))).isEmpty();
    }

    @Property
    void theSameTextGivesTheSameBulletin(@ForAll("editedTexts") String text) {
        assertThat(BulletinParser.parse(text)).isEqualTo(BulletinParser.parse(text));
    }

    @Property
    void theBulletinOfAnyEditedTextSurvivesItsJsonForm(@ForAll("editedTexts") String text) {
        Bulletin b = BulletinParser.parse(text);
        assertThat(BulletinJson.read(BulletinJson.toString(b))).isEqualTo(b);
    }

    @Property
    void anyShortStringOfArabicDigitsMarksAndControlsParsesWithEveryValueCutFromItsSpan(
            @ForAll("shortStrings") String text) {
        assertThat(CutFromText.problems(text, BulletinParser.parse(text))).isEmpty();
    }

    /** A slice of a text (up to 40% of it) with up to six edits. */
    @Provide
    Arbitrary<String> editedTexts() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> slice = Combinators.combine(Arbitraries.of(TEXTS), fraction, Arbitraries.doubles().between(0, 0.4))
                .as((text, from, length) -> TextEdit.slice(text, from, from + length));
        Arbitrary<TextEdit> edit = Combinators.combine(Arbitraries.of(TextEdit.Kind.class), fraction,
                Arbitraries.integers().between(0, 9999)).as(TextEdit::new);
        return Combinators.combine(slice, edit.list().ofMaxSize(6)).as((text, edits) -> {
            String edited = text;
            for (TextEdit e : edits) {
                edited = e.apply(edited);
            }
            return edited;
        });
    }

    /** Strings of up to 60 chars over Arabic letters and marks, digits of four scripts, controls and punctuation. */
    @Provide
    Arbitrary<String> shortStrings() {
        return Arbitraries.strings().withCharRange('\u0600', '\u06FF').withCharRange('0', '9')
                .withCharRange('\u0660', '\u0669').withCharRange('\u06F0', '\u06F9').withCharRange('\uFE70', '\uFEFC')
                .withCharRange('\u200B', '\u200F').withCharRange('\u202A', '\u202E').withCharRange('\u2066', '\u2069')
                .withChars(" \n\t/.:-،؛()«»\u00A0\uFEFF").ofMaxLength(60);
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(WRITTEN);
        DevelopmentCorpus.names().forEach(name -> texts.add(DevelopmentCorpus.text(name)));
        for (String set : List.of("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")) {
            try (Stream<Path> files = Files.list(Path.of(EditedTextPropertiesTest.class.getResource(set).toURI()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(texts);
    }
}
