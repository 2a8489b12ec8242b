/**
 * The housing-support offering's API (boendestöd): the housing kinds a municipality runs, its housing stock
 * (social-contract flats, training flats, exit flats, supported housing, shelters), placements with their waiting
 * lists, and each placement's case records: work plan, home visits, keys, breaches, follow-ups and events from the
 * treatment plan.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.housing.api;
