package se.kommunmeny.treatmentplan.api;

import java.util.List;

/** A drug test to record; {@code takenOn} yyyy-mm-dd, not in the future. */
public record NewDrugTest(String takenOn, String method, List<SubstanceResult> results) {
}
