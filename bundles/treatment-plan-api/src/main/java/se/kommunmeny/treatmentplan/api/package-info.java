/**
 * The treatment-plan offering's API: the programmes a municipality runs and the implementation plans
 * (genomförandeplaner) written for clients in them, and each client's course: sessions, attendance, outreach,
 * relapses and reports to the commissioner. Other offerings use it through optional references.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.4.0")
package se.kommunmeny.treatmentplan.api;
