package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nashra.json.BulletinJson;
import org.nashra.model.Bulletin;

/**
 * Random sequences of the words the frames react to, with the names, places, numbers and punctuation
 * they read around them: whatever order they come in, a parse ends without an exception and every span
 * lies inside the text.
 */
class FrameWordSaladTest {
    private static final String[] WORDS = ("عقد انعقد اجتماعا المؤتمر السابع لرابطة الانصار الجلسة الختامية "
            + "وطالب نطالب ندين يشجب ويستنكر دعا ندعو الى حضور المشاركة في الاعتصام قرر تشكيل واصدار "
            + "اكد العزم ان ستواصل سنعمل تمت المصادقة اتخذ القرارات ابرزها التوصيات يطالب بما يلي أولاً ثانياً "
            + "تلقى برقيات تحية من ومن ووجه رسالة تهنئة بمناسبة تتقدم بأحر التهاني اليكم نخص بالتحية حيا "
            + "عبر عن الشكر والتقدير لـ على ثمن اثنى الجهود التي بذلها مع خالص شكرنا انتخاب لجنة تنفيذية "
            + "جديدة للسنتين القادمتين ضمت كلا من السيد رئيسا حصل حزبنا على مقعدين ضمن تحالف دقيقة صمت "
            + "اجلالا لشهداء تنعى الرفيق المناضل (ابو نضال) بحضور الرفيقين الدكتور عضو وفود تمثل منظمات "
            + "الحزب السويد هولندا وبلجيكا تعذر حضور اعتذرت ناقش وتوقف عند بعنوان «» الذي التي اننا نحن "
            + "كمنظمة مالمو – 12/10/2024 يوم السبت الساعة العاشرة مساء المقبل القادم ، ، . : - \n \n\n")
            .split(" ");

    @Test
    void randomSequencesOfCueWordsParseWithSpansInsideTheText() {
        Random random = new Random(20241121);
        for (int n = 0; n < 300; n++) {
            int length = 1 + random.nextInt(120);
            List<String> words = new ArrayList<>();
            for (int k = 0; k < length; k++) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            String text = String.join(random.nextBoolean() ? " " : "", words);
            Bulletin b = BulletinParser.parse(text);
            String json = BulletinJson.toString(b);
            assertThat(BulletinJson.read(json)).as(text).isEqualTo(b);
            assertThat(spansInside(json, text.length())).as(text).isTrue();
        }
    }

    /** Every {@code "span": [s, e]} of the JSON lies within a text of {@code length}. */
    private static boolean spansInside(String json, int length) {
        var m = java.util.regex.Pattern.compile("\"span\"\\s*:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]").matcher(json);
        while (m.find()) {
            int s = Integer.parseInt(m.group(1));
            int e = Integer.parseInt(m.group(2));
            if (s > e || e > length) {
                return false;
            }
        }
        return true;
    }
}
