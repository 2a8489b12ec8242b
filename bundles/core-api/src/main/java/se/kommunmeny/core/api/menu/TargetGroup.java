package se.kommunmeny.core.api.menu;

/** The columns of the menu: who the service is for. */
public enum TargetGroup {
    ADULT_MEN(Band.ADULTS, "Män", "Men", "Mænd"),
    ADULT_WOMEN(Band.ADULTS, "Kvinnor", "Women", "Kvinder"),
    YOUNG_ADULT_MEN(Band.YOUNG_ADULTS, "Män", "Men", "Mænd"),
    YOUNG_ADULT_WOMEN(Band.YOUNG_ADULTS, "Kvinnor", "Women", "Kvinder"),
    RELATIVES_ADULTS(Band.RELATIVES, "Vuxna", "Adults", "Voksne"),
    RELATIVES_CHILDREN(Band.RELATIVES, "Barn", "Children", "Børn");

    /** The column groups of the survey's table. */
    public enum Band {
        ADULTS("Vuxna", "Adults", "Voksne"),
        YOUNG_ADULTS("Unga vuxna", "Young adults", "Unge voksne"),
        RELATIVES("Anhöriga", "Relatives", "Pårørende");

        private final String swedish;
        private final String english;
        private final String danish;

        Band(String swedish, String english, String danish) {
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

    private final Band band;
    private final String swedish;
    private final String english;
    private final String danish;

    TargetGroup(Band band, String swedish, String english, String danish) {
        this.band = band;
        this.swedish = swedish;
        this.english = english;
        this.danish = danish;
    }

    public Band band() {
        return band;
    }

    public String label(Language language) {
        return switch (language) {
            case EN -> english;
            case DA -> danish;
            default -> swedish;
        };
    }
}
