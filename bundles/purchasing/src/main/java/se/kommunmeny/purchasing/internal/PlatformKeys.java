package se.kommunmeny.purchasing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's own keys, kept in one directory readable by its owner only (by default
 * {@code etc/kommunmeny/purchasing/}, so they are backed up with the configuration): an Ed25519 key pair that signs
 * every federation message this platform sends, and an AES key that seals the passwords it calls partners with.
 * Both are generated on first start. The public key is what partners register.
 */
final class PlatformKeys {
    static final String ALGORITHM = "Ed25519";
    private static final String SIGNING_KEY = "signing-key.pk8";
    private static final String SIGNING_PUBLIC_KEY = "signing-key.x509";
    private static final String SEALING_KEY = "sealing-key.bin";
    private static final int GCM_TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;

    private final KeyPair signing;
    private final SecretKey sealing;
    private final SecureRandom random = new SecureRandom();

    private PlatformKeys(KeyPair signing, SecretKey sealing) {
        this.signing = signing;
        this.sealing = sealing;
    }

    /** Reads the keys from {@code dir}, generating what is missing. */
    static PlatformKeys openOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Path privateFile = dir.resolve(SIGNING_KEY);
        Path publicFile = dir.resolve(SIGNING_PUBLIC_KEY);
        KeyPair pair;
        if (Files.exists(privateFile) && Files.exists(publicFile)) {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            pair = new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
        } else {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            writePrivate(privateFile, pair.getPrivate().getEncoded());
            Files.write(publicFile, pair.getPublic().getEncoded());
        }
        Path sealingFile = dir.resolve(SEALING_KEY);
        byte[] sealingBytes;
        if (Files.exists(sealingFile)) {
            sealingBytes = Files.readAllBytes(sealingFile);
        } else {
            sealingBytes = new byte[32];
            new SecureRandom().nextBytes(sealingBytes);
            writePrivate(sealingFile, sealingBytes);
        }
        return new PlatformKeys(pair, new SecretKeySpec(sealingBytes, "AES"));
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's protection is all there is
        }
    }

    /** The public key, base64 X.509, as partners register it. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(signing.getPublic().getEncoded());
    }

    static String fingerprint(String publicKeyBase64) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(publicKeyBase64.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(String canonical) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(signing.getPrivate());
            s.update(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** Whether {@code signature} is the holder of {@code publicKeyBase64}'s signature over {@code canonical}. */
    static boolean verify(String publicKeyBase64, String canonical, String signature) {
        if (publicKeyBase64 == null || signature == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(canonical.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a text is a usable Ed25519 public key (base64 X.509). */
    static boolean isPublicKey(String publicKeyBase64) {
        try {
            KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Seals a secret with AES-GCM: base64 of nonce and ciphertext. */
    String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealing, new GCMParameterSpec(GCM_TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal", e);
        }
    }

    String unseal(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealing, new GCMParameterSpec(GCM_TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed secret cannot be opened with this platform's key", e);
        }
    }
}
