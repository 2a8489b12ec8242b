/** Roles of the JAAS realm and the authenticated caller of an operation. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.security;
