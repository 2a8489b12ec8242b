package se.kommunmeny.housing.internal;

/**
 * The effective rules of a unit: its own where set, else its kind's.
 *
 * @param maxStayMonths -1 for no maximum
 * @param contractTransferAfterMonths -1 when the contract never passes to the tenant
 * @param evictionNoticeHours -1 when the rules allow no eviction
 */
record Rules(int maxStayMonths, int contractTransferAfterMonths, int evictionNoticeHours, String staffing,
        int followUpIntervalDays) {
    static final int DEFAULT_FOLLOW_UP_DAYS = 30;
    /** The rules when a kind is no longer configured: no limits, nothing allowed that needs a rule. */
    static final Rules NONE = new Rules(-1, -1, -1, "", DEFAULT_FOLLOW_UP_DAYS);

    Rules overriddenBy(Integer maxStay, Integer transferAfter, Integer noticeHours, String ownStaffing) {
        return new Rules(maxStay == null ? maxStayMonths : maxStay,
                transferAfter == null ? contractTransferAfterMonths : transferAfter,
                noticeHours == null ? evictionNoticeHours : noticeHours,
                ownStaffing == null ? staffing : ownStaffing, followUpIntervalDays);
    }

    Rules of(UnitEntity unit) {
        return unit == null ? this : overriddenBy(unit.maxStayMonths, unit.contractTransferAfterMonths,
                unit.evictionNoticeHours, unit.staffing);
    }
}
