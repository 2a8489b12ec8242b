/** EventAdmin topics of the platform ({@code se/kommunmeny/<offering>/<event>}). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.core.api.event;
