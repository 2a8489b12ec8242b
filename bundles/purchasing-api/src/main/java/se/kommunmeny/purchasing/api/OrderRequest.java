package se.kommunmeny.purchasing.api;

/**
 * A placement to order from a supplier (case officer of the buying municipality).
 *
 * @param personRef the person in this platform's register
 * @param startDate the first day (yyyy-mm-dd)
 * @param extent FULL_TIME (default) or HALF_TIME
 * @param note what the supplier needs to know, without more personal data than needed
 */
public record OrderRequest(String agreementId, String personRef, String startDate, String extent, String note) {
}
