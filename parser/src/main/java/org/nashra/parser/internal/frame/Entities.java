package org.nashra.parser.internal.frame;

import java.util.List;
import java.util.Optional;
import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Place;
import org.nashra.parser.internal.entity.OrgMention;
import org.nashra.parser.internal.entity.OrgTagger;
import org.nashra.parser.internal.entity.PersonMention;
import org.nashra.parser.internal.entity.PersonTagger;
import org.nashra.parser.internal.entity.PlaceMention;
import org.nashra.parser.internal.entity.PlaceTagger;
import org.nashra.parser.internal.gazetteer.Gazetteer;
import org.nashra.parser.internal.text.Reading;
import org.nashra.parser.internal.text.Token;

/**
 * The entity taggers of {@code internal.entity} as the frames ask them: "read the person,
 * organisation or place that starts at this token", on the same token indices as the {@link Doc}.
 * Every method reads no further than {@code limit} and returns null (or an empty list) when nothing
 * of the kind starts at {@code at}. Thread-safe.
 *
 * <pre>{@code
 * Entities e = Entities.standard();
 * Found<Organization> o = e.organization(doc, 4, doc.clauseEnd(4));
 * o.value().name();   // "جمعية الثقافة العربية"
 * }</pre>
 */
public final class Entities {
    private static final Entities STANDARD = new Entities();

    private final OrgTagger orgs = OrgTagger.standard();
    private final PlaceTagger places = PlaceTagger.standard();
    private final Gazetteer gazetteer = Gazetteer.standard();
    private final PersonTagger persons = PersonTagger.standard();

    /** The questions whose answers a doc keeps per token ({@link Doc#memo}): frames ask them at the same tokens. */
    private enum Question { PERSON, BARE_NAME, ORGANIZATION }

    private Entities() {
    }

    /** The taggers over the standard gazetteer. */
    public static Entities standard() {
        return STANDARD;
    }

    public Found<Person> person(Doc doc, int at, int limit) {
        return found(doc.memo(Question.PERSON, at, k -> persons.personAt(doc.analyzed(), k)), limit);
    }

    public java.util.List<Found<Person>> persons(Doc doc, int at, int limit) {
        java.util.List<Found<Person>> out = new java.util.ArrayList<>();
        for (PersonMention m : persons.personsAt(doc.analyzed(), at)) {
            if (m.endToken() > limit) {
                break;
            }
            out.add(new Found<>(m.person(), m.firstToken(), m.endToken()));
        }
        return out;
    }

    public Found<Person> bareName(Doc doc, int at, int limit) {
        return found(doc.memo(Question.BARE_NAME, at, k -> persons.personAt(doc.analyzed(), k, true)), limit);
    }

    private static Found<Person> found(Optional<PersonMention> m, int limit) {
        if (m.isEmpty() || m.get().endToken() > limit) {
            return null;
        }
        return new Found<>(m.get().person(), m.get().firstToken(), m.get().endToken());
    }

    public Found<Organization> organization(Doc doc, int at, int limit) {
        Optional<OrgMention> m = organizationAt(doc, at);
        if (m.isEmpty() || m.get().endToken() > limit) {
            return null;
        }
        return new Found<>(m.get().organization(), m.get().firstToken(), m.get().endToken());
    }

    private Optional<OrgMention> organizationAt(Doc doc, int at) {
        return doc.memo(Question.ORGANIZATION, at, k -> orgs.organizationAt(doc.analyzed(), k));
    }

    /**
     * The party a body's mention stands for as an actor: a community without an organ of its own ({@code الجالية
     * العراقية في اونتاريو}) is the group of people as written, place and all; any other body is itself.
     */
    public org.nashra.model.Party actor(Doc doc, Organization o) {
        if (o == null || o.organ() != null || o.branch() != null || o.span() == null) {
            return o;
        }
        int at = doc.tokenAt(o.span().start());
        if (at < 0 || at >= doc.size() || !orgs.community(doc.analyzed(), at)) {
            return o;
        }
        return new org.nashra.model.Group(doc.text(o.span()), o.span());
    }

    /** True when the organisation at {@code at} is a bare head, organ or branch to resolve ({@code الرابطة}). */
    public boolean anaphoric(Doc doc, int at) {
        return organizationAt(doc, at).map(OrgMention::anaphoric).orElse(false);
    }

    public Found<Place> place(Doc doc, int at, int limit) {
        Optional<PlaceMention> m = places.placeAt(doc.analyzed(), at);
        if (m.isEmpty() || m.get().endToken() > limit) {
            return null;
        }
        return new Found<>(m.get().place(), m.get().firstToken(), m.get().endToken());
    }

    public java.util.List<Found<Person>> persons(Doc doc) {
        return persons.persons(doc.analyzed()).stream()
                .map(m -> new Found<>(m.person(), m.firstToken(), m.endToken())).toList();
    }

    public java.util.List<Found<Organization>> organizations(Doc doc) {
        return orgs.organizations(doc.analyzed()).stream().filter(m -> !m.anaphoric())
                .map(m -> new Found<>(m.organization(), m.firstToken(), m.endToken())).toList();
    }

    public java.util.List<Found<Place>> places(Doc doc) {
        return places.places(doc.analyzed()).stream()
                .map(m -> new Found<>(m.place(), m.firstToken(), m.endToken())).toList();
    }

