package org.nashra.parser.internal.frame;

import org.nashra.model.Organization;
import org.nashra.model.Person;
import org.nashra.model.Place;

/**
 * The seam between the frames and the entity taggers: "read the person,
 * organisation or place that starts at this token". Every method reads no
 * further than {@code limit} and returns null when nothing of the kind starts at
 * {@code at}.
 *
 * <pre>{@code
 * Found<Person> p = entities.person(doc, at, doc.clauseEnd(at));
 * if (p != null) attendees.add(p.value());
 * }</pre>
 */
public interface Entities {

    /** Honorifics, name, kunya and a contiguous role ({@code الرفيق رائد فهمي، سكرتير اللجنة المركزية}). */
    Found<Person> person(Doc doc, int at, int limit);

    /**
     * The persons a list starting at {@code at} names when a dual or plural title or role governs it
     * ({@code الرفيقين A عضو …، وB عضو …}), or the one person there; empty when none.
     */
    java.util.List<Found<Person>> persons(Doc doc, int at, int limit);

    /** A person named without any title, as in a list of the elected ({@code سناء الربيعي رئيسةً}); or null. */
    Found<Person> bareName(Doc doc, int at, int limit);

    /** A body named by its head word and what it governs, with organ, branch and trailing place. */
    Found<Organization> organization(Doc doc, int at, int limit);

    /** A city, country, region or venue ({@code في مدينة مالمو جنوب السويد}, {@code على قاعة …}). */
    Found<Place> place(Doc doc, int at, int limit);

    /** Every person the text names with a title, a kunya or a role, in order (lists give one each). */
    java.util.List<Found<Person>> persons(Doc doc);

    /** Every organisation the text names by name (not a bare {@code الرابطة}), in order, not overlapping. */
    java.util.List<Found<Organization>> organizations(Doc doc);

    /** Every place expression of the text, in order, not overlapping (a leading preposition left out). */
    java.util.List<Found<Place>> places(Doc doc);

    /** The ISO 3166-1 alpha-2 code of the country named, or given by an adjective, at token {@code at}; or null. */
    String country(Doc doc, int at);

    /** True when token {@code at} is an honorific or title ({@code الرفيق}, {@code الدكتورة}, {@code السادة}). */
    boolean honorific(Doc doc, int at);

    /** True when token {@code at} is the head of an organisation name ({@code جمعية}, {@code حزب}, {@code اتحاد}). */
    boolean organizationHead(Doc doc, int at);
}
