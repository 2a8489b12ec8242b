/** Versioned schema migrations of the bundles that own tables, and the persistence units' shared session settings. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.persistence;
