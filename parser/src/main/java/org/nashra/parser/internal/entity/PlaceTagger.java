package org.nashra.parser.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nashra.model.Place;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.gazetteer.PlaceName;
import org.nashra.parser.internal.gazetteer.PlaceWord;
import org.nashra.parser.internal.gazetteer.WordClass;
import org.nashra.parser.internal.text.AnalyzedText;
import org.nashra.parser.internal.text.Clitic;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * Finds place expressions: cities, countries and regions the gazetteer knows, {@code مدينة X},
 * {@code X جنوب Y}, venues ({@code على قاعة …}, {@code في فندق …}, {@code بمقر …}, {@code امام …}) with
 * the districts inside them and the city after them, and datelines ({@code بغداد –}, {@code القاهرة/}).
 * Thread-safe; one pass over the tokens.
 *
 * <pre>{@code
 * PlaceTagger tagger = PlaceTagger.standard();
 * AnalyzedText t = AnalyzedText.of("على قاعة البيت الثقافي في ضاحية شيستا بستوكهولم");
 * Place p = tagger.places(t).get(0).place();
 * p.venue();     // "قاعة البيت الثقافي في ضاحية شيستا"
 * p.city();      // "ستوكهولم"
 * p.country();   // "SE", inferred
 * }</pre>
 *
 * <p>Conventions (MODEL.md): {@code X جنوب Y} gives region {@code جنوب Y}; a country given only by an
 * adjective ({@code غوتنبرغ السويدية}) has {@code countryName} null and is not inferred; a country filled
 * from the gazetteer has {@code countryName} null and {@code inferred} true; a spatial {@code امام} stays in
 * the text. Limits: a city the gazetteer does not know is found only after {@code مدينة} or as a dateline.
 */
public final class PlaceTagger {
    private static final int MAX_VENUE_TOKENS = 14;

    private final Lexicon lex;

    public PlaceTagger(Gazetteer gazetteer) {
        this.lex = new Lexicon(gazetteer);
    }

    /** A tagger over {@link Gazetteer#standard()}. */
    public static PlaceTagger standard() {
        return Holder.STANDARD;
    }

