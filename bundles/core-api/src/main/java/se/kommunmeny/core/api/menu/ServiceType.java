package se.kommunmeny.core.api.menu;

/** The rows of the menu: what kind of service is offered. */
public enum ServiceType {
    MOTIVATING_ADVISORY("Motiverande/Rådgivande", "Motivating/advisory", "Motiverende/rådgivende"),
    TREATING("Behandlande", "Treating", "Behandlende"),
    MAINTAINING("Upprätthållande", "Maintaining", "Fastholdende"),
    WORK_SUPPORT("Arbetsstöd", "Work support", "Beskæftigelsesstøtte"),
    HOUSING_SUPPORT("Bostadsstöd", "Housing support", "Bostøtte"),
    OTHER("Annat", "Other", "Andet");

    private final String swedish;
    private final String english;
    private final String danish;

    ServiceType(String swedish, String english, String danish) {
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
