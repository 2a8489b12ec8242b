package se.kommunmeny.core.api.municipality;

import java.util.Objects;

/**
 * Kommun / kommune: the municipality a platform instance serves. Swedish municipalities carry a four-digit code
 * (Arboga 1984); Danish ones a three-digit code, written here with a leading zero (Bornholm 0400). A county
 * instance (Länsstyrelsen, reading the municipalities' menus) carries the county's two-digit code (Västmanland 19).
 * A platform may serve a district of its municipality (Skultuna in Västerås): its code is the municipality's.
 */
public final class Municipality {
    private final String code;
    private final String name;
    private final String county;
    private final Country country;
    private final String district;

    public Municipality(String code, String name, String county, Country country) {
        this(code, name, county, country, null);
    }

    /** A municipality, or the district of one when {@code district} is neither null nor blank. */
    public Municipality(String code, String name, String county, Country country, String district) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.county = Objects.requireNonNull(county, "county");
        this.country = Objects.requireNonNull(country, "country");
        this.district = district == null || district.isBlank() ? null : district.trim();
    }

    /** The district this platform serves, if it serves a part of the municipality. */
    public java.util.Optional<String> district() {
        return java.util.Optional.ofNullable(district);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Län (Sweden) or region (Denmark). */
    public String county() {
        return county;
    }

    public Country country() {
        return country;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality m && code.equals(m.code) && country == m.country
                && Objects.equals(district, m.district);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, country, district);
    }

    @Override
    public String toString() {
        return name + (district == null ? "" : ", " + district) + " (" + country + " " + code + ")";
    }
}
