package org.nashra.parser.internal.frame.greeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nashra.model.Greeting;
import org.nashra.model.Greeting.Direction;
import org.nashra.model.Greeting.Form;
import org.nashra.model.Organization;
import org.nashra.model.Party;
import org.nashra.model.Person;
import org.nashra.parser.BulletinParser;

/** What the parser reads as greetings: one per sender received, one per addressee sent. */
class GreetingFramesTest {

    private static List<Greeting> read(String text) {
        return BulletinParser.parse(text).greetings();
    }

    private static String name(Party p) {
        if (p instanceof Person person) {
            return person.name() != null ? person.name() : person.alias();
        }
        if (p instanceof Organization o) {
            return o.name();
        }
        return ((org.nashra.model.Group) p).text();
    }

    @Test
    void aCableIsATelegramWhoseContentTheParticipleAfterItsAddresseeTells() {
        Greeting g = read("أبرق رئيس الحزب وليد سمعان إلى الرئيس الجديد فؤاد عبد الله، مهنئاً بانتخابه.").get(0);
        assertThat(g.direction()).isEqualTo(Direction.SENT);
        assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
        assertThat(name(g.to())).isEqualTo("فؤاد عبد الله");
        assertThat(read("أبرق المكتب التنفيذي إلى الهيئة العامة للنقابة.")).singleElement()
                .satisfies(x -> assertThat(x.form()).isEqualTo(Form.TELEGRAM));
    }

    @Test
    void theMediumMayFollowASenderWithHisTitlesSetOffByCommas() {
        assertThat(read("بعث الدكتور سامر خليل، الأمين العام لحزب التقدم والعدالة في محافظة تعز، برقية تهنئة إلى"
                + " الأستاذ نادر الحكيمي بمناسبة انتخابه رئيساً للمجلس.")).singleElement()
                .satisfies(g -> assertThat(name(g.to())).isEqualTo("نادر الحكيمي"));
    }

    @Test
    void aVerbInThePluralHasItsSubjectBeforeItAndWhomItCongratulatesAfterIt() {
        Greeting g = read("فإن رئيس وأعضاء اللجنة المؤقتة لتسيير الحزب يهنئون فخامة رئيس الجمهورية الأخ سالم ولد أحمد"
                + " وكافة الشعب بمناسبة العيد.").get(0);
        assertThat(name(g.to())).isEqualTo("سالم ولد أحمد"); // not the sender of a greeting to كافة الشعب
    }

    @Test
    void twoNounsSharingTheirGenitiveAreOneAddressee() {
        assertThat(read("هنأ نائب رئيس الحزب الدكتور كمال الشافعي قيادات وأعضاء حزب الوفاق بمناسبة ذكرى تأسيسه."))
                .singleElement().satisfies(g -> assertThat(name(g.to())).isEqualTo("قيادات وأعضاء حزب الوفاق"));
    }

    @Test
    void theAddresseeInLamRightAfterTheGreetingAndItsAdjectivesIsWhomItIsSentTo() {
        Greeting g = read("تتقدم النقابة بالتهنئة الحارة للزميلة سلوى حمدان لمناسبة تعيينها مديرة للمستشفى.").get(0);
        assertThat(g.direction()).isEqualTo(Direction.SENT);
        assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
        assertThat(name(g.to())).isEqualTo("سلوى حمدان");
        assertThat(read("يتقدم الحزب بأصدق التعازي لأسرة الفقيد ورفاقه.")).extracting(x -> name(x.to()))
                .containsExactly("أسرة الفقيد ورفاقه");
        assertThat(read("يتقدم الحزب بالتهنئة لفوزه بالجائزة.")).isEmpty();
    }

    @Test
    void aGreetingToYouInTheSingularIsToTheLettersAddressee() {
        String letter = "إلى الأخت الفاضلة السيدة سعاد منصور\nالسلام عليكم،\n"
                + "نتقدم إليك بأصدق عبارات التعزية والمواساة.\nجمعية الجالية في ليون";
        assertThat(read(letter)).singleElement().satisfies(g -> {
            assertThat(g.form()).isEqualTo(Form.CONDOLENCE);
            assertThat(name(g.to())).isEqualTo("سعاد منصور");
        });
    }

    @Test
    void hereAfterMinOrBeforePunctuationIsNoCongratulation() {
        assertThat(read("ونطالب من هنا الحكومة بوقف الترحيل القسري.")).isEmpty();
        assertThat(read("ومن هنا، فإن المسؤولية تقع على الجميع.")).isEmpty();
        assertThat(read("ونقول للجميع: نحن هنا.")).isEmpty();
        assertThat(read("من هنا نبدأ\nعقدت الجمعية اجتماعها السنوي في مقرها.")).isEmpty(); // a headline's هنا
    }

    @Test
    void anyVerbWhoseObjectIsTheCongratulationOrCondolenceSendsItToWhomItNames() {
        Greeting g = read("وعبّرت جمعية الصداقة عن خالص تعازيها لعائلة الشاعر الراحل.").get(0);
        assertThat(g.direction()).isEqualTo(Direction.SENT);
        assertThat(g.form()).isEqualTo(Form.CONDOLENCE);
        assertThat(name(g.from())).isEqualTo("جمعية الصداقة");
        assertThat(name(read("وأعرب النادي الرياضي عن تهانيه الى الفريق الفائز بالبطولة.").get(0).to()))
                .startsWith("الفريق الفائز");
        assertThat(read("وجدد الاتحاد تعازيه لأهالي الضحايا في المدينة.")).extracting(Greeting::form)
                .containsExactly(Form.CONDOLENCE);
    }

    @Test
    void theParticipleOfCongratulatingSendsToItsObjectOrToTheOneItsPronounTakesUp() {
        Greeting g = read("واتصل رئيس الجمعية هاتفياً بالفنان مروان ياسين مهنئاً إياه بنجاح معرضه.").get(0);
        assertThat(g.direction()).isEqualTo(Direction.SENT);
        assertThat(name(g.to())).isEqualTo("مروان ياسين");
        assertThat(read("وختم الرئيس كلمته معزياً عائلة الفقيد.")).extracting(g2 -> g2.form())
                .containsExactly(Form.CONDOLENCE);
        assertThat(read("وبعث النادي برقية مهنئاً الشاعر حسين العلي بالجائزة.")).extracting(g3 -> name(g3.to()))
                .containsExactly("حسين العلي");
    }

