package se.kommunmeny.core.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

import se.kommunmeny.core.api.security.Caller;
import se.kommunmeny.core.api.security.Role;

/**
 * Logs a user in against the JAAS realm and returns the caller with its platform roles.
 *
 * <p>A successful login is remembered for {@value #CACHE_SECONDS} seconds under an HMAC of user and password with a
 * key made at start-up (the password itself is never kept), so a client sending the same credentials with every
 * request does not pay a realm login and a password hash each time. A changed password or role takes effect within
 * that time; failed logins are never cached.
 */
public final class Authenticator {
    static final String REALM = "karaf";
    static final int CACHE_SECONDS = 60;
    private static final int MAX_CREDENTIAL = 256;
    private static final int MAX_CACHED = 10_000;
    private static final byte[] CACHE_KEY = new byte[32];
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final LoginThrottle THROTTLE = new LoginThrottle(System::currentTimeMillis);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Authenticator.class);

    static {
        new SecureRandom().nextBytes(CACHE_KEY);
    }

    private record Cached(Caller caller, long expiresAt) {
    }

    private Authenticator() {
    }

    /**
     * The outcome of a login: the caller, or none (wrong credentials, no platform role), or refused for a while
     * because the user name failed too often in a row ({@code retryAfterSeconds} &gt; 0).
     */
    public record Outcome(Caller caller, long retryAfterSeconds) {
        public boolean throttled() {
            return retryAfterSeconds > 0;
        }
    }

    /** The caller, or {@code null} when the credentials are wrong, the user has no platform role or is refused. */
    public static Caller login(String user, String password) {
        return attempt(user, password).caller();
    }

    /**
     * Logs in. Credentials that logged in a moment ago pass at once (a guesser cannot produce them); a user name that
     * failed {@link LoginThrottle#FREE_FAILURES} times in a row is refused without asking the realm for a while,
     * logged once per lock.
     */
    public static Outcome attempt(String user, String password) {
        if (user == null || password == null || user.isEmpty() || user.length() > MAX_CREDENTIAL
                || password.length() > MAX_CREDENTIAL) {
            return new Outcome(null, 0);
        }
        String key = cacheKey(user, password);
        long now = System.nanoTime();
        Cached cached = CACHE.get(key);
        if (cached != null && now - cached.expiresAt() < 0) {
            // The right password again: a run of failures for this name is over.
            THROTTLE.succeeded(user);
            return new Outcome(cached.caller(), 0);
        }
        long locked = THROTTLE.lockedForSeconds(user);
        if (locked > 0) {
            return new Outcome(null, locked);
        }
        RealmAnswer answer = realmLogin(user, password);
        Caller caller = answer.caller();
        if (answer.authenticated()) {
            // The password was right (even for a user without a platform role): no failure to count.
            THROTTLE.succeeded(user);
        }
        if (caller != null) {
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            CACHE.put(key, new Cached(caller, now + TimeUnit.SECONDS.toNanos(CACHE_SECONDS)));
            return new Outcome(caller, 0);
        }
        CACHE.remove(key);
        if (answer.authenticated()) {
            return new Outcome(null, 0);
        }
        long lock = THROTTLE.failed(user);
        if (lock > 0) {
            LOG.warn("Logins as '{}' refused for {} s after {} failed logins in a row", printable(user), lock,
                    THROTTLE.failures(user));
        }
        return new Outcome(null, 0);
    }

    /** A user name as it may appear in the log: printable characters only, at most 64. */
    static String printable(String user) {
        String p = user.replaceAll("[^\\p{Print}]", "?");
        return p.length() > 64 ? p.substring(0, 64) + "…" : p;
    }

    private static String cacheKey(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CACHE_KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((user + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** What the realm said: whether the password was right, and the caller if the user has a platform role. */
    private record RealmAnswer(boolean authenticated, Caller caller) {
    }

    private static RealmAnswer realmLogin(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The realm's login module is loaded through the context class loader.
        thread.setContextClassLoader(Authenticator.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(REALM, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            Set<String> roles = new TreeSet<>();
            for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
                if (Role.ALL.contains(principal.getName())) {
                    roles.add(principal.getName());
                }
            }
            return new RealmAnswer(true, roles.isEmpty() ? null : new Caller(user, roles));
        } catch (LoginException e) {
            return new RealmAnswer(false, null);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
