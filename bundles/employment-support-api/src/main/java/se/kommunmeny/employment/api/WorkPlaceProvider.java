package se.kommunmeny.employment.api;

/**
 * Who runs a work place.
 *
 * @param kind OWN (the municipal labour-market unit, arbetsmarknadsenheten), PARTNER (a non-profit such as Hela
 *        Människan, a company) or PURCHASED
 * @param organisationNumber organisationsnummer, optional
 */
public record WorkPlaceProvider(String kind, String name, String organisationNumber) {
}
