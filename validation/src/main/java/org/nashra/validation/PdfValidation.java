package org.nashra.validation;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, in process: the rules of PDF/UA-1, PDF/A-2a… that a PDF fails.
 *
 * <pre>{@code
 * List<String> failed = PdfValidation.failedRules(pdf, PDFAFlavour.PDFUA_1);   // [] when it conforms
 * }</pre>
 */
public final class PdfValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {
    }

    /**
     * The rules the PDF fails, each once: {@code "7.1-3: Content shall be marked as Artifact or tagged…"}.
     *
     * @param pdf     the file
     * @param flavour PDF/UA-1, PDF/A-2a…
     * @return the rules, sorted
     * @throws IllegalStateException if veraPDF cannot read the file
     */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage());
                }
            }
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
