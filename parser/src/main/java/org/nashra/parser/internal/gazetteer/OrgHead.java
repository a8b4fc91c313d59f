package org.nashra.parser.internal.gazetteer;

/**
 * A word or phrase that begins an organisation's name, an organ of one, or a branch.
 *
 * <pre>{@code
 * OrgHead league = new OrgHead(OrgHead.Kind.ORGANIZATION);  // رابطة
 * OrgHead board = new OrgHead(OrgHead.Kind.ORGAN);          // الهيئة الادارية
 * }</pre>
 *
 * @param kind organisation, organ or branch
 */
public record OrgHead(Kind kind) {
    /** The kinds of heads. */
    public enum Kind {
        /** A body: its name starts here (جمعية، حزب). */
        ORGANIZATION,
        /**
         * A community named by its origin (جالية): read as an organisation's name, a group of people when it acts
         * without an organ of its own.
         */
        COMMUNITY,
        /** A body inside an organisation, followed by (ل)+ the organisation (الهيئة الادارية، ادارة). */
        ORGAN,
        /** A branch designation: فرع X, or followed by ل + the organisation (المركز العام). */
        BRANCH
    }
}
