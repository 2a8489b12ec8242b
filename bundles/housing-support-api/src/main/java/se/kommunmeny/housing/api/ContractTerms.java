package se.kommunmeny.housing.api;

/**
 * The tenancy of a placement.
 *
 * @param type SECOND_HAND (andrahandskontrakt) or NONE (home support, shelter)
 * @param rentPerMonth rent in whole kronor, or {@code null}
 */
public record ContractTerms(String type, Integer rentPerMonth) {
}
