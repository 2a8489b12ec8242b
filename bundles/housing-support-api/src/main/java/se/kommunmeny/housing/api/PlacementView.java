package se.kommunmeny.housing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A placement (a case): a person's place, or place in the queue, in a unit or a home-support kind.
 *
 * @param status WAITING, ACTIVE, MOVED_OUT, EVICTED, CONTRACT_TRANSFERRED or CANCELLED
 * @param endReason the move-out reason, or the end status for other ends
 * @param moveOutBy the day an evicted tenant must have moved out
 * @param waitingPosition 1-based place in the queue while waiting
 * @param staff user names of the assigned support workers
 * @param nextFollowUpDue while active: the next follow-up of the work plan
 * @param contractTransferFrom the earliest day the contract may pass to the tenant, where the rules allow it
 * @param keysNotReturned labels of keys handed out and not returned (a warning after a move-out)
 */
public record PlacementView(String id, String personRef, String kindId, String unitId, String status,
        LocalDate startDate, LocalDate plannedEndDate, LocalDate endedOn, String endReason, String endNote,
        LocalDate moveOutBy, ContractTerms contract, WorkPlan workPlan, int workPlanRevision,
        StayDecision stayDecision, Integer waitingPosition, Instant requestedAt, List<String> staff,
        LocalDate nextFollowUpDue, LocalDate contractTransferFrom, TreatmentPlanLink treatmentPlan,
        List<String> keysNotReturned, long version) {
}
