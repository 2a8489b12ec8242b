package se.kommunmeny.treatmentplan.api;

import java.util.List;

/**
 * A programme with what its template prescribes.
 *
 * @param programme the programme and its places
 * @param sessions sessions and their rhythm, e.g. {@code GROUP 3/week}
 * @param documentsDue documents for the commissioner by week, e.g. {@code MONTHLY_REPORT week 4}
 * @param capacitySharedWithAftercare whether aftercare clients count against the programme's places
 * @param methods methods the programme uses
 */
public record ProgrammeDetail(ProgrammeView programme, List<String> sessions, List<String> documentsDue,
        boolean capacitySharedWithAftercare, List<String> methods) {
}
