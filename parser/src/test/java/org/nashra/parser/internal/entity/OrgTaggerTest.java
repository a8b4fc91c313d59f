package org.nashra.parser.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nashra.model.Organization;
import org.nashra.parser.internal.text.AnalyzedText;

/** What the organisation tagger understands, one pattern per test; every sentence is written for the test. */
class OrgTaggerTest {
    private final OrgTagger tagger = OrgTagger.standard();

    private OrgMention at(String text, int token) {
        return tagger.organizationAt(AnalyzedText.of(text), token).orElseThrow();
    }

    @Test
    void headWithItsGenitivesAndAdjectives() {
        Organization o = at("نظم اتحاد الطلبة العرب الديمقراطيين ندوة", 1).organization();
        assertThat(o.name()).isEqualTo("اتحاد الطلبة العرب الديمقراطيين");
    }

    @Test
    void nameStopsAtAVerbOrAPreposition() {
        assertThat(at("الجمعية الثقافية المغربية تدعو الى", 0).organization().name()).isEqualTo("الجمعية الثقافية المغربية");
        assertThat(at("نادي الشباب العراقي الذي تأسس", 0).organization().name()).isEqualTo("نادي الشباب العراقي");
    }

    @Test
    void anObjectAfterADefiniteNameIsNotPartOfIt() {
        assertThat(at("وجهت الرابطة التحية الى", 1).organization().name()).isEqualTo("الرابطة");
    }

    @Test
    void networksGroupsAndRegionalDelegationsAreBodies() {
        assertThat(at("أصدرت شبكة المدونات العربيات بيانا", 1).organization().name()).isEqualTo("شبكة المدونات العربيات");
        assertThat(at("دعت جماعة العدل الديمقراطية أنصارها", 1).organization().name()).isEqualTo("جماعة العدل الديمقراطية");
        assertThat(at("نظمت المندوبية الجهوية للثقافة معرضا", 1).organization().name()).startsWith("المندوبية الجهوية");
    }

    @Test
    void coordinationInsideTheName() {
        assertThat(at("رابطة الفنانين والمثقفين السوريين", 0).organization().name())
                .isEqualTo("رابطة الفنانين والمثقفين السوريين");
    }

    @Test
    void aPhraseWithLiContinuesTheName() {
        assertThat(at("المركز العربي للدراسات والبحوث يعلن", 0).organization().name())
                .isEqualTo("المركز العربي للدراسات والبحوث");
    }

    @Test
    void liWithAnIndefiniteConstructAfterAnAdjectiveContinuesTheName() {
        assertThat(at("نظمت الهيئة المغربية لحقوق الطفل ندوة", 1).organization().name())
                .isEqualTo("الهيئة المغربية لحقوق الطفل");
        assertThat(at("دعا الاتحاد الوطني لنقابات المعلمين الى", 1).organization().name())
                .isEqualTo("الاتحاد الوطني لنقابات المعلمين");
        assertThat(at("نظمت الجمعية الأهلية لأصحاب المهن الحرة لقاء", 1).organization().name())
                .isEqualTo("الجمعية الأهلية لأصحاب المهن الحرة");
    }

    @Test
    void liOfAPurposeOrOfAPossessedNounEndsTheName() {
        assertThat(at("اجتمع مجلس الرابطة لبحث الأوضاع", 1).organization().name()).isEqualTo("مجلس الرابطة");
        assertThat(at("شكرت الجمعية الخيرية لدعمها مشروع المدرسة", 1).organization().name())
                .isEqualTo("الجمعية الخيرية");
        // a singular body after ل owns the one before it: its name ends there
        assertThat(at("الهيئة الجديدة لجمعية الأطباء", 0).organization().name()).isNotEqualTo("الهيئة الجديدة لجمعية الأطباء");
    }

