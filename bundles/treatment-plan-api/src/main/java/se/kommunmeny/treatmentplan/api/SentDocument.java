package se.kommunmeny.treatmentplan.api;

import java.time.Instant;

/**
 * A plan or report as it was sent to the commissioning municipality, for carrying it to that municipality's platform.
 *
 * @param id the plan's or report's id
 * @param kind PLAN, ARRIVAL, MONTHLY or CLOSING
 * @param month for a monthly report, yyyy-mm
 * @param html the document as readable HTML
 */
public record SentDocument(String id, String kind, String month, String personRef, String enrolmentId,
        String commissionerCode, Instant sentAt, String title, String html) {
}
