package org.nashra.parser.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is derived from a word form alone is made once per form and key, and shared by the tokens of the form. */
class TokenFormTest {

    @Test
    void anAnalysisIsMadeOncePerFormAndKey() {
        AnalyzedText t = AnalyzedText.of("عقد المكتب اجتماعه وعقد المكتب");
        Token.Form form = t.tokens().get(1).form();
        assertThat(t.tokens().get(4).form()).isSameAs(form); // المكتب twice: one form
        AtomicInteger made = new AtomicInteger();
        Object key = new Object();
        Integer first = form.analysis(key, f -> made.incrementAndGet() * 10 + f.text().length());
        Integer again = t.tokens().get(4).form().analysis(key, f -> made.incrementAndGet());
        assertThat(first).isEqualTo(16);
        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(form.<String>analysis("other", Token.Form::text)).isEqualTo("المكتب");
    }

    @Test
    void beyondItsLimitAFormDerivesAgainWithoutKeeping() {
        Token.Form form = AnalyzedText.of("المكتب").tokens().get(0).form();
        AtomicInteger made = new AtomicInteger();
        for (int k = 0; k < Token.Form.MAX_ANALYSES; k++) {
            form.analysis(k, f -> made.incrementAndGet());
        }
        Object extra = new Object();
        form.analysis(extra, f -> made.incrementAndGet());
        form.analysis(extra, f -> made.incrementAndGet());
        assertThat(made).hasValue(Token.Form.MAX_ANALYSES + 2);
        form.analysis(0, f -> made.incrementAndGet()); // the first keys stay
        assertThat(made).hasValue(Token.Form.MAX_ANALYSES + 2);
    }
}
