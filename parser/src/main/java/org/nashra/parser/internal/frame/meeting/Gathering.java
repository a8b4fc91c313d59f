package org.nashra.parser.internal.frame.meeting;

import org.nashra.model.Meeting;
import org.nashra.model.Party;

/**
 * A gathering named in the text ({@code اجتماعاً}, {@code الجلسة الختامية للمؤتمر السابع لرابطة …},
 * {@code الأمسية التي تقيمها …}) and how the text relates to it.
 *
 * @param at         the gathering noun
 * @param end        the token after its naming phrase (adjectives, ordinal, genitive organisation)
 * @param type       the kind of gathering the noun names
 * @param ordinal    {@code السابع} → 7, or null
 * @param session    a session adjective ({@code الختامية}), or null
 * @param annual     an adjective stood between noun and ordinal ({@code الثقافي الثاني}): a thematic series
 * @param status     reported, announced, anchor or reference
 * @param verb       the verb that holds the gathering ({@code عقد}, {@code انعقدت}, {@code تقيمه}), or -1
 * @param organizer  the body whose gathering it is, when the mention names it, or null
 * @param convenedBy who met, when named apart from the organizer ({@code سكرتاريو منظمات الحزب}), or null
 * @param named      true when the phrase is a name (an ordinal, a genitive body, a festival's title)
 * @param headline   true when the mention stands in a heading line
 */
record Gathering(int at, int end, Meeting.Type type, Integer ordinal, Meeting.Session session, boolean annual,
                 Status status, int verb, Party organizer, Party convenedBy, boolean named, boolean headline) {

    /** How the text relates to a gathering. */
    enum Status {
        /** Held and reported: {@code عقد … اجتماعاً}, {@code اختتم المؤتمر اعماله}. */
        REPORTED,
        /** Still to come: {@code المؤتمر القادم}, {@code الاعتصام الذي سيقام}, {@code لحضور الندوة}. */
        ANNOUNCED,
        /** A past one named in passing: {@code منذ اجتماع …}, {@code الأمسية التي أقامتها …}. */
        ANCHOR,
        /** Another mention of one already named: {@code الاجتماع}, {@code الجلسة الافتتاحية}. */
        REFERENCE
    }

    Gathering with(Status s) {
        return new Gathering(at, end, type, ordinal, session, annual, s, verb, organizer, convenedBy, named, headline);
    }
}
