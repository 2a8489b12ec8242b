package se.kommunmeny.core.api.person;

import java.util.List;

import se.kommunmeny.core.api.security.Caller;

/**
 * The person register. Every look-up and search is audited; reads of protected identities are audited
 * separately.
 */
@org.osgi.annotation.versioning.ProviderType
public interface PersonService {

    /** Registers a person (case officer). A number already registered is a conflict. */
    PersonView register(Caller caller, PersonRegistration registration);

    /** Looks a person up by identity number, any accepted form. */
    PersonView findByIdentityNumber(Caller caller, String identityNumber);

    /** Reads a person by the register's id. */
    PersonView get(Caller caller, String personId);

    /** Searches by given and/or family name (case-insensitive prefix); at most {@code limit} hits. */
    List<PersonView> searchByName(Caller caller, String name, int limit);

    /** Creates an anonymous contact: a new pseudonymous code, nothing else. */
    AnonymousContact createAnonymousContact(Caller caller);

    /**
     * Whether {@code reference} names a registered person (its id) or an anonymous contact (its code). Reveals no
     * personal data and is not audited; offerings use it to validate references.
     */
    boolean exists(String reference);
}
