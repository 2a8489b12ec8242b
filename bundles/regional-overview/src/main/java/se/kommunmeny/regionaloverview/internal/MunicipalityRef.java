package se.kommunmeny.regionaloverview.internal;

/** The municipality a platform reports it serves, as it reports it. */
public record MunicipalityRef(String code, String name, String county, String country) {
}
