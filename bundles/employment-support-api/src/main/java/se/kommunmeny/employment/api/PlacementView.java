package se.kommunmeny.employment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A placement (placering) at a work place.
 *
 * @param status WAITING, ACTIVE, ENDED or CANCELLED
 * @param reservation what was asked for: NONE, AGE_18_25 or LIGHT
 * @param placeType the places it takes while active: ORDINARY, AGE_18_25 or LIGHT; {@code null} while waiting
 * @param waitingPosition 1-based place in the work place's queue, while waiting
 * @param workPlanRevision the revision of the current work plan
 * @param stepSince the day the current step began
 * @param staff user names of the assigned supervisors and practitioners
 * @param nextFollowUpDue the next follow-up meeting due, while active
 * @param outcome JOB, STUDIES, REGISTERED_JOB_SEEKER or ENDED, once ended
 */
public record PlacementView(String id, String personRef, String kindId, String workPlaceId, String reservation,
        String placeType, String status, LocalDate startDate, LocalDate plannedEndDate, Integer waitingPosition,
        WorkPlan workPlan, int workPlanRevision, LocalDate stepSince, List<String> staff, LocalDate nextFollowUpDue,
        LocalDate endedOn, String outcome, String endNote, TreatmentPlanLink treatmentPlan, Instant requestedAt,
        String createdBy, long version) {
}
