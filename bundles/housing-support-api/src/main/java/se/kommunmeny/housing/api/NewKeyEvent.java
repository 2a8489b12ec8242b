package se.kommunmeny.housing.api;

/**
 * Something that happened to a key of the flat.
 *
 * @param event HANDED_OUT, RETURNED, STAFF_KEY_USED, LOCKED_OUT or LOCK_CHANGED
 * @param occurredOn yyyy-mm-dd, today when empty
 */
public record NewKeyEvent(String event, String keyLabel, String occurredOn, String note) {
}
