package se.kommunmeny.employment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded step change.
 *
 * @param earlyChange moved on before the current step's minimum time
 */
public record StepChangeView(String id, String placementId, String fromStep, String toStep, LocalDate decidedOn,
        LocalDate conferenceHeldOn, List<String> conferenceParticipants, String decision, boolean earlyChange,
        String recordedBy, Instant recordedAt) {
}
