package se.kommunmeny.purchasing.api;

import java.time.Instant;

/**
 * A document the supplier sent back on a purchased placement: the approved implementation plan, a monthly report
 * or the closing report. Only the case officer who ordered the placement reads it on the buyer's side.
 *
 * @param kind PLAN, ARRIVAL, MONTHLY or CLOSING
 * @param month for a monthly report, yyyy-mm
 */
public record DocumentView(String id, String orderId, String kind, String month, String title, Instant receivedAt) {
}
