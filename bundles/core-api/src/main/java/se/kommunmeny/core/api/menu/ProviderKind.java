package se.kommunmeny.core.api.menu;

/** Who provides a service on the menu. */
public enum ProviderKind {
    OWN("Egen regi", "Own"),
    PARTNER_MUNICIPALITY("Samverkan med annan kommun", "Partner municipality"),
    PURCHASED("Köpt", "Purchased");

    private final String swedish;
    private final String english;

    ProviderKind(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String label(Language language) {
        return language == Language.EN ? english : swedish;
    }
}
