/**
 * Personal identity numbers and pseudonymous codes: Swedish personnummer and samordningsnummer, Danish CPR numbers
 * ({@link se.kommunmeny.core.api.identity.IdentityNumber}) and codes for anonymous contacts
 * ({@link se.kommunmeny.core.api.identity.AnonymousCode}).
 *
 * <p>Identity numbers are personal data: their {@code toString()} and every exception message in this package are
 * written so that a full number never ends up in a log.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.core.api.identity;
