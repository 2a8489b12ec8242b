package se.kommunmeny.housing.internal;

/** The forms of housing support the survey describes; a configured kind is one of them. */
enum HousingKind {
    /** Socialt kontrakt: a second-hand lease of an ordinary flat with housing support. */
    SOCIAL_CONTRACT("Socialt kontrakt", true, true),
    /** Träningslägenhet: the contract may pass to the tenant after a qualifying period. */
    TRAINING_FLAT("Träningslägenhet", true, true),
    /** Utslussboende: furnished, for a limited stay after treatment. */
    EXIT_FLAT("Utslussboende", true, false),
    /** Stödboende: staffed supported housing. */
    SUPPORTED_HOUSING("Stödboende", true, false),
    /** Härbärge: shelter for the night. */
    SHELTER("Härbärge", true, false),
    /** Kategoriboende: housing set aside for a category of tenants. */
    CATEGORY_HOUSING("Kategoriboende", true, false),
    /** Boendestöd i eget boende: support in the person's own home; no units, a caseload. */
    HOME_SUPPORT("Boendestöd", false, false);

    final String swedishName;
    final boolean hasUnits;
    /** Whether a placement is a second-hand lease unless said otherwise. */
    final boolean secondHandByDefault;

    HousingKind(String swedishName, boolean hasUnits, boolean secondHandByDefault) {
        this.swedishName = swedishName;
        this.hasUnits = hasUnits;
        this.secondHandByDefault = secondHandByDefault;
    }

    /** Whether a placement of this kind can be a second-hand lease at all. */
    boolean allowsLease() {
        return this != HOME_SUPPORT && this != SHELTER;
    }
}
