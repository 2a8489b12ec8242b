package se.kommunmeny.purchasing.internal;

import java.math.BigDecimal;

/**
 * The content of each federation message type. Only what the other platform needs travels: the supplier learns the
 * person's identity number and name (it registers the person to care for them) and nothing else of the buyer's case.
 */
final class Payloads {
    private Payloads() {
    }

    /**
     * ORDER, buyer to supplier. {@code protectedIdentity} carries the buyer's skyddad identitet, so that the supplier
     * registers the person as protected too (absent, from a platform that predates it, means not protected).
     */
    record Order(String serviceId, String identityNumber, String givenName, String familyName, String startDate,
            String extent, String note, Boolean protectedIdentity) {
    }

    /** EXTENT, buyer to supplier. */
    record Extent(String extent, String from) {
    }

    /** NOTICE, buyer to supplier. */
    record Notice(String givenOn, String endDate, String reason) {
    }

    /** DECISION, supplier to buyer. */
    record Decision(boolean accepted, String reason) {
    }

    /** STARTED and ENDED, supplier to buyer. */
    record Day(String date, String reason) {
    }

    /** CHARGE, supplier to buyer. */
    record Charge(String chargeId, String day, BigDecimal hours, String item, int quantity) {
    }

    /** DOCUMENT, supplier to buyer: the plan or a report, as readable HTML. */
    record Document(String documentId, String kind, String month, String title, String html) {
    }

    /** INVOICE, supplier to buyer: the Peppol BIS Billing 3.0 document. */
    record Invoice(String ubl) {
    }
}
