package org.nashra.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nashra.corpus.DevelopmentCorpus;
import org.nashra.model.Bulletin;

/**
 * A program that parses many texts keeps one {@link WordCache} in its {@link ParseOptions}: the texts parse to
 * the same bulletins as without it, whatever was parsed before and on however many threads.
 */
class WordCacheTest {

    @Test
    void everyCorpusTextParsesToTheSameBulletinWithAWordCacheAsWithout() {
        WordCache words = WordCache.create();
        ParseOptions options = ParseOptions.builder().wordCache(words).build();
        for (String name : DevelopmentCorpus.names()) {
            String text = DevelopmentCorpus.text(name);
            assertThat(BulletinParser.parse(text, options)).as(name).isEqualTo(BulletinParser.parse(text));
        }
        assertThat(words.size()).isPositive().isLessThanOrEqualTo(WordCache.DEFAULT_CAPACITY);
    }

    @Test
    void aFullCacheKeepsWhatItHasAndStillParsesEveryText() {
        WordCache words = WordCache.ofCapacity(20);
        ParseOptions options = ParseOptions.builder().wordCache(words).build();
        String first = "عقدت اللجنة المركزية للحزب اجتماعها الدوري يوم السبت ٢٠ تشرين الأول ٢٠١٨ في بغداد، وناقشت"
                + " الأوضاع السياسية والاقتصادية في البلاد، وأكدت ضرورة تعزيز العمل المشترك بين القوى الوطنية والديمقراطية.";
        String second = "وطالب المجتمعون بإطلاق سراح المعتقلين، وحيّوا صمود العمال في مدينة البصرة.";
        BulletinParser.parse(first, options);
        assertThat(words.size()).isEqualTo(20);
        assertThat(BulletinParser.parse(second, options)).isEqualTo(BulletinParser.parse(second));
        assertThat(words.size()).isEqualTo(20);
    }

    @Test
    void oneCacheServesTextsParsedOnSeveralThreadsAtOnce() throws Exception {
        ParseOptions options = ParseOptions.builder().wordCache(WordCache.create()).build();
        List<String> names = DevelopmentCorpus.names();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Bulletin>> parsed = pool.invokeAll(names.stream()
                    .map(name -> (java.util.concurrent.Callable<Bulletin>) () ->
                            BulletinParser.parse(DevelopmentCorpus.text(name), options))
                    .toList());
            for (int i = 0; i < names.size(); i++) {
                assertThat(parsed.get(i).get()).isEqualTo(BulletinParser.parse(DevelopmentCorpus.text(names.get(i))));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCacheOfNoFormsKeepsNothingAndANegativeCapacityIsRefused() {
        WordCache none = WordCache.ofCapacity(0);
        BulletinParser.parse("عقد المكتب السياسي اجتماعه.", ParseOptions.builder().wordCache(none).build());
        assertThat(none.size()).isZero();
        assertThatThrownBy(() -> WordCache.ofCapacity(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