    /** Every place expression of the text, in order, not overlapping. */
    public List<PlaceMention> places(AnalyzedText t) {
        List<PlaceMention> out = new ArrayList<>();
        int n = t.tokens().size();
        int i = 0;
        while (i < n) {
            Optional<PlaceMention> found = datelineAt(t, i);
            if (found.isEmpty() && isLocative(t, i)) {
                found = placeAt(t, i + 1);
            }
            if (found.isEmpty() && isSource(t, i) && lex.orgHead(t, i + 1).isEmpty()) {
                // من صالة الوداع …; but من سفارة … names a sender, not a place
                found = placeAt(t, i + 1);
            }
            if (found.isEmpty() && (Lexicon.has(t, i, Clitic.BI) || isAmam(t, i))) {
                found = placeAt(t, i);
            }
            if (found.isEmpty()) {
                found = Optional.ofNullable(location(t, i)).map(Builder::build);
            }
            if (found.isPresent()) {
                out.add(found.get());
                i = Math.max(i + 1, found.get().endToken());
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A place expression starting at token {@code i}: a venue (the token may carry ب: {@code بمقر}),
     * {@code امام X}, {@code مدينة X}, {@code جنوب Y}, or a known city, country or region with what follows it.
     */
    public Optional<PlaceMention> placeAt(AnalyzedText t, int i) {
        if (!Lexicon.word(t, i)) {
            return Optional.empty();
        }
        if (isAmam(t, i)) {
            Builder b = new Builder(t, i, t.tokens().get(i).reading());
            // امام السفارة; امام مبنى البرلمان: an indefinite venue word heads a construct
            boolean venueWord = lex.placeWord(t, i + 1).filter(w -> w.value() == PlaceWord.VENUE).isPresent();
            int end = venueEnd(t, i + 1, !venueWord);
            if (end <= i + 1) {
                return Optional.empty();
            }
            b.venue = Cut.of(t, i + 1, end);
            b.end = end;
            trailing(t, b);
            return Optional.of(b.build());
        }
        Optional<Lexicon.Hit<PlaceWord>> word = lex.placeWord(t, i);
        if (word.isPresent() && (word.get().value() == PlaceWord.VENUE || word.get().value() == PlaceWord.DISTRICT)) {
            int end = venueEnd(t, i, false);
            if (end > i + 1 || Lexicon.definite(t, i) || Lexicon.punct(t, end, '«')) {
                Builder b = new Builder(t, i, word.get().reading());
                b.venue = Cut.of(t, i, word.get().reading(), end);
                b.end = end;
                trailing(t, b);
                return Optional.of(b.build());
            }
        }
        Builder b = location(t, i);
        return b == null ? Optional.empty() : Optional.of(b.build());
    }

    /** Only a known city, country or region at token {@code i} (a delegation's country, {@code فرع بولندا}). */
    public Optional<PlaceMention> placeNameAt(AnalyzedText t, int i) {
        return namedPlace(t, i).map(hit -> {
            Builder b = new Builder(t, i, hit.reading());
            b.name(t, hit);
            b.end = hit.end();
            return b.build();
        });
    }

    /**
     * A dateline city at token {@code i}: the first word of a line, followed by a dash, colon, slash or a
     * date ({@code ستوكهولم –}, {@code لندن:}, {@code القاهرة/}, {@code سدني 18/4/2023}, {@code باريس في ١٥ …},
     * {@code أوتاوا، ٧ يونيو ٢٠٢٤}). The city may have its state, province or country after a comma
     * ({@code بريدجفيو، إلينوي في …}) and a bracketed source after it ({@code باريس (خاص) –}); the mention
     * then ends after the bracket while the place is the city with its region. A city the gazetteer does
     * not know is taken before a dash, or before a comma and a known region or country.
     */
    public Optional<PlaceMention> datelineAt(AnalyzedText t, int i) {
        if (!Lexicon.word(t, i) || !t.startsLine(i)) {
            return Optional.empty();
        }
        Optional<Lexicon.Hit<PlaceName>> hit = lex.placeName(t, i);
        if (hit.isPresent() && hit.get().value().kind() == PlaceName.Kind.COUNTRY_ADJECTIVE) {
            return Optional.empty(); // "العراقي:" opens a line about someone, not a dateline
        }
        int end = hit.map(Lexicon.Hit::end).orElse(i + 1);
        Optional<Lexicon.Hit<PlaceName>> within = Optional.empty();
        if ((Lexicon.punct(t, end, '،') || Lexicon.punct(t, end, ',')) && end + 1 < t.tokens().size()
                && !t.startsLine(end + 1)) {
            within = lex.placeName(t, end + 1).filter(h -> h.value().kind() == PlaceName.Kind.REGION
                    || h.value().kind() == PlaceName.Kind.COUNTRY);
        }
        int placeEnd = within.map(Lexicon.Hit::end).orElse(end);
        int after = bracketEnd(t, placeEnd);
        if (after >= t.tokens().size() || t.startsLine(after)) {
            return Optional.empty();
        }
        boolean known = hit.isPresent() || within.isPresent();
        Token next = t.tokens().get(after);
        boolean dash = next.isPunct('–') || next.isPunct('-') || next.isPunct('—');
        boolean marked = dash || next.isPunct(':') || next.isPunct('/')
                || next.kind() == Token.Kind.NUMBER_GROUP
                || known && next.kind() == Token.Kind.NUMBER // a known city before "31 آذار 2024"
                || known && (next.isPunct('،') || next.isPunct(',')) && after + 1 < t.tokens().size()
                        && !t.tokens().get(after + 1).isWord() // أوتاوا، ٧ يونيو
                || next.is("في") && after + 1 < t.tokens().size() && !t.tokens().get(after + 1).isWord();
        if (!marked) {
            return Optional.empty();
        }
        Builder b = new Builder(t, i, hit.map(Lexicon.Hit::reading).orElse(Lexicon.bare(t.tokens().get(i))));
        if (hit.isPresent()) {
            b.name(t, hit.get());
        } else if ((dash || within.isPresent()) && lex.functionWord(t, i).isEmpty() && lex.orgHead(t, i).isEmpty()) {
            // an unknown name is taken as written: بريدجفيو is no ب + ريدجفيو
            b.city = Cut.of(t, i, b.firstReading, end);
        } else {
            return Optional.empty();
        }
        within.ifPresent(w -> {
            if (w.value().kind() == PlaceName.Kind.REGION) {
                b.region = Cut.of(t, w.first(), w.reading(), w.end());
                b.country = w.value().country();
                b.inferred = true;
            } else if (b.country == null) {
                b.country = w.value().country();
                b.countryName = Cut.of(t, w.first(), w.reading(), w.end());
            }
        });
        b.end = placeEnd;
        PlaceMention m = b.build();
        return Optional.of(new PlaceMention(m.place(), m.firstToken(), after));
    }

    /** After a dateline city, a bracketed source of at most three words ({@code (خاص)}); the index after it. */
    private static int bracketEnd(AnalyzedText t, int j) {
        if (!Lexicon.punct(t, j, '(')) {
            return j;
        }
        for (int k = j + 1; k <= j + 4 && k < t.tokens().size() && !t.startsLine(k); k++) {
            if (Lexicon.punct(t, k, ')')) {
                return k > j + 1 ? k + 1 : j;
            }
            if (!Lexicon.word(t, k)) {
                return j;
            }
        }
        return j;
    }

    /**
     * A place after a locative preposition ({@code في X}, {@code بمدينة X}, {@code بلندن}) at token {@code i}:
     * the preposition is token {@code i} or a clitic of it. Used for an organisation's trailing place.
     */
    Optional<PlaceMention> locationAfterPreposition(AnalyzedText t, int i) {
        // اتحاد المهندسين في محافظة دهوك: a province after a body is where it met as often as the body's field; the
        // body's name stops before it, as before a region the gazetteer does not know
        return Optional.ofNullable(locationAfter(t, i)).filter(b -> !b.province).map(Builder::build);
    }

    private Builder locationAfter(AnalyzedText t, int i) {
        if (!Lexicon.word(t, i)) {
            return null;
        }
        Token token = t.tokens().get(i);
        if (token.is("في")) {
            return location(t, i + 1);
        }
        if (token.reading().has(Clitic.BI)) {
            Builder b = location(t, i);
            return b != null && b.firstReading.has(Clitic.BI) ? b : null;
        }
        return null;
    }

    /** True for the spatial preposition امام, which stays in a place's text ({@code امام السفارة}). */
    private boolean isAmam(AnalyzedText t, int i) {
        // here and below the stem is compared before the function words are looked up: asked at every token
        return Lexicon.word(t, i) && t.tokens().get(i).stem().equals("امام")
                && lex.isFunctionWord(t, i, WordClass.PREPOSITION);
    }

    /** True for من and الى, after which a venue that is not also an organisation may follow. */
    private boolean isSource(AnalyzedText t, int i) {
        if (!Lexicon.word(t, i)) {
            return false;
        }
        String s = t.tokens().get(i).stem();
        return (s.equals("من") || s.equals("الي")) && lex.isFunctionWord(t, i, WordClass.PREPOSITION);
    }

    /** True for a preposition after which a venue may follow: في، على، داخل، عند ({@code وقفة عند دوار …}). */
    private boolean isLocative(AnalyzedText t, int i) {
        if (!Lexicon.word(t, i)) {
            return false;
        }
        String s = t.tokens().get(i).stem();
        return (s.equals("في") || s.equals("علي") || s.equals("داخل") || s.equals("عند"))
                && lex.isFunctionWord(t, i, WordClass.PREPOSITION);
    }

    /** The token after an opening quote at {@code i}, else {@code i}. */
    private static int quoteOpened(AnalyzedText t, int i) {
        if (i + 1 >= t.tokens().size() || !Lexicon.word(t, i + 1)) {
            return i;
        }
        var tok = t.tokens().get(i);
        return tok.isPunct('"') || tok.isPunct('«') || tok.isPunct('“') ? i + 1 : i;
    }

    /** A city, country or region expression ({@code مدينة X}, {@code جنوب Y}, a known name) and what follows it. */
    private Builder location(AnalyzedText t, int i) {
        if (!Lexicon.word(t, i)) {
            return null;
        }
        Optional<Lexicon.Hit<PlaceWord>> word = lex.placeWord(t, i);
        Builder b = word.isEmpty() ? null : new Builder(t, i, word.get().reading()); // asked at every token
        if (word.isPresent() && word.get().value() == PlaceWord.SETTLEMENT) {
            int after = word.get().end();
            if (capitalOf(t, i, after)) {
                return capital(t, b, after);
            }
            int j = after;
            // العاصمة النمساوية فيينا: the settlement's country adjective before its name
            Optional<Lexicon.Hit<PlaceName>> adjective = lex.country(t, after)
                    .filter(h -> h.value().kind() == PlaceName.Kind.COUNTRY_ADJECTIVE && Lexicon.plainDefinite(t, after));
            if (adjective.isPresent() && namedPlace(t, quoteOpened(t, adjective.get().end())).isPresent()) {
                b.country = adjective.get().value().country();
                j = adjective.get().end();
            }
            // العاصمة الألمانية "برلين": a known name in quotes
            Optional<Lexicon.Hit<PlaceName>> name = namedPlace(t, quoteOpened(t, j));
            j = name.isPresent() ? quoteOpened(t, j) : j;
            if (name.isPresent()) {
                // مدينة X is a city, whatever else X names (مدينة كيبيك)
                b.city = Cut.of(t, j, name.get().reading(), name.get().end());
                b.cityCountry = name.get().value().country();
                b.end = name.get().end();
            } else if (Lexicon.word(t, j) && !Lexicon.plainDefinite(t, j) && lex.functionWord(t, j).isEmpty()
                    && lex.placeWord(t, j).isEmpty() && lex.orgHead(t, j).isEmpty()) {
                // a city the gazetteer does not know, as written (فالكنبيرغ is no ف + الكنبيرغ)
                b.city = Cut.of(t, j, Lexicon.bare(t.tokens().get(j)), j + 1);
                b.end = j + 1;
            } else if (unknownDefiniteCity(t, j)) {
                // مدينة الدقم: a one-word name with the article, no adjective and nothing in construct after it
                b.city = Cut.of(t, j, t.tokens().get(j).reading(), j + 1);
                b.end = j + 1;
            } else {
                return null;
            }
            modifiers(t, b);
            return b;
        }
        if (word.isPresent() && word.get().value() == PlaceWord.REGION) {
            Optional<Lexicon.Hit<PlaceName>> name = lex.region(t, word.get().end());
            if (name.isEmpty()) {
                return provinceOfCity(t, b, word.get()) ? b : null;
            }
            b.name(t, name.get());
            b.end = name.get().end();
            return b;
        }
        if (word.isPresent() && word.get().value() == PlaceWord.DIRECTION) {
            return direction(t, b, i) ? b : null;
        }
        Optional<Lexicon.Hit<PlaceName>> name = namedPlace(t, i);
        if (name.isEmpty()) {
            return null;
        }
        Builder named = new Builder(t, i, name.get().reading());
        named.name(t, name.get());
        named.end = name.get().end();
        if (name.get().value().kind() == PlaceName.Kind.COUNTRY && Lexicon.word(t, named.end)
                && t.tokens().get(named.end).is("العاصمه")) {
            // الجزائر العاصمة، تونس العاصمة: the capital that bears its country's name
            named.city = Cut.of(t, i, name.get().reading(), named.end + 1);
            named.cityCountry = named.country;
            named.country = null;
            named.countryName = null;
            named.end++;
        }
        modifiers(t, named);
        return named;
    }

    /**
     * True when token {@code i} is an indefinite {@code عاصمة} in construct with a country, a region or a definite
     * word that is no known city ({@code عاصمة لبنان}, {@code بعاصمة الأوراس}, {@code عاصمة الشمال}): what follows
     * is whose capital it is, not the city's name. A name that is also a city ({@code عاصمة الكويت}) is read as
     * after any settlement word.
     */
    private boolean capitalOf(AnalyzedText t, int i, int after) {
        Token word = t.tokens().get(i);
        if (!word.stem().equals("عاصمه") || word.reading().definite() || !Lexicon.word(t, after)) {
            return false;
        }
        Optional<Lexicon.Hit<PlaceName>> of = namedPlace(t, after);
        if (of.isPresent()) {
            return of.get().value().kind() != PlaceName.Kind.CITY;
        }
        return Lexicon.plainDefinite(t, after) && lex.functionWord(t, after).isEmpty();
    }

    /**
     * The place an indefinite {@code عاصمة} names: the country or region it is the capital of, then the city named
     * after it ({@code عاصمة لبنان بيروت}) or the province it lies in ({@code بعاصمة الأوراس ولاية باتنة}); null
     * when neither a country, a region nor a city is said ({@code عاصمة الشمال}).
     */
    private Builder capital(AnalyzedText t, Builder b, int after) {
        int j = after + 1;
        Optional<Lexicon.Hit<PlaceName>> of = namedPlace(t, after);
        if (of.isPresent()) {
            j = of.get().end();
            b.name(t, of.get()); // a country or a region: capitalOf let no city through
        }
        b.end = j;
        Optional<Lexicon.Hit<PlaceName>> city = lex.city(t, j);
        if (city.isPresent()) {
            b.name(t, city.get());
            b.end = city.get().end();
            return b;
        }
        Optional<Lexicon.Hit<PlaceWord>> region = lex.placeWord(t, j).filter(w -> w.value() == PlaceWord.REGION);
        if (region.isPresent() && b.country == null) {
            Builder province = location(t, j);
            if (province != null && province.city == null) {
                b.region = province.region;
                b.country = province.country;
                b.inferred = province.inferred;
                b.end = province.end;
            }
        }
        return b.country == null && b.region == null ? null : b;
    }

    /**
     * {@code محافظة مسقط}, {@code ولاية الخرطوم}: a region word before a known city names the province called after
     * that city; it is the place's region, in the city's country (inferred), and no city is said. False when no
     * known city follows the word.
     */
    private boolean provinceOfCity(AnalyzedText t, Builder b, Lexicon.Hit<PlaceWord> word) {
        Optional<Lexicon.Hit<PlaceName>> city = lex.city(t, word.end());
        if (city.isEmpty()) {
            return false;
        }
        b.region = Cut.of(t, b.first, word.reading(), city.get().end());
        b.country = city.get().value().country();
        b.inferred = true;
        b.province = true;
        b.end = city.get().end();
        return true;
    }

    /**
     * True when token {@code j}, after a settlement word, is a city's own name with the article that the
     * gazetteer does not know ({@code مدينة الدقم}): a plain definite word that is no adjective, function word,
     * place word or organisation, and no definite word follows it in construct ({@code مدينة الملك فهد}) but its
     * country's adjective ({@code مدينة الحمامات التونسية}).
     */
    private boolean unknownDefiniteCity(AnalyzedText t, int j) {
        if (!Lexicon.plainDefinite(t, j) || lex.functionWord(t, j).isPresent() || lex.placeWord(t, j).isPresent()
                || lex.orgHead(t, j).isPresent() || lex.honorific(t, j).isPresent()
                || lex.gazetteer().isAdjective(t.tokens().get(j).reading().definiteForm())) {
            return false;
        }
        // مدينة الحمامات التونسية: the country adjective after it is the city's country, read by modifiers
        return !(Lexicon.definite(t, j + 1) && !Lexicon.prepositioned(t, j + 1) && !Lexicon.conjoined(t, j + 1))
                || adjectiveCountryAt(t, j + 1).isPresent();
    }

    /** The country a one-word country adjective at token {@code i} names ({@code القطري}, {@code ليبية}), if any. */
    public Optional<String> adjectiveCountryAt(AnalyzedText t, int i) {
        return lex.country(t, i).filter(hit -> hit.value().kind() == PlaceName.Kind.COUNTRY_ADJECTIVE
                && hit.end() == i + 1).map(hit -> hit.value().country());
    }

    /** A city, country or region named at token {@code i}; a country adjective ({@code السويدية}) names no place. */
    private Optional<Lexicon.Hit<PlaceName>> namedPlace(AnalyzedText t, int i) {
        return lex.placeName(t, i).filter(hit -> hit.value().kind() != PlaceName.Kind.COUNTRY_ADJECTIVE);
    }

    /** {@code جنوب Y} at token {@code i}: region {@code جنوب Y}, and Y as city or country. */
    private boolean direction(AnalyzedText t, Builder b, int i) {
        Optional<Lexicon.Hit<PlaceWord>> word = lex.placeWord(t, i);
        if (word.isEmpty() || word.get().value() != PlaceWord.DIRECTION) {
            return false;
        }
        Optional<Lexicon.Hit<PlaceName>> name = namedPlace(t, word.get().end());
        if (name.isEmpty()) {
            return i > b.first && settlementAfter(t, b, i, word.get()); // after a venue, not a place of its own
        }
        PlaceName value = name.get().value();
        b.region = Cut.of(t, i, word.get().reading(), name.get().end());
        if (value.kind() == PlaceName.Kind.COUNTRY) {
            b.country = value.country();
            b.countryName = Cut.of(t, name.get().first(), name.get().reading(), name.get().end());
        } else if (value.kind() == PlaceName.Kind.CITY && b.city == null) {
            b.city = Cut.of(t, name.get().first(), name.get().reading(), name.get().end());
            b.cityCountry = value.country();
        } else if (b.country == null) {
            b.cityCountry = value.country();
        }
        b.end = name.get().end();
        return true;
    }

    /**
     * {@code … جنوب العاصمة السويدية ستوكهولم}, {@code … شمال مدينة ليون} after a venue: a direction before a
     * settlement named with its word; the settlement is the city and the direction with it the region. False when
     * no such settlement follows.
     */
    private boolean settlementAfter(AnalyzedText t, Builder b, int i, Lexicon.Hit<PlaceWord> direction) {
        int j = direction.end();
        if (lex.placeWord(t, j).filter(w -> w.value() == PlaceWord.SETTLEMENT).isEmpty()) {
            return false;
        }
        Builder settlement = location(t, j);
        if (settlement == null || settlement.city == null || b.city != null) {
            return false;
        }
        b.city = settlement.city;
        b.cityCountry = settlement.cityCountry;
        if (b.country == null) {
            b.country = settlement.country;
        }
        b.region = Cut.of(t, i, direction.reading(), settlement.end);
        b.end = settlement.end;
        return true;
    }

    /** After a city: {@code جنوب Y}, a country adjective ({@code السويدية}), or {@code في}/{@code ،} + country. */
    private void modifiers(AnalyzedText t, Builder b) {
        if (b.city == null) {
            return;
        }
        if (direction(t, b, b.end)) {
            return;
        }
        Optional<Lexicon.Hit<PlaceName>> adjective = lex.country(t, b.end);
        if (adjective.isPresent() && adjective.get().value().kind() == PlaceName.Kind.COUNTRY_ADJECTIVE
                && Lexicon.plainDefinite(t, b.end)) {
            b.country = adjective.get().value().country();
            b.end = adjective.get().end();
            return;
        }
        int k = b.end;
        boolean separated = Lexicon.word(t, k) && t.tokens().get(k).is("في") || Lexicon.punct(t, k, '،');
        if (separated) {
            Optional<Lexicon.Hit<PlaceName>> country = lex.country(t, k + 1);
            if (country.isPresent() && country.get().value().kind() == PlaceName.Kind.COUNTRY) {
                b.country = country.get().value().country();
                b.countryName = Cut.of(t, k + 1, country.get().reading(), country.get().end());
                b.end = country.get().end();
                return;
            }
        }
        // هيوستن بولاية تكساس، لندن في مقاطعة أونتاريو: the city's state or province
        int r = separated ? k + 1 : k;
        Optional<Lexicon.Hit<PlaceWord>> word = lex.placeWord(t, r);
        if (word.isPresent() && word.get().value() == PlaceWord.REGION && (separated || Lexicon.has(t, r, Clitic.BI))) {
            Optional<Lexicon.Hit<PlaceName>> region = lex.region(t, word.get().end());
            if (region.isPresent()) {
                b.region = Cut.of(t, r, word.get().reading(), region.get().end());
                if (b.country == null && b.cityCountry == null) {
                    b.country = region.get().value().country();
                    b.inferred = true;
                }
                b.end = region.get().end();
            }
        }
    }

    /**
     * A venue's place after it: {@code في مدينة X}, {@code بX}, {@code غرب X}, {@code في X}, reached along what
     * ties the venue to where it lies — a linking participle ({@code الكائن في}, {@code التابعة لـ}), a district
     * or another venue after {@code في}/{@code بـ} ({@code في حي النخيل بمدينة الرياض}), or the body that owns it
     * when a city closes that body's name ({@code التابعة لبلدية أوسلو}).
     */
    private void trailing(AnalyzedText t, Builder b) {
        int k = b.end;
        for (int step = 0; step < MAX_LINKS && k < t.tokens().size() && k - b.first < MAX_VENUE_TOKENS * 2; step++) {
            if (direction(t, b, k)) {
                return;
            }
            Builder after = locationAfter(t, k);
            if (after != null) {
                b.takeLocation(after);
                return;
            }
            if (k > b.end && owner(t, b, k)) {
                return;
            }
            if (ofSettlement(t, b, k)) {
                return;
            }
            int next = link(t, k);
            if (next <= k) {
                break;
            }
            k = next;
        }
        // a known city inside the venue (مقبرة مالمو الشرقية) locates it; a district's own name (بحي المنصورة)
        // does not
        for (int j = b.first; j < b.end; j++) {
            Optional<Lexicon.Hit<PlaceName>> city = lex.city(t, j);
            boolean district = lex.placeWord(t, j - 1).filter(w -> w.value() == PlaceWord.DISTRICT).isPresent();
            if (city.isPresent() && city.get().end() <= b.end && !district) {
                b.city = Cut.of(t, j, city.get().reading(), city.get().end());
                b.cityCountry = city.get().value().country();
                return;
            }
        }
    }

    /**
     * {@code … في الحي الرابع من العاصمة النمساوية فيينا}: من + a settlement named with its word, after a venue;
     * its city is the venue's. False when there is none.
     */
    private boolean ofSettlement(AnalyzedText t, Builder b, int k) {
        if (!Lexicon.word(t, k) || !t.tokens().get(k).is("من")
                || lex.placeWord(t, k + 1).filter(w -> w.value() == PlaceWord.SETTLEMENT).isEmpty()) {
            return false;
        }
        Builder of = location(t, k + 1);
        if (of == null || of.city == null) {
            return false;
        }
        b.takeLocation(of);
        return true;
    }

    /** How many ties a venue's place is followed along: a participle, a district, a second venue. */
    private static final int MAX_LINKS = 4;

    /**
     * Where the tie at token {@code k} after a venue ends: after a linking participle ({@code الكائن}), or after a
     * district or venue set by {@code في} or {@code بـ} ({@code في حي النخيل}, {@code بمبنى البلدية}); {@code k}
     * when there is none.
     */
    private int link(AnalyzedText t, int k) {
        if (lex.placeWord(t, k).filter(w -> w.value() == PlaceWord.LINK).isPresent()) {
            return k + 1;
        }
        int head = Lexicon.word(t, k) && (t.tokens().get(k).is("في") || t.tokens().get(k).is("فى")) ? k + 1
                : Lexicon.has(t, k, Clitic.BI) ? k : -1;
        boolean place = head >= 0 && lex.placeWord(t, head)
                .filter(w -> w.value() == PlaceWord.DISTRICT || w.value() == PlaceWord.VENUE).isPresent();
        return place ? Math.max(head + 1, venueEnd(t, head, false)) : k;
    }

    /**
     * {@code التابعة لبلدية أوسلو}, {@code التابعة للمجلس البلدي لمدينة صفاقس}: after a link, ل + the body that
     * owns the venue, whose name a known city closes; the city is the venue's. False when there is none.
     */
    private boolean owner(AnalyzedText t, Builder b, int k) {
        if (!Lexicon.has(t, k, Clitic.LI) || lex.placeWord(t, k - 1).filter(w -> w.value() == PlaceWord.LINK).isEmpty()) {
            return false;
        }
        int end = NounPhrase.end(t, lex, k, MAX_VENUE_TOKENS);
        if (end < t.tokens().size() && Lexicon.has(t, end, Clitic.LI)) {
            end = lex.city(t, end).map(Lexicon.Hit::end).orElse(end); // للمجلس الجماعي لتيزنيت
        }
        for (int j = k; j < end; j++) {
            Optional<Lexicon.Hit<PlaceName>> city = lex.city(t, j);
            if (city.isPresent() && city.get().end() <= end) {
                b.city = Cut.of(t, j, city.get().reading(), city.get().end());
                b.cityCountry = city.get().value().country();
                b.end = city.get().end();
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a venue's noun phrase starting at token {@code i}: the head, its genitives and adjectives,
     * a quoted name, ب + another venue or organisation ({@code بجامعة كونكورديا}), and districts and
     * venues after في ({@code في ضاحية شيستا}, {@code في مقبرة مالمو الشرقية}).
     */
    private int venueEnd(AnalyzedText t, int i, boolean definiteStart) {
        if (definiteStart && !Lexicon.definite(t, i)) {
            return i;
        }
        int end = eponym(t, NounPhrase.end(t, lex, i, MAX_VENUE_TOKENS));
        if (end == i + 1 && districtName(t, i)) {
            end = NounPhrase.end(t, lex, i + 1, MAX_VENUE_TOKENS); // في منطقة برودميدوس: no ب + رودميدوس
        }
        while (end < t.tokens().size() && end - i < MAX_VENUE_TOKENS) {
            int k = end;
            if (t.tokens().get(k).is("في") || t.tokens().get(k).is("فى")) {
                k++;
            }
            Optional<Lexicon.Hit<PlaceWord>> word = lex.placeWord(t, k);
            boolean inner = word.isPresent()
                    && (word.get().value() == PlaceWord.DISTRICT || word.get().value() == PlaceWord.VENUE);
            boolean joined = k == end && Lexicon.has(t, k, Clitic.BI)
                    && (inner || lex.orgHead(t, k).isPresent());
            if (!(k > end && inner) && !joined) {
                break;
            }
            int next = NounPhrase.end(t, lex, k, MAX_VENUE_TOKENS);
            if (next == k + 1 && districtName(t, k)) {
                // a district's own name, whatever its first letter looks like (ضاحية بانكستاون)
                next = NounPhrase.end(t, lex, k + 1, MAX_VENUE_TOKENS);
            }
            if (next <= k + 1 && !Lexicon.definite(t, k)) {
                break;
            }
            end = next;
        }
        return end;
    }

    /**
     * True when token {@code i} is a district word followed by a word that can only be its own name, whatever its
     * first letter looks like ({@code ضاحية بانكستاون}, {@code منطقة برودميدوس}): no function word, no known place.
     */
    private boolean districtName(AnalyzedText t, int i) {
        return lex.placeWord(t, i).filter(w -> w.value() == PlaceWord.DISTRICT).isPresent()
                && Lexicon.word(t, i + 1) && !t.startsLine(i + 1) && lex.functionWord(t, i + 1).isEmpty()
                && lex.placeName(t, i + 1).isEmpty();
    }

    /** Words of the person a venue is named after ({@code دار الثقافة ابن منظور}), after the title or ابن. */
    private static final int MAX_EPONYM_WORDS = 2;

    /**
     * After a venue's noun phrase ending at {@code end}, the person it is named after: a title or ابن/بن and a
     * name of one or two plain words ({@code المركب الثقافي الشيخ إدريس}, {@code قاعة الشهيد عبد الرقيب});
     * the index after it, or {@code end}.
     */
    private int eponym(AnalyzedText t, int end) {
        if (!Lexicon.word(t, end) || t.startsLine(end) || !t.tokens().get(end).reading().cliticsWithin(Clitic.AL)) {
            return end;
        }
        Token token = t.tokens().get(end);
        int k;
        var title = lex.honorific(t, end);
        if (title.isPresent() && !title.get().value().number().isShared()) {
            k = title.get().end();
        } else if (token.is("ابن") || token.is("بن")) {
            k = end + 1;
        } else {
            return end;
        }
        int names = 0;
        while (names < MAX_EPONYM_WORDS && Lexicon.word(t, k) && !t.startsLine(k)
                && t.tokens().get(k).reading().affixes().isEmpty() && lex.functionWord(t, k).isEmpty()
                && lex.placeName(t, k).isEmpty() && lex.placeWord(t, k).isEmpty() && lex.orgHead(t, k).isEmpty()) {
            k++;
            names++;
        }
        return names == 0 ? end : k;
    }

    /** A place being read; turned into a {@link PlaceMention} by {@link #build()}. */
    private static final class Builder {
        final AnalyzedText t;
        final int first;
        final Reading firstReading;
        int end;
        Cut city;
        String cityCountry;
        String country;
        Cut countryName;
        Cut region;
        boolean inferred;
        Cut venue;
        /** Read as a province named after its city ({@code محافظة دهوك}), which no body's name takes in. */
        boolean province;

        Builder(AnalyzedText t, int first, Reading firstReading) {
            this.t = t;
            this.first = first;
            this.firstReading = firstReading;
        }

        /** Sets what a gazetteer name at the start of the expression is. */
        void name(AnalyzedText text, Lexicon.Hit<PlaceName> hit) {
            Cut cut = Cut.of(text, hit.first(), hit.reading(), hit.end());
            switch (hit.value().kind()) {
                case CITY -> {
                    city = cut;
                    cityCountry = hit.value().country();
                }
                case COUNTRY -> {
                    country = hit.value().country();
                    countryName = cut;
                }
                case REGION -> {
                    region = cut;
                    country = hit.value().country();
                    inferred = true;
                }
                case COUNTRY_ADJECTIVE -> throw new IllegalArgumentException("an adjective is not a place");
            }
        }

        /** Takes the city, country and region of a location read after a venue. */
        void takeLocation(Builder location) {
            city = location.city;
            cityCountry = location.cityCountry;
            country = location.country;
            countryName = location.countryName;
            region = location.region;
            inferred = location.inferred;
            end = location.end;
        }

        PlaceMention build() {
            String code = country;
            boolean fromGazetteer = inferred;
            if (code == null && cityCountry != null) {
                code = cityCountry;
                fromGazetteer = true;
            }
            if (code != null && countryName != null) {
                fromGazetteer = false;
            }
            Cut whole = Cut.of(t, first, firstReading, end);
            return new PlaceMention(Place.builder().city(text(city)).country(code)
                    .countryName(text(countryName)).region(text(region)).venue(text(venue))
                    .inferred(fromGazetteer && code != null).text(whole.text()).span(whole.span()).build(), first, end);
        }

        private static String text(Cut c) {
            return c == null ? null : c.text();
        }
    }

    private static final class Holder {
        static final PlaceTagger STANDARD = new PlaceTagger(Gazetteer.standard());
    }
}
