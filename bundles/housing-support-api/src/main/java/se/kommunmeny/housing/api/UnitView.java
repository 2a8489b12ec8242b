package se.kommunmeny.housing.api;

/**
 * A unit of the housing stock with its effective rules (its own where set, else the kind's).
 *
 * @param occupied active placements in the unit now
 * @param free places less occupied (0 for an inactive unit)
 * @param ownRules whether any rule is the unit's own rather than the kind's default
 */
public record UnitView(String id, String kindId, String name, String address, String landlord, int places,
        int occupied, int free, int maxStayMonths, int contractTransferAfterMonths, int evictionNoticeHours,
        String staffing, boolean ownRules, boolean active, long version) {
}