    @Test
    void anAddresseeMayBeANounInConstructWithoutTheArticle() {
        Greeting g = read("ويعزي المكتب التنفيذي أسرة الفقيد ورفاقه.").get(0);
        assertThat(name(g.to())).startsWith("أسرة الفقيد");
        assertThat(((Organization) g.from()).organ()).isEqualTo("المكتب التنفيذي");
        assertThat(read("وهنأت النقابة رئيس البلدية الجديد بمنصبه.")).hasSize(1);
        assertThat(read("ونعزي ذوي الضحايا في الحادث الأليم.")).extracting(Greeting::form)
                .containsExactly(Form.CONDOLENCE);
    }

    @Test
    void congratulatingTheOneSpokenToInALetterGreetsItsAddressee() {
        String letter = "الأستاذة/ سعاد ناجي المحترمة\nتحية طيبة وبعد،\nيسعدنا أن نهنئكم بمناسبة انتخابكم رئيسة للرابطة، "
                + "كما نهنئ من خلالكم أعضاء الهيئة الجديدة.\nنادي الجالية في أوبسالا";
        List<Greeting> gs = read(letter);
        assertThat(gs).extracting(Greeting::direction).containsExactly(Direction.SENT, Direction.SENT);
        assertThat(name(gs.get(0).to())).isEqualTo("سعاد ناجي");
        assertThat(gs.get(1).to().span().of(letter)).isEqualTo("أعضاء الهيئة الجديدة");
        assertThat(read("السيد/ عادل منصور المحترم\nتحية طيبة،\nنعزيكم بوفاة والدتكم.\nالجمعية الثقافية"))
                .extracting(g -> name(g.to())).containsExactly("عادل منصور");
        assertThat(read("الدكتور / فراس حمدي المحترم\nيسرنا أن نهنئكم بحصولكم على الجائزة.\nرابطة الكتاب"))
                .extracting(Greeting::form).containsExactly(Form.CONGRATULATION);
    }

    @Test
    void whatTheSenderDidWhenItIsNamedMakesWhatWasReceivedAGreeting() {
        Greeting g = read("وتلقى الحزب اتصالاً هاتفياً من الكاتب سمير فاضل هنأه فيه بنجاح مؤتمره.").get(0);
        assertThat(g.direction()).isEqualTo(Direction.RECEIVED);
        assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
        assertThat(name(g.from())).isEqualTo("سمير فاضل");
        assertThat(read("وتلقت الجمعية برقية من نادي الجالية عزاها فيها بوفاة مؤسسها.")).extracting(Greeting::form)
                .containsExactly(Form.CONDOLENCE);
        assertThat(read("وتلقى المجلس من الوزارة تقريراً عن الميزانية.")).isEmpty();
    }

    @Test
    void partiesListedAfterKullMinAreEachASenderOrTheAddressee() {
        List<Greeting> gs = read("وتلقى المؤتمر رسائل تهنئة من كل من: نقابة الفنانين، وجمعية المسرح، واتحاد الكتاب.");
        assertThat(gs).extracting(g -> name(g.from())).containsExactly("نقابة الفنانين", "جمعية المسرح", "اتحاد الكتاب");
        assertThat(read("ووصلت برقيات من كل من رابطة الطلبة ونادي الشباب.")).hasSize(2);
        assertThat(read("وأرسل الحزب برقية تعزية لكل من عائلة الراحل.")).extracting(g -> name(g.to()))
                .containsExactly("عائلة الراحل");
    }

    @Test
    void anAdjectiveInConstructWithTheGreetingIsNoVerbThatEndsIt() {
        assertThat(read("وتتقدم الرابطة بخالص العزاء وصادق المواساة إلى عائلة الزميل الراحل.")).extracting(Greeting::form)
                .containsExactly(Form.CONDOLENCE);
        assertThat(read("ويتقدم النادي بأحر التهاني وأطيب التمنيات إلى الفريق الفائز.")).hasSize(1);
        assertThat(read("ونتقدم بالتحية وخالص التقدير إلى عمال المصنع.")).hasSize(1);
    }

    @Test
    void aRepeatedIlaAfterAnAddresseesAppositionNamesOneMore() {
        List<Greeting> gs = read("ويتقدم الاتحاد بخالص التعازي إلى أسرة الفقيد، زوجته وأبنائه، وإلى زملائه في المدرسة.");
        assertThat(gs).extracting(g -> name(g.to())).containsExactly("أسرة الفقيد", "زملائه في المدرسة");
        assertThat(read("ونتقدم بالتهاني إلى الفائزين، طلاباً وطالبات، وإلى أهاليهم.")).hasSize(2);
        assertThat(read("ونتقدم بالتهاني إلى الفائزين، ونشكر اللجنة.")).hasSize(1);
    }

    @Test
    void greetingsReceivedAreOnePerSenderWhereMinRepeats() {
        List<Greeting> gs = read("عقدت الجمعية الثقافية العراقية اجتماعها السنوي. وتلقى الاجتماع برقيات تحية من "
                + "نقابة المعلمين في البصرة، ومن اتحاد الطلبة العام، ومن الرفيق ابو نصير.");
        assertThat(gs).extracting(Greeting::direction).containsOnly(Direction.RECEIVED);
        assertThat(gs).extracting(g -> name(g.from())).containsExactly("نقابة المعلمين", "اتحاد الطلبة العام", "ابو نصير");
        assertThat(gs).extracting(Greeting::form).containsOnly(Form.TELEGRAM);
    }

    @Test
    void sendersListedAfterOneMinAreOneEach() {
        List<Greeting> gs = read("وتلقى المؤتمر برقيات من الحزب الاشتراكي اليمني، والتجمع الوحدوي، واتحاد الادباء.");
        assertThat(gs).hasSize(3);
    }

