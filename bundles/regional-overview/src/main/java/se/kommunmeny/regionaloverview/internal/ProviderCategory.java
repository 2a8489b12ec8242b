package se.kommunmeny.regionaloverview.internal;

import se.kommunmeny.core.api.menu.Language;

/**
 * Who provides a service, as platforms report it. The core's {@code ProviderKind} plus
 * {@link #OTHER_ORGANISATION}, which platforms of a newer version send; this offering must read both.
 */
public enum ProviderCategory {
    OWN("Egen regi", "Own"),
    PARTNER_MUNICIPALITY("Samverkan med annan kommun", "Partner municipality"),
    PURCHASED("K\u00f6pt", "Purchased"),
    /** A region (landsting) or a voluntary organisation. */
    OTHER_ORGANISATION("Annan organisation", "Other organisation");

    private final String swedish;
    private final String english;

    ProviderCategory(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String label(Language language) {
        return language == Language.EN ? english : swedish;
    }
}
