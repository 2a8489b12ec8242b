package se.kommunmeny.core.api.municipality;

/** The countries whose municipalities the platform serves. */
public enum Country {
    SE("Sverige", "Sweden"),
    DK("Danmark", "Denmark");

    private final String nativeName;
    private final String englishName;

    Country(String nativeName, String englishName) {
        this.nativeName = nativeName;
        this.englishName = englishName;
    }

    public String nativeName() {
        return nativeName;
    }

    public String englishName() {
        return englishName;
    }
}
