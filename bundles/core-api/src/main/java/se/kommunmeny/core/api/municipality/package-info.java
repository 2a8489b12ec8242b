/** The municipality (kommun/kommune) this platform instance serves. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.municipality;
