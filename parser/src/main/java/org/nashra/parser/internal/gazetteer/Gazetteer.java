package org.nashra.parser.internal.gazetteer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nashra.model.Gender;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.FoldedText;
import org.nashra.parser.internal.text.KeyTable;

/**
 * The parser's word lists: places, titles, role heads, organisation heads, given
 * names and function words, each an index over folded token sequences.
 * Immutable and thread-safe; {@link #standard()} loads it once.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.cities().longest(List.of("غوتنبرج"), 0);   // CITY in SE
 * g.countries().get("العراقيين");              // COUNTRY_ADJECTIVE of IQ
 * g.honorifics().get("الرفيقين");               // HONORIFIC, male, dual
 * }</pre>
 *
 * <p>Country names come from ICU4J (the display name of every ISO region in {@code ar} and
 * every {@code ar-*} locale); the resource files beside this class add what ICU lacks and
 * document their formats at their top.
 */
public final class Gazetteer {
    /** The bit of {@link #countries()} in {@link #heads}. */
    public static final int COUNTRIES = 1;
    /** The bit of {@link #cities()} in {@link #heads}. */
    public static final int CITIES = 1 << 1;
    /** The bit of {@link #regions()} in {@link #heads}. */
    public static final int REGIONS = 1 << 2;
    /** The bit of {@link #honorifics()} in {@link #heads}. */
    public static final int HONORIFICS = 1 << 3;
    /** The bit of {@link #roles()} in {@link #heads}. */
    public static final int ROLES = 1 << 4;
    /** The bit of {@link #organisations()} in {@link #heads}. */
    public static final int ORGANISATIONS = 1 << 5;
    /** The bit of {@link #functionWords()} in {@link #heads}. */
    public static final int FUNCTION_WORDS = 1 << 6;
    /** The bit of {@link #placeWords()} in {@link #heads}. */
    public static final int PLACE_WORDS = 1 << 7;

    private final PhraseIndex<PlaceName> countries;
    private final PhraseIndex<PlaceName> cities;
    private final PhraseIndex<PlaceName> regions;
    private final PhraseIndex<Title> honorifics;
    private final PhraseIndex<Title> roles;
    private final PhraseIndex<OrgHead> organisations;
    private final PhraseIndex<WordClass> functionWords;
    private final PhraseIndex<PlaceWord> placeWords;
    private final Set<String> adjectives;
    private final Map<String, Gender> nameGenders;
    private final Set<String> givenNames;
    /**
     * {@link #heads}: the indexes each word can begin a phrase of, one bit an index; asked with every reading of every
     * new word form, nearly all missing, so kept where a miss reads one array ({@link KeyTable}).
     */
    private final KeyTable<Integer> heads;
    /** What makes {@link #heads(AnalyzedText, int)}'s array of a text, and its key there: one function, not one a call. */
    private final java.util.function.Function<AnalyzedText, int[]> headsMaker = this::headsOfTokens;
    /** {@link #suffixedRole}'s look-up, and its key among what a form keeps ({@code Token.Form#analysis}). */
    private final java.util.function.Function<org.nashra.parser.internal.text.Token.Form, Optional<SuffixedRole>>
            suffixedRoles = this::findSuffixedRole;

    private Gazetteer() {
        countries = loadCountries();
        cities = loadPlaces("cities.tsv", PlaceName.Kind.CITY);
        regions = loadPlaces("regions.tsv", PlaceName.Kind.REGION);
        honorifics = loadTitles("honorifics.tsv", 3);
        roles = loadTitles("roles.tsv", 4);
        organisations = loadOrganisations();
        functionWords = loadFunctionWords();
        placeWords = loadPlaceWords();
        Set<String> adjectiveForms = new HashSet<>();
        for (Tsv.Row row : Tsv.read("adjectives.tsv", 2)) {
            if (!Set.of("adjective", "ordinal", "people").contains(row.cell(1))) {
                throw row.error("kind must be adjective, ordinal or people");
            }
            adjectiveForms.add(FoldedText.fold(row.cell(0)));
        }
        adjectives = Set.copyOf(adjectiveForms);
        Map<String, Gender> genders = new HashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> unisex = new HashSet<>();
        for (Tsv.Row row : Tsv.read("given-names.tsv", 2)) {
            String key = FoldedText.fold(row.cell(0));
            Gender gender = Title.gender(row, row.cell(1));
            names.add(key);
            Gender before = genders.putIfAbsent(key, gender);
            if (before != null && before != gender) {
                unisex.add(key);
            }
        }
        unisex.forEach(genders::remove);
        nameGenders = Map.copyOf(genders);
        givenNames = Set.copyOf(names);
        Map<String, Integer> bits = new HashMap<>();
        List<PhraseIndex<?>> indexes = List.of(countries, cities, regions, honorifics, roles, organisations,
                functionWords, placeWords);
        for (int k = 0; k < indexes.size(); k++) {
            int bit = 1 << k;
            indexes.get(k).heads().forEach(word -> bits.merge(word, bit, (a, b) -> a | b));
        }
        heads = KeyTable.of(bits);
    }

