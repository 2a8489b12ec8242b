package se.kommunmeny.core.api.menu;

/** The columns of the menu: who the service is for. */
public enum TargetGroup {
    ADULT_MEN(Band.ADULTS, "Män", "Men"),
    ADULT_WOMEN(Band.ADULTS, "Kvinnor", "Women"),
    YOUNG_ADULT_MEN(Band.YOUNG_ADULTS, "Män", "Men"),
    YOUNG_ADULT_WOMEN(Band.YOUNG_ADULTS, "Kvinnor", "Women"),
    RELATIVES_ADULTS(Band.RELATIVES, "Vuxna", "Adults"),
    RELATIVES_CHILDREN(Band.RELATIVES, "Barn", "Children");

    /** The column groups of the survey's table. */
    public enum Band {
        ADULTS("Vuxna", "Adults"),
        YOUNG_ADULTS("Unga vuxna", "Young adults"),
        RELATIVES("Anhöriga", "Relatives");

        private final String swedish;
        private final String english;

        Band(String swedish, String english) {
            this.swedish = swedish;
            this.english = english;
        }

        public String label(Language language) {
            return language == Language.EN ? english : swedish;
        }
    }

    private final Band band;
    private final String swedish;
    private final String english;

    TargetGroup(Band band, String swedish, String english) {
        this.band = band;
        this.swedish = swedish;
        this.english = english;
    }

    public Band band() {
        return band;
    }

    public String label(Language language) {
        return language == Language.EN ? english : swedish;
    }
}
