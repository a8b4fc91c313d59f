package org.nashra.parser.internal.entity;

/** Something a tagger found, covering tokens {@code [firstToken(), endToken())} of its text. */
public sealed interface Mention permits PlaceMention, PartyMention {
    int firstToken();

    /** The token after the mention's last one; where a caller goes on reading. */
    int endToken();
}