    @Test
    void anAdjectiveAfterTheGenitiveMayAgreeWithTheHead() {
        assertThat(at("أصدر حزب النهضة الوطنية الديمقراطي بيانا", 1).organization().name())
                .isEqualTo("حزب النهضة الوطنية الديمقراطي");
        assertThat(at("الجمعية الثقافية الاجتماعي", 0).organization().name()).isEqualTo("الجمعية الثقافية");
    }

    @Test
    void aCommitteeOrOfficeInsideABodyIsItsOrgan() {
        Organization o = at("تنظم لجنة الشباب في جمعية النهضة الثقافية أمسية", 1).organization();
        assertThat(o.organ()).isEqualTo("لجنة الشباب");
        assertThat(o.name()).isEqualTo("جمعية النهضة الثقافية");
        // في + a place says where the committee works
        Organization local = at("عقدت لجنة الانتخابات في بغداد اجتماعا", 1).organization();
        assertThat(local.name()).isEqualTo("لجنة الانتخابات");
        assertThat(local.place().city()).isEqualTo("بغداد");
    }

    @Test
    void aShortNameInQuotesBracketsOrAfterADashContinuesALongName() {
        assertThat(at("عقد حزب العمال الديمقراطي المغربي \"عدل\" مؤتمره", 1).organization().name())
                .isEqualTo("حزب العمال الديمقراطي المغربي \"عدل\"");
        assertThat(at("أعلن حزب التحالف الوطني للتنمية (وفاق) عن", 1).organization().name())
                .isEqualTo("حزب التحالف الوطني للتنمية (وفاق)");
        assertThat(at("تشكر الحركة الوطنية الكلدانية – نهرين بحرارة", 1).organization().name())
                .isEqualTo("الحركة الوطنية الكلدانية – نهرين");
        // a place after the dash, or a quoted title after a short name, is something else
        assertThat(at("نظمت الجمعية الثقافية الكردية – ستوكهولم ندوة", 1).organization().name())
                .isEqualTo("الجمعية الثقافية الكردية");
        assertThat(at("أصدرت الرابطة الثقافية \"بيانا\"", 1).organization().name()).isEqualTo("الرابطة الثقافية");
    }

    @Test
    void quotedName() {
        assertThat(at("فرقة «الرافدين» للفنون الشعبية", 0).organization().name()).isEqualTo("فرقة «الرافدين» للفنون الشعبية");
    }

    @Test
    void trailingPlaceAfterFi() {
        String text = "اتحاد الكتاب العراقيين في الدنمارك";
        OrgMention m = at(text, 0);
        assertThat(m.organization().name()).isEqualTo("اتحاد الكتاب العراقيين");
        assertThat(m.organization().place().country()).isEqualTo("DK");
        assertThat(m.organization().place().countryName()).isEqualTo("الدنمارك");
        assertThat(m.organization().span().of(text)).isEqualTo(text);
    }

    @Test
    void trailingCityAfterBa() {
        Organization o = at("البيت العراقي بلاهاي", 0).organization();
        assertThat(o.name()).isEqualTo("البيت العراقي");
        assertThat(o.place().city()).isEqualTo("لاهاي");
        assertThat(o.place().country()).isEqualTo("NL");
        assertThat(o.place().inferred()).isTrue();
    }

    @Test
    void organOfAnOrganisationAfterLiRestoresTheArticle() {
        String text = "المكتب التنفيذي للرابطة الثقافية الكردية في أوسلو";
        OrgMention m = at(text, 0);
        assertThat(m.organization().organ()).isEqualTo("المكتب التنفيذي");
        assertThat(m.organization().name()).isEqualTo("الرابطة الثقافية الكردية");
        assertThat(m.organization().place().city()).isEqualTo("أوسلو");
    }

    @Test
    void organAdjectiveIsNotPartOfTheOrgan() {
        Organization o = at("الهيئة الادارية المنتخبة لنادي الجالية", 0).organization();
        assertThat(o.organ()).isEqualTo("الهيئة الادارية");
        assertThat(o.name()).isEqualTo("نادي الجالية");
    }

