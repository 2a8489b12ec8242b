package se.kommunmeny.treatmentplan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A drug test and its results.
 *
 * @param method URINE, BREATH, SALIVA or BLOOD
 */
public record DrugTestView(String id, String enrolmentId, LocalDate takenOn, String method, List<SubstanceResult> results,
        boolean anyPositive, String recordedBy, Instant recordedAt) {
}
