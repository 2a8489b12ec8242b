/** Versioned schema migrations of the bundles that own tables. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.persistence;
