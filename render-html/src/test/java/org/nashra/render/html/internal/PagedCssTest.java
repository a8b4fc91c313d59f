package org.nashra.render.html.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's stylesheet as openhtmltopdf reads it: CSS 2.1 on a right-to-left page. */
class PagedCssTest {

    @Test
    void logicalSidesAreThePhysicalSidesOfARightToLeftPage() {
        String css = PagedCss.of(".a { margin-inline-start: 1rem; padding-inline-end: 2px; "
                + "border-inline-start: 4px solid red; border-block-end: 1px solid; text-align: start; }");

        assertThat(css).contains("margin-right: 1rem;", "padding-left: 2px;", "border-right: 4px solid red;",
                "border-bottom: 1px solid;", "text-align: right;").doesNotContain("inline", "block-end", "start");
    }

    @Test
    void shorthandsOfBothSidesAreSplitStartFirst() {
        String css = PagedCss.of(".a { margin-block: 1rem 3rem; padding-inline: 0.5rem; margin-inline: auto; }");

        assertThat(css).contains("margin-top: 1rem; margin-bottom: 3rem;", "padding-right: 0.5rem; padding-left: 0.5rem;",
                "margin-right: auto; margin-left: auto;");
    }

    @Test
    void sizesAreWidthsAndHeights() {
        assertThat(PagedCss.of(".a { max-inline-size: 46rem; inline-size: 1px; block-size: 2px; min-inline-size: 2rem }"))
                .contains("max-width: 46rem;", "width: 1px;", "height: 2px;", "min-width: 2rem;");
    }

    @Test
    void customPropertiesAreReplacedByTheirValuesTheLastDeclarationWinning() {
        String css = PagedCss.of(":where(.nashra) { --accent: #8a1c1c; --font: \"Naskh\", serif; "
                + "--heading: \"Kufi\", var(--font); }\n"
                + ".nashra h1 { color: var(--accent); font-family: var(--heading); }\n"
                + ".nashra p { font-family: var(--missing, sans-serif); }\n"
                + ":root { --accent: #064; }");

        assertThat(css).contains(".nashra h1 { color: #064; font-family: \"Kufi\", \"Naskh\", serif; }",
                "font-family: sans-serif;").doesNotContain("var(", "--", ":where");
    }

    @Test
    void breaksAreCss21PageBreaks() {
        assertThat(PagedCss.of("h1 { break-after: avoid; } article { break-before: page; } tr { break-inside: avoid; }"))
                .contains("page-break-after: avoid;", "page-break-before: always;", "page-break-inside: avoid;");
    }

    @Test
    void viewportQueriesAreLeftOutAndPrintRulesKept() {
        String css = PagedCss.of("/* a phone */ @media (max-width: 36rem) { .a { color: red; } .b { color: blue; } }\n"
                + "@media print { .c { break-before: page; } }\n.d { color: green; }");

        assertThat(css).doesNotContain("36rem", "red", "blue", "a phone")
                .contains("@media print { .c { page-break-before: always; } }", ".d { color: green; }");
    }

    @Test
    void thePagesStylesheetHasNoLogicalPropertyOrCustomPropertyLeft() {
        String css = PagedCss.of(Stylesheet.of(org.nashra.render.html.FontEmbedding.SYSTEM, 0x8A1C1C, "").css());

        assertThat(css).doesNotContain("var(", "--nashra", "-inline", "-block", "inline-size", ":where", "max-width: 36rem");
    }
}