    /** A dateline city at token {@code at} ({@code لندن –}), or null. */
    public Found<Place> dateline(Doc doc, int at) {
        return places.datelineAt(doc.analyzed(), at)
                .map(m -> new Found<>(m.place(), m.firstToken(), m.endToken())).orElse(null);
    }

    public String country(Doc doc, int at) {
        return places.placeNameAt(doc.analyzed(), at)
                .map(m -> m.place().country()).orElse(null);
    }

    /** The country code a country adjective at {@code at} names ({@code الوفد القطري}), or null. */
    public String adjectiveCountry(Doc doc, int at) {
        return places.adjectiveCountryAt(doc.analyzed(), at).orElse(null);
    }

    /** A known city, country or region name at {@code at} ({@code فرع بولندا}), or null. */
    public Found<Place> placeName(Doc doc, int at) {
        return places.placeNameAt(doc.analyzed(), at)
                .map(m -> new Found<>(m.place(), m.firstToken(), m.endToken())).orElse(null);
    }

    /**
     * True when token {@code at} is a word that can begin a phrase of one of the gazetteer's lists {@code lists}
     * ({@link Gazetteer#ROLES} …): most tokens begin none, and the look-ups below are skipped for them.
     */
    private boolean begins(Doc doc, int at, int lists) {
        return doc.word(at) && (gazetteer.heads(doc.analyzed(), at) & lists) != 0;
    }

    public boolean honorific(Doc doc, int at) {
        if (!begins(doc, at, Gazetteer.HONORIFICS)) {
            return false;
        }
        List<Reading> readings = doc.tok(at).readings();
        for (int k = 0; k < readings.size(); k++) {
            Reading r = readings.get(k);
            if (gazetteer.honorifics().get(r.definiteForm()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code at} is a title of address with a second person suffix ({@code قداستكم}, {@code معاليكم}):
     * the person the text speaks to.
     */
    public boolean titleOfAddress(Doc doc, int at) {
        String f = doc.form(at);
        if (!doc.word(at) || !f.endsWith("كم") || f.length() < 5) {
            return false;
        }
        String base = f.substring(0, f.length() - 2);
        base = base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ه" : base;
        return gazetteer.honorifics().get(base).isPresent();
    }

    /** True when token {@code at} is a listed given name ({@code سعد}, {@code أحمد}): a name word, though it reads as a verb too. */
    public boolean givenName(Doc doc, int at) {
        return persons.givenName(doc.analyzed(), at);
    }

    /** True when {@code word} is a listed given name ({@code وضاح}). */
    public boolean givenName(String word) {
        return gazetteer.isGivenName(word);
    }

    /** True when token {@code at} is a role word of any number ({@code مفوض}, {@code نائبي}): no word of a name. */
    public boolean role(Doc doc, int at) {
        if (!begins(doc, at, Gazetteer.ROLES)) {
            return false;
        }
        for (Reading r : doc.tok(at).readings()) {
            if (gazetteer.roles().get(r.stem()).isPresent() || gazetteer.roles().get(r.definiteForm()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code at} heads an office ({@code القنصل}, {@code عريف}), not a profession ({@code الشاعرة}):
     * an office with its genitive names one holder, a profession anyone who practises it.
     */
    public boolean office(Doc doc, int at) {
        if (!begins(doc, at, Gazetteer.ROLES)) {
            return false;
        }
        for (Reading r : doc.tok(at).readings()) {
            for (String form : new String[] {r.stem(), r.definiteForm()}) {
                var title = gazetteer.roles().get(form);
                if (title.isPresent() && title.get().kind() == org.nashra.parser.internal.gazetteer.Title.Kind.ROLE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when token {@code at} is a plural role or title ({@code أعضاء}, {@code السادة}): it names a group. */
    public boolean pluralRole(Doc doc, int at) {
        if (!begins(doc, at, Gazetteer.ROLES | Gazetteer.HONORIFICS)) {
            return false;
        }
        for (Reading r : doc.tok(at).readings()) {
            for (String form : new String[] {r.stem(), r.definiteForm()}) {
                var title = gazetteer.roles().get(form).or(() -> gazetteer.honorifics().get(form));
                if (title.isPresent() && title.get().number() == org.nashra.parser.internal.gazetteer.GrammaticalNumber.PLURAL) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when token {@code at} is a definite listed adjective or a feminine nisba ({@code الحارة}, {@code القلبية}):
     * a word that qualifies the noun before it rather than naming someone.
     */
    public boolean qualifier(Doc doc, int at) {
        if (!doc.word(at)) {
            return false;
        }
        for (Reading r : doc.tok(at).readings()) {
            String d = r.definiteForm();
            if (r.definite() && (gazetteer.isListedAdjective(d) || d.endsWith("يه") && d.length() > 6)) {
                return true;
            }
        }
        return false;
    }

    public boolean organizationHead(Doc doc, int at) {
        if (!begins(doc, at, Gazetteer.ORGANISATIONS)) {
            return false;
        }
        Token t = doc.tok(at);
        for (Reading r : t.readings()) {
            if (gazetteer.organisations().get(r.stem()).isPresent()
                    || gazetteer.organisations().get(r.definiteForm()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
