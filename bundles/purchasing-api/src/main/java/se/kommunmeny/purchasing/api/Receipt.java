package se.kommunmeny.purchasing.api;

import java.time.Instant;

/** The receiving platform's acknowledgement that it processed a message. */
public record Receipt(String messageId, String status, Instant receivedAt) {
}
