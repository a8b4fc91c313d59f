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
                "worse: internal error (--debug prints its stack trace)");
    }

    @Test
    void anErrorInOneInputIsThatInputsOneLineAndTheOthersAreStillDone() {
        boolean allDone = Batch.run(inputs("a", "huge", "deep", "c"), input -> {
            switch (input.argument()) {
                case "huge" -> throw new OutOfMemoryError("Java heap space");
                case "deep" -> throw new StackOverflowError();
                default -> {
                    return input.argument();
                }
            }
        }, delivered::add, feedback(), 2);

        assertThat(allDone).isFalse();
        assertThat(delivered).containsExactly("a", "c");
        assertThat(err.toString().lines()).hasSize(2).satisfiesExactly(
                huge -> assertThat(huge).startsWith("huge: not enough memory for this input: the Java heap is limited to ")
                        .endsWith(" MiB (java -Xmx sets the limit)"),
                deep -> assertThat(deep).isEqualTo("deep: internal error (--debug prints its stack trace)"));
    }

    @Test
    void withDebugTheStackTraceOfTheCauseFollowsTheFailureLine() {
        Feedback debugging = new Feedback(new PrintWriter(err, true), 1, false, true);

        Batch.<String>run(inputs("x"), input -> {
            throw new IllegalStateException("a bug");
        }, delivered::add, debugging);

        assertThat(err.toString().lines().toList()).first().isEqualTo("x: internal error (--debug prints its stack trace)");
        assertThat(err.toString().lines().toList().get(1)).isEqualTo("java.lang.IllegalStateException: a bug");
        assertThat(err.toString()).contains("\tat org.nashra.examples.cli.BatchTest");
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
        return new Feedback(new PrintWriter(err, true), 4, false, false);
    }

    private static List<Input> inputs(String... arguments) {
        return List.of(arguments).stream().map(Input::new).toList();
    }
}
