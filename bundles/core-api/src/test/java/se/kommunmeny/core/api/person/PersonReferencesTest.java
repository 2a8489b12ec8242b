package se.kommunmeny.core.api.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PersonReferencesTest {

    @Test
    void aRegisterIdIsAPersonId() {
        String id = UUID.randomUUID().toString();
        assertTrue(PersonReferences.isPersonId(id));
        assertEquals(id, PersonReferences.personIdOrNull(id));
    }

    @Test
    void anAnonymousCodeOrAnythingElseIsNot() {
        assertFalse(PersonReferences.isPersonId("ANON-7K3F-Q9XM"));
        assertNull(PersonReferences.personIdOrNull("ANON-7K3F-Q9XM"));
        assertFalse(PersonReferences.isPersonId(null));
        assertFalse(PersonReferences.isPersonId("19121212-1212"));
        assertFalse(PersonReferences.isPersonId(UUID.randomUUID().toString().toUpperCase()));
    }

    @Test
    void aCodeIsStoredAsIssuedAndAnythingElseOnlyTrimmed() {
        String code = se.kommunmeny.core.api.identity.AnonymousCode.generate().value();
        assertEquals(code, PersonReferences.canonical(" " + code.toLowerCase() + " "));
        assertEquals(code, PersonReferences.canonical(code));
        String id = UUID.randomUUID().toString();
        assertEquals(id, PersonReferences.canonical(id + " "));
        assertEquals("not a reference", PersonReferences.canonical(" not a reference "));
        assertNull(PersonReferences.canonical(null));
    }
}
