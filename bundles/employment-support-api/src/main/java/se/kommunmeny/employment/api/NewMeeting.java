package se.kommunmeny.employment.api;

import java.util.List;

/** A network meeting (uppföljningsmöte) to record; dates yyyy-mm-dd. */
public record NewMeeting(String heldOn, List<MeetingParticipant> participants, String summary, String nextMeetingOn) {
}
