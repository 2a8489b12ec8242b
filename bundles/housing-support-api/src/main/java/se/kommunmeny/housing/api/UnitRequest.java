package se.kommunmeny.housing.api;

/**
 * A unit of the housing stock as registered or updated by the unit manager. A rule left {@code null} takes the
 * kind's default.
 *
 * @param address a street address (the flat's, not personal data)
 * @param landlord the housing company (bostadsbolag) that lets the flat
 * @param places places in the unit, at least 1
 * @param active whether the unit is in the stock; {@code null} keeps the current value (true for a new unit)
 * @param version the version edited (update only)
 */
public record UnitRequest(String kindId, String name, String address, String landlord, Integer places,
        Integer maxStayMonths, Integer contractTransferAfterMonths, Integer evictionNoticeHours, String staffing,
        Boolean active, Long version) {
}
