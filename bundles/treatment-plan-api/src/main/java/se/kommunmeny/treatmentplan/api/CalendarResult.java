package se.kommunmeny.treatmentplan.api;

import java.time.LocalDate;

/**
 * What a calendar generation did.
 *
 * @param created sessions created now
 * @param existing sessions the calendar had generated before and that were kept
 * @param until the last day sessions were generated for (the granted period's end, or the phase's end)
 * @param notGenerated sessions of the phase that fall after the granted period and wait for an extension
 */
public record CalendarResult(String enrolmentId, String phase, int created, int existing, LocalDate until,
        int notGenerated) {
}
