package se.kommunmeny.treatmentplan.api;

/**
 * One substance tested.
 *
 * @param substance e.g. ALCOHOL, CANNABIS, AMPHETAMINE, OPIATES, COCAINE, BENZODIAZEPINES, BUPRENORPHINE, METHADONE
 * @param result POSITIVE, NEGATIVE or INVALID
 */
public record SubstanceResult(String substance, String result) {
}
