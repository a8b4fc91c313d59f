package org.nashra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {
    @Test
    void anOrdinaryNameIsPrintedAsIs() {
        assertThat(OneLine.name("texts/تقرير الاجتماع.txt")).isEqualTo("texts/تقرير الاجتماع.txt");
        assertThat(OneLine.name("می‌خواهم.txt")).as("ZWNJ belongs in Persian names").isEqualTo("می‌خواهم.txt");
    }

    @Test
    void aNameThatCouldBreakOrRewriteTheLineIsQuotedAndEscaped() {
        assertThat(OneLine.name("a\r\nb.txt")).isEqualTo("\"a\\r\\nb.txt\"");
        assertThat(OneLine.name("invoice\u202Etxt.exe")).isEqualTo("\"invoice\\u202Etxt.exe\"");
        assertThat(OneLine.name("a\u2028b")).isEqualTo("\"a\\u2028b\"");
        assertThat(OneLine.name("bell\u0007\\x.txt")).isEqualTo("\"bell\\u0007\\\\x.txt\"");
        assertThat(OneLine.name("")).isEqualTo("\"\"");
    }

    @Test
    void textIsEscapedWithoutQuotes() {
        assertThat(OneLine.text("cannot be parsed: line\none")).isEqualTo("cannot be parsed: line\\none");
        assertThat(OneLine.text("a \"quoted\" \\ reason")).isEqualTo("a \"quoted\" \\ reason");
    }
}