    /**
     * The indexes a word read without its clitics (a reading's folded stem) can begin a phrase of, one bit an index
     * ({@link #CITIES}, {@link #ROLES} …), with or without the article: 0 for most words, so that a tagger asking
     * eight indexes about every token probes one map per reading instead of eight.
     *
     * <pre>{@code
     * (g.heads("لندن") & Gazetteer.CITIES) != 0;   // true
     * g.heads("اجتمع");                             // 0
     * }</pre>
     */
    public int heads(String foldedStem) {
        Integer bits = heads.get(foldedStem);
        return bits == null ? 0 : bits;
    }

    /**
     * {@link #heads(String)} of every reading of token {@code i} of {@code t} together (0 for a token that is no
     * word), made for every token of a text in one pass the first time the text is asked: every tagger asks every
     * token about several lists, and most tokens begin a phrase of none.
     */
    public int heads(AnalyzedText t, int i) {
        return t.derived(headsMaker, headsMaker)[i];
    }

    private int[] headsOfTokens(AnalyzedText t) {
        return t.readingBits(headsMaker, this::heads);
    }

    /**
     * A role head read with a pronoun suffix in one of a word form's readings ({@code رئيسها}, {@code نائبته}):
     * which reading (an index into the form's readings) and the role.
     */
    public record SuffixedRole(int reading, Title title) {
    }

