package se.kommunmeny.purchasing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchased placement as the supplying platform sees it: an order received from a buyer.
 *
 * @param orderRef the buyer's order id: the key both platforms share
 * @param personRef the person in this platform's register (registered from the order)
 * @param status RECEIVED (awaiting decision), ACCEPTED, REFUSED, STARTED or ENDED
 */
public record PlacementView(String id, String orderRef, String agreementId, String agreementNumber,
        String buyerCode, String buyerName, String serviceId, String personRef, String status, LocalDate startDate,
        LocalDate startedOn, List<OrderView.Extent> extents, LocalDate noticeGivenOn, LocalDate endDate,
        LocalDate endedOn, String decisionReason, String decidedBy, String note, Instant receivedAt, long version) {
}
