/**
 * Problems that services raise and the core turns into RFC 9457 {@code application/problem+json} answers and SOAP
 * faults. The message of a problem is shown to the caller: it says what is wrong and never carries personal data.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.problem;
