package se.kommunmeny.employment.api;

/**
 * Places of a work place reserved for a group.
 *
 * @param type AGE_18_25 (young adults) or LIGHT (lightplatser: only drug tests and occupation)
 */
public record Reservation(String type, Integer places) {
}
