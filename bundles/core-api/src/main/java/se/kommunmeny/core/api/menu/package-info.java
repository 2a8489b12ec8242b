/**
 * The menu: what a municipality offers, as a matrix of service type (rows) × target group (columns). Offerings
 * register {@link se.kommunmeny.core.api.menu.ServiceOffering} services (whiteboard); the core composes the menu
 * from whatever is registered at the moment it is asked.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package se.kommunmeny.core.api.menu;
