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
    public enum Type {
        /** A meeting (اجتماع). */
        MEETING,
        /** A conference (مؤتمر) that is not a statutory congress. */
        CONFERENCE,
        /** A numbered statutory congress that elects a leadership. */
        CONGRESS,
        /** A session (جلسة) reported on its own. */
        SESSION,
        /** A seminar or lecture (ندوة). */
        SEMINAR,
        /** An assembly or plenum (جمعية، اجتماع موسع). */
        ASSEMBLY,
        /** A celebration, festival or other public event. */
        EVENT,
        /** Any other gathering. */
        OTHER
    }

    /** Which session of a gathering: {@code الجلسة الختامية} is {@code CLOSING}. */
    public enum Session {
        /** The opening session. */
        OPENING,
        /** The closing session. */
        CLOSING,
        /** An extraordinary session. */
        EXTRAORDINARY,
        /** A regular (ordinary) session. */
        REGULAR
    }

    /**
     * Validates and copies the fields.
     *
     * @param type what kind of gathering
     * @param name its name as written, or null
     * @param ordinal 1 or more, or null
     * @param session which session, or null
     * @param organizer the body whose meeting it is, or null
     * @param convenedBy who met, or null
     * @param when the date of the session reported, or null
     * @param where where it took place, or null
     * @param attendees guests and officials; null reads as empty
     * @param delegations delegations that took part; null reads as empty
     * @param absentees those that could not attend; null reads as empty
     * @param topics what was discussed; null reads as empty
     * @param span the phrase naming the gathering, or null
     * @throws NullPointerException if {@code type} or an element of a list is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code ordinal} is below 1
     */
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

    /**
     * A builder for a meeting of the given type; every other field starts absent or empty.
     *
     * @param type what kind of gathering; never null
     * @return a new builder
     */
    public static Builder builder(Type type) {
        return new Builder(type);
    }

    /**
     * A builder holding this meeting's values, to derive a changed copy.
     *
     * @return a new builder
     */
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

        /**
         * Sets what kind of gathering; never null.
         *
         * @param value the type
         * @return this builder
         */
        public Builder type(Type value) { this.type = Checks.required("type", value); return this; }
        /**
         * Sets the name as written; null leaves it unknown.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) { this.name = value; return this; }
        /**
         * Sets the ordinal, 7 for {@code المؤتمر السابع}; null for none.
         *
         * @param value 1 or more
         * @return this builder
         */
        public Builder ordinal(Integer value) { this.ordinal = value; return this; }
        /**
         * Sets which session; null leaves it unknown.
         *
         * @param value the session
         * @return this builder
         */
        public Builder session(Session value) { this.session = value; return this; }
        /**
         * Sets the body whose meeting it is; null leaves it unknown.
         *
         * @param value the organizer
         * @return this builder
         */
        public Builder organizer(Party value) { this.organizer = value; return this; }
        /**
         * Sets who met, when the text names them apart from the organizer; null otherwise.
         *
         * @param value who met
         * @return this builder
         */
        public Builder convenedBy(Party value) { this.convenedBy = value; return this; }
        /**
         * Sets the date of the session reported; null leaves it unknown.
         *
         * @param value the date
         * @return this builder
         */
        public Builder when(When value) { this.when = value; return this; }
        /**
         * Sets where it took place; null leaves it unknown.
         *
         * @param value the place
         * @return this builder
         */
        public Builder where(Place value) { this.where = value; return this; }
        /**
         * Adds a named or titled guest or official.
         *
         * @param value the person; never null
         * @return this builder
         */
        public Builder attendee(Person value) { attendees.add(Checks.required("attendee", value)); return this; }
        /**
         * Replaces the attendees with {@code values}.
         *
         * @param values the attendees; none may be null
         * @return this builder
         */
        public Builder attendees(List<Person> values) { attendees.clear(); values.forEach(this::attendee); return this; }
        /**
         * Adds a delegation that took part.
         *
         * @param value the delegation; never null
         * @return this builder
         */
        public Builder delegation(Delegation value) { delegations.add(Checks.required("delegation", value)); return this; }
        /**
         * Replaces the delegations with {@code values}.
         *
         * @param values the delegations; none may be null
         * @return this builder
         */
        public Builder delegations(List<Delegation> values) { delegations.clear(); values.forEach(this::delegation); return this; }
        /**
         * Adds a delegation that could not attend.
         *
         * @param value the delegation; never null
         * @return this builder
         */
        public Builder absentee(Delegation value) { absentees.add(Checks.required("absentee", value)); return this; }
        /**
         * Replaces the absentees with {@code values}.
         *
         * @param values the absentees; none may be null
         * @return this builder
         */
        public Builder absentees(List<Delegation> values) { absentees.clear(); values.forEach(this::absentee); return this; }
        /**
         * Adds an item discussed.
         *
         * @param value the topic; never null
         * @return this builder
         */
        public Builder topic(Topic value) { topics.add(Checks.required("topic", value)); return this; }
        /**
         * Replaces the topics with {@code values}.
         *
         * @param values the topics; none may be null
         * @return this builder
         */
        public Builder topics(List<Topic> values) { topics.clear(); values.forEach(this::topic); return this; }
        /**
         * Sets the phrase naming the gathering; null for a value not read from a text.
         *
         * @param value the span
         * @return this builder
         */
        public Builder span(Span value) { this.span = value; return this; }

        /**
         * Builds the meeting, validated as by its constructor.
         *
         * @return the meeting
         */
        public Meeting build() {
            return new Meeting(type, name, ordinal, session, organizer, convenedBy, when, where,
                    attendees, delegations, absentees, topics, span);
        }
    }
}
