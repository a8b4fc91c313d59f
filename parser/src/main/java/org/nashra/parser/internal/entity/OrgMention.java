package org.nashra.parser.internal.entity;

import org.nashra.model.Organization;

/**
 * An organisation found in a text, with the tokens the mention covers.
 *
 * <pre>{@code
 * AnalyzedText t = AnalyzedText.of("الهيئة الادارية لجمعية الثقافة العربية في برلين");
 * OrgMention m = OrgTagger.standard().organizationAt(t, 0).orElseThrow();
 * m.organization().organ();          // "الهيئة الادارية"
 * m.organization().name();           // "جمعية الثقافة العربية"
 * m.organization().place().city();   // "برلين"
 * }</pre>
 *
 * @param organization the organisation, its span into the original text
 * @param firstToken   the first token of the mention
 * @param endToken     the token after the last
 * @param anaphoric    true when the name is only a head word or missing ({@code الرابطة}, an organ or a
 *                     branch without its organisation): the caller should resolve it to the named body
 */
public record OrgMention(Organization organization, int firstToken, int endToken, boolean anaphoric)
        implements PartyMention {
    @Override
    public Organization party() {
        return organization;
    }
}