    @Test
    void eachSenderHasTheMediumNamedBeforeIt() {
        List<Greeting> gs = read("وتلقى المؤتمر برقية من نقابة الصحفيين ورسالة من جمعية حقوق الانسان وتحية من الشاعر علي الحلي.");
        assertThat(gs).extracting(Greeting::form).containsExactly(Form.TELEGRAM, Form.MESSAGE, Form.GREETING);
    }

    @Test
    void greetingsSentAreOnePerAddresseeWhereIlaRepeats() {
        List<Greeting> gs = read("ووجه المجتمعون رسالة تضامن الى عمال النفط المضربين، ورسالة تهنئة الى الرفيقة "
                + "سلمى الجابري بمناسبة نيلها جائزة الرواية.");
        assertThat(gs).extracting(Greeting::direction).containsOnly(Direction.SENT);
        assertThat(gs).extracting(Greeting::form).containsExactly(Form.MESSAGE, Form.CONGRATULATION);
        assertThat(gs.get(1).occasion()).isEqualTo("نيلها جائزة الرواية");
    }

    @Test
    void contentComesBeforeMediumBeforeAPlainGreeting() {
        Greeting g = read("وبعث الاجتماع برقية تعزية الى عائلة الفنان الراحل.").get(0);
        assertThat(g.form()).isEqualTo(Form.CONDOLENCE);
        Greeting wishes = read("ووجه المؤتمر رسالة تحية وتمنيات بالشفاء الى الرفيق حسن العلي.").get(0);
        assertThat(wishes.form()).isEqualTo(Form.WISHES);
    }

    @Test
    void turningToSomeoneWithCongratulationsSendsThem() {
        List<Greeting> gs = read("تتقدم رابطة المرأة العراقية بأحر التهاني الى المعلمات في عيدهن، والى الطالبات المتفوقات.");
        assertThat(gs).hasSize(2).extracting(Greeting::form).containsOnly(Form.CONGRATULATION);
        assertThat(gs.get(0).from()).isInstanceOfSatisfying(Organization.class,
                o -> assertThat(o.name()).isEqualTo("رابطة المرأة العراقية"));
    }

    @Test
    void addresseesWithLamBeforeTheGreetingNounAreOneEach() {
        List<Greeting> gs = read("نتقدم لاعضاء نادينا ولاصدقائه بأطيب التمنيات بمناسبة العام الجديد.");
        assertThat(gs).hasSize(2);
    }

    @Test
    void singlingOutWithGreetingsGreetsEachObject() {
        List<Greeting> gs = read("ونخص بالتحية الاطباء الذين يعملون في المستشفيات الميدانية، والمسعفين في مناطق القتال.");
        assertThat(gs).hasSize(2).extracting(Greeting::direction).containsOnly(Direction.SENT);
    }

    @Test
    void salutingTheGatheringIsAGreetingReceivedFromTheSpeaker() {
        List<Greeting> gs = read("عقد اتحاد الجاليات مؤتمره الثالث. وفي كلمته حيّا الدكتور سامي الزين المؤتمر وحضوره.");
        assertThat(gs).singleElement().satisfies(g -> {
            assertThat(g.direction()).isEqualTo(Direction.RECEIVED);
            assertThat(name(g.from())).isEqualTo("سامي الزين");
        });
    }

    @Test
    void congratulatingSomeoneDirectlySendsACongratulation() {
        Greeting g = read("وهنأ المجتمعون الرفيق كامل العبيدي بمناسبة انتخابه رئيساً للبلدية.").get(0);
        assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
        assertThat(name(g.to())).isEqualTo("كامل العبيدي");
    }

    @Test
    void aHeadlineGreetingIsNotCountedAgain() {
        assertThat(read("تحية الى العمال في عيدهم\n\nيتقدم المكتب النقابي بأجمل التحيات الى العمال في عيدهم الاممي."))
                .hasSize(1);
    }

    @Test
    void youInALetterIsItsAddressee() {
        List<Greeting> gs = read("برقية تعزية\n\nالأخ العزيز الاستاذ سالم الهاشمي المحترم\n\n"
                + "ببالغ الحزن تلقينا نبأ رحيل شقيقكم، ونتقدم اليكم والى عائلتكم الكريمة بأحر التعازي والمواساة.");
        assertThat(gs).hasSize(2).extracting(Greeting::form).containsOnly(Form.CONDOLENCE);
        assertThat(name(gs.get(0).to())).isEqualTo("سالم الهاشمي");
    }

    @Test
    void greetingsReadOutToTheGatheringAreReceivedOnePerSender() {
        List<Greeting> gs = read("عقدت جمعية الصداقة الكندية العربية حفلها السنوي. وقرأ مقدم الحفل الرسائل الواردة الى "
                + "الجمعية، ومنها رسائل من نقابة المعلمين في ليون، واتحاد الكتاب، ومن رئيس بلدية المدينة.");
        assertThat(gs).extracting(Greeting::direction).containsOnly(Direction.RECEIVED);
        assertThat(gs).hasSize(3).extracting(g -> g.from() instanceof Person p ? p.role() : name(g.from()))
                .containsExactly("نقابة المعلمين", "اتحاد الكتاب", "رئيس بلدية المدينة");
        assertThat(gs).extracting(Greeting::form).containsOnly(Form.MESSAGE);
    }

    @Test
    void weCongratulateIsACongratulationSentToWhomFollows() {
        List<Greeting> gs = read("ونهنئ كذلك الرفيقين سامي العلي ونادر الخطيب بمناسبة فوزهما في انتخابات النقابة.");
        assertThat(gs).extracting(Greeting::direction).containsOnly(Direction.SENT);
        assertThat(gs).extracting(g -> name(g.to())).containsExactly("سامي العلي", "نادر الخطيب");
        assertThat(gs).extracting(Greeting::form).containsOnly(Form.CONGRATULATION);
    }

    @Test
    void aSpeechThatCongratulatesIsReceivedFromTheBodyItSpeaksFor() {
        List<Greeting> gs = read("وألقى الأستاذ كريم الدباغ كلمة اتحاد الكتاب العرب هنأ فيها الجالية بالعيد.");
        assertThat(gs).hasSize(1);
        assertThat(gs.get(0).direction()).isEqualTo(Direction.RECEIVED);
        assertThat(name(gs.get(0).from())).isEqualTo("اتحاد الكتاب العرب");
        assertThat(name(gs.get(0).to())).isEqualTo("الجالية");
    }

