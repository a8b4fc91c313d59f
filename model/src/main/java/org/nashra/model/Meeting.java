package org.nashra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A meeting, conference, session or event that the text reports or announces.
 *
 * <pre>{@code
 * Meeting congress = Meeting.builder(Meeting.Type.CONGRESS)
 *         .name("المؤتمر السابع لرابطة الانصار الشيوعيين العراقيين")
 *         .ordinal(7)
 *         .when(when)
 *         .attendee(person)
 *         .build();
 * }</pre>
 *
 * @param type        what kind of gathering
 * @param name        its name as written, or null
 * @param ordinal     7 for {@code المؤتمر السابع}, or null
 * @param session     which session, or null
 * @param organizer   the body whose meeting it is, or null
 * @param convenedBy  who met, when the text names them apart from the organizer, or null
 * @param when        the date of the session reported, or null
 * @param where       where it took place, or null
 * @param attendees   named or titled guests and officials; never null
 * @param delegations delegations that took part; never null
 * @param absentees   those that could not attend; never null
 * @param topics      what was discussed, one per item; never null
 * @param span        the phrase naming the gathering; null for a value not read from a text
 */
public record Meeting(Type type, String name, Integer ordinal, Session session, Party organizer, Party convenedBy,
                      When when, Place where, List<Person> attendees, List<Delegation> delegations,
                      List<Delegation> absentees, List<Topic> topics, Span span) {

    /** What kind of gathering. {@code CONGRESS} is a numbered statutory congress that elects a leadership. */
    public enum Type { MEETING, CONFERENCE, CONGRESS, SESSION, SEMINAR, ASSEMBLY, EVENT, OTHER }

    /** Which session of a gathering: {@code الجلسة الختامية} is {@code CLOSING}. */
    public enum Session { OPENING, CLOSING, EXTRAORDINARY, REGULAR }

    public Meeting {
        Checks.required("type", type);
        name = Checks.optionalText("name", name);
        if (ordinal != null && ordinal < 1) {
            throw new IllegalArgumentException("ordinal " + ordinal + " is not 1 or more");
        }
        attendees = Checks.copy("attendees", attendees);
        delegations = Checks.copy("delegations", delegations);
        absentees = Checks.copy("absentees", absentees);
        topics = Checks.copy("topics", topics);
    }

    /** A builder for a meeting of the given type; every other field starts absent or empty. */
    public static Builder builder(Type type) {
        return new Builder(type);
    }

    /** A builder holding this meeting's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.name = name;
        b.ordinal = ordinal;
        b.session = session;
        b.organizer = organizer;
        b.convenedBy = convenedBy;
        b.when = when;
        b.where = where;
        b.attendees.addAll(attendees);
        b.delegations.addAll(delegations);
        b.absentees.addAll(absentees);
        b.topics.addAll(topics);
        b.span = span;
        return b;
    }

    /** Assembles a {@link Meeting}; not thread-safe, build once. */
    public static final class Builder {
        private Type type;
        private String name;
        private Integer ordinal;
        private Session session;
        private Party organizer;
        private Party convenedBy;
        private When when;
        private Place where;
        private final ArrayList<Person> attendees = new ArrayList<>();
        private final ArrayList<Delegation> delegations = new ArrayList<>();
        private final ArrayList<Delegation> absentees = new ArrayList<>();
        private final ArrayList<Topic> topics = new ArrayList<>();
        private Span span;

        private Builder(Type type) {
            this.type = Checks.required("type", type);
        }

        public Builder type(Type value) { this.type = Checks.required("type", value); return this; }
        public Builder name(String value) { this.name = value; return this; }
        public Builder ordinal(Integer value) { this.ordinal = value; return this; }
        public Builder session(Session value) { this.session = value; return this; }
        public Builder organizer(Party value) { this.organizer = value; return this; }
        public Builder convenedBy(Party value) { this.convenedBy = value; return this; }
        public Builder when(When value) { this.when = value; return this; }
        public Builder where(Place value) { this.where = value; return this; }
        public Builder attendee(Person value) { attendees.add(Checks.required("attendee", value)); return this; }
        /** Replaces the attendees with {@code values}. */
        public Builder attendees(List<Person> values) { attendees.clear(); values.forEach(this::attendee); return this; }
        public Builder delegation(Delegation value) { delegations.add(Checks.required("delegation", value)); return this; }
        /** Replaces the delegations with {@code values}. */
        public Builder delegations(List<Delegation> values) { delegations.clear(); values.forEach(this::delegation); return this; }
        public Builder absentee(Delegation value) { absentees.add(Checks.required("absentee", value)); return this; }
        /** Replaces the absentees with {@code values}. */
        public Builder absentees(List<Delegation> values) { absentees.clear(); values.forEach(this::absentee); return this; }
        public Builder topic(Topic value) { topics.add(Checks.required("topic", value)); return this; }
        /** Replaces the topics with {@code values}. */
        public Builder topics(List<Topic> values) { topics.clear(); values.forEach(this::topic); return this; }
        public Builder span(Span value) { this.span = value; return this; }

        public Meeting build() {
            return new Meeting(type, name, ordinal, session, organizer, convenedBy, when, where,
                    attendees, delegations, absentees, topics, span);
        }
    }
}
