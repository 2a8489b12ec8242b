package se.kommunmeny.supportgroups.api;

import java.util.List;

/**
 * What a partner municipality sees of a cohort: its own participants and the cohort's aggregate numbers.
 *
 * @param averageAttendance present per participant and held meeting over the whole cohort, or {@code null}
 */
public record PartnerView(String cohortId, String programmeId, List<String> partnerCodes, int places, int enrolled,
        int sharePlaces, int shareEnrolled, int meetingsHeld, Double averageAttendance,
        List<Participant> participants) {

    /** One of the partner's participants. */
    public record Participant(String id, String alias, String code, String partnerCode, String status,
            int attended) {
    }
}
