package org.nashra.validation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;

/**
 * The Nu HTML Checker, in process: the errors of a page. The checker is an optional dependency of
 * this module: a module whose tests check pages declares {@code nu.validator:validator} itself.
 *
 * <pre>{@code
 * List<String> errors = HtmlValidation.errors(page);   // [] when valid
 * }</pre>
 */
public final class HtmlValidation {
    private static final Pattern ERROR = Pattern.compile("\"type\":\"error\"[^}]*?\"message\":\"([^\"]*)\"");

    private HtmlValidation() {
    }

    /**
     * The checker's error messages (warnings and notes are not counted).
     *
     * @param html a page or a host page
     * @return the messages, one per error
     * @throws Exception if the checker fails
     */
    public static List<String> errors(String html) throws Exception {
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
}
