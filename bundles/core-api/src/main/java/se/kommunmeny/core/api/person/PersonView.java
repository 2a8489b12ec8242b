package se.kommunmeny.core.api.person;

import java.time.LocalDate;

import se.kommunmeny.core.api.identity.Gender;
import se.kommunmeny.core.api.identity.IdentityType;

/**
 * A person as the caller may see them. For a person with protected identity, name and address are {@code null}
 * and {@code hidden} is true unless the caller's role needs them.
 */
public record PersonView(String id, IdentityType identityType, String identityNumber, LocalDate birthDate,
        Gender gender, String givenName, String familyName, String address, boolean protectedIdentity,
        boolean hidden) {
}
