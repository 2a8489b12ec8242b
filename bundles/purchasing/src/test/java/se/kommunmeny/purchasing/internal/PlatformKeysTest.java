package se.kommunmeny.purchasing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kommunmeny.purchasing.api.FederationMessage;

class PlatformKeysTest {
    @TempDir
    Path dir;

    private static FederationMessage message(String payload) {
        return new FederationMessage("6c1f1bb4-4b8f-4b61-9a0e-0b7c3f1e2a11", "ORDER",
                "0f0e4c52-2a54-4f0a-a8a5-1d3c6c0b8e21", "SALA-HEBY-1", "0331", "1981", "2026-10-03T08:00:00Z", payload,
                null);
    }

    @Test
    void aSignedMessageVerifiesWithThePublicKeyAndNotWhenAnyFieldChanges() throws Exception {
        PlatformKeys keys = PlatformKeys.openOrCreate(dir);
        FederationMessage m = message("{\"extent\":\"FULL_TIME\"}");
        String signature = keys.sign(m.canonicalForm());
        assertTrue(PlatformKeys.verify(keys.publicKey(), m.canonicalForm(), signature));
        assertFalse(PlatformKeys.verify(keys.publicKey(), message("{\"extent\":\"HALF_TIME\"}").canonicalForm(),
                signature));
        FederationMessage otherRecipient = new FederationMessage(m.messageId(), m.type(), m.orderRef(),
                m.agreementNumber(), m.sender(), "1983", m.sentAt(), m.payload(), null);
        assertFalse(PlatformKeys.verify(keys.publicKey(), otherRecipient.canonicalForm(), signature));
        assertFalse(PlatformKeys.verify(keys.publicKey(), m.canonicalForm(), "bm90IGEgc2lnbmF0dXJl"));
        assertFalse(PlatformKeys.verify("not a key", m.canonicalForm(), signature));
        assertFalse(PlatformKeys.verify(keys.publicKey(), m.canonicalForm(), null));
    }

    @Test
    void theKeysAreMadeOnceKeptPrivateAndReadAgain() throws Exception {
        PlatformKeys first = PlatformKeys.openOrCreate(dir);
        PlatformKeys again = PlatformKeys.openOrCreate(dir);
        assertEquals(first.publicKey(), again.publicKey());
        String signature = again.sign("x");
        assertTrue(PlatformKeys.verify(first.publicKey(), "x", signature));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("signing-key.pk8"))));
        assertTrue(PlatformKeys.isPublicKey(first.publicKey()));
        assertFalse(PlatformKeys.isPublicKey("AAAA"));
        assertEquals(64, PlatformKeys.fingerprint(first.publicKey()).length());
    }

    @Test
    void aSealedPasswordOpensOnlyWithTheSamePlatformsKey(@TempDir Path other) throws Exception {
        PlatformKeys keys = PlatformKeys.openOrCreate(dir);
        String sealed = keys.seal("heby-Secret-9 åäö");
        assertNotEquals(sealed, keys.seal("heby-Secret-9 åäö"));
        assertFalse(sealed.contains("Secret"));
        assertEquals("heby-Secret-9 åäö", PlatformKeys.openOrCreate(dir).unseal(sealed));
        assertThrows(IllegalStateException.class, () -> PlatformKeys.openOrCreate(other).unseal(sealed));
    }
}
