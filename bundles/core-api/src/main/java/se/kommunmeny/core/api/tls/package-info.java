/** TLS of this platform's calls to other platforms (purchasing's federation, the county overview). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.core.api.tls;
