package se.kommunmeny.purchasing.api;

/**
 * Notice to end a placement (buyer's case officer).
 *
 * @param givenOn the day notice is given, today when absent
 * @param endDate the last day; at least the agreement's notice period after {@code givenOn}
 */
public record NoticeRequest(String givenOn, String endDate, String reason) {
}
