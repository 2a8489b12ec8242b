package se.kommunmeny.core.api.municipality;

import java.util.Objects;

/**
 * Kommun / kommune: the municipality a platform instance serves. Swedish municipalities carry a four-digit code
 * (Arboga 1984); Danish ones a three-digit code, written here with a leading zero (Bornholm 0400).
 */
public final class Municipality {
    private final String code;
    private final String name;
    private final String county;
    private final Country country;

    public Municipality(String code, String name, String county, Country country) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.county = Objects.requireNonNull(county, "county");
        this.country = Objects.requireNonNull(country, "country");
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
        return o instanceof Municipality m && code.equals(m.code) && country == m.country;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, country);
    }

    @Override
    public String toString() {
        return name + " (" + country + " " + code + ")";
    }
}
