package se.kommunmeny.core.api.person;

import java.time.Instant;

/** A contact known only by a generated pseudonymous code; no identity is stored anywhere. */
public record AnonymousContact(String code, Instant created) {
}
