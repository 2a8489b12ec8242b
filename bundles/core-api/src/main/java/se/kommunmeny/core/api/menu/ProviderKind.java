package se.kommunmeny.core.api.menu;

/** Who provides a service on the menu. */
public enum ProviderKind {
    OWN("Egen regi", "Own", "Egen drift"),
    PARTNER_MUNICIPALITY("Samverkan med annan kommun", "Partner municipality", "Samarbejde med anden kommune"),
    PURCHASED("Köpt", "Purchased", "Købt"),
    /**
     * Another organisation: a region (landsting) the municipality works with, or an independent organisation active
     * in the municipality (AA, NA, RIA/Hela Människan). Not a municipal service and not a partner municipality.
     */
    OTHER_ORGANISATION("Annan huvudman", "Other organisation", "Anden aktør");

    private final String swedish;
    private final String english;
    private final String danish;

    ProviderKind(String swedish, String english, String danish) {
        this.swedish = swedish;
        this.english = english;
        this.danish = danish;
    }

    public String label(Language language) {
        return switch (language) {
            case EN -> english;
            case DA -> danish;
            default -> swedish;
        };
    }
}
