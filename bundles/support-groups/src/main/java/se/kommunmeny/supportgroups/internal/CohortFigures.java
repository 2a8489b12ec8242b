package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

/**
 * A cohort's attendance in numbers: the group meetings held by a day, and how often each participant who held a
 * place was present at them.
 */
final class CohortFigures {
    private final int held;
    private final Map<String, Integer> attended;
    private final List<ParticipantEntity> participants;

    CohortFigures(int held, Map<String, Integer> attended, List<ParticipantEntity> participants) {
        this.held = held;
        this.attended = attended;
        this.participants = participants;
    }

    static CohortFigures of(EntityManager em, CohortEntity c, LocalDate today) {
        Set<String> heldIds = new HashSet<>();
        for (MeetingEntity m : SupportGroupsRepository.meetings(em, c.id)) {
            if (m.isHeldBy(today)) {
                heldIds.add(m.id);
            }
        }
        Map<String, Integer> attended = new HashMap<>();
        for (AttendanceEntity a : SupportGroupsRepository.attendance(em, c.id)) {
            if (a.present == 1 && heldIds.contains(a.meetingId)) {
                attended.merge(a.participantId, 1, Integer::sum);
            }
        }
        List<ParticipantEntity> placed = SupportGroupsRepository.participants(em, c.id).stream()
                .filter(p -> p.admittedAt != null).toList();
        return new CohortFigures(heldIds.size(), attended, placed);
    }

    int held() {
        return held;
    }

    int attendedBy(String participantId) {
        return attended.getOrDefault(participantId, 0);
    }

    /** Those who held a place, whether they stayed or withdrew. */
    List<ParticipantEntity> placed() {
        return participants;
    }

    int completed() {
        return (int) participants.stream().filter(p -> Participation.completed(attendedBy(p.id), held)).count();
    }

    int presences() {
        return participants.stream().mapToInt(p -> attendedBy(p.id)).sum();
    }

    /** Present per participant and held meeting, or {@code null} before any meeting or participant. */
    Double attendanceRate() {
        return Participation.rate(presences(), participants.size() * held);
    }
}
