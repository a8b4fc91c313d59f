package org.nashra.parser.internal.frame.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Group;
import org.nashra.model.Organization;
import org.nashra.model.Resolution;
import org.nashra.model.Resolution.Kind;
import org.nashra.parser.BulletinParser;

/** What the parser reads as resolutions: one per clause with its own act verb, the kind named by the verb. */
class ResolutionFramesTest {

    private static List<Resolution> read(String text) {
        return BulletinParser.parse(text).resolutions();
    }

    private static List<Kind> kinds(String text) {
        return read(text).stream().map(Resolution::kind).toList();
    }

    @Test
    void aDemandVerbInAnyPersonIsADemand() {
        assertThat(kinds("وطالب الاجتماع بزيادة الدعم للمدارس العربية.")).containsExactly(Kind.DEMAND);
        assertThat(kinds("ونطالب الوزارة بفتح تحقيق عاجل.")).containsExactly(Kind.DEMAND);
        assertThat(kinds("وطالبوا البلدية بتوفير قاعة دائمة للجالية.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void criticismAndProtestAreCondemnationsInEveryForm() {
        assertThat(kinds("وانتقد البيان سياسة البلدية تجاه الفرق الرياضية.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وننتقد صمت الوزارة عن تأخير الرواتب.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("واحتجت الهيئة على نقل المدرسين الى القرى البعيدة.")).containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void passingAReportIsAnApprovalAndNotTheNounOfALeave() {
        assertThat(kinds("وأجاز المؤتمر التقرير المالي للسنتين الماضيتين.")).containsExactly(Kind.APPROVAL);
        assertThat(kinds("ويجيز المجلس الخطة السنوية بعد مناقشتها.")).containsExactly(Kind.APPROVAL);
        assertThat(kinds("وغادر الرئيس في إجازة قصيرة.")).isEmpty();
    }

    @Test
    void aPossessedVerbalNounAfterTheSubjectIsWhatTheCarrierDeclares() {
        assertThat(kinds("وأكد الأعضاء دعمهم لمطالب الأهالي في الحي القديم.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("وأكد الأعضاء تضامنهم مع عمال الميناء.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("وأكد الأعضاء أهمية العمل المشترك.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void chargingSomeoneWithATaskIsADecision() {
        assertThat(kinds("وكلّف الاجتماع الزميل نبيل داود بمتابعة ملف السكن.")).containsExactly(Kind.DECISION);
        assertThat(kinds("ونكلف اللجنة الثقافية بإعداد برنامج الصيف.")).containsExactly(Kind.DECISION);
        assertThat(kinds("وجرى تقييم تكلفة المشروع.")).isEmpty();
    }

    @Test
    void numberedItemsAfterASentenceClosedByItsFullStopAreEachTheActTheyName() {
        String text = "بيان المكتب التنفيذي\nأولاً: نستنكر اعتقال الناشطين.\nثانياً: نطالب بالإفراج عنهم.\n"
                + "ثالثاً: ندعو الأهالي إلى الاعتصام السلمي.";
        assertThat(kinds(text)).containsExactly(Kind.CONDEMNATION, Kind.DEMAND, Kind.CALL);
        assertThat(kinds("وأكدت الهيئة وحدة الصف.\n- نطالب بلجنة تحقيق.\n- ندين الاعتداء."))
                .containsExactly(Kind.EMPHASIS, Kind.DEMAND, Kind.CONDEMNATION);
        assertThat(kinds("ويطالب الاتحاد بما يلي:\n- زيادة المنح.\n- تحسين السكن الجامعي."))
                .containsExactly(Kind.DEMAND, Kind.DEMAND);
    }

    @Test
    void theItemsOfAnAffirmationAreEachTheActTheyName() {
        String text = "وأكد المجلس ما يلي:\n- رفض أي مساس بحرية الصحافة.\n- المطالبة بإلغاء الرسوم الجديدة.";
        assertThat(kinds(text)).containsExactly(Kind.CONDEMNATION, Kind.DEMAND);
        assertThat(kinds("وأعلنت الهيئة ما يلي:\n- تأييد مطالب المعلمين.\n- ندعو إلى الحوار."))
                .containsExactly(Kind.SUPPORT, Kind.CALL);
        assertThat(kinds("ويؤكد الحزب:\n- أن الحوار هو الطريق الوحيد.\n- أن الوحدة ضرورة."))
                .containsExactly(Kind.EMPHASIS, Kind.EMPHASIS);
    }

    @Test
    void theVerbsOwnVerbalNounAfterItIsOneActWithIt() {
        assertThat(kinds("وترفض الجمعية رفضاً قاطعاً قرار إغلاق المكتبة.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("ونطالب مطالبة صريحة بإعادة المفصولين.")).containsExactly(Kind.DEMAND);
        assertThat(kinds("وأضاف الرئيس قائلاً: إن العمل مستمر.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void aVerbalNounInBiRightAfterAVerbIsWhatTheVerbDid() {
        Resolution r = read("وافتتح الرئيس الجلسة بكلمة استهلها بالتأكيد على وحدة الصف.").get(0);
        assertThat(r.kind()).isEqualTo(Kind.EMPHASIS);
        assertThat(r.text()).isEqualTo("التأكيد على وحدة الصف");
        assertThat(kinds("واختتم الاجتماع بالمطالبة بتحسين الخدمات.")).containsExactly(Kind.DEMAND);
        assertThat(kinds("وخرج المعلمون للمطالبة بحقوقهم.")).isEmpty();
    }

    @Test
    void announcingAStrikeIsADecisionWithOrWithoutAn() {
        assertThat(kinds("وأعلنت النقابة الإضراب العام ابتداء من الاثنين.")).containsExactly(Kind.DECISION);
        assertThat(kinds("ويعلن الاتحاد عن الاعتصام أمام الوزارة يوم الأحد.")).containsExactly(Kind.DECISION);
        assertThat(kinds("وأعلن الرئيس النتائج.")).isEmpty();
    }

    @Test
    void aQuotationThatOpensOnAnActIsThatActAndTheSpeakerIsItsActor() {
        String text = "وقال الدكتور وليد سعيد: «إننا نطالب الوزارة بإعادة فتح المكتبة».";
        Resolution r = read(text).get(0);
        assertThat(kinds(text)).containsExactly(Kind.DEMAND);
        assertThat(((org.nashra.model.Person) r.actor()).name()).isEqualTo("وليد سعيد");
        assertThat(kinds("وأضاف: \"إننا ندين إغلاق الجسر\".")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وقالت الرئيسة: «نحن نرفض هذا القانون».")).containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void whatSlogansAndBannersSayIsNoAct() {
        assertThat(kinds("ورفع المحتجون لافتات تطالب برحيل الحكومة.")).isEmpty();
        assertThat(kinds("وردد الطلبة هتافات تندد بالغلاء.")).isEmpty();
        assertThat(kinds("والمنظمات تطالب بفتح تحقيق.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void twoVerbsOnOneObjectAreOneCondemnation() {
        assertThat(kinds("وتشجب الرابطة وتستنكر الهجوم على مقر النادي الثقافي.")).containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void eachClauseWithItsOwnVerbIsAnAct() {
        assertThat(kinds("ادان المؤتمر اعتقال الصحفيين، وطالب بالافراج عنهم، كما دعا النقابات الى التضامن معهم."))
                .containsExactly(Kind.CONDEMNATION, Kind.DEMAND, Kind.CALL);
    }

    @Test
    void theActRunsToTheEndOfItsClause() {
        Resolution r = read("وشدد المجتمعون على اهمية العمل المشترك، ثم انتقلوا الى بند آخر.").get(0);
        assertThat(r.kind()).isEqualTo(Kind.EMPHASIS);
        assertThat(r.text()).isEqualTo("شدد المجتمعون على اهمية العمل المشترك");
    }

    @Test
    void aDecisionOverSeveralItemsIsOneDecisionEach() {
        assertThat(kinds("وقرر الاجتماع تأسيس فرقة مسرحية للشباب، واقامة دورة في الخط العربي، وتنظيم رحلة صيفية."))
                .containsExactly(Kind.DECISION, Kind.DECISION, Kind.DECISION);
    }

    @Test
    void aCallToJoinAProtestIsACallButAnInvitationToAttendIsNot() {
        assertThat(kinds("وتدعو اللجنة ابناء الجالية الى المشاركة في التظاهرة امام البرلمان.")).containsExactly(Kind.CALL);
        assertThat(kinds("ويدعو النادي الاعضاء الى حضور الحفل السنوي.")).isEmpty();
        assertThat(kinds("وندعو الجميع للحضور مع عائلاتهم.")).isEmpty();
        assertThat(kinds("ودعا المكتب التنفيذي أعضاء المجلس إلى جلسة استثنائية يوم الخميس.")).isEmpty();
        assertThat(kinds("وتدعو النقابة منتسبيها إلى دورة تدريبية في الإسعافات الأولية.")).isEmpty();
    }

    @Test
    void bulletedItemsAfterAVerbTakeTheVerbsKind() {
        String text = "واختتم البيان بفقرة جاء فيها ان الرابطة تطالب بـ:\n- تعديل قانون الجمعيات.\n- الغاء الرسوم على الطلبة.";
        assertThat(kinds(text)).containsExactly(Kind.DEMAND, Kind.DEMAND);
    }

    @Test
    void aStatementApprovedIsOneActAndItsItemsAreWhatItSays() {
        String text = "وفي الختام أقر المشاركون البيان الختامي الذي تضمن:\n1- المطالبة بزيادة المنح الدراسية.\n"
                + "2- رفض إغلاق المكتبة المركزية.\n3- التضامن مع طلبة الجامعات المضربين.\n";
        assertThat(kinds(text)).containsExactly(Kind.APPROVAL, Kind.DEMAND, Kind.CONDEMNATION, Kind.SUPPORT);
        assertThat(read(text).get(0).text()).isEqualTo("أقر المشاركون البيان الختامي");
    }

    @Test
    void itemsNumberedByLettersAreItemsAsNumberedOnesAre() {
        String text = "وعليه تعلن الهيئة ما يلي:\nأ- ادانتها للاعتداء على الزملاء.\nب- مطالبة الشرطة بملاحقة المعتدين.\n"
                + "ج- تشكيل لجنة لمتابعة القضية.\n";
        assertThat(kinds(text)).containsExactly(Kind.CONDEMNATION, Kind.DEMAND, Kind.DECISION);
        assertThat(kinds("واستقبل الحفل عدداً من الضيوف.\nد. سامي حداد رئيس الجمعية")).isEmpty(); // د. is a title
    }

    @Test
    void recommendationsListedAfterTheirNounKeepTheirOwnVerbsAndDefaultToRecommendation() {
        String text = "وصدرت عن الندوة توصيات، ابرزها:\n- مطالبة الجامعات بفتح اقسام للترجمة.\n"
                + "- انشاء موقع الكتروني للمترجمين.\n- دعوة دور النشر الى دعم الكتاب الشباب.";
        assertThat(kinds(text)).containsExactly(Kind.DEMAND, Kind.RECOMMENDATION, Kind.CALL);
    }

    @Test
    void aVerbalNounIsAnActOnlyWhereTheTextMakesItOne() {
        assertThat(kinds("وتمت المصادقة على الميزانية بالاجماع.")).containsExactly(Kind.APPROVAL);
        assertThat(kinds("وخرج المحتجون للمطالبة بحقوقهم.")).isEmpty();
    }

    @Test
    void affirmingResolveOrAFutureIsAPledge() {
        assertThat(kinds("مؤكدين العزم على مواصلة النضال.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("واكدت الرئيسة ان الجمعية ستواصل دعم الطلبة.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("وسنعمل على نشر التقرير في كل الصحف.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("واكد المجتمعون اهمية الحوار.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void declaringSolidarityOrBackingIsSupport() {
        assertThat(kinds("ويعلن الاتحاد تضامنه مع عمال الموانئ.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("واعلن المشاركون تأييدهم للمبادرة.")).containsExactly(Kind.SUPPORT);
    }

    @Test
    void layingTheBlameIsACondemnation() {
        assertThat(kinds("ويحمّل المنتدى الحكومة مسؤولية تدهور الخدمات.")).containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void hopingThatOthersWillActIsACall() {
        assertThat(kinds("آملين منهم ان يعملوا على تحسين اوضاع المتقاعدين.")).containsExactly(Kind.CALL);
    }

    @Test
    void praiseNeedsWhatItPraises() {
        assertThat(kinds("ويشيد التجمع بصمود الاهالي.")).containsExactly(Kind.PRAISE);
        assertThat(kinds("وختم الحفل بالنشيد الوطني.")).isEmpty();
    }

    @Test
    void aVerbInARelativeClauseIsNoAct() {
        assertThat(kinds("وتحدث الضيوف عن الشباب الذين طالبوا بالتغيير في الشوارع.")).isEmpty();
    }

    @Test
    void theGatheringActsForItsOrganizerAndTheParticipantsAsAGroup() {
        List<Resolution> rs = read("عقدت جمعية الصداقة العربية السويدية اجتماعها السنوي في مالمو. "
                + "وطالب الاجتماع بلدية المدينة بدعم الانشطة الثقافية. واكد المجتمعون على اهمية التطوع.");
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).actor()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("جمعية الصداقة العربية السويدية"));
        assertThat(rs.get(1).actor()).isInstanceOfSatisfying(Group.class,
                g -> assertThat(g.text()).isEqualTo("المجتمعون"));
    }

    @Test
    void theFirstPersonPluralIsTheIssuer() {
        Resolution r = read("اننا في رابطة المهندسين العرب نطالب بتسهيل معادلة الشهادات.\n\nرابطة المهندسين العرب").get(0);
        assertThat(r.actor()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة المهندسين العرب"));
    }

    @Test
    void headlinesAreNoActs() {
        assertThat(kinds("الجمعية تطالب بفتح المكتبة\n\nعقدت الجمعية اجتماعها الشهري وناقشت خطة العمل للعام المقبل.")).isEmpty();
    }

    @Test
    void itemsNumberedByOrdinalAdverbsAfterAVerbTakeItsKind() {
        String text = "ويطالب الاتحاد بما يلي:\nأولاً: رفع الحد الادنى للاجور.\nثانياً: تثبيت العمال المؤقتين.";
        assertThat(kinds(text)).containsExactly(Kind.DEMAND, Kind.DEMAND);
    }

    @Test
    void aRecommendationOverSeveralItemsIsOneEach() {
        assertThat(kinds("واوصى المؤتمرون بانشاء صندوق للطلبة، وتأسيس مكتبة رقمية.")).containsExactly(
                Kind.RECOMMENDATION, Kind.RECOMMENDATION);
    }

    @Test
    void aPossessedObjectAfterAnUnknownSubjectGivesTheKind() {
        assertThat(kinds("وتؤكد القوى الموقعة دعمها الكامل للمبادرة.")).containsExactly(Kind.SUPPORT);
    }

    @Test
    void aPluralParticipleOfCallingIsACall() {
        assertThat(kinds("واستنكر المشاركون الاعتداء على المسجد، داعين الشرطة الى حماية دور العبادة."))
                .containsExactly(Kind.CONDEMNATION, Kind.CALL);
    }

    @Test
    void affirmingTheFutureOfSomethingElseIsEmphasisNotAPledge() {
        assertThat(kinds("عقدت رابطة الكتاب العرب ندوتها السنوية. واكدت الرابطة ان الشعر سيبقى صوت المنفيين."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("عقدت رابطة الكتاب العرب ندوتها السنوية. واكدت الرابطة ان الرابطة ستبقى وفية لقرائها."))
                .containsExactly(Kind.PLEDGE);
        assertThat(kinds("عقدت رابطة الكتاب العرب ندوتها السنوية. واكدت ان الحملات لن تثنيها عن عملها."))
                .containsExactly(Kind.PLEDGE);
    }

    @Test
    void valuingAStandTakenIsPraiseAsAPosition() {
        var b = org.nashra.parser.BulletinParser.parse("ونثمّن موقف اتحاد الطلبة الرافض لرفع الرسوم الجامعية.");
        assertThat(b.resolutions()).extracting(org.nashra.model.Resolution::kind).containsExactly(Kind.PRAISE);
        assertThat(b.acknowledgements()).isEmpty();
    }

    @Test
    void aTelegramOfSupportIsAGreetingNotSupport() {
        assertThat(kinds("ووصلت الى المؤتمر برقيات مساندة من نقابة المهندسين ومن اتحاد الفلاحين.")).isEmpty();
    }

    @Test
    void welcomingAStepIsSupportButWelcomingPeopleIsNoAct() {
        assertThat(kinds("وترحب الجمعية بقرار البلدية فتح مكتبة عربية.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("ورحب رئيس النادي بالضيوف والمشاركين.")).isEmpty();
    }

    @Test
    void aWarningIsAnActOfKindOther() {
        assertThat(kinds("ويحذّر الاتحاد من تقليص ساعات تعليم اللغة الام.")).containsExactly(Kind.OTHER);
    }

    @Test
    void adoptingAReportIsAnApproval() {
        assertThat(kinds("واعتمد المجلس الخطة السنوية للنادي.")).containsExactly(Kind.APPROVAL);
        assertThat(kinds("ويعتمد النادي على تبرعات الاعضاء.")).isEmpty();
    }

    @Test
    void aPrayerToGodIsNoCall() {
        assertThat(kinds("واختتم كلمته داعياً الله ان يحفظ الجالية.")).isEmpty();
    }

    @Test
    void aVerbInsideAPersonsNameIsNoAct() {
        assertThat(kinds("وتحدثت في الندوة السيدة دانة الخطيب عن تجربتها.")).isEmpty();
    }

    @Test
    void aVerbRightAfterATitleIsAName() {
        assertThat(kinds("وشكر الحفل السيدة دانة سليم على جهودها.")).isEmpty();
    }

    @Test
    void aRepeatedVerbAfterKamaInAnItemIsAnActOfItsOwn() {
        assertThat(kinds("وعليه فإن الجمعية:\nأولاً: تطالب الوزارة بفتح المدرسة، كما تطالب البلدية بتوفير النقل.\n"
                + "ثانياً: تدعو الأهالي الى دعم الحملة.")).containsExactly(Kind.DEMAND, Kind.DEMAND, Kind.CALL);
    }

    @Test
    void twoApprovalVerbsJoinedByWaAreTwoApprovals() {
        assertThat(kinds("واعتمد المجلس التقرير الاداري، وصادق على الميزانية الجديدة."))
                .containsExactly(Kind.APPROVAL, Kind.APPROVAL);
    }

    @Test
    void recommendationsListedAfterTheirNounWithoutAColonAreOneEach() {
        assertThat(kinds("واختتمت الندوة بتوصيات أهمها المطالبة بدعم الصحافة المستقلة، وتأسيس صندوق للكتّاب، "
                + "وتنظيم مهرجان سنوي للشعر.")).containsExactly(Kind.DEMAND, Kind.RECOMMENDATION, Kind.RECOMMENDATION);
        // the noun of the list with its adjective and a comma before the opener
        assertThat(kinds("وخرج اللقاء بتوصيات عملية، منها ضرورة تدريب المعلمين الجدد، وتحديث المناهج، وتوسيع "
                + "المكتبات.")).containsExactly(Kind.RECOMMENDATION, Kind.RECOMMENDATION, Kind.RECOMMENDATION);
    }

    @Test
    void aPossessedYearIsNoPledge() {
        assertThat(kinds("وقرر المجلس اعفاء الطلاب من الرسوم في سنتهم الاولى.")).containsExactly(Kind.DECISION);
    }

    @Test
    void aFiniteVerbAfterADecisionListIsNoDecidedItem() {
        assertThat(kinds("وقرر المجلس رفع الاشتراك السنوي، وتنظيم رحلة صيفية، واختار بالاجماع الزميل سعيد الحلبي أميناً للصندوق."))
                .containsExactly(Kind.DECISION, Kind.DECISION);
    }

    @Test
    void aNumberedPositionValuingAStepIsPraise() {
        assertThat(kinds("وعليه فإن الجمعية:\nأولاً: تدين الاعتداء على المكتبة.\n"
                + "ثانياً: تثمّن مبادرة المدرسة المجاورة بفتح قاعاتها للطلاب.")).containsExactly(Kind.CONDEMNATION, Kind.PRAISE);
        assertThat(kinds("وعليه فإن الجمعية:\nأولاً: تدين الاعتداء على المكتبة، وتثمّن موقف البلدية السريع.\n"
                + "ثانياً: تدعو الأهالي الى دعم الحملة.")).containsExactly(Kind.CONDEMNATION, Kind.PRAISE, Kind.CALL);
    }

    @Test
    void anInvitationToAReceptionOrToHoldAMeetingIsNoCall() {
        assertThat(kinds("وتغتنم الرابطة المناسبة ليدعو رئيسها أبناء الجالية الى حفل الاستقبال مساء الأربعاء.")).isEmpty();
        assertThat(kinds("دعت الهيئة الادارية الى عقد لقائها الموسع بأعضاء الجمعية في العاشر من الشهر القادم.")).isEmpty();
    }

    @Test
    void anAnthemIsNoPraise() {
        assertThat(kinds("واستمع الحضور الى نشيد العمال بعدها القيت كلمة النقابة.")).isEmpty();
    }

    @Test
    void aThirdPersonSingingOutWithTheSaluteIsPraise() {
        assertThat(kinds("وخص التجمع بالتحية الشهداء والجرحى في كل المدن.")).containsExactly(Kind.PRAISE);
    }

    @Test
    void aBodyFormedOrAPostGivenIsADecision() {
        assertThat(kinds("عقدت اللجنة اجتماعها الدوري، وتم تشكيل لجنة فرعية لمتابعة ملف العمال المفصولين."))
                .containsExactly(Kind.DECISION);
        assertThat(kinds("وفي ختام اللقاء جرى تأسيس فرع جديد للجمعية في مدينة حلب.")).containsExactly(Kind.DECISION);
        assertThat(kinds("عقدت اللجنة اجتماعها الدوري، وجرى تعيين السيد سامي خليل مديرا للمكتب.")).containsExactly(Kind.DECISION);
    }

    @Test
    void aFormingNounThatNoDoneVerbGovernsIsNoDecision() {
        assertThat(kinds("وتحدث الرئيس عن تأسيس الجمعية قبل عشرين عاما.")).isEmpty();
        assertThat(kinds("وقد تم الاحتفال بذكرى تأسيس النادي.")).isEmpty();
    }

    @Test
    void aVerbOfSayingWithItsComplementStatesAPosition() {
        assertThat(kinds("وأضاف رئيس الرابطة أن الجالية ستبقى موحدة في وجه التحديات.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وتحدث الأمين العام عن أوضاع الطلبة، مضيفاً ان التعليم حق للجميع."))
                .containsExactly(Kind.EMPHASIS);
        Resolution quoted = read("وقال المنسق: «إن وحدة الصف هي الضمانة الوحيدة».").get(0);
        assertThat(quoted.kind()).isEqualTo(Kind.EMPHASIS);
        assertThat(quoted.text()).endsWith("هي الضمانة الوحيدة");
    }

    @Test
    void anEventToldInReportedSpeechIsNoPosition() {
        assertThat(kinds("وأكد المتحدث أن اللجنة قد اجتمعت يوم الخميس الماضي.")).isEmpty();
        assertThat(kinds("وأضاف أن انعقاد المؤتمر جاء بعد تأجيل طويل.")).isEmpty();
        assertThat(kinds("وقال الرئيس إن الحفل سيقام يوم 12 آذار في القاعة الكبرى.")).isEmpty();
    }

    @Test
    void aGatheringOrAFigureToldInReportedSpeechIsNoPosition() {
        assertThat(kinds("وقال عضو في الهيئة لصحيفتنا إن الاجتماع ناقش أوضاع المتقاعدين.")).isEmpty();
        assertThat(kinds("وأضافت أن اللقاء تطرق إلى قانون الضمان.")).isEmpty();
        assertThat(kinds("وأوضح الأمين العام أن عدد المنتسبين الجدد تجاوز خمسمئة منتسب.")).isEmpty();
        assertThat(kinds("وتشير أرقام الوزارة إلى أن البطالة في ازدياد.")).isEmpty();
        // a share that is not reached is still a view held
        assertThat(kinds("وأضاف أن نسبة المعلمين إلى التلاميذ ما زالت متدنية.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void theSpeakersOwnBodyToldToDoSomethingPromisesIt() {
        assertThat(kinds("وقال المتحدث باسم الحزب إن الحزب سيقدم مشروع قانون بديلاً.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("وأعلنت الرئيسة أن الجمعية ستطلق برنامجاً لمحو الأمية.")).containsExactly(Kind.PLEDGE);
        // dated, what the body will do is still promised, not told as news
        assertThat(kinds("وأكد رئيس الجمعية أن الجمعية ستفتح باب التسجيل في شهر أيار المقبل.")).containsExactly(Kind.PLEDGE);
        // a gathering it will hold is a gathering announced
        assertThat(kinds("وأعلن رئيس الرابطة أن الرابطة ستعقد مؤتمرها العام في أيلول المقبل.")).isEmpty();
        assertThat(kinds("وقال إن المركز سوف يشهد يوم الجمعة المقبل حفلاً للأطفال.")).isEmpty();
        assertThat(kinds("وقالت النقابة في بيان إن الهيئة العامة تنعقد الجمعة في مقرها.")).isEmpty();
    }

    @Test
    void commendingAStandIsPraiseAsAPosition() {
        assertThat(kinds("ورحّب الوزير بمقترحات الاتحاد وأثنى على التضامن الذي أبدته النقابات.")).containsExactly(Kind.SUPPORT,
                Kind.PRAISE);
        assertThat(kinds("وتحدث النائب مثنياً على \"الدور الذي يؤديه الاتحاد في الدفاع عن العمال\".")).containsExactly(Kind.PRAISE);
        assertThat(kinds("وأثنى الرئيس على جهود المتطوعين في الحملة.")).isEmpty(); // effort spent: acknowledged
    }

    @Test
    void aParticipleWithoutTheCircumstantialEndingIsNoOneActing() {
        assertThat(kinds("وناقش الاجتماع مطالب تحسين ظروف العمل في المصانع.")).isEmpty();
        assertThat(kinds("وشيّع أهالي البلدة الفقيد في موكب مهيب يوم الأحد.")).isEmpty();
        assertThat(kinds("وتحدث رئيس النقابة مطالباً الوزارة بصرف المستحقات.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void anUndertakingJoinedToWhatIsDemandedIsPartOfTheDemand() {
        String text = "وصدرت عن اللقاء توصيات، أبرزها:\n- مطالبة البلدية بتنظيف الحدائق واعتماد خطة دائمة لصيانتها.\n"
                + "- رفضها رفع الرسوم ومطالبتها المجلس بالتراجع عنه.\n";
        assertThat(kinds(text)).containsExactly(Kind.DEMAND, Kind.CONDEMNATION, Kind.DEMAND);
    }

    @Test
    void anActWordBeforeALineageIsAFirstName() {
        assertThat(kinds("وحضر الاجتماع طالب بن سالم الهاشمي ومؤيد بن علي الكندي.")).isEmpty();
    }

    @Test
    void aFutureOfOursSpokenToSomeoneIsNoPledge() {
        assertThat(kinds("سنفتقدك كثيراً، وسنفتقد ضحكتك يا أبا سمير.")).isEmpty();
        assertThat(kinds("وسنواصل النضال من أجل العدالة.")).containsExactly(Kind.PLEDGE);
    }

    @Test
    void aVerbInsideWhatIsAffirmedBelongsToTheAffirmation() {
        assertThat(kinds("وأكد الاتحاد أن الحزب من موقعه الوطني يتبنى مطالب العمال.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وشددت الهيئة على أن النقابة وحدها ترفض هذا القانون.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وأوضح البيان بأن المجلس يؤيد الخطة الجديدة.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("إن الحزب يدين الاعتداء على المتظاهرين.")).containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void aDecisionTakenIsADecision() {
        assertThat(kinds("واتخذت الهيئة قرارها بمقاطعة الانتخابات.")).containsExactly(Kind.DECISION);
        assertThat(kinds("اتخذ المجلس قراراً بتجميد عضوية الفرع.")).containsExactly(Kind.DECISION);
        assertThat(kinds("وتم اتخاذ قرار بنقل المقر الى وسط المدينة.")).containsExactly(Kind.DECISION);
    }

    @Test
    void aSecondBodyFormedOrPostFilledIsADecisionOfItsOwn() {
        assertThat(kinds("وتم تشكيل لجنة للإعلام وتعيين ناطق باسمها.")).containsExactly(Kind.DECISION, Kind.DECISION);
        assertThat(kinds("وجرى تأسيس فرع للشباب وتشكيل هيئة لمتابعته.")).containsExactly(Kind.DECISION, Kind.DECISION);
        assertThat(kinds("وقررت الهيئة تشكيل لجنة تحضيرية وتعيين منسق لها.")).containsExactly(Kind.DECISION, Kind.DECISION);
    }

    @Test
    void numberedParagraphsAreReadAsSentencesAndADecisionNounHeadsADecision() {
        String text = "عقدت الهيئة اجتماعها الدوري وأصدرت ما يلي:\n"
                + "أولاً: عرض الأمين العام تقرير اللجنة المالية، وتقرر نشره على الأعضاء.\n"
                + "ثانياً: قرار بتشكيل لجنة لمتابعة ملف الأجور.\n"
                + "ثالثاً: قرار باعتماد شعار جديد للنقابة.";
        assertThat(kinds(text)).containsExactly(Kind.DECISION, Kind.DECISION, Kind.DECISION);
    }

    @Test
    void aSubjectSetOffByCommasAfterTheVerbDoesNotEndTheAct() {
        assertThat(kinds("دعا، المكتب التنفيذي للنقابة، كافة العمال الى المشاركة في الاعتصام امام الوزارة."))
                .containsExactly(Kind.CALL);
        assertThat(kinds("طالب، مجلس الجالية، البلدية بفتح مدرسة عربية.")).containsExactly(Kind.DEMAND);
        assertThat(kinds("يدين، الاتحاد العام للطلبة، قمع المتظاهرين في العاصمة.")).containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void welcomingPeopleAfterAnAdverbIsNoAct() {
        assertThat(kinds("ورحب رئيس الجمعية في كلمته بدايةً بالمندوبين الحاضرين.")).isEmpty();
        assertThat(kinds("ورحبت الرئيسة بحرارة بالضيوف القادمين من المهجر.")).isEmpty();
        assertThat(kinds("ورحب المؤتمر بقرار البلدية فتح المكتبة العامة.")).containsExactly(Kind.SUPPORT);
    }

    @Test
    void theDemandsOfSomeoneAreNoDemand() {
        assertThat(kinds("واستمع المجتمعون الى مطالب المعلمين في الجنوب.")).isEmpty();
        assertThat(kinds("ونقل الوفد مطالب العمال الى الوزير.")).isEmpty();
        assertThat(kinds("وخرج المحتجون مطالبين الحكومة بالتراجع عن القرار.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void aClauseAnnouncingItemsIsNoActAndTheDeadHonouredAreNoPosition() {
        assertThat(kinds("ويؤكد المكتب على مواقفه من القضايا الراهنة، كما يلي:")).isEmpty();
        assertThat(kinds("وأكدت الرابطة مكانة الفقيد في الحركة النقابية.")).isEmpty();
        assertThat(kinds("وأشاد المجلس بمناقب الراحل وعطائه.")).isEmpty();
    }

    @Test
    void aGivenNameThatIsAlsoAVerbIsNoSalute() {
        assertThat(kinds("وتحدث في الجلسة رئيس النادي يحيى الكعبي عن النشاطات.")).isEmpty();
    }

    @Test
    void aBodysOwnFutureAfterItsPronounIsAPledge() {
        assertThat(kinds("بيان صادر عن رابطة المرأة العربية\nإن الرابطة تعتز بتاريخها، وهي ستواصل خدمة أبناء الجالية."))
                .containsExactly(Kind.PLEDGE);
        assertThat(kinds("بيان صادر عن نقابة المعلمين\nوالنقابة إذ تودع عامها، فهي ستبقى وفية لمبادئها."))
                .containsExactly(Kind.PLEDGE);
        assertThat(kinds("بيان صادر عن الجمعية الثقافية\nوهي لن تتخلى عن دورها في الدفاع عن اللغة العربية."))
                .containsExactly(Kind.PLEDGE);
    }

    @Test
    void whatWeOweIsWhatWePledge() {
        assertThat(kinds("وعلينا أن نواصل النضال من أجل حقوقنا.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("علينا جميعاً أن نعمل معاً لحماية البيئة.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("وإن علينا اليوم أن نحمي وحدتنا.")).containsExactly(Kind.PLEDGE);
    }

    @Test
    void anInvitationToTakeATurnInTheProceedingsIsNoCall() {
        assertThat(kinds("ودعت رئيسة الجلسة الدكتور سامي حداد لإلقاء كلمة الاتحاد.")).isEmpty();
        assertThat(kinds("ثم دعا عريف الحفل الحضور الى الوقوف دقيقة صمت على أرواح الشهداء.")).isEmpty();
        assertThat(kinds("ودعا المؤتمر الى قراءة الفاتحة على روح الفقيد.")).isEmpty();
        assertThat(kinds("ودعا الاتحاد الحكومة الى تقديم استقالتها.")).containsExactly(Kind.CALL);
    }

    @Test
    void judgingSomethingAWrongIsACondemnation() {
        assertThat(kinds("واعتبرت النقابة القرار انتهاكاً صارخاً لحقوق العمال.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وتعتبر الجمعية أن ما جرى جريمة بحق المدنيين.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وتحدث الرئيس عن الحصار، معتبراً هذه الممارسات خرقاً للدستور."))
                .containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("ويعتبر الاتحاد هذا اليوم عيداً للعمال.")).isEmpty();
        assertThat(kinds("وتدين الرابطة الهجوم على المركز وتعتبره اعتداءً على الجالية كلها."))
                .containsExactly(Kind.CONDEMNATION);
    }

    @Test
    void holdingOrRecallingAViewIsAnEmphasisLikeReportedSpeech() {
        assertThat(kinds("واعتبر المكتب التنفيذي أن تأجيل الانتخابات البلدية يضر بثقة المواطنين."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("ويرى الاتحاد أن الحوار هو الطريق الوحيد لحل أزمة التعليم.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وذكّرت النقابة بأن القانون يمنع فصل العمال دون إنذار مسبق منذ عام 2019."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("ونعتبر أن هذا القرار يأتي في سياق التضييق على الجمعيات منذ عام 2023."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("يُذكر أن الجمعية تأسست في مدينة ليل عام 1998 على يد مجموعة من الطلبة.")).isEmpty();
        assertThat(kinds("وتبقى الرابطة بيتاً لكل من يرى أن العمل المشترك هو الحل.")).isEmpty();
    }

    @Test
    void aSingularParticipleAfterADefiniteNounIsItsPredicateNotAnAct() {
        assertThat(kinds("وأكد الرئيس أن الحكومة مطالبة بتوفير فرص العمل للشباب.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وشدد البيان على أن الدولة مطالبة بحماية الصحفيين.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("ورأى المتحدث أن النقابات مطالبة بتجديد خطابها.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وخرج العمال الى الساحة مطالبين بصرف الرواتب.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void theItemsOfAnAgendaAreTopicsNotActs() {
        assertThat(kinds("تدعو الهيئة الإدارية الأعضاء الى اجتماع الجمعية العامة وفق جدول الأعمال الآتي:\n"
                + "1- المصادقة على التقرير المالي\n2- انتخاب هيئة ادارية جديدة")).isEmpty();
        assertThat(kinds("جدول أعمال الجلسة:\n- المصادقة على محضر الاجتماع السابق\n"
                + "- الموافقة على الميزانية التقديرية للعام المقبل")).isEmpty();
        assertThat(kinds("وبعد مناقشة جدول الأعمال اتخذ المجلس القرارات الآتية:\n- المصادقة على التقرير المالي\n"
                + "- تشكيل لجنة للانتخابات")).containsExactly(Kind.APPROVAL, Kind.DECISION);
    }

    @Test
    void approvingNeedsItsObjectInAla() {
        assertThat(kinds("تتقدم الرابطة بخالص العزاء وصادق المواساة الى عائلة الفقيد.")).isEmpty();
        assertThat(kinds("نبعث إليكم بأحر التهاني وصادق الأمنيات بمناسبة العيد.")).isEmpty();
        assertThat(kinds("وصادق المؤتمرون بالإجماع على النظام الداخلي الجديد.")).containsExactly(Kind.APPROVAL);
        assertThat(kinds("أما التقريران فقد صادقت عليهما الهيئة العامة بالاجماع.")).containsExactly(Kind.APPROVAL);
    }

    @Test
    void aGatheringThatSalutesACauseAsSubjectPraisesIt() {
        assertThat(kinds("وحيّا المؤتمر نضال العمال في المصانع المغلقة.")).containsExactly(Kind.PRAISE);
        assertThat(kinds("ويحيي الملتقى تضحيات الأطباء في المستشفيات الميدانية.")).containsExactly(Kind.PRAISE);
        assertThat(kinds("كما حيّا اللقاء التشاوري صمود الأهالي في المخيمات.")).containsExactly(Kind.PRAISE);
        assertThat(kinds("وحيّا رئيس الحزب المؤتمر وتمنى له النجاح.")).isEmpty();
    }

    @Test
    void aProtestSalutedIsPraisedButAnEventPerformedIsNot() {
        assertThat(kinds("وتحيي اللجنة الاعتصام المفتوح الذي ينفذه المعلمون أمام الوزارة."))
                .containsExactly(Kind.PRAISE);
        assertThat(kinds("تنظم الرابطة مساء الجمعة أمسية موسيقية في قاعة البلدية تحييها الفنانة سلمى يوسف."))
                .isEmpty();
        assertThat(kinds("وتقيم الجالية حفلاً بمناسبة العيد يحييه الفنان مراد العلي وفرقته.")).isEmpty();
    }

    @Test
    void whatAGatheringAgreesToDoIsADecision() {
        assertThat(kinds("واتفق المشاركون في ختام اللقاء على تشكيل لجنة متابعة، وعلى إصدار نشرة شهرية."))
                .containsExactly(Kind.DECISION, Kind.DECISION);
        assertThat(kinds("وتوافقت الأحزاب الثلاثة بعد نقاش مطوّل على عقد مؤتمر وطني في الربيع المقبل."))
                .containsExactly(Kind.DECISION);
        assertThat(kinds("وفي نهاية الاجتماع تم الاتفاق على استحداث مكتب للشباب في كل فرع."))
                .containsExactly(Kind.DECISION);
        assertThat(kinds("واتفق الحاضرون على أهمية العمل المشترك.")).isEmpty();
    }

    @Test
    void announcingAnUndertakingIsADecisionButAnnouncingTheOpeningIsNot() {
        assertThat(kinds("وأعلنت الجمعية عن تنظيم معرض للكتاب في الشهر القادم.")).containsExactly(Kind.DECISION);
        assertThat(kinds("ويعلن المكتب النقابي عن إطلاق حملة وطنية للتضامن مع المعتقلين."))
                .containsExactly(Kind.DECISION);
        assertThat(kinds("وأعلن الاتحاد الوطني للطلبة عن تأسيس فرع جديد في مرسيليا.")).containsExactly(Kind.DECISION);
        assertThat(kinds("وأعلن رئيس الجلسة عن افتتاح أعمال المؤتمر.")).isEmpty();
    }

    @Test
    void announcingAnUndertakingDecidesItWithoutAnPastTheAudienceOrWithTheBodysOwnFuture() {
        assertThat(kinds("وأعلنت الرابطة تعليق نشاطاتها الثقافية حتى نهاية الشهر.")).containsExactly(Kind.DECISION);
        assertThat(kinds("تعلن نقابة الصيادلة لجميع أعضائها وللرأي العام عن تنظيم يوم مفتوح للتلقيح."))
                .containsExactly(Kind.DECISION);
        assertThat(kinds("وأعلنت لجنة المستأجرين في حي الورود أنها ستقاطع جلسة البلدية.")).containsExactly(Kind.DECISION);
        assertThat(kinds("وعبّرت المتحدثة عن اعتزازها بتاريخ الجمعية.")).isEmpty();
        assertThat(kinds("وأعلن رئيس اللجنة انتهاء أعمال الدورة.")).isEmpty();
    }

    @Test
    void aVerbalNounTheStatementSaysIsAnActAndEachVerbalNounJoinedAfterItIsItsOwn() {
        assertThat(kinds("وجاء في البيان الختامي مطالبة الحكومة بإلغاء الضريبة الجديدة."))
                .containsExactly(Kind.DEMAND);
        assertThat(kinds("وجاء في البيان إدانة الاعتداء على الصحفيين، ودعوة النقابات إلى التضامن."))
                .containsExactly(Kind.CONDEMNATION, Kind.CALL);
        assertThat(kinds("واختتم الاجتماع بالمطالبة بإطلاق سراح المعتقلين، والتأكيد على وحدة الصف."))
                .containsExactly(Kind.DEMAND, Kind.EMPHASIS);
        assertThat(kinds("وجاء في البيان أن الاجتماع ناقش التقرير المالي.")).isEmpty();
    }

    @Test
    void aWordAfterANumberIsACountedNounNotAnAct() {
        assertThat(kinds("وشارك في الاقتراع 3150 طالبة من أصل 5000 طالب.")).isEmpty();
        assertThat(kinds("وبلغ عدد المقترعين ألفين وثلاثمائة طالب وثلاثمئة طالبة.")).isEmpty();
        assertThat(kinds("وصوّت ٩١٢ طالبة لصالح القائمة.")).isEmpty();
        assertThat(kinds("وشارك ٦٨٤٢ طالباً وطالبة في الاقتراع.")).isEmpty();
        assertThat(kinds("وفي 12 آذار 2024 طالب الحزب بإطلاق المعتقلين.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void theFutureOfTheBodyWithItsAdjectiveIsAPledge() {
        assertThat(kinds("وأكدت الرئيسة أن المجلس الجديد سيعمل على تعديل النظام الداخلي."))
                .containsExactly(Kind.PLEDGE);
        assertThat(kinds("وأكد النقيب أن النقابة العامة ستواصل الدفاع عن المعلمين.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("وشدد الرئيس على أن الاتحاد العام سيبقى مستقلاً.")).containsExactly(Kind.PLEDGE);
    }

    @Test
    void whatIsRequiredOpeningAClauseIsAnEmphasis() {
        assertThat(kinds("إن الأزمة الاقتصادية تتفاقم، والمطلوب اليوم خطة إنقاذ شاملة.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("الحوار خطوة مهمة لكن المطلوب تنفيذ الاتفاقات الموقعة.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("المطلوب من الحكومة وقف الاعتقالات فوراً.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("ولم يكتمل النصاب المطلوب لعقد الجلسة.")).isEmpty();
    }

    @Test
    void aProtestActionAnnouncedIsADecision() {
        assertThat(kinds("وتعلن النقابة عن الدخول في إضراب مفتوح ابتداء من الاثنين.")).containsExactly(Kind.DECISION);
        assertThat(kinds("ويعلن المكتب النقابي عن خوض إضراب عن الطعام دفاعاً عن المعتقلين."))
                .containsExactly(Kind.DECISION);
        assertThat(kinds("أعلنت التنسيقية عن تنظيم اعتصام أمام البرلمان.")).containsExactly(Kind.DECISION);
    }

    @Test
    void valuingAStruggleIsPraiseAsAPublicPosition() {
        assertThat(kinds("وبعث المجتمعون رسالة تضامن الى نقابة الأطباء، ثمنوا فيها صمود الكوادر الطبية."))
                .containsExactly(Kind.PRAISE);
        assertThat(kinds("ويثمن الحزب نضال المعلمين من أجل حقوقهم.")).containsExactly(Kind.PRAISE);
        assertThat(kinds("وثمّنت الرابطة تضحيات الأطباء في المستشفيات.")).containsExactly(Kind.PRAISE);
        assertThat(BulletinParser.parse("وثمّنت الرابطة تضحيات الأطباء في المستشفيات.").acknowledgements()).isEmpty();
    }
    @Test
    void anItemJoiningTwoActsWithWaIsTwoActs() {
        assertThat(kinds("وفي بيانها:\n* يستنكر المكتب قرار فصل العمال ويطالب الإدارة بإرجاعهم فورا.\n"
                + "* ترفض الجامعة الزيادة في الرسوم وتدعو الطلبة إلى مقاطعة التسجيل."))
                .containsExactly(Kind.CONDEMNATION, Kind.DEMAND, Kind.CONDEMNATION, Kind.CALL);
        assertThat(kinds("وأعلن الاتحاد ما يلي:\nأولاً: إدانته للاعتقالات الأخيرة ومطالبته السلطات بالإفراج عن المعتقلين."))
                .containsExactly(Kind.CONDEMNATION, Kind.DEMAND);
        assertThat(kinds("قرارات المجلس:\n1) شجب الحملة على الصحفيين واستنكارها.\n2) رفض الرسوم الجديدة والمطالبة بإلغائها."))
                .containsExactly(Kind.CONDEMNATION, Kind.CONDEMNATION, Kind.DEMAND);
    }

    @Test
    void anItemHeadedByItsOwnDemandOrCallKeepsItUnderRecommendationsOrDecisions() {
        assertThat(kinds("أوصت الندوة بما يأتي:\n1. إنشاء مرصد للحريات الصحفية.\n2. مطالبة البرلمان بتعديل قانون النشر."))
                .containsExactly(Kind.RECOMMENDATION, Kind.DEMAND);
        assertThat(kinds("وقرر المؤتمر ما يلي:\n- دعوة الشباب إلى التطوع في حملات محو الأمية.\n- إصدار نشرة شهرية."))
                .containsExactly(Kind.CALL, Kind.DECISION);
        assertThat(kinds("ويطالب التجمع بما يلي:\n- إقرار قانون عادل للإيجارات.\n- وقف الإخلاءات."))
                .containsExactly(Kind.DEMAND, Kind.DEMAND);
    }

    @Test
    void anItemDeclaredThatUndertakesSomethingIsADecisionAndConveningAGatheringIsNoCall() {
        String text = "وأعلن الاتحاد ما يلي:\nأولاً: تشكيل لجنة لمتابعة ملف المعتقلين.\n"
                + "ثانياً: دعوة المجلس الوطني لاجتماع استثنائي.";
        assertThat(kinds(text)).containsExactly(Kind.DECISION);
        assertThat(kinds("وتعلن الرابطة:\n- تنظيم قافلة طبية إلى القرى الحدودية.")).containsExactly(Kind.DECISION);
        assertThat(kinds("خرج المجتمعون بالقرارات التالية:\n- تثمين موقف النقابات القاعدية من الأزمة.\n"
                + "- تنظيم رحلة للأطفال في الصيف.")).containsExactly(Kind.PRAISE, Kind.DECISION);
    }
    @Test
    void aWordAfterALineageLinkIsANameAndAPossessedNounIsNoFuture() {
        assertThat(kinds("وتحدث المهندس خالد بن طالب عن تجربة الفرع في الهجرة.")).isEmpty();
        assertThat(kinds("وقدّم الفقرة الفنية الشاعر سالم بن مؤيد.")).isEmpty();
        assertThat(kinds("وطالب الطلبة الجامعة بمعادلة سنواتهم الدراسية في الخارج.")).containsExactly(Kind.DEMAND);
    }

    @Test
    void aRelativeClauseOnTheStatementTellsTheStatementsActs() {
        assertThat(kinds("وتلا الأمين العام بيان المؤتمر الذي ندد بالحصار وطالب برفعه فوراً."))
                .containsExactly(Kind.CONDEMNATION, Kind.DEMAND);
        assertThat(kinds("وصدر عن اللقاء بلاغ ختامي الذي دعا الشباب إلى التطوع.")).containsExactly(Kind.CALL);
        List<Resolution> approved = read("وأقر المؤتمر البيان الختامي الذي طالب الوزارة بصرف المنح.");
        assertThat(approved).extracting(Resolution::kind).containsExactly(Kind.APPROVAL, Kind.DEMAND);
        assertThat(approved.get(0).text()).isEqualTo("أقر المؤتمر البيان الختامي");
    }

    @Test
    void aBodyAnnouncingWhatItWillDoHasDecidedIt() {
        assertThat(kinds("وأعلنت الجمعية أنها ستخصص أمسيتها القادمة لتكريم المتطوعين.")).containsExactly(Kind.DECISION);
        assertThat(kinds("- نعلن أننا سنعرض الأعمال في مقر الفرع إذا لم يُلغ القرار.")).containsExactly(Kind.DECISION);
        assertThat(kinds("وأعلن المكتب بأنه سوف يتقدم بشكوى إلى القضاء، داعياً الأعضاء إلى التضامن."))
                .containsExactly(Kind.DECISION, Kind.CALL);
    }

    @Test
    void judgingSomethingAsSomethingIsTheJudgesPosition() {
        assertThat(kinds("كما نهنئ السيد كمال على فوزه، ونعتبر هذا الفوز ثمرة لعمل الجالية."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وإننا نعتبر قرار الإغلاق ضربة للعمل الثقافي في المدينة.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("نرفض مشروع القانون، ونعتبره تراجعاً عن حقوق العمال.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("ويعتبر المؤتمر أعلى هيئة في الحزب.")).isEmpty();
    }

    @Test
    void dismayExpressedIsACondemnation() {
        assertThat(kinds("نحن في الرابطة نعبّر عن صدمتنا من قرار البلدية إغلاق المكتبة.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وعبّر المجتمعون عن استيائهم من تأخر صرف الرواتب.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وأبدت النقابة سخطها على الزيادات الأخيرة في الأسعار.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وعبّرت الجمعية عن سعادتها بنجاح الحفل.")).isEmpty();
    }

    @Test
    void aSubjectAndAnAsideSetOffByCommasDoNotEndTheAct() {
        assertThat(kinds("وأعرب الاتحاد، عن دعمه لإضراب عمال النظافة في العاصمة.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("وحمّلت الرابطة، البلدية والشركة المتعهدة، مسؤولية انهيار الجسر."))
                .containsExactly(Kind.CONDEMNATION);
        List<Resolution> call = read("ودعت الجمعية، مساء الأحد، أبناء الجالية إلى التبرع بالدم.");
        assertThat(call).extracting(Resolution::kind).containsExactly(Kind.CALL);
        assertThat(call.get(0).text()).endsWith("إلى التبرع بالدم");
        assertThat(kinds("وطالب المكتب، في بيان له، الوزارة بصرف المنح المتأخرة.")).containsExactly(Kind.DEMAND);
        assertThat(kinds("وتواصل الاتصال بالأهالي عبر القنوات المحلية، وانتهى اللقاء.")).isEmpty();
    }

    @Test
    void valuingHighlyOrAHistoryIsPraiseInPublic() {
        assertThat(kinds("وثمّنت الهيئة عالياً صبر المزارعين في مواجهة الجفاف.")).containsExactly(Kind.PRAISE);
        assertThat(kinds("وإن الاتحاد ليثمن التاريخ النقابي العريق لعمال المناجم.")).containsExactly(Kind.PRAISE);
        assertThat(BulletinParser.parse("وثمّن رئيس النادي جهود المتطوعين في تنظيم الأمسية.").acknowledgements())
                .hasSize(1);
    }

    @Test
    void theParticipleOfCommendingIsPraiseUnlessItComplimentsTheOneCongratulated() {
        assertThat(kinds("وختم المجتمعون لقاءهم منوهين بالدور الذي تقوم به الكشافة في الأحياء."))
                .containsExactly(Kind.PRAISE);
        assertThat(kinds("نتقدم إليكم بأحر التهاني بمناسبة انتخابكم رئيساً للرابطة، منوهين بالثقة التي منحها لكم الأعضاء."))
                .isEmpty();
    }

    @Test
    void affirmingOnesOwnFutureAfterThatWithAPronounIsAPledge() {
        assertThat(kinds("وأكد الرئيس الجديد للنادي أنه سيعمل على توسيع الملاعب.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("واختتم اللقاء مؤكداً إنه لن يدخر جهداً في خدمة الطلبة.")).containsExactly(Kind.PLEDGE);
        assertThat(kinds("وأكدت الهيئة أنها تتابع أوضاع المتقاعدين.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void pointingOutThatSomethingIsSoInformsUnlessItIsAConcernOrAnAct() {
        assertThat(kinds("وتحدث المنسق عن الدورة، مشيراً إلى أن الورشات تناولت شؤون السكن والعمل.")).isEmpty();
        assertThat(kinds("وأوضح رئيس النادي أن الفريق يتدرب في ملعب المدرسة.")).isEmpty();
        assertThat(kinds("وتحدث المنسق عن الدورة، لافتاً إلى أن الأعضاء يؤكدون حرصهم على وحدة النادي."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وتحدث المنسق عن الدورة، مشيراً إلى أن أهمية العمل التطوعي تتزايد.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void aParticipleJoinedAfterACommaOwnsTheThatAfterIt() {
        assertThat(kinds("وتحدث المنسق عن الصيف، مشيراً إلى نشاط الأعضاء، ومؤكداً أن النادي باقٍ على مبادئه."))
                .containsExactly(Kind.EMPHASIS);
    }

    @Test
    void theCarriedObjectMayStandPastAnAsideAfterTheSubject() {
        assertThat(kinds("وأكدت الرابطة في بيانها الختامي، تضامنها مع عمال المطاحن.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("وأكد الرئيس في كلمته أمام الأعضاء رفض نقل المدرسة.")).containsExactly(Kind.CONDEMNATION);
        assertThat(kinds("وأكد الرئيس في كلمته أمام الأعضاء أهمية العمل المشترك.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وعبرت النقابة عن امتنانها للأعضاء على دعمهم.")).doesNotContain(Kind.SUPPORT);
    }

    @Test
    void keepingAMemoryAliveSalutesNobody() {
        assertThat(kinds("وتحيي الرابطة الذكرى العاشرة لتأسيس مدرستها في المدينة.")).isEmpty();
        assertThat(kinds("ونجتمع اليوم لنحيي ذكرى تأسيس النادي.")).isEmpty();
        assertThat(kinds("ويحيي المكتب صمود عمال المطاحن.")).containsExactly(Kind.PRAISE);
    }

    @Test
    void aTurnNamedInsideWhatIsCalledForIsNoProcedure() {
        assertThat(kinds("وتدعو النقابة الشرطة إلى الإسراع في إلقاء القبض على المعتدين.")).containsExactly(Kind.CALL);
        assertThat(kinds("ودعا رئيس الجلسة الزميل فادي نعمة إلى إلقاء كلمة الفرع.")).isEmpty();
    }

    @Test
    void pointingOutAMatterOfConcernIsAPosition() {
        assertThat(kinds("وتحدث رئيس الفرع عن خطة العام، مشيراً إلى أهمية التطوع في الأحياء."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وعرض المقرر التقرير الأدبي، مبرزاً تراجع عدد المنخرطين الشباب.")).containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وافتتح الرئيس الجلسة، مشيراً إلى حضور ممثلي الفروع.")).isEmpty();
        assertThat(kinds("وأشار نبيل عودة في مداخلته إلى خطورة إغلاق المدارس الليلية.")).containsExactly(Kind.EMPHASIS);
    }

    @Test
    void aVerbalNounOfPurposeInTheAccusativeIsTheActADeedWasDoneFor() {
        assertThat(kinds("نظمت نقابة المعلمين في مدينة صيدا وقفةً تضامنيةً دعمًا لصمود أهالي القرى المنكوبة، واستنكارًا"
                + " للاعتداءات المتكررة عليهم.")).containsExactly(Kind.SUPPORT, Kind.CONDEMNATION);
        assertThat(kinds("ويشكر الفرع كل الرفاق الذين عملوا في الحملة دعماً لمرشحي القائمة.")).isEmpty();
    }

    @Test
    void aCarrierTakesTheKindOfItsObjectPastAnAsideOrAfterAla() {
        assertThat(kinds("وأكد المكتب التنفيذي في بيانه وقوفه إلى جانب عمال المرفأ في نضالهم.")).containsExactly(Kind.SUPPORT);
        assertThat(kinds("وشدد البيان على تضامن النقابة مع المعلمين المفصولين.")).containsExactly(Kind.SUPPORT);
    }

    @Test
    void aPromiseOfWhatFollowsInBiIsAPledge() {
        assertThat(kinds("واستمع المحافظ الى مطالب الأهالي، ووعد بدراسة طلب فتح مدرسة جديدة في الحي."))
                .containsExactly(Kind.PLEDGE);
        assertThat(kinds("وشكر الوزير الحضور واعداً بمتابعة الملف مع الجهات المختصة.")).contains(Kind.PLEDGE);
        assertThat(kinds("السيد الوزير وعد بمتابعة مطالب المتقاعدين خلال أسبوع.")).contains(Kind.PLEDGE);
        assertThat(kinds("ونظمت الجمعية وقفة في ذكرى وعد بلفور أمام مقر البلدية.")).doesNotContain(Kind.PLEDGE);
    }

    @Test
    void lookingForwardToWhatIsToBeDoneIsAnActOfKindOther() {
        assertThat(kinds("ونتطلع إلى توسيع التعاون بين الجمعيتين في السنة المقبلة.")).containsExactly(Kind.OTHER);
        assertThat(kinds("ونأمل أن تبقى الجمعية بيتاً لكل أبناء الجالية.")).containsExactly(Kind.OTHER);
        assertThat(kinds("وأكد رئيس الوفد أنه يتطلع إلى تبادل الزيارات بين الفرعين.")).containsExactly(Kind.OTHER);
        assertThat(kinds("وتحدث عن تطلعات الشباب في المهجر.")).isEmpty();
        assertThat(kinds("نهنئكم بانعقاد مؤتمركم ونأمل أن تخرج أعمالكم بنتائج طيبة.")).doesNotContain(Kind.OTHER);
    }

    @Test
    void aRelativeClauseSetOffByACommaTellsWhatThePersonNamedDid() {
        assertThat(kinds("وتحدثت رئيسة الفرع سعاد كريم، والتي أكدت على أهمية تعليم اللغة العربية للأطفال."))
                .containsExactly(Kind.EMPHASIS);
        assertThat(kinds("وشارك الأعضاء في الوقفة، التي دعت إليها النقابة أمام الوزارة.")).isEmpty();
    }

    @Test
    void theNameYahyaAfterAnotherNameIsNoSalute() {
        assertThat(kinds("وانتخب المؤتمر الهيئة الجديدة: سامر يحيى (لندن)، هدى كريم (باريس).")).doesNotContain(Kind.PRAISE);
    }
}
