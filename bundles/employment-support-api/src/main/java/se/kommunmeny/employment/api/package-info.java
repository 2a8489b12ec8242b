/**
 * The employment-support offering's API (sysselsättningsstöd, arbetsträning): the kinds a municipality runs, its
 * work places with their reserved places, and placements with work plans, attendance, supervisor notes, network
 * meetings, step changes and outcomes.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.employment.api;
