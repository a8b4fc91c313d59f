package org.nashra.parser.internal.entity;

import org.nashra.model.Party;

/** A person or an organisation found in a text. */
public sealed interface PartyMention extends Mention permits PersonMention, OrgMention {
    /** The model value, its span into the original text. */
    Party party();
}
