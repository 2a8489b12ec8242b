/**
 * How offerings expose endpoints: they register JAX-RS resources and JAX-WS implementors as DS services with
 * these markers; the core publishes them on its own CXF bus and takes them down with the service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.web;
