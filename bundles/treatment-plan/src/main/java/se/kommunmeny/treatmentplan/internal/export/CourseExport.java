package se.kommunmeny.treatmentplan.internal.export;

import java.time.Instant;
import java.util.List;

import se.kommunmeny.treatmentplan.api.EnrolmentView;
import se.kommunmeny.treatmentplan.api.PlanView;
import se.kommunmeny.treatmentplan.api.SessionView;

/**
 * What {@link FhirExport} exports: a client's enrolment with its plan and sessions, and who provides the programme.
 *
 * @param plan the implementation plan, or {@code null} when there is none yet
 * @param sessions the enrolment's sessions, in any order
 * @param identifierSystem the FHIR system of the client's identity number (for example
 *        {@code http://electronichealth.se/identifier/personnummer}), or {@code null} for an anonymous client
 * @param identifierValue the identity number, or {@code null} for an anonymous client
 * @param providerCode the providing municipality's code, e.g. {@code 1984}
 * @param providerName the providing municipality's name, e.g. {@code Arboga kommun}
 * @param generatedAt when the export was made; becomes {@code Bundle.timestamp}
 */
public record CourseExport(EnrolmentView enrolment, String programmeName, PlanView plan, List<SessionView> sessions,
        String identifierSystem, String identifierValue, String providerCode, String providerName,
        Instant generatedAt) {
}
