package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    private final StringWriter err = new StringWriter();

    @Test
    void withoutABarOnlyFailuresAreWritten() {
        Feedback feedback = new Feedback(new PrintWriter(err, true), 2, false, false);

        feedback.advance();
        feedback.failed(new Input("x.txt"), "no such file");
        feedback.advance();
        feedback.finish();

        assertThat(err).hasToString("x.txt: no such file" + System.lineSeparator());
    }

    @Test
    void theBarIsRedrawnInPlaceAndAFailureLineGoesAboveIt() {
        Feedback feedback = new Feedback(new PrintWriter(err, true), 10, true, false);
        String blank = "\r" + " ".repeat(38) + "\r";

        feedback.advance();
        feedback.failed(new Input("x.txt"), "no such file");
        feedback.finish();

        assertThat(err).hasToString("\r[###---------------------------]  1/10"
                + blank + "x.txt: no such file" + System.lineSeparator()
                + "\r[###---------------------------]  1/10"
                + blank);
    }

    @Test
    void theBarIsFullWhenAllAreDone() {
        Feedback feedback = new Feedback(new PrintWriter(err, true), 2, true, false);

        feedback.advance();
        feedback.advance();

        assertThat(err.toString()).endsWith("\r[##############################] 2/2");
    }
}
