package se.kommunmeny.purchasing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A placement order as the buying platform sees it.
 *
 * @param status SENT (awaiting the supplier's answer), ACCEPTED, REFUSED, STARTED, ENDED, or UNDELIVERABLE when the
 *        supplier's platform refused the message itself (see {@code refusal})
 * @param delivery how the latest message to the supplier fares: QUEUED (not yet delivered: the supplier's platform
 *        may be down; retried with backoff), DELIVERED or REJECTED
 * @param extents the extent from each day on, oldest first
 */
public record OrderView(String id, String agreementId, String agreementNumber, String supplierName,
        String serviceName, String personRef, String status, String delivery, int deliveryAttempts,
        Instant nextAttemptAt, String lastDeliveryError, LocalDate startDate, LocalDate startedOn,
        List<Extent> extents, LocalDate noticeGivenOn, LocalDate endDate, LocalDate endedOn, String decisionReason,
        String refusal, String note, String orderedBy, Instant orderedAt, long version) {

    /** An extent from a day on. */
    public record Extent(String extent, LocalDate from) {
    }
}
