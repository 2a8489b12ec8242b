/**
 * The audit log: every read, search and change of personal data, written in the same transaction as the work it
 * records, append-only and hash-chained so that tampering is detectable.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package se.kommunmeny.core.api.audit;
