package se.kommunmeny.supportgroups.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cohort with its meetings and places.
 *
 * @param firstMeeting the first day of the cohort's period
 * @param lastMeeting the last day of the cohort's period
 * @param hostPlaces the host's own places: places less the partners' shares
 * @param hostEnrolled participants enrolled in the host's places
 * @param shares the partners' shares with their enrolled and waiting counts
 * @param enrolled all participants enrolled
 * @param waiting all participants on the waiting list
 */
public record CohortView(String id, String programmeId, String programmeName, LocalDate firstMeeting,
        LocalDate lastMeeting, String startTime, String place, List<String> leaders, int places, int hostPlaces,
        int hostEnrolled, List<PartnerShare> shares, int enrolled, int waiting, LocalDate intakeUntil,
        boolean takingIntake, List<MeetingView> meetings, String createdBy, Instant createdAt, long version) {
}
