/** Helpers for reading ConfigAdmin configurations the way operators write them in etc/*.cfg. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.config;
