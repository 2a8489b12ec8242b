/**
 * The data subject's rights and retention (gallring) across offerings: each offering registers a
 * {@link se.kommunmeny.core.api.privacy.PersonRecords} service (whiteboard) that exports one person's records and
 * applies the configured retention rules to its record types; the core orchestrates both. An offering's service is
 * usually a {@link se.kommunmeny.core.api.privacy.CaseFileRecords} over its
 * {@link se.kommunmeny.core.api.privacy.CaseFiles}.
 *
 * <p>1.1.0: {@code CaseFileRecords} (the JPA adapter every offering shared), {@code CaseFiles.offering()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.privacy;
