package se.kommunmeny.treatmentplan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An enrolment as stored.
 *
 * @param status WAITING, ACTIVE, COMPLETED, DISCHARGED or DROPPED_OUT
 * @param phase PRIMARY or AFTERCARE
 * @param waitingPosition place in the programme's queue while WAITING (1 = next), else {@code null}
 * @param extensions the granted periods' earlier ends, oldest first, each extended by a decision
 */
public record EnrolmentView(String id, String personRef, String programmeId, LegalBasis legalBasis,
        String commissionerCode, String commissionerName, String phase, String status, LocalDate grantedFrom,
        LocalDate grantedTo, Integer waitingPosition, List<LocalDate> extensions, long version) {
}
