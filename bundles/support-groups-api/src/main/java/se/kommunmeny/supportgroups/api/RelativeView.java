package se.kommunmeny.supportgroups.api;

import java.time.LocalDate;

/** A registered relative of a client, who consented to be known to the client's practitioners. */
public record RelativeView(String participantId, String personRef, String clientRef, String programmeId,
        String programmeName, String cohortId, LocalDate firstMeeting, LocalDate lastMeeting, String status) {
}
