package org.nashra.parser.internal.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private static final String ARTICLE = "ال";
    /** The phrases by their first token; each node leads on to the phrases that continue it. */
    private final Map<String, Node<V>> first;
    /** The phrases whose first token starts with the article, by that token without it: looked up by a stem. */
    private final Map<String, Node<V>> firstAfterArticle;
    private final int size;
    private final int maxTokens;

    private PhraseIndex(Map<String, V> byKey, int maxTokens) {
        // a trie of whole tokens: a lookup reads on only while its words begin a phrase, and builds no key string
        Map<String, Building<V>> roots = new HashMap<>();
        byKey.forEach((key, value) -> {
            Map<String, Building<V>> level = roots;
            Building<V> node = null;
            for (String token : key.split(" ")) {
                node = level.computeIfAbsent(token, t -> new Building<>());
                level = node.next;
            }
            node.value = value;
        });
        this.first = Building.freeze(roots);
        Map<String, Node<V>> definite = new HashMap<>();
        first.forEach((token, node) -> {
            if (token.startsWith(ARTICLE)) {
                definite.put(token.substring(ARTICLE.length()), node);
            }
        });
        this.firstAfterArticle = definite;
        this.size = byKey.size();
        this.maxTokens = maxTokens;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The longest phrase of the index starting at {@code tokens[from]}, if any. */
    public Optional<Match<V>> longest(List<String> tokens, int from) {
        return from < tokens.size() ? longest(tokens.get(from), tokens, from + 1) : Optional.empty();
    }

    /**
     * The longest phrase of the index whose first token is {@code head} and whose others are
     * {@code tokens[next]}, {@code tokens[next + 1]}…, if any (a word read without its clitics, then the words
     * after it as written). The match's length counts {@code head}.
     */
    public Optional<Match<V>> longest(String head, List<String> tokens, int next) {
        return longest(first.get(head), tokens, next);
    }

    /**
     * As {@link #longest(String, List, int)} with {@code ال + stem} as the first token, without building that
     * string (the definite form of a word, looked up at every token).
     */
    public Optional<Match<V>> longestDefinite(String stem, List<String> tokens, int next) {
        return longest(firstAfterArticle.get(stem), tokens, next);
    }

    private Optional<Match<V>> longest(Node<V> start, List<String> tokens, int next) {
        Node<V> node = start;
        Match<V> best = null;
        for (int i = next; node != null; i++) {
            if (node.value() != null) {
                best = new Match<>(i - next + 1, node.value());
            }
            node = i < tokens.size() ? node.next().get(tokens.get(i)) : null;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The value of the one-word phrase {@code foldedWord}, a word already folded (a token's text or stem), if it
     * is in the index: {@link #get} without folding and splitting it again.
     */
    public Optional<V> getWord(String foldedWord) {
        if (!isWord(foldedWord)) {
            return get(foldedWord);
        }
        Node<V> node = first.get(foldedWord);
        return node == null ? Optional.empty() : Optional.ofNullable(node.value());
    }

    /** The value of exactly this phrase (folded and split here, as keys are), if it is in the index. */
    public Optional<V> get(String phrase) {
        String folded = FoldedText.fold(phrase);
        if (isWord(folded)) {
            // a single word (most look-ups: a token's stem) needs no splitting
            return getWord(folded);
        }
        Node<V> node = null;
        Map<String, Node<V>> level = first;
        for (String token : split(folded)) {
            node = level.get(token);
            if (node == null) {
                return Optional.empty();
            }
            level = node.next();
        }
        return node == null ? Optional.empty() : Optional.ofNullable(node.value());
    }

    /**
     * Every word a phrase of the index can start with when read without its clitics: the first tokens of the phrases,
     * and those that start with the article without it (what {@link #longest(String, List, int)} and
     * {@link #longestDefinite} look up).
     */
    java.util.stream.Stream<String> heads() {
        return java.util.stream.Stream.concat(first.keySet().stream(), firstAfterArticle.keySet().stream());
    }

    /** The most tokens any phrase of the index has. */
    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return size;
    }

    /** The folded tokens of a phrase as the index keys them. */
    public static List<String> tokens(String phrase) {
        return split(FoldedText.fold(phrase));
    }

    private static boolean isWord(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (!isWordChar(folded.charAt(i))) {
                return false;
            }
        }
        return !folded.isEmpty();
    }

    private static List<String> split(String folded) {
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
        // ء to ي: the letters of nearly every char looked at, without the property tables
        return c >= '\u0621' && c <= '\u064A' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** A token of the trie: the value of the phrase that ends here (null if none), and the tokens that go on. */
    private record Node<V>(V value, Map<String, Node<V>> next) {
    }

    /** A node while the index is built. */
    private static final class Building<V> {
        private V value;
        private final Map<String, Building<V>> next = new HashMap<>();

        static <V> Map<String, Node<V>> freeze(Map<String, Building<V>> level) {
            // a HashMap, not Map.copyOf: most probes miss, and a miss in a HashMap compares hashes where
            // Map.copyOf's table compares the strings of every slot it passes (a tenth of a parse)
            Map<String, Node<V>> out = new HashMap<>();
            level.forEach((token, b) -> out.put(token, new Node<>(b.value, freeze(b.next))));
            return out;
        }
    }

    /** A phrase found at a position: how many tokens it covers and its value. */
    public record Match<V>(int length, V value) {
    }

    /** Collects phrases; a phrase added twice keeps the value {@link #merge merged} from both. */
    public static final class Builder<V> {
        private final Map<String, V> byKey = new HashMap<>();
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
            maxTokens = Math.max(maxTokens, tokens.size());
            return this;
        }

        public PhraseIndex<V> build() {
            return new PhraseIndex<>(byKey, maxTokens);
        }
    }
}
