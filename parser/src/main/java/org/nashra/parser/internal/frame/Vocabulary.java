package org.nashra.parser.internal.frame;

import java.util.List;

/**
 * The cue words the frame rules react to, by family. Each verb family lists its
 * past and present stems, participle and verbal noun, so one entry covers every
 * person, gender, number and tense ({@code طالب}, {@code طالبوا}, {@code نطالب},
 * {@code تطالب}, {@code مطالبين}, {@code المطالبة}).
 *
 * <pre>{@code
 * doc.has(i, Vocabulary.CONDEMN);   // يدين، ادانت، نستنكر، شجب، التنديد …
 * }</pre>
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    // ---- resolutions: one family per kind of act ----

    /** Demands: طالب، يطالب، مطالبة، مطالبين. */
    public static final Word DEMAND = Word.verb("طالب", "يطالب").participle("مطالب").masdar("مطالبة");

    /** Condemnations: أدان، يدين، إدانة؛ شجب؛ استنكر؛ ندد؛ استهجن؛ رفض. */
    public static final Word CONDEMN = Word.verb("أدان", "يدين").past("دان").masdar("إدانة")
            .or(Word.verb("شجب", "يشجب").participle("شاجب").masdar("شجب"))
            .or(Word.verb("استنكر", "يستنكر").participle("مستنكر").masdar("استنكار"))
            .or(Word.verb("ندد", "يندد").participle("مندد").masdar("تنديد"))
            .or(Word.verb("استهجن", "يستهجن").participle("مستهجن").masdar("استهجان"))
            .or(Word.verb("رفض", "يرفض").participle("رافض").masdar("رفض"))
            // criticism and protest as a body's position: انتقد البيان سياسة الحكومة، تحتج النقابة على القرار
            .or(Word.verb("انتقد", "ينتقد").participle("منتقد").masdar("انتقاد"))
            .or(Word.verb("احتج", "يحتج"));

    /** Laying the blame: حمّل (السلطة المسؤولية) — a condemnation of whom it blames. */
    public static final Word BLAME = Word.verb("حمل", "يحمل").participle("محمل").masdar("تحميل");

    /** Calls and appeals: دعا، يدعو، دعوة؛ ناشد؛ حث؛ أهاب بـ. */
    public static final Word CALL = Word.verb("دعا", "يدعو").participle("داعي", "داعيا", "داع").masdar("دعوة")
            .or(Word.verb("ناشد", "يناشد").participle("مناشد").masdar("مناشدة"))
            .or(Word.verb("حث", "يحث").participle("حاث"))
            .or(Word.verb("أهاب", "يهيب").participle("مهيب"));

    /** Decisions: قرر، يقرر، تقرر (passive). */
    public static final Word DECIDE = Word.verb("قرر", "يقرر").past("تقرر");

    /** Recommendations: أوصى، يوصي، توصية، التوصيات؛ اقترح. */
    public static final Word RECOMMEND = Word.verb("أوصى", "يوصي").masdar("توصية")
            .or(Word.exact("توصيات"))
            .or(Word.verb("اقترح", "يقترح").masdar("اقتراح"));

    /** Emphasis: أكد، يؤكد، تأكيد، مؤكداً؛ شدد؛ نبّه. */
    public static final Word EMPHASISE = Word.verb("أكد", "يؤكد").participle("مؤكد").masdar("تأكيد")
            .or(Word.verb("شدد", "يشدد").participle("مشدد").masdar("تشديد"))
            .or(Word.verb("نبه", "ينبه").participle("منبه"));

    /** Warnings: حذّر، يحذّر من، محذّراً، التحذير — an act of kind other. */
    public static final Word WARN = Word.verb("حذر", "يحذر").participle("محذر").masdar("تحذير");

    /** Welcoming a step or an event (رحّب بالقرار، ترحب بالزيارة): support; welcoming people is no act. */
    public static final Word WELCOME_ACT = Word.verb("رحب", "يرحب").participle("مرحب");

    /** Evidence as praise: ان انعقاد مؤتمركم … لهو دليل على حيوية …. */
    public static final Word PROOF = Word.exact("دليل", "برهان", "شاهد", "مؤشر", "دلالة");

    /** Necessity as a stated position: ضرورة (in يستدعي ضرورة …, نرى ضرورة …). */
    public static final Word NECESSITY = Word.exact("ضرورة", "بضرورة");

    /** Support: أيّد، تأييد؛ ساند، مساندة؛ يدعم (the present only: the past دعم is the noun too). */
    public static final Word SUPPORT = Word.verb("أيد", "يؤيد").participle("مؤيد").masdar("تأييد")
            .or(Word.verb("ساند", "يساند").participle("مساند").masdar("مساندة"))
            .or(Word.exact().present("يدعم"));

    /** Solidarity: تضامن مع، يتضامن، متضامناً؛ the past form is the noun too, so مع must follow. */
    public static final Word SOLIDARITY = Word.verb("تضامن", "يتضامن").participle("متضامن").masdar("تضامن");

    /** The noun دعم, support, only as what a carrier verb declares (أعلن دعمه). */
    public static final Word BACKING = Word.noun("دعم", "وقوف");

    /** Praise as a public position: أشاد بـ، يشيد، الإشادة؛ نوّه بـ (the verb needs its ب: نشيد is also an anthem). */
    public static final Word PRAISE = Word.verb("أشاد", "يشيد").participle("مشيد").masdar("إشادة")
            .or(Word.verb("نوه", "ينوه").participle("منوه").masdar("تنويه"));

    /** Saluting: حيّا، يحيي — praise of a cause, or a greeting when the gathering is saluted. */
    public static final Word SALUTE = Word.verb("حيا", "يحيي").past("حيى").participle("محيي", "محييا")
            .without("حياة");

    /** Pledges: تعهد، يتعهد، متعهداً؛ التزم. */
    public static final Word PLEDGE = Word.verb("تعهد", "يتعهد").participle("متعهد").masdar("تعهد")
            .or(Word.verb("التزم", "يلتزم").participle("ملتزم"))
            .or(Word.verb("عاهد", "يعاهد"));

    /**
     * Promising: وعد بـ، واعداً بـ — a pledge when what is promised follows in ب (وعد بدراسة الطلب); only the past and
     * the participle: the present يعد is also "is considered".
     */
    public static final Word PROMISE = Word.exact().past("وعد").participle("واعد");

    /**
     * Looking forward to: تطلّع إلى/لـ، نتطلع، متطلعاً — with a verbal noun after it (نتطلع إلى تعزيز التعاون) a wish
     * for what is to come, an act of kind other.
     */
    public static final Word LOOK_FORWARD = Word.verb("تطلع", "يتطلع").participle("متطلع");

    /** Resolve and readiness as what is affirmed: أكد العزم، استعدادنا، التزامها. */
    public static final Word RESOLVE = Word.noun("عزم", "استعداد", "التزام", "تصميم", "إصرار");

    /** Approvals: صادق، المصادقة؛ أقرّ، إقرار (no present: نقرة is a pit)؛ وافق؛ تبنّى. */
    public static final Word APPROVE = Word.verb("صادق", "يصادق").participle("مصادق").masdar("مصادقة")
            .or(Word.exact().past("أقر").masdar("إقرار"))
            .or(Word.verb("وافق", "يوافق").masdar("موافقة"))
            .or(Word.verb("تبنى", "يتبنى").masdar("تبني"))
            .or(Word.verb("اعتمد", "يعتمد").masdar("اعتماد"))
            // أجاز المؤتمر التقرير (Sudanese and Gulf usage); not the noun إجازة, a leave
            .or(Word.verb("أجاز", "يجيز"));

    /**
     * Agreeing (اتفق، توافق على، الاتفاق على): what a gathering agrees to do (a verbal noun after على) is a
     * decision. Not أجمع: its present تجمع is the head of many a body's name.
     */
    public static final Word AGREE = Word.verb("اتفق", "يتفق").masdar("اتفاق").or(Word.verb("توافق", "يتوافق"));

    /** Hope addressed to others (آملين منهم أن …, نأمل من …): a call. */
    public static final Word HOPE = Word.verb("أمل", "يأمل").or(Word.exact("آملين", "آملا", "آملة", "آملون"));

    /** Verbs that carry the act named by their object: أعلن دعمه، أكد تضامنه، عبّر عن رفضه، أبدى استعداده. */
    public static final Word DECLARE = Word.verb("أعلن", "يعلن").participle("معلن").masdar("إعلان")
            .or(Word.verb("أبدى", "يبدي").participle("مبدي"))
            .or(Word.verb("عبر", "يعبر").participle("معبر"))
            .or(Word.verb("أعرب", "يعرب").participle("معرب"))
            .or(Word.verb("جدد", "يجدد").participle("مجدد"));

    /** Verbs that make a verbal noun an act done: تمّت المصادقة، جرى انتخاب، تم إقرار، اتخذ قرارات. */
    public static final Word DONE = Word.verb("تم", "يتم").past("جرى").present("يجري")
            .or(Word.verb("اتخذ", "يتخذ"));

    /**
     * Forming a body, a decision when done ({@code تم تشكيل لجنة}, {@code جرى تأسيس فرع}); appointing
     * ({@link #APPOINT}) is one too.
     */
    public static final Word FORM_BODY = Word.exact("تشكيل", "تأسيس", "إنشاء", "تأليف", "استحداث");

    /** Verbs that carry on a started act: استكمل (مناقشة وإقرار …), باشر. */
    public static final Word PROCEED = Word.verb("استكمل", "يستكمل").or(Word.verb("باشر", "يباشر"));

    /** A decision named by its noun: قرار بتشكيل … (an item or heading), اتخذ قراراً/قرارها بـ…. */
    public static final Word DECISION_NOUN = Word.noun("قرار");

    /**
     * Verbs of reported speech: قال، أضاف، أشار/لفت (إلى أن)، أوضح، in any person or as participle
     * (مضيفاً، لافتاً، مشيراً، قائلاً). With a complement أن/إن they state the speaker's position.
     */
    public static final Word SAY = Word.verb("قال", "يقول").participle("قائل")
            .or(Word.verb("أضاف", "يضيف").participle("مضيف"))
            .or(Word.verb("أشار", "يشير").participle("مشير"))
            .or(Word.verb("لفت", "يلفت").participle("لافت"))
            .or(Word.verb("أوضح", "يوضح").participle("موضح"))
            // مبرزاً أن …، مبرزاً استمرار …: only the participle (the past أبرز is also "the most prominent")
            .or(Word.exact().participle("مبرز"));

    /**
     * Judging: اعتبر، يعتبر، معتبراً — with a wrong ({@link #WRONG}) as what it judges, a condemnation; with a
     * complement أن, like {@link #HOLD_VIEW}, the judge's position.
     */
    public static final Word CONSIDER = Word.verb("اعتبر", "يعتبر").participle("معتبر");

    /**
     * Holding or recalling a view: رأى/يرى/نرى أن، ذكّر/يذكّر/مذكّراً بأن — with a complement, the speaker's
     * position, read like reported speech ({@link #SAY}); ذكر needs بأن (an impersonal يُذكر أن is news).
     */
    public static final Word HOLD_VIEW = Word.verb("رأى", "يرى").or(Word.verb("ذكر", "يذكر").participle("مذكر"));

    /** Wrongs a statement names what it condemns: جريمة، جرائم، انتهاك، اعتداء، خرق، عدوان، إجرامي، إرهابي. */
    public static final Word WRONG = Word.noun("جريمة", "انتهاك", "اعتداء", "خرق", "عدوان", "إجرامي", "إجرامية",
            "إرهابي", "إرهابية").or(Word.exact("جرائم"));

    /** Dismay as what a body expresses (عبّرت عن صدمتها/استيائها من …): a condemnation of its cause. */
    public static final Word DISMAY = Word.noun("صدمة", "استياء", "استيائ", "سخط", "غضب", "استغراب", "امتعاض", "استهجان");

    /** Plural nouns naming the acts a list holds: القرارات، المطالب. */
    public static final Word DECISIONS = Word.exact("قرارات");
    public static final Word DEMANDS = Word.exact("مطالب");

    /** Ordinal adverbs that number the items of a list: أولاً، ثانياً … أخيراً. */
    public static final Word LIST_MARKER = Word.exact("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا",
            "ثامنا", "تاسعا", "عاشرا", "أخيرا");

    /** Words that open an inline list of acts: أبرزها:، أهمها، منها، جاء فيه، تضمن. */
    public static final Word LIST_OPENER = Word.exact("أبرز", "أهم", "منها", "وهي", "أبرزها", "أهمها")
            .or(Word.verb("تضمن", "يتضمن"));
    public static final Word CAME = Word.verb("جاء", "يجيء");

    // ---- gatherings ----

    /** Meetings: اجتماع، لقاء، مداولة (a deliberation sitting). */
    public static final Word MEETING = Word.exact("اجتماع", "لقاء", "اجتماعا", "لقاءا", "لقاء", "مداولة");
    /**
     * A body meeting, said by the verb alone: اجتمعت الأمانة العامة، قد اجتمعت بتاريخ …، التأم المجلس، انعقد
     * المجلس المركزي (the intransitive verbs of convening, with a body and no gathering noun as their subject).
     */
    public static final Word MEET = Word.verb("اجتمع", "يجتمع").or(Word.verb("التأم", "يلتئم"))
            .or(Word.verb("انعقد", "ينعقد"));
    /** Visiting, whose host is the one visited: زار وفد … مقر النقابة، سيدات أعمال يزرن الجمعية. */
    public static final Word VISIT = Word.verb("زار", "يزور").present("يزرن");
    /** Receiving guests, whose host is the subject: استقبل رئيس الرابطة وفداً. */
    public static final Word RECEIVE_GUESTS = Word.verb("استقبل", "يستقبل");
    /** Meeting someone, as a text's opening reports a visit or an audience: التقى وفد …، استقبل رئيس … وفداً. */
    public static final Word MEET_WITH = Word.verb("التقى", "يلتقي").or(RECEIVE_GUESTS).or(VISIT);
    /**
     * A forum, which names bodies as often as gatherings (منتدى المعلمين العرب): a gathering only where the text holds
     * it (تنظيم منتدى إقليمي، الدورة الرابعة للمنتدى …، المنتدى … المنعقد يومي …), which the meeting frames check.
     */
    public static final Word FORUM = Word.exact("منتدى", "منتدا");
    /** Conferences and congresses: مؤتمر، كونفرنس، ملتقى. */
    public static final Word CONFERENCE = Word.exact("مؤتمر", "مؤتمرا", "كونفرنس", "كونفرانس", "ملتقى", "ملتقا");
    /**
     * A body's statutory sitting, Maghrebi usage: {@code عقد المجلس دورته العادية}. A gathering only when
     * possessed or with a session adjective; {@code لدورة مدتها سنتان} is a term, {@code دورة تدريبية} a course.
     */
    public static final Word SITTING = Word.exact("دورة");
    /** A gathering taking place or a place seeing it: جرى حفل …، شهدت قاعة البلدية ندوة …. */
    public static final Word TOOK_PLACE = Word.verb("جرى", "يجري").or(Word.verb("شهد", "يشهد"));
    /** A gathering carrying on its work: واصل المؤتمر أعماله، تواصلت أعمال الملتقى، استأنف المجلس جلساته. */
    public static final Word CARRY_ON = Word.verb("واصل", "يواصل").or(Word.verb("تواصل", "يتواصل"))
            .or(Word.verb("استأنف", "يستأنف"));
    /** Intending a gathering, which is then still to come: تعتزم الرابطة تنظيم …، تنوي اقامة …. */
    public static final Word INTEND = Word.verb("اعتزم", "يعتزم").or(Word.verb("عزم", "يعزم"))
            .or(Word.verb("نوى", "ينوي"));
    /** Maghrebi names of gatherings: {@code يوم دراسي} (a seminar), {@code الجمع العام} (a general assembly). */
    public static final Word STUDY_DAY = Word.exact("يوم", "يوما");
    public static final Word GENERAL_MEETING = Word.exact("جمع");
    /**
     * A funeral prayer, announced in obituaries: {@code سيُصلّى على جثمان الفقيد}, {@code تقام صلاة الجنازة}.
     * The verb is a gathering only before {@code على}; the noun only before {@code الجنازة/الغائب/الميت}.
     */
    public static final Word FUNERAL_PRAYER = Word.verb("صلى", "يصلي").or(Word.exact("صلاة"));
    /**
     * A funeral said by its verb: {@code يُشيَّع جثمان الفقيد}, {@code شُيّع جثمانه}, {@code ووري جثمان الفقيد الثرى};
     * a gathering only before the body ({@code جثمان}).
     */
    public static final Word BURIAL = Word.verb("شيع", "يشيع").or(Word.exact("ووري", "يوارى", "سيوارى"));
    /** A session of a gathering: جلسة. */
    public static final Word SESSION = Word.exact("جلسة", "جلسته", "جلستها", "جلسات", "جلستين", "جلستان");
    /**
     * A rally: {@code تجمع احتجاجي}, {@code التجمع العام}. The noun heads many a body's name ({@code تجمع المهنيين}):
     * a gathering only before an adjective of rallies, which the meeting frames check.
     */
    public static final Word RALLY = Word.exact("تجمع", "تجمعا");
    /** Seminars and talks: ندوة، محاضرة، حلقة نقاشية، ورشة عمل. */
    public static final Word SEMINAR = Word.exact("ندوة", "محاضرة", "ورشة", "حلقة");
    /** A general assembly: الهيئة العامة، الجمعية العمومية. */
    public static final Word ASSEMBLY_HEAD = Word.exact("الهيئة", "هيئة", "هيئتها", "هيئته", "الجمعية", "جمعية");
    public static final Word ASSEMBLY_ADJ = Word.exact("العامة", "العمومية", "عامة", "عمومية");
    /**
     * Events: حفل، احتفال، أمسية، مهرجان، معرض، وقفة، اعتصام، تظاهرة، مسيرة، موكب، تشييع، مجلس عزاء، تأبين، and
     * ceremonies named by what is done (مراسم الدفن، مراسيم الاستقبال).
     */
    public static final Word EVENT = Word.exact("حفل", "حفلة", "احتفال", "احتفالية", "أمسية", "مهرجان", "معرض",
            "وقفة", "اعتصام", "تظاهرة", "مظاهرة", "مسيرة", "تشييع", "تأبين", "أصبوحة", "سهرة", "فعالية", "كرنفال", "مراسم", "مراسيم",
            "بازار", "عزاء", "فاتحة", "قداس", "قداسا", "حفلا", "احتفالا", "مهرجانا", "معرضا", "اعتصاما", "إفطار", "إفطارا", "مأدبة", "رحلة", "نزهة", "موكب", "موكبا");
    /** Gatherings of mourning, which the family of the dead holds: مجلس العزاء، الفاتحة، تشييع، الجنازة، الدفن. */
    public static final Word MOURNING = Word.exact("عزاء", "فاتحة", "تشييع", "جنازة", "دفن");
    /** Protest gatherings: a call to join one is a call, not an invitation. */
    public static final Word PROTEST = Word.exact("وقفة", "اعتصام", "تظاهرة", "مظاهرة", "مسيرة", "احتجاج",
            "إضراب", "وقفات", "تظاهرات", "احتجاجات", "اعتصامات", "مسيرات", "موكب", "مواكب", "اعتصاما", "احتجاجا",
            "إضرابا", "موكبا");
    /** The statement a gathering issues, standing for it as actor: البيان (الختامي). */
    public static final Word STATEMENT = Word.exact("بيان", "بيانا", "بلاغ");
    /** Meeting verbs: عقد، انعقد، نظم، أقام، افتتح، اختتم، التأم، استضاف، أحيا، احتفل. */
    public static final Word CONVENE = Word.verb("عقد", "يعقد").past("عقدت", "عُقد").masdar("عقد", "انعقاد")
            .or(Word.verb("انعقد", "ينعقد").participle("منعقد"))
            .or(Word.verb("التأم", "يلتئم").masdar("التئام"));
    /** Hosting a gathering, said of a place or a host: {@code احتضنت القاعة الندوة}, {@code الذي استضافه فندق …}. */
    public static final Word HOST = Word.verb("استضاف", "يستضيف").or(Word.verb("احتضن", "يحتضن"));
    /**
     * Celebrating, a gathering said by its verb alone when no gathering noun stands in the clause: {@code احتفلت
     * الرابطة بذكرى تأسيسها}, {@code تحتفل الجالية بعيد الاستقلال}.
     */
    public static final Word CELEBRATE = Word.verb("احتفل", "يحتفل").or(Word.verb("احتفى", "يحتفي"));
    public static final Word ORGANIZE = Word.verb("نظم", "ينظم").masdar("تنظيم")
            .or(Word.verb("أقام", "يقيم").past("أقيم").present("يقام").masdar("إقامة"))
            .or(HOST)
            .or(Word.verb("أحيا", "يحيي").past("أحيى"))
            .or(CELEBRATE);
    /** Performing at an event, not holding it: {@code أمسية أحيتها فرقة …} names the band. */
    public static final Word PERFORM = Word.verb("أحيا", "يحيي").past("أحيى");
    public static final Word OPEN = Word.verb("افتتح", "يفتتح").past("افتُتح", "افتتحت").masdar("افتتاح")
            .or(Word.verb("انطلق", "ينطلق").masdar("انطلاق"))
            .or(Word.verb("استهل", "يستهل").past("اُستهل"))
            .or(Word.verb("بدأ", "يبدأ"));
    public static final Word CLOSE = Word.verb("اختتم", "يختتم").past("اختُتم", "اختتمت").masdar("اختتام", "ختام")
            .or(Word.verb("أنهى", "ينهي"));
    /** Session adjectives: الختامية، الافتتاحية، الاستثنائية، الدوري، السنوي. */
    public static final Word CLOSING = Word.noun("ختامي", "ختامية", "الختامي", "الختامية");
    public static final Word OPENING = Word.noun("افتتاحي", "افتتاحية", "الافتتاحي", "الافتتاحية");
    public static final Word EXTRAORDINARY = Word.noun("استثنائي", "استثنائية", "طارئ", "طارئة");
    public static final Word REGULAR = Word.noun("دوري", "دورية", "اعتيادي", "اعتيادية", "سنوي", "سنوية", "شهري",
            "شهرية", "فصلي", "فصلية", "عادي", "عادية", "أسبوعي", "أسبوعية");
    /** Markers of an announced gathering: القادم، المقبل، المزمع، المقرر، المرتقب. */
    public static final Word FUTURE = Word.noun("قادم", "قادمة", "مقبل", "مقبلة", "مزمع", "مقرر", "مقررة",
            "مرتقب", "مرتقبة");

    /** The participants as a group: المجتمعون، المشاركون، المؤتمرون، الحاضرون، الحضور، المندوبون. */
    public static final Word PARTICIPANTS = Word.exact("المجتمعون", "المجتمعين", "المشاركون", "المشاركين",
            "المشاركات", "المؤتمرون", "المؤتمرين", "الحاضرون", "الحاضرين", "الحضور", "المندوبون", "المندوبين",
            "المندوبات", "المحتفلون", "المحتفلين", "المتظاهرون", "المعتصمون", "الموقعون", "الموقعين");

    /** Relative pronouns: a verb after them belongs to a description, not to the speaker's acts. */
    public static final Word RELATIVE = Word.exact("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
            "اللاتي", "اللائي");

    /** Clause openers after which a new act begins: كما، ثم، إننا، حيث، فيما. */
    public static final Word OPENER = Word.exact("كما", "ثم", "اننا", "انها", "انه", "إننا", "حيث", "فيما",
            "بينما", "لكن", "كذلك", "ايضا", "فانها", "فانه", "فاننا");

    /**
     * Taking part in a gathering, whoever is listed after it: شارك فيه … (حضر is read where it stands, since
     * حضره is also the title حضرة).
     */
    public static final Word TAKE_PART = Word.verb("شارك", "يشارك");

    /**
     * Procedural verbs that bring a participant on, the subject after them (ألقى كلمة الافتتاح رئيس الفرع X،
     * ألقاها نائب الرئيس X، تحدث، ترأس، أدار): the verbs of opening, closing and welcoming are {@link #OPEN},
     * {@link #CLOSE} and {@link #WELCOME_ACT}.
     */
    public static final Word SPEAK = Word.verb("ألقى", "يلقي").past("القى").or(Word.verb("تحدث", "يتحدث"))
            .or(Word.verb("ترأس", "يترأس")).or(Word.verb("أدار", "يدير"));

    /** Invitations to attend: حضور، لحضور. */
    public static final Word ATTENDANCE = Word.exact("حضور", "مشاركة");

    /** Verbs that make what follows a position of the actor: يستدعي ضرورة، نرى ضرورة. */
    public static final Word NEED = Word.verb("استدعى", "يستدعي").or(Word.verb("تطلب", "يتطلب"))
            .or(Word.verb("رأى", "يرى"));

    /** Verbs of turning to someone with something: نتوجه بالدعوة، يتقدم بالتهاني. */
    public static final Word TURN = Word.verb("توجه", "يتوجه").or(Word.verb("تقدم", "يتقدم"));

    /** Plural office holders who meet for their organisation: سكرتاريو، ممثلو، أعضاء، قادة. */
    public static final Word OFFICE_HOLDERS = Word.exact("سكرتاريو", "سكرتاريي", "سكرتيرو", "سكرتيري", "ممثلو",
            "ممثلي", "أعضاء", "قادة", "رؤساء", "مسؤولو", "مسؤولي", "مندوبو", "مندوبي", "منسقو", "منسقي", "كوادر");

    /** Since: a gathering after منذ is an anchor in time, not a meeting reported. */
    public static final Word SINCE = Word.exact("منذ");

    // ---- genres and layout ----

    /** Heading words that name the genre: بيان، نعي، دعوة، تهنئة، تعزية. */
    public static final Word STATEMENT_TITLE = Word.exact("بيان", "بلاغ", "تصريح", "نداء");
    public static final Word OBITUARY = Word.exact("نعي").or(Word.verb("نعى", "ينعى"));
    /** Leaving: with us as its object ({@code غادرنا، غادرتنا}) a death told as our loss. */
    public static final Word DEPART = Word.verb("غادر", "يغادر");
    public static final Word INVITATION = Word.exact("دعوة", "دعوه");
    /** Receiving condolences, an event of its own: تُقبل التعازي، يتقبل ذوو الفقيد التعازي، تستقبل العائلة المعزين. */
    public static final Word RECEIVE_CONDOLENCES = Word.verb("تقبل", "يتقبل").or(Word.verb("استقبل", "يستقبل"));
    public static final Word CONDOLENCE = Word.exact("تعزية", "تعازي", "التعازي", "مواساة", "عزاء");
    public static final Word CONGRATULATION = Word.exact("تهنئة", "تهاني", "التهاني", "تبريك", "تبريكات");
    /** Congratulating or consoling someone directly: هنّأ X، يهنئ؛ عزّى X، يعزي. */
    public static final Word CONGRATULATE = Word.verb("هنأ", "يهنئ").participle("مهنئ")
            .or(Word.verb("بارك", "يبارك").participle("مبارك"))
            // folded, مهنئة is مهنية "professional" (حركة نقابية مهنية، تجمع المهنيين): only مهنئاً congratulates
            .without("مهني", "مهنيه", "مهنيين", "مهنيون", "مهنيات", "مهنيتين", "مهنيان");
    public static final Word CONSOLE = Word.verb("عزى", "يعزي").participle("معزي");
    public static final Word GREETING = Word.exact("تحية", "تحيات", "تحايا", "التحايا", "تحياتهم");
    /**
     * What marks a letter's address: the respect owed to its addressee (السيد … المحترم، الإخوة … المحترمين) and
     * the titles a letter opens on (سعادة، معالي، فخامة، حضرة).
     */
    public static final Word ADDRESSED = Word.exact("محترم", "محترمة", "محترمين", "محترمون", "سعادة", "معالي",
            "فخامة", "حضرة", "سماحة");
    /** The salutation that opens a letter's body: السلام عليكم، تحية طيبة وبعد. */
    public static final Word SALUTATION = Word.exact("سلام");
    /** Issuing a statement: أصدرت الحركة بياناً. */
    public static final Word ISSUE = Word.verb("أصدر", "يصدر");
    /** Issued by: صادر عن، الصادر عن. */
    public static final Word ISSUED = Word.exact("صادر", "الصادر", "صادرة", "الصادرة");
    /** The pleasure and honour formulas of invitations and greetings: يتشرف، يسر، يسعد. */
    public static final Word HONOURED = Word.verb("تشرف", "يتشرف").or(Word.verb("سر", "يسر"))
            .or(Word.verb("سعد", "يسعد"));

    // ---- greetings ----

    /** The media of a greeting: برقية، رسالة. */
    public static final Word TELEGRAM = Word.exact("برقية", "برقيات", "البرقيات", "برقيه");
    public static final Word MESSAGE = Word.exact("رسالة", "رسائل", "الرسائل", "رسالتها", "رسالته", "خطاب");
    /** Wishes: تمنيات، أمنيات، متمنين، تمنى. */
    public static final Word WISHES = Word.exact("تمنيات", "أمنيات", "التمنيات", "الأمنيات")
            .or(Word.verb("تمنى", "يتمنى").participle("متمني", "متمن"));
    /** A welcome: ترحيب بـ — its object is the addressee. */
    public static final Word WELCOME = Word.exact("ترحيب", "الترحيب");
    /** Receiving: تلقى، استلم، تسلّم، وصل، ورد. */
    public static final Word RECEIVE = Word.verb("تلقى", "يتلقى").or(Word.verb("استلم", "يستلم"))
            .or(Word.verb("تسلم", "يتسلم")).or(Word.verb("وصل", "يصل")).or(Word.verb("ورد", "يرد").participle("وارد"));
    /** Cabling: أبرق، يبرق — the verb is itself the telegram sent. */
    public static final Word CABLE = Word.verb("أبرق", "يبرق");
    /** Sending: وجّه، بعث، أرسل، رفع، توجيه، إرسال. */
    public static final Word SEND = Word.verb("وجه", "يوجه").masdar("توجيه")
            .or(CABLE)
            .or(Word.verb("بعث", "يبعث").masdar("بعث"))
            .or(Word.verb("أرسل", "يرسل").masdar("إرسال"))
            .or(Word.verb("رفع", "يرفع"))
            .or(Word.verb("زف", "يزف"));
    /** Passing on someone's greetings: نقل تحيات الحزب الى المؤتمر. */
    public static final Word PASS_ON = Word.verb("نقل", "ينقل");
    /** Singling out: نخص بالتحية … */
    public static final Word SINGLE_OUT = Word.verb("خص", "يخص");
    /** On the occasion of: بمناسبة. */
    public static final Word OCCASION = Word.exact("مناسبة");

    // ---- acknowledgements ----

    /** Thanks: شكر، يشكر، الشكر، شكرهم، شكرنا. */
    public static final Word THANK = Word.verb("شكر", "يشكر").participle("شاكر").masdar("شكر");
    /** Appreciation: ثمّن، يثمن، التثمين؛ التقدير (after the thanks it is part of them). */
    public static final Word APPRECIATE = Word.verb("ثمن", "يثمن").masdar("تثمين").or(Word.exact("تقدير", "امتنان",
            "عرفان"));
    /** Praise for services: أثنى على، يثني، الثناء. */
    public static final Word COMMEND = Word.verb("أثنى", "يثني").participle("مثني", "مثنيا").masdar("ثناء");
    /** Offering: قدّم الشكر. */
    public static final Word OFFER = Word.verb("قدم", "يقدم");
    /** With: a closing formula ({@code مع خالص شكرنا}) is no acknowledgement. */
    public static final Word WITH = Word.exact("مع");

    // ---- commemorations ----

    /** A minute of silence or mourning: دقيقة صمت، دقيقة حداد. */
    public static final Word MINUTE = Word.exact("دقيقة", "دقائق");
    public static final Word SILENCE = Word.exact("صمت", "حداد", "الصمت", "الحداد", "اجلال", "الاجلال", "وفاء",
            "الوفاء", "احترام", "تكريم", "وفا", "الوفا");
    /** In honour of: إجلالاً، حداداً، تكريماً، وفاءً، استذكاراً، على روح. */
    public static final Word HONOURING = Word.exact("اجلالا", "حدادا", "تكريما", "وفاء", "وفاءا", "استذكارا",
            "اكراما", "تخليدا", "احتراما", "ترحما");
    public static final Word SOUL = Word.exact("روح", "ارواح");
    /** Praying for the dead's mercy: ترحّم على (أرواح) X — a commemoration of form other. */
    public static final Word MERCY = Word.verb("ترحم", "يترحم").participle("مترحم");
    /** Remembering the dead with honour: استذكر، يستذكر X — a tribute. */
    public static final Word REMEMBER = Word.verb("استذكر", "يستذكر").participle("مستذكر");
    /** Honouring someone's name or memory (كرّم اسمه), which continues a tribute. */
    public static final Word HONOUR = Word.verb("كرم", "يكرم");
    /** Names read out: تُليت أسماء، تلاوة أسماء. */
    public static final Word NAMES = Word.exact("اسماء");
    public static final Word RECITE = Word.verb("تلا", "يتلو").past("تليت").masdar("تلاوة", "قراءة")
            .or(Word.verb("قرأ", "يقرأ").past("قرئت"));
    /** A eulogy or remembrance: يؤبّن، تأبين، أحيا ذكرى (no past: أبناء are sons). */
    public static final Word EULOGY = Word.exact().present("يؤبن").masdar("تأبين").or(Word.exact("ذكرى"));

    // ---- elections ----

    /** Electing: انتخب، انتُخبت، انتخاب، إعادة انتخاب؛ appointing: كلّف، تكليف، عيّن، تعيين. */
    public static final Word ELECT = Word.verb("انتخب", "ينتخب").masdar("انتخاب").or(Word.verb("زكى", "يزكي")
            .masdar("تزكية"));
    /** Choosing, a body as well as a person: اختار، اختير، اختيار. */
    public static final Word CHOOSE = Word.verb("اختار", "يختار").past("اختير").masdar("اختيار");
    public static final Word APPOINT = Word.verb("كلف", "يكلف").masdar("تكليف").or(Word.verb("عين", "يعين")
            .masdar("تعيين")).or(CHOOSE).or(Word.verb("سمى", "يسمي").masdar("تسمية"));
    /** Resulting in (an outcome told as done): أسفرت الانتخابات عن …، يسفر. */
    public static final Word RESULT = Word.verb("أسفر", "يسفر");
    /** Renewing (confidence in a person): جدّد، يجدد، تجديد. */
    public static final Word RENEW = Word.verb("جدد", "يجدد").masdar("تجديد");
    /**
     * Forming a new body, an election of it when done: شكّل/يشكّل، تشكيل، تكوين، تأليف، استحداث (the verbs of
     * كوّن and ألّف are left out: يكون "to be", ألف "thousand").
     */
    public static final Word FORM = Word.verb("شكل", "يشكل").masdar("تشكيل")
            .or(Word.exact("تكوين", "تأليف", "استحداث", "إنشاء"));
    /** Winning a vote: فوز كل من، فاز، أسفر الاقتراع عن فوز. */
    public static final Word WIN = Word.verb("فاز", "يفوز").masdar("فوز").or(Word.verb("حصل", "يحصل").masdar("حصول"))
            .or(Word.verb("نال", "ينال")).or(Word.verb("حاز", "يحوز"))
            .or(Word.verb("حل", "يحل")).or(Word.verb("احتل", "يحتل"))
            // taking up a post: تولى X رئاسة الجمعية
            .or(Word.verb("تولى", "يتولى"));
    /** Made up of: تألفت من، ضمت، تشكلت من. */
    public static final Word COMPRISE = Word.verb("تألف", "يتألف").or(Word.verb("ضم", "يضم"))
            .or(Word.verb("تشكل", "يتشكل")).or(Word.verb("تكون", "يتكون"));
    /** Seats and votes of a public election. */
    public static final Word SEAT = Word.noun("مقعد").or(Word.exact("مقاعد"));
    public static final Word VOTE = Word.noun("صوت").or(Word.exact("أصوات"));
    /** A term of office: لدورة مدتها، لمدة، للسنتين القادمتين. */
    public static final Word TERM = Word.exact("دورة", "مدة", "مدتها", "ولاية", "عهدة");
    public static final Word YEAR = Word.noun("سنة", "عام").or(Word.exact("سنوات", "أعوام", "سنتين", "سنتان",
            "عامين", "عامان"));
    /** New: the adjective that closes the name of an elected body. */
    public static final Word NEW = Word.noun("جديد", "جديدة");

    // ---- participation ----

    /** Delegations and delegates: وفد، وفود، ممثلو، مندوبات. */
    public static final Word DELEGATION = Word.exact("وفد", "وفود", "الوفد", "الوفود", "ممثل", "ممثلو", "ممثلي",
            "ممثلة", "ممثلات", "مندوب", "مندوبو", "مندوبي", "مندوبة", "مندوبات", "مندوبون", "مندوبين",
            "ممثلون", "ممثلين", "ممثلان", "ممثلتان", "ممثلتين", "ممثلا", "وفدا", "وفدان", "وفدين",
            // the accusative and the dual of a delegate: شارك 40 مندوباً، حضر مندوبان
            "مندوبا", "مندوبان", "مندوبتان", "مندوبتين",
            // the plural with the alif of a verb's plural, as it is often typed: حضر الاجتماع ممثلوا X
            "ممثلوا", "مندوبوا");
    /**
     * The dead, named so before or inside a person's mention (الراحل، للفقيدة، بالمرحوم، الشهيد): no
     * attendee, and the one a tribute or condolence honours.
     */
    public static final Word DECEASED = Word.exact("راحل", "راحلة", "فقيد", "فقيدة", "مرحوم", "مرحومة", "مغفور",
            "شهيد", "شهيدة");
    /** Sharing out posts among a body's members, its election when told as done: وزّع، توزيع، تقاسم. */
    public static final Word DISTRIBUTE = Word.verb("وزع", "يوزع").masdar("توزيع").or(Word.verb("توزع", "يتوزع"))
            .or(Word.verb("تقاسم", "يتقاسم"));
    /** The posts shared out: المهام، المناصب، المسؤوليات، الأدوار. */
    public static final Word POSTS = Word.exact("مهام", "مناصب", "مسؤوليات", "ادوار", "حقائب");
    /** Guests, a delegation when they come from places: ضيوف من تونس والجزائر. */
    public static final Word GUESTS = Word.exact("ضيف", "ضيوف", "ضيفا", "ضيفان", "ضيفين");
    /** Working with a co-organiser, who takes part: بالتعاون مع، بالتنسيق مع، بالشراكة مع. */
    public static final Word PARTNERSHIP = Word.exact("تعاون", "تنسيق", "شراكة");
    /** Representing: تمثل، يمثلن، ممثلاً عن. */
    public static final Word REPRESENT = Word.verb("مثل", "يمثل");
    /** Standing in for someone: نيابةً عن الرئيس. */
    public static final Word ON_BEHALF = Word.exact("نيابة");
    /** Bodies a delegation stands for: منظمات الحزب، فروع التحالف. */
    public static final Word BRANCHES = Word.exact("منظمات", "فروع", "فرع", "منظمة", "جمعيات", "مكاتب", "لجان",
            "جاليات", "جالية");
    /** Could not come: تعذّر حضور، اعتذر عن الحضور، تغيّب. */
    public static final Word ABSENT = Word.verb("تعذر", "يتعذر").or(Word.verb("اعتذر", "يعتذر"))
            .or(Word.verb("تغيب", "يتغيب")).or(Word.verb("غاب", "يغيب"));
    /** Arrival or presence after تعذر: تعذر حضور، تعذر وصول. */
    public static final Word ARRIVAL = Word.exact("حضور", "وصول", "مشاركة");
    /** Discussion: ناقش، بحث، تناول، توقف عند، استعرض، تدارس، استمع الى، تطرق الى. */
    public static final Word DISCUSS = Word.verb("ناقش", "يناقش").masdar("مناقشة")
            .or(Word.verb("بحث", "يبحث")).or(Word.verb("تناول", "يتناول"))
            .or(Word.verb("توقف", "يتوقف")).or(Word.verb("استعرض", "يستعرض"))
            .or(Word.verb("تدارس", "يتدارس")).or(Word.verb("استمع", "يستمع"))
            .or(Word.verb("تطرق", "يتطرق"));
    /** A title: بعنوان، تحت عنوان. */
    public static final Word ENTITLED = Word.exact("عنوان");

    /** The vocabulary as one lexicon: every {@link Word} constant of this class. */
    public static final Lexicon LEXICON = Lexicon.of(wordsOf(Vocabulary.class));

    /** The {@link Word} constants a vocabulary class declares, in declaration order. */
    static List<Word> wordsOf(Class<?> vocabulary) {
        List<Word> words = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : vocabulary.getDeclaredFields()) {
            if (f.getType() == Word.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    words.add((Word) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("vocabulary fields are public", e);
                }
            }
        }
        return words;
    }
}
