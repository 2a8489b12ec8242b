package se.kommunmeny.purchasing.internal;

import se.kommunmeny.core.api.problem.ConflictException;

/** A message that was processed before: refused, and taken by its sender as delivered. */
final class DuplicateMessageException extends ConflictException {
    private static final long serialVersionUID = 1L;
    private final String code;

    DuplicateMessageException(String message, boolean sameContent) {
        super(message);
        this.code = sameContent ? "duplicate-message" : "message-id-reused";
    }

    @Override
    public String code() {
        return code;
    }
}
