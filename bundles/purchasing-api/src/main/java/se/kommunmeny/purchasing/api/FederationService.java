package se.kommunmeny.purchasing.api;

import se.kommunmeny.core.api.security.Caller;

/**
 * What partner platforms call: only with the {@code partner} role, only as the partner registered for the calling
 * user, only about their own orders and agreements. Every message is verified against the sender's registered key,
 * processed once, and audited on arrival, refusals included.
 */
@org.osgi.annotation.versioning.ProviderType
public interface FederationService {

    /** This platform's identity and signing key, for partners to register. */
    FederationIdentity identity(Caller caller);

    /**
     * Processes a message from a partner platform. A message already processed is refused with a conflict
     * ({@code duplicate-message}) and changes nothing; its sender takes that as delivered.
     */
    Receipt receive(Caller caller, FederationMessage message);

    /** Capacity and free places of a service the calling partner buys under an agreement with this platform. */
    ServiceAvailability availability(Caller caller, String agreementNumber);
}
