package org.nashra.render.html.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's stylesheet rewritten for openhtmltopdf, whose CSS is CSS 2.1 with paged media:
 * custom properties replaced by their values, logical properties by the physical ones of a
 * right-to-left page (inline start is the right edge), {@code :where()} unwrapped, media
 * queries on the viewport left out (a printed page has no viewport) and the CSS 3 break
 * properties written as CSS 2.1's page-break ones. The rewriting reads the stylesheet the
 * page uses, so both engines print from one set of rules.
 *
 * <pre>{@code
 * PagedCss.of(".a { margin-inline-start: var(--gap); } :root { --gap: 1rem; }")
 *     // ".a { margin-right: 1rem; } :root { }"
 * }</pre>
 */
final class PagedCss {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CUSTOM = Pattern.compile("(?<=[{;])\\s*(--[\\w-]+)\\s*:\\s*([^;{}]*?)\\s*(?:;|(?=}))");
    private static final Pattern DECLARATION =
            Pattern.compile("(?<=[{;])(\\s*)([a-z-]+)\\s*:\\s*([^;{}]*?)\\s*(?:;|(?=\\s*}))");
    private static final Pattern WHERE = Pattern.compile(":where\\(([^()]*)\\)");
    private static final Pattern LOGICAL_SIDE =
            Pattern.compile("(margin|padding|border)-(inline|block)-(start|end)(-[a-z]+)?");
    private static final Pattern LOGICAL_PAIR = Pattern.compile("(margin|padding|border)-(inline|block)");
    private static final Pattern LOGICAL_SIZE = Pattern.compile("((?:max-|min-)?)(inline|block)-size");
    private static final Pattern BREAK = Pattern.compile("break-(before|after|inside)");

    private PagedCss() {
    }

    static String of(String css) {
        String text = COMMENT.matcher(css).replaceAll("");
        Map<String, String> custom = new HashMap<>();
        Matcher m = CUSTOM.matcher(text);
        while (m.find()) {
            custom.put(m.group(1), m.group(2));
        }
        text = CUSTOM.matcher(text).replaceAll("");
        text = withoutViewportQueries(text);
        text = WHERE.matcher(text).replaceAll("$1");
        return DECLARATION.matcher(text).replaceAll(d -> Matcher.quoteReplacement(
                d.group(1) + physical(d.group(2), resolve(d.group(3), custom))));
    }

    /** {@code var(--name)} and {@code var(--name, fallback)} replaced, innermost first. */
    private static String resolve(String value, Map<String, String> custom) {
        String v = value;
        for (int at = v.lastIndexOf("var("); at >= 0; at = v.lastIndexOf("var(")) {
            int end = v.indexOf(')', at);
            if (end < 0) {
                return v;
            }
            String inside = v.substring(at + 4, end);
            int comma = inside.indexOf(',');
            String name = (comma < 0 ? inside : inside.substring(0, comma)).strip();
            String fallback = comma < 0 ? "" : inside.substring(comma + 1).strip();
            v = v.substring(0, at) + custom.getOrDefault(name, fallback) + v.substring(end + 1);
        }
        return v;
    }

    /** The declaration in physical properties, one or two of them. */
    private static String physical(String property, String value) {
        Matcher side = LOGICAL_SIDE.matcher(property);
        if (side.matches()) {
            String rest = side.group(4) == null ? "" : side.group(4);
            return side.group(1) + "-" + side(side.group(2), side.group(3)) + rest + ": " + value + ";";
        }
        Matcher pair = LOGICAL_PAIR.matcher(property);
        if (pair.matches()) {
            List<String> values = pair.group(1).equals("border") ? List.of(value) : List.of(value.split("\\s+"));
            String start = values.get(0);
            String end = values.size() > 1 ? values.get(1) : start;
            return pair.group(1) + "-" + side(pair.group(2), "start") + ": " + start + "; "
                    + pair.group(1) + "-" + side(pair.group(2), "end") + ": " + end + ";";
        }
        Matcher size = LOGICAL_SIZE.matcher(property);
        if (size.matches()) {
            return size.group(1) + (size.group(2).equals("inline") ? "width" : "height") + ": " + value + ";";
        }
        if (BREAK.matcher(property).matches()) {
            return "page-" + property + ": " + (value.equals("page") ? "always" : value) + ";";
        }
        if (property.equals("text-align") && (value.equals("start") || value.equals("end"))) {
            return "text-align: " + (value.equals("start") ? "right" : "left") + ";";
        }
        return property + ": " + value + ";";
    }

    /** The physical side of a right-to-left, horizontal page. */
    private static String side(String axis, String edge) {
        if (axis.equals("inline")) {
            return edge.equals("start") ? "right" : "left";
        }
        return edge.equals("start") ? "top" : "bottom";
    }

    /** Removes each {@code @media} block whose query tests a feature ({@code (max-width: …)}). */
    private static String withoutViewportQueries(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int from = 0;
        for (int at = css.indexOf("@media", from); at >= 0; at = css.indexOf("@media", from)) {
            int open = css.indexOf('{', at);
            if (open < 0) {
                break;
            }
            if (!css.substring(at, open).contains("(")) {
                out.append(css, from, open + 1);
                from = open + 1;
                continue;
            }
            int depth = 0;
            int close = open;
            for (; close < css.length(); close++) {
                char c = css.charAt(close);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            out.append(css, from, at);
            from = Math.min(css.length(), close + 1);
        }
        return out.append(css, from, css.length()).toString();
    }
}
