package org.nashra.render.html;

import nu.validator.client.EmbeddedValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two validators the tests and {@code scripts/validate-real.sh} run in process: the Nu HTML
 * Checker on a page, veraPDF on a PDF.
 *
 * <pre>{@code
 * List<String> errors = Validators.htmlErrors(page);                        // [] when valid
 * List<String> failed = Validators.failedRules(pdf, PDFAFlavour.PDFUA_1);  // [] when it conforms
 * }</pre>
 */
public final class Validators {
    private static final Pattern ERROR = Pattern.compile("\"type\":\"error\"[^}]*?\"message\":\"([^\"]*)\"");

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Validators() {
    }

    /**
     * The checker's error messages (warnings and notes are not counted).
     *
     * @param html a page or a host page
     * @return the messages, one per error
     * @throws Exception if the checker fails
     */
    public static List<String> htmlErrors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Matcher m = ERROR.matcher(report);
        List<String> errors = new ArrayList<>();
        while (m.find()) {
            errors.add(m.group(1));
        }
        return errors;
    }

    /**
     * The rules the PDF fails, each once: {@code "7.1-3: Content shall be marked as Artifact or tagged…"}.
     *
     * @param pdf     the file
     * @param flavour PDF/UA-1, PDF/A-2a…
     * @return the rules, sorted
     */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