    @Test
    void indefiniteOrganTakesItsOrganisationAsGenitive() {
        Organization o = at("شكرا لادارة مكتبة المدينة", 1).organization();
        assertThat(o.organ()).isEqualTo("ادارة");
        assertThat(o.name()).isEqualTo("مكتبة المدينة");
    }

    @Test
    void afterLiTheArticleIsRestoredAndTheSpanStartsAfterTheLi() {
        String text = "تحية للجنة النسوية";
        OrgMention m = at(text, 1);
        assertThat(m.organization().name()).isEqualTo("اللجنة النسوية");
        assertThat(m.organization().span().of(text)).isEqualTo("لجنة النسوية");
    }

    @Test
    void afterLiTheArticleIsRestoredBeforeTheLamAsWrittenWithItsHarakatAndTatweel() {
        String text = "تحية لِلْجَمْعِيَّةِ النسوية وللـجمعية الثقافية";
        Organization vocalised = at(text, 1).organization();
        assertThat(vocalised.name()).isEqualTo("الْجَمْعِيَّةِ النسوية");
        assertThat(vocalised.span().of(text)).isEqualTo("لْجَمْعِيَّةِ النسوية");
        assertThat(at(text, 3).organization().name()).isEqualTo("الـجمعية الثقافية");
    }

    @Test
    void branchAfterTheName() {
        Organization o = at("منظمة حقوق الانسان فرع كوبنهاغن", 0).organization();
        assertThat(o.name()).isEqualTo("منظمة حقوق الانسان");
        assertThat(o.branch()).isEqualTo("فرع كوبنهاغن");
        assertThat(o.place().city()).isEqualTo("كوبنهاغن");
        assertThat(o.place().country()).isEqualTo("DK");
    }

    @Test
    void branchAfterADash() {
        Organization o = at("جمعية الهلال الأحمر – فرع بلجيكا", 0).organization();
        assertThat(o.branch()).isEqualTo("فرع بلجيكا");
        assertThat(o.place().countryName()).isEqualTo("بلجيكا");
    }

    @Test
    void branchDesignationBeforeItsOrganisation() {
        Organization o = at("فرع كندا للحزب الديمقراطي الكردستاني", 0).organization();
        assertThat(o.branch()).isEqualTo("فرع كندا");
        assertThat(o.name()).isEqualTo("الحزب الديمقراطي الكردستاني");
        assertThat(o.place().country()).isEqualTo("CA");
    }

    @Test
    void organisationNamedByItsCountryIsABranchOfOneNamedElsewhere() {
        OrgMention m = at("وتغيبت منظمة النمسا", 1);
        assertThat(m.organization().name()).isNull();
        assertThat(m.organization().branch()).isEqualTo("منظمة النمسا");
        assertThat(m.organization().place().country()).isEqualTo("AT");
        assertThat(m.anaphoric()).isTrue();
    }

    @Test
    void bareDefiniteHeadIsAnaphoric() {
        OrgMention m = at("وطالبت النقابة بحقوق", 1);
        assertThat(m.organization().name()).isEqualTo("النقابة");
        assertThat(m.anaphoric()).isTrue();
    }

    @Test
    void bareIndefiniteHeadIsNoOrganisation() {
        assertThat(tagger.organizationAt(AnalyzedText.of("تأسيس جمعية ، ثم"), 1)).isEmpty();
    }

    @Test
    void bodiesOutsideTheHomelandKeepThatInTheirName() {
        assertThat(at("منظمات الاتحاد خارج العراق", 0).organization().name()).isEqualTo("منظمات الاتحاد خارج العراق");
    }

    @Test
    void everyOrganisationOfATextInOrder() {
        AnalyzedText t = AnalyzedText.of("برقيات من الحزب الشيوعي اللبناني، ومن نقابة المعلمين في صيدا");
        assertThat(tagger.organizations(t).stream().map(m -> m.organization().name()))
                .containsExactly("الحزب الشيوعي اللبناني", "نقابة المعلمين");
    }
}
