package se.kommunmeny.housing.internal;

import java.time.LocalDate;

/** Date arithmetic of the housing rules: maximum stay, qualifying period, eviction notice, follow-ups. */
final class StayRules {
    private StayRules() {
    }

    /** The last day of a stay of at most {@code maxStayMonths} from {@code start}, or {@code null} without one. */
    static LocalDate maxStayLastDay(LocalDate start, int maxStayMonths) {
        return maxStayMonths < 0 ? null : start.plusMonths(maxStayMonths).minusDays(1);
    }

    /** Whether a planned end lies beyond the maximum stay. */
    static boolean beyondMaxStay(LocalDate start, LocalDate plannedEnd, int maxStayMonths) {
        LocalDate last = maxStayLastDay(start, maxStayMonths);
        return last != null && plannedEnd != null && plannedEnd.isAfter(last);
    }

    /** The first day the contract may pass to the tenant, or {@code null} when it never may. */
    static LocalDate earliestTransfer(LocalDate start, int transferAfterMonths) {
        return transferAfterMonths < 0 ? null : start.plusMonths(transferAfterMonths);
    }

    /** The day an evicted tenant must be out: the notice in hours, rounded up to whole days. */
    static LocalDate moveOutBy(LocalDate occurredOn, int noticeHours) {
        return occurredOn.plusDays((noticeHours + 23) / 24);
    }

    /** The next follow-up: an interval after the last one, the first an interval after the start. */
    static LocalDate nextFollowUp(LocalDate start, LocalDate lastFollowUp, int intervalDays) {
        return (lastFollowUp == null ? start : lastFollowUp).plusDays(intervalDays);
    }
}