    @Test
    void levantineMinAfterTheCongratulationMarksTheAddressee() {
        List<Greeting> gs = read("يتقدم مكتب الحركة في ملبورن بأصدق التهاني من أبناء الجالية في أستراليا، ومن رفاقنا "
                + "في الوطن، بمناسبة الفوز في الانتخابات.");
        assertThat(gs).hasSize(2);
        assertThat(gs).extracting(Greeting::direction).containsOnly(Direction.SENT);
        assertThat(name(gs.get(0).from())).isEqualTo("مكتب الحركة");
    }

    @Test
    void congratulationsBroughtOrBlessingsGivenAreSent() {
        assertThat(read("تزف رابطة الشباب أحر التهاني الى الرفيقة سعاد الكردي بمناسبة تخرجها."))
                .extracting(g -> name(g.to())).containsExactly("سعاد الكردي");
        assertThat(read("نبارك للرفيق حسن العمري فوزه بعضوية المجلس."))
                .extracting(Greeting::form).containsExactly(Form.CONGRATULATION);
    }

    @Test
    void newsReceivedIsNoGreeting() {
        assertThat(read("تلقت الجالية بألم بالغ انباء الفيضانات من مدينة درنة وما خلفته من ضحايا.")).isEmpty();
    }

    @Test
    void aLetterSentWishingTheGatheringWellIsReceivedWishes() {
        List<Greeting> gs = read("عقدت رابطة الأدباء مؤتمرها الثالث في برلين. وبعث اتحاد الكتاب رسالة اعتذر فيها عن "
                + "الحضور متمنيا للمؤتمر النجاح.");
        assertThat(gs).singleElement().satisfies(g -> {
            assertThat(g.direction()).isEqualTo(Direction.RECEIVED);
            assertThat(g.form()).isEqualTo(Form.WISHES);
            assertThat(name(g.from())).isEqualTo("اتحاد الكتاب");
            assertThat(name(g.to())).isEqualTo("رابطة الأدباء");
        });
    }

    @Test
    void aSpeechThatSalutesTheAudienceIsAGreetingReceivedFromItsBody() {
        List<Greeting> gs = read("أقامت الجالية العراقية في ملبورن حفلا بمناسبة عيد نوروز. وألقت السيدة نادية كلمة "
                + "رابطة المرأة العراقية حيت فيها الحضور.");
        assertThat(gs).singleElement().satisfies(g -> {
            assertThat(g.direction()).isEqualTo(Direction.RECEIVED);
            assertThat(name(g.from())).isEqualTo("رابطة المرأة العراقية");
        });
    }

    @Test
    void weBlessOurPeopleIsSentToThem() {
        List<Greeting> gs = read("أقامت الجالية العراقية في ملبورن حفلا بمناسبة عيد نوروز. ونبارك لأهلنا في كردستان "
                + "بمناسبة العيد.");
        assertThat(gs).singleElement().satisfies(g -> {
            assertThat(g.direction()).isEqualTo(Direction.SENT);
            assertThat(g.occasion()).isEqualTo("العيد");
        });
    }

