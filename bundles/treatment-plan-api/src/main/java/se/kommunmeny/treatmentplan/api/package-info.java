/**
 * The treatment-plan offering's API: the programmes a municipality runs and the implementation plans
 * (genomförandeplaner) written for clients in them. Other offerings use it through optional references.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package se.kommunmeny.treatmentplan.api;
