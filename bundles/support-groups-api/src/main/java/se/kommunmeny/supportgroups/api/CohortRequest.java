package se.kommunmeny.supportgroups.api;

import java.util.List;

/**
 * A new cohort (gruppomgång).
 *
 * @param firstMeeting yyyy-mm-dd; the meetings follow weekly
 * @param startTime HH:mm
 * @param place the venue
 * @param leaders user names of the group leaders
 * @param places at most the template's maximum; the maximum when empty
 * @param partnerShares partner municipalities' shares; their sum may not exceed the places
 * @param intakeUntil yyyy-mm-dd, the day before the first meeting when empty
 */
public record CohortRequest(String programmeId, String firstMeeting, String startTime, String place,
        List<String> leaders, Integer places, List<PartnerShare> partnerShares, String intakeUntil) {
}
