package se.kommunmeny.core.internal.web;

import java.security.Principal;
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

/** Logs a user in against the JAAS realm and returns the caller with its platform roles. */
public final class Authenticator {
    static final String REALM = "karaf";
    private static final int MAX_CREDENTIAL = 256;

    private Authenticator() {
    }

    /** The caller, or {@code null} when the credentials are wrong or the user has no platform role. */
    public static Caller login(String user, String password) {
        if (user == null || password == null || user.isEmpty() || user.length() > MAX_CREDENTIAL
                || password.length() > MAX_CREDENTIAL) {
            return null;
        }
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
            return roles.isEmpty() ? null : new Caller(user, roles);
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