    /** The last letters of the pronoun suffixes: most stems end in none of them and are not looked up. */
    private static final String SUFFIX_ENDS = org.nashra.parser.internal.text.Clitic.PRONOUN_SUFFIXES.stream()
            .map(x -> x.substring(x.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());

    /**
     * The first reading of {@code form}, in order, whose stem is a role head with a pronoun suffix, if any: asked
     * by the person tagger at every token that starts no role, so found once per form and kept with it (once per
     * text, or once per {@code WordCache} for the forms it keeps) instead of cutting every suffix off every stem
     * at every token.
     */
    public Optional<SuffixedRole> suffixedRole(org.nashra.parser.internal.text.Token.Form form) {
        return form.analysis(suffixedRoles, suffixedRoles);
    }

    private Optional<SuffixedRole> findSuffixedRole(org.nashra.parser.internal.text.Token.Form form) {
        List<org.nashra.parser.internal.text.Reading> readings = form.readings();
        List<String> suffixes = org.nashra.parser.internal.text.Clitic.PRONOUN_SUFFIXES;
        for (int k = 0; k < readings.size(); k++) {
            String stem = readings.get(k).stem();
            if (stem.isEmpty() || SUFFIX_ENDS.indexOf(stem.charAt(stem.length() - 1)) < 0) {
                continue;
            }
            for (int s = 0; s < suffixes.size(); s++) {
                String suffix = suffixes.get(s);
                if (stem.length() > suffix.length() + 2 && stem.endsWith(suffix)) {
                    String base = stem.substring(0, stem.length() - suffix.length());
                    Optional<Title> title = roles.getWord(base); // a folded stem's letters: no folding
                    if (title.isEmpty() && base.endsWith("ت")) {
                        // نائبته: the ة of نائبة is written ت before a pronoun
                        title = roles.getWord(base.substring(0, base.length() - 1) + "ه");
                    }
                    if (title.isPresent()) {
                        return Optional.of(new SuffixedRole(k, title.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The standard gazetteer, loaded from ICU and the bundled resources on first use. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    /** Country names (ICU's and the press's) and country adjectives (العراقي، السويدية، الألمان). */
    public PhraseIndex<PlaceName> countries() {
        return countries;
    }

    /** Cities with their country (null where the name is a city in several countries). */
    public PhraseIndex<PlaceName> cities() {
        return cities;
    }

    /** Provinces, states and constituent countries with their country. */
    public PhraseIndex<PlaceName> regions() {
        return regions;
    }

    /** Titles written before a name: الرفيق، الدكتورة، الرفيقين، د. */
    public PhraseIndex<Title> honorifics() {
        return honorifics;
    }

    /** Role heads (رئيس، مسؤولي) and professions (شاعرة), bare: strip ال and pronoun suffixes before lookup. */
    public PhraseIndex<Title> roles() {
        return roles;
    }

    /** Organisation heads (جمعية), organs (الهيئة الادارية) and branch designations (فرع). */
    public PhraseIndex<OrgHead> organisations() {
        return organisations;
    }

    /** Prepositions, relative pronouns, particles and frequent verbs. */
    public PhraseIndex<WordClass> functionWords() {
        return functionWords;
    }

    /** Venue heads (قاعة), districts (حي), directions (جنوب) and settlement words (مدينة), bare. */
    public PhraseIndex<PlaceWord> placeWords() {
        return placeWords;
    }

    /**
     * True when a definite word (folded, with its article) can be an adjective: a nisba, a participle
     * ({@code المتحدة}) or a listed adjective ({@code العام}, {@code الكبرى}, {@code العشرين}).
     */
    public boolean isAdjective(String foldedDefinite) {
        if (adjectives.contains(foldedDefinite)) {
            return true;
        }
        String w = foldedDefinite.startsWith("ال") ? foldedDefinite.substring(2) : foldedDefinite;
        // CaCiyya nouns (تحية، قضية، هدية) are no nisba: a nisba in -ية has five letters or more
        return w.length() > 2 && (w.endsWith("ي") || w.endsWith("يه") && w.length() > 4 || w.endsWith("يين") || w.endsWith("يون")
                || w.endsWith("يات") || w.endsWith("يتان") || w.endsWith("يتين")
                || w.startsWith("م") && w.length() > 3);
    }

    /** True when a definite word (folded, with its article) is in the adjective list ({@code الكبرى}). */
    public boolean isListedAdjective(String foldedDefinite) {
        return adjectives.contains(foldedDefinite);
    }

    /** True when {@code folded} is a listed given name. */
    public boolean isGivenName(String folded) {
        return givenNames.contains(folded);
    }

    /** The gender of a listed given name; empty for unlisted and unisex names. */
    public Optional<Gender> givenNameGender(String folded) {
        return Optional.ofNullable(nameGenders.get(folded));
    }

    private static PhraseIndex<PlaceName> loadCountries() {
        PhraseIndex.Builder<PlaceName> b = PhraseIndex.builder();
        for (Tsv.Row row : Tsv.read("country-names.tsv", 2)) {
            b.put(row.cell(0), new PlaceName(PlaceName.Kind.COUNTRY, countryCode(row, row.cell(1))));
        }
        for (Tsv.Row row : Tsv.read("countries.tsv", 3)) {
            String code = countryCode(row, row.cell(1));
            switch (row.cell(2)) {
                case "name" -> b.put(row.cell(0), new PlaceName(PlaceName.Kind.COUNTRY, code));
                case "adjective" -> b.put(row.cell(0), new PlaceName(PlaceName.Kind.COUNTRY_ADJECTIVE, code));
                case "nisba" -> {
                    PlaceName adjective = new PlaceName(PlaceName.Kind.COUNTRY_ADJECTIVE, code);
                    for (String form : nisbaForms(FoldedText.fold(row.cell(0)))) {
                        b.put(form, adjective);
                        b.put("ال" + form, adjective);
                    }
                }
                default -> throw row.error("kind must be name, nisba or adjective");
            }
        }
        return b.build();
    }

    /** The inflections of a masculine nisba ending in ي: f, dual, plural, f dual, f plural. */
    static List<String> nisbaForms(String masculine) {
        return List.of(masculine, masculine + "ه", masculine + "ان", masculine + "ين", masculine + "ون",
                masculine + "ات", masculine + "تان", masculine + "تين");
    }

    private static PhraseIndex<PlaceName> loadPlaces(String file, PlaceName.Kind kind) {
        PhraseIndex.Builder<PlaceName> b = PhraseIndex.builder();
        for (Tsv.Row row : Tsv.read(file, 2)) {
            String code = row.cell(1).equals("-") ? null : countryCode(row, row.cell(1));
            b.put(row.cell(0), new PlaceName(kind, code));
        }
        return b.build();
    }

    private static String countryCode(Tsv.Row row, String code) {
        if (!code.matches("[A-Z]{2}")) {
            throw row.error("\"" + code + "\" is not an ISO 3166-1 alpha-2 code");
        }
        return code;
    }

    private static PhraseIndex<Title> loadTitles(String file, int columns) {
        PhraseIndex.Builder<Title> b = PhraseIndex.builder();
        Map<String, Title> duals = new java.util.LinkedHashMap<>();
        for (Tsv.Row row : Tsv.read(file, columns)) {
            Title.Kind kind = columns == 3 ? Title.Kind.HONORIFIC : switch (row.cell(3)) {
                case "role" -> Title.Kind.ROLE;
                case "profession" -> Title.Kind.PROFESSION;
                case "quantifier" -> Title.Kind.QUANTIFIER;
                default -> throw row.error("kind must be role, profession or quantifier");
            };
            Title title = new Title(kind, Title.gender(row, row.cell(1)), GrammaticalNumber.parse(row, row.cell(2)));
            b.put(row.cell(0), title);
            if (title.number() == GrammaticalNumber.SINGULAR && kind != Title.Kind.QUANTIFIER) {
                duals(row.cell(0), kind).forEach(duals::putIfAbsent);
            }
        }
        // listed forms win over derived ones: the builder keeps the first value of a phrase
        duals.forEach(b::put);
        return b.build();
    }

    /**
     * The regular dual forms of a singular one-word title ({@code فنان} → {@code فنانان};
     * {@code عضوة} → {@code عضوتان، عضوتين، عضوتي}), so the lists need not spell them all out. The
     * masculine {@code -ين} is left out (it is also the plural: {@code المعلمين المضربين}), and so is the
     * construct {@code -ي} (it is also the nisba adjective: {@code رئيسي}); the lists spell those out.
     */
    private static Map<String, Title> duals(String form, Title.Kind kind) {
        Map<String, Title> out = new java.util.LinkedHashMap<>();
        if (form.indexOf(' ') >= 0 || form.endsWith(".") || form.endsWith("ا") || form.length() < 3) {
            return out;
        }
        if (form.endsWith("ة")) {
            String stem = form.substring(0, form.length() - 1) + "ت";
            Title f = new Title(kind, Gender.FEMALE, GrammaticalNumber.DUAL);
            for (String ending : new String[] {"ان", "ين", "ي"}) {
                out.put(stem + ending, f);
            }
        } else {
            out.put(form + "ان", new Title(kind, Gender.MALE, GrammaticalNumber.DUAL));
        }
        return out;
    }

    private static PhraseIndex<OrgHead> loadOrganisations() {
        PhraseIndex.Builder<OrgHead> b = PhraseIndex.builder();
        for (Tsv.Row row : Tsv.read("organisations.tsv", 2)) {
            OrgHead.Kind kind = switch (row.cell(1)) {
                case "organization" -> OrgHead.Kind.ORGANIZATION;
                case "organ" -> OrgHead.Kind.ORGAN;
                case "branch" -> OrgHead.Kind.BRANCH;
                case "community" -> OrgHead.Kind.COMMUNITY;
                default -> throw row.error("kind must be organization, organ, branch or community");
            };
            b.put(row.cell(0), new OrgHead(kind));
        }
        return b.build();
    }

    private static PhraseIndex<WordClass> loadFunctionWords() {
        PhraseIndex.Builder<WordClass> b = PhraseIndex.builder();
        for (Tsv.Row row : Tsv.read("function-words.tsv", 2)) {
            WordClass c = switch (row.cell(1)) {
                case "preposition" -> WordClass.PREPOSITION;
                case "relative" -> WordClass.RELATIVE;
                case "particle" -> WordClass.PARTICLE;
                case "verb" -> WordClass.VERB;
                case "event" -> WordClass.EVENT;
                case "daypart" -> WordClass.DAY_PART;
                default -> throw row.error("class must be preposition, relative, particle, verb, event or daypart");
            };
            b.put(row.cell(0), c);
        }
        return b.build();
    }

    private static PhraseIndex<PlaceWord> loadPlaceWords() {
        PhraseIndex.Builder<PlaceWord> b = PhraseIndex.builder();
        for (Tsv.Row row : Tsv.read("place-words.tsv", 2)) {
            PlaceWord w = switch (row.cell(1)) {
                case "venue" -> PlaceWord.VENUE;
                case "district" -> PlaceWord.DISTRICT;
                case "direction" -> PlaceWord.DIRECTION;
                case "settlement" -> PlaceWord.SETTLEMENT;
                case "region" -> PlaceWord.REGION;
                case "link" -> PlaceWord.LINK;
                default -> throw row.error("kind must be venue, district, direction, settlement, region or link");
            };
            b.put(row.cell(0), w);
        }
        return b.build();
    }

    private static final class Holder {
        static final Gazetteer STANDARD = new Gazetteer();
    }
}
