package se.kommunmeny.housing.api;

import java.util.List;

/**
 * A configured housing kind (boendeform) with its default rules, live capacity and free places.
 *
 * @param kind SOCIAL_CONTRACT, TRAINING_FLAT, EXIT_FLAT, SUPPORTED_HOUSING, SHELTER, CATEGORY_HOUSING or HOME_SUPPORT
 * @param maxStayMonths the longest stay, or -1 for none
 * @param contractTransferAfterMonths qualifying period before the contract may pass to the tenant, or -1 for never
 * @param evictionNoticeHours notice of an eviction, or -1 where the rules allow none
 * @param caseload the clients a kind without units (HOME_SUPPORT) takes, or -1
 * @param capacity places of the kind's active units, or its caseload; -1 for no limit
 * @param freePlaces capacity less the active placements; -1 for no limit
 * @param waiting placements of the kind on a waiting list
 */
public record KindView(String id, String kind, String name, int maxStayMonths, int contractTransferAfterMonths,
        int evictionNoticeHours, String staffing, int caseload, int followUpIntervalDays, List<String> targetGroups,
        boolean anonymous, boolean decisionRequired, int capacity, int freePlaces, int waiting) {
}
