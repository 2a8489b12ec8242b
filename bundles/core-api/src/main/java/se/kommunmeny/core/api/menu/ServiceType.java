package se.kommunmeny.core.api.menu;

/** The rows of the menu: what kind of service is offered. */
public enum ServiceType {
    MOTIVATING_ADVISORY("Motiverande/Rådgivande", "Motivating/advisory"),
    TREATING("Behandlande", "Treating"),
    MAINTAINING("Upprätthållande", "Maintaining"),
    WORK_SUPPORT("Arbetsstöd", "Work support"),
    HOUSING_SUPPORT("Bostadsstöd", "Housing support"),
    OTHER("Annat", "Other");

    private final String swedish;
    private final String english;

    ServiceType(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    public String label(Language language) {
        return language == Language.EN ? english : swedish;
    }
}
