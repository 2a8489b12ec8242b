package se.kommunmeny.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AuditEntryEntityTest {
    private static final String GENESIS = "0".repeat(64);

    private static AuditEntryEntity base() {
        return new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-1", "person",
                "name=Svensson", GENESIS);
    }

    @Test
    void sameContentGivesSameHash() {
        assertEquals(base().hash(), base().hash());
    }

    @Test
    void hashIsLowerCaseSha256Hex() {
        assertTrue(base().hash().matches("[0-9a-f]{64}"), base().hash());
    }

    @Test
    void computeHashEqualsStoredHash() {
        AuditEntryEntity e = base();
        assertEquals(e.hash(), e.computeHash());
        AuditEntryEntity nulls = new AuditEntryEntity(1, 2, "u", "r", "a", null, "res", null, GENESIS);
        assertEquals(nulls.hash(), nulls.computeHash());
    }

    @Test
    void constructorKeepsEveryField() {
        AuditEntryEntity e = base();
        assertEquals(7, e.sequence());
        assertEquals(1_700_000_000_000L, e.atMillis());
        assertEquals("alice", e.user());
        assertEquals("CASEWORKER", e.role());
        assertEquals("READ", e.action());
        assertEquals("p-1", e.personId());
        assertEquals("person", e.resource());
        assertEquals("name=Svensson", e.criteria());
        assertEquals(GENESIS, e.previousHash());
    }

    /**
     * Pins the hashed format (each field as length:value; and null as ~;). Rows already stored were hashed this
     * way; a change here breaks verification of every existing chain. Expected value computed independently with
     * {@code printf '1:1;1:2;5:alice;5:ADMIN;4:READ;~;8:person/1;~;64:<64 zeros>;' | sha256sum}.
     */
    @Test
    void hashFormatIsStable() {
        AuditEntryEntity e = new AuditEntryEntity(1, 2, "alice", "ADMIN", "READ", null, "person/1", null, GENESIS);
        assertEquals("80715c64eae8e2f2682a96b9912ff1f4492fd10dbf55c2414cb8e6faf0658f1a", e.hash());
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String h = base().hash();
        List<AuditEntryEntity> variants = List.of(
                new AuditEntryEntity(8, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-1", "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_001L, "alice", "CASEWORKER", "READ", "p-1", "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "bob", "CASEWORKER", "READ", "p-1", "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "ADMIN", "READ", "p-1", "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "UPDATE", "p-1", "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-2", "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", null, "person",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-1", "plan",
                        "name=Svensson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-1", "person",
                        "name=Andersson", GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-1", "person",
                        null, GENESIS),
                new AuditEntryEntity(7, 1_700_000_000_000L, "alice", "CASEWORKER", "READ", "p-1", "person",
                        "name=Svensson", "1".repeat(64)));
        Set<String> seen = new HashSet<>();
        seen.add(h);
        for (AuditEntryEntity v : variants) {
            assertNotEquals(h, v.hash());
            assertTrue(seen.add(v.hash()), "two different rows share a hash");
        }
    }

    @Test
    void nullAndEmptyAreDistinguished() {
        AuditEntryEntity nullPerson = new AuditEntryEntity(1, 2, "u", "r", "a", null, "res", "c", GENESIS);
        AuditEntryEntity emptyPerson = new AuditEntryEntity(1, 2, "u", "r", "a", "", "res", "c", GENESIS);
        assertNotEquals(nullPerson.hash(), emptyPerson.hash());
        AuditEntryEntity nullCriteria = new AuditEntryEntity(1, 2, "u", "r", "a", "p", "res", null, GENESIS);
        AuditEntryEntity emptyCriteria = new AuditEntryEntity(1, 2, "u", "r", "a", "p", "res", "", GENESIS);
        assertNotEquals(nullCriteria.hash(), emptyCriteria.hash());
    }

    @Test
    void hashChainsOnThePreviousRow() {
        AuditEntryEntity first = new AuditEntryEntity(1, 10, "u", "r", "READ", null, "menu", null, GENESIS);
        AuditEntryEntity second = new AuditEntryEntity(2, 11, "u", "r", "READ", null, "menu", null, first.hash());
        AuditEntryEntity forged = new AuditEntryEntity(2, 11, "u", "r", "READ", null, "menu", null, GENESIS);
        assertEquals(first.hash(), second.previousHash());
        assertNotEquals(second.hash(), forged.hash());
    }
}
