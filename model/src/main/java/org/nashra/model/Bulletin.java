package org.nashra.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed text: everything the parser found in it. The JSON form is
 * {@code nashra/1} ({@code docs/MODEL.md}).
 *
 * <pre>{@code
 * Bulletin b = Bulletin.builder(Bulletin.Kind.MEETING)
 *         .title("اختتام الاجتماع الموسع")
 *         .meeting(Meeting.builder(Meeting.Type.MEETING).when(when).build())
 *         .build();
 * b.meetings().get(0).when();
 * }</pre>
 *
 * @param kind             genre of the whole text
 * @param title            a headline, or null
 * @param issuer           who speaks or publishes, or null
 * @param dateline         the publication date/place line, or null
 * @param meetings         meetings reported or announced; never null
 * @param greetings        greetings received or sent; never null
 * @param resolutions      decisions, demands, condemnations…; never null
 * @param acknowledgements thanks, praise, appreciation; never null
 * @param elections        bodies elected or posts filled; never null
 * @param electionResults  seats or votes won in public elections; never null
 * @param commemorations   minutes of silence, tributes; never null
 * @param dates            every date/time expression of the text, in order; never null
 * @param source           the input it was parsed from, or null for a bulletin assembled in code
 */
public record Bulletin(Kind kind, String title, Party issuer, When dateline, List<Meeting> meetings,
                       List<Greeting> greetings, List<Resolution> resolutions,
                       List<Acknowledgement> acknowledgements, List<Election> elections,
                       List<ElectionResult> electionResults, List<Commemoration> commemorations,
                       List<When> dates, Source source) {

    /** The format version written in the JSON {@code schema} field. */
    public static final String SCHEMA = "nashra/1";

    /** Genre of the whole text. */
    public enum Kind {
        /** A report or announcement of a meeting. */
        MEETING,
        /** A report or announcement of a conference or congress. */
        CONFERENCE,
        /** A statement or declaration (بيان). */
        STATEMENT,
        /** A greeting (تهنئة، برقية). */
        GREETING,
        /** A condolence (تعزية، نعي). */
        CONDOLENCE,
        /** An invitation (دعوة). */
        INVITATION,
        /** Any other text. */
        OTHER
    }

    /**
     * Validates and copies the fields.
     *
     * @param kind genre of the whole text
     * @param title a headline, or null
     * @param issuer who speaks or publishes, or null
     * @param dateline the publication date/place line, or null
     * @param meetings meetings; null reads as empty
     * @param greetings greetings; null reads as empty
     * @param resolutions resolutions; null reads as empty
     * @param acknowledgements acknowledgements; null reads as empty
     * @param elections elections; null reads as empty
     * @param electionResults election results; null reads as empty
     * @param commemorations commemorations; null reads as empty
     * @param dates date/time expressions in text order; null reads as empty
     * @param source the input it was parsed from, or null
     * @throws NullPointerException if {@code kind} or an element of a list is null
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public Bulletin {
        Checks.required("kind", kind);
        title = Checks.optionalText("title", title);
        meetings = Checks.copy("meetings", meetings);
        greetings = Checks.copy("greetings", greetings);
        resolutions = Checks.copy("resolutions", resolutions);
        acknowledgements = Checks.copy("acknowledgements", acknowledgements);
        elections = Checks.copy("elections", elections);
        electionResults = Checks.copy("electionResults", electionResults);
        commemorations = Checks.copy("commemorations", commemorations);
        dates = Checks.copy("dates", dates);
    }

    /**
     * A builder for a bulletin of the given kind; every other field starts absent or empty.
     *
     * @param kind genre of the whole text; never null
     * @return a new builder
     */
    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /**
     * A builder holding this bulletin's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind).title(title).issuer(issuer).dateline(dateline).source(source);
        b.meetings.addAll(meetings);
        b.greetings.addAll(greetings);
        b.resolutions.addAll(resolutions);
        b.acknowledgements.addAll(acknowledgements);
        b.elections.addAll(elections);
        b.electionResults.addAll(electionResults);
        b.commemorations.addAll(commemorations);
        b.dates.addAll(dates);
        return b;
    }

    /** Assembles a {@link Bulletin}; not thread-safe. Adders append in call order. */
    public static final class Builder {
        private Kind kind;
        private String title;
        private Party issuer;
        private When dateline;
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Greeting> greetings = new ArrayList<>();
        private final List<Resolution> resolutions = new ArrayList<>();
        private final List<Acknowledgement> acknowledgements = new ArrayList<>();
        private final List<Election> elections = new ArrayList<>();
        private final List<ElectionResult> electionResults = new ArrayList<>();
        private final List<Commemoration> commemorations = new ArrayList<>();
        private final List<When> dates = new ArrayList<>();
        private Source source;

        private Builder(Kind kind) {
            this.kind = Checks.required("kind", kind);
        }

        /**
         * Sets the genre of the whole text; never null.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(Kind value) { this.kind = Checks.required("kind", value); return this; }
        /**
         * Sets the headline; null for none.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) { this.title = value; return this; }
        /**
         * Sets who speaks or publishes; null leaves it unknown.
         *
         * @param value the issuer
         * @return this builder
         */
        public Builder issuer(Party value) { this.issuer = value; return this; }
        /**
         * Sets the publication date/place line; null for none.
         *
         * @param value the dateline
         * @return this builder
         */
        public Builder dateline(When value) { this.dateline = value; return this; }
        /**
         * Adds a meeting reported or announced.
         *
         * @param value the meeting; never null
         * @return this builder
         */
        public Builder meeting(Meeting value) { meetings.add(Checks.required("meeting", value)); return this; }
        /**
         * Replaces the meetings with {@code values}.
         *
         * @param values the meetings; none may be null
         * @return this builder
         */
        public Builder meetings(List<Meeting> values) { meetings.clear(); values.forEach(this::meeting); return this; }
        /**
         * Adds a greeting received or sent.
         *
         * @param value the greeting; never null
         * @return this builder
         */
        public Builder greeting(Greeting value) { greetings.add(Checks.required("greeting", value)); return this; }
        /**
         * Replaces the greetings with {@code values}.
         *
         * @param values the greetings; none may be null
         * @return this builder
         */
        public Builder greetings(List<Greeting> values) { greetings.clear(); values.forEach(this::greeting); return this; }
        /**
         * Adds a decision, demand or condemnation.
         *
         * @param value the resolution; never null
         * @return this builder
         */
        public Builder resolution(Resolution value) { resolutions.add(Checks.required("resolution", value)); return this; }
        /**
         * Replaces the resolutions with {@code values}.
         *
         * @param values the resolutions; none may be null
         * @return this builder
         */
        public Builder resolutions(List<Resolution> values) { resolutions.clear(); values.forEach(this::resolution); return this; }
        /**
         * Adds thanks, praise or appreciation.
         *
         * @param value the acknowledgement; never null
         * @return this builder
         */
        public Builder acknowledgement(Acknowledgement value) {
            acknowledgements.add(Checks.required("acknowledgement", value));
            return this;
        }
        /**
         * Replaces the acknowledgements with {@code values}.
         *
         * @param values the acknowledgements; none may be null
         * @return this builder
         */
        public Builder acknowledgements(List<Acknowledgement> values) {
            acknowledgements.clear();
            values.forEach(this::acknowledgement);
            return this;
        }
        /**
         * Adds a body elected or a post filled.
         *
         * @param value the election; never null
         * @return this builder
         */
        public Builder election(Election value) { elections.add(Checks.required("election", value)); return this; }
        /**
         * Replaces the elections with {@code values}.
         *
         * @param values the elections; none may be null
         * @return this builder
         */
        public Builder elections(List<Election> values) { elections.clear(); values.forEach(this::election); return this; }
        /**
         * Adds seats or votes won in a public election.
         *
         * @param value the result; never null
         * @return this builder
         */
        public Builder electionResult(ElectionResult value) {
            electionResults.add(Checks.required("electionResult", value));
            return this;
        }
        /**
         * Replaces the election results with {@code values}.
         *
         * @param values the election results; none may be null
         * @return this builder
         */
        public Builder electionResults(List<ElectionResult> values) {
            electionResults.clear();
            values.forEach(this::electionResult);
            return this;
        }
        /**
         * Adds a minute of silence or a tribute.
         *
         * @param value the commemoration; never null
         * @return this builder
         */
        public Builder commemoration(Commemoration value) {
            commemorations.add(Checks.required("commemoration", value));
            return this;
        }
        /**
         * Replaces the commemorations with {@code values}.
         *
         * @param values the commemorations; none may be null
         * @return this builder
         */
        public Builder commemorations(List<Commemoration> values) {
            commemorations.clear();
            values.forEach(this::commemoration);
            return this;
        }
        /**
         * Adds a date/time expression; add them in text order.
         *
         * @param value the date; never null
         * @return this builder
         */
        public Builder date(When value) { dates.add(Checks.required("date", value)); return this; }
        /**
         * Replaces the dates with {@code values}.
         *
         * @param values the dates; none may be null
         * @return this builder
         */
        public Builder dates(List<When> values) { dates.clear(); values.forEach(this::date); return this; }
        /**
         * Sets the input it was parsed from; null for a bulletin assembled in code.
         *
         * @param value the source
         * @return this builder
         */
        public Builder source(Source value) { this.source = value; return this; }

        /**
         * Builds the bulletin, validated as by its constructor.
         *
         * @return the bulletin
         */
        public Bulletin build() {
            return new Bulletin(kind, title, issuer, dateline, meetings, greetings, resolutions, acknowledgements,
                    elections, electionResults, commemorations, dates, source);
        }
    }
}
