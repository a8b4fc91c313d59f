package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BatchTest {
    private final StringWriter err = new StringWriter();
    private final List<String> delivered = new ArrayList<>();

    @Test
    void deliversResultsInInputOrderWhateverOrderTheyFinishIn() {
        List<Input> inputs = inputs("a", "b", "c");
        CountDownLatch lastIsDone = new CountDownLatch(1);

        boolean allDone = Batch.run(inputs, input -> {
            switch (input.argument()) {
                case "a" -> await(lastIsDone); // finishes only after c
                case "c" -> lastIsDone.countDown();
                default -> { }
            }
            return input.argument().toUpperCase();
        }, delivered::add, feedback(), 3);

        assertThat(allDone).isTrue();
        assertThat(delivered).containsExactly("A", "B", "C");
    }

    @Test
    void aFailedInputIsReportedOnceAndTheOthersAreStillDone() {
        boolean allDone = Batch.run(inputs("a", "bad", "c", "worse"), input -> {
            if (input.argument().equals("bad")) {
                throw new InputException("no such file");
            }
            if (input.argument().equals("worse")) {
                throw new IllegalStateException("a bug");
            }
            return input.argument();
        }, delivered::add, feedback());

        assertThat(allDone).isFalse();
        assertThat(delivered).containsExactly("a", "c");
        assertThat(err.toString().lines()).containsExactly(
                "bad: no such file",
                "worse: internal error: java.lang.IllegalStateException: a bug");
    }

    @Test
    void holdsOnlyAWindowOfResultsWhenThereAreManyInputs() {
        List<Input> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new Input(i + ".txt"));
        }

        assertThat(Batch.run(many, Input::baseName, delivered::add, feedback(), 2)).isTrue();

        assertThat(delivered).hasSize(1000).startsWith("0", "1", "2").endsWith("999");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Feedback feedback() {
        return new Feedback(new PrintWriter(err, true), 4, false);
    }

    private static List<Input> inputs(String... arguments) {
        return List.of(arguments).stream().map(Input::new).toList();
    }
}