    @Test
    void condolencesOrCongratulationsOfferedAreSentToEachAddressee() {
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. وقدم المشاركون التعازي لعائلة الفقيد سامي "
                + "الخطيب.")).singleElement().satisfies(g -> {
                    assertThat(g.direction()).isEqualTo(Direction.SENT);
                    assertThat(g.form()).isEqualTo(Form.CONDOLENCE);
                });
        assertThat(read("عقدت جمعية الصداقة مؤتمرها العام في ستوكهولم. ونقدم التهاني الحارة الى الرفيق حسن العلي، "
                + "والى الرفيقة سلمى يوسف بمناسبة تخرجهما.")).extracting(g -> name(g.to()))
                .containsExactly("حسن العلي", "سلمى يوسف");
    }

    @Test
    void titledAddresseesJoinedByWaWithoutARepeatedIlaGetOneGreetingEach() {
        List<Greeting> gs = read("أقام النادي حفلا كبيرا. ويرفع النادي أحر التهاني الى السيد رئيس الجمهورية، "
                + "وسعادة السفير، والى الجالية العربية.");
        assertThat(gs).hasSize(3).allSatisfy(g -> assertThat(g.form()).isEqualTo(Form.CONGRATULATION));
        assertThat(((Person) gs.get(1).to()).role()).isEqualTo("السفير");
        assertThat(read("أقام النادي حفلا. وبعث النادي برقية تهنئة الى الدكتور سمير الحسن، والمهندسة ليلى عمر.")).hasSize(2);
    }

    @Test
    void aMessageOfThanksIsNoGreeting() {
        assertThat(read("أقام النادي حفلا كبيرا. ووجه الحفل رسالة شكر الى بلدية ليون على دعمها.")).isEmpty();
    }

    @Test
    void condolencesOfferedToSeveralAddresseesByARepeatedIlaAreOneEach() {
        assertThat(read("توفي الشاعر سليم داود. ويتقدم رئيس النادي بأحر التعازي الى أرملة الفقيد السيدة هدى يوسف "
                + "الحداد (أم رامي) وكريمتها الصغيرة، والى أشقائه وشقيقاته، والى آل الحداد في الوطن والمهجر."))
                .hasSize(3).allSatisfy(g -> assertThat(g.form()).isEqualTo(Form.CONDOLENCE));
    }

    @Test
    void titledAddresseesAfterTurningWithCongratulationsAreOneEach() {
        assertThat(read("أقام النادي حفلا. ويتقدم النادي بخالص التهنئة الى معالي وزير الثقافة، وسعادة السفير السيد "
                + "كمال حداد، والى أبناء الجالية.")).hasSize(3);
    }

    @Test
    void greetingsNamedBeforeTheVerbOfArrivalAreReceivedFromEachSender() {
        List<Greeting> gs = read("أقام النادي حفلا كبيرا. وقرأ مقدم الحفل الشاب سامي يوسف الحداد رسائل تهنئة وردت الى النادي "
                + "من اتحاد الكتاب العرب في باريس، ومن السيدة ليلى حسن رئيسة جمعية الصداقة في ليون.");
        assertThat(gs).hasSize(2).allSatisfy(g -> {
            assertThat(g.direction()).isEqualTo(Direction.RECEIVED);
            assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
        });
    }

    @Test
    void aSenderKnownByRoleIsNamedInAppositionBetweenCommas() {
        List<Greeting> gs = read("بعث رئيس رابطة الأطباء، سمير الخوري، اليوم برقية تهنئة الى نقابة الصيادلة بمناسبة تأسيسها.");
        assertThat(gs).singleElement().satisfies(g -> {
            assertThat(name(g.from())).isEqualTo("سمير الخوري");
            assertThat(name(g.to())).isEqualTo("نقابة الصيادلة");
            assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
        });
    }

    @Test
    void aSemicolonClosingTheSendersAppositionDoesNotEndTheGreeting() {
        List<Greeting> gs = read("تقدم الأستاذ كريم حداد، رئيس النادي الثقافي؛ ببرقية تهنئة الى نقابة المعلمين، "
                + "ولجميع المعلمات والمعلمين بمناسبة عيد المعلم.");
        assertThat(gs).extracting(g -> name(g.to())).startsWith("نقابة المعلمين").hasSize(2);
    }

    @Test
    void anAddresseeThroughAnotherIsOneMore() {
        List<Greeting> gs = read("بعث رئيس الاتحاد برقية تعزية الى قيادة نقابة عمال الموانئ ومن خلالها الى عمال الميناء كافة.");
        assertThat(gs).hasSize(2).extracting(Greeting::form).containsOnly(Form.CONDOLENCE);
    }

    @Test
    void theAddresseeMayComeInLamBeforeOrAfterTheGreeting() {
        assertThat(read("اننا في رابطة الكتاب نقدم للشعب التونسي التهنئة على نجاح الانتخابات البلدية."))
                .extracting(g -> name(g.to())).containsExactly("الشعب التونسي");
        assertThat(read("افتتح الاجتماع بتوجيه تحية خاصة للعمال المضربين في مصانع النسيج."))
                .extracting(g -> name(g.to())).singleElement().asString().startsWith("العمال المضربين");
    }

    @Test
    void aCableIsSentWithItsCongratulationAfterTheAddressees() {
        List<Greeting> gs = read("أبرق اتحاد الكتاب الى رابطة الأدباء في تونس والى نقابة الصحفيين بالتهنئة بنجاح مؤتمرهما.");
        assertThat(gs).extracting(g -> name(g.to())).hasSize(2).allMatch(n -> n.startsWith("رابطة") || n.startsWith("نقابة"));
    }

    @Test
    void aPresentVerbTakesTheLamOfEmphasis() {
        List<Greeting> gs = read("فإن رئيس النادي ليرفع باسم كل الأعضاء أحر التعازي الى عائلة الفقيد وأصدقائه.");
        assertThat(gs).singleElement().satisfies(g -> assertThat(g.form()).isEqualTo(Form.CONDOLENCE));
    }

    @Test
    void aCondolenceExtendedToItsAddresseesWithoutAVerb() {
        List<Greeting> gs = read("رحل الزميل صباح اليوم. العزاء موصول لزوجته وأبنائه كما يمتد العزاء لرفاق دربه.");
        assertThat(gs).hasSize(2).extracting(Greeting::form).containsOnly(Form.CONDOLENCE);
    }

    @Test
    void aCondolenceExtendedGoesToEachAddresseeInWaAndLam() {
        List<Greeting> gs = read("رحل الزميل صباح اليوم. التعازي الحارة لأسرته الكريمة، ولرفاقه في النقابة، ولكافة محبيه.");
        assertThat(gs).extracting(g -> name(g.to())).containsExactly("أسرته الكريمة", "رفاقه في النقابة", "كافة محبيه");
    }

    @Test
    void whereCondolencesAreReceivedIsNoGreeting() {
        assertThat(read("رحل الزميل صباح اليوم. وتقبل التعازي للرجال في ديوان العائلة، وللنساء في منزل الفقيد.")).isEmpty();
    }

    @Test
    void aHeadlineThatCongratulatesIsTheGreetingOfALetterThatSendsNoOther() {
        List<Greeting> gs = read("نقابة المهندسين تهنئ الشعب الأردني بعيد الاستقلال\n"
                + "في هذا اليوم المجيد نستذكر تضحيات الأجداد الذين صنعوا الاستقلال وبنوا الدولة بعرقهم ودمائهم.");
        assertThat(gs).singleElement().satisfies(g -> {
            assertThat(g.direction()).isEqualTo(Direction.SENT);
            assertThat(name(g.to())).startsWith("الشعب الأردني");
        });
    }

    @Test
    void aStatementSingingOutTheDeadWithItsSalutePraisesThem() {
        assertThat(read("حيا التجمع صمود الشعب في وجه القمع، وخص بالتحية الشهداء والجرحى في كل المدن.")).isEmpty();
    }

    @Test
    void aGreetingToTheSameAddresseeToldAgainIsOneEntry() {
        assertThat(read("بعث الاتحاد برقية تهنئة الى حزب العمال الاشتراكي. وقد وجه الاتحاد رسالة ثانية الى "
                + "حزب العمال الاشتراكي يشيد فيها بنتائجه.")).hasSize(1);
        assertThat(read("أبرقت الرابطة بالتهنئة الى حزب الخضر. وهذا نص البرقية الموجهة الى الأمين العام لحزب الخضر "
                + "السيد كمال يونس: تحية طيبة وبعد.")).hasSize(1);
        assertThat(read("تلقى المؤتمر برقية من الحزب الشيوعي اللبناني. كما تلقى المؤتمر رسالة من الحزب الشيوعي اللبناني."))
                .singleElement().satisfies(g -> assertThat(g.direction()).isEqualTo(Direction.RECEIVED));
        assertThat(read("وجه المجلس رسالة تهنئة الى نقابة المعلمين، ورسالة تهنئة الى نقابة الأطباء.")).hasSize(2);
    }

    @Test
    void aBodySinglingOutWithCongratulationsOrCondolencesSendsThem() {
        List<Greeting> gs = read("وخصّت الرابطة بالتهاني الحارة أعضاءها الفائزين في الانتخابات البلدية.");
        assertThat(gs).extracting(Greeting::direction, Greeting::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Direction.SENT, Form.CONGRATULATION));
        assertThat(gs.get(0).to().span()).isNotNull();
        assertThat(read("كما يخص المجلس بالتهنئة الطلبة المتخرجين هذا العام.")).extracting(Greeting::form)
                .containsExactly(Form.CONGRATULATION);
        assertThat(read("ويخص الحزب بالتعازي عائلة الفقيد ورفاقه في الفرع.")).extracting(Greeting::form)
                .containsExactly(Form.CONDOLENCE);
    }

    @Test
    void aBranchNamedWithoutItsBodyIsABranchOfTheIssuer() {
        List<Greeting> gs = read("بيان صادر عن حزب العدالة الاجتماعية\nوتلقت الأمانة العامة للحزب برقيات تعزية من "
                + "فرع الخرطوم، ومن فرع كسلا، ومن مكتب المملكة المتحدة.");
        assertThat(gs).extracting(g -> ((Organization) g.from()).name()).containsOnly("حزب العدالة الاجتماعية");
        assertThat(gs).extracting(g -> ((Organization) g.from()).branch())
                .containsExactly("فرع الخرطوم", "فرع كسلا", "مكتب المملكة المتحدة");
    }

    @Test
    void membersAddressedInTheHeadingStandForTheirBody() {
        assertThat(read("تهنئة\n\nالى الرفاق في الهيئة القيادية لحزب العمال التونسي\nتحية نضالية\n\n"
                + "نتقدم إليكم بأحر التهاني بمناسبة نجاح مؤتمركم الوطني.\nاللجنة المركزية لحزب التقدم"))
                .singleElement().satisfies(g -> assertThat(name(g.to())).isEqualTo("حزب العمال التونسي"));
        assertThat(read("الى الأخوات والإخوة أعضاء جمعية الصداقة العربية السويدية\nتحية طيبة وبعد،\n"
                + "يسرنا أن نتقدم إليكم بخالص التهنئة بمناسبة انتخاب هيئتكم الجديدة."))
                .singleElement().satisfies(g -> assertThat(name(g.to())).isEqualTo("جمعية الصداقة العربية السويدية"));
        assertThat(read("الى الزملاء في نقابة الصحفيين بالموصل\nتحية طيبة\n"
                + "نتقدم إليكم بأصدق التهاني بمناسبة العيد الخمسين لتأسيس نقابتكم."))
                .singleElement().satisfies(g -> assertThat(name(g.to())).startsWith("نقابة الصحفيين"));
    }

    @Test
    void partiesDescribedAsSendingGreetingsSentThemToTheGathering() {
        assertThat(read("عقد اتحاد الأدباء مؤتمره العام في بغداد. وبعد ذلك قرأ عريف الحفل أسماء الاتحادات والنقابات "
                + "العربية التي بعثت برقيات التهنئة الى المؤتمر.")).singleElement().satisfies(g -> {
                    assertThat(g.direction()).isEqualTo(Direction.RECEIVED);
                    assertThat(name(g.from())).isEqualTo("الاتحادات والنقابات العربية");
                });
        assertThat(read("اختتمت الجمعية مؤتمرها السنوي في تورونتو، وشكرت في ختامه الجمعيات والأندية الشقيقة التي "
                + "قدمت التهاني بمناسبة انعقاده.")).extracting(g -> name(g.from()))
                .containsExactly("الجمعيات والأندية الشقيقة");
        assertThat(read("أقامت الرابطة حفلها السنوي، وأشاد رئيسها بالأحزاب الصديقة التي قدمت التحية الى الحفل."))
                .extracting(Greeting::direction).containsExactly(Direction.RECEIVED);
    }

    @Test
    void theTextOfATelegramAlreadyToldIsNoSecondGreeting() {
        assertThat(read("أبرق الاتحاد الى نقابة المعلمين بالتهنئة بمناسبة عيدها. وفيما يلي نص البرقية الموجهة الى "
                + "الأمين العام: نهنئكم بهذه المناسبة.")).hasSize(1);
        assertThat(read("بعث رئيس الجمعية برقية تهنئة الى السفير بمناسبة العيد الوطني، جاء فيها: نتقدم إلى "
                + "سعادتكم بأصدق التهاني.")).hasSize(1);
        assertThat(read("وجّهت الرابطة رسالة تعزية الى عائلة الفقيد سمير الحلو، وهذا نص الرسالة الموجهة الى أسرته "
                + "الكريمة.")).hasSize(1);
    }
    @Test
    void aThirdPartySendingAGreetingToNobodyNamedSendsItToTheBodyReportedOn() {
        List<Greeting> gs = read("تلقت رئيسة الجمعية السيدة ليلى حداد رسائل تهنئة بمناسبة العيد الخمسين للجمعية.\n"
                + "وقد بعث رئيس نادي الجالية في ليون السيد كريم بوزيد ببرقية أشاد فيها بعطاء الجمعية.\n"
                + "كما بعثت الكاتبة سعاد الأمين، عضو اتحاد الكتاب، برسالة تهنئة عبرت فيها عن اعتزازها بالجمعية.");
        assertThat(gs).extracting(Greeting::direction).containsExactly(Direction.RECEIVED, Direction.RECEIVED);
        assertThat(name(gs.get(0).from())).isEqualTo("كريم بوزيد");
        assertThat(gs.get(1).form()).isEqualTo(Form.CONGRATULATION);
        assertThat(read("وبعث الأمين العام للحزب السيد أحمد بن علي برسالة تهنئة إلى رئيس الجمهورية بمناسبة الاستقلال."))
                .singleElement().extracting(Greeting::direction).isEqualTo(Direction.SENT);
    }

    @Test
    void greetingsReadOutByATitledReaderAreReceivedFromEachSender() {
        assertThat(read("وقرأ أمين السر السابق الأستاذ فريد العلوي برقيات التهنئة، ومنها برقية من نقابة الصحفيين بالرباط، "
                + "وأخرى من رابطة الكتاب بفاس.")).extracting(Greeting::direction)
                .containsExactly(Direction.RECEIVED, Direction.RECEIVED);
        assertThat(read("وتلت عريفة الحفل الإعلامية سناء يوسف رسائل التضامن، ومنها رسالة من اتحاد الطلبة في تونس."))
                .singleElement().satisfies(g -> assertThat(name(g.from())).isEqualTo("اتحاد الطلبة"));
    }
    @Test
    void addresseesInMinBeforeTheGreetingAreEachConsoledOrCongratulated() {
        List<Greeting> gs = read("تتقدم الرابطة من زوجها الحاج سليم داود ومن أولادها وأحفادها بأصدق مشاعر المواساة.");
        assertThat(gs).extracting(Greeting::direction).containsExactly(Direction.SENT, Direction.SENT);
        assertThat(name(gs.get(0).to())).isEqualTo("سليم داود");
        assertThat(read("يتقدم المكتب من عائلة الراحل ومن رفاقه في النقابة بأحر التعازي.")).hasSize(2);
        assertThat(read("وتتقدم الهيئة الإدارية من الزميل سامر خليل بأحر التهاني بمناسبة زفافه."))
                .singleElement().satisfies(g -> assertThat(name(g.to())).isEqualTo("سامر خليل"));
    }

    @Test
    void addresseesInMinRightAfterTheVerbNeedNoSubjectBetween() {
        // the sender named before the verb, or the first person
        List<Greeting> gs = read("إن المنتدى الثقافي إذ ينعى الأستاذ وليد، يتقدم من عائلة الفقيد، ومن رفاقه في الجمعية، "
                + "بأحر التعازي القلبية.");
        assertThat(gs).extracting(g -> name(g.to())).containsExactly("عائلة الفقيد", "رفاقه في الجمعية");
        assertThat(read("باسم الهيئة الإدارية نتقدم من أسرتك الكريمة بأصدق التعازي.")).singleElement()
                .satisfies(g -> assertThat(name(g.to())).isEqualTo("أسرتك الكريمة"));
    }

    @Test
    void anOccasionInBiEndsTheAddressee() {
        assertThat(read("التجمع الديمقراطي يهنئ الشعب التونسي بالذكرى العاشرة للثورة")).singleElement()
                .satisfies(g -> assertThat(name(g.to())).isEqualTo("الشعب التونسي"));
        assertThat(read("يتقدم النادي بأصدق مشاعر المواساة من أهالي البلدة وعائلة منصور باستشهاد ابنها.")).singleElement()
                .satisfies(g -> assertThat(name(g.to())).isEqualTo("أهالي البلدة وعائلة منصور"));
    }

    @Test
    void aTitleOfAddressAloneIsNoAddressee() {
        assertThat(read("وهنأت الرابطة سمو الشيخ سالم الناصر على تعيينه وزيراً.")).extracting(g -> name(g.to()))
                .containsExactly("سالم الناصر");
    }

    @Test
    void whatTheMessageSaysNamesNoMoreAddressees() {
        assertThat(read("وبعثت الرابطة برقية تعزية إلى نقابة المعلمين في حمص، جاء فيها: \"سنعمل على نقل رسالة الفقيد "
                + "إلى الأجيال القادمة\".")).hasSize(1);
        assertThat(read("وبعث المكتب رسالة تهنئة إلى اتحاد الكتاب في عمّان، قال فيها: \"نتطلع إلى التعاون مع الاتحاد\"."))
                .hasSize(1);
        assertThat(read("وأبرق الحزب بالتهنئة إلى رفاقه في تونس، وورد في البرقية: «سننقل تجربتكم إلى شبابنا».")).hasSize(1);
    }

    @Test
    void aParticipleOfBlessingWithoutTheCircumstantialEndingIsANameOrAnAdjective() {
        assertThat(BulletinParser.parse("أكد رئيس الجمعية التعاونية سامي مبارك الهاجري أن المجلس سيوزع الأرباح في موعدها.")
                .greetings()).isEmpty();
        assertThat(BulletinParser.parse("وأعلنت الجمعية أن يوم الجمعة عيد مبارك تعطل فيه جميع فروعها.").greetings()).isEmpty();
        assertThat(BulletinParser.parse("واتصل الأمين العام بالدكتور نادر الزين مهنئاً إياه بانتخابه رئيساً للنقابة.")
                .greetings()).singleElement().satisfies(g -> assertThat(g.form()).isEqualTo(Form.CONGRATULATION));
    }

    @Test
    void aTelegramWhoseCargoIsSaidByACircumstantialParticipleIsSent() {
        assertThat(read("وأبرق رئيس الرابطة إلى الفنانة سعاد مراد، مهنئاً بفوزها بالجائزة الأولى.")).singleElement()
                .satisfies(g -> {
                    assertThat(g.direction()).isEqualTo(Direction.SENT);
                    assertThat(name(g.to())).isEqualTo("سعاد مراد");
                });
    }

    @Test
    void aSendersTitleSetOffByCommasDoesNotPutTheTelegramOutOfReach() {
        assertThat(read("بعث الأستاذ وليد منصور، الأمين العام لاتحاد النقابات العمالية في محافظة الشمال الغربي، "
                + "ببرقية تهنئة إلى نقابة عمال الموانئ بمناسبة عيد العمال.")).singleElement()
                .satisfies(g -> assertThat(g.direction()).isEqualTo(Direction.SENT));
    }

    @Test
    void theAddresseeComesAfterTheSendersTitlesSetOffByCommas() {
        assertThat(read("هنأ حزب الأمل، برئاسة الدكتور سامي فؤاد، والأمين العام للحزب المهندس خالد سليم، الشعب اليمني"
                + " بمناسبة العيد الوطني.")).singleElement().satisfies(g -> {
                    assertThat(name(g.from())).isEqualTo("حزب الأمل");
                    assertThat(name(g.to())).isEqualTo("الشعب اليمني");
                });
        assertThat(read("هنأ الحاج خالد سليم رئيس نقابة العاملين في قطاع النسيج، ومستشار اتحاد العمال العرب، وزير العمل"
                + " سامي فؤاد، بمناسبة عيد العمال.")).singleElement().satisfies(g -> {
                    assertThat(name(g.from())).isEqualTo("خالد سليم");
                    assertThat(name(g.to())).isEqualTo("سامي فؤاد");
                });
    }

    @Test
    void aVerbWrittenWithItsHamzaOnAlifIsNoGivenName() {
        // هنأ folds to هناء, a woman's name: written so, it is the verb, and what follows its subject
        assertThat(read("هنأ الحزب، وزير العمل سامي فؤاد، بمناسبة عيد العمال.")).extracting(g -> name(g.to()))
                .containsExactly("سامي فؤاد");
        // a sender known only by a given name and a surname ends at the comma too
        assertThat(read("هنأ خالد سليم، وزير العمل سامي فؤاد، بمناسبة عيد العمال.")).singleElement().satisfies(g -> {
            assertThat(name(g.from())).isEqualTo("خالد سليم");
            assertThat(name(g.to())).isEqualTo("سامي فؤاد");
        });
    }

    @Test
    void everyAddresseeOfAListIsOneGreeting() {
        assertThat(read("يعرب حزب الأمل، بكل هيئاته وأعضائه، عن خالص مشاعر التعزية وعميق المواساة إلى الحكومة"
                + " الليبية، والشعب الليبي الشقيق، وإلى كافة أصدقاء ليبيا في العالم.")).extracting(g -> name(g.to()))
                .containsExactly("الحكومة الليبية", "الشعب الليبي الشقيق", "كافة أصدقاء ليبيا في العالم");
        // the first one's parts in the accusative are no addressee of their own
        assertThat(read("تقدم مجلس النقابة بخالص العزاء، إلى دولة الكويت، قيادةً وحكومةً وشعباً، ولأسرة الفقيد."))
                .extracting(g -> name(g.to())).containsExactly("دولة الكويت", "أسرة الفقيد");
        assertThat(read("بعث الحزب برقية تهنئة إلى الرئيس سامي فؤاد، والشعب اليمني الشقيق."))
                .extracting(g -> name(g.to())).containsExactly("سامي فؤاد", "الشعب اليمني الشقيق");
    }

    @Test
    void aDescriptionFollowedByANamedPersonAddressesThatPerson() {
        assertThat(read("تتقدم النقابة بأحر التعازي الى شقيقه المهندس سمير كامل داود، والى عائلة الفقيد في عمان."))
                .extracting(g -> name(g.to())).containsExactly("سمير كامل داود", "عائلة الفقيد في عمان");
        assertThat(read("بعث الاتحاد رسالة تهنئة الى امير دولة قطر الشيخ حمد بن خليفة بمناسبة العيد الوطني."))
                .extracting(g -> name(g.to())).containsExactly("حمد بن خليفة");
        assertThat(read("وهنأ الاتحاد وزير القوى العاملة سعيد حمدان بالعيد.")).extracting(g -> name(g.to()))
                .containsExactly("سعيد حمدان");
        assertThat(read("وجهت الجمعية تحية خاصة الى المناضل النقابي المتقاعد الحاج سمير حسن بمناسبة تكريمه."))
                .extracting(g -> name(g.to())).containsExactly("سمير حسن");
    }

    @Test
    void aQuantifiedConjunctAfterAPersonIsOneMoreAddressee() {
        assertThat(read("هنأ حزب نداء الوطن، الرئيس نبيل فارس ناصر وجميع عمال البلاد بمناسبة عيد العمال."))
                .extracting(g -> name(g.to())).containsExactly("نبيل فارس ناصر", "جميع عمال البلاد");
    }

    @Test
    void eachSalutationLineOfALetterAddressesOneMore() {
        String letter = "رابطة المغتربين في ملبورن\n"
                + "السيد وزير الخارجية الدكتور سامي فؤاد المحترم\n"
                + "السيد رئيس لجنة المغتربين في البرلمان الأستاذ نادر حلمي المحترم\n"
                + "نعرض عليكم في هذه الرسالة ما تعانيه جاليتنا من تأخير في المعاملات القنصلية منذ سنوات طويلة.\n";
        assertThat(read(letter)).extracting(g -> name(g.to())).containsExactly("سامي فؤاد", "نادر حلمي");
    }

    @Test
    void aCongratulationToYouInLamGoesToTheLettersSalutation() {
        String letter = "نص البرقية:\n"
                + "الإخوة والأخوات في جمعية المعلمين المحترمون\n"
                + "نبارك لكم نجاح مؤتمركم الثالث، ونتمنى لكم دوام التوفيق.\n";
        assertThat(read(letter)).singleElement().satisfies(g -> {
            assertThat(g.form()).isEqualTo(Form.CONGRATULATION);
            assertThat(name(g.to())).isEqualTo("جمعية المعلمين");
        });
    }

    @Test
    void aKinsmanNamedRightAfterHisKinshipIsTheAddresseeButADeadOneIsTheLoss() {
        assertThat(read("بعث رئيس النادي برقية تعزية إلى شقيقه المهندس سامي عوض.")).extracting(g -> name(g.to()))
                .containsExactly("سامي عوض");
        assertThat(read("بعث رئيس النادي برقية تعزية إلى شقيق الراحل المهندس سامي عوض.")).extracting(g -> name(g.to()))
                .doesNotContain("سامي عوض");
    }

    @Test
    void anAddresseeBeforeTheGreetingEndsAtItsBiPhraseAndYourExcellencyIsTheOneSaluted() {
        assertThat(read("أتقدم إلى إخوتنا في النقابة بأصدق عبارات التهاني بمناسبة العيد.")).singleElement()
                .satisfies(g -> assertThat(name(g.to())).isEqualTo("إخوتنا في النقابة"));
        String letter = "الأخ العزيز الأستاذ كريم ناصر المحترم\nتحية طيبة وبعد،\n"
                + "باسمي ونيابة عن زملائي في الهيئة الإدارية أتقدم إلى سيادتكم بأصدق التهاني بمناسبة انتخابكم رئيسا للرابطة.\n";
        assertThat(read(letter)).singleElement().satisfies(g -> assertThat(name(g.to())).isEqualTo("كريم ناصر"));
    }
}
