package org.nashra.parser.internal.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.nashra.parser.internal.text.FoldedText;

/**
 * Phrases keyed by their folded token sequences, looked up by longest match.
 * Immutable once built; a lookup costs at most {@link #maxTokens()} map probes, and
 * stops at the first token no phrase continues with (most positions: one probe), so
 * a tagger that tries every position stays linear in the text.
 *
 * <pre>{@code
 * PhraseIndex<String> cities = PhraseIndex.<String>builder().put("لوس أنجلوس", "US").put("لندن", "GB").build();
 * cities.longest(List.of("لوس", "انجلوس", "في"), 0);   // Match[length=2, value=US]
 * }</pre>
 *
 * <p>Keys are split into tokens by {@link #tokens(String)}: runs of letters, marks and
 * digits, and every other non-space char on its own ({@code د.} is {@code د} then {@code .}).
 * The text side must present its tokens folded and split the same way.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseIndex<V> {
    private final Map<String, V> byKey;
    /** Every key's proper prefixes of whole tokens: a lookup reads on only while its words are one. */
    private final Set<String> prefixes;
    private final int maxTokens;

    private PhraseIndex(Map<String, V> byKey, Set<String> prefixes, int maxTokens) {
        this.byKey = Map.copyOf(byKey);
        this.prefixes = Set.copyOf(prefixes);
        this.maxTokens = maxTokens;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The longest phrase of the index starting at {@code tokens[from]}, if any. */
    public Optional<Match<V>> longest(List<String> tokens, int from) {
        Match<V> best = null;
        int limit = Math.min(tokens.size(), from + maxTokens);
        // the first key is the token itself: no string is built for the positions no phrase starts at
        String key = from < limit ? tokens.get(from) : "";
        for (int i = from; i < limit; i++) {
            if (i > from) {
                key = key + ' ' + tokens.get(i);
            }
            V value = byKey.get(key);
            if (value != null) {
                best = new Match<>(i - from + 1, value);
            }
            if (!prefixes.contains(key)) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The value of exactly this phrase (folded and split here, as keys are), if it is in the index. */
    public Optional<V> get(String phrase) {
        return Optional.ofNullable(byKey.get(String.join(" ", tokens(phrase))));
    }

    /** The most tokens any phrase of the index has. */
    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return byKey.size();
    }

    /** The folded tokens of a phrase as the index keys them. */
    public static List<String> tokens(String phrase) {
        String folded = FoldedText.fold(phrase);
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < folded.length() && isWordChar(folded.charAt(i))) {
                    i++;
                }
                out.add(folded.substring(start, i));
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    /** True for the chars that make up a word token: letters, marks and digits. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** A phrase found at a position: how many tokens it covers and its value. */
    public record Match<V>(int length, V value) {
    }

    /** Collects phrases; a phrase added twice keeps the value {@link #merge merged} from both. */
    public static final class Builder<V> {
        private final Map<String, V> byKey = new HashMap<>();
        private final Set<String> prefixes = new HashSet<>();
        private int maxTokens;
        private BinaryOperator<V> merge = (a, b) -> a;

        private Builder() {
        }

        /** How two values of the same phrase combine; by default the first one stays. */
        public Builder<V> merge(BinaryOperator<V> how) {
            this.merge = Objects.requireNonNull(how);
            return this;
        }

        public Builder<V> put(String phrase, V value) {
            Objects.requireNonNull(value, "value");
            List<String> tokens = tokens(phrase);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("phrase \"" + phrase + "\" has no tokens");
            }
            byKey.merge(String.join(" ", tokens), value, merge);
            for (int n = 1; n < tokens.size(); n++) {
                prefixes.add(String.join(" ", tokens.subList(0, n)));
            }
            maxTokens = Math.max(maxTokens, tokens.size());
            return this;
        }

        public PhraseIndex<V> build() {
            return new PhraseIndex<>(byKey, prefixes, maxTokens);
        }
    }
}
