package se.kommunmeny.core.api.audit;

/**
 * Result of checking the audit log's hash chain.
 *
 * @param valid every row links to its predecessor and its hash matches its content
 * @param rowsChecked rows read
 * @param firstBrokenSequence sequence of the first row that does not verify, or -1
 * @param message what was found, for the operator
 */
public record ChainVerification(boolean valid, long rowsChecked, long firstBrokenSequence, String message) {
}
